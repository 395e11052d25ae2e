"""The country page: where one country stands on every conflict, and who speaks for it."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from stances.models import Conflict, Vote
from stances.selectors import stances_of_country, statements_approved, votes_beside_stances

from .models import Country, Term
from .selectors import country_by_code

STATEMENTS_SHOWN = 50
# What a statement in a list shows (stances.templatetags.stance_rows.statement_item): loading
# only these skips the evidence, review and search columns of 50 statements and their
# conflicts' summaries and aliases.
STATEMENT_ITEM_FIELDS = (
    "date",
    "stance",
    "target_side",
    "kind",
    "quote",
    "source_url",
    "source_outlet",
    "actor_country__iso3",
    "actor_country__name",
    "actor_bloc__name",
    "actor_bloc__acronym",
    "conflict__slug",
    "conflict__name",
    "conflict__side_a_label",
    "conflict__side_b_label",
    "speaker__name",
    "speaker_office__title",
)


def country_detail(request, iso3: str):
    country = country_or_404(iso3)
    today = timezone.localdate()
    stances = stances_of_country(country=country, on=today)
    votes = (
        Vote.objects.filter(country=country)
        .select_related("resolution", "resolution__conflict")
        .order_by("-resolution__date", "resolution__symbol")
    )
    beside = votes_beside_stances(votes=votes)
    return render(
        request,
        "actors/country_detail.html",
        {
            "country": country,
            "today": today,
            "conflict_stances": [(c, stances.get(c.pk)) for c in Conflict.objects.all()],
            "memberships": country.bloc_memberships.select_related("bloc").order_by(
                "bloc__name", "joined"
            ),
            "terms": Term.objects.filter(office__country=country)
            .select_related("person", "office")
            .order_by("office__kind", "office__title", "-start"),
            "statements": statements_approved()
            .filter(actor_country=country)
            .only(*STATEMENT_ITEM_FIELDS)
            .order_by("-date", "-id")[:STATEMENTS_SHOWN],
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
