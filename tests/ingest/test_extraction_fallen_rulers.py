"""A ruler's fall and the reactions to it: violence against one's own people condemns the ruler,
a welcome for the fall too, a wish for an orderly transition calls for a political process, and
Beijing's "relevant parties" are the sides of the war the article is about."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

pytestmark = pytest.mark.django_db

PUBLISHED = date(2024, 12, 10)
LEAD = (
    "DAMASCUS, Dec 10 (Wire) - Rebel fighters patrolled the streets of Damascus on Tuesday, two "
    "days after President Bashar al-Assad fled to Moscow.\n\n"
)


def extract(reference_extractor, text):
    return reference_extractor.extract(text, published=PUBLISHED)


def test_a_ruler_said_to_oppress_his_own_people_is_condemned_by_the_speaker(
    reference_extractor,
):
    text = LEAD + (
        '"For thirteen years Bashar al-Assad has ruthlessly persecuted his own citizens," Dutch '
        "Prime Minister Dick Schoof said on Monday."
    )

    found = extract(reference_extractor, text)

    assert ("NLD", "syrian-civil-war", "condemns") in triples(found)
    assert not [c for c in found if c.actor_country == "SYR"]


def test_a_principle_on_ones_own_people_names_nobody(reference_extractor):
    text = LEAD + (
        "Dutch Prime Minister Dick Schoof said on Monday that no government should ever "
        "persecute its own citizens."
    )

    found = extract(reference_extractor, text)

    assert ("NLD", "syrian-civil-war", "condemns") not in triples(found)


def test_welcoming_a_rulers_ouster_condemns_the_ruler(reference_extractor):
    text = LEAD + (
        "Canada on Monday welcomed the ouster of Bashar al-Assad, Foreign Minister Melanie Joly "
        "said."
    )

    found = extract(reference_extractor, text)

    assert [c.target_side for c in found if c.actor_country == "CAN"] == ["a"]


def test_welcoming_a_fall_of_something_else_condemns_nobody(reference_extractor):
    text = LEAD + (
        "Canada on Monday welcomed the fall of food prices in the region, Foreign Minister "
        "Melanie Joly said."
    )

    found = extract(reference_extractor, text)

    assert not [c for c in found if c.actor_country == "CAN"]


def test_a_wish_for_an_orderly_transition_calls_for_a_political_process(reference_extractor):
    text = LEAD + (
        "Indonesian Foreign Minister Sugiono said on Monday that Jakarta hoped for an orderly "
        "and inclusive transition in Syria."
    )

    found = extract(reference_extractor, text)

    assert ("IDN", "syrian-civil-war", "calls_for_negotiation") in triples(found)


def test_a_transition_told_as_history_is_no_call(reference_extractor):
    text = LEAD + (
        "Indonesia, which went through a peaceful transition of its own in 1998, has an "
        "embassy in Damascus."
    )

    found = extract(reference_extractor, text)

    assert not [c for c in found if c.actor_country == "IDN"]


def test_beijings_relevant_parties_are_the_sides_of_the_articles_war(reference_extractor):
    text = LEAD + (
        "Rebel leaders said a caretaker cabinet would be named within days.\n\n"
        "Chinese foreign ministry spokesman Lin Jian said on Monday that Beijing hoped the "
        "relevant parties would restore order through a political solution."
    )

    found = extract(reference_extractor, text)

    assert ("CHN", "syrian-civil-war", "calls_for_negotiation") in triples(found)


def test_relevant_parties_in_a_story_on_no_war_name_none(reference_extractor):
    text = (
        "BRASILIA, Dec 10 (Wire) - Brazil's foreign ministry said on Monday that it hoped the "
        "relevant parties would settle their tariff quarrel through a political solution."
    )

    found = extract(reference_extractor, text)

    assert found == []
