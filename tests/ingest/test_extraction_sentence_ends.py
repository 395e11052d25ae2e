"""Where sentences end: a number ends one ("passed by 141 votes to 5. India abstained"), as
long as it numbers no list; an abbreviation, an initial or a decimal point ends none."""

from datetime import date

import pytest

from ingest.extraction.text import parse


def sentences(text):
    return [text[s.start : s.end] for s in parse(text).sentences]


@pytest.mark.parametrize(
    "text",
    [
        "The resolution passed by 141 votes to 5. India abstained.",
        "The General Assembly adopted it on Sept. 5. India abstained.",
        "The vote came after the tally rose by 0.5. India abstained.",
        "Abstentions: 5. India abstained.",
    ],
)
def test_a_number_ends_a_sentence(text):
    assert sentences(text)[-1] == "India abstained."


@pytest.mark.parametrize(
    "text",
    [
        "It is resolution No. 5 that India abstained on.",
        "Growth was 5.5 per cent as India abstained.",
        "The text demands: 1. Withdrawal of troops; 2. Release of prisoners; 3. Talks.",
        "2. Abstained: India, China, South Africa.",
        "J. Smith said India abstained.",
        "The U.S. envoy said India abstained.",
    ],
)
def test_no_sentence_ends_at_an_abbreviation_a_decimal_point_or_a_list_number(text):
    assert sentences(text) == [text]


def test_the_abstention_after_a_tally_is_its_own_statement(reference_extractor):
    text = (
        "The General Assembly resolution on the war in Ukraine passed by 141 votes to 5. "
        "India abstained."
    )
    found = reference_extractor.extract(text, published=date(2022, 3, 2))
    abstentions = [c for c in found if c.stance == "abstains"]
    assert [c.actor_country for c in abstentions] == ["IND"]
    assert text[abstentions[0].start : abstentions[0].end] == "India abstained."
