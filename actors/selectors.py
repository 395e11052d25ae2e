"""Reads about countries, blocs, people and the offices they held."""

from datetime import date

from django.db.models import Q, QuerySet
from django.db.models.expressions import Combinable

from .choices import BlocRole
from .models import Bloc, BlocMembership, Country, Office, Term


def terms_on(
    *, on: date, office: Office | None = None, country: Country | None = None
) -> QuerySet[Term]:
    """Return the terms running on `on`, for one office or for every office of one country.

    A term's end day counts as in office: on a handover day both holders are returned, the
    newer first, because either may have spoken that day.
    """
    terms = Term.objects.filter(Q(end__isnull=True) | Q(end__gte=on), start__lte=on)
    if office is not None:
        terms = terms.filter(office=office)
    if country is not None:
        terms = terms.filter(office__country=country)
    return terms.select_related("person", "office", "office__country").order_by(
        "office__country__name", "office__kind", "office__title", "-start"
    )


def bloc_memberships_on(
    *, on: date | Combinable, bloc: Bloc | None = None
) -> QuerySet[BlocMembership]:
    """Return the full memberships (not observers) running on `on`, of one bloc or of all.

    `on` may be an expression such as `OuterRef("date")`, so that a statement can be matched
    against the members of a bloc on the day it was made.
    """
    memberships = BlocMembership.objects.filter(
        Q(joined__isnull=True) | Q(joined__lte=on),
        Q(left__isnull=True) | Q(left__gt=on),
        role=BlocRole.MEMBER,
    )
    if bloc is not None:
        memberships = memberships.filter(bloc=bloc)
    return memberships


def bloc_members_on(*, bloc: Bloc, on: date) -> QuerySet[Country]:
    """Return the countries that were members (not observers) of `bloc` on `on`."""
    return Country.objects.filter(pk__in=bloc_memberships_on(bloc=bloc, on=on).values("country_id"))


def country_by_code(*, code: str) -> Country:
    """Return the country with ISO alpha-3 (or alpha-2) `code`, case-insensitively."""
    code = code.strip().upper()
    field = "iso2" if len(code) == 2 else "iso3"
    return Country.objects.get(**{field: code})
