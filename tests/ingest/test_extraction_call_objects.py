"""The countries a call addresses are its objects, not its speakers: "called for restraint by
Israel and Iran", "urged Israel and Iran to ...", "Israel and Iran were urged by Egypt to ..."
are Egypt's call; only the caller speaks."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

CONFLICT = "israel-iran-conflict"
CALL = "calls_for_negotiation"


def found(extractor, text):
    return triples(extractor.extract(text, published=date(2025, 6, 14)))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt called for restraint by Israel and Iran.",
        "Egypt called for a halt to attacks by Israel and Iran.",
        "Egypt urged Israel and Iran to exercise restraint.",
        "Egypt called on both Israel and Iran to exercise restraint.",
        "Israel and Iran were urged by Egypt to show restraint.",
        "Israel and Iran were urged to show restraint by Egypt.",
        "Israel and Iran were urged to show restraint, the Egyptian foreign ministry said.",
    ],
)
def test_only_the_caller_speaks(reference_extractor, text):
    assert found(reference_extractor, text) == {("EGY", CONFLICT, CALL)}


def test_callers_after_came_from_still_speak(reference_extractor):
    text = "Calls for restraint by Israel and Iran came from Egypt and Jordan."
    assert found(reference_extractor, text) == {("EGY", CONFLICT, CALL), ("JOR", CONFLICT, CALL)}


def test_parties_that_call_for_restraint_themselves_still_speak(reference_extractor):
    # Negative: the subject of an active call is its speaker, parties to the conflict or not.
    text = "Israel and Iran both called for restraint by the other side."
    assert found(reference_extractor, text) == {("ISR", CONFLICT, CALL), ("IRN", CONFLICT, CALL)}


def test_a_passive_condemnation_still_belongs_to_its_agents(reference_extractor):
    text = "Iran's missile strikes on Israel were condemned by France and Germany."
    assert {("FRA", CONFLICT, "condemns"), ("DEU", CONFLICT, "condemns")} <= found(
        reference_extractor, text
    )
