"""Every country's stance on a conflict in one statement says what the rule says country by country.

stances_on_conflict (and stances_as_of, the API and the pages over it) write rules 1 to 3 as one
hand-written SQL statement; stance_of asks the ORM the same question for one country. After any
statements, they must agree on every country, every day.
"""

from datetime import date

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actors.models import Bloc, Country, Office, Person
from stances.choices import ReviewStatus, Stance, StatementKind
from stances.selectors import stance_of, stances_as_of, stances_on_conflict
from tests.factories import StatementFactory, conflict, country

pytestmark = pytest.mark.django_db

COUNTRIES = ("KHM", "FRA", "MYS")
CONFLICTS = ("russia-ukraine-war", "israel-hamas-war")
DAYS = (date(2022, 3, 1), date(2022, 3, 2), date(2022, 3, 4))
STANCES = [(stance, "") for stance in Stance.values] + [
    (Stance.CONDEMNS, "a"),
    (Stance.CONDEMNS, "b"),
]

statements = st.lists(
    st.fixed_dictionaries(
        {
            "actor": st.sampled_from([*COUNTRIES, *COUNTRIES, "asean"]),
            "conflict": st.sampled_from(CONFLICTS),
            "stance": st.sampled_from(STANCES),
            "kind": st.sampled_from(StatementKind.values),
            "date": st.sampled_from([*DAYS, *DAYS, None]),
            "status": st.sampled_from([*ReviewStatus.values, ReviewStatus.APPROVED]),
            "speaker": st.booleans(),
        }
    ),
    min_size=1,
    max_size=12,
)


def write(drawn: dict, *, speaker: Person, office: Office) -> None:
    stance, target_side = drawn["stance"]
    StatementFactory(
        actor_country=None if drawn["actor"] == "asean" else country(drawn["actor"]),
        actor_bloc=Bloc.objects.get(slug="asean") if drawn["actor"] == "asean" else None,
        conflict=conflict(drawn["conflict"]),
        stance=stance,
        target_side=target_side,
        kind=drawn["kind"],
        date=drawn["date"],
        status=drawn["status"],
        speaker=speaker if drawn["speaker"] else None,
        speaker_office=office if drawn["speaker"] else None,
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=statements)
def test_every_countrys_stance_in_one_statement_is_the_rule_country_by_country(drawn):
    # Each example runs in a savepoint rolled back at its end: the next starts from nothing.
    with transaction.atomic():
        speaker = Person.objects.create(name="Hun Manet")
        office = Office.objects.filter(country=country("KHM")).first()
        for statement in drawn:
            write(statement, speaker=speaker, office=office)
        countries = list(Country.objects.values_list("pk", "iso3", "name"))
        for slug in CONFLICTS:
            war = conflict(slug)
            for on in (date(2022, 2, 28), *DAYS, date(2030, 1, 1)):
                listed = stances_on_conflict(slug=slug, on=on)
                assert [(s.country_id, s.country, s.country_name) for s in listed] == countries
                assert {s.conflict for s in listed} == {slug}
                by_id = stances_as_of(conflict=war, on=on)
                for iso3 in COUNTRIES:
                    expected = stance_of(country=country(iso3), conflict=war, on=on)
                    row = next(s for s in listed if s.country == iso3)
                    assert (row.recorded, row.stance, row.target_side, row.date) == (
                        expected.recorded,
                        expected.stance,
                        expected.target_side,
                        expected.date,
                    )
                    assert [d.pk for d in row.deciding] == [s.pk for s in expected.deciding]
                    assert [(d.speaker, d.speaker_office) for d in row.deciding] == [
                        (
                            s.speaker and s.speaker.name,
                            s.speaker_office and s.speaker_office.title,
                        )
                        for s in expected.deciding
                    ]
                    current = by_id.get(country(iso3).pk)
                    assert (current.deciding if current else []) == row.deciding
        transaction.set_rollback(True)


def test_without_offices_the_deciding_statements_leave_the_office_out():
    office = Office.objects.filter(country=country("KHM")).first()
    speaker = Person.objects.create(name="Hun Manet")
    statement = StatementFactory(speaker=speaker, speaker_office=office)
    on = date(2022, 3, 3)
    with_offices = stances_on_conflict(slug="russia-ukraine-war", on=on)
    without = stances_on_conflict(slug="russia-ukraine-war", on=on, offices=False)
    khm = next(s for s in with_offices if s.country == "KHM").deciding
    assert [(d.pk, d.speaker, d.speaker_office) for d in khm] == [
        (statement.pk, "Hun Manet", office.title)
    ]
    assert [d._replace(speaker_office=None) for d in khm] == next(
        s for s in without if s.country == "KHM"
    ).deciding


def test_an_unknown_conflict_lists_no_country():
    StatementFactory()
    assert stances_on_conflict(slug="no-such-war", on=date(2022, 3, 3)) == []


def test_a_conflict_is_found_by_its_id_as_by_its_slug():
    StatementFactory()
    on = date(2022, 3, 3)
    assert stances_on_conflict(conflict_id=conflict().pk, on=on) == stances_on_conflict(
        slug="russia-ukraine-war", on=on
    )
