"""What a sentence names in passing (a cause, a condition, a place) does not tell which
conflict its statement is on."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


def _gazetteer() -> Gazetteer:
    gazetteer = small_gazetteer(
        countries=[
            {"iso3": "SYR", "name": "Syria", "names": [["Syrian", "demonym"],
                                                       ["Damascus", "capital"]]},
            {"iso3": "OMN", "name": "Oman", "names": [["Omani", "demonym"]]},
        ],
        conflicts=[
            {"slug": "israel-iran-conflict", "name": "Israel-Iran conflict",
             "aliases": ["Israel-Iran war"],
             "side_a_label": "Israel", "side_a_countries": ["ISR"],
             "side_b_label": "Iran", "side_b_countries": ["IRN"], "began": "2024-04-13"},
            {"slug": "syrian-civil-war", "name": "Syrian civil war", "aliases": [],
             "side_a_label": "Assad government", "side_a_countries": ["SYR", "IRN"],
             "side_b_label": "Syrian opposition", "side_b_countries": []},
        ],
    )  # fmt: skip
    data = gazetteer.to_dict()
    for conflict in data["conflicts"]:
        if conflict["slug"] == "israel-hamas-war":
            conflict["side_b_countries"] = ["PSE"]
    return Gazetteer.from_dict(data)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


HEADLINE = "Iran fires missiles at Israel, capitals urge calm\n\n"


def found(extractor, text):
    return triples(extractor.extract(HEADLINE + text, published=date(2024, 4, 15)))


def test_a_crisis_called_a_spillover_of_another_war_is_still_the_article_s_own(extractor):
    text = (
        "Iran launched drones at Israel overnight.\n\n"
        "Oman urged all sides to exercise restraint, calling the crisis the latest spillover"
        " of the Gaza war.\n\n"
        "Egypt called on all parties to show restraint."
    )

    assert found(extractor, text) >= {
        ("OMN", "israel-iran-conflict", "calls_for_negotiation"),
        ("EGY", "israel-iran-conflict", "calls_for_negotiation"),
    }
    assert not {t for t in found(extractor, text) if t[1] == "israel-hamas-war"}


def test_a_war_named_as_a_condition_does_not_carry_over_to_the_next_reaction(extractor):
    text = (
        "Iran launched drones at Israel overnight.\n\n"
        "Turkey said tensions would stay high as long as the Palestinian-Israeli conflict went"
        " unresolved.\n\n"
        "Egypt called on all parties to show restraint."
    )

    assert ("EGY", "israel-iran-conflict", "calls_for_negotiation") in found(extractor, text)
    assert ("EGY", "israel-hamas-war", "calls_for_negotiation") not in found(extractor, text)


def test_a_war_named_as_the_condition_of_a_statement_is_still_its_conflict(extractor):
    text = "Germany said it would support Ukraine as long as the war in Ukraine lasted."

    assert ("DEU", "russia-ukraine-war", "supports_side_a") in triples(
        extractor.extract(text, published=date(2023, 5, 2))
    )


def test_a_capital_named_as_the_place_of_an_act_brings_no_conflict_of_its_own(extractor):
    text = (
        "Iran launched drones at Israel overnight.\n\n"
        "Russia called on all parties to exercise restraint, but noted that Tehran had cited"
        " a strike on its consulate in Damascus."
    )

    assert ("RUS", "israel-iran-conflict", "calls_for_negotiation") in found(extractor, text)
    assert not {t for t in found(extractor, text) if t[1] == "syrian-civil-war"}


def test_concern_followed_by_a_call_in_the_paragraph_s_next_sentence_is_its_preamble(extractor):
    text = (
        "Iran launched drones at Israel overnight.\n\n"
        'Oman\'s foreign minister said Muscat was "troubled" and deeply concerned about the'
        ' escalation. "We urge all parties to exercise restraint," he said.'
    )

    assert {t for t in found(extractor, text) if t[0] == "OMN"} == {
        ("OMN", "israel-iran-conflict", "calls_for_negotiation")
    }


def test_concern_alone_in_its_paragraph_still_condemns(extractor):
    text = (
        "Iran launched drones at Israel overnight.\n\n"
        "Oman said it was deeply concerned about the attack.\n\n"
        "Egypt urged all parties to exercise restraint."
    )

    assert ("OMN", "israel-iran-conflict", "condemns") in found(extractor, text)


def test_concern_at_hostilities_between_both_sides_condemns_neither(extractor):
    text = (
        "Oman said it was deeply concerned at the escalation of hostilities between Israel"
        " and Iran, and urged both to step back from the brink."
    )

    candidates = extractor.extract(HEADLINE + text, published=date(2024, 4, 15))
    assert [c.target_side for c in candidates if c.stance == "condemns"] in ([], [None])
