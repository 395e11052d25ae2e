"""A plan held up "as the only basis for" a negotiated solution endorses the plan, not talks;
a plain call for a negotiated solution still is one. The learned cue is on: a cue phrase a
blocker cancels has been read, and the model may not read its words again as the position
the blocker ruled out (as with a negated cue)."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples
from tests.ingest.test_extraction_learned_cue import model_knowing, stances


@pytest.fixture(scope="module")
def extractor():
    extractor = Extractor(small_gazetteer())
    assert extractor.rules.stance_model is not None  # the fallback these tests are about
    return extractor


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


def test_the_learned_cue_still_reads_words_no_blocker_cancelled():
    # A model sure of a call wherever "basis" is written: it reads a sentence no cue phrase
    # matched, but not the words a blocker cancelled.
    model = model_knowing("basis", "calls_for_negotiation")
    unmatched = "Germany said the Russia-Ukraine war needs a fair basis, and soon."
    blocked = (
        "Germany said of the Russia-Ukraine war, describing Kyiv's peace formula as "
        '"the only basis" for a just, lasting and negotiated political solution.'
    )
    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation", None) in stances(model, unmatched)
    assert not stances(model, blocked)


def test_holding_a_side_responsible_is_a_judgement_not_a_deliberation(extractor):
    # "considered X responsible for" judges; "is considering" weighs what is not yet done.
    judged = (
        "Germany said it considered Russia responsible for the attack on Kyiv, in the "
        "Russia-Ukraine war."
    )
    weighing = "Germany said it was considering new sanctions on Russia over the war in Ukraine."
    assert ("DEU", "russia-ukraine-war", "condemns") in found(extractor, judged)
    assert ("DEU", "russia-ukraine-war", "condemns") not in found(extractor, weighing)
