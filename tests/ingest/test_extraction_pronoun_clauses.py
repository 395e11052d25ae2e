"""A pronoun in a clause right after the one person its sentence names, as no subject ("the
line Wang Yi set on Monday, when he said ..."), means that person, not the person in focus."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

PUBLISHED = date(2024, 3, 1)
EARLIER = (
    "Malaysian Prime Minister Anwar Ibrahim said Malaysia regretted the vote on the war in "
    "Ukraine.\n\n"
)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def found(extractor, text):
    return {
        (c.actor_country, c.stance, c.speaker) for c in extractor.extract(text, published=PUBLISHED)
    }


def test_he_after_when_is_the_person_named_before_as_no_subject(extractor):
    text = EARLIER + (
        "The vote is consistent with the line Wang Yi set on Monday, when he said China "
        '"calls for a ceasefire" in Ukraine.'
    )

    result = found(extractor, text)

    assert ("CHN", "calls_for_negotiation", "Wang Yi") in result
    assert not {r for r in result if r[0] == "MYS" and r[1] == "calls_for_negotiation"}


def test_he_without_such_a_clause_stays_the_person_in_focus(extractor):
    text = EARLIER + (
        "The vote met the line Wang Yi set on Monday. He said Malaysia calls for a ceasefire "
        "in Ukraine."
    )

    result = found(extractor, text)

    assert ("CHN", "calls_for_negotiation", "Wang Yi") not in result
