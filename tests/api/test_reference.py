from datetime import date

import pytest

from actors.models import Bloc, BlocMembership, Country, Office, Person, Term
from stances.models import Conflict, Resolution
from tests.factories import ResolutionFactory, VoteFactory, country

pytestmark = pytest.mark.django_db


def test_countries_are_known_by_their_iso_alpha_3_code_in_any_case(anonymous):
    response = anonymous.get("/api/v1/countries/khm/")
    assert response.status_code == 200
    assert response.json()["name"] == "Cambodia"


def test_countries_filter_by_region(anonymous):
    rows = anonymous.get("/api/v1/countries/", {"region": "asia", "page_size": 500}).json()
    codes = {row["iso3"] for row in rows["results"]}
    assert {"KHM", "MYS"} <= codes
    assert "UKR" not in codes


def test_a_page_of_countries_costs_one_query(anonymous, django_assert_max_num_queries):
    # 1 the page of countries.
    with django_assert_max_num_queries(1):
        assert len(anonymous.get("/api/v1/countries/", {"page_size": 200}).json()["results"]) == 200


def test_office_holders_on_a_day_say_who_held_which_office(anonymous):
    office = Office.objects.create(
        country=country("KHM"), kind="head_of_government", title="Test Prime Minister of Cambodia"
    )
    hun_sen = Person.objects.create(name="Test Hun Sen")
    Term.objects.create(
        person=hun_sen, office=office, start=date(1985, 1, 14), end=date(2023, 8, 22), source="t"
    )
    response = anonymous.get("/api/v1/countries/KHM/office-holders", {"on": "2022-03-02"})
    assert response.status_code == 200
    holders = {row["office_title"]: row["person_name"] for row in response.json()}
    assert holders["Test Prime Minister of Cambodia"] == "Test Hun Sen"
    later = anonymous.get("/api/v1/countries/KHM/office-holders", {"on": "2024-01-01"}).json()
    assert "Test Hun Sen" not in {row["person_name"] for row in later}


def test_office_holders_cost_two_queries(anonymous, django_assert_max_num_queries):
    # 1 the country, 1 the terms running that day with person and office.
    with django_assert_max_num_queries(2):
        assert anonymous.get("/api/v1/countries/KHM/office-holders").status_code == 200


def test_a_bad_day_for_office_holders_is_a_400(anonymous):
    response = anonymous.get("/api/v1/countries/KHM/office-holders", {"on": "yesterday"})
    assert response.status_code == 400
    assert "on" in response.json()


def test_a_bloc_lists_its_members_on_the_day_asked(anonymous):
    bloc = Bloc.objects.create(slug="test-bloc", name="Test bloc")
    BlocMembership.objects.create(bloc=bloc, country=country("KHM"), joined=date(1999, 4, 30))
    BlocMembership.objects.create(bloc=bloc, country=country("MYS"), joined=date(2023, 1, 1))
    old = anonymous.get("/api/v1/blocs/test-bloc/", {"on": "2022-03-02"}).json()
    assert old["members"] == ["KHM"]
    new = anonymous.get("/api/v1/blocs/test-bloc/", {"on": "2024-01-01"}).json()
    assert sorted(new["members"]) == ["KHM", "MYS"]


def test_a_page_of_blocs_with_members_costs_two_queries(anonymous, django_assert_max_num_queries):
    # 1 the blocs, 1 the memberships running that day with their countries.
    with django_assert_max_num_queries(2):
        assert anonymous.get("/api/v1/blocs/", {"page_size": 100}).status_code == 200


def test_offices_come_with_their_terms(anonymous, django_assert_max_num_queries):
    # 1 the country code (the filter's validation), 1 the offices with countries, 1 their
    # terms with people.
    with django_assert_max_num_queries(3):
        response = anonymous.get("/api/v1/offices/", {"country": "KHM"})
    assert response.status_code == 200
    for office in response.json()["results"]:
        assert office["country"] == "KHM"
        assert all("person_name" in term for term in office["terms"])


def test_people_filter_by_name_and_country(anonymous):
    office = Office.objects.create(country=country("MYS"), kind="spokesperson", title="Test MYS")
    person = Person.objects.create(name="Zzyzx Test")
    Term.objects.create(person=person, office=office, start=date(2020, 1, 1), source="t")
    assert [
        p["id"] for p in anonymous.get("/api/v1/people/", {"name": "zzyzx"}).json()["results"]
    ] == [person.pk]
    in_mys = anonymous.get("/api/v1/people/", {"country": "MYS", "page_size": 500}).json()
    assert person.pk in [p["id"] for p in in_mys["results"]]


def test_conflicts_show_their_sides_aliases_and_dates(anonymous, django_assert_max_num_queries):
    # 1 the conflicts, 1 side A's countries, 1 side B's.
    with django_assert_max_num_queries(3):
        rows = anonymous.get("/api/v1/conflicts/").json()["results"]
    war = next(row for row in rows if row["slug"] == "russia-ukraine-war")
    assert (war["side_a_countries"], war["side_b_countries"]) == (["UKR"], ["RUS"])
    assert war["began"] == "2022-02-24"
    assert war["aliases"]


def test_votes_filter_by_resolution_and_vote(anonymous, django_assert_max_num_queries):
    VoteFactory(country=country("KHM"), vote="Y")
    VoteFactory(country=country("MYS"), vote="A")
    VoteFactory(country=country("RUS"), vote="N")
    # 1 the resolution symbol (the filter's validation), 1 the page with resolution and country.
    with django_assert_max_num_queries(2):
        response = anonymous.get("/api/v1/votes/", {"resolution": "A/RES/ES-11/1", "vote": "A"})
    assert [(v["country"], v["vote"]) for v in response.json()["results"]] == [("MYS", "A")]
    assert anonymous.get("/api/v1/votes/", {"country": "RUS"}).json()["results"][0]["vote"] == "N"


def test_an_unknown_resolution_or_vote_is_a_400(anonymous):
    response = anonymous.get("/api/v1/votes/", {"resolution": "A/RES/NOPE", "vote": "maybe"})
    assert response.status_code == 400
    assert set(response.json()) == {"resolution", "vote"}


def test_resolutions_filter_by_symbol(anonymous):
    ResolutionFactory()
    rows = anonymous.get("/api/v1/resolutions/", {"symbol": "A/RES/ES-11/1"}).json()["results"]
    assert [(r["symbol"], r["conflict"]) for r in rows] == [("A/RES/ES-11/1", "russia-ukraine-war")]


WRITES = [
    ("post", "/api/v1/countries/", {"iso3": "XTS", "iso2": "XT", "name": "Testland"}),
    ("patch", "/api/v1/countries/KHM/", {"capital": "Phnom Penh"}),
    ("post", "/api/v1/blocs/", {"slug": "test-bloc", "name": "Test bloc"}),
    ("post", "/api/v1/people/", {"name": "Test Person"}),
    (
        "post",
        "/api/v1/conflicts/",
        {
            "slug": "test-war",
            "name": "Test war",
            "side_a_label": "A",
            "side_b_label": "B",
            "side_a_countries": ["UKR"],
            "side_b_countries": ["RUS"],
        },
    ),
    (
        "post",
        "/api/v1/resolutions/",
        {"symbol": "A/RES/TEST/1", "date": "2022-03-02", "title": "T"},
    ),
    ("post", "/api/v1/offices/", {"country": "KHM", "kind": "un_envoy", "title": "Test envoy"}),
]


@pytest.mark.parametrize("method, url, body", WRITES)
@pytest.mark.parametrize(
    "role, allowed", [("anonymous", 401), ("reader", 403), ("editor", 403), ("staff", None)]
)
def test_only_staff_edit_reference_data(request, method, url, body, role, allowed):
    response = getattr(request.getfixturevalue(role), method)(url, body, format="json")
    if allowed is None:
        assert response.status_code in (200, 201), response.content
    else:
        assert response.status_code == allowed


def test_staff_write_terms_and_votes(staff):
    office = Office.objects.create(country=country("KHM"), kind="un_envoy", title="Test envoy")
    person = Person.objects.create(name="Test Envoy")
    term = {"office": office.pk, "person": person.pk, "start": "2020-01-01", "source": "test"}
    assert staff.post("/api/v1/terms/", term, format="json").status_code == 201
    ResolutionFactory()
    vote = {"resolution": "A/RES/ES-11/1", "country": "KHM", "vote": "A"}
    assert staff.post("/api/v1/votes/", vote, format="json").status_code == 201
    assert staff.post("/api/v1/votes/", vote, format="json").status_code == 400


def test_a_term_ending_before_it_starts_is_a_400_not_a_500(staff):
    office = Office.objects.create(country=country("KHM"), kind="un_envoy", title="Test envoy")
    person = Person.objects.create(name="Test Envoy")
    term = {
        "office": office.pk,
        "person": person.pk,
        "start": "2020-01-01",
        "end": "2019-01-01",
        "source": "t",
    }
    response = staff.post("/api/v1/terms/", term, format="json")
    assert response.status_code == 400
    assert not Term.objects.filter(person=person).exists()


def test_a_malformed_country_code_is_a_400(staff):
    response = staff.post(
        "/api/v1/countries/", {"iso3": "x1", "iso2": "XT", "name": "T"}, format="json"
    )
    assert response.status_code == 400
    assert not Country.objects.filter(name="T").exists()


def test_a_conflict_ending_before_it_began_is_a_400(staff):
    war = Conflict.objects.get(slug="russia-ukraine-war")
    response = staff.patch(f"/api/v1/conflicts/{war.slug}/", {"ended": "2000-01-01"}, format="json")
    assert response.status_code == 400
    assert Resolution.objects.count() >= 0
