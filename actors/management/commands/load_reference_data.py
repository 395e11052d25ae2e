import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from actors.services import (
    ReferenceDataError,
    blocs_load,
    countries_load,
    office_holders_import,
    office_holders_read,
    office_holders_validate,
)
from stances.services import conflicts_load

ACTORS_DATA = Path(settings.BASE_DIR) / "actors" / "reference_data"
STANCES_DATA = Path(settings.BASE_DIR) / "stances" / "reference_data"


def read_json(path: Path) -> list:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise CommandError(f"{path}: {error}") from error


class Command(BaseCommand):
    help = (
        "Load the shipped reference data (countries, blocs, conflicts, office holders). "
        "Safe to run again: it adds and updates, and never removes what editors added."
    )

    def handle(self, *args, **options):
        try:
            countries = countries_load(records=read_json(ACTORS_DATA / "countries.json"))
            blocs = blocs_load(records=read_json(ACTORS_DATA / "blocs.json"))
            conflicts = conflicts_load(records=read_json(STANCES_DATA / "conflicts.json"))
            holders_path = ACTORS_DATA / "office_holders.json"
            records = office_holders_validate(
                records=office_holders_read(holders_path), source=str(holders_path)
            )
            terms = office_holders_import(records=records)
        except ReferenceDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Reference data loaded: {countries} countries, {blocs} blocs, "
            f"{conflicts} conflicts, {terms} office terms."
        )
