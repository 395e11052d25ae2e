from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from stances.models import Conflict
from stances.services import VoteImportError, un_votes_import


class Command(BaseCommand):
    help = (
        "Import UN roll-call votes from UN Digital Library CSV exports. Each file is imported "
        "all or nothing; importing a file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--conflict", help="slug of the conflict the resolutions concern")

    def handle(self, *args, files, conflict=None, **options):
        related = None
        if conflict:
            related = Conflict.objects.filter(slug=conflict).first()
            if related is None:
                raise CommandError(f"Unknown conflict {conflict!r}.")
        failures = []
        for path in files:
            try:
                results = un_votes_import(path=path, conflict=related)
            except OSError as error:
                failures.append(f"{path}: {error.strerror or error}")
                continue
            except VoteImportError as error:
                failures.append(f"{error} Nothing of this file was imported.")
                continue
            for result in results:
                self.stdout.write(
                    f"{path}: {result.resolution.symbol}: {result.created} votes added, "
                    f"{result.updated} changed."
                )
        if failures:
            raise CommandError("\n".join(failures))
