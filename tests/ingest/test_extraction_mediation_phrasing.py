"""A mediator's invitation, a warning against steps that escalate, an attack on "our
sovereignty" by a list of one side's acts, and a group's heads who are no government."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
ESSEQUIBO = "guyana-venezuela-essequibo-dispute"
DAY = date(2023, 12, 11)


def found(reference_extractor, text, published=DAY):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=published)
    }


def test_inviting_both_leaders_to_talks_calls_for_them(reference_extractor):
    text = (
        "KINGSTOWN, Dec 11 (Wire) - The presidents of Venezuela and Guyana will meet on "
        "Thursday.\n\nPrime Minister Ralph Gonsalves said on Sunday that he had invited both "
        'leaders to face-to-face talks to "lower the temperature".'
    )

    assert ("VCT", ESSEQUIBO, "calls_for_negotiation", None) in found(reference_extractor, text)


def test_inviting_one_leader_to_dinner_calls_for_nothing(reference_extractor):
    text = (
        "KINGSTOWN, Dec 11 (Wire) - The presidents of Venezuela and Guyana will meet on "
        "Thursday.\n\nPrime Minister Ralph Gonsalves said on Sunday that he had invited "
        "Venezuela's president to a state dinner."
    )

    assert ("VCT", ESSEQUIBO, "calls_for_negotiation", None) not in found(reference_extractor, text)


def test_avoiding_measures_that_escalate_is_a_call_for_restraint(reference_extractor):
    text = (
        "BRASILIA, Dec 11 (Wire) - Brazil's President Luiz Inacio Lula da Silva said on "
        "Saturday that Venezuela should avoid unilateral measures that could escalate the "
        "Essequibo dispute."
    )

    assert ("BRA", ESSEQUIBO, "calls_for_negotiation", None) in found(reference_extractor, text)


def test_a_list_of_one_sides_acts_called_an_attack_on_our_sovereignty(reference_extractor):
    text = (
        "GEORGETOWN, Dec 11 (Wire) - Guyana's President Irfaan Ali spoke to the nation late on "
        "Saturday about the Essequibo dispute.\n\n"
        "\"Venezuela's threats, its annexation referendum and its new maps are an outright "
        "attack on our sovereignty and a defiance of the court's order,\" he said."
    )

    assert ("GUY", ESSEQUIBO, "condemns", "b") in found(reference_extractor, text)


def test_an_attack_on_our_sovereignty_by_nobody_named_condemns_no_side(reference_extractor):
    text = (
        "GEORGETOWN, Dec 11 (Wire) - Guyana's President Irfaan Ali spoke to the nation late on "
        "Saturday about the Essequibo dispute.\n\n"
        '"Any such move would be an attack on our sovereignty," he said.'
    )

    assert not {f for f in found(reference_extractor, text) if f[2] == "condemns"}


def test_a_groups_heads_of_government_are_no_government(reference_extractor):
    text = (
        "KINGSTOWN, Dec 15 (Wire) - Prime Minister Ralph Gonsalves read the declaration on "
        "Thursday.\n\n"
        "CARICOM Heads of Government, in a statement issued earlier this month, had reaffirmed "
        'their support for the "territorial integrity and sovereignty of Guyana".'
    )

    assert ("VCT", ESSEQUIBO, "supports_side_a", None) not in found(
        reference_extractor, text, date(2023, 12, 15)
    )
