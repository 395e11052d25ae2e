"""Calls for an end to a war made without a verb of urging: what the warring parties "must" do,
said of them; and a summit hosted to end the fighting."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

PUBLISHED = date(2024, 3, 26)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_what_the_warring_parties_must_do_is_a_call(extractor):
    text = (
        "Egypt hosted a meeting on the war in Gaza. The Egyptian foreign minister told "
        'delegates that the warring parties "must cease fire immediately".'
    )

    assert ("EGY", "calls_for_negotiation") in triples(extractor, text)


def test_what_the_parties_cannot_do_is_no_call(extractor):
    text = (
        "Egypt hosted a meeting on the war in Gaza. The Egyptian foreign minister said the "
        "warring parties had refused to sign anything."
    )

    assert ("EGY", "calls_for_negotiation") not in triples(extractor, text)


def test_hosting_a_summit_to_end_the_fighting_is_a_call(extractor):
    text = (
        "Egypt announced that it would host a summit of Israel's neighbours in Cairo on "
        "Thursday to discuss ways of ending the fighting in Gaza."
    )

    assert ("EGY", "calls_for_negotiation") in triples(extractor, text)


def test_hosting_a_summit_on_trade_is_no_call(extractor):
    text = (
        "Egypt announced that it would host a summit of Israel's neighbours in Cairo on "
        "Thursday to discuss trade, despite the war in Gaza."
    )

    assert ("EGY", "calls_for_negotiation") not in triples(extractor, text)


def test_all_parties_must_prioritize_dialogue_is_a_call(extractor):
    text = (
        "The Security Council met on the war in Gaza. An Egyptian envoy said: "
        '"All parties must prioritize dialogue and diplomacy."'
    )

    assert ("EGY", "calls_for_negotiation") in triples(extractor, text)


def test_not_wanting_further_escalation_is_a_call(extractor):
    text = (
        "Israel struck targets in Gaza on Saturday. Egypt did not want to see further "
        "escalation in the region, the foreign ministry said."
    )

    assert ("EGY", "calls_for_negotiation") in triples(extractor, text)


def test_wanting_escalation_stopped_by_force_is_no_such_call(extractor):
    text = (
        "Israel struck targets in Gaza on Saturday. Egypt did not want to see the Israeli "
        "army leave Gaza, the foreign ministry said."
    )

    assert ("EGY", "calls_for_negotiation") not in triples(extractor, text)


def test_opposing_any_action_that_could_escalate_is_a_call(extractor):
    text = (
        "Israel struck targets in Gaza on Monday. Egypt opposes any actions that could "
        "escalate tensions, its foreign ministry said."
    )

    assert ("EGY", "calls_for_negotiation") in triples(extractor, text)


def test_opposing_any_action_that_could_help_a_side_is_no_call(extractor):
    text = (
        "Israel struck targets in Gaza on Monday. Egypt opposes any actions that could help "
        "Israel, its foreign ministry said."
    )

    assert ("EGY", "calls_for_negotiation") not in triples(extractor, text)
