from pathlib import Path

import pytest
from celery.app.task import Task

from config.celery import app as celery_app
from ingest.extraction import Extractor
from ingest.gazetteer import gazetteer_from_db

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(autouse=True)
def no_politeness_delay(settings):
    """Let tests hit the local test server back to back; the politeness test sets its own."""
    settings.INGEST_HOST_DELAY_SECONDS = 0


@pytest.fixture
def allow_private(settings):
    """Allow the fetcher to reach the local test server, as only tests should."""
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def eager_celery():
    """Run tasks in-process, whatever broker the environment configures."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield celery_app
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def every_task_twice(monkeypatch):
    """Send every task twice, as a broker redelivering each message would."""
    apply_async = Task.apply_async

    def twice(self, *args, **kwargs):
        apply_async(self, *args, **kwargs)
        return apply_async(self, *args, **kwargs)

    monkeypatch.setattr(Task, "apply_async", twice)


def feed_xml(base_url, items):
    """An RSS feed listing (path, title, pubDate) items on the server at `base_url`."""
    entries = "".join(
        f"<item><title>{title}</title><link>{base_url}{path}</link>"
        f"<pubDate>{published}</pubDate></item>"
        for path, title, published in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test wire</title><link>{base_url}/</link>{entries}</channel></rss>"
    )


WIRE_ITEMS = [
    ("/world/cambodia-neutral", "Cambodia will not take sides", "Thu, 03 Mar 2022 04:10:00 GMT"),
    ("/syndicated/hun-sen-ukraine", "Hun Sen: no sides", "Thu, 03 Mar 2022 09:00:00 GMT"),
    ("/world/brazil-talks", "Brazil calls for talks", "Tue, 18 Apr 2023 09:00:00 GMT"),
]
WIRE_PAGES = {
    "/world/cambodia-neutral": "khm-neutrality.html",
    "/syndicated/hun-sen-ukraine": "khm-neutrality-syndicated.html",
    "/world/brazil-talks": "brazil-talks.html",
}


@pytest.fixture
def wire_site(httpserver, allow_private):
    """A news site on the local test server: an RSS feed of three reports, one a copy."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/rss.xml").respond_with_data(
        feed_xml(base, WIRE_ITEMS),
        content_type="application/rss+xml; charset=utf-8",
        headers={"ETag": '"wire-1"'},
    )
    for path, name in WIRE_PAGES.items():
        httpserver.expect_request(path).respond_with_data(
            (PAGES / name).read_bytes(), content_type="text/html; charset=utf-8"
        )
    return httpserver


@pytest.fixture
def reference_extractor(db):
    """The engine over the whole reference data, for phrasings the small test gazetteer lacks."""
    return Extractor(gazetteer_from_db())
