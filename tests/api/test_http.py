"""What HTTP promises: conditional GET, cache headers, rate limits, JSON errors, docs."""

import pytest
from rest_framework.throttling import AnonRateThrottle

from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


def test_a_read_carries_an_etag_and_a_matching_request_gets_304(anonymous):
    StatementFactory()
    first = anonymous.get("/api/v1/statements/")
    assert first.status_code == 200
    again = anonymous.get("/api/v1/statements/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert again.content == b""


def test_the_etag_changes_when_the_data_does(anonymous):
    StatementFactory()
    first = anonymous.get("/api/v1/statements/")
    StatementFactory()
    again = anonymous.get("/api/v1/statements/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]


def test_a_statement_carries_last_modified_and_honours_if_modified_since(anonymous):
    statement = StatementFactory()
    first = anonymous.get(f"/api/v1/statements/{statement.pk}/")
    assert first["Last-Modified"]
    again = anonymous.get(
        f"/api/v1/statements/{statement.pk}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert again.status_code == 304


def test_anonymous_reads_are_publicly_cacheable_and_signed_in_ones_private(anonymous, editor):
    public = anonymous.get("/api/v1/conflicts/")
    assert "public" in public["Cache-Control"]
    assert "max-age=60" in public["Cache-Control"]
    private = editor.get("/api/v1/conflicts/")
    assert "private" in private["Cache-Control"]
    assert "Authorization" in private["Vary"]


def test_anonymous_readers_are_rate_limited_per_address_behind_the_proxy(anonymous, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "2/minute")
    # The trusted proxy appends the client's address: the last one in X-Forwarded-For.
    alice = {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.1"}
    bob = {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.2"}
    assert [anonymous.get("/api/v1/conflicts/", **alice).status_code for _ in range(3)] == [
        200,
        200,
        429,
    ]
    limited = anonymous.get("/api/v1/conflicts/", **alice)
    assert "Retry-After" in limited
    assert "throttled" in limited.json()["detail"].lower()
    assert anonymous.get("/api/v1/conflicts/", **bob).status_code == 200


def test_an_unknown_statement_is_a_json_404(anonymous):
    response = anonymous.get("/api/v1/statements/999999/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No Statement matches the given query."}


def test_an_unknown_format_is_a_404_not_a_500(anonymous):
    assert anonymous.get("/api/v1/statements/", {"format": "xml"}).status_code == 404


@pytest.mark.parametrize("path", ["/api/schema/", "/api/docs/", "/api/redoc/", "/api/v1/"])
def test_the_schema_and_its_documentation_are_served(anonymous, path):
    assert anonymous.get(path).status_code == 200


def test_the_browsable_api_stays_on(anonymous):
    response = anonymous.get("/api/v1/conflicts/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_the_schema_documents_every_filter_and_error(anonymous):
    schema = anonymous.get("/api/schema/", {"format": "json"}).json()
    statements = schema["paths"]["/api/v1/statements/"]["get"]
    names = {p["name"] for p in statements["parameters"]}
    assert {"country", "bloc", "speaker", "conflict", "stance", "target_side", "kind"} <= names
    assert {"date_from", "date_to", "status", "outlet", "q", "ordering", "cursor"} <= names
    assert {"400", "401", "403", "404", "429"} <= set(statements["responses"])
