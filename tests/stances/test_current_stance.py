from datetime import date

import pytest

from stances.choices import ReviewStatus, Stance, StatementKind
from stances.selectors import stance_of, stance_timeline, stances_as_of
from tests.factories import StatementFactory, VoteFactory, conflict, country

pytestmark = pytest.mark.django_db


def test_no_statement_before_the_first_gives_no_recorded_stance():
    StatementFactory(date=date(2022, 3, 2))
    current = stance_of(country=country("KHM"), conflict=conflict(), on=date(2022, 3, 1))
    assert current.stance is None
    assert not current.recorded
    assert current.deciding == []


def test_the_latest_day_decides_as_of_a_date():
    early = StatementFactory(date=date(2022, 3, 2), stance=Stance.NEUTRAL)
    late = StatementFactory(date=date(2023, 5, 1), stance=Stance.CONDEMNS, target_side="b")
    khm, war = country("KHM"), conflict()
    assert stance_of(country=khm, conflict=war, on=date(2022, 3, 3)).deciding == [early]
    later = stance_of(country=khm, conflict=war, on=date(2023, 5, 1))
    assert (later.stance, later.target_side, later.deciding) == ("condemns", "b", [late])


def test_a_tie_on_one_day_goes_to_the_stronger_stance_and_lists_its_statements():
    negotiation = StatementFactory(stance=Stance.CALLS_FOR_NEGOTIATION)
    neutral_1 = StatementFactory(stance=Stance.NEUTRAL)
    neutral_2 = StatementFactory(stance=Stance.NEUTRAL)
    current = stance_of(country=country("KHM"), conflict=conflict(), on=date(2022, 3, 3))
    assert current.stance == Stance.NEUTRAL
    assert current.deciding == [neutral_1, neutral_2]
    assert negotiation not in current.deciding


def test_condemnations_of_both_sides_on_one_day_resolve_to_side_b_first():
    StatementFactory(stance=Stance.CONDEMNS, target_side="a")
    against_b = StatementFactory(stance=Stance.CONDEMNS, target_side="b")
    current = stance_of(country=country("KHM"), conflict=conflict(), on=date(2022, 3, 3))
    assert (current.target_side, current.deciding) == ("b", [against_b])


def test_pending_rejected_commentary_and_undated_statements_do_not_count():
    StatementFactory(status=ReviewStatus.PENDING, stance=Stance.SUPPORTS_SIDE_A)
    StatementFactory(status=ReviewStatus.REJECTED, stance=Stance.SUPPORTS_SIDE_B)
    StatementFactory(kind=StatementKind.COMMENTARY, stance=Stance.CONDEMNS)
    StatementFactory(date=None, stance=Stance.OTHER)
    current = stance_of(country=country("KHM"), conflict=conflict(), on=date(2030, 1, 1))
    assert current.stance is None


def test_every_country_stance_on_a_conflict_comes_in_one_query(django_assert_num_queries):
    for iso3 in ("KHM", "MYS", "THA", "VNM", "LAO"):
        StatementFactory(actor_country=country(iso3), stance=Stance.NEUTRAL)
        StatementFactory(actor_country=country(iso3), stance=Stance.CALLS_FOR_NEGOTIATION)
    StatementFactory(actor_country=country("POL"), stance=Stance.SUPPORTS_SIDE_A)
    war = conflict()
    with django_assert_num_queries(1):
        stances = stances_as_of(conflict=war, on=date(2022, 3, 3))
    by_iso3 = {c.iso3: stances[c.pk].stance for c in (country(i) for i in ("KHM", "POL", "MYS"))}
    assert by_iso3 == {"KHM": "neutral", "POL": "supports_side_a", "MYS": "neutral"}
    assert country("RUS").pk not in stances


def test_the_rule_gives_the_same_answer_whatever_the_insertion_order():
    first = [StatementFactory(stance=s) for s in (Stance.OTHER, Stance.NEUTRAL, Stance.ABSTAINS)]
    answer = stance_of(country=country("KHM"), conflict=conflict(), on=date(2022, 3, 3))
    for statement in first:
        statement.delete()
    for stance in (Stance.ABSTAINS, Stance.NEUTRAL, Stance.OTHER):
        StatementFactory(stance=stance)
    again = stance_of(country=country("KHM"), conflict=conflict(), on=date(2022, 3, 3))
    assert answer.stance == again.stance == Stance.NEUTRAL


def test_the_timeline_marks_each_change_of_stance_and_shows_votes_beside_it():
    neutral = StatementFactory(date=date(2022, 3, 2), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 2), stance=Stance.CALLS_FOR_NEGOTIATION)
    repeat = StatementFactory(date=date(2022, 6, 1), stance=Stance.NEUTRAL)
    change = StatementFactory(date=date(2023, 1, 9), stance=Stance.CONDEMNS, target_side="b")
    vote = VoteFactory(vote="Y")
    timeline = stance_timeline(country=country("KHM"), conflict=conflict())
    changed = [e.statement for e in timeline if e.changes_stance]
    assert changed == [neutral, change]
    assert repeat in [e.statement for e in timeline]
    vote_entry = next(e for e in timeline if e.vote is not None)
    assert (vote_entry.vote.symbol, vote_entry.vote.iso3, vote_entry.vote.vote) == (
        vote.resolution.symbol,
        "KHM",
        "Y",
    )
    assert vote_entry.stance_after == Stance.NEUTRAL
    assert [e.date for e in timeline] == sorted(e.date for e in timeline)
