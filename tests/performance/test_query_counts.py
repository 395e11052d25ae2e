"""Every list endpoint and page costs the same number of queries however much data there is.

Each test counts the queries of one request over a little data, adds statements by many
countries, speakers and conflicts, and counts again: an N+1 shows as a difference.
"""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.models import Person
from stances.choices import Stance
from tests.factories import StatementFactory, VoteFactory, conflict, country

pytestmark = pytest.mark.django_db

STANCES = list(Stance.values)


def add_statements(count: int) -> None:
    """Add statements spread over countries, conflicts, speakers, stances and days."""
    codes = ["FRA", "DEU", "KHM", "USA", "CHN", "BRA", "IND", "ZAF"]
    slugs = ["russia-ukraine-war", "israel-hamas-war", "sudan-civil-war"]
    for n in range(count):
        stance = STANCES[n % len(STANCES)]
        StatementFactory(
            actor_country=country(codes[n % len(codes)]),
            conflict=conflict(slugs[n % len(slugs)]),
            speaker=Person.objects.create(name=f"Speaker {n}"),
            stance=stance,
            target_side="a" if stance == Stance.CONDEMNS else "",
            date=date(2022, 1 + n % 12, 1 + n % 28),
            quote=f"Statement {n} about the ceasefire.",
        )
    VoteFactory(country=country(codes[count % len(codes)]))


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, url
    return len(captured)


# (URL, queries): the queries one request costs, whatever the number of statements.
EXPECTED = [
    # The page of statements.
    ("/api/v1/statements", 1),
    # The conflict and the country named by the filters, the page.
    ("/api/v1/statements?conflict=russia-ukraine-war&country=FRA", 3),
    ("/api/v1/statements?stance=neutral&date_from=2022-01-01&date_to=2022-12-31", 1),
    ("/api/v1/statements?q=ceasefire", 1),
    # Whatever the page size and the ordering: one page, one query.
    ("/api/v1/statements?page_size=2", 1),
    ("/api/v1/statements?page_size=500&ordering=date,-created_at", 1),
    ("/api/v1/statements?q=ceasefire&page_size=3&ordering=-rank", 1),
    ("/api/v1/votes/?page_size=2", 1),
    # The conflict, the countries and their deciding statements, in one query.
    ("/api/v1/conflicts/russia-ukraine-war/stances?as_of=2023-01-01", 1),
    # The country, its stances, the conflicts.
    ("/api/v1/countries/FRA/stances", 3),
    # Conflicts, latest statements, latest changes (the maintained table).
    ("/", 3),
    # The conflict, the stances with every country and its region, recent changes, votes with
    # what was said by then, the blocs (the filter's choices).
    ("/conflicts/russia-ukraine-war/", 5),
    ("/countries/FRA/", 7),
    ("/countries/FRA/conflicts/russia-ukraine-war/", 4),
    ("/search/?q=ceasefire", 4),
]


@pytest.mark.parametrize(("url", "expected"), EXPECTED)
def test_a_request_costs_the_same_queries_with_ten_times_the_statements(client, url, expected):
    add_statements(4)
    queries(client, url)  # warm: the first request of a process loads some things once
    assert queries(client, url) == expected

    add_statements(40)

    assert queries(client, url) == expected
