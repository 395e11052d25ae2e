from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from actors.services import (
    ReferenceDataError,
    office_holders_import,
    office_holders_read,
    office_holders_validate,
)


class Command(BaseCommand):
    help = (
        "Import office holders from JSON or CSV files of Wikidata-style 'position held' "
        "records (see docs/reference-data.md). Each file is checked whole before anything "
        "of it is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files, **options):
        for path in files:
            try:
                records = office_holders_validate(
                    records=office_holders_read(path), source=str(path)
                )
                count = office_holders_import(records=records)
            except OSError as error:
                raise CommandError(f"{path}: {error.strerror or error}") from error
            except (ReferenceDataError, ValueError) as error:
                raise CommandError(f"{error} Nothing of {path} was imported.") from error
            self.stdout.write(f"{path}: {count} terms imported.")
