"""A world round-up's paragraph per country: "BRAZIL: The foreign ministry called for ..."
is narration under a heading, the country its place, not Brazil's own words; "India: We call
for ..." stays a speaker's label."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2022, 2, 24)
LEAD = (
    "World reacts to Russian invasion\n\n"
    "LONDON, Feb 24 (Wire) - Governments around the world reacted on Thursday to Russia's "
    "invasion of Ukraine.\n\n"
)
WAR = "russia-ukraine-war"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


@pytest.mark.parametrize("heading", ["GERMANY", "Germany"])
def test_an_office_holder_under_a_country_heading_is_found(extractor, heading):
    text = LEAD + f"{heading}: Chancellor Olaf Scholz urged Russia to stop the war and withdraw."

    found = extract(extractor, text)

    assert ("DEU", WAR, "calls_for_negotiation") in triples(found)
    assert {c.speaker for c in found if c.actor_country == "DEU"} == {"Olaf Scholz"}


def test_an_unnamed_ministry_under_a_heading_is_the_headings_country(extractor):
    text = LEAD + (
        "BRAZIL: The foreign ministry called for an immediate suspension of hostilities.\n\n"
        "CHINA: The foreign ministry urged all sides to exercise restraint."
    )

    found = triples(extract(extractor, text))

    assert ("BRA", WAR, "calls_for_negotiation") in found
    assert ("CHN", WAR, "calls_for_negotiation") in found


def test_a_heading_gives_its_country_to_no_other_paragraph(extractor):
    text = LEAD + (
        "BRAZIL: President Lula said he was following events.\n\n"
        "The foreign ministry called for an immediate suspension of hostilities."
    )

    found = extract(extractor, text)

    assert not [c for c in found if c.actor_country == "BRA" and "ministry" in c.evidence]


def test_a_countrys_label_before_its_own_words_is_still_its_voice(extractor):
    text = LEAD + "INDIA: We call for an immediate cessation of violence."

    assert ("IND", WAR, "calls_for_negotiation") in triples(extract(extractor, text))


def test_a_heading_over_narration_that_takes_no_position_yields_nothing(extractor):
    text = LEAD + "CHINA: The foreign ministry said it was following the situation closely."

    assert not [c for c in extract(extractor, text) if c.actor_country == "CHN"]
