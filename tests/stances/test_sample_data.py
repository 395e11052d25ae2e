from datetime import date

import pytest
from django.core.management import call_command

from ingest.choices import ArticleState
from ingest.models import Article
from stances.choices import Origin, ReviewStatus
from stances.models import Statement, Vote

pytestmark = pytest.mark.django_db


def seed_triples():
    return sorted(
        (s.actor_country.iso3, s.speaker.name, s.stance, s.date, s.kind, s.status)
        for s in Statement.objects.select_related("actor_country", "speaker")
    )


def test_the_sample_is_the_seed_article_through_the_pipeline_approved_by_a_sample_editor():
    call_command("load_sample_data", verbosity=0)
    article = Article.objects.get()
    assert article.state == ArticleState.EXTRACTED
    assert "does not side with any of the parties" in article.text
    assert seed_triples() == [
        ("KHM", "Hun Sen", "calls_for_negotiation", date(2022, 3, 2), "statement", "approved"),
        ("KHM", "Hun Sen", "neutral", date(2022, 3, 2), "statement", "approved"),
        ("MYS", "Ismail Sabri Yaakob", "neutral", date(2022, 2, 24), "reported_speech", "approved"),
    ]
    for statement in Statement.objects.all():
        assert statement.article == article
        assert statement.origin == Origin.PIPELINE
        assert statement.reviewed_by.username == "sample-editor"
        assert not statement.reviewed_by.has_usable_password()
        assert article.text[statement.evidence_start : statement.evidence_end] == statement.quote
        assert statement.history.filter(status=ReviewStatus.APPROVED).exists()
    assert Vote.objects.filter(resolution__symbol="A/RES/ES-11/1").count() == 193
    assert Vote.objects.filter(resolution__symbol="A/RES/68/262").count() == 193


def test_loading_the_sample_twice_changes_nothing():
    call_command("load_sample_data", verbosity=0)
    first = (seed_triples(), Vote.objects.count(), Article.objects.count())
    call_command("load_sample_data", verbosity=0)
    assert (seed_triples(), Vote.objects.count(), Article.objects.count()) == first
