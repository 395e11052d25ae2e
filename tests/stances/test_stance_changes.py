"""The stance changes table: after any writes, through any path, it equals a full rebuild.

A full rebuild (stance_changes_rebuild) walks every counted statement with the rule; the table
is kept by recomputing only the series a write touches. Each test writes, then compares the
table with a rebuild and, where cheap, with the one-query rule (stance_of) day by day.
"""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actors.models import Bloc
from stances import services
from stances.choices import ReviewStatus, Stance, StatementKind
from stances.models import StanceChange, Statement
from stances.selectors import stance_of
from stances.services import (
    stance_changes_rebuild,
    statement_approve,
    statement_create,
    statement_reject,
    statement_update,
    statements_review,
)
from tests.factories import (
    StatementFactory,
    UserFactory,
    conflict,
    country,
    statement_admin_form,
)

pytestmark = pytest.mark.django_db

COUNTRIES = ("KHM", "FRA")
CONFLICTS = ("russia-ukraine-war", "israel-hamas-war")
DAYS = (date(2022, 3, 1), date(2022, 3, 2), date(2022, 3, 3), date(2022, 3, 4))
STANCES = [(stance, "") for stance in Stance.values] + [
    (Stance.CONDEMNS, "a"),
    (Stance.CONDEMNS, "b"),
]


def table() -> list[tuple]:
    return sorted(
        StanceChange.objects.values_list(
            "country_id",
            "conflict_id",
            "date",
            "stance_before",
            "target_side_before",
            "stance",
            "target_side",
            "statement_id",
        )
    )


def assert_table_equals_a_rebuild() -> None:
    maintained = table()
    stance_changes_rebuild()
    assert maintained == table()


def assert_table_follows_the_rule() -> None:
    """Each day's stance (the one-query rule) is the latest change's, on or before that day."""
    for iso3 in COUNTRIES:
        for slug in CONFLICTS:
            khm_or_fra, war = country(iso3), conflict(slug)
            changes = list(
                StanceChange.objects.filter(country=khm_or_fra, conflict=war).order_by("date")
            )
            for day in DAYS:
                current = stance_of(country=khm_or_fra, conflict=war, on=day)
                latest = [c for c in changes if c.date <= day]
                said = (latest[-1].stance, latest[-1].target_side) if latest else (None, "")
                assert said == (current.stance, current.target_side), (iso3, slug, day)
                changed_today = bool(latest) and latest[-1].date == day
                if changed_today:
                    assert latest[-1].statement in current.deciding
                    assert latest[-1].statement_id == min(s.pk for s in current.deciding)


# Random sequences of writes ------------------------------------------------------------------

# Weighted towards statements that count (approved, by a country, dated), so that series hold
# several days; the rest still comes up, to move statements in and out of counting.
fields = st.fixed_dictionaries(
    {
        "actor": st.sampled_from([*COUNTRIES, *COUNTRIES, "asean"]),
        "conflict": st.sampled_from(CONFLICTS),
        "stance": st.sampled_from(STANCES),
        "kind": st.sampled_from(StatementKind.values),
        "date": st.sampled_from([*DAYS, *DAYS, None]),
    }
)
statuses = st.sampled_from(
    [ReviewStatus.APPROVED] * 4 + [ReviewStatus.PENDING, ReviewStatus.REJECTED]
)
verdicts = st.sampled_from([ReviewStatus.APPROVED, ReviewStatus.REJECTED])
which = st.integers(min_value=0, max_value=50)
several = st.lists(which, min_size=1, max_size=4)
creates = st.tuples(st.just("create"), fields, statuses)
# A few statements first, so that the writes after them have something to change.
writes = st.builds(
    lambda first, then: first + then,
    st.lists(creates, min_size=2, max_size=6),
    st.lists(
        st.one_of(
            creates,
            st.tuples(st.just("update"), which, fields, statuses),
            st.tuples(st.just("review"), which, verdicts),
            st.tuples(st.just("bulk_review"), several, verdicts),
            st.tuples(st.just("delete"), which),
            st.tuples(st.just("delete_many"), several),
            st.tuples(st.just("revert"), which),
        ),
        max_size=10,
    ),
)


def model_fields(drawn: dict) -> dict:
    actor = drawn["actor"]
    stance, target_side = drawn["stance"]
    return {
        "actor_country": None if actor == "asean" else country(actor),
        "actor_bloc": Bloc.objects.get(slug="asean") if actor == "asean" else None,
        "conflict": conflict(drawn["conflict"]),
        "stance": stance,
        "target_side": target_side,
        "kind": drawn["kind"],
        "date": drawn["date"],
    }


class Writer:
    """Apply drawn writes through the services, the models, querysets and history."""

    def __init__(self, editor):
        self.editor = editor
        self.ids: list[int] = []  # every statement ever created, deleted ones too

    def pick(self, n: int) -> Statement | None:
        if not self.ids:
            return None
        return Statement.objects.filter(pk=self.ids[n % len(self.ids)]).first()

    def picks(self, ns: list[int]) -> list[int]:
        return [self.ids[n % len(self.ids)] for n in ns] if self.ids else []

    def apply(self, write: tuple) -> None:
        action, *args = write
        getattr(self, action)(*args)

    def create(self, drawn, status):
        statement = statement_create(
            editor=self.editor, status=status, quote="Drawn.", **model_fields(drawn)
        )
        self.ids.append(statement.pk)

    def update(self, n, drawn, status):
        if statement := self.pick(n):
            statement_update(
                statement=statement, editor=self.editor, status=status, **model_fields(drawn)
            )

    def review(self, n, verdict):
        if statement := self.pick(n):
            review = statement_approve if verdict == ReviewStatus.APPROVED else statement_reject
            review(statement=statement, reviewer=self.editor)

    def bulk_review(self, ns, verdict):
        statements_review(
            statements=Statement.objects.filter(pk__in=self.picks(ns)),
            reviewer=self.editor,
            status=verdict,
        )

    def delete(self, n):
        if statement := self.pick(n):
            statement.delete()

    def delete_many(self, ns):
        Statement.objects.filter(pk__in=self.picks(ns)).delete()

    def revert(self, n):
        """Restore the statement as it was one record back, or as it was when deleted."""
        if not self.ids:
            return
        records = Statement.history.filter(id=self.ids[n % len(self.ids)]).order_by(
            "-history_date", "-history_id"
        )
        latest = records.first()
        record = latest if latest.history_type == "-" else records[1:2].first()
        if record is not None:
            record.instance.save()


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(writes=writes)
def test_after_any_writes_the_table_equals_a_rebuild_and_follows_the_rule(writes):
    # Each example runs in a savepoint rolled back at its end: the next starts from nothing.
    with transaction.atomic():
        writer = Writer(UserFactory(username="drawn-editor"))
        for write in writes:
            writer.apply(write)
        assert_table_follows_the_rule()
        assert_table_equals_a_rebuild()
        transaction.set_rollback(True)


# Each path, named -----------------------------------------------------------------------------


def test_approving_rejecting_and_editing_move_the_changes_with_the_statement():
    editor = UserFactory()
    neutral = StatementFactory(date=date(2022, 3, 2), stance=Stance.NEUTRAL)
    condemns = StatementFactory(
        date=date(2022, 3, 5),
        stance=Stance.CONDEMNS,
        target_side="b",
        status=ReviewStatus.PENDING,
    )
    assert [(c.date, c.stance) for c in StanceChange.objects.order_by("date")] == [
        (date(2022, 3, 2), Stance.NEUTRAL)
    ]

    statement_approve(statement=condemns, reviewer=editor)
    later = StanceChange.objects.get(date=date(2022, 3, 5))
    assert (later.before, later.after, later.statement) == (
        (Stance.NEUTRAL, ""),
        (Stance.CONDEMNS, "b"),
        condemns,
    )

    statement_update(statement=condemns, editor=editor, conflict=conflict("israel-hamas-war"))
    assert not StanceChange.objects.filter(conflict=conflict(), date=date(2022, 3, 5)).exists()
    assert StanceChange.objects.get(conflict=conflict("israel-hamas-war")).before == (None, "")

    statement_reject(statement=neutral, reviewer=editor)
    assert not StanceChange.objects.filter(conflict=conflict()).exists()
    assert_table_equals_a_rebuild()


def test_a_same_day_statement_that_does_not_win_changes_nothing_and_a_stronger_one_takes_over():
    negotiation = StatementFactory(stance=Stance.CALLS_FOR_NEGOTIATION)
    StatementFactory(stance=Stance.CALLS_FOR_NEGOTIATION)
    assert StanceChange.objects.get().statement == negotiation

    neutral = StatementFactory(stance=Stance.NEUTRAL)
    change = StanceChange.objects.get()
    assert (change.stance, change.statement) == (Stance.NEUTRAL, neutral)


def test_a_change_undone_the_next_day_leaves_both_days_and_a_later_repeat_none():
    StatementFactory(date=date(2022, 3, 1), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 2), stance=Stance.CONDEMNS, target_side="b")
    StatementFactory(date=date(2022, 3, 3), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 4), stance=Stance.NEUTRAL)
    assert list(StanceChange.objects.order_by("date").values_list("date", flat=True)) == [
        date(2022, 3, 1),
        date(2022, 3, 2),
        date(2022, 3, 3),
    ]


def test_deleting_the_first_day_rewrites_what_the_next_change_started_from():
    first = StatementFactory(date=date(2022, 3, 1), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 2), stance=Stance.SUPPORTS_SIDE_A)
    assert StanceChange.objects.get(date=date(2022, 3, 2)).before == (Stance.NEUTRAL, "")

    first.delete()

    assert StanceChange.objects.get().before == (None, "")


def test_a_deleted_statement_restored_from_its_history_brings_its_change_back():
    statement = StatementFactory(stance=Stance.SUPPORTS_SIDE_A)
    pk = statement.pk
    statement.delete()
    assert not StanceChange.objects.exists()

    Statement.history.filter(id=pk).latest("history_date").instance.save()
    assert StanceChange.objects.get().statement_id == pk


def test_a_bulk_review_refreshes_each_series_once(monkeypatch):
    editor = UserFactory()
    pending = [
        StatementFactory(date=date(2022, 3, 1) + timedelta(days=n), status=ReviewStatus.PENDING)
        for n in range(10)
    ]
    refreshed = []
    refresh = services.stance_changes_refresh
    monkeypatch.setattr(
        services,
        "stance_changes_refresh",
        lambda *, keys: refreshed.append(keys) or refresh(keys=keys),
    )
    statements_review(
        statements=Statement.objects.filter(pk__in=[s.pk for s in pending]),
        reviewer=editor,
        status=ReviewStatus.APPROVED,
    )
    assert refreshed == [{(country("KHM").pk, conflict().pk)}]
    # Ten approvals of one neutral stance: one change, on the first day.
    assert StanceChange.objects.get().statement == pending[0]
    assert_table_equals_a_rebuild()


def queries_to_approve_one(statements_before: int) -> int:
    for n in range(statements_before):
        StatementFactory(
            date=date(2022, 1, 1) + timedelta(days=n), stance=STANCES[n % len(STANCES)][0]
        )
    statement = StatementFactory(status=ReviewStatus.PENDING, date=date(2024, 1, 1))
    with CaptureQueriesContext(connection) as captured:
        statement_approve(statement=statement, reviewer=UserFactory())
    return len(captured)


def test_an_approval_costs_the_same_queries_however_long_its_series():
    short = queries_to_approve_one(2)
    Statement.objects.all().delete()
    # The stored row, the save, its history, then the series: its statements, its changes,
    # the new change (and the advisory lock on PostgreSQL).
    assert queries_to_approve_one(40) == short


# The admin ------------------------------------------------------------------------------------


def test_the_admin_keeps_the_table_through_edits_actions_deletes_and_reverts(admin_client):
    first = StatementFactory(date=date(2022, 3, 1), stance=Stance.NEUTRAL)
    second = StatementFactory(date=date(2022, 3, 2), stance=Stance.OTHER)
    pending = StatementFactory(
        date=date(2022, 3, 3), stance=Stance.SUPPORTS_SIDE_A, status=ReviewStatus.PENDING
    )
    change_url = reverse("admin:stances_statement_change", args=[second.pk])
    changelist = reverse("admin:stances_statement_changelist")

    response = admin_client.post(change_url, statement_admin_form(second, stance=Stance.NEUTRAL))
    assert response.status_code == 302
    assert [c.statement for c in StanceChange.objects.all()] == [first]

    admin_client.post(changelist, {"action": "approve_selected", "_selected_action": [pending.pk]})
    assert StanceChange.objects.get(date=date(2022, 3, 3)).stance == Stance.SUPPORTS_SIDE_A

    original = second.history.earliest("history_date")
    revert_url = reverse("admin:stances_statement_simple_history", args=[second.pk, original.pk])
    response = admin_client.post(revert_url, statement_admin_form(second, stance=Stance.OTHER))
    assert response.status_code == 302
    assert StanceChange.objects.get(date=date(2022, 3, 2)).stance == Stance.OTHER

    admin_client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"},
    )
    assert [(c.date, c.before) for c in StanceChange.objects.all()] == [
        (date(2022, 3, 3), (None, ""))
    ]
    assert_table_equals_a_rebuild()


# Rebuilds: the command, the migration --------------------------------------------------------


def test_the_rebuild_command_repairs_a_damaged_table(capsys):
    StatementFactory(date=date(2022, 3, 1), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 2), stance=Stance.CONDEMNS, target_side="a")
    expected = table()
    StanceChange.objects.filter(date=date(2022, 3, 1)).delete()
    StanceChange.objects.update(stance=Stance.OTHER)

    call_command("rebuild_stance_changes")

    assert table() == expected
    assert "2 stance changes" in capsys.readouterr().out


def test_the_migration_fills_the_table_from_the_statements_already_there():
    StatementFactory(date=date(2022, 3, 1), stance=Stance.NEUTRAL)
    StatementFactory(date=date(2022, 3, 2), stance=Stance.CONDEMNS, target_side="b")
    StatementFactory(actor_country=country("FRA"), stance=Stance.SUPPORTS_SIDE_A)
    expected = table()
    StanceChange.objects.all().delete()
    migration = MigrationExecutor(connection).loader.get_migration("stances", "0005_stance_changes")
    state = MigrationExecutor(connection).loader.project_state(("stances", "0005_stance_changes"))
    fill = next(op for op in migration.operations if hasattr(op, "code")).code

    fill(state.apps, None)

    assert table() == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no covering indexes")
def test_the_votes_read_what_was_said_from_a_covering_index():
    # stances.selectors._votes_sql reads a change's stance, target side and date for every
    # vote: all of them in the index, each look-up is an index-only scan.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_indexdef('stance_change_said_idx'::regclass)")
        definition = cursor.fetchone()[0]
    assert definition.endswith(
        "USING btree (country_id, conflict_id, date) INCLUDE (stance, target_side)"
    )
