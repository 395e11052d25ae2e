"""The seed every page test stands on: Hun Sen's neutrality and Cambodia's vote, 2 March 2022."""

from datetime import date

import pytest

from actors.models import Person, Term
from stances.choices import Stance
from tests.factories import StatementFactory, VoteFactory, country

SEED_DAY = date(2022, 3, 2)
NEUTRALITY = (
    "Cambodia does not side with any of the parties in the Russia-Ukraine conflict, "
    "Prime Minister Hun Sen said."
)
NEGOTIATION = "We urge negotiation for a peaceful solution."


@pytest.fixture
def hun_sen_term() -> Term:
    """Hun Sen's term as Prime Minister of Cambodia, from the shipped office holders."""
    return Term.objects.select_related("person", "office").get(
        person=Person.objects.get(name="Hun Sen"),
        office__country__iso3="KHM",
        office__kind="head_of_government",
        start__lte=SEED_DAY,
    )


@pytest.fixture
def cambodia_seed(hun_sen_term):
    """Cambodia: neutral and calling for negotiation on 2 March 2022, and a yes on ES-11/1."""
    speaker = {"speaker": hun_sen_term.person, "speaker_office": hun_sen_term.office}
    neutral = StatementFactory(
        stance=Stance.NEUTRAL,
        date=SEED_DAY,
        quote=NEUTRALITY,
        source_outlet="Khmer Times",
        source_url="https://www.khmertimeskh.com/example",
        **speaker,
    )
    negotiation = StatementFactory(
        stance=Stance.CALLS_FOR_NEGOTIATION, date=SEED_DAY, quote=NEGOTIATION, **speaker
    )
    vote = VoteFactory(country=country("KHM"), vote="Y")
    return {"neutral": neutral, "negotiation": negotiation, "vote": vote}
