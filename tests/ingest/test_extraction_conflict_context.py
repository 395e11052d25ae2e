"""Which conflict a stance is about when its sentence names it by no alias: a party's leader
or a party's other name, the parties its paragraph names aside, and a civil war's government
speaking of the fighting in a paragraph that goes on to another conflict."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    gazetteer = small_gazetteer(
            countries=[
                {"iso3": "SYR", "name": "Syria", "names": [["Syrian", "demonym"]]},
                {"iso3": "OMN", "name": "Oman", "names": [["Omani", "demonym"]]},
                {"iso3": "NOR", "name": "Norway", "names": [["Norwegian", "demonym"]]},
                {"iso3": "MMR", "name": "Myanmar", "names": [["Burma", "alias"]]},
                {"iso3": "TWN", "name": "Taiwan", "names": [["Taiwanese", "demonym"]]},
            ],
            people=[
                {"name": "Bashar al-Assad", "aliases": ["Assad"], "terms": [
                    {"country_iso3": "SYR", "office_title": "President of Syria",
                     "office_kind": "head_of_state", "start": "2000-07-17",
                     "end": "2024-12-08"}]},
            ],
            conflicts=[
                {"slug": "myanmar-civil-war", "name": "Myanmar civil war",
                 "aliases": ["Myanmar conflict"], "side_a_label": "Military junta",
                 "side_a_countries": ["MMR"], "side_b_label": "Resistance forces",
                 "side_b_countries": [], "began": "2021-02-01"},
                {"slug": "cross-strait-relations", "name": "Cross-Strait relations",
                 "aliases": ["one-China principle"], "side_a_label": "Taiwan",
                 "side_a_countries": ["TWN"], "side_b_label": "China",
                 "side_b_countries": ["CHN"]},
                {"slug": "syrian-civil-war", "name": "Syrian civil war",
                 "aliases": ["Syrian war"], "side_a_label": "Assad government",
                 "side_a_countries": ["SYR"], "side_b_label": "Syrian opposition",
                 "side_b_countries": [], "began": "2011-03-15"},
                {"slug": "israel-iran-conflict", "name": "Israel-Iran conflict",
                 "aliases": ["Israel-Iran war"], "side_a_label": "Israel",
                 "side_a_countries": ["ISR"], "side_b_label": "Iran",
                 "side_b_countries": ["IRN"], "began": "2024-04-13"},
            ],
    )  # fmt: skip
    data = gazetteer.to_dict()
    for country in data["countries"]:
        if country["iso3"] == "ISR":
            # as the shipped reference data names Israel in Iranian officials' speech
            country["names"].append(["the Zionist regime", "metonym"])
    return Extractor(Gazetteer.from_dict(data))


def stances(extractor, text, published):
    return {
        (c.actor_country, c.conflict, c.stance)
        for c in extractor.extract(text, published=published)
    }


# An opening paragraph naming another conflict, so that no article-wide fallback decides.
UKRAINE_LEAD = "Markets fell again as the war in Ukraine entered its fourth year.\n\n"


def test_a_fallen_leader_named_aside_tells_his_country_s_conflict(extractor):
    text = UKRAINE_LEAD + (
        "Norway's prime minister said the people had endured Assad's cruel rule for far too "
        "long and called for a political solution."
    )

    assert ("NOR", "syrian-civil-war", "calls_for_negotiation") in stances(
        extractor, text, date(2024, 12, 9)
    )


def test_a_sentence_naming_no_party_takes_the_party_its_paragraph_names_aside(extractor):
    text = UKRAINE_LEAD + (
        "Oman's foreign minister said the next round of nuclear talks between Iran and the "
        'United States had been called off. "Dialogue is the only road to a lasting peace," '
        "he wrote on social media."
    )

    assert ("OMN", "israel-iran-conflict", "calls_for_negotiation") in stances(
        extractor, text, date(2025, 6, 14)
    )


def test_a_paragraph_naming_only_the_speaker_s_own_country_lends_no_conflict(extractor):
    text = (
        "Oman's foreign minister said the next round of talks in Muscat had been called off. "
        '"Dialogue is the only road to a lasting peace," he wrote on social media.'
    )

    assert stances(extractor, text, date(2025, 6, 14)) == set()


def test_the_zionist_regime_is_israel_in_an_iranian_condemnation(extractor):
    text = UKRAINE_LEAD + (
        "Iran's foreign minister said the Zionist regime had committed a crime against the "
        "Iranian nation with its strikes at dawn."
    )

    found = {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in extractor.extract(text, published=date(2025, 6, 14))
    }
    assert ("IRN", "israel-iran-conflict", "condemns", "a") in found


def test_a_civil_war_s_government_speaking_of_the_fighting_means_its_own_war(extractor):
    text = UKRAINE_LEAD + (
        "Myanmar's junta leader said the country was determined to end the fighting through "
        "political dialogue with the armed groups. He added that Myanmar stands by the "
        "one-China principle."
    )

    found = stances(extractor, text, date(2024, 8, 20))
    assert ("MMR", "myanmar-civil-war", "calls_for_negotiation") in found
    assert ("MMR", "cross-strait-relations", "calls_for_negotiation") not in found


def test_a_party_to_a_war_between_states_is_not_assumed_to_mean_its_own(extractor):
    text = (
        "Israel struck targets across Iran on Friday.\n\n"
        "Moscow also condemned the strikes. Its spokesman said Israel and Iran should stop."
    )

    found = {conflict for _, conflict, _ in stances(extractor, text, date(2025, 6, 14))}
    assert "russia-ukraine-war" not in found


def test_a_side_s_name_names_no_war_not_yet_begun(extractor):
    text = (
        "Indian and Pakistani troops exchanged fire across the Line of Control on Sunday.\n\n"
        "Iran's foreign ministry urged both sides to show restraint and said the Islamic "
        "Republic was ready to help start talks between them."
    )

    found = {conflict for _, conflict, _ in stances(extractor, text, date(2020, 9, 28))}
    assert "israel-iran-conflict" not in found
