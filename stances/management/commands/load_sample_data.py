from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from config.roles import editors_group_ensure
from ingest.services import article_extract, article_fetch, article_submit_text
from stances.choices import ReviewStatus
from stances.models import Conflict
from stances.services import VoteImportError, statements_review, un_votes_import

UNGA_VOTES = Path(settings.BASE_DIR) / "stances" / "fixtures" / "unga"
SEED_ARTICLE = Path(settings.BASE_DIR) / "ingest" / "fixtures" / "seed" / "000_13309baebbae5d13.txt"
SAMPLE_EDITOR = "sample-editor"


class Command(BaseCommand):
    help = (
        "Load the newcomer's sample: the UN General Assembly votes on Ukraine and the seed "
        "article, ingested through the real pipeline and approved by a sample editor. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        conflict = Conflict.objects.filter(slug="russia-ukraine-war").first()
        if conflict is None:
            raise CommandError("Load the reference data first: manage.py load_reference_data")
        for path in sorted(UNGA_VOTES.glob("*.csv")):
            try:
                for result in un_votes_import(path=path, conflict=conflict):
                    self.stdout.write(f"{result.resolution.symbol}: {result.created} votes added.")
            except VoteImportError as error:
                raise CommandError(str(error)) from error

        article = article_submit_text(
            text=SEED_ARTICLE.read_text(encoding="utf-8"),
            title="Cambodia does not side with any party in Russia-Ukraine conflict, Hun Sen says",
            published=date(2022, 3, 3),
        )
        # With a broker configured the submission only queues the work for a worker; run the
        # same pipeline steps here too, so the sample is in place when the command returns.
        # Both are idempotent: whichever run comes second changes nothing.
        article_fetch(article_id=article.pk)
        article_extract(article_id=article.pk)
        article.refresh_from_db()
        pending = article.statements.filter(status=ReviewStatus.PENDING)
        approved = statements_review(
            statements=pending, reviewer=self.sample_editor(), status=ReviewStatus.APPROVED
        )
        self.stdout.write(
            f"Seed article {article.pk} is {article.state}: "
            f"{article.statements.count()} statements, {approved} newly approved by "
            f"{SAMPLE_EDITOR!r}."
        )

    def sample_editor(self):
        """The account that stands for an editor reviewing the sample; it cannot log in."""
        user, created = get_user_model().objects.get_or_create(
            username=SAMPLE_EDITOR, defaults={"first_name": "Sample", "last_name": "Editor"}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(editors_group_ensure())
        return user
