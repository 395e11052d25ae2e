"""Analyst pages about conflicts, statements and comparisons: thin views over the selectors."""

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from actors.models import Country
from actors.selectors import bloc_members_on
from actors.views import country_or_404

from .choices import ReviewStatus, VoteChoice
from .filtersets import StatementFilterSet
from .forms import CompareForm, ConflictMapForm
from .models import Conflict, Statement
from .selectors import (
    STANCE_PRECEDENCE,
    CountryStance,
    CurrentStance,
    stance_changes,
    stance_timeline,
    stances_as_of,
    stances_of_country,
    stances_on_conflict,
    statements_approved,
    votes_beside_stances,
)

RECENT = 10
SEARCH_LIMIT = 100
# The filters the page offers; the others (speaker, status, ordering) still work in the URL.
SEARCH_FIELDS = [
    "q",
    "country",
    "conflict",
    "bloc",
    "stance",
    "kind",
    "date_from",
    "date_to",
    "outlet",
]
VOTE_ORDER = list(VoteChoice.values)
STANCE_ORDER = [*STANCE_PRECEDENCE, None]


class CountryListed(NamedTuple):
    """What the conflict page's table and map show of a country, from its row of stances."""

    pk: int
    iso3: str
    numeric: str
    name: str
    region: str


class CountryRow(NamedTuple):
    """A country on the conflict page: its stance as of the date, and whether filters keep it.

    The page lists all 250 countries: as named tuples they cost a fraction of model instances
    and frozen dataclasses.
    """

    country: CountryListed
    current: CountryStance | None
    shown: bool


def home(request):
    # Queries: conflicts, latest statements, latest changes.
    conflicts = list(Conflict.objects.all())
    return render(
        request,
        "stances/home.html",
        {
            "conflicts": conflicts,
            "latest_statements": statements_approved().order_by("-reviewed_at", "-id")[:RECENT],
            "latest_changes": stance_changes(conflicts=conflicts, limit=RECENT),
        },
    )


def conflict_detail(request, slug: str):
    # Queries: the conflict, the stances with every country, bloc choices (rendering), recent
    # changes, votes with what was said by then; with a bloc, its validation and its members.
    conflict = get_object_or_404(Conflict, slug=slug)
    today = timezone.localdate()
    # The form offers the regions that the stances query reads with the countries, before
    # the form can say which day to show: read them as of the day asked, and read again in
    # the rare case that the form refuses another filter beside a valid day.
    asked = ConflictMapForm.day_asked(request.GET) or today
    stances = stances_on_conflict(conflict_id=conflict.pk, on=asked)
    form = ConflictMapForm(
        request.GET or None, regions=sorted({s.country_region for s in stances} - {""})
    )
    filters = form.cleaned_data if form.is_valid() else {}
    as_of = filters.get("as_of") or today
    if as_of != asked:
        stances = stances_on_conflict(conflict_id=conflict.pk, on=as_of)
    region, bloc = filters.get("region"), filters.get("bloc")
    members = (
        set(bloc_members_on(bloc=bloc, on=as_of).values_list("pk", flat=True)) if bloc else None
    )

    rows = [
        CountryRow(
            country=CountryListed(
                s.country_id, s.country, s.country_numeric, s.country_name, s.country_region
            ),
            current=s if s.recorded else None,
            shown=(not region or s.country_region == region)
            and (members is None or s.country_id in members),
        )
        # By region, then by name as the stances come (a stable sort).
        for s in sorted(stances, key=attrgetter("country_region"))
    ]
    beside = sorted(
        votes_beside_stances(conflicts=[conflict], on=as_of),
        key=lambda b: (
            -b.date.toordinal(),
            b.symbol,
            VOTE_ORDER.index(b.vote),
            STANCE_ORDER.index(b.said.stance if b.said else None),
            b.country_name,
        ),
    )
    return render(
        request,
        "stances/conflict_detail.html",
        {
            "conflict": conflict,
            "form": form,
            "as_of": as_of,
            "filtered": bool(region or bloc),
            "regions": [
                (region, list(of_region))
                for region, of_region in groupby(rows, key=lambda row: row.country.region)
            ],
            "map_regions": _map_regions(rows),
            "recorded": sum(1 for r in rows if r.current and r.shown),
            "recent_changes": stance_changes(conflicts=[conflict], on=as_of, limit=RECENT),
            "votes_beside": beside,
        },
    )


def _map_regions(rows: list[CountryRow]) -> dict[str, CountryRow]:
    """Key each row by what the world atlas knows a country by: its numeric code, or its name."""
    keyed = {}
    for row in rows:
        keyed[row.country.name] = row
        if row.country.numeric:
            keyed[row.country.numeric] = row
    return keyed


def country_conflict(request, iso3: str, slug: str):
    country = country_or_404(iso3)
    conflict = get_object_or_404(Conflict, slug=slug)
    entries = stance_timeline(country=country, conflict=conflict)
    return render(
        request,
        "stances/country_conflict.html",
        {
            "country": country,
            "conflict": conflict,
            "entries": entries,
            "changes": [e for e in entries if e.changes_stance],
            "today": timezone.localdate(),
        },
    )


def statement_detail(request, pk: int):
    statement = get_object_or_404(
        Statement.objects.select_related(
            "actor_country",
            "actor_bloc",
            "conflict",
            "speaker",
            "speaker_office",
            "article",
            "reviewed_by",
        ),
        pk=pk,
    )
    # Only approved statements are public; editors see the others to review them.
    if statement.status != ReviewStatus.APPROVED and not request.user.is_staff:
        raise Http404("No such statement.")
    return render(
        request,
        "stances/statement_detail.html",
        {
            "statement": statement,
            "evidence": _evidence_in_article(statement),
            "history": statement.history.select_related("history_user").order_by("-history_date"),
        },
    )


def _evidence_in_article(statement: Statement) -> tuple[str, str, str] | None:
    """Split the article's text around the evidence, or None when there is nothing to show."""
    article, start, end = statement.article, statement.evidence_start, statement.evidence_end
    if article is None or start is None or end is None or end > len(article.text):
        return None
    return article.text[:start], article.text[start:end], article.text[end:]


def search(request):
    # The API's filters, over approved statements only: the page is public.
    filterset = StatementFilterSet(request.GET, queryset=statements_approved())
    searched = any(request.GET.get(name) for name in SEARCH_FIELDS)
    results = filterset.qs[:SEARCH_LIMIT] if searched and filterset.is_valid() else []
    return render(
        request,
        "stances/search.html",
        {
            "filterset": filterset,
            "fields": [filterset.form[name] for name in SEARCH_FIELDS],
            "query": request.GET.get("q", ""),
            "searched": searched,
            "results": results,
        },
    )


def compare(request):
    form = CompareForm(request.GET or None)
    context = {"form": form, "columns": []}
    if form.is_valid():
        data = form.cleaned_data
        as_of = data.get("as_of") or timezone.localdate()
        columns = (
            _compare_countries(conflict=data["conflict"], codes=data["countries"], on=as_of)
            if data.get("conflict")
            else _compare_conflicts(country=data["country"], slugs=data["conflicts"], on=as_of)
        )
        context.update(columns=columns, as_of=as_of)
    return render(request, "stances/compare.html", context)


@dataclass(frozen=True)
class CompareColumn:
    """One country on one conflict, side by side with the others being compared."""

    country: Country
    conflict: Conflict
    current: CurrentStance | None
    votes: list


def _compare_countries(*, conflict: Conflict, codes: list[str], on: date) -> list[CompareColumn]:
    # Queries: countries, stances, votes with what was said by then.
    by_code = {c.iso3: c for c in Country.objects.filter(iso3__in=codes)}
    countries = [by_code[code] for code in codes if code in by_code]
    stances = stances_as_of(conflict=conflict, on=on)
    beside = votes_beside_stances(conflicts=[conflict], countries=countries, on=on)
    return [
        CompareColumn(
            country=c,
            conflict=conflict,
            current=stances.get(c.pk),
            votes=[b for b in beside if b.country_id == c.pk],
        )
        for c in countries
    ]


def _compare_conflicts(*, country: Country, slugs: list[str], on: date) -> list[CompareColumn]:
    # Queries: conflicts, stances, votes with what was said by then.
    by_slug = {c.slug: c for c in Conflict.objects.filter(slug__in=slugs)}
    conflicts = [by_slug[slug] for slug in slugs if slug in by_slug]
    stances = stances_of_country(country=country, on=on)
    beside = votes_beside_stances(conflicts=conflicts, countries=[country], on=on)
    return [
        CompareColumn(
            country=country,
            conflict=c,
            current=stances.get(c.pk),
            votes=[b for b in beside if b.conflict == c],
        )
        for c in conflicts
    ]
