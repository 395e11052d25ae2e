"""Reactions to a truce that take a side: the need to stop one side's act of war, said as one
more verb of the subject's list, and an outcome hailed as one side's victory."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
GAZA = "israel-hamas-war"
DAY = date(2025, 1, 16)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_the_need_to_stop_one_sides_aggression_condemns_it(reference_extractor):
    text = (
        "RIYADH, Jan 16 (Wire) - Saudi Arabia welcomed the Gaza deal on Wednesday night, "
        "stressed the need to adhere to it, to stop the Israeli aggression on Gaza and to "
        "secure the full withdrawal of Israeli forces from the Strip, its foreign ministry said."
    )

    assert ("SAU", GAZA, "condemns", "a") in found(reference_extractor, text)


def test_the_need_to_stop_the_war_condemns_nobody(reference_extractor):
    text = (
        "RIYADH, Jan 16 (Wire) - Saudi Arabia welcomed the Gaza deal on Wednesday night and "
        "stressed the need to stop the war in Gaza, its foreign ministry said."
    )

    assert not {f for f in found(reference_extractor, text) if f[2] == "condemns"}


def test_a_verb_after_a_comma_without_its_own_subject_keeps_the_subject(reference_extractor):
    text = (
        "CAIRO, Jan 16 (Wire) - Egypt welcomed the Gaza deal on Wednesday, stressed the need "
        "to end the Israeli occupation of Gaza, the presidency said."
    )

    assert ("EGY", GAZA, "condemns", "a") in found(reference_extractor, text)


def test_a_new_subject_after_a_comma_takes_the_verb(reference_extractor):
    text = (
        "CAIRO, Jan 16 (Wire) - Egypt welcomed the Gaza deal on Wednesday, armed groups "
        "stressed the need to end the Israeli occupation of Gaza."
    )

    assert ("EGY", GAZA, "condemns", "a") not in found(reference_extractor, text)


def test_an_outcome_hailed_as_a_sides_victory_backs_it(reference_extractor):
    text = (
        "TEHRAN, Jan 16 (Wire) - The Iranian foreign ministry hailed the Gaza ceasefire as "
        '"a great victory" for the Palestinian resistance.'
    )

    assert ("IRN", GAZA, "supports_side_b", None) in found(reference_extractor, text)


def test_a_victory_for_diplomacy_backs_no_side(reference_extractor):
    text = (
        "ANKARA, Jan 16 (Wire) - President Tayyip Erdogan hailed the Gaza ceasefire as a "
        "victory for diplomacy."
    )

    assert not {f for f in found(reference_extractor, text) if f[2].startswith("supports")}


def test_a_prime_ministers_office_speaks_for_its_country(reference_extractor):
    text = (
        "Capitals react to Gaza deal\n\n"
        "DOHA, Jan 16 (Wire) - Governments welcomed the Gaza deal.\n\n"
        "Downing Street. The prime minister's office said the focus must now be on turning it "
        "into a permanent end to the fighting."
    )

    candidates = reference_extractor.extract(text, published=DAY)

    assert [(c.actor_country, c.stance, c.speaker) for c in candidates] == [
        ("GBR", "calls_for_negotiation", None)
    ]


def test_an_office_with_no_country_speaks_for_none(reference_extractor):
    text = (
        "The prime minister's office said the focus must now be on turning the Gaza deal into "
        "a permanent end to the fighting."
    )

    assert not found(reference_extractor, text)
