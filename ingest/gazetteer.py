"""Feed the extraction engine from the database: every country, person, bloc and conflict."""

from __future__ import annotations

from django.db.models import Prefetch

from actors.models import Bloc, BlocMembership, Country, Person, Term
from ingest.extraction import (
    BlocEntry,
    ConflictEntry,
    CountryEntry,
    Gazetteer,
    PersonEntry,
    TermEntry,
)
from stances.models import Conflict


def gazetteer_from_db() -> Gazetteer:
    """Build the engine's gazetteer from the reference data in nine queries, whatever its size.

    Keys are primary keys, so the pipeline can store candidates back against the same rows.
    """
    countries = [
        CountryEntry(
            key=country.pk,
            iso3=country.iso3,
            name=country.name,
            names=_country_names(country),
        )
        for country in Country.objects.prefetch_related("names")
    ]
    terms = Term.objects.select_related("office__country").order_by("start")
    people = [
        PersonEntry(
            key=person.pk,
            name=person.name,
            aliases=list(person.aliases or []),
            terms=[
                TermEntry(
                    country_iso3=term.office.country.iso3,
                    office_title=term.office.title,
                    office_kind=term.office.kind,
                    start=term.start,
                    end=term.end,
                    office_key=term.office_id,
                )
                for term in person.terms.all()
            ],
        )
        for person in Person.objects.prefetch_related(Prefetch("terms", queryset=terms))
    ]
    memberships = BlocMembership.objects.filter(left__isnull=True).select_related("country")
    blocs = [
        BlocEntry(
            key=bloc.pk,
            slug=bloc.slug,
            name=bloc.name,
            acronym=bloc.acronym,
            aliases=list(bloc.aliases or []),
            members=[membership.country.iso3 for membership in bloc.memberships.all()],
        )
        for bloc in Bloc.objects.prefetch_related(Prefetch("memberships", queryset=memberships))
    ]
    conflicts = [
        ConflictEntry(
            key=conflict.pk,
            slug=conflict.slug,
            name=conflict.name,
            aliases=list(conflict.aliases or []),
            side_a_label=conflict.side_a_label,
            side_a_countries=[c.iso3 for c in conflict.side_a_countries.all()],
            side_b_label=conflict.side_b_label,
            side_b_countries=[c.iso3 for c in conflict.side_b_countries.all()],
            began=conflict.began,
            ended=conflict.ended,
        )
        for conflict in Conflict.objects.prefetch_related("side_a_countries", "side_b_countries")
    ]
    return Gazetteer(countries=countries, people=people, blocs=blocs, conflicts=conflicts)


def _country_names(country: Country) -> list[tuple[str, str]]:
    names = [(name.name, name.kind) for name in country.names.all()]
    known = {name.lower() for name, _ in names} | {country.name.lower()}
    if country.official_name and country.official_name.lower() not in known:
        names.append((country.official_name, "official"))
        known.add(country.official_name.lower())
    if country.capital and country.capital.lower() not in known:
        names.append((country.capital, "capital"))
    return names
