"""A broker outage: what is submitted meanwhile is kept, and its task is sent when Redis returns.

The broker is a redis-server of the test's own, on a port of its own: stopped, nothing listens
there and publishing really fails; started again on the same port, it takes messages. No worker
runs here (tests/reliability/test_faults.py has the whole story with worker and beat): the
queue itself shows what was sent, and how often.
"""

import base64
import json
import shutil

import pytest
import redis
from celery import Celery

from config.celery import app as project_app
from ingest import services
from ingest.choices import ArticleState
from ingest.models import Article
from tests.reliability.processes import RedisServer

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

TEXT = "Brazil condemned the Russian invasion of Ukraine, its foreign minister said on Thursday."


@pytest.fixture
def broker(tmp_path, monkeypatch):
    """A broker that is down until the test starts it: (server, the app publishing to it)."""
    # Celery reads CELERY_BROKER_URL from the environment before any configured broker_url.
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    server = RedisServer(tmp_path / "redis.log")
    app = Celery("stance_atlas_outage_test", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=f"{server.url}/0", task_always_eager=False)
    app.set_current()
    try:
        yield server, app
    finally:
        server.stop()
        app.close()
        project_app.set_current()
        project_app.set_default()


def sent_tasks(server) -> list[tuple[str, str]]:
    """The (task name, arguments) of every message waiting in the default queue."""
    client = redis.Redis.from_url(f"{server.url}/0")
    messages = [json.loads(raw) for raw in client.lrange("celery", 0, -1)]
    return [(m["headers"]["task"], json.loads(base64.b64decode(m["body"]))[0]) for m in messages]


def test_a_text_submitted_while_the_broker_is_down_is_stored_and_marked_awaiting_it(
    broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = services.article_submit_text(text=TEXT)

    article.refresh_from_db()
    assert (article.state, article.awaiting_broker) == (ArticleState.QUEUED, True)


def test_nothing_is_sent_and_the_mark_stays_while_the_broker_is_still_down(
    broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = services.article_submit_text(text=TEXT)

    assert services.articles_publish_awaiting() == 0

    assert Article.objects.get(pk=article.pk).awaiting_broker is True


def test_once_the_broker_is_back_each_awaiting_article_gets_its_next_task_once(
    broker, django_capture_on_commit_callbacks
):
    server, _ = broker
    with django_capture_on_commit_callbacks(execute=True):
        queued = services.article_submit_text(text=TEXT)
        fetched = services.article_submit_text(text=f"{TEXT} Chile agreed.")
    Article.objects.filter(pk=fetched.pk).update(state=ArticleState.FETCHED)
    # A failed article has nothing left to send: its mark is simply cleared.
    failed = Article.objects.create(text="x", state=ArticleState.FAILED, awaiting_broker=True)
    server.start()

    sent = services.articles_publish_awaiting()
    again = services.articles_publish_awaiting()

    assert (sent, again) == (2, 0)
    assert sorted(sent_tasks(server)) == sorted(
        [
            ("ingest.tasks.fetch_article", [queued.pk]),
            ("ingest.tasks.extract_article", [fetched.pk]),
        ]
    )
    assert not Article.objects.filter(pk__in=[queued.pk, fetched.pk, failed.pk]).filter(
        awaiting_broker=True
    )
