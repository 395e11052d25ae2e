"""generate_synthetic: realistic, reproducible, and never mixed into real data by accident."""

from datetime import date

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from actors.models import Country, Term
from ingest.models import Article
from stances.choices import ReviewStatus
from stances.models import Conflict, StanceChange, Statement, Vote
from stances.selectors import counted_statements, stance_timeline
from stances.synthetic import SYNTHETIC_HOST
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db

SMALL = {"statements": 600, "articles": 60, "people": 60, "resolutions": 3}


def generate(**options):
    call_command("generate_synthetic", verbosity=0, **{**SMALL, **options})


def content(statements) -> list[tuple]:
    return list(
        statements.order_by("pk").values_list(
            "actor_country", "actor_bloc", "conflict", "stance", "kind", "date", "quote", "status"
        )
    )


def test_it_fills_every_table_over_the_reference_data():
    generate()

    assert Statement.objects.count() == 600
    assert Article.objects.filter(url__contains=SYNTHETIC_HOST).count() == 60
    assert Term.objects.filter(source="synthetic").count() >= 60
    assert Vote.objects.filter(resolution__symbol__startswith="A/RES/SYN-").exists()
    assert Statement.objects.filter(status=ReviewStatus.APPROVED).count() > 400
    assert Statement.objects.filter(article__isnull=False).exists()
    assert Statement.objects.filter(speaker__isnull=False).exists()
    assert not Statement.objects.filter(date__gt=date(2026, 10, 31)).exists()


def test_a_few_countries_and_conflicts_carry_most_statements():
    generate()

    by_country = sorted(
        (Statement.objects.filter(actor_country=c).count() for c in Country.objects.all()),
        reverse=True,
    )
    by_conflict = sorted(
        (Statement.objects.filter(conflict=c).count() for c in Conflict.objects.all()),
        reverse=True,
    )
    assert sum(by_country[:10]) > 0.4 * sum(by_country)
    assert by_conflict[0] > 4 * by_conflict[-1]


def test_the_same_seed_gives_the_same_statements():
    generate(seed=7)
    first, last_pk = content(Statement.objects.all()), Statement.objects.latest("pk").pk
    generate(seed=7, force=True)

    assert content(Statement.objects.filter(pk__gt=last_pk)) == first


def test_another_seed_gives_other_statements():
    generate(seed=7)
    first, last_pk = content(Statement.objects.all()), Statement.objects.latest("pk").pk
    generate(seed=8, force=True)

    assert content(Statement.objects.filter(pk__gt=last_pk)) != first


def test_it_refuses_a_database_with_statements_unless_forced():
    real = StatementFactory()

    with pytest.raises(CommandError, match="1 statements already"):
        generate()
    generate(force=True)

    real.refresh_from_db()
    assert Statement.objects.count() == 601


def test_the_stance_changes_are_rebuilt_after_the_copy():
    generate()

    busiest = (
        counted_statements()
        .values("actor_country", "conflict")
        .annotate(n=Count("id"))
        .order_by("-n", "actor_country", "conflict")[:3]
    )
    assert busiest
    for series in busiest:
        timeline = stance_timeline(
            country=Country.objects.get(pk=series["actor_country"]),
            conflict=Conflict.objects.get(pk=series["conflict"]),
        )
        changed = sorted({e.date for e in timeline if e.changes_stance})
        stored = StanceChange.objects.filter(
            country=series["actor_country"], conflict=series["conflict"]
        ).order_by("date")
        assert [c.date for c in stored] == changed
