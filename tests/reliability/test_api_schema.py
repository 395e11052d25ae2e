"""The API against its own OpenAPI schema, fuzzed by schemathesis with every check, as staff.

tests/api/test_schemathesis.py runs the conformance checks; this runs all of them but one, with
writes reaching the database: no operation may answer 5xx or a status its schema does not
document, whatever the input, and malformed and oversized bodies get a 4xx that says what is
wrong. The suite runs a few examples per operation; the long run (docs/reliability.md) is

    SCHEMATHESIS_EXAMPLES=200 .venv/bin/pytest tests/reliability/test_api_schema.py
"""

import json
import os

import pytest
import schemathesis
from django.core.cache import cache
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from config.wsgi import application
from tests.api.test_schemathesis import keep_the_test_transaction_open  # noqa: F401
from tests.factories import StatementFactory, UserFactory, VoteFactory

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def staff_token():
    cache.clear()  # throttle counts
    user = UserFactory(username="schema-staff", is_staff=True, is_superuser=True)
    # Something for the detail endpoints to find besides the reference data.
    StatementFactory()
    VoteFactory()
    return Token.objects.create(user=user).key


@schema.parametrize()
@settings(
    max_examples=int(os.environ.get("SCHEMATHESIS_EXAMPLES", "8")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_input_gets_a_server_error_or_an_undocumented_status(case, staff_token):
    case.call_and_validate(
        headers={"Authorization": f"Token {staff_token}"},
        # Left out: "schema-valid data is accepted" (the schema cannot say that a slug is
        # taken or that a country code names no country: a 400 for those is right) and
        # "invalid data is rejected" (lenient by design elsewhere: an empty `on=` or
        # `format=` means the default, and multipart fields arrive as strings whatever type
        # the schema gives them; page_size and cursor are strict, tests/api/test_pagination.py).
        excluded_checks=[positive_data_acceptance, negative_data_rejection],
    )


# Bodies no schema describes ------------------------------------------------------------------


@pytest.fixture
def staff_client(staff_token):
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {staff_token}")
    return client


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"quote": "unterminated}',
        b"\xff\xfe\x00not json",
        b"[1, 2, 3]",
        b"null",
        b'"a string"',
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-100000-deep"),
    ],
)
def test_a_malformed_body_gets_a_400_that_says_so(staff_client, body):
    response = staff_client.generic(
        "POST", "/api/v1/statements/", body, content_type="application/json"
    )

    assert response.status_code == 400, response.content[:300]
    assert response.json()


def test_an_oversized_body_gets_a_clear_4xx(staff_client, settings):
    body = json.dumps({"quote": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}).encode()

    response = staff_client.generic(
        "POST", "/api/v1/statements/", body, content_type="application/json"
    )

    assert response.status_code in (400, 413), response.content[:300]


def test_a_body_in_an_unknown_format_gets_a_415(staff_client):
    response = staff_client.generic(
        "POST", "/api/v1/statements/", b"<quote/>", content_type="application/xml"
    )

    assert response.status_code == 415
    assert "Unsupported media type" in response.json()["detail"]


def test_a_nul_character_in_a_body_gets_a_400(staff_client):
    response = staff_client.post(
        "/api/v1/resolutions/", {"symbol": "A/RES/1", "conflict": "ru\x00ssia"}, format="json"
    )

    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


def test_an_oversized_body_is_answered_in_json(staff_client, settings):
    body = json.dumps({"text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}).encode()

    response = staff_client.generic(
        "POST", "/api/v1/submissions/", body, content_type="application/json"
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
