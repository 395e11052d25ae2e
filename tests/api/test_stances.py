from datetime import date

import pytest

from actors.models import Country
from stances.choices import ReviewStatus, Stance
from tests.factories import StatementFactory, VoteFactory, country

pytestmark = pytest.mark.django_db

WAR = "/api/v1/conflicts/russia-ukraine-war/stances"


def by_country(response) -> dict[str, dict]:
    assert response.status_code == 200, response.content
    return {row["country"]: row for row in response.json()}


def test_cambodia_is_neutral_as_of_3_march_2022_with_the_deciding_statement(anonymous):
    neutral = StatementFactory(stance=Stance.NEUTRAL, date=date(2022, 3, 2))
    StatementFactory(stance=Stance.CALLS_FOR_NEGOTIATION, date=date(2022, 3, 2))
    khm = by_country(anonymous.get(WAR, {"as_of": "2022-03-03"}))["KHM"]
    assert khm["recorded"] is True
    assert (khm["stance"], khm["date"]) == ("neutral", "2022-03-02")
    assert [s["id"] for s in khm["deciding"]] == [neutral.pk]


def test_as_of_before_the_first_statement_is_no_recorded_stance_not_an_error(anonymous):
    StatementFactory(date=date(2022, 3, 2))
    khm = by_country(anonymous.get(WAR, {"as_of": "2022-03-01"}))["KHM"]
    assert khm == {
        "country": "KHM",
        "country_name": "Cambodia",
        "conflict": "russia-ukraine-war",
        "recorded": False,
        "stance": None,
        "target_side": "",
        "date": None,
        "deciding": [],
    }


def test_every_country_is_listed_whether_or_not_it_has_a_stance(anonymous):
    StatementFactory()
    rows = by_country(anonymous.get(WAR, {"as_of": "2022-03-03"}))
    assert len(rows) == Country.objects.count()
    assert rows["MYS"]["recorded"] is False


def test_pending_statements_do_not_decide_a_stance(anonymous):
    StatementFactory(status=ReviewStatus.PENDING)
    assert by_country(anonymous.get(WAR, {"as_of": "2022-03-03"}))["KHM"]["recorded"] is False


def test_a_bad_as_of_date_is_a_400_that_says_so(anonymous):
    response = anonymous.get(WAR, {"as_of": "3 March 2022"})
    assert response.status_code == 400
    assert "as_of" in response.json()


def test_an_unknown_conflict_is_a_404(anonymous):
    assert anonymous.get("/api/v1/conflicts/no-such-war/stances").status_code == 404


def test_every_countrys_stance_costs_one_query(anonymous, django_assert_max_num_queries):
    for code in ("KHM", "MYS", "UKR", "RUS"):
        StatementFactory(actor_country=country(code))
    # The conflict, the countries and the deciding statements of every country, joined.
    with django_assert_max_num_queries(1):
        by_country(anonymous.get(WAR, {"as_of": "2022-03-03"}))


def test_one_country_across_all_conflicts(anonymous):
    StatementFactory(stance=Stance.CONDEMNS, target_side="b", date=date(2022, 3, 2))
    rows = {row["conflict"]: row for row in anonymous.get("/api/v1/countries/khm/stances").json()}
    assert (rows["russia-ukraine-war"]["stance"], rows["russia-ukraine-war"]["target_side"]) == (
        "condemns",
        "b",
    )
    assert all(not row["recorded"] for slug, row in rows.items() if slug != "russia-ukraine-war")


def test_one_countrys_stances_cost_three_queries(anonymous, django_assert_max_num_queries):
    StatementFactory()
    # 1 the country, 1 its deciding statements on every conflict, 1 the conflicts.
    with django_assert_max_num_queries(3):
        assert anonymous.get("/api/v1/countries/KHM/stances").status_code == 200


def test_an_unknown_country_is_a_404_that_names_the_code(anonymous):
    response = anonymous.get("/api/v1/countries/XYZ/stances")
    assert response.status_code == 404
    assert "XYZ" in response.json()["detail"]


def test_the_timeline_marks_each_change_of_stance_and_shows_votes(anonymous):
    first = StatementFactory(stance=Stance.NEUTRAL, date=date(2022, 3, 1))
    same = StatementFactory(stance=Stance.NEUTRAL, date=date(2022, 3, 5))
    change = StatementFactory(stance=Stance.CONDEMNS, target_side="b", date=date(2022, 4, 1))
    VoteFactory(vote="Y")
    response = anonymous.get("/api/v1/countries/KHM/conflicts/russia-ukraine-war/timeline")
    assert response.status_code == 200
    entries = [
        (e["date"], e["entry"], (e["statement"] or {}).get("id"), e["vote"], e["changes_stance"])
        for e in response.json()
    ]
    assert entries == [
        ("2022-03-01", "statement", first.pk, None, True),
        ("2022-03-02", "vote", None, "Y", False),
        ("2022-03-05", "statement", same.pk, None, False),
        ("2022-04-01", "statement", change.pk, None, True),
    ]


def test_the_timeline_costs_four_queries(anonymous, django_assert_max_num_queries):
    StatementFactory.create_batch(10)
    VoteFactory()
    # 1 the country, 1 the conflict, 1 the statements, 1 the votes with their resolutions.
    with django_assert_max_num_queries(4):
        assert (
            anonymous.get("/api/v1/countries/KHM/conflicts/russia-ukraine-war/timeline").status_code
            == 200
        )


@pytest.mark.parametrize(
    "path",
    [
        WAR,
        "/api/v1/countries/KHM/stances",
        "/api/v1/countries/KHM/conflicts/russia-ukraine-war/timeline",
    ],
)
def test_the_stance_lists_and_the_timeline_open_in_the_browsable_api(anonymous, path):
    StatementFactory()
    response = anonymous.get(path, {"as_of": "2022-03-03"}, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Quote number" in response.content.decode()
