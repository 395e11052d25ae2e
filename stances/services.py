"""Writes to conflicts, statements and votes."""

import csv
import itertools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from actors.models import Country
from actors.services import ReferenceDataError, parse_date

from .choices import Body, Origin, ReviewStatus, VoteChoice
from .models import Conflict, Resolution, StanceChange, Statement, Vote
from .selectors import counted_statements, stance_series_changes


def statement_review(
    *, statement: Statement, reviewer: AbstractBaseUser, status: ReviewStatus
) -> Statement:
    """Record `reviewer`'s verdict on `statement`, with the time, in its history."""
    if status not in (ReviewStatus.APPROVED, ReviewStatus.REJECTED):
        raise ValueError(f"A review approves or rejects; {status!r} is neither.")
    statement.status = status
    statement.reviewed_by = reviewer
    statement.reviewed_at = timezone.now()
    statement._history_user = reviewer
    statement._change_reason = f"{status.label} by {reviewer}"
    statement.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    return statement


def statement_approve(*, statement: Statement, reviewer: AbstractBaseUser) -> Statement:
    return statement_review(statement=statement, reviewer=reviewer, status=ReviewStatus.APPROVED)


def statement_reject(*, statement: Statement, reviewer: AbstractBaseUser) -> Statement:
    return statement_review(statement=statement, reviewer=reviewer, status=ReviewStatus.REJECTED)


def statements_review(
    *, statements: Iterable[Statement], reviewer: AbstractBaseUser, status: ReviewStatus
) -> int:
    """Review many statements at once, each with its own history record; return how many."""
    count = 0
    with stance_changes_batched():
        for statement in statements:
            statement_review(statement=statement, reviewer=reviewer, status=status)
            count += 1
    return count


def statement_create(
    *, editor: AbstractBaseUser, status: str = ReviewStatus.PENDING, **fields
) -> Statement:
    """Create a statement an editor wrote; a verdict given with it names the editor reviewer."""
    statement = Statement(origin=Origin.EDITOR, created_by=editor, **fields)
    statement._history_user = editor
    statement.save()
    return _statement_status_set(statement=statement, status=status, editor=editor)


def statement_update(*, statement: Statement, editor: AbstractBaseUser, **fields) -> Statement:
    """Change a statement's fields; a change of status goes through the review."""
    status = fields.pop("status", statement.status)
    for name, value in fields.items():
        setattr(statement, name, value)
    statement._history_user = editor
    statement.save()
    return _statement_status_set(statement=statement, status=status, editor=editor)


def _statement_status_set(*, statement: Statement, status: str, editor: AbstractBaseUser):
    if status == statement.status:
        return statement
    if status in (ReviewStatus.APPROVED, ReviewStatus.REJECTED):
        return statement_review(statement=statement, reviewer=editor, status=ReviewStatus(status))
    # Back to pending: the earlier verdict no longer stands.
    statement.status, statement.reviewed_by, statement.reviewed_at = status, None, None
    statement.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    return statement


# Stance changes (the table the pages read; see StanceChange) -----------------------------------

SeriesKey = tuple[int, int]  # (country id, conflict id)
# The series a batch of writes touched, while stance_changes_batched() is open.
_batched_keys: ContextVar[set[SeriesKey] | None] = ContextVar("stance_change_keys", default=None)
REBUILD_BATCH = 5000


def _change_rows(counted: QuerySet, *, model: type[StanceChange]) -> Iterator[StanceChange]:
    """Yield the (unsaved) stance changes that `counted` statements make, series by series."""
    rows = (
        counted.order_by("actor_country_id", "conflict_id", "date", "id")
        .values_list(
            "actor_country_id", "conflict_id", "pk", "date", "stance", "target_side", named=True
        )
        .iterator(chunk_size=REBUILD_BATCH)
    )
    for (country_id, conflict_id), series in itertools.groupby(rows, key=lambda r: r[:2]):
        for before, after in stance_series_changes(series, country_id=country_id):
            yield model(
                country_id=country_id,
                conflict_id=conflict_id,
                date=after.date,
                stance_before=before.stance or "",
                target_side_before=before.target_side,
                stance=after.stance,
                target_side=after.target_side,
                statement_id=after.deciding[0].pk,
            )


def _change_values(change: StanceChange) -> tuple:
    return (
        change.stance_before,
        change.target_side_before,
        change.stance,
        change.target_side,
        change.statement_id,
    )


def stance_changes_refresh(*, keys: Iterable[SeriesKey]) -> None:
    """Recompute the stance changes of each (country id, conflict id) series in `keys`.

    Runs in the caller's transaction (or its own), writing only the rows that differ, so that
    the table changes with the statements or not at all.
    """
    with transaction.atomic(savepoint=False):
        # Sorted, so that two transactions lock their series in the same order.
        for country_id, conflict_id in sorted(set(keys)):
            if connection.vendor == "postgresql":
                # One writer per series at a time: the second recomputes after the first
                # commits and so reads its statements (read committed). The two-integer
                # advisory key space is this table's alone.
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_advisory_xact_lock(%s, %s)", [country_id, conflict_id]
                    )
            series = {"country_id": country_id, "conflict_id": conflict_id}
            wanted = {
                change.date: change
                for change in _change_rows(
                    counted_statements().filter(
                        actor_country_id=country_id, conflict_id=conflict_id
                    ),
                    model=StanceChange,
                )
            }
            stale = []
            for change in StanceChange.objects.filter(**series):
                if change.date in wanted and _change_values(change) == _change_values(
                    wanted[change.date]
                ):
                    del wanted[change.date]
                else:
                    stale.append(change.pk)
            if stale:
                StanceChange.objects.filter(pk__in=stale).delete()
            if wanted:
                StanceChange.objects.bulk_create(wanted.values())


def stance_changes_touched(*, keys: Iterable[SeriesKey]) -> None:
    """Refresh the series `keys` now, or at the end of the open stance_changes_batched()."""
    batched = _batched_keys.get()
    if batched is None:
        stance_changes_refresh(keys=keys)
    else:
        batched.update(keys)


@contextmanager
def stance_changes_batched() -> Iterator[None]:
    """Run the block in a transaction that refreshes each series it touches once, at its end.

    For bulk writes: a hundred statements reviewed on one series cost one refresh, and the
    series are locked in one order. Nested batches leave the refresh to the outermost.
    """
    if _batched_keys.get() is not None:
        yield
        return
    keys: set[SeriesKey] = set()
    token = _batched_keys.set(keys)
    try:
        with transaction.atomic():
            yield
            _batched_keys.reset(token)
            token = None
            stance_changes_refresh(keys=keys)
    finally:
        if token is not None:
            _batched_keys.reset(token)


def stance_changes_rebuild(
    *, statement_model: type[Statement] = Statement, change_model: type[StanceChange] = StanceChange
) -> int:
    """Recompute every stance change from the statements; return how many there are.

    For writes that bypass the models (generate_synthetic's COPY) and for repairs. Data
    migrations pass their historical models.
    """
    with transaction.atomic():
        change_model.objects.all().delete()
        rows = _change_rows(counted_statements(model=statement_model), model=change_model)
        count = 0
        while batch := list(itertools.islice(rows, REBUILD_BATCH)):
            change_model.objects.bulk_create(batch)
            count += len(batch)
    return count


def conflicts_load(*, records: Iterable[Mapping]) -> int:
    """Create or update conflicts with their sides; return how many were read."""
    countries = {c.iso3: c for c in Country.objects.all()}
    count = 0
    with transaction.atomic():
        for record in records:
            where = f"conflict {record.get('slug')!r}"
            conflict, _ = Conflict.objects.update_or_create(
                slug=record["slug"],
                defaults={
                    "name": record["name"],
                    "aliases": record.get("aliases", []),
                    "side_a_label": record["side_a"]["label"],
                    "side_b_label": record["side_b"]["label"],
                    "began": parse_date(record.get("began"), where=where),
                    "ended": parse_date(record.get("ended"), where=where),
                    "summary": record.get("summary", ""),
                },
            )
            for side, relation in (
                ("side_a", conflict.side_a_countries),
                ("side_b", conflict.side_b_countries),
            ):
                codes = record[side].get("countries", [])
                unknown = [code for code in codes if code not in countries]
                if unknown:
                    raise ReferenceDataError(f"{where}: unknown countries {unknown} on {side}.")
                relation.set([countries[code] for code in codes])
            count += 1
    return count


class VoteImportError(ValueError):
    """A UN vote file that cannot be imported; the message names the file and the row."""


@dataclass(frozen=True)
class VoteImportResult:
    resolution: Resolution
    created: int
    updated: int


VOTE_REQUIRED_COLUMNS = ("ms_code", "ms_vote", "date", "resolution", "title")
BODY_BY_SYMBOL_PREFIX = (("A/HRC/", Body.HRC), ("S/RES/", Body.UNSC), ("A/RES/", Body.UNGA))


def un_votes_import(*, path: Path, conflict: Conflict | None = None) -> list[VoteImportResult]:
    """Import one UN Digital Library voting export, all or nothing.

    Accepts the whole official export (extra columns are ignored) and the trimmed files under
    stances/fixtures/unga/. Importing the same file again changes nothing.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in VOTE_REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise VoteImportError(f"{path}: missing column(s) {', '.join(missing)}.")
        rows = list(enumerate(reader, start=2))  # row 1 is the header
    if not rows:
        raise VoteImportError(f"{path}: no votes in the file.")
    countries = {c.iso3: c for c in Country.objects.all()}
    by_resolution: dict[str, list[tuple[int, dict]]] = {}
    for row_number, row in rows:
        where = f"{path}, row {row_number}"
        code = (row["ms_code"] or "").strip().upper()
        if code not in countries:
            raise VoteImportError(f"{where}: unknown country code {row['ms_code']!r}.")
        vote = (row["ms_vote"] or "").strip().upper()
        if vote not in VoteChoice.values:
            raise VoteImportError(f"{where}: unknown vote {row['ms_vote']!r} (one of Y, N, A, X).")
        try:
            date.fromisoformat((row["date"] or "").strip())
        except ValueError:
            raise VoteImportError(f"{where}: {row['date']!r} is not a date (YYYY-MM-DD).") from None
        if not (row["resolution"] or "").strip():
            raise VoteImportError(f"{where}: the resolution symbol is empty.")
        by_resolution.setdefault(row["resolution"].strip(), []).append((row_number, row))
    results = []
    with transaction.atomic():
        for symbol, symbol_rows in by_resolution.items():
            results.append(
                _resolution_votes_store(
                    symbol=symbol,
                    rows=symbol_rows,
                    countries=countries,
                    conflict=conflict,
                    path=path,
                )
            )
    return results


def _resolution_votes_store(*, symbol, rows, countries, conflict, path) -> VoteImportResult:
    first = rows[0][1]
    body = next((b for prefix, b in BODY_BY_SYMBOL_PREFIX if symbol.startswith(prefix)), Body.UNGA)
    defaults = {
        "body": body,
        "date": date.fromisoformat(first["date"].strip()),
        "title": first["title"].strip(),
        "session": (first.get("session") or "").strip(),
        "undl_id": (first.get("undl_id") or "").strip(),
    }
    if conflict is not None:
        defaults["conflict"] = conflict
    resolution, _ = Resolution.objects.update_or_create(symbol=symbol, defaults=defaults)
    existing = {v.country_id: v for v in resolution.votes.all()}
    seen: set[int] = set()
    to_create, to_update = [], []
    for row_number, row in rows:
        country = countries[row["ms_code"].strip().upper()]
        if country.pk in seen:
            raise VoteImportError(f"{path}, row {row_number}: a second vote by {country.iso3}.")
        seen.add(country.pk)
        value = row["ms_vote"].strip().upper()
        vote = existing.get(country.pk)
        if vote is None:
            to_create.append(Vote(resolution=resolution, country=country, vote=value))
        elif vote.vote != value:
            vote.vote = value
            to_update.append(vote)
    bulk_create_with_history(to_create, Vote, batch_size=500)
    bulk_update_with_history(to_update, Vote, ["vote"], batch_size=500)
    return VoteImportResult(resolution=resolution, created=len(to_create), updated=len(to_update))
