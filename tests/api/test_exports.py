"""CSV and JSON Lines say what the JSON says, with the same filters, streamed."""

import csv
import io
import json

import pytest

from actors.models import Person
from stances.choices import Stance
from tests.factories import StatementFactory, VoteFactory, country

pytestmark = pytest.mark.django_db


def as_csv_cell(value) -> str:
    """What a JSON value looks like in a CSV cell: empty for null, JSON for lists."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def flat(row: dict, columns: list[str], prefix: str = "") -> dict:
    """Flatten a JSON row as the CSV has it: nested objects as dotted columns."""
    out = {}
    for key, value in row.items():
        nested = [c for c in columns if c.startswith(f"{prefix}{key}.")]
        if isinstance(value, dict):
            out.update(flat(value, columns, f"{prefix}{key}."))
        elif value is None and nested:  # a null object: each of its columns empty
            out.update(dict.fromkeys(nested, ""))
        else:
            out[f"{prefix}{key}"] = as_csv_cell(value)
    return out


def exported(client, url, params, fmt):
    response = client.get(url, {**params, "format": fmt})
    assert response.status_code == 200
    assert response.streaming, "exports are streamed, not built in memory"
    body = b"".join(response.streaming_content).decode()
    if fmt == "csv":
        return response, list(csv.DictReader(io.StringIO(body)))
    return response, [json.loads(line) for line in body.splitlines()]


def json_rows(client, url, params):
    data = client.get(url, {**params, "page_size": 500}).json()
    return data["results"] if isinstance(data, dict) else data


ENDPOINTS = [
    ("/api/v1/statements/", {"stance": "neutral"}),
    ("/api/v1/statements/", {"q": "negotiation"}),
    ("/api/v1/votes/", {"resolution": "A/RES/ES-11/1", "vote": "A"}),
    ("/api/v1/conflicts/russia-ukraine-war/stances", {"as_of": "2022-03-03"}),
    ("/api/v1/countries/KHM/stances", {}),
    ("/api/v1/countries/KHM/conflicts/russia-ukraine-war/timeline", {}),
    ("/api/v1/countries/KHM/office-holders", {"on": "2022-03-02"}),
    ("/api/v1/countries/", {"region": "Asia"}),
    ("/api/v1/conflicts/", {}),
    ("/api/v1/blocs/", {}),
]


@pytest.fixture
def statements():
    hun_sen = Person.objects.create(name="Hun Sen")
    StatementFactory(stance=Stance.NEUTRAL, speaker=hun_sen, quote='He said: "no sides", twice.')
    StatementFactory(stance=Stance.CALLS_FOR_NEGOTIATION, quote="We urge negotiation.")
    StatementFactory(actor_country=country("MYS"), stance=Stance.NEUTRAL, summary="négociation")
    VoteFactory(country=country("KHM"), vote="Y")
    VoteFactory(country=country("MYS"), vote="A")


@pytest.mark.parametrize("url, params", ENDPOINTS)
def test_csv_round_trips_what_the_json_says(anonymous, statements, url, params):
    response, rows = exported(anonymous, url, params, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    columns = list(rows[0]) if rows else []
    assert rows == [flat(row, columns) for row in json_rows(anonymous, url, params)]


@pytest.mark.parametrize("url, params", ENDPOINTS)
def test_json_lines_round_trip_what_the_json_says(anonymous, statements, url, params):
    response, rows = exported(anonymous, url, params, "jsonl")
    assert response["Content-Type"].startswith("application/jsonl")
    assert rows == json_rows(anonymous, url, params)


def test_an_export_is_not_paginated(anonymous):
    StatementFactory.create_batch(60)
    _, rows = exported(anonymous, "/api/v1/statements/", {}, "jsonl")
    assert len(rows) == 60


def test_an_export_shows_anonymous_readers_approved_statements_only(anonymous):
    StatementFactory(status="pending")
    _, rows = exported(anonymous, "/api/v1/statements/", {}, "csv")
    assert rows == []


def test_an_empty_csv_export_still_has_its_header(anonymous):
    response = anonymous.get("/api/v1/statements/", {"format": "csv", "country": "UKR"})
    header = b"".join(response.streaming_content).decode().splitlines()
    assert header[0].startswith("id,country,bloc,conflict,speaker,")


def test_a_bad_filter_on_an_export_is_a_json_400(anonymous):
    response = anonymous.get("/api/v1/statements/", {"format": "csv", "country": "XYZ"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "country" in response.json()


def test_an_export_costs_constant_queries_whatever_its_length(
    anonymous, django_assert_max_num_queries
):
    StatementFactory.create_batch(40)
    # 1 the statements with everything they show (one chunk of up to 500 rows).
    with django_assert_max_num_queries(1):
        exported(anonymous, "/api/v1/statements/", {}, "csv")
