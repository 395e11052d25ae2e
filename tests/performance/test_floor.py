"""The bench's floor views answer what the API answers: same rows, same order, same stances.

A floor that returned other rows would make every ratio in docs/performance.md meaningless.
"""

from urllib.parse import parse_qs, urlsplit

import orjson
import pytest
from django.db import connection

from tests.performance.test_query_counts import add_statements

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("bench.urls"),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the floor is PostgreSQL's best SQL"
    ),
]


def get(client, url: str):
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, url
    return orjson.loads(response.content)


def ids(page) -> list[int]:
    return [row["id"] for row in page["results"]]


def cursors(page) -> tuple[str | None, str | None]:
    """The cursors of the page's next and previous links (whose paths differ)."""
    return tuple(
        parse_qs(urlsplit(page[link]).query)["cursor"][0] if page[link] else None
        for link in ("next", "previous")
    )


@pytest.mark.parametrize(
    "query",
    ["", "conflict=russia-ukraine-war", "country=fra&stance=neutral", "date_to=2022-06-30"],
)
def test_the_floor_lists_the_statements_the_api_lists_page_after_page(client, query):
    add_statements(130)
    api = get(client, f"/api/v1/statements?{query}&page_size=50")
    floor = get(client, f"/bench-floor/statements?{query}")

    while api["next"]:
        assert ids(floor) == ids(api)
        assert cursors(floor) == cursors(api)
        api, floor = get(client, api["next"]), get(client, floor["next"])
    assert ids(floor) == ids(api)
    assert cursors(floor) == cursors(api)
    assert floor["next"] is None


@pytest.mark.parametrize("q", ["ceasefire", "statement"])
def test_the_floor_pages_search_results_with_the_apis_cursors(client, q):
    add_statements(130)
    api = get(client, f"/api/v1/statements?q={q}")
    floor = get(client, f"/bench-floor/search?q={q}")

    pages = 1
    while api["next"]:
        assert (ids(floor), cursors(floor)) == (ids(api), cursors(api))
        api, floor = get(client, api["next"]), get(client, floor["next"])
        pages += 1
    assert (ids(floor), cursors(floor)) == (ids(api), cursors(api))
    assert pages == 3


@pytest.mark.parametrize("q", ["ceasefire", "statement 7", '"about the"'])
def test_the_floor_finds_what_the_api_finds_in_the_same_order(client, q):
    add_statements(30)

    api = get(client, f"/api/v1/statements?q={q}")
    floor = get(client, f"/bench-floor/search?q={q}")

    assert ids(floor) == ids(api)


@pytest.mark.parametrize("as_of", ["2022-01-01", "2022-06-15", "2030-01-01"])
def test_the_floor_decides_every_stance_as_the_rule_does(client, as_of):
    add_statements(60)

    for path in ("conflicts/russia-ukraine-war/stances", "countries/FRA/stances"):
        api = get(client, f"/api/v1/{path}?as_of={as_of}")
        floor = get(client, f"/bench-floor/{path}?as_of={as_of}")
        assert [
            (r["country"], r["conflict"], r["stance"], [d["id"] for d in r["deciding"]])
            for r in floor
        ] == [
            (r["country"], r["conflict"], r["stance"], [d["id"] for d in r["deciding"]])
            for r in api
        ]
