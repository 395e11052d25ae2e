"""Property-based run over the whole OpenAPI schema: no 5xx, no undocumented status or type."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from tests.factories import StatementFactory, VoteFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Loaded at collection through WSGI: generating the schema reads no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


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
