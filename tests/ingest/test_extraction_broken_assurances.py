"""A side said to have broken its assurances, promises or commitments is judged by the speaker,
as one said to have crossed red lines; in an analyst's mouth, or kept, it is nothing."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
DAY = date(2023, 9, 21)
LEAD = "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday.\n\n"


def found(reference_extractor, text):
    return {
        (c.actor_country, c.stance, c.target_side)
        for c in reference_extractor.extract(LEAD + text, published=DAY)
        if c.conflict == "nagorno-karabakh-conflict"
    }


def test_a_side_said_to_have_broken_its_promises_is_condemned(reference_extractor):
    text = (
        "The Dutch foreign ministry said on Wednesday that Baku had broken its solemn "
        "promises to the Karabakh Armenians."
    )

    assert ("NLD", "condemns", "a") in found(reference_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "An analyst at a Tbilisi think tank said Baku had broken its solemn promises to the "
        "Karabakh Armenians.",
        "The Dutch foreign ministry said on Wednesday that Baku had kept its promises to the "
        "Karabakh Armenians.",
    ],
)
def test_promises_broken_in_an_analyst_s_view_or_kept_are_nothing(reference_extractor, text):
    assert not {f for f in found(reference_extractor, text) if f[1] == "condemns"}
