"""Keyset cursor pages: every row exactly once, forwards and backwards, in every ordering."""

import base64
import json
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from config.pagination import ApiCursorPagination, encode_cursor
from stances.choices import Stance
from stances.models import Statement
from tests.factories import StatementFactory, VoteFactory, country

pytestmark = pytest.mark.django_db

URL = "/api/v1/statements/"
NEW_YEAR = date(2026, 1, 1)


@pytest.fixture
def crowded_day():
    """More statements on 1 January (year precision) than DRF's cursor offset reached, and
    undated ones, a few on other days around them; created_at shared in batches (ties)."""
    made = StatementFactory.build_batch(1_030, date=NEW_YEAR, date_precision="year")
    made += StatementFactory.build_batch(60, date=None, date_precision="year")
    made += [StatementFactory.build(date=NEW_YEAR + timedelta(days=n - 5)) for n in range(10)]
    for n, statement in enumerate(made):
        statement.quote = f"Ceasefire statement {n}" + (" ceasefire ceasefire" * (n % 3))
        statement.stance = Stance.NEUTRAL
    return Statement.objects.bulk_create(made)


def walk(client, params: dict, *, first_url=URL) -> tuple[list[int], list[int]]:
    """Follow `next` to the end, then `previous` back to the start: the ids met each way."""
    forwards, pages, url, query = [], [], first_url, params
    while url:
        page = client.get(url, query).json()
        forwards += [row["id"] for row in page["results"]]
        pages.append(page)
        url, query = page["next"], None
    backwards, url = [row["id"] for row in pages[-1]["results"]], pages[-1]["previous"]
    while url:
        page = client.get(url).json()
        backwards = [row["id"] for row in page["results"]] + backwards
        url = page["previous"]
    return forwards, backwards


def sort_date(statement: Statement) -> date:
    return statement.date or date.min


ORDERINGS = {
    "newest first": ({}, lambda s: (sort_date(s), s.pk), True),
    "date": ({"ordering": "date"}, lambda s: (sort_date(s), s.pk), False),
    "-date": ({"ordering": "-date"}, lambda s: (sort_date(s), s.pk), True),
    "created_at": ({"ordering": "created_at"}, lambda s: (s.created_at, s.pk), False),
}


@pytest.mark.parametrize("name", ORDERINGS)
def test_a_crowded_day_pages_through_every_row_exactly_once_both_ways(anonymous, crowded_day, name):
    params, key, descending = ORDERINGS[name]
    expected = [s.pk for s in sorted(crowded_day, key=key, reverse=descending)]

    forwards, backwards = walk(anonymous, {**params, "page_size": 200})

    assert forwards == expected
    assert backwards == expected


def test_mixed_directions_page_through_every_row_exactly_once(anonymous, crowded_day):
    made = {s.pk: s for s in crowded_day}
    # Newest day first, the oldest creation first within a day, the id last (descending, as
    # the first field).
    expected = sorted(
        made, key=lambda pk: (-sort_date(made[pk]).toordinal(), made[pk].created_at, -pk)
    )

    forwards, backwards = walk(anonymous, {"ordering": "-date,created_at", "page_size": 300})

    assert forwards == expected
    assert backwards == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranks are PostgreSQL's")
def test_search_results_page_by_rank_then_date_then_id(anonymous, crowded_day):
    everything = anonymous.get(URL, {"q": "ceasefire", "page_size": 500}).json()["results"]
    assert len(everything) == 500

    forwards, backwards = walk(anonymous, {"q": "ceasefire", "page_size": 150})

    assert len(forwards) == len(set(forwards)) == len(crowded_day)
    assert forwards[:500] == [row["id"] for row in everything]
    assert backwards == forwards


def test_votes_page_in_their_mixed_order(anonymous):
    codes = ["KHM", "FRA", "DEU", "USA", "CHN"]
    for n, symbol in enumerate(["A/RES/1", "A/RES/2", "A/RES/3"]):
        for code in codes:
            VoteFactory(
                resolution__symbol=symbol,
                resolution__date=date(2022, 1 + n % 2, 1),
                country=country(code),
            )
    listed = [
        row["id"] for row in anonymous.get("/api/v1/votes/", {"page_size": 500}).json()["results"]
    ]

    forwards, backwards = walk(anonymous, {"page_size": 4}, first_url="/api/v1/votes/")

    assert forwards == backwards == listed
    assert len(listed) == 15


def paginate(queryset, cursor: str | None = None) -> tuple[list, ApiCursorPagination]:
    params = {"page_size": 2, **({"cursor": cursor} if cursor else {})}
    paginator = ApiCursorPagination()
    return paginator.paginate_queryset(
        queryset, Request(APIRequestFactory().get(URL, params))
    ), paginator


def cursor_of(link: str) -> str:
    return link.split("cursor=")[1].split("&")[0]


@pytest.mark.parametrize("ordering", ["date", "-date"])
def test_a_nullable_field_pages_with_its_nulls_last_ascending_and_first_descending(ordering):
    # No list orders by a nullable field today; the pagination still must not lose its nulls.
    made = [
        StatementFactory(date=day)
        for day in (None, date(2022, 1, 1), None, date(2023, 1, 1), date(2022, 1, 1))
    ]
    queryset = Statement.objects.order_by(ordering)
    seen, cursor = [], None
    while True:
        rows, paginator = paginate(queryset, cursor)
        seen += [s.pk for s in rows]
        if not paginator.next:
            break
        cursor = cursor_of(paginator.next)
    dated = sorted((s for s in made if s.date), key=lambda s: (s.date, s.pk))
    undated = sorted(s.pk for s in made if not s.date)
    if ordering == "date":
        assert seen == [s.pk for s in dated] + undated
    else:
        assert seen == undated[::-1] + [s.pk for s in reversed(dated)]


@pytest.mark.parametrize("size", ["abc", "0", "-1", "501", "1.5", "", "1e2"])
def test_a_page_size_that_is_not_a_whole_number_from_1_to_500_is_a_400(anonymous, size):
    response = anonymous.get(URL, {"page_size": size})

    assert response.status_code == 400
    assert response.json() == {"page_size": [f"A whole number from 1 to 500, not “{size}”."]}


def test_the_largest_page_size_is_served(anonymous):
    StatementFactory.create_batch(3)
    assert len(anonymous.get(URL, {"page_size": "500"}).json()["results"]) == 3


def b64(payload) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "!!!!",
        b64([1, 2]),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-02-30", 1]}),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-03-01"]}),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-03-01", "one"]}),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-03-01", 2**63]}),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-03-01", 2**70]}),
        b64({"o": ["-sort_date", "-id"], "v": [None, 1]}),
        b64({"o": ["-sort_date", "-id"], "v": [["2022-03-01"], 1]}),
        b64({"o": ["-sort_date", "-id"], "v": ["2022-03-01", 1], "r": "yes"}),
    ],
)
def test_an_invalid_or_tampered_cursor_is_a_400_that_says_so(anonymous, cursor):
    StatementFactory()

    response = anonymous.get(URL, {"cursor": cursor})

    assert response.status_code == 400
    assert response.json() == {
        "cursor": ["Invalid cursor: follow the next and previous links as the API gives them."]
    }


def test_a_cursor_of_another_ordering_is_a_400_that_says_so(anonymous):
    StatementFactory.create_batch(3)
    next_link = anonymous.get(URL, {"page_size": 1}).json()["next"]

    response = anonymous.get(next_link + "&ordering=created_at")

    assert response.status_code == 400
    assert "another ordering" in response.json()["cursor"][0]


def test_the_cursor_names_the_ordering_and_the_last_rows_values(anonymous):
    newer = StatementFactory(date=date(2022, 3, 2))
    StatementFactory(date=date(2022, 3, 1))

    page = anonymous.get(URL, {"page_size": 1}).json()

    assert cursor_of(page["next"]) == encode_cursor(["-sort_date", "-id"], ["2022-03-02", newer.pk])
    assert page["previous"] is None


def test_a_page_reached_by_cursor_costs_one_query_whatever_its_size(anonymous, crowded_day):
    next_link = anonymous.get(URL, {"page_size": 300}).json()["next"]
    with CaptureQueriesContext(connection) as captured:
        assert len(anonymous.get(next_link).json()["results"]) == 300
    # The page, its filter a comparison of (sort date, id) rows.
    assert len(captured) == 1


def test_the_schema_documents_the_page_size_bounds(anonymous):
    schema = anonymous.get("/api/schema/", {"format": "json"}).json()
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/statements/"]["get"]["parameters"]}

    assert parameters["page_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 500}
    assert parameters["cursor"]["schema"] == {"type": "string"}
