"""A war that "ended with" or "ended in" a ceasefire is history told, not a call for one; a
call to end the fighting with a ceasefire still is."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def found(extractor, text):
    return triples(extractor.extract(text, published=date(2025, 6, 14)))


@pytest.mark.parametrize(
    "text",
    [
        "Israel regained ground in an earlier round of the war in Gaza that ended with a "
        "Qatari-brokered ceasefire and the return of some hostages.",
        "Israel fought a war in Gaza in 2021 that ended in a ceasefire after eleven days.",
    ],
)
def test_a_war_that_ended_with_a_ceasefire_is_no_call(extractor, text):
    assert not any(t[2] == "calls_for_negotiation" for t in found(extractor, text))


def test_a_call_to_end_the_fighting_with_a_ceasefire_is_still_one(extractor):
    text = "Germany urged Israel and Hamas to end the war in Gaza with an immediate ceasefire."
    assert ("DEU", "israel-hamas-war", "calls_for_negotiation") in found(extractor, text)
