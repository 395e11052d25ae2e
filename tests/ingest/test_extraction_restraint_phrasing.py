"""Calls for restraint and talks said in other words than the usual cues: steps that could
lead to escalation, the time for calm, help offered towards talks, a truce hoped to hold,
dialogue hoped to be chosen, settlements acceptable to both parties; and a quotation standing
as its own paragraph after the line that introduces it with a colon."""

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
    ("text", "expected"),
    [
        (
            "Germany called on Israel and Hamas to refrain from actions that might lead to "
            "further escalation in the war in Gaza.",
            ("DEU", "israel-hamas-war"),
        ),
        (
            "Turkey urged both sides in the war in Gaza to avoid any moves which could "
            "further inflame the region.",
            ("TUR", "israel-hamas-war"),
        ),
        (
            "Britain said of the war in Gaza that now is the time for maximum restraint.",
            ("GBR", "israel-hamas-war"),
        ),
        (
            "Qatar said it was willing to do everything in its power to help the two sides "
            "reach a ceasefire in the war in Gaza.",
            ("QAT", "israel-hamas-war"),
        ),
        (
            "Egypt said it hoped the truce between Israel and Hamas would hold.",
            ("EGY", "israel-hamas-war"),
        ),
        (
            "China supported India and Pakistan in reaching a lasting settlement of the "
            "India-Pakistan conflict.",
            ("CHN", "india-pakistan-conflict"),
        ),
        (
            "China hoped, its envoy added, that Israel and Hamas would opt for dialogue in the "
            "war in Gaza.",
            ("CHN", "israel-hamas-war"),
        ),
        (
            "Brazil said only solutions acceptable to both sides could end the Russia-Ukraine war.",
            ("BRA", "russia-ukraine-war"),
        ),
        (
            'Saudi Arabia said of the Russia-Ukraine war: "The road to peace will require '
            'difficult compromises."',
            ("SAU", "russia-ukraine-war"),
        ),
        (
            "Egypt urged the two parties in the war in Gaza to engage constructively in "
            "the next round of talks.",
            ("EGY", "israel-hamas-war"),
        ),
        (
            "Egypt expressed hope that the aid convoys would contribute to calm and to a "
            "lasting ceasefire in the war in Gaza.",
            ("EGY", "israel-hamas-war"),
        ),
        (
            "Qatar reaffirmed its support for a settlement based on the 2023 road map in the "
            "war in Gaza.",
            ("QAT", "israel-hamas-war"),
        ),
        (
            "Turkey said Israel must reconcile with the Palestinians to end the war in Gaza.",
            ("TUR", "israel-hamas-war"),
        ),
    ],
)
def test_a_call_in_other_words_is_a_call_for_negotiation(extractor, text, expected):
    assert (*expected, "calls_for_negotiation") in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said the time for diplomacy with Hamas was over in the war in Gaza.",
        "Qatar said it was ready to help the victims of the war in Gaza.",
        "Russia chose war over peace in Ukraine, Germany said.",
        "Pakistan said it chose dialogue with India in the India-Pakistan conflict.",
        "Qatar hoped the new tanks would contribute to Ukraine's defence in the war in Ukraine.",
        "Egypt said the settlement in the West Bank was based on no law, in the war in Gaza.",
        "The road to peace in Ukraine requires compromise, said Anna Petrova, an analyst at "
        "the Carnegie Endowment.",
    ],
)
def test_a_party_s_own_choice_an_ended_time_or_an_analyst_is_no_call(extractor, text):
    assert not {t for t in found(extractor, text) if t[2] == "calls_for_negotiation"}


def test_a_quotation_after_a_line_ending_on_a_colon_is_that_line_s_speaker_s(extractor):
    text = (
        "Britain's foreign secretary wrote on X on Friday:\n\n"
        '"The strikes in the war in Gaza are alarming. Now is the time for calm and a '
        'return to diplomacy."'
    )

    assert ("GBR", "israel-hamas-war", "calls_for_negotiation") in found(extractor, text)


def test_a_quotation_after_a_line_that_introduces_nothing_is_nobody_s(extractor):
    text = (
        "Britain's foreign secretary arrived in Doha on Friday.\n\n"
        '"The strikes in the war in Gaza are alarming. Now is the time for calm and a '
        'return to diplomacy."'
    )

    assert ("GBR", "israel-hamas-war", "calls_for_negotiation") not in found(extractor, text)


# -- a hyphened keyword: words split at hyphens, so it is looked for by its longest part ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey said it supported de-escalation between India and Pakistan.",
        "Turkey said it backs the de-escalation of the situation between India and Pakistan.",
    ],
)
def test_support_for_de_escalation_is_a_call_for_restraint(extractor, sentence):
    assert ("TUR", "india-pakistan-conflict", "calls_for_negotiation") in found(extractor, sentence)


def test_escalation_supported_is_no_call_for_restraint(extractor):
    sentence = "Turkey said India supported the escalation of the attacks on Pakistan."

    assert ("TUR", "india-pakistan-conflict", "calls_for_negotiation") not in found(
        extractor, sentence
    )
