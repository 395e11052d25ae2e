"""A message passed on in a call is its sender's words ("conveyed ... solidarity with"), a part
to play in calming things is offered mediation like a role, and opening the way to talks is a
call for them when said as what should be done; beside each, what stays nothing."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
DAY = date(2025, 5, 9)
LEAD = "Indian missiles struck sites in Pakistan early on Wednesday.\n\n"
KASHMIR = "india-pakistan-conflict"


def found(reference_extractor, text):
    return {
        (c.actor_country, c.stance, c.speaker)
        for c in reference_extractor.extract(LEAD + text, published=DAY)
        if c.conflict == KASHMIR
    }


def test_a_message_conveyed_in_a_call_is_the_sender_s(reference_extractor):
    text = (
        "Speaking by phone with Shehbaz Sharif on Thursday, President Recep Tayyip Erdogan "
        'conveyed Turkey\'s "full solidarity with Pakistan and its people", Islamabad said.'
    )

    assert ("TUR", "supports_side_b", "Recep Tayyip Erdoğan") in found(reference_extractor, text)


def test_a_message_conveyed_by_an_analyst_is_nobody_s(reference_extractor):
    text = (
        "A researcher at an Ankara think tank said the call conveyed little beyond "
        "solidarity with Pakistan."
    )

    assert found(reference_extractor, text) == set()


def test_a_part_to_play_in_calming_things_is_offered_mediation(reference_extractor):
    text = (
        "Oman's foreign minister said on Thursday that Muscat stood ready to play its part "
        "in easing the crisis between India and Pakistan."
    )

    assert {(country, stance) for country, stance, _ in found(reference_extractor, text)} == {
        ("OMN", "calls_for_negotiation")
    }


def test_a_part_played_in_a_parade_is_no_mediation(reference_extractor):
    text = (
        "Oman's foreign minister said on Thursday that Muscat would play its part in the "
        "regional trade fair with India and Pakistan."
    )

    assert found(reference_extractor, text) == set()


def test_opening_the_way_to_talks_as_what_should_be_done_is_a_call(reference_extractor):
    text = (
        '"Rather than trading threats, we should open the way for dialogue," the Egyptian '
        "foreign ministry said on Thursday of India and Pakistan."
    )

    assert ("EGY", "calls_for_negotiation", None) in found(reference_extractor, text)


def test_an_act_said_to_open_the_way_to_talks_is_no_call(reference_extractor):
    text = (
        "Egypt's foreign ministry said on Thursday that the hotline between India and "
        "Pakistan had opened the way for talks."
    )

    assert found(reference_extractor, text) == set()


def test_a_fronted_contrast_closed_by_a_comma_does_not_negate_the_call(reference_extractor):
    text = (
        '"Rather than threats, we should clear the path to talks," the Saudi foreign ministry '
        "said on Thursday of India and Pakistan."
    )

    assert ("SAU", "calls_for_negotiation", None) in found(reference_extractor, text)


def test_what_a_contrast_sets_aside_stays_negated(reference_extractor):
    text = (
        "The Saudi foreign ministry said on Thursday that, rather than condemning India, "
        "it would keep in touch with both capitals."
    )

    assert found(reference_extractor, text) == set()
