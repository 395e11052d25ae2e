"""What an act is found to be: 'it found "India's military operation early this morning
regrettable"' condemns the side whose act it is, like "called" or "described"."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
KASHMIR = "india-pakistan-conflict"
DAY = date(2025, 5, 8)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_an_act_found_regrettable_is_condemned(reference_extractor):
    text = (
        "BEIJING, May 8 (Wire) - Indian forces struck targets in Pakistan on Wednesday.\n\n"
        "China, Pakistan's closest ally, said in a statement yesterday that it found "
        '"India\'s military operation early this morning regrettable".'
    )

    assert ("CHN", KASHMIR, "condemns", "a") in found(reference_extractor, text)


def test_a_finding_with_no_act_of_war_condemns_nothing(reference_extractor):
    text = (
        "BEIJING, May 8 (Wire) - Indian forces struck targets in Pakistan on Wednesday.\n\n"
        "China said in a statement yesterday that it found the delay of the trade talks "
        "regrettable."
    )

    assert not {f for f in found(reference_extractor, text) if f[2] == "condemns"}
