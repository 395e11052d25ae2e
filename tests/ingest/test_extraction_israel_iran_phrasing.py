"""The Israel-Iran war as news words it: "the Islamic Republic", interceptions, condemnation
from a group of governments named by example."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer


def _gazetteer() -> Gazetteer:
    gazetteer = small_gazetteer(
        countries=[
            {"iso3": "FRA", "name": "France", "names": [["French", "demonym"]]},
            {"iso3": "JOR", "name": "Jordan", "names": [["Jordanian", "demonym"]]},
            {"iso3": "OMN", "name": "Oman", "names": [["Omani", "demonym"]]},
        ],
        conflicts=[
            {"slug": "israel-iran-conflict", "name": "Israel-Iran conflict",
             "aliases": ["Israel-Iran war"],
             "side_a_label": "Israel", "side_a_countries": ["ISR"],
             "side_b_label": "Iran", "side_b_countries": ["IRN"], "began": "2024-04-13"}
        ],
    )  # fmt: skip
    data = gazetteer.to_dict()
    for country in data["countries"]:
        if country["iso3"] == "PAK":
            country["names"].append(["Islamic Republic of Pakistan", "official"])
    return Gazetteer.from_dict(data)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


def stances(extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in extractor.extract(text, published=date(2025, 6, 14))
    }


def test_the_islamic_republic_is_iran_in_its_war_with_israel(extractor):
    text = "Oman condemned the Israeli aggression against the Islamic Republic on Friday."

    assert stances(extractor, text) == {("OMN", "israel-iran-conflict", "condemns", "a")}


def test_another_islamic_republic_s_official_name_is_that_country(extractor):
    text = "The Islamic Republic of Pakistan condemned India's strikes."

    assert {conflict for _, conflict, _, _ in stances(extractor, text)} == {
        "india-pakistan-conflict"
    }


def test_solidarity_reaches_a_side_named_after_its_government_and_people(extractor):
    text = (
        "Israel struck Iran on Friday. Pakistan expressed solidarity with the government and "
        "people of the Islamic Republic."
    )

    assert ("PAK", "israel-iran-conflict", "supports_side_b", None) in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles at Israel. Britain helped shoot down Iranian drones, officials said.",
        "Iran fired missiles at Israel. U.S. destroyers helped Israel intercept the missiles.",
    ],
)
def test_helping_intercept_a_side_s_missiles_backs_the_other(extractor, text):
    found = stances(extractor, text)

    assert {(conflict, stance) for _, conflict, stance, _ in found} == {
        ("israel-iran-conflict", "supports_side_a")
    }


def test_intercepting_what_crosses_one_s_own_airspace_is_no_support(extractor):
    text = "Iran fired missiles at Israel. Jordan intercepted Iranian drones over its territory."

    assert stances(extractor, text) == set()


def test_condemnation_from_a_group_named_by_example_is_each_example_s(extractor):
    text = (
        "Iran's missile attack on Israel drew swift condemnation from Western governments, "
        "including Britain, France and Germany."
    )

    assert {
        (country, stance, target) for country, _, stance, target in stances(extractor, text)
    } == {
        ("GBR", "condemns", "b"),
        ("FRA", "condemns", "b"),
        ("DEU", "condemns", "b"),
    }


def test_rejecting_claims_of_an_act_denies_it_and_condemns_no_one(extractor):
    text = (
        "Iran fired missiles at Israel. France rejected claims that it had helped Israel "
        "intercept them."
    )

    assert stances(extractor, text) == set()


def test_a_conflict_named_in_another_predicate_is_not_the_condemnation_s(extractor):
    text = (
        "Iran fired about 180 ballistic missiles at Israel on Tuesday, its second direct attack "
        "on Israel this year.\n\nIsrael vowed to retaliate against Iran.\n\n"
        "Britain condemned the attack and called for a ceasefire in Gaza."
    )

    found = {(c.actor_country, c.conflict, c.stance) for c in extractor.extract(text)}

    assert ("GBR", "israel-iran-conflict", "condemns") in found
    assert ("GBR", "israel-hamas-war", "condemns") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel struck Iran on Friday. Britain said Israel's strikes on Iran were justified.",
            {("GBR", "israel-iran-conflict", "supports_side_a", None)},
        ),
        ("Israel struck Iran on Friday. Britain said Israel's strikes were not justified.", set()),
        ("Iran fired missiles at Israel. Iran said its retaliation was legitimate.", set()),
    ],
)
def test_a_side_s_strikes_called_justified_back_it(extractor, text, expected):
    assert stances(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck Iran on Friday. Türkiye has been sharply critical of Israel's strikes.",
        "Israel struck Iran on Friday. Türkiye was critical of the Israeli strikes on Iran.",
        "Türkiye has been one of the most vocal critics of Israel's strikes on Iran.",
    ],
)
def test_being_critical_of_a_side_s_strikes_condemns_them(extractor, text):
    assert stances(extractor, text) == {("TUR", "israel-iran-conflict", "condemns", "a")}


def test_analysts_critical_of_strikes_are_no_country(extractor):
    text = "Israel struck Iran on Friday. Analysts were critical of Israel's strikes on Iran."

    assert stances(extractor, text) == set()


def test_a_country_names_only_the_conflicts_already_begun(extractor):
    # October 2023: Israel is at war with Hamas; its war with Iran lies months ahead, so the
    # speaker's own conflict (India's with Pakistan) is no fallback either.
    text = "India said it was deeply shocked by the news of terrorist attacks in Israel."

    found = extractor.extract(text, published=date(2023, 10, 12))

    assert {(c.actor_country, c.conflict) for c in found} == {("IND", "israel-hamas-war")}


@pytest.mark.parametrize(
    "text",
    [
        'Jordan "expresses its firm denunciation of the Israeli strikes on Iran", it said.',
        "Jordan expresses its deep condemnation of the Israeli strikes on Iran.",
    ],
)
def test_a_country_expressing_its_own_condemnation_condemns(extractor, text):
    assert stances(extractor, text) == {("JOR", "israel-iran-conflict", "condemns", "a")}


def test_a_country_s_own_act_named_by_another_is_still_no_condemnation_of_its_own(extractor):
    text = "France said Iran was stepping up its attacks on Israel."

    assert ("IRN", "israel-iran-conflict", "condemns", "b") not in stances(extractor, text)
