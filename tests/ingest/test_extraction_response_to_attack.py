"""A terror attack named as the cause of an action ("a response to the April 22 terror
attack") is no condemnation by whoever acted; a terror attack condemned still is one."""

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


def test_a_response_to_a_terror_attack_is_no_condemnation(extractor):
    text = (
        "Israel struck targets in the war in Gaza, in what Israel described as a measured "
        "response to the October 7 terror attack by Hamas."
    )
    assert not any(t[2] == "condemns" for t in found(extractor, text))


def test_a_terror_attack_condemned_is_still_a_condemnation(extractor):
    text = "Germany said the October 7 terror attack by Hamas in the war in Gaza was appalling."
    assert ("DEU", "israel-hamas-war", "condemns") in found(extractor, text)
