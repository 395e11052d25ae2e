"""Condemnation in other words: blame laid as "fully responsible", disapproval "taken note of",
and a call for a side's withdrawal from where it fights."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
DRC = "eastern-dr-congo-conflict"
SEA = "south-china-sea-disputes"


def found(reference_extractor, text, published):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=published)
    }


def test_a_side_fully_responsible_is_condemned(reference_extractor):
    text = (
        "BEIJING, June 18 (Wire) - Chinese foreign ministry spokesman Lin Jian spoke about the "
        'incident at Second Thomas Shoal on Tuesday.\n\n"The Philippine side is fully '
        'responsible," Lin said.'
    )

    assert ("CHN", SEA, "condemns", "a") in found(reference_extractor, text, date(2024, 6, 18))


def test_being_responsible_for_ones_own_security_is_no_blame(reference_extractor):
    text = (
        "BEIJING, June 18 (Wire) - Chinese foreign ministry spokesman Lin Jian spoke about the "
        "incident at Second Thomas Shoal on Tuesday.\n\n"
        '"The Philippine side is fully responsible for its own security," Lin said.'
    )

    assert not found(reference_extractor, text, date(2024, 6, 18))


def test_a_call_for_a_sides_withdrawal_condemns_it(reference_extractor):
    text = (
        "NAIROBI, Jan 28 (Wire) - M23 rebels captured Goma on Monday.\n\n"
        "Kenyan President William Ruto called for the immediate withdrawal of M23 from Goma "
        "on Tuesday.\n\n"
        "Kenya took note with great disapproval of the capture of Goma by the M23 rebels, its "
        "foreign ministry said."
    )

    statements = found(reference_extractor, text, date(2025, 1, 28))

    assert statements == {("KEN", DRC, "condemns", "b")}


def test_a_call_for_all_foreign_forces_to_withdraw_names_no_side(reference_extractor):
    text = (
        "NAIROBI, Jan 28 (Wire) - M23 rebels captured Goma on Monday.\n\n"
        "Kenya called for the withdrawal of all foreign forces from the region on Tuesday."
    )

    assert not found(reference_extractor, text, date(2025, 1, 28))
