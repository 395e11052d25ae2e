"""Health endpoints for orchestrators; the outage cases are in test_database_outage.py and
test_faults.py.
"""

import pytest
from django.test import Client


def test_liveness_answers_without_touching_any_service():
    response = Client().get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_reports_each_service_with_its_state_and_time():
    response = Client().get("/health/ready")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    for service in ("database", "cache", "broker"):
        assert body[service]["ok"] is True, body
        assert body[service]["ms"] >= 0
    assert body["database"]["state"] == "ok"


def test_health_endpoints_refuse_writes():
    assert Client().post("/health/ready").status_code == 405
