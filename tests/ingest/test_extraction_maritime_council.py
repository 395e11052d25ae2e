"""A country's National Maritime Council speaks for it like its National Security Council;
a council of no country named speaks for none."""

import dataclasses
from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.extraction.rules import default_rules
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(), dataclasses.replace(default_rules(), stance_model=None))


def found(extractor, text):
    return triples(extractor.extract(text, published=date(2025, 6, 14)))


def test_a_countrys_national_maritime_council_speaks_for_it(extractor):
    text = (
        "Israel's National Maritime Council said on Monday that Hamas's actions in the war "
        "in Gaza were aggressive and illegal."
    )
    assert ("ISR", "israel-hamas-war", "condemns") in found(extractor, text)


def test_a_maritime_council_of_no_country_speaks_for_none(extractor):
    text = (
        "A maritime council said on Monday that Hamas's actions in the war in Gaza were "
        "aggressive and illegal."
    )
    assert not any(t[2] == "condemns" for t in found(extractor, text))
