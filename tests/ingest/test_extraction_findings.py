"""A formal finding is its maker's word: "determined that the RSF had committed genocide",
"concluded that ..." report what the office holder found, as "said" does."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db

PUBLISHED = date(2023, 12, 7)
LEAD = "WASHINGTON, Dec 7 (Wire) - Fighting raged on in the war in Sudan on Thursday.\n\n"


def extract(reference_extractor, text):
    return reference_extractor.extract(text, published=PUBLISHED)


def test_a_secretary_of_states_finding_condemns_the_side_found_guilty(reference_extractor):
    text = LEAD + (
        "Secretary of State Antony Blinken concluded on Wednesday that fighters of the Rapid "
        "Support Forces had committed war crimes in West Darfur."
    )

    found = extract(reference_extractor, text)

    usa = [c for c in found if c.actor_country == "USA"]
    assert [(c.stance, c.target_side, c.speaker) for c in usa] == [
        ("condemns", "b", "Antony Blinken")
    ]
    assert usa[0].date == date(2023, 12, 6)


def test_a_panel_of_experts_finding_is_no_countrys(reference_extractor):
    text = LEAD + (
        "A panel of independent experts concluded on Wednesday that fighters of the Rapid "
        "Support Forces had committed war crimes in West Darfur."
    )

    found = extract(reference_extractor, text)

    assert found == []


def test_a_country_determined_to_act_keeps_its_own_words(reference_extractor):
    text = LEAD + (
        "Kenyan President William Ruto said on Wednesday that Kenya was determined to end the "
        "fighting through talks between the two generals."
    )

    found = extract(reference_extractor, text)

    assert [(c.actor_country, c.stance, c.speaker) for c in found] == [
        ("KEN", "calls_for_negotiation", "William Ruto")
    ]
