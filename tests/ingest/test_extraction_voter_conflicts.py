"""Voters name no conflict: countries listed as a vote's voters (or in any list of three or more)
are not the sides an article is about, however many of them sit on one conflict's sides. The
conflict the text names ("the vote on Ukraine", "the war in Gaza") is the vote's, and with none
named, a list of voters is on none."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("BLR", "Belarus"), ("PRK", "North Korea"), ("ERI", "Eritrea"), ("SYR", "Syria"),
        ("CUB", "Cuba"), ("VEN", "Venezuela"), ("MAR", "Morocco"), ("ARG", "Argentina"),
        ("BGR", "Bulgaria"), ("HUN", "Hungary"), ("URY", "Uruguay"), ("AUT", "Austria"),
    ]
]  # fmt: skip

UKRAINE_DAY = date(2022, 3, 3)
GAZA_DAY = date(2023, 12, 13)

HEADED_TALLY = (
    "The UN General Assembly vote on Ukraine, March 2:\n"
    "In favour: 141\n"
    "Against: 5 (Russia, Belarus, North Korea, Eritrea, Syria)\n"
    "Abstained: 35 (among them China, India, Pakistan, South Africa, Iran, Cuba)\n"
    "Did not vote: 12 (including Venezuela, Morocco)\n"
)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def found(extractor, text, published):
    candidates = extractor.extract(text, published=published)
    return {(c.actor_country, c.conflict, c.stance) for c in candidates}


# -- the conflict the text names wins over the voters' own dyad ----------------------------------


@pytest.mark.parametrize("against", ["Russia, Belarus", "Belarus"])
def test_a_heading_naming_the_vote_gives_every_listed_voter_its_conflict(extractor, against):
    text = HEADED_TALLY.replace("Russia, Belarus", against)

    result = found(extractor, text, UKRAINE_DAY)

    war = "russia-ukraine-war"
    assert {(iso3, war, "other") for iso3 in ("BLR", "PRK", "ERI", "SYR")} <= result
    assert {(iso3, war, "abstains") for iso3 in ("CHN", "IND", "PAK", "ZAF", "IRN")} <= result
    assert not {c for _, c, _ in result if c != war}


def test_two_voters_of_one_dyad_vote_on_the_conflict_the_text_names(extractor):
    text = (
        "The UN vote on Ukraine\n\n"
        "The resolution passed with 141 votes in favour. India and Pakistan abstained."
    )

    assert found(extractor, text, UKRAINE_DAY) == {
        ("IND", "russia-ukraine-war", "abstains"),
        ("PAK", "russia-ukraine-war", "abstains"),
    }


@pytest.mark.parametrize(
    "lead",
    [
        "The General Assembly on Tuesday voted on a resolution on the war in Gaza.",
        "The UN vote on Gaza",
        "The Assembly voted on Tuesday on a resolution on the war between Israel and Hamas.",
    ],
)
def test_a_side_among_the_abstainers_leaves_the_vote_on_the_named_war(extractor, lead):
    text = lead + "\n\nAbstaining: Argentina, Bulgaria, Hungary, Ukraine, Uruguay."

    result = found(extractor, text, GAZA_DAY)

    assert ("UKR", "israel-hamas-war", "abstains") in result
    assert ("ARG", "israel-hamas-war", "abstains") in result
    assert {c for _, c, _ in result} == {"israel-hamas-war"}


# -- with no conflict named, voters name none -----------------------------------------------------


@pytest.mark.parametrize(
    "roll",
    [
        "Abstaining: Argentina, Bulgaria, Hungary, Ukraine, Uruguay.",
        "Argentina, Ukraine and Uruguay abstained.",
        "Argentina, Bulgaria and Uruguay abstained, as did India and Pakistan.",
        "Against: 5 (Russia, Belarus, North Korea, Eritrea, Syria)\n"
        "Abstained: 35 (among them China, India, Pakistan, South Africa)",
    ],
)
def test_a_vote_on_no_named_conflict_is_on_none(extractor, roll):
    text = "The General Assembly adopted the resolution on Tuesday by 153 votes to 10.\n\n" + roll

    assert found(extractor, text, GAZA_DAY) == set()


# -- countries that are no voters still name their conflict -------------------------------------


def test_two_sides_named_outside_a_vote_still_name_their_conflict(extractor):
    text = "Pakistan on Tuesday condemned India's strikes, calling them an act of war."

    assert {c for _, c, _ in found(extractor, text, UKRAINE_DAY)} == {"india-pakistan-conflict"}


def test_the_sides_a_resolution_is_described_naming_still_give_its_conflict(extractor):
    text = "Austria and Hungary voted for a resolution condemning Russia's invasion of Ukraine."

    result = found(extractor, text, UKRAINE_DAY)

    assert {c for _, c, _ in result} == {"russia-ukraine-war"}
    assert {iso3 for iso3, _, _ in result} == {"AUT", "HUN"}
