"""Factories for tests: statements and votes over the shipped reference data."""

from datetime import date

import factory
from django.contrib.auth import get_user_model

from actors.models import Country
from stances.choices import Origin, ReviewStatus, Stance, StatementKind
from stances.models import Conflict, Resolution, Statement, Vote


def country(iso3: str) -> Country:
    return Country.objects.get(iso3=iso3)


def conflict(slug: str = "russia-ukraine-war") -> Conflict:
    return Conflict.objects.get(slug=slug)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    actor_country = factory.LazyFunction(lambda: country("KHM"))
    conflict = factory.LazyFunction(conflict)
    stance = Stance.NEUTRAL
    kind = StatementKind.STATEMENT
    date = date(2022, 3, 2)
    quote = factory.Sequence(lambda n: f"Quote number {n}.")
    status = ReviewStatus.APPROVED
    origin = Origin.EDITOR


class ResolutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resolution
        django_get_or_create = ["symbol"]

    symbol = "A/RES/ES-11/1"
    date = date(2022, 3, 2)
    title = "Aggression against Ukraine"
    conflict = factory.LazyFunction(conflict)


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vote

    resolution = factory.SubFactory(ResolutionFactory)
    country = factory.LazyFunction(lambda: country("KHM"))
    vote = "Y"


def statement_admin_form(statement, **changes) -> dict:
    """The admin's change form for `statement` as posted unchanged, but for `changes`."""
    data = {
        "quote": statement.quote,
        "summary": statement.summary,
        "actor_country": statement.actor_country_id,
        "actor_bloc": "",
        "speaker": "",
        "speaker_office": "",
        "conflict": statement.conflict_id,
        "stance": statement.stance,
        "target_side": statement.target_side,
        "kind": statement.kind,
        "date": statement.date.isoformat(),
        "date_precision": statement.date_precision,
        "confidence": "",
        "source_url": "",
        "source_title": "",
        "source_outlet": "",
        "source_published": "",
        "article": "",
        "evidence_start": "",
        "evidence_end": "",
    }
    data.update(changes)
    return data
