from datetime import date

import pytest
from django.db import connection

from actors.models import Bloc, BlocMembership, Person
from stances.choices import ReviewStatus, Stance, StatementKind
from stances.models import Statement
from tests.factories import StatementFactory, country

pytestmark = pytest.mark.django_db

URL = "/api/v1/statements/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_readers_see_approved_statements_only(anonymous):
    approved = StatementFactory()
    StatementFactory(status=ReviewStatus.PENDING)
    StatementFactory(status=ReviewStatus.REJECTED)
    assert ids(anonymous.get(URL)) == [approved.pk]
    assert ids(anonymous.get(URL, {"status": "pending"})) == []


def test_editors_see_every_status_and_can_filter_by_it(editor):
    StatementFactory()
    pending = StatementFactory(status=ReviewStatus.PENDING)
    assert len(ids(editor.get(URL))) == 2
    assert ids(editor.get(URL, {"status": "pending"})) == [pending.pk]


def test_a_statement_shows_its_actor_speaker_and_source(anonymous):
    hun_sen = Person.objects.create(name="Hun Sen")
    statement = StatementFactory(
        speaker=hun_sen, source_outlet="Khmer Times", source_url="https://example.org/a"
    )
    row = anonymous.get(f"{URL}{statement.pk}/").json()
    assert row["country"] == "KHM"
    assert row["bloc"] is None
    assert row["conflict"] == "russia-ukraine-war"
    assert row["speaker"] == hun_sen.pk
    assert row["speaker_name"] == "Hun Sen"
    assert row["source_outlet"] == "Khmer Times"
    assert row["date"] == "2022-03-02"


def test_it_filters_by_country_conflict_stance_kind_and_outlet(anonymous):
    khm = StatementFactory(stance=Stance.NEUTRAL, source_outlet="Khmer Times")
    mys = StatementFactory(actor_country=country("MYS"), stance=Stance.CALLS_FOR_NEGOTIATION)
    vote = StatementFactory(actor_country=country("MYS"), kind=StatementKind.VOTE)
    assert ids(anonymous.get(URL, {"country": "khm"})) == [khm.pk]
    assert set(ids(anonymous.get(URL, {"country": "MYS"}))) == {mys.pk, vote.pk}
    assert ids(anonymous.get(URL, {"stance": "calls_for_negotiation"})) == [mys.pk]
    assert ids(anonymous.get(URL, {"kind": "vote"})) == [vote.pk]
    assert ids(anonymous.get(URL, {"outlet": "khmer times"})) == [khm.pk]
    assert len(ids(anonymous.get(URL, {"conflict": "russia-ukraine-war"}))) == 3


def test_it_filters_condemnations_by_the_side_condemned(anonymous):
    of_russia = StatementFactory(stance=Stance.CONDEMNS, target_side="b")
    StatementFactory(stance=Stance.CONDEMNS, target_side="a")
    assert ids(anonymous.get(URL, {"target_side": "b"})) == [of_russia.pk]


def test_it_filters_by_speaker(anonymous):
    hun_sen = Person.objects.create(name="Hun Sen")
    spoken = StatementFactory(speaker=hun_sen)
    StatementFactory()
    assert ids(anonymous.get(URL, {"speaker": hun_sen.pk})) == [spoken.pk]


def test_it_filters_by_a_date_range_inclusive(anonymous):
    StatementFactory(date=date(2022, 3, 1))
    inside = StatementFactory(date=date(2022, 3, 2))
    last = StatementFactory(date=date(2022, 3, 3))
    StatementFactory(date=date(2022, 3, 4))
    found = ids(anonymous.get(URL, {"date_from": "2022-03-02", "date_to": "2022-03-03"}))
    assert found == [last.pk, inside.pk]


def test_a_bloc_filter_counts_a_member_only_from_the_day_it_joined(anonymous):
    bloc = Bloc.objects.create(slug="test-bloc", name="Test bloc")
    BlocMembership.objects.create(bloc=bloc, country=country("MYS"), joined=date(2022, 3, 2))
    own = StatementFactory(actor_country=None, actor_bloc=bloc)
    as_member = StatementFactory(actor_country=country("MYS"), date=date(2022, 3, 2))
    StatementFactory(actor_country=country("MYS"), date=date(2022, 3, 1))
    StatementFactory(actor_country=country("KHM"))
    assert set(ids(anonymous.get(URL, {"bloc": "test-bloc"}))) == {own.pk, as_member.pk}


def test_q_finds_words_in_the_quote_or_the_summary(anonymous):
    quoted = StatementFactory(quote="We urge negotiation for a peaceful solution.")
    summarised = StatementFactory(quote="…", summary="Calls for negotiation between parties.")
    StatementFactory(quote="Cambodia does not side with any of the parties.")
    assert set(ids(anonymous.get(URL, {"q": "negotiation"}))) == {quoted.pk, summarised.pk}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_q_ranks_a_match_in_the_quote_above_one_in_the_summary_and_stems(anonymous):
    in_summary = StatementFactory(quote="…", summary="Negotiations were urged.")
    in_quote = StatementFactory(quote="We urge negotiations, negotiations and negotiation.")
    assert ids(anonymous.get(URL, {"q": "negotiation"})) == [in_quote.pk, in_summary.pk]


def test_it_orders_newest_first_by_default_and_as_asked(anonymous):
    old = StatementFactory(date=date(2022, 3, 1))
    undated = StatementFactory(date=None, date_precision="year")
    new = StatementFactory(date=date(2023, 1, 1))
    assert ids(anonymous.get(URL)) == [new.pk, old.pk, undated.pk]
    assert ids(anonymous.get(URL, {"ordering": "date"})) == [undated.pk, old.pk, new.pk]


def test_cursor_pages_walk_every_statement_once(anonymous):
    made = {StatementFactory(date=date(2022, 3, 1 + n % 3)).pk for n in range(7)}
    seen, url, params = [], URL, {"page_size": 3}
    while url:
        page = anonymous.get(url, params).json()
        seen += [row["id"] for row in page["results"]]
        url, params = page["next"], None
    assert sorted(seen) == sorted(made)


@pytest.mark.parametrize(
    "params, field",
    [
        ({"country": "XYZ"}, "country"),
        ({"bloc": "no-such-bloc"}, "bloc"),
        ({"conflict": "no-such-war"}, "conflict"),
        ({"stance": "furious"}, "stance"),
        ({"date_from": "2022-02-30"}, "date_from"),
        ({"speaker": "999999"}, "speaker"),
        ({"ordering": "quote"}, "ordering"),
        ({"ordering": "-rank"}, "ordering"),
    ],
)
def test_an_unknown_filter_value_is_a_400_naming_the_field(anonymous, params, field):
    response = anonymous.get(URL, params)
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_an_unknown_country_code_says_which(anonymous):
    response = anonymous.get(URL, {"country": "XYZ"})
    assert response.json() == {"country": ["No country has the ISO alpha-3 code “XYZ”."]}


def test_a_garbled_cursor_is_a_400_not_a_500(anonymous):
    response = anonymous.get(URL, {"cursor": "garbage"})
    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


def test_a_page_of_statements_costs_the_same_queries_whatever_its_size(
    anonymous, django_assert_max_num_queries
):
    StatementFactory.create_batch(30, speaker=Person.objects.create(name="Hun Sen"))
    # 1: the page of statements with country, bloc, conflict, speaker and office joined.
    with django_assert_max_num_queries(1):
        assert len(ids(anonymous.get(URL, {"page_size": 30}))) == 30


def test_an_editors_page_costs_a_token_and_permission_lookup_more(
    editor, django_assert_max_num_queries
):
    StatementFactory.create_batch(30)
    # 1 token and user, 2 user and group permissions (is the reader an editor?), 1 the page.
    with django_assert_max_num_queries(4):
        assert len(ids(editor.get(URL, {"page_size": 30}))) == 30


def test_a_filtered_search_costs_constant_queries(anonymous, django_assert_max_num_queries):
    StatementFactory.create_batch(20, quote="We urge negotiation.")
    # 1 country code, 1 conflict slug (the filters' validation), 1 the page.
    with django_assert_max_num_queries(3):
        response = anonymous.get(
            URL, {"q": "negotiation", "country": "KHM", "conflict": "russia-ukraine-war"}
        )
        assert len(ids(response)) == 20


NEW = {
    "country": "KHM",
    "conflict": "russia-ukraine-war",
    "stance": "neutral",
    "date": "2022-03-02",
    "quote": "Cambodia does not side with any of the parties.",
    "source_url": "https://example.org/hun-sen",
}


def test_editors_create_statements_as_pending_editor_statements(editor, editor_user):
    response = editor.post(URL, NEW, format="json")
    assert response.status_code == 201, response.content
    statement = Statement.objects.get(pk=response.json()["id"])
    assert (statement.status, statement.origin) == ("pending", "editor")
    assert statement.created_by == editor_user
    assert statement.history.first().history_user == editor_user


def test_an_editor_approving_on_creation_is_recorded_as_reviewer(editor, editor_user):
    response = editor.post(URL, {**NEW, "status": "approved"}, format="json")
    statement = Statement.objects.get(pk=response.json()["id"])
    assert (statement.status, statement.reviewed_by) == ("approved", editor_user)


def test_editors_edit_statements(editor):
    statement = StatementFactory()
    response = editor.patch(f"{URL}{statement.pk}/", {"stance": "condemns", "target_side": "b"})
    assert response.status_code == 200, response.content
    statement.refresh_from_db()
    assert (statement.stance, statement.target_side) == ("condemns", "b")


def test_editors_may_not_delete_statements_but_staff_may(editor, staff):
    statement = StatementFactory()
    assert editor.delete(f"{URL}{statement.pk}/").status_code == 403
    assert staff.delete(f"{URL}{statement.pk}/").status_code == 204


@pytest.mark.parametrize("role, status", [("anonymous", 401), ("reader", 403), ("staff", 201)])
def test_only_editors_and_staff_create_statements(request, role, status):
    assert request.getfixturevalue(role).post(URL, NEW, format="json").status_code == status


@pytest.mark.parametrize("role, status", [("anonymous", 401), ("reader", 403), ("staff", 200)])
def test_only_editors_and_staff_edit_statements(request, role, status):
    statement = StatementFactory()
    client = request.getfixturevalue(role)
    assert client.patch(f"{URL}{statement.pk}/", {"summary": "x"}).status_code == status


@pytest.mark.parametrize(
    "change, field",
    [
        ({"country": None}, "country"),
        ({"bloc": "asean"}, "country"),
        ({"target_side": "a"}, "target_side"),
        ({"country": "XYZ"}, "country"),
        ({"date": "2022-13-01"}, "date"),
        ({"confidence": 2}, "confidence"),
        ({"stance": "furious"}, "stance"),
    ],
)
def test_a_bad_statement_is_a_400_naming_the_field(editor, change, field):
    response = editor.post(URL, {**NEW, **change}, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_a_bad_edit_leaves_the_statement_unchanged(editor):
    statement = StatementFactory()
    response = editor.patch(f"{URL}{statement.pk}/", {"target_side": "a"})
    assert response.status_code == 400
    statement.refresh_from_db()
    assert statement.target_side == ""
