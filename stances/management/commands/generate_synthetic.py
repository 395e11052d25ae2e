from datetime import date

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from stances.models import Statement
from stances.synthetic import DEFAULT_SINCE, DEFAULT_UNTIL, Plan, synthetic_generate


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic statements, articles, people, resolutions and votes "
        "over the reference data, for benchmarks. Reproducible from --seed. Refuses a database "
        "that already has statements unless --force (it adds, it never deletes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--statements", type=int, default=100_000)
        parser.add_argument("--articles", type=int, default=20_000)
        parser.add_argument(
            "--people", type=int, help="Default: statements / 200; at least one per office."
        )
        parser.add_argument("--resolutions", type=int, help="Default: statements / 5000.")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--since", type=date.fromisoformat, default=DEFAULT_SINCE)
        parser.add_argument("--until", type=date.fromisoformat, default=DEFAULT_UNTIL)
        parser.add_argument(
            "--force", action="store_true", help="Add to a database that has statements already."
        )

    def handle(self, *args, **options):
        existing = Statement.objects.count()
        if existing and not options["force"]:
            raise CommandError(
                f"The database has {existing} statements already. Synthetic data is for an empty "
                "database; pass --force to add it to them anyway."
            )
        plan = Plan(
            statements=options["statements"],
            articles=options["articles"],
            people=options["people"],
            resolutions=options["resolutions"],
            seed=options["seed"],
            since=options["since"],
            until=options["until"],
        )
        with tqdm(
            total=plan.statements + plan.articles,
            unit="rows",
            unit_scale=True,
            disable=options["verbosity"] == 0,
            file=self.stderr,
        ) as bar:
            try:
                counts = synthetic_generate(plan=plan, progress=bar.update)
            except ValueError as error:
                raise CommandError(str(error)) from error
        self.stdout.write(", ".join(f"{count} {name}" for name, count in counts.items()) + ".")
