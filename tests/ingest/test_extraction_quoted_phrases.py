"""A quotation that opens inside a cue's phrase, on a lower-case word ('appealed "for calm',
'stands "in full solidarity with'), does not hide the cue; and a neutrality denied ("was not
neutral") is no neutrality."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
DAY = date(2024, 6, 19)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_a_call_whose_quotation_opens_before_for_is_a_call(reference_extractor):
    text = (
        "Canada's foreign minister said on Tuesday that Ottawa had appealed \"for calm and "
        'dialogue" after the latest collision in the South China Sea.'
    )

    assert ("CAN", "south-china-sea-disputes", "calls_for_negotiation", None) in found(
        reference_extractor, text
    )


def test_solidarity_whose_quotation_opens_before_in_backs_the_side(reference_extractor):
    text = (
        "Malaysia's prime minister said on Monday that his country stands \"in full "
        "solidarity with the people of Iran\" after Israel's strikes on Iranian nuclear sites."
    )

    assert ("MYS", "israel-iran-conflict", "supports_side_b", None) in found(
        reference_extractor, text
    )


def test_a_call_quoted_that_way_by_an_analyst_is_nobody_s(reference_extractor):
    text = (
        "A professor at the University of Toronto said on Tuesday that the region had appealed "
        '"for calm and dialogue" after the latest collision in the South China Sea.'
    )

    assert found(reference_extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Narendra Modi told Zelenskyy that India was "not neutral" in the war '
        "in Ukraine.",
        "Prime Minister Narendra Modi told Zelenskyy that India was not neutral in the war in "
        "Ukraine.",
    ],
)
def test_neutrality_denied_is_no_neutrality(reference_extractor, text):
    assert not {f for f in found(reference_extractor, text) if f[2] == "neutral"}


def test_neutrality_qualified_by_an_adverb_stays_neutrality(reference_extractor):
    text = "Prime Minister Narendra Modi said India was strictly neutral in the war in Ukraine."

    assert ("IND", "russia-ukraine-war", "neutral", None) in found(reference_extractor, text)
