"""The country page: where one country stands on every conflict, and who speaks for it."""

from django.db.models import F
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from stances.models import Conflict
from stances.selectors import (
    ListedStatement,
    stances_of_country,
    statements_approved,
    votes_beside_stances,
)

from .models import Country, Term
from .selectors import country_by_code

STATEMENTS_SHOWN = 50
# What a statement in a list shows (stances.templatetags.stance_rows.statement_item), read as
# ListedStatement rows; the country and the conflicts are the page's own, attached in Python.
STATEMENT_ITEM_COLUMNS = (
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


def country_detail(request, iso3: str):
    country = country_or_404(iso3)
    today = timezone.localdate()
    stances = stances_of_country(country=country, on=today)
    conflicts = list(Conflict.objects.all())
    beside = votes_beside_stances(conflicts=conflicts, countries=[country], unassigned=True)
    conflict_by_id = {c.pk: c for c in conflicts}
    rows = (
        statements_approved()
        .filter(actor_country=country)
        .order_by("-date", "-id")
        .values_list(*STATEMENT_ITEM_COLUMNS, "conflict_id")[:STATEMENTS_SHOWN]
    )
    statements = [
        ListedStatement(
            *row[:-1], actor_country=country, actor_bloc=None, conflict=conflict_by_id[row[-1]]
        )
        for row in rows
    ]
    return render(
        request,
        "actors/country_detail.html",
        {
            "country": country,
            "today": today,
            "conflict_stances": [(c, stances.get(c.pk)) for c in conflicts],
            "memberships": country.bloc_memberships.select_related("bloc").order_by(
                "bloc__name", "joined"
            ),
            "terms": Term.objects.filter(office__country=country)
            .order_by("office__kind", "office__title", "-start")
            .values("start", "end", office_title=F("office__title"), holder=F("person__name")),
            "statements": statements,
            "votes_beside": beside,
            "differences": [b for b in beside if b.differs],
        },
    )


def country_or_404(code: str) -> Country:
    """Return the country with ISO alpha-3 (or alpha-2) `code`, or raise Http404."""
    try:
        return country_by_code(code=code)
    except Country.DoesNotExist as missing:
        raise Http404("No such country.") from missing
