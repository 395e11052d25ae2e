"""An envoy the gazetteer lacks, quoted on what their country does ('"The United States stands
with its ally the Philippines," Ambassador MaryKay Carlson wrote'), speaks for that country,
not for the dateline's; not for a party to the conflict their words are about."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 6, 18)
SEA = "south-china-sea-disputes"
DATELINE = "MANILA, June 18 (Wire) - Tensions rose at Second Thomas Shoal on Monday.\n\n"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


def test_an_envoy_speaks_for_the_country_their_quote_opens_on(extractor):
    text = DATELINE + (
        '"The United States stands with its ally the Philippines," Ambassador MaryKay Carlson '
        "wrote on X."
    )

    found = extract(extractor, text)

    assert ("USA", SEA, "supports_side_a") in triples(found)
    assert {c.speaker for c in found} == {"MaryKay Carlson"}


def test_an_envoy_whose_quote_opens_on_no_country_gets_none_from_it(extractor):
    text = DATELINE + (
        '"We stand with the Philippines and its ally the United States," Ambassador MaryKay '
        "Carlson wrote on X."
    )

    assert not [c for c in extract(extractor, text) if c.actor_country == "USA"]


def test_an_envoy_demanding_of_a_party_is_not_that_partys_voice(extractor):
    text = (
        "MANILA, June 18 (Wire) - Chinese coast guard vessels rammed a Philippine supply boat "
        'at Second Thomas Shoal on Monday.\n\n"China must stop its dangerous actions," '
        "Ambassador MaryKay Carlson wrote on X."
    )

    assert not [c for c in extract(extractor, text) if c.actor_country == "CHN"]


def test_an_official_of_a_named_country_demanding_of_a_party_still_speaks(extractor):
    text = (
        "MANILA, June 18 (Wire) - Chinese coast guard vessels rammed a Philippine supply boat "
        'at Second Thomas Shoal on Monday.\n\n"China must stop its dangerous actions," U.S. '
        "Secretary of State Antony Blinken wrote on X."
    )

    found = extract(extractor, text)

    assert ("USA", SEA, "condemns") in triples(found)
    assert not [c for c in found if c.actor_country == "CHN"]
