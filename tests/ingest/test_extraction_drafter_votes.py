"""A country that drafted or introduced the resolution and voted for it: its yes vote counts
as anyone's, with the resolution's stance; its speech describing the text ("said the text
called for a ceasefire") is the text's words, filed neither by a cue nor by the learned cue
as a position of its own beside the vote."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

LEAD = (
    "The UN General Assembly on Thursday adopted a resolution demanding that Russia withdraw "
    "its troops from Ukraine by 141 votes to 7, with 32 abstentions. "
)
CONDEMNS = ("russia-ukraine-war", "condemns")
CALL = ("russia-ukraine-war", "calls_for_negotiation")


def extract(extractor, text):
    return extractor.extract(LEAD + text, published=date(2023, 2, 24))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine, which drafted the text, voted in favour, as did Germany.",
        "Ukraine drafted the resolution and voted for it, as did Germany.",
        "Ukraine, the text's sponsor, voted yes, as did Germany.",
    ],
)
def test_the_drafter_s_yes_vote_counts_as_any_other(reference_extractor, text):
    found = extract(reference_extractor, text)
    assert triples(found) == {("UKR", *CONDEMNS), ("DEU", *CONDEMNS)}
    assert {c.kind for c in found} == {"vote"}


@pytest.mark.parametrize(
    "speech",
    [
        "Introducing the draft, Ukraine's representative said the text called for a ceasefire "
        "and for negotiations.",
        "Introducing the draft, Ukraine's representative said that the resolution was a call "
        "for peace.",
    ],
)
def test_the_drafter_s_description_of_its_text_is_not_filed_beside_its_vote(
    reference_extractor, speech
):
    found = triples(extract(reference_extractor, f"{speech} Ukraine voted in favour."))
    assert found == {("UKR", *CONDEMNS)}


def test_a_call_of_the_speaker_s_own_after_describing_the_text_is_still_its(reference_extractor):
    # Negative: the text is the subject only of the predicate right after it.
    text = "China said the resolution would not help end the war and called for negotiations."
    assert ("CHN", *CALL) in triples(extract(reference_extractor, text))
