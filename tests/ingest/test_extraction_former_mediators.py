"""A former office holder the gazetteer lacks stays a former one when the article names them
again by surname: a retired president mediating for a bloc is no voice of their country."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db

PUBLISHED = date(2022, 10, 26)
LEAD = (
    "ADDIS ABABA, Oct 26 (Wire) - Fighting went on in the war in Tigray on Wednesday as envoys "
    "prepared a new round of talks.\n\n"
)


def extract(reference_extractor, text):
    return reference_extractor.extract(text, published=PUBLISHED)


def test_a_former_president_named_again_by_surname_speaks_for_no_country(reference_extractor):
    text = LEAD + (
        "The talks are chaired by former Tanzanian president Jakaya Kikwete on behalf of the "
        "regional bloc.\n\n"
        "Kikwete told the delegations on Tuesday that the war in Tigray must end with an "
        "immediate ceasefire."
    )

    found = extract(reference_extractor, text)

    assert not [c for c in found if c.actor_country == "TZA"]


def test_a_sitting_minister_named_again_by_surname_still_speaks_for_the_country(
    reference_extractor,
):
    text = LEAD + (
        "The talks are chaired by Burundian Foreign Minister Albert Shingiro on behalf of the "
        "regional bloc.\n\n"
        "Shingiro told the delegations on Tuesday that the war in Tigray must end with an "
        "immediate ceasefire."
    )

    found = extract(reference_extractor, text)

    assert ("BDI", "tigray-war", "calls_for_negotiation") in {
        (c.actor_country, c.conflict, c.stance) for c in found
    }
    assert [c.speaker for c in found if c.actor_country == "BDI"] == ["Albert Shingiro"]
