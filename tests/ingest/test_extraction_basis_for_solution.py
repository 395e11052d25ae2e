"""A plan held up "as the only basis for" a negotiated solution endorses the plan, not talks;
a plain call for a negotiated solution still is one. The rules alone are tested: the learned
cue, asked where no rule answers, is a separate fallback."""

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


def test_a_plan_as_the_only_basis_for_a_solution_is_no_call_for_talks(extractor):
    text = (
        "Germany said of the Russia-Ukraine war, describing Kyiv's peace formula as "
        '"the only basis" for a just, lasting and negotiated political solution.'
    )
    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") not in found(extractor, text)


def test_a_call_for_a_negotiated_solution_is_still_one(extractor):
    text = (
        "Germany called for a just, lasting and negotiated political solution to the "
        "Russia-Ukraine war."
    )
    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") in found(extractor, text)
