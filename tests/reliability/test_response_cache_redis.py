"""The response cache across a Redis outage, through gunicorn: never a 500, never a stale read.

Writes go straight to PostgreSQL from another connection, as an operator's psql would: only
the database's triggers can tell the web workers about them.
"""

import json

import pytest
import redis as redis_client

from tests.reliability.conftest import requires_postgresql, requires_redis_server
from tests.reliability.processes import WebServer, app_env, http, redis_server

pytestmark = [requires_postgresql, requires_redis_server, pytest.mark.slow, pytest.mark.django_db]

COUNTRY = "/api/v1/countries/KHM/"


def cached_responses(redis) -> int:
    return len(redis_client.Redis.from_url(f"{redis.url}/1").keys("*api-response*"))


def name_of_cambodia(server) -> str:
    reply = http("GET", f"{server.url}{COUNTRY}")
    assert reply.status == 200, reply.body[:300]
    return json.loads(reply.body)["name"]


def test_with_redis_down_reads_are_computed_fresh_and_caching_resumes_when_it_returns(
    database, tmp_path
):
    with redis_server(tmp_path / "redis.log") as redis:
        env = app_env(database.url(), redis_url=redis.url, API_RESPONSE_CACHE="true")
        with WebServer(env, tmp_path / "web.log") as server:
            assert name_of_cambodia(server) == name_of_cambodia(server) == "Cambodia"
            assert cached_responses(redis) == 1

            database.execute("UPDATE actors_country SET name = 'Kampuchea' WHERE iso3 = 'KHM'")
            assert name_of_cambodia(server) == "Kampuchea"

            redis.stop()
            database.execute("UPDATE actors_country SET name = 'Cambodge' WHERE iso3 = 'KHM'")
            for _ in range(3):
                assert name_of_cambodia(server) == "Cambodge"

            redis.start()
            assert name_of_cambodia(server) == name_of_cambodia(server) == "Cambodge"
            assert cached_responses(redis) == 1
