from django.core.management.base import BaseCommand

from stances.services import stance_changes_rebuild


class Command(BaseCommand):
    help = (
        "Recompute the stance changes table from every counted statement. Statement writes "
        "keep it by themselves; this is for writes that bypassed the models (raw SQL, COPY)."
    )

    def handle(self, *args, **options):
        count = stance_changes_rebuild()
        self.stdout.write(f"{count} stance changes.")
