"""Speakers named by a later reference: a national body defined by its acronym with no country,
"the diplomat" for a named envoy (and anonymous sources that stay nobody's), "the hosts" of
talks, "his spokesman", "Spain, whose government ...", and an envoy's posting that is not their
country."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 6, 16)
SHOAL = "Chinese coast guard ships fired water cannon at a supply boat in the South China Sea.\n\n"
KYIV = "Russian missiles struck Kyiv overnight, killing 14 people.\n\n"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "JPN", "name": "Japan",
                 "names": [["Japanese", "demonym"], ["Tokyo", "capital"]]},
                {"iso3": "ESP", "name": "Spain",
                 "names": [["Spanish", "demonym"], ["Madrid", "capital"]]},
            ]
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


# -- 1. A body every state has, defined by its acronym with no country --------------------------


def test_a_countryless_ministry_is_the_datelines_country(extractor):
    text = (
        "MANILA - The Department of Foreign Affairs (DFA) on Sunday said it had filed a protest "
        "over the dangerous manoeuvres of China in the South China Sea.\n\n"
        "China's foreign ministry said the supply boat had intruded.\n\n"
        "The DFA also called for restraint in the South China Sea."
    )

    found = extract(extractor, text)

    assert ("PHL", "south-china-sea-disputes", "calls_for_negotiation") in triples(found)
    assert {c.actor_country for c in found if c.evidence.startswith("The DFA")} == {"PHL"}


def test_a_countryless_ministry_is_the_only_country_whose_officials_speak(extractor):
    text = (
        SHOAL + "Philippine Defence Secretary Gilberto Teodoro said the incident was "
        "deplorable.\n\nThe Department of Foreign Affairs (DFA) said it was studying its "
        "options.\n\nThe DFA urged restraint by all parties in the South China Sea."
    )

    found = extract(extractor, text)

    assert [(c.actor_country, c.stance) for c in found if c.evidence.startswith("The DFA")] == [
        ("PHL", "calls_for_negotiation")
    ]


def test_a_countryless_ministry_is_nobodys_when_two_countries_officials_speak(extractor):
    text = (
        SHOAL + "China's foreign ministry said the supply boat had intruded. Philippine "
        "Defence Secretary Gilberto Teodoro said the incident was deplorable.\n\n"
        "The Department of Foreign Affairs (DFA) said it was studying its options.\n\n"
        "The DFA urged restraint by all parties in the South China Sea."
    )

    found = extract(extractor, text)

    assert not [c for c in found if c.evidence.startswith("The DFA")]


# -- 6. An envoy's posting is not their country -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"We call for restraint by all sides," Japan\'s ambassador to the Philippines said on '
        "Sunday.",
        "Japan's ambassador to the Philippines said Tokyo called for restraint in the South "
        "China Sea.",
    ],
)
def test_an_ambassador_speaks_for_the_sending_country_not_the_posting(extractor, sentence):
    found = extract(extractor, SHOAL + sentence)

    assert triples(found) == {("JPN", "south-china-sea-disputes", "calls_for_negotiation")}


def test_an_envoys_name_before_a_comma_and_their_office_is_theirs(extractor):
    text = SHOAL + (
        '"We call for restraint by all sides," said Kazuhiko Koshikawa, Japan\'s ambassador.'
    )

    found = extract(extractor, text)

    assert triples(found) == {("JPN", "south-china-sea-disputes", "calls_for_negotiation")}
    assert {c.speaker for c in found} == {"Kazuhiko Koshikawa"}
