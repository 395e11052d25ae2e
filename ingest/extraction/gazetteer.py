"""What the engine knows about the world: countries, people and their offices, blocs, conflicts.

Plain dataclasses, filled from the database by `ingest.gazetteer.gazetteer_from_db` or from a
dict in tests. `key` is an opaque id the caller chooses (the database primary key), carried
through to the candidates so they can be stored back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


def _parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class TermEntry:
    """One person holding one office of one country, from `start` to `end` (open when None)."""

    country_iso3: str
    office_title: str
    office_kind: str
    start: date
    end: date | None = None
    office_key: Any = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class CountryEntry:
    """A country and the other names that point to it, each with its kind.

    `names` holds (name, kind) pairs, kind one of alias, demonym, capital, metonym, official.
    """

    key: Any
    iso3: str
    name: str
    names: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class PersonEntry:
    """Someone whose words can be a country's position, with the offices they held."""

    key: Any
    name: str
    aliases: list[str] = field(default_factory=list)
    terms: list[TermEntry] = field(default_factory=list)

    def term_on(self, day: date | None) -> TermEntry | None:
        """Return the term held on `day`; without a day, the latest term."""
        if not self.terms:
            return None
        if day is None:
            return max(self.terms, key=lambda term: term.start)
        covering = [term for term in self.terms if term.covers(day)]
        return max(covering, key=lambda term: term.start) if covering else None


@dataclass(frozen=True)
class BlocEntry:
    """An alliance or forum of countries (members as ISO alpha-3 codes)."""

    key: Any
    slug: str
    name: str
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ConflictEntry:
    """A two-sided conflict with its aliases, the countries on each side and when it began."""

    key: Any
    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    side_a_label: str = ""
    side_a_countries: list[str] = field(default_factory=list)
    side_b_label: str = ""
    side_b_countries: list[str] = field(default_factory=list)
    began: date | None = None
    ended: date | None = None

    def side_of(self, iso3: str | None) -> str | None:
        """Return "a" or "b" for a country on one side only, else None."""
        on_a, on_b = iso3 in self.side_a_countries, iso3 in self.side_b_countries
        if on_a == on_b:
            return None
        return "a" if on_a else "b"


@dataclass(eq=False)
class Gazetteer:
    """Everything the engine matches in text. Build it once and reuse it across articles."""

    countries: list[CountryEntry] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    blocs: list[BlocEntry] = field(default_factory=list)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    # The compiled matcher, built on first use by `Extractor.for_gazetteer`.
    compiled: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: dict) -> Gazetteer:
        """Build a gazetteer from plain JSON-able data, the shape `to_dict` writes."""
        return cls(
            countries=[
                CountryEntry(
                    key=item.get("key", item["iso3"]),
                    iso3=item["iso3"],
                    name=item["name"],
                    names=[(name, kind) for name, kind in item.get("names", [])],
                )
                for item in data.get("countries", [])
            ],
            people=[
                PersonEntry(
                    key=item.get("key", item["name"]),
                    name=item["name"],
                    aliases=list(item.get("aliases", [])),
                    terms=[
                        TermEntry(
                            country_iso3=term["country_iso3"],
                            office_title=term.get("office_title", ""),
                            office_kind=term.get("office_kind", ""),
                            start=_parse_date(term["start"]),
                            end=_parse_date(term.get("end")),
                            office_key=term.get("office_key"),
                        )
                        for term in item.get("terms", [])
                    ],
                )
                for item in data.get("people", [])
            ],
            blocs=[
                BlocEntry(
                    key=item.get("key", item["slug"]),
                    slug=item["slug"],
                    name=item["name"],
                    acronym=item.get("acronym", ""),
                    aliases=list(item.get("aliases", [])),
                    members=list(item.get("members", [])),
                )
                for item in data.get("blocs", [])
            ],
            conflicts=[
                ConflictEntry(
                    key=item.get("key", item["slug"]),
                    slug=item["slug"],
                    name=item["name"],
                    aliases=list(item.get("aliases", [])),
                    side_a_label=item.get("side_a_label", ""),
                    side_a_countries=list(item.get("side_a_countries", [])),
                    side_b_label=item.get("side_b_label", ""),
                    side_b_countries=list(item.get("side_b_countries", [])),
                    began=_parse_date(item.get("began")),
                    ended=_parse_date(item.get("ended")),
                )
                for item in data.get("conflicts", [])
            ],
        )

    def to_dict(self) -> dict:
        """Return plain JSON-able data that `from_dict` reads back."""
        return {
            "countries": [
                {"key": c.key, "iso3": c.iso3, "name": c.name, "names": [list(n) for n in c.names]}
                for c in self.countries
            ],
            "people": [
                {
                    "key": p.key,
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "terms": [
                        {
                            "country_iso3": t.country_iso3,
                            "office_title": t.office_title,
                            "office_kind": t.office_kind,
                            "start": _iso(t.start),
                            "end": _iso(t.end),
                            "office_key": t.office_key,
                        }
                        for t in p.terms
                    ],
                }
                for p in self.people
            ],
            "blocs": [
                {
                    "key": b.key,
                    "slug": b.slug,
                    "name": b.name,
                    "acronym": b.acronym,
                    "aliases": list(b.aliases),
                    "members": list(b.members),
                }
                for b in self.blocs
            ],
            "conflicts": [
                {
                    "key": c.key,
                    "slug": c.slug,
                    "name": c.name,
                    "aliases": list(c.aliases),
                    "side_a_label": c.side_a_label,
                    "side_a_countries": list(c.side_a_countries),
                    "side_b_label": c.side_b_label,
                    "side_b_countries": list(c.side_b_countries),
                    "began": _iso(c.began),
                    "ended": _iso(c.ended),
                }
                for c in self.conflicts
            ],
        }
