"""The hand-built representations say exactly what DRF's field-by-field walk would say."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import orjson
import pytest
from rest_framework import serializers

from actors.models import Bloc, Office, Person
from stances.api.serializers import (
    DecidingStatementSerializer,
    StanceSerializer,
    StatementSerializer,
    _moment,
    stance_representation,
    statement_rows,
)
from stances.choices import Stance
from stances.models import Statement
from stances.selectors import (
    DECIDING_COLUMNS,
    CountryStance,
    DecidingStatement,
    stances_on_conflict,
)
from tests.factories import StatementFactory, country

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements():
    speaker = Person.objects.create(name="Hun Manet")
    office = Office.objects.filter(country=country("KHM")).first()
    return [
        StatementFactory(speaker=speaker, speaker_office=office, confidence=0.75, summary="S."),
        StatementFactory(date=None, stance=Stance.CONDEMNS, target_side="b"),
        StatementFactory(actor_country=None, actor_bloc=Bloc.objects.first(), date=None),
    ]


def test_a_statement_reads_as_drf_would_write_it(statements):
    serializer = StatementSerializer()
    for statement in statements:
        walked = serializers.ModelSerializer.to_representation(serializer, statement)
        assert serializer.to_representation(statement) == dict(walked)


def test_a_listed_row_reads_as_its_statement_does(statements):
    serializer = StatementSerializer()
    rows = statement_rows(Statement.objects.filter(pk__in=[s.pk for s in statements]))
    by_id = {row["id"]: row for row in rows}
    for statement in statements:
        assert serializer.to_representation(by_id[statement.pk]) == serializer.to_representation(
            statement
        )


def test_the_list_shows_each_statement_as_its_own_page_does(statements, client):
    listed = client.get("/api/v1/statements/", HTTP_ACCEPT="application/json").json()["results"]
    assert len(listed) == len(statements)
    for row in listed:
        assert client.get(f"/api/v1/statements/{row['id']}/").json() == row


def deciding_rows(statements) -> list[DecidingStatement]:
    rows = Statement.objects.filter(pk__in=[s.pk for s in statements]).order_by("pk")
    return [DecidingStatement(*row) for row in rows.values_list(*DECIDING_COLUMNS)]


def test_a_deciding_statement_reads_as_drf_would_write_its_statement(statements):
    serializer = DecidingStatementSerializer()
    for statement, row in zip(statements, deciding_rows(statements), strict=True):
        walked = serializers.ModelSerializer.to_representation(serializer, statement)
        assert serializer.to_representation(row) == dict(walked)


@pytest.mark.parametrize("recorded", [True, False])
def test_a_stance_reads_as_drf_would_write_it(statements, recorded):
    stance = CountryStance(
        country_id=country("KHM").pk,
        country="KHM",
        country_name="Cambodia",
        conflict="russia-ukraine-war",
        country_numeric="116",
        country_region="Asia",
        deciding=deciding_rows(statements[:2]) if recorded else [],
    )
    serializer = StanceSerializer()
    walked = serializers.Serializer.to_representation(serializer, stance)
    # Its dates are left for the renderer to write: the JSON is the same, byte for byte.
    assert orjson.dumps(serializer.to_representation(stance)) == orjson.dumps(walked)
    assert orjson.dumps(stance_representation(stance)) == orjson.dumps(walked)


def test_a_conflicts_stances_read_as_drf_would_write_them(statements, client):
    url = "/api/v1/conflicts/russia-ukraine-war/stances?as_of=2022-03-03"
    stances = stances_on_conflict(slug="russia-ukraine-war", on=date(2022, 3, 3), offices=False)
    serializer = StanceSerializer()
    walked = [serializers.Serializer.to_representation(serializer, s) for s in stances]
    assert any(row["recorded"] for row in walked)
    assert client.get(url, HTTP_ACCEPT="application/json").content == orjson.dumps(walked)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2022, 3, 2, 9, 30, tzinfo=UTC),
        datetime(2022, 3, 2, 9, 30, 0, 250, tzinfo=UTC),
        datetime(2022, 3, 2, 9, 30, 15, tzinfo=ZoneInfo("UTC")),
        datetime(2022, 3, 2, 16, 30, 0, 999999, tzinfo=ZoneInfo("Asia/Phnom_Penh")),
    ],
)
def test_a_time_is_written_as_drfs_field_writes_it(moment):
    assert _moment(moment) == serializers.DateTimeField().to_representation(moment)
