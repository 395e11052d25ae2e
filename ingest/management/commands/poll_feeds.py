from django.core.management.base import BaseCommand

from ingest.models import Feed
from ingest.services import feed_poll, feeds_claim_due


class Command(BaseCommand):
    help = "Poll the feeds that are due (or all active ones with --all), here and now."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="poll every active feed")

    def handle(self, *args, **options):
        if options["all"]:
            feed_ids = list(Feed.objects.filter(active=True).values_list("pk", flat=True))
        else:
            feed_ids = feeds_claim_due()
        for feed_id in feed_ids:
            new = feed_poll(feed_id=feed_id)
            feed = Feed.objects.get(pk=feed_id)
            status = f"error: {feed.last_error}" if feed.last_error else f"{len(new)} new articles"
            self.stdout.write(f"{feed.name}: {status}")
        self.stdout.write(f"{len(feed_ids)} feeds polled.")
