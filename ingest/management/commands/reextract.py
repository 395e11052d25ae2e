from django.core.management.base import BaseCommand, CommandError

from ingest.services import articles_reextract


class Command(BaseCommand):
    help = (
        "Run extraction again over articles already fetched. Statements editors approved or "
        "rejected are kept; pending ones the new run no longer finds are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ID")
        parser.add_argument("--all", action="store_true", help="every fetched article")

    def handle(self, *args, ids, **options):
        if options["all"] == bool(ids):
            raise CommandError("Give article ids, or --all.")
        count = articles_reextract(article_ids=None if options["all"] else ids)
        self.stdout.write(f"Extraction queued for {count} articles.")
