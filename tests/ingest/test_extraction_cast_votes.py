"""Votes told as cast: "cast the only other "no" votes", "cast a no vote", "cast a "yes" vote"
are votes against and for; siding with the condemned party in a vote condemning it is a vote
against, not support. A country that "cast no vote" did not vote."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("BLR", "Belarus"), ("PRK", "North Korea"), ("ERI", "Eritrea"), ("SYR", "Syria"),
        ("VEN", "Venezuela"), ("MEX", "Mexico"), ("HUN", "Hungary"),
    ]
]  # fmt: skip

LEAD = "The General Assembly on Wednesday voted to condemn Russia's invasion of Ukraine.\n\n"
PUBLISHED = date(2022, 3, 3)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def stances(extractor, sentence):
    candidates = extractor.extract(LEAD + sentence, published=PUBLISHED)
    return {(c.actor_country, c.stance) for c in candidates if c.start >= len(LEAD)}


@pytest.mark.parametrize(
    ("sentence", "voters"),
    [
        (
            'Belarus, Eritrea, North Korea and Syria cast the only other "no" votes.',
            {"BLR", "ERI", "PRK", "SYR"},
        ),
        ('Belarus and Syria cast "no" votes.', {"BLR", "SYR"}),
        ("Belarus cast a no vote.", {"BLR"}),
        ("Belarus and Syria cast their votes against the resolution.", {"BLR", "SYR"}),
        ("The only no votes were cast by Belarus and Syria.", {"BLR", "SYR"}),
        ("Belarus and Syria sided with Moscow in a vote condemning its invasion.", {"BLR", "SYR"}),
    ],
)
def test_votes_cast_against_are_votes_against(extractor, sentence, voters):
    assert stances(extractor, sentence) == {(iso3, "other") for iso3 in voters}


@pytest.mark.parametrize(
    "sentence",
    [
        'Brazil and Mexico cast "yes" votes.',
        "Brazil and Mexico cast yes votes.",
        "Brazil and Mexico cast their votes in favour.",
    ],
)
def test_votes_cast_for_take_the_resolution_s_stance(extractor, sentence):
    assert stances(extractor, sentence) == {("BRA", "condemns"), ("MEX", "condemns")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Venezuela, which is behind on its dues, cast no vote.",
        "Venezuela cast no votes in the Assembly.",
        "Only four nations sided with Moscow in a vote condemning its invasion of Ukraine.",
    ],
)
def test_no_vote_cast_and_unnamed_voters_are_no_votes(extractor, sentence):
    assert stances(extractor, sentence) == set()


def test_siding_with_a_party_outside_a_vote_still_backs_it(extractor):
    assert stances(extractor, "Hungary sided with Russia on sanctions.") == {
        ("HUN", "supports_side_b")
    }
