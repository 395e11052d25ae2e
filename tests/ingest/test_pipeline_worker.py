"""End to end: a real Celery worker on Redis and PostgreSQL runs the pipeline over a feed.

The worker runs in threads of this process (celery.contrib.testing), on its own queue of a
fresh Celery app, so it neither eats nor leaves messages of anything else using the broker.
Transactional: the worker's threads must see committed data; the flush afterwards empties the
tables, hence the reference data is loaded again when missing.
"""

import time
import uuid

import pytest
import redis
from celery import Celery, signals
from celery.contrib.testing.worker import start_worker
from celery.worker import state as worker_state
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections, transaction

from actors.models import Country
from config.celery import app as project_app
from ingest import tasks
from ingest.choices import ArticleState
from ingest.models import Article, Feed

from .checks import assert_wire_ingested_once
from .conftest import PAGES

pytestmark = pytest.mark.django_db(transaction=True)

FALLBACK_REDIS = "redis://127.0.0.1:6379/5"
IDLE_FOR = 1.5
TIMEOUT = 90


def broker_url():
    configured = settings.CELERY_BROKER_URL
    return configured if configured.startswith("redis") else FALLBACK_REDIS


def close_connections(**kwargs):
    # Each worker thread opens its own database connection: close it after every task, or the
    # test database cannot be dropped at the end of the session.
    connections.close_all()


@pytest.fixture
def worker():
    if connection.vendor != "postgresql":
        pytest.skip("the worker test needs PostgreSQL: set DATABASE_URL=postgres://...")
    url = broker_url()
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        pytest.skip(f"the worker test needs Redis, unreachable at {url}: {error}")
    if not Country.objects.exists():  # an earlier transactional test flushed it
        call_command("load_reference_data", verbosity=0)

    queue = f"ingest-test-{uuid.uuid4().hex}"
    app = Celery("stance_atlas_worker_test", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=url, task_always_eager=False, task_default_queue=queue)
    # The shared tasks resolve the current app when called: this one, in the test's thread and
    # (set as default by start_worker) in the worker's.
    app.set_current()
    signals.task_postrun.connect(close_connections)
    try:
        with start_worker(
            app, pool="threads", concurrency=4, perform_ping_check=False, queues=[queue]
        ) as running:
            yield WorkerHandle(app, queue, running)
    finally:
        signals.task_postrun.disconnect(close_connections)
        # The queue, and the binding tables kombu keeps for it: nothing of the test stays.
        redis.Redis.from_url(url).delete(
            queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}"
        )
        app.close()
        project_app.set_current()
        project_app.set_default()


class WorkerHandle:
    def __init__(self, app, queue, worker):
        self.app, self.queue, self.worker = app, queue, worker

    def wait_until_idle(self):
        """Wait until the queue is empty and nothing runs or waits for a countdown."""
        client = redis.Redis.from_url(broker_url())
        deadline = time.monotonic() + TIMEOUT
        idle_since = None
        while time.monotonic() < deadline:
            busy = (
                client.llen(self.queue)
                or worker_state.active_requests
                or worker_state.reserved_requests
            )
            if busy:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since >= IDLE_FOR:
                return
            time.sleep(0.1)
        raise AssertionError(f"the worker was still busy after {TIMEOUT} s")


def test_a_worker_files_each_statement_of_a_feed_once_when_every_task_is_delivered_twice(
    worker, wire_site, every_task_twice
):
    feed = Feed.objects.create(url=wire_site.url_for("/rss.xml"), name="Test wire")

    with transaction.atomic():
        tasks.poll_feed.delay_on_commit(feed.pk)
    worker.wait_until_idle()

    assert_wire_ingested_once(feed)


def test_a_worker_retries_a_page_that_fails_once_and_then_extracts_it(
    worker, httpserver, allow_private, monkeypatch
):
    # Back off for at most a second, so the test does not wait half a minute.
    monkeypatch.setattr(tasks, "RETRY_BACKOFF_FACTOR", 1)
    page = (PAGES / "brazil-talks.html").read_bytes()
    httpserver.expect_ordered_request("/flaky").respond_with_data(
        "busy", status=503, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/flaky").respond_with_data(
        page, content_type="text/html; charset=utf-8"
    )
    with transaction.atomic():
        article = Article.objects.create(
            url=httpserver.url_for("/flaky"), canonical_url=httpserver.url_for("/flaky")
        )
        tasks.fetch_article.delay_on_commit(article.pk)

    worker.wait_until_idle()

    article.refresh_from_db()
    assert (article.state, article.attempts) == (ArticleState.EXTRACTED, 2), article.failure_reason
    assert article.statements.exists()
