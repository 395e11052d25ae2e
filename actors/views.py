"""The country page: where one country stands on every conflict, and who speaks for it."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from stances.models import Conflict
from stances.selectors import stances_of_country, statements_approved, votes_beside_stances

from .models import Country, Term
from .selectors import country_by_code

STATEMENTS_SHOWN = 50
# What a statement in a list shows (stances.templatetags.stance_rows.statement_item): loading
# only these skips the evidence, review and search columns of 50 statements. The country and
# the conflicts are the page's own, attached in Python rather than joined and built 50 times.
STATEMENT_ITEM_FIELDS = (
    "date",
    "stance",
    "target_side",
    "kind",
    "quote",
    "source_url",
    "source_outlet",
    "actor_country",
    "actor_bloc",
    "conflict",
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
    statements = list(
        statements_approved()
        .select_related(None)
        .select_related("speaker", "speaker_office")
        .filter(actor_country=country)
        .only(*STATEMENT_ITEM_FIELDS)
        .order_by("-date", "-id")[:STATEMENTS_SHOWN]
    )
    for statement in statements:
        statement.actor_country = country
        statement.conflict = conflict_by_id[statement.conflict_id]
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
            .select_related("person", "office")
            .only("start", "end", "person__name", "office__title")
            .order_by("office__kind", "office__title", "-start"),
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
