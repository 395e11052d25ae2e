"""Thanks for a country's support of a side name that side's war, not the helper's own: a
party's readout thanking India "for India's support of Ukraine's sovereignty" is never Ukraine
backing a side of the India-Pakistan conflict."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

pytestmark = pytest.mark.django_db

PUBLISHED = date(2025, 5, 12)
LEAD = (
    "NEW DELHI, May 12 (Wire) - India and Pakistan agreed to a ceasefire on Saturday after "
    "four days of fighting over Kashmir.\n\n"
)


def extract(reference_extractor, text):
    return reference_extractor.extract(text, published=PUBLISHED)


def test_thanks_for_support_of_a_sides_sovereignty_is_the_helpers_on_that_war(reference_extractor):
    text = LEAD + (
        "Ukrainian President Volodymyr Zelenskiy thanked India for India's support of "
        "Ukraine's sovereignty and territorial integrity."
    )

    found = extract(reference_extractor, text)

    assert ("IND", "russia-ukraine-war", "supports_side_a") in triples(found)
    assert not [c for c in found if c.actor_country == "UKR"]


def test_a_readout_of_such_thanks_credits_no_party_with_its_own_side(reference_extractor):
    text = LEAD + (
        "Ukrainian President Volodymyr Zelenskiy spoke with Indian Prime Minister Narendra "
        "Modi on Sunday. In a readout of the call, Zelenskiy's office said he had thanked "
        "India \"for India's support of Ukraine's sovereignty\"."
    )

    found = extract(reference_extractor, text)

    assert not [c for c in found if c.actor_country == "UKR"]
    assert not [
        c for c in found if c.conflict == "india-pakistan-conflict" and c.stance.startswith("sup")
    ]
