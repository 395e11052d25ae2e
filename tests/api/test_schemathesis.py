"""Property-based run over the whole OpenAPI schema: no 5xx, no undocumented status or type."""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from tests.factories import StatementFactory, UserFactory, VoteFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Loaded at collection through WSGI: generating the schema reads no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture(autouse=True)
def keep_the_test_transaction_open():
    # Django closes a connection that is inside a transaction when a request ends, as it
    # should in production; the test client unhooks that, and so must a raw WSGI caller.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def data_and_no_rate_limits(db, monkeypatch):
    # Hundreds of requests in seconds: the rate limits have their own test.
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", None)
    monkeypatch.setitem(UserRateThrottle.THROTTLE_RATES, "user", None)
    StatementFactory()
    VoteFactory()


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_request_gets_a_server_error_or_an_undocumented_answer(case):
    case.call_and_validate(checks=CHECKS)


@pytest.fixture
def staff_token(db):
    from rest_framework.authtoken.models import Token

    staff = UserFactory(username="schemathesis-staff", is_staff=True, is_superuser=True)
    return Token.objects.create(user=staff).key


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_write_by_staff_gets_a_server_error_or_an_undocumented_answer(case, staff_token):
    # Staff may write everything, so their requests reach the validators and the database.
    case.call_and_validate(headers={"Authorization": f"Token {staff_token}"}, checks=CHECKS)
