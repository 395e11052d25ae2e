"""Writes to countries, blocs, people and offices: the reference-data loaders live here."""

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from .choices import BlocRole, CountryNameKind, OfficeKind, UNStatus
from .models import Bloc, BlocMembership, Country, CountryName, Office, Person, Term


class ReferenceDataError(ValueError):
    """Bad reference data: the message names the file, the record and what is wrong."""


def parse_date(value: str | None, *, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ReferenceDataError(f"{where}: {value!r} is not a date (YYYY-MM-DD).") from None


def countries_load(*, records: Iterable[Mapping]) -> int:
    """Create or update countries and their other names; return how many countries were read.

    Names an editor added in the admin stay: a reload adds and updates, it never deletes.
    """
    records = list(records)
    existing = {c.iso3: c for c in Country.objects.all()}
    count = 0
    with transaction.atomic():
        for record in records:
            where = f"country {record.get('iso3')!r}"
            if record.get("un_status", UNStatus.NONE) not in UNStatus.values:
                raise ReferenceDataError(f"{where}: unknown un_status {record['un_status']!r}.")
            fields = {
                "iso2": record["iso2"],
                "numeric": record.get("numeric", ""),
                "name": record["name"],
                "official_name": record.get("official_name", ""),
                "capital": record.get("capital", ""),
                "region": record.get("region", ""),
                "subregion": record.get("subregion", ""),
                "un_status": record.get("un_status", UNStatus.NONE),
            }
            country = existing.get(record["iso3"])
            if country is None:
                country = Country.objects.create(iso3=record["iso3"], **fields)
            elif any(getattr(country, k) != v for k, v in fields.items()):
                for key, value in fields.items():
                    setattr(country, key, value)
                country.save()
            existing[country.iso3] = country
            count += 1
        _country_names_load(records=records, countries=existing)
    return count


def _country_names_load(*, records: list[Mapping], countries: dict[str, Country]) -> None:
    known = {n.name.lower(): n for n in CountryName.objects.select_related("country")}
    new_names = []
    for record in records:
        country = countries[record["iso3"]]
        wanted = [(record.get("capital", ""), CountryNameKind.CAPITAL)]
        wanted += [(name, CountryNameKind.ALIAS) for name in record.get("aliases", [])]
        wanted += [(name, CountryNameKind.DEMONYM) for name in record.get("demonyms", [])]
        wanted += [(name, CountryNameKind.METONYM) for name in record.get("metonyms", [])]
        for name, kind in wanted:
            if not name:
                continue
            holder = known.get(name.lower())
            if holder is not None and holder.country_id != country.pk:
                raise ReferenceDataError(
                    f"country {country.iso3!r}: the name {name!r} already refers to "
                    f"{holder.country.iso3}; a name must point to one country."
                )
            if holder is None:
                holder = CountryName(country=country, name=name, kind=kind)
                known[name.lower()] = holder
                new_names.append(holder)
    bulk_create_with_history(new_names, CountryName, batch_size=500)


def blocs_load(*, records: Iterable[Mapping]) -> int:
    """Create or update blocs and their memberships; return how many blocs were read."""
    countries = {c.iso3: c for c in Country.objects.all()}
    count = 0
    with transaction.atomic():
        for record in records:
            where = f"bloc {record.get('slug')!r}"
            bloc, _ = Bloc.objects.update_or_create(
                slug=record["slug"],
                defaults={
                    "name": record["name"],
                    "acronym": record.get("acronym", ""),
                    "aliases": record.get("aliases", []),
                    "founded": parse_date(record.get("founded"), where=where),
                },
            )
            for member in record.get("members", []):
                country = countries.get(member["iso3"])
                if country is None:
                    raise ReferenceDataError(f"{where}: unknown country {member['iso3']!r}.")
                role = member.get("role", BlocRole.MEMBER)
                if role not in BlocRole.values:
                    raise ReferenceDataError(f"{where}: unknown role {role!r}.")
                BlocMembership.objects.update_or_create(
                    bloc=bloc,
                    country=country,
                    joined=parse_date(member.get("joined"), where=where),
                    defaults={
                        "left": parse_date(member.get("left"), where=where),
                        "role": role,
                    },
                )
            count += 1
    return count


OFFICE_HOLDER_FIELDS = (
    "person",
    "qid",
    "aliases",
    "country",
    "office",
    "kind",
    "start",
    "end",
    "source",
)


@dataclass(frozen=True)
class OfficeHolderRecord:
    """One validated "position held" statement: a person in an office from start to end."""

    person: str
    qid: str | None
    aliases: tuple[str, ...]
    country: Country
    office: str
    kind: str
    start: date
    end: date | None
    source: str


def office_holders_read(path: Path) -> list[Mapping]:
    """Read office-holder records from a JSON list or a CSV file (aliases separated by ';')."""
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            row["aliases"] = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
            row["qid"] = row.get("qid") or None
            row["end"] = row.get("end") or None
        return rows
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ReferenceDataError(f"{path}: expected a JSON list of records.")
    return data


def office_holders_validate(*, records: Iterable[Mapping], source: str) -> list[OfficeHolderRecord]:
    """Check every record before anything is written; raise on the first bad one."""
    countries = {c.iso3: c for c in Country.objects.all()}
    valid = []
    for number, record in enumerate(records, start=1):
        where = f"{source}, record {number}"
        if not isinstance(record, Mapping):
            raise ReferenceDataError(f"{where}: expected an object.")
        missing = [
            f
            for f in ("person", "country", "office", "kind", "start", "source")
            if not record.get(f)
        ]
        if missing:
            raise ReferenceDataError(f"{where}: missing {', '.join(missing)}.")
        country = countries.get(str(record["country"]).upper())
        if country is None:
            raise ReferenceDataError(f"{where}: unknown country code {record['country']!r}.")
        if record["kind"] not in OfficeKind.values:
            raise ReferenceDataError(
                f"{where}: unknown office kind {record['kind']!r} "
                f"(one of {', '.join(OfficeKind.values)})."
            )
        limit = Term._meta.get_field("source").max_length
        if len(str(record["source"])) > limit:
            raise ReferenceDataError(f"{where}: source is longer than {limit} characters.")
        start = parse_date(record["start"], where=where)
        end = parse_date(record.get("end"), where=where)
        if end is not None and end < start:
            raise ReferenceDataError(f"{where}: the term ends ({end}) before it starts ({start}).")
        valid.append(
            OfficeHolderRecord(
                person=record["person"].strip(),
                qid=record.get("qid") or None,
                aliases=tuple(record.get("aliases") or ()),
                country=country,
                office=record["office"].strip(),
                kind=record["kind"],
                start=start,
                end=end,
                source=record["source"],
            )
        )
    return valid


def office_holders_import(*, records: Iterable[OfficeHolderRecord]) -> int:
    """Create or update people, offices and terms from validated records; return terms read."""
    count = 0
    with transaction.atomic():
        for record in records:
            person = _person_upsert(record)
            office, _ = Office.objects.get_or_create(
                country=record.country, title=record.office, defaults={"kind": record.kind}
            )
            Term.objects.update_or_create(
                person=person,
                office=office,
                start=record.start,
                defaults={"end": record.end, "source": record.source},
            )
            count += 1
    return count


def _person_upsert(record: OfficeHolderRecord) -> Person:
    person = None
    if record.qid:
        person = Person.objects.filter(wikidata_qid=record.qid).first()
    if person is None:
        person = Person.objects.filter(name=record.person).first()
    if person is None:
        return Person.objects.create(
            name=record.person, wikidata_qid=record.qid, aliases=list(record.aliases)
        )
    aliases = list(dict.fromkeys([*person.aliases, *record.aliases]))
    if aliases != person.aliases or (record.qid and person.wikidata_qid != record.qid):
        person.aliases = aliases
        person.wikidata_qid = record.qid or person.wikidata_qid
        person.save()
    return person
