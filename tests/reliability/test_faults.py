"""Faults survived with real processes: PostgreSQL cut under load, Redis down, workers killed.

Each test has a PostgreSQL database of its own (cloned from a template of the suite's test
database), its own redis-server, gunicorn and Celery workers, so breaking them touches nothing
else. The long variant of the worker kills is `python -m tests.reliability.soak`; figures are in
docs/reliability.md.
"""

import json
import threading
import time

import pytest

from tests.reliability.conftest import requires_postgresql, requires_redis_server
from tests.reliability.processes import (
    TcpProxy,
    WebServer,
    app_env,
    celery_beat,
    celery_worker,
    http,
    manage,
    redis_server,
    wait_for,
)
from tests.reliability.soak import exactly_once_problems, kill_and_recover

pytestmark = [requires_postgresql, requires_redis_server, pytest.mark.slow, pytest.mark.django_db]

OUTAGE_MESSAGE = "The database is unavailable for a moment"
READS = ["/", "/conflicts/russia-ukraine-war/", "/api/v1/conflicts/", "/api/v1/statements/"]


def editor_token(database, env) -> str:
    script = (
        "from django.contrib.auth.models import Group, User\n"
        "from rest_framework.authtoken.models import Token\n"
        "user = User.objects.create_user('editor', password='correct horse battery staple')\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n"
        "print(Token.objects.create(user=user).key)\n"
    )
    return manage(database, "shell", "-c", script, env=env).split()[-1]


def test_a_database_cut_under_load_answers_503s_and_recovers_by_itself(database, tmp_path):
    proxy = TcpProxy((database.host, database.port))
    env = app_env(database.url(port=proxy.port))
    replies: list[tuple[str, object]] = []
    stop = threading.Event()

    def load(paths):
        while not stop.is_set():
            for path in paths:
                replies.append((path, http("GET", f"{server.url}{path}", timeout=15)))

    try:
        with WebServer(env, tmp_path / "web.log") as server:
            threads = [
                threading.Thread(target=load, args=(READS[i:] + READS[:i] + ["/health/ready"],))
                for i in range(4)
            ]
            for thread in threads:
                thread.start()
            time.sleep(2)
            cut_at = time.monotonic()
            proxy.cut()
            time.sleep(3)
            restored_at = time.monotonic()
            proxy.restore()
            time.sleep(6)
            stop.set()
            for thread in threads:
                thread.join(timeout=30)
    finally:
        proxy.close()

    statuses = [reply.status for _, reply in replies]
    assert set(statuses) <= {200, 503}, sorted(set(statuses))
    during = [reply for _, reply in replies if cut_at + 0.5 < reply.at < restored_at]
    assert during and all(reply.status == 503 for reply in during), [
        (path, reply.status, round(reply.at - cut_at, 2))
        for path, reply in replies
        if cut_at + 0.5 < reply.at < restored_at and reply.status != 503
    ]
    for path, reply in replies:
        assert "Traceback" not in reply.body
        if reply.status != 503:
            continue
        if path == "/health/ready":
            assert json.loads(reply.body)["database"]["ok"] is False
        elif path.startswith("/api/"):
            assert reply.content_type == "application/json"
            assert json.loads(reply.body)["detail"].startswith(OUTAGE_MESSAGE)
        else:
            assert reply.content_type.startswith("text/html")
            assert OUTAGE_MESSAGE in reply.body
    failures_after = [reply.at for _, reply in replies if reply.at > restored_at and reply.status]
    last_failure = max(
        (reply.at for _, reply in replies if reply.at > restored_at and reply.status != 200),
        default=restored_at,
    )
    recovery = last_failure - restored_at
    print(
        f"\n{len(replies)} requests, {len(during)} during the 3 s cut (all 503), "
        f"recovered {recovery:.2f} s after the database returned"
    )
    assert failures_after
    assert recovery < 5


@pytest.fixture
def redis_and_web(database, tmp_path):
    with redis_server(tmp_path / "redis.log") as redis:
        env = app_env(database.url(), redis_url=redis.url)
        with WebServer(env, tmp_path / "web.log") as server:
            yield redis, server, env


def test_with_redis_down_pages_api_reads_and_health_keep_answering(redis_and_web):
    redis, server, env = redis_and_web
    assert http("GET", f"{server.url}/api/v1/conflicts/").status == 200

    redis.stop()

    for path in READS:
        reply = http("GET", f"{server.url}{path}")
        assert reply.status == 200, (path, reply.body[:300])
    ready = http("GET", f"{server.url}/health/ready")
    assert ready.status == 200
    health = json.loads(ready.body)
    assert health["status"] == "degraded"
    assert health["database"]["ok"] is True
    assert health["cache"]["ok"] is False and health["broker"]["ok"] is False


def test_with_redis_down_a_submission_is_stored_answered_clearly_and_runs_once_redis_returns(
    database, redis_and_web, tmp_path
):
    redis, server, env = redis_and_web
    token = editor_token(database, env)
    # A worker and beat that live through the outage, as in production.
    worker = celery_worker(env, tmp_path / "worker.log").start()
    beat = celery_beat(env, tmp_path / "beat.log", tmp_path / "beat-schedule").start()
    try:
        redis.stop()
        reply = http(
            "POST",
            f"{server.url}/api/v1/submissions/",
            body=json.dumps(
                {
                    "text": "Brazil condemned the Russian invasion of Ukraine, its foreign "
                    "minister said on Thursday.",
                    "title": "Brazil on Ukraine",
                }
            ).encode(),
            headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
        )

        # Accepted: stored, queued, and marked as waiting for the broker.
        assert reply.status == 202, reply.body[:500]
        assert json.loads(reply.body)["state"] == "queued"
        assert database.rows("SELECT state, awaiting_broker FROM ingest_article") == [
            ("queued", True)
        ]

        redis.start()
        returned_at = time.monotonic()
        wait_for(
            lambda: database.scalar("SELECT state FROM ingest_article") == "extracted",
            timeout=120,
            what="the stored submission extracted",
        )
        took = time.monotonic() - returned_at
    finally:
        beat.stop()
        worker.stop()

    print(f"\nextracted {took:.1f} s after Redis returned (beat sends awaiting work every 30 s)")
    # Once: one fetch, one statement, one "created" history row.
    assert database.rows("SELECT attempts, awaiting_broker FROM ingest_article") == [(1, False)]
    assert database.scalar("SELECT count(*) FROM stances_statement") == 1
    assert database.scalar("SELECT count(*) FROM stances_historicalstatement") == 1


def test_workers_killed_mid_task_again_and_again_process_every_article_exactly_once(
    database, tmp_path
):
    with redis_server(tmp_path / "redis.log") as redis:
        report = kill_and_recover(database, redis.url, articles=30, kills=4, log_dir=tmp_path)

    print(f"\n{report}")
    assert report.pool_kills + report.worker_kills == 4
    assert exactly_once_problems(database, report) == []


def test_concurrent_requests_through_gunicorn_and_redis_get_no_more_than_the_limit(
    database, tmp_path
):
    limit, requests = 10, 60
    with redis_server(tmp_path / "redis.log") as redis:
        env = app_env(database.url(), redis_url=redis.url, API_ANON_RATE=f"{limit}/minute")
        with WebServer(env, tmp_path / "web.log") as server:
            start = threading.Barrier(requests)
            statuses = []

            def fire():
                start.wait()
                statuses.append(http("GET", f"{server.url}/api/v1/conflicts/").status)

            threads = [threading.Thread(target=fire) for _ in range(requests)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)

    print(f"\n{requests} concurrent requests, limit {limit}: {statuses.count(200)} served")
    assert statuses.count(200) == limit
    assert statuses.count(429) == requests - limit
