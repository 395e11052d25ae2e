"""Cached reads answered before DRF (config.middleware.ApiResponseCacheMiddleware).

A hit skips the router and DRF's machinery, so these check what it must not skip: the rate
limits (each request counted once, hits included, with DRF's own 429), the answer byte for
byte, headers included, in every format the cache serves, signed-in readers, and outages.
Reads are cached only outside transactions, hence transactional tests over a few rows.
"""

import time

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from config import response_cache
from config.api_support import ApiViewMixin
from stances.choices import ReviewStatus
from tests.api.conftest import token_client
from tests.factories import StatementFactory, UserFactory

STATEMENTS = "/api/v1/statements/"
DAY = 24 * 3600
transactional = pytest.mark.django_db(transaction=True)


@pytest.fixture
def rows(world):
    """A statement to read (flushed after each test)."""
    return StatementFactory(quote="Cambodia does not side with any party.")


@pytest.fixture
def drf_runs(monkeypatch):
    """Count the requests that reach DRF's checks in an API view."""
    calls = []
    initial = ApiViewMixin.initial

    def counted(self, request, *args, **kwargs):
        calls.append(request.path)
        return initial(self, request, *args, **kwargs)

    monkeypatch.setattr(ApiViewMixin, "initial", counted)
    return calls


def limit(monkeypatch, anon: int, user: int = 1000) -> None:
    # Per day, from an empty cache: no window boundary falls inside the test.
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": f"{anon}/day", "user": f"{user}/day"}
    )
    cache.clear()


def counted_requests(scope: str, address: str = "127.0.0.1") -> int | None:
    return cache.get(f"throttle_{scope}_{address}:{int(time.time() // DAY)}")


def headers(response) -> dict:
    return dict(response.headers)


# Served before DRF, and counted once -------------------------------------------------------


@transactional
def test_a_hit_is_answered_without_running_the_view(rows, drf_runs):
    anonymous = APIClient()
    first = anonymous.get(STATEMENTS)
    second = anonymous.get(STATEMENTS)
    assert drf_runs == [STATEMENTS]
    assert (second.status_code, second.content) == (200, first.content)


@transactional
def test_every_request_counts_once_against_both_throttles_hits_included(rows, monkeypatch):
    limit(monkeypatch, anon=3)
    anonymous = APIClient()
    statuses = [anonymous.get(STATEMENTS).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    # One miss and four look-ups answered or refused before DRF: five requests, five counts.
    assert counted_requests("anon") == counted_requests("user") == 5


@transactional
def test_a_hit_past_the_limit_gets_drfs_own_429(rows, monkeypatch, settings):
    limit(monkeypatch, anon=1)
    anonymous = APIClient()
    anonymous.get(STATEMENTS)
    from_a_hit = anonymous.get(STATEMENTS)
    settings.API_RESPONSE_CACHE = False
    cache.clear()
    anonymous.get(STATEMENTS)
    uncached = anonymous.get(STATEMENTS)
    assert from_a_hit.status_code == uncached.status_code == 429
    assert from_a_hit.content == uncached.content
    assert headers(from_a_hit).keys() == headers(uncached).keys()
    assert 0 < int(from_a_hit["Retry-After"]) <= DAY


@transactional
def test_the_user_throttle_counts_hits_too(rows, monkeypatch):
    limit(monkeypatch, anon=1000, user=2)
    anonymous = APIClient()
    assert [anonymous.get(STATEMENTS).status_code for _ in range(3)] == [200, 200, 429]


@transactional
def test_each_client_address_has_its_own_count_on_hits(rows, monkeypatch):
    limit(monkeypatch, anon=1)
    anonymous = APIClient()
    alice = {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.1"}
    bob = {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.2"}
    assert anonymous.get(STATEMENTS, **alice).status_code == 200
    assert anonymous.get(STATEMENTS, **bob).status_code == 200  # a hit, Bob's first
    assert anonymous.get(STATEMENTS, **alice).status_code == 429


# The same answer, byte for byte -----------------------------------------------------------


@pytest.mark.parametrize(
    "path, accept",
    [
        (STATEMENTS, None),
        (STATEMENTS, "application/json"),
        (STATEMENTS, "application/json; indent=2"),
        (f"{STATEMENTS}?format=json", "*/*"),
        ("/api/v1/conflicts/russia-ukraine-war/stances", "application/json"),
        ("{detail}", None),
        ("{detail}?format=csv", None),
        ("{detail}", "text/csv"),
        ("{detail}", "application/jsonl"),
    ],
)
@transactional
def test_a_hit_is_the_computed_answer_headers_and_all(rows, drf_runs, settings, path, accept):
    path = path.format(detail=f"{STATEMENTS}{rows.pk}/")
    extra = {"HTTP_ACCEPT": accept} if accept else {}
    settings.API_RESPONSE_CACHE = False
    computed = Client().get(path, **extra)
    settings.API_RESPONSE_CACHE = True
    Client().get(path, **extra)
    runs = len(drf_runs)
    cached = Client().get(path, **extra)
    assert len(drf_runs) == runs, "answered from the cache"
    assert cached.status_code == computed.status_code == 200
    assert cached.content == computed.content
    assert headers(cached) == headers(computed)


@transactional
def test_a_hit_answers_the_clients_conditions_as_the_view_does(rows, drf_runs, settings):
    path = f"{STATEMENTS}{rows.pk}/"
    settings.API_RESPONSE_CACHE = False
    full = Client().get(path)
    conditions = {
        "HTTP_IF_NONE_MATCH": full["ETag"],
        "HTTP_IF_MODIFIED_SINCE": full["Last-Modified"],
    }
    computed = [Client().get(path, **{name: value}) for name, value in conditions.items()]
    settings.API_RESPONSE_CACHE = True
    Client().get(path)
    runs = len(drf_runs)
    cached = [Client().get(path, **{name: value}) for name, value in conditions.items()]
    assert len(drf_runs) == runs
    for hit, view in zip(cached, computed, strict=True):
        assert hit.status_code == view.status_code == 304
        assert headers(hit) == headers(view)


# Who is never served from the cache --------------------------------------------------------


@transactional
def test_readers_with_a_token_or_a_session_always_reach_the_view(rows, drf_runs):
    StatementFactory(quote="Pending.", status=ReviewStatus.PENDING)
    staff = UserFactory(username="boss", is_staff=True, is_superuser=True)
    APIClient().get(STATEMENTS)
    APIClient().get(STATEMENTS)  # cached for anonymous readers
    with_token = token_client(staff)
    with_session = Client()
    with_session.force_login(staff)
    runs = len(drf_runs)
    for client in (with_token, with_session, with_token, with_session):
        response = client.get(STATEMENTS)
        assert len(response.json()["results"]) == 2, "the pending statement too"
        assert response["Cache-Control"] == "private, no-cache"
    assert len(drf_runs) == runs + 4


@transactional
def test_a_bad_token_is_refused_not_served_from_the_cache(rows):
    APIClient().get(STATEMENTS)
    stranger = APIClient()
    stranger.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert stranger.get(STATEMENTS).status_code == 401


# Outages -----------------------------------------------------------------------------------


@transactional
def test_with_redis_down_reads_are_computed_and_let_through(rows, settings, drf_runs):
    # Nothing listens on the discard port: every cache call fails to connect at once.
    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/day", "user": "1/day"},
    }
    anonymous = APIClient()
    statuses = [anonymous.get(STATEMENTS).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert len(drf_runs) == 3


@transactional
def test_with_the_database_down_a_read_is_the_503_not_a_500(rows, monkeypatch):
    anonymous = APIClient()
    anonymous.get(STATEMENTS)

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(response_cache, "data_version", unreachable)
    response = anonymous.get(STATEMENTS)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "unavailable" in response.json()["detail"]


# Counting on Redis -------------------------------------------------------------------------


@pytest.mark.skipif(
    not hasattr(cache, "incr_counters"), reason="Redis only: set REDIS_CACHE_URL (CI does)"
)
def test_redis_counts_every_counter_in_one_atomic_round_trip():
    cache.delete_many(["counter-a", "counter-b"])
    assert cache.incr_counters([("counter-a", 10), ("counter-b", 100)]) == [1, 1]
    assert cache.incr_counters([("counter-a", 10), ("counter-b", 100)]) == [2, 2]
    assert cache.get("counter-a") == 2
    client = cache._cache.get_client(write=True)
    assert 0 < client.ttl(cache.make_key("counter-a")) <= 10
    assert 10 < client.ttl(cache.make_key("counter-b")) <= 100
    cache.delete_many(["counter-a", "counter-b"])


@pytest.mark.skipif(
    not hasattr(cache, "get_and_incr_counters"), reason="Redis only: set REDIS_CACHE_URL (CI does)"
)
def test_redis_looks_up_an_answer_and_counts_in_one_atomic_round_trip():
    cache.delete_many(["answer", "counter-a", "wrong-type"])
    cache.set("answer", (b"{}", {}, None))
    assert cache.get_and_incr_counters("answer", [("counter-a", 10)]) == ((b"{}", {}, None), [1])
    assert cache.get_and_incr_counters("missing", [("counter-a", 10)]) == (None, [2])
    assert cache.get_and_incr_counters("answer", []) == ((b"{}", {}, None), [])
    # A key Redis refuses to GET is a miss, and the request is still counted, once.
    cache._cache.get_client(write=True).rpush(cache.make_key("wrong-type"), "x")
    assert cache.get_and_incr_counters("wrong-type", [("counter-a", 10)]) == (None, [3])
    assert cache.get("counter-a") == 3
    cache.delete_many(["answer", "counter-a", "wrong-type"])
