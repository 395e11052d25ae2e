"""A database that goes away answers 503 with a message, never a 500 or a stack trace.

The connection is really broken: it is closed and its settings pointed at a port nobody
listens on, so the next query reconnects and fails as it would while PostgreSQL restarts.
tests/reliability/test_faults.py cuts a real PostgreSQL connection under load.
"""

import socket
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

from tests.reliability.conftest import requires_postgresql

pytestmark = requires_postgresql


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def broken_connection(django_db_blocker):
    """Point the default connection where no database answers; put it back after."""
    saved = dict(connection.settings_dict)
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


@pytest.fixture
def database_down(django_db_blocker):
    with broken_connection(django_db_blocker):
        yield


@pytest.fixture
def client():
    # Unhandled exceptions become responses, as they do in production.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    "path", ["/", "/conflicts/russia-ukraine-war/", "/countries/KHM/", "/search/?q=war"]
)
def test_pages_answer_503_with_a_plain_message_while_the_database_is_down(
    database_down, client, path
):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Content-Type"].startswith("text/html")
    body = response.content.decode()
    assert "unavailable for a moment" in body
    assert "Traceback" not in body and "OperationalError" not in body


@pytest.mark.parametrize(
    "path", ["/api/v1/conflicts/", "/api/v1/statements/", "/api/v1/countries/KHM/"]
)
def test_the_api_answers_503_json_while_the_database_is_down(database_down, client, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response.json() == {
        "detail": "The database is unavailable for a moment. Please try again in a few seconds."
    }


def test_an_api_write_answers_503_json_while_the_database_is_down(database_down, client):
    response = client.post(
        "/api/v1/submissions/",
        {"url": "https://example.org/a"},
        content_type="application/json",
        # Checking the token is the first thing that needs the database.
        HTTP_AUTHORIZATION="Token 0123456789abcdef0123456789abcdef01234567",
    )
    assert response.status_code == 503
    assert "unavailable" in response.json()["detail"]


def test_the_admin_login_answers_503_while_the_database_is_down(database_down, client):
    response = client.post("/admin/login/", {"username": "admin", "password": "whatever"})
    assert response.status_code == 503
    assert "Traceback" not in response.content.decode()


def test_readiness_says_the_database_is_down_and_liveness_still_answers(database_down, client):
    ready = client.get("/health/ready")
    assert ready.status_code == 503
    assert ready.json()["status"] == "down"
    assert ready.json()["database"]["ok"] is False
    assert client.get("/health/live").status_code == 200
