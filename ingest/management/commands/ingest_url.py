from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ingest.services import article_submit_url


class Command(BaseCommand):
    help = (
        "Submit article URLs to the pipeline. With a broker the work is queued for the workers; "
        "without one it runs here, and the outcome is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+", metavar="URL")

    def handle(self, *args, urls, **options):
        for url in urls:
            try:
                article = article_submit_url(url=url)
            except ValidationError as error:
                raise CommandError(f"{url}: {'; '.join(error.messages)}") from error
            article.refresh_from_db()
            line = f"Article {article.pk} ({article.url}): {article.state}"
            if article.failure_reason:
                line += f": {article.failure_reason}"
            self.stdout.write(line)
