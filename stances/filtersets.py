"""Filters over statements and votes, shared by the API and the HTML pages."""

from datetime import date

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import DateField, Exists, FloatField, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast, Coalesce

from actors.filtersets import CodeChoiceFilter, country_code_filter
from actors.models import Bloc, Person
from actors.selectors import bloc_memberships_on

from .choices import ReviewStatus, Side, Stance, StatementKind, VoteChoice
from .models import Conflict, Resolution, Statement, Vote

# Undated statements sort after every dated one when the newest come first.
UNDATED = Value(date.min, output_field=DateField())


def statements_search(*, statements: QuerySet[Statement], q: str) -> QuerySet[Statement]:
    """Return the statements whose quote or summary matches `q`, annotated with a `rank`.

    PostgreSQL: full-text search in English (stems, so "negotiation" finds "negotiations"),
    web-search syntax ("quoted phrases", -excluded, or), ranked with the quote weighted above
    the summary. SQLite: a case-insensitive substring match, every rank 0.
    """
    if connections[statements.db].vendor != "postgresql":
        return statements.filter(Q(quote__icontains=q) | Q(summary__icontains=q)).annotate(
            rank=Value(0.0, output_field=FloatField())
        )
    query = SearchQuery(q, search_type="websearch", config="english")
    vector = SearchVector("quote", weight="A", config="english") + SearchVector(
        "summary", weight="B", config="english"
    )
    # ts_rank is a 4-byte real; as a double its value survives the cursor's round trip.
    return (
        statements.annotate(search=vector)
        .filter(search=query)
        .annotate(rank=Cast(SearchRank(vector, query), FloatField()))
    )


class StatementFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if any(o.lstrip("-") == "rank" for o in cleaned.get("ordering") or ()) and not cleaned.get(
            "q"
        ):
            self.add_error("ordering", "Ordering by rank needs a search: give q as well.")
        return cleaned


class StatementFilterSet(django_filters.FilterSet):
    """Statements by actor, speaker, conflict, position, date, review status, source and text.

    The queryset it returns is always ordered: by `ordering` when given, else by relevance
    when searching, else newest first; undated statements come last.
    """

    country = country_code_filter(
        field_name="actor_country", help_text="ISO alpha-3 code of the country, e.g. KHM."
    )
    bloc = CodeChoiceFilter(
        field_name="actor_bloc",
        queryset=Bloc.objects.all(),
        to_field_name="slug",
        method="filter_bloc",
        normalise=str.lower,
        help_text="Slug of a bloc, e.g. asean: the bloc's own statements and those of the "
        "countries that were its members on the day they spoke.",
        error_messages={"invalid_choice": "No bloc has the slug “%(value)s”."},
    )
    speaker = django_filters.ModelChoiceFilter(
        queryset=Person.objects.all(),
        help_text="Id of the person who spoke.",
        error_messages={"invalid_choice": "No person has the id “%(value)s”."},
    )
    conflict = CodeChoiceFilter(
        queryset=Conflict.objects.all(),
        to_field_name="slug",
        normalise=str.lower,
        help_text="Slug of the conflict, e.g. russia-ukraine-war.",
        error_messages={"invalid_choice": "No conflict has the slug “%(value)s”."},
    )
    stance = django_filters.ChoiceFilter(choices=Stance.choices, help_text="The position taken.")
    target_side = django_filters.ChoiceFilter(
        choices=Side.choices, help_text="For condemnations: the side condemned."
    )
    kind = django_filters.ChoiceFilter(
        choices=StatementKind.choices, help_text="How the position is known."
    )
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="Made on or after this day (YYYY-MM-DD)."
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="Made on or before this day (YYYY-MM-DD)."
    )
    status = django_filters.ChoiceFilter(
        choices=ReviewStatus.choices,
        help_text="Review status. Anonymous readers only ever see approved statements.",
    )
    outlet = django_filters.CharFilter(
        field_name="source_outlet", lookup_expr="iexact", help_text="Source outlet, any case."
    )
    q = django_filters.CharFilter(
        method="filter_q",
        help_text="Words to find in the quote or the summary; on PostgreSQL a full-text search "
        'with "phrases", -exclusions and or, ranked by relevance.',
    )
    ordering = django_filters.OrderingFilter(
        fields={"sort_date": "date", "created_at": "created_at", "rank": "rank"},
        help_text="date, created_at or rank (with q), descending with a leading minus.",
    )

    class Meta:
        model = Statement
        fields: list[str] = []
        form = StatementFilterForm

    def filter_queryset(self, queryset):
        statements = super().filter_queryset(queryset.annotate(sort_date=Coalesce("date", UNDATED)))
        if not statements.query.order_by:
            statements = statements.order_by("-sort_date", "-id")
        return statements

    def filter_bloc(self, statements, name, bloc):
        members_that_day = bloc_memberships_on(bloc=bloc, on=OuterRef("date")).filter(
            country=OuterRef("actor_country")
        )
        return statements.filter(Q(actor_bloc=bloc) | Exists(members_that_day))

    def filter_q(self, statements, name, q):
        return statements_search(statements=statements, q=q).order_by("-rank", "-sort_date", "-id")


class VoteFilterSet(django_filters.FilterSet):
    resolution = CodeChoiceFilter(
        queryset=Resolution.objects.all(),
        to_field_name="symbol",
        help_text="Symbol of the resolution, e.g. A/RES/ES-11/1.",
        error_messages={"invalid_choice": "No resolution has the symbol “%(value)s”."},
    )
    country = country_code_filter(
        field_name="country", help_text="ISO alpha-3 code of the voting country."
    )
    vote = django_filters.ChoiceFilter(
        choices=VoteChoice.choices, help_text="Y yes, N no, A abstain, X non-voting."
    )
    conflict = CodeChoiceFilter(
        field_name="resolution__conflict",
        queryset=Conflict.objects.all(),
        to_field_name="slug",
        normalise=str.lower,
        help_text="Slug of the conflict the resolution is about.",
        error_messages={"invalid_choice": "No conflict has the slug “%(value)s”."},
    )

    class Meta:
        model = Vote
        fields = ["resolution", "country", "vote", "conflict"]
