"""Reads about conflicts, statements and votes, and the current-stance rule they share.

The current-stance rule (documented in docs/current-stance.md):

1. Only approved statements of a country count, and only those that carry a position of that
   country: kinds statement, reported speech, vote and action; never commentary. Undated
   statements do not count.
2. As of a date D, the statements that count are those dated on or before D. For a statement of
   month or year precision the date is the first day of its period.
3. The country's current stance is decided by its latest day with counted statements.
4. When that day holds several stances, the strongest wins, in this order: supports side A,
   supports side B, condemns, neutral, abstains, calls for negotiation, other. Calls for
   negotiation rank below neutral because they accompany most declarations of neutrality.
   Among condemnations the target side breaks the tie: b, then a, then neither.
5. The statements that decide it are every counted statement of that day with the winning stance
   and target, shown with the stance.
6. Before a country's first counted statement its stance is "no recorded stance" (None).
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from django.db import connection
from django.db.models import OuterRef, Q, QuerySet, Subquery

from actors.models import Country, Office, Person

from .choices import Body, ReviewStatus, Stance, StatementKind, VoteChoice
from .links import page_url
from .models import Conflict, Resolution, StanceChange, StanceValue, Statement, Vote

STANCE_PRECEDENCE = (
    Stance.SUPPORTS_SIDE_A,
    Stance.SUPPORTS_SIDE_B,
    Stance.CONDEMNS,
    Stance.NEUTRAL,
    Stance.ABSTAINS,
    Stance.CALLS_FOR_NEGOTIATION,
    Stance.OTHER,
)
TARGET_PRECEDENCE = ("b", "a", "")
COUNTED_KINDS = (
    StatementKind.STATEMENT,
    StatementKind.REPORTED_SPEECH,
    StatementKind.VOTE,
    StatementKind.ACTION,
)


class DecidingStatement(NamedTuple):
    """What the stance lists and pages show of a statement that decides a current stance.

    A conflict's stances carry hundreds of these; read as plain rows they cost a fraction of
    model instances with their speaker and office, and as a named tuple a fraction of a
    frozen dataclass (whose every field is set through object.__setattr__). `speaker` and
    `speaker_office` are the names those objects would print; `speaker_office` is None too
    where the office was not asked for (latest_days_on_conflict(offices=False)).
    """

    pk: int
    date: date | None
    stance: str
    target_side: str
    kind: str
    quote: str
    source_url: str
    source_outlet: str
    speaker: str | None
    speaker_office: str | None = None

    def get_absolute_url(self) -> str:
        return page_url("pages:statement", self.pk)


class ListedStatement(NamedTuple):
    """What a list of statements shows of one (stances.templatetags.stance_rows.statement_item).

    A plain row for the country page's fifty: model instances with their speaker and office
    cost more than the rest of that page's statements. `speaker` and `speaker_office` are
    the names those objects would print; the country, bloc and conflict are the caller's.
    """

    pk: int
    date: date | None
    stance: str
    target_side: str
    kind: str
    quote: str
    source_url: str
    source_outlet: str
    speaker: str | None
    speaker_office: str | None
    actor_country: Country | None
    actor_bloc: object | None
    conflict: Conflict

    source_link = Statement.source_link


DECIDING_COLUMNS = (
    "pk",
    "date",
    "stance",
    "target_side",
    "kind",
    "quote",
    "source_url",
    "source_outlet",
    "speaker__name",
    "speaker_office__title",
)


@dataclass(frozen=True)
class CurrentStance:
    """A country's stance on a conflict as of a date, with the statements that decide it."""

    country_id: int
    stance: str | None
    target_side: str
    date: date | None
    deciding: list[Statement | DecidingStatement] = field(default_factory=list)

    @property
    def recorded(self) -> bool:
        return self.stance is not None


def _counted(prefix: str = "", *, conflict: Conflict | None = None, on: date | None = None) -> Q:
    """Return rules 1 and 2 as conditions on the statements reached through `prefix`."""
    conditions = {
        "status": ReviewStatus.APPROVED,
        "actor_country__isnull": False,
        "date__isnull": False,
        "kind__in": COUNTED_KINDS,
    }
    if conflict is not None:
        conditions["conflict"] = conflict
    if on is not None:
        conditions["date__lte"] = on
    return Q(**{f"{prefix}{name}": value for name, value in conditions.items()})


def counts(*, status: str, actor_country_id: int | None, date: date | None, kind: str) -> bool:
    """Return rule 1 for one statement's values, as _counted states it for the database."""
    return (
        status == ReviewStatus.APPROVED
        and actor_country_id is not None
        and date is not None
        and kind in COUNTED_KINDS
    )


def counted_statements(
    *, conflict: Conflict | None = None, on: date | None = None, model: type[Statement] = Statement
) -> QuerySet[Statement]:
    """Return the approved country statements (on `conflict`, or on any) that count for the rule.

    `model` is for data migrations, which pass their historical Statement.
    """
    return model.objects.filter(_counted(conflict=conflict, on=on))


def _strength(statement: Statement) -> tuple[int, int]:
    return (
        STANCE_PRECEDENCE.index(statement.stance),
        TARGET_PRECEDENCE.index(statement.target_side),
    )


def strongest_of_day(latest_day: list) -> list:
    """Apply rules 4 and 5: the statements of one day with its strongest stance (and target).

    `latest_day` holds statements or DecidingStatements of one country's latest counted day;
    the result is ordered by id (a new list).
    """
    if len(latest_day) < 2:  # most days: nothing to rank
        return list(latest_day)
    strengths = [_strength(s) for s in latest_day]
    strongest = min(strengths)
    return sorted(
        (s for s, strength in zip(latest_day, strengths, strict=True) if strength == strongest),
        key=lambda s: s.pk,
    )


def decide_stance(
    *, country_id: int, latest_day: list[Statement] | list[DecidingStatement]
) -> CurrentStance:
    """Apply rules 4 and 5 to one country's statements of its latest counted day."""
    if not latest_day:
        return CurrentStance(country_id=country_id, stance=None, target_side="", date=None)
    deciding = strongest_of_day(latest_day)
    strongest = deciding[0]
    return CurrentStance(
        country_id=country_id,
        stance=strongest.stance,
        target_side=strongest.target_side,
        date=strongest.date,
        deciding=deciding,
    )


class CountryStance(NamedTuple):
    """A country's current stance on a conflict as the stance lists show it.

    `deciding` holds the statements that decide it (rules 4 and 5 applied, by id); empty, the
    country has no recorded stance. A named tuple: a conflict lists one for every country.
    """

    country_id: int
    country: str  # ISO alpha-3
    country_name: str
    conflict: str  # the slug
    # What the conflict page draws and groups the country by, read in the same row.
    country_numeric: str
    country_region: str
    deciding: list[DecidingStatement]

    @property
    def recorded(self) -> bool:
        return bool(self.deciding)

    @property
    def stance(self) -> str | None:
        return self.deciding[0].stance if self.deciding else None

    @property
    def target_side(self) -> str:
        return self.deciding[0].target_side if self.deciding else ""

    @property
    def date(self) -> date | None:
        return self.deciding[0].date if self.deciding else None


def _latest_days_sql(*, conflict_by: str, offices: bool) -> str:
    """Return rules 1 to 3 for every country on one conflict as one statement.

    Driven from the countries, so that each country's latest counted day is one index probe
    (stmt_approved_conflict_idx, backwards) and its statements of that day a second; a
    country with none comes as one row of nulls. The conflict is joined rather than looked up
    first, and the speaker's office only when asked for: every join and query costs more to
    plan than this costs to run (docs/performance.md). Written by hand because the ORM takes
    longer to build it than PostgreSQL takes to answer it; the columns are those of
    CountryStance and DecidingStatement, in order.
    """
    statement, person = Statement._meta.db_table, Person._meta.db_table
    kinds = ", ".join(["%s"] * len(COUNTED_KINDS))
    office_column, office_join = (
        ("o.title", f"LEFT JOIN {Office._meta.db_table} o ON o.id = s.speaker_office_id")
        if offices
        else ("NULL", "")
    )
    return f"""
        SELECT c.id, c.iso3, c.name, k.slug, c.numeric, c.region,
               s.id, s.date, s.stance, s.target_side, s.kind, s.quote, s.source_url,
               s.source_outlet, p.name, {office_column}
        FROM {Conflict._meta.db_table} k
        CROSS JOIN {Country._meta.db_table} c
        LEFT JOIN {statement} s
          ON s.conflict_id = k.id AND s.actor_country_id = c.id
          AND s.status = %s AND s.kind IN ({kinds})
          AND s.date = (
            SELECT max(t.date) FROM {statement} t
            WHERE t.conflict_id = k.id AND t.actor_country_id = c.id
              AND t.status = %s AND t.kind IN ({kinds}) AND t.date <= %s
          )
        LEFT JOIN {person} p ON p.id = s.speaker_id
        {office_join}
        WHERE k.{conflict_by} = %s
        ORDER BY c.name, s.id"""


_LATEST_DAYS_SQL = {
    (conflict_by, offices): _latest_days_sql(conflict_by=conflict_by, offices=offices)
    for conflict_by in ("id", "slug")
    for offices in (True, False)
}
# Rule 1's values, as _counted states them, for each of the two statement tables above.
_COUNTED_PARAMS = (str(ReviewStatus.APPROVED), *(str(kind) for kind in COUNTED_KINDS))


def stances_on_conflict(
    *, on: date, slug: str | None = None, conflict_id: int | None = None, offices: bool = True
) -> list[CountryStance]:
    """Return every country's current stance on one conflict as of `on`, countries by name.

    The conflict is given by its slug or its id; an empty list when no conflict has it (or
    no country exists). One query. `offices=False` leaves the deciding statements'
    `speaker_office` None, for lists that do not show it.
    """
    by_slug = slug is not None
    with connection.cursor() as cursor:
        cursor.execute(
            _LATEST_DAYS_SQL[("slug" if by_slug else "id", offices)],
            [
                *_COUNTED_PARAMS,
                *_COUNTED_PARAMS,
                connection.ops.adapt_datefield_value(on),
                slug if by_slug else conflict_id,
            ],
        )
        rows = cursor.fetchall()
    days: list[tuple[tuple, list[DecidingStatement]]] = []
    country_id = None
    for row in rows:  # ordered by country, then statement
        if row[0] != country_id:
            country_id, day = row[0], []
            days.append((row[:6], day))
        if row[6] is not None:
            day.append(DecidingStatement._make(row[6:]))
    return [CountryStance(*country, strongest_of_day(day)) for country, day in days]


def stances_as_of(*, conflict: Conflict, on: date) -> dict[int, CurrentStance]:
    """Return every country's current stance on `conflict` as of `on`, keyed by country id.

    Countries with no counted statement are absent: callers show them as "no recorded stance".
    One query, whatever the number of countries (stances_on_conflict's).
    """
    return {
        country.country_id: CurrentStance(
            country_id=country.country_id,
            stance=country.stance,
            target_side=country.target_side,
            date=country.date,
            deciding=country.deciding,
        )
        for country in stances_on_conflict(conflict_id=conflict.pk, on=on)
        if country.deciding
    }


def stances_of_country(*, country: Country, on: date) -> dict[int, CurrentStance]:
    """Return one country's current stance on every conflict as of `on`, keyed by conflict id.

    Conflicts it has said nothing counted on are absent. One query, whatever the number of
    conflicts.
    """
    latest_date = (
        counted_statements(conflict=OuterRef("pk"), on=on)
        .filter(actor_country=country)
        .order_by("-date")
        .values("date")[:1]
    )
    # Driven from the conflicts, for the reason stances_as_of is driven from the countries.
    deciding = Conflict.objects.filter(
        _counted("statements__", on=on),
        statements__actor_country=country,
        statements__date=Subquery(latest_date),
    ).values("statements")
    latest = Statement.objects.filter(pk__in=deciding).order_by("conflict_id", "id")
    return {
        conflict_id: decide_stance(country_id=country.pk, latest_day=day)
        for conflict_id, day in _deciding_by(latest, "conflict_id")
    }


def _deciding_by(
    statements: QuerySet, column: str
) -> Iterator[tuple[int, list[DecidingStatement]]]:
    """Group `statements` (ordered by `column`) by `column`, each read as a DecidingStatement."""
    rows = statements.values_list(column, *DECIDING_COLUMNS)
    for key, group in groupby(rows, key=itemgetter(0)):
        yield key, [DecidingStatement(*row[1:]) for row in group]


def stance_of(*, country: Country, conflict: Conflict, on: date) -> CurrentStance:
    """Return one country's current stance on one conflict as of `on`."""
    counted = counted_statements(conflict=conflict, on=on).filter(actor_country=country)
    latest_date = counted.order_by("-date").values_list("date", flat=True).first()
    latest_day = list(
        counted.filter(date=latest_date).select_related("speaker", "speaker_office")
        if latest_date
        else []
    )
    return decide_stance(country_id=country.pk, latest_day=latest_day)


# A vote of yes or no takes a side, an abstention does not; words are compared the same way.
WORDS_STAYING_OUT = (Stance.NEUTRAL, Stance.ABSTAINS, Stance.CALLS_FOR_NEGOTIATION)
WORDS_TAKING_SIDES = (Stance.SUPPORTS_SIDE_A, Stance.SUPPORTS_SIDE_B, Stance.CONDEMNS)


# Labels without the per-call walk over the choices that get_FOO_display() makes.
VOTE_LABELS = dict(VoteChoice.choices)
BODY_LABELS = dict(Body.choices)


class SaidStance(NamedTuple):
    """What a country had said on a conflict by a day: its latest change of stance by then."""

    stance: str
    target_side: str
    date: date


class VoteBeside(NamedTuple):
    """A country's vote beside what it had said on the resolution's conflict by that day.

    A plain row rather than a Vote with its resolution and country: a conflict's page shows
    some 200 votes, and building those three objects a vote took a third of its time.
    `conflict` is the caller's Conflict (None for a resolution on no conflict); `said` is None
    where the country had said nothing counted on it by then.
    """

    symbol: str
    title: str
    date: date
    body: str
    conflict: Conflict | None
    country_id: int
    iso3: str
    country_name: str
    vote: str
    said: SaidStance | None

    @property
    def vote_label(self) -> str:
        return VOTE_LABELS[self.vote]

    @property
    def body_label(self) -> str:
        return BODY_LABELS[self.body]

    @property
    def differs(self) -> bool:
        """Whether the vote takes a side the words stayed out of, or the reverse.

        Cambodia declared non-alignment on 2 March 2022 and voted yes on A/RES/ES-11/1 that
        day: that differs. "Other" words and non-voting say too little to compare.
        """
        if self.said is None:
            return False
        if self.vote in (VoteChoice.YES, VoteChoice.NO):
            return self.said.stance in WORDS_STAYING_OUT
        if self.vote == VoteChoice.ABSTAIN:
            return self.said.stance in WORDS_TAKING_SIDES
        return False


def _votes_sql(*, where: str) -> str:
    """Return the votes matching `where`, each with what its country had said, as one statement.

    What had been said is the country's latest change of stance on the resolution's conflict
    on or before the resolution's date: each of its three columns one index-only probe
    (stance_change_said_idx, backwards; on SQLite stance_change_unique_day). Scalar
    subqueries rather than a join, which PostgreSQL answers by hashing every change of the
    conflict (three times slower for a resolution's 193 votes). Written by hand because the
    ORM took longer to build the same statement than PostgreSQL takes to answer it; the
    columns are those of VoteBeside, in order, the said stance's last.
    """
    vote, resolution = Vote._meta.db_table, Resolution._meta.db_table
    country, change = Country._meta.db_table, StanceChange._meta.db_table
    said = ", ".join(
        f"""(SELECT u.{column} FROM {change} u
              WHERE u.country_id = v.country_id AND u.conflict_id = r.conflict_id
                AND u.date <= r.date
              ORDER BY u.date DESC LIMIT 1)"""
        for column in ("stance", "target_side", "date")
    )
    return f"""
        SELECT r.symbol, r.title, r.date, r.body, r.conflict_id, v.country_id, c.iso3, c.name,
               v.vote, {said}
        FROM {vote} v
        JOIN {resolution} r ON r.id = v.resolution_id
        JOIN {country} c ON c.id = v.country_id
        WHERE {where}
        ORDER BY r.date DESC, r.symbol, c.name"""


def _placeholders(count: int) -> str:
    return ", ".join(["%s"] * count)


def votes_beside_stances(
    *,
    conflicts: Iterable[Conflict],
    countries: Iterable[Country] | None = None,
    on: date | None = None,
    unassigned: bool = False,
) -> list[VoteBeside]:
    """Return the votes on resolutions about `conflicts`, each beside what its country had said.

    With `unassigned`, votes on resolutions about no conflict too; only those of `countries`
    when given; only resolutions dated on or before `on` when given. Newest resolution first,
    then by symbol and country name. One query. What was said is the country's stance on the
    resolution's conflict on the vote's day, read from the maintained table of changes; the
    conflicts are attached to the rows as they are passed.
    """
    conflict_by_id = {c.pk: c for c in conflicts}
    ids = list(conflict_by_id)
    about = [f"r.conflict_id IN ({_placeholders(len(ids))})"] if ids else []
    if unassigned:
        about.append("r.conflict_id IS NULL")
    if not about:
        return []
    conditions, params = [f"({' OR '.join(about)})"], ids
    if countries is not None:
        country_ids = [c.pk for c in countries]
        if not country_ids:
            return []
        conditions.append(f"v.country_id IN ({_placeholders(len(country_ids))})")
        params += country_ids
    if on is not None:
        conditions.append("r.date <= %s")
        params.append(connection.ops.adapt_datefield_value(on))
    with connection.cursor() as cursor:
        cursor.execute(_votes_sql(where=" AND ".join(conditions)), params)
        rows = cursor.fetchall()
    return [
        VoteBeside(
            *row[:4],
            conflict_by_id.get(row[4]),
            *row[5:9],
            SaidStance(*row[9:]) if row[9] is not None else None,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class TimelineEntry:
    """One dated statement or vote on a country's timeline, with the stance after that day."""

    date: date
    statement: Statement | None
    vote: VoteBeside | None
    stance_after: str | None
    changes_stance: bool


def stance_days(
    statements: Iterable[Statement], *, country_id: int
) -> Iterator[tuple[date, list[Statement], CurrentStance, bool]]:
    """Walk one country's counted statements on one conflict day by day, oldest first.

    Yield each day, its statements, the stance the rule decides after it and whether that
    stance differs from the one before. The statements may be any objects with the `pk`,
    `date`, `stance` and `target_side` of a statement, ordered by date and id. This is the one
    place the rule is applied day by day: the timeline walks it, and the stance changes table
    stores what it yields (stances.services.stance_changes_refresh).
    """
    previous: tuple[str | None, str] = (None, "")
    for day, group in groupby(statements, key=lambda s: s.date):
        day_statements = list(group)
        decided = decide_stance(country_id=country_id, latest_day=day_statements)
        current = (decided.stance, decided.target_side)
        yield day, day_statements, decided, current != previous
        previous = current


def stance_series_changes(
    statements: Iterable[Statement], *, country_id: int
) -> Iterator[tuple[CurrentStance, CurrentStance]]:
    """Yield (before, after) for each day that `statements` change the stance (see stance_days)."""
    before = decide_stance(country_id=country_id, latest_day=[])
    for _day, _statements, decided, changed in stance_days(statements, country_id=country_id):
        if changed:
            yield before, decided
        before = decided


def stance_timeline(*, country: Country, conflict: Conflict) -> list[TimelineEntry]:
    """Return a country's counted statements and its votes on `conflict`, oldest first.

    Each day's statements are marked `changes_stance` when the rule's stance after that day
    differs from the stance before it; votes are shown alongside and never change the stance.
    Two queries.
    """
    statements = (
        counted_statements(conflict=conflict)
        .filter(actor_country=country)
        .select_related("speaker", "speaker_office")
        .order_by("date", "id")
    )
    entries: list[TimelineEntry] = []
    for day, day_statements, decided, changed in stance_days(statements, country_id=country.pk):
        for statement in day_statements:
            entries.append(
                TimelineEntry(
                    date=day,
                    statement=statement,
                    vote=None,
                    stance_after=decided.stance,
                    changes_stance=changed and statement in decided.deciding,
                )
            )
    for beside in votes_beside_stances(conflicts=[conflict], countries=[country]):
        entries.append(
            TimelineEntry(
                date=beside.date,
                statement=None,
                vote=beside,
                stance_after=beside.said.stance if beside.said else None,
                changes_stance=False,
            )
        )
    entries.sort(key=lambda e: (e.date, e.vote is not None))
    return entries


class ChangeOfStance(NamedTuple):
    """A change of stance as the lists of changes show it, read as a plain row.

    `conflict` is the caller's Conflict; `quote` is that of the statement that made the
    change (the first of the day's deciding statements).
    """

    date: date
    iso3: str
    country_name: str
    conflict: Conflict
    before: StanceValue
    after: StanceValue
    statement_pk: int
    quote: str


def _stance_changes_sql(*, conflicts: int, dated: bool) -> str:
    """Return the latest changes of stance on `conflicts` conflicts (up to a date when `dated`).

    Newest first, by the index on the conflict (or on the date over many conflicts), with
    the country and the deciding statement's quote joined. Written by hand: the ORM took
    three times as long to build it as PostgreSQL takes to plan and answer it. The columns
    are those of ChangeOfStance, the conflict's id for the conflict, the stances unpaired.
    """
    change, country = StanceChange._meta.db_table, Country._meta.db_table
    up_to = "AND sc.date <= %s" if dated else ""
    return f"""
        SELECT sc.date, c.iso3, c.name, sc.conflict_id, sc.stance_before,
               sc.target_side_before, sc.stance, sc.target_side, sc.statement_id, s.quote
        FROM {change} sc
        JOIN {country} c ON c.id = sc.country_id
        JOIN {Statement._meta.db_table} s ON s.id = sc.statement_id
        WHERE sc.conflict_id IN ({_placeholders(conflicts)}) {up_to}
        ORDER BY sc.date DESC, sc.statement_id DESC
        LIMIT %s"""


def stance_changes(
    *, conflicts: Iterable[Conflict], limit: int, on: date | None = None
) -> list[ChangeOfStance]:
    """Return the latest `limit` changes of stance on `conflicts` up to `on`, newest first.

    Reads the maintained table, with the country and the statement's quote, in one query.
    """
    conflict_by_id = {c.pk: c for c in conflicts}
    if not conflict_by_id:
        return []
    params = [*conflict_by_id]
    if on is not None:
        params.append(connection.ops.adapt_datefield_value(on))
    with connection.cursor() as cursor:
        cursor.execute(
            _stance_changes_sql(conflicts=len(conflict_by_id), dated=on is not None),
            [*params, limit],
        )
        rows = cursor.fetchall()
    return [
        ChangeOfStance(
            day,
            iso3,
            name,
            conflict_by_id[conflict_id],
            StanceValue(stance_before or None, target_side_before),
            StanceValue(stance, target_side),
            statement_pk,
            quote,
        )
        for (
            day,
            iso3,
            name,
            conflict_id,
            stance_before,
            target_side_before,
            stance,
            target_side,
            statement_pk,
            quote,
        ) in rows
    ]


def statements_approved() -> QuerySet[Statement]:
    """Return approved statements, with what every list shows about them in the same query."""
    return Statement.objects.filter(status=ReviewStatus.APPROVED).select_related(
        "actor_country", "actor_bloc", "conflict", "speaker", "speaker_office"
    )


def reads_every_status(user) -> bool:
    """Whether `user` reads statements of every review status, as editors and staff do; others
    read approved statements only. statements_visible_to depends on nothing else of `user`."""
    return user.is_staff or user.has_perm("stances.change_statement")


def statements_visible_to(
    *, user, statements: QuerySet[Statement] | None = None
) -> QuerySet[Statement]:
    """Return the statements `user` may read: all for editors and staff, approved for others.

    Of `statements` when given (a copy of it), else of all.
    """
    statements = Statement.objects.all() if statements is None else statements.all()
    if not reads_every_status(user):
        statements = statements.filter(status=ReviewStatus.APPROVED)
    return statements
