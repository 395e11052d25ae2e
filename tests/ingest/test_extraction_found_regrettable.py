"""What an act is found to be: 'it found "India's military operation early this morning
regrettable"' condemns the side whose act it is, like "called" or "described"."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.gazetteer import gazetteer_from_db

pytestmark = pytest.mark.django_db
KASHMIR = "india-pakistan-conflict"
DAY = date(2025, 5, 8)


@pytest.fixture
def extractor():
    return Extractor(gazetteer_from_db())


def found(extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in extractor.extract(text, published=DAY)
    }


def test_an_act_found_regrettable_is_condemned(extractor):
    text = (
        "BEIJING, May 8 (Wire) - Indian forces struck targets in Pakistan on Wednesday.\n\n"
        "China, Pakistan's closest ally, said in a statement yesterday that it found "
        '"India\'s military operation early this morning regrettable".'
    )

    assert ("CHN", KASHMIR, "condemns", "a") in found(extractor, text)


def test_a_finding_with_no_act_of_war_condemns_nothing(extractor):
    text = (
        "BEIJING, May 8 (Wire) - Indian forces struck targets in Pakistan on Wednesday.\n\n"
        "China said in a statement yesterday that it found the delay of the trade talks "
        "regrettable."
    )

    assert not {f for f in found(extractor, text) if f[2] == "condemns"}
