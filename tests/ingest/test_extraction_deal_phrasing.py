"""Calls for talks said through deals: a party accepting, signing or ratifying a truce or a
peace agreement, a government welcoming the announcement of one, and the parties agreeing,
on a bare weekday, not to use force; beside each, what must stay nothing."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2025, 3, 15)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "YEM", "name": "Yemen", "names": [["Yemeni", "demonym"]]},
                {"iso3": "OMN", "name": "Oman", "names": [["Omani", "demonym"]]},
                {"iso3": "COD", "name": "Democratic Republic of the Congo",
                 "names": [["Congo", "alias"], ["DRC", "alias"], ["Kinshasa", "capital"]]},
                {"iso3": "RWA", "name": "Rwanda", "names": [["Rwandan", "demonym"]]},
            ],
            conflicts=[
                {"slug": "yemen-civil-war", "name": "Yemen civil war", "aliases": [],
                 "side_a_label": "Internationally recognised government and Gulf coalition",
                 "side_a_countries": ["YEM"], "side_b_label": "Houthis (Ansar Allah)",
                 "side_b_countries": []},
                {"slug": "eastern-congo", "name": "Eastern Congo conflict", "aliases": [],
                 "side_a_label": "DR Congo", "side_a_countries": ["COD"],
                 "side_b_label": "M23 (and Rwanda)", "side_b_countries": ["RWA"]},
            ],
        )
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The foreign ministers of Congo and Rwanda signed a Qatari-mediated peace accord on "
         "Tuesday to end the fighting around Goma.",
         {("COD", "eastern-congo"), ("RWA", "eastern-congo")}),
        ("Congo and Rwanda signed a declaration of principles in Doha.",
         {("COD", "eastern-congo"), ("RWA", "eastern-congo")}),
        ("Yemen's internationally recognised government said it had accepted the truce with "
         "the Houthis.", {("YEM", "yemen-civil-war")}),
        ("Pakistan ratified the ceasefire agreement with India on Monday.",
         {("PAK", "india-pakistan-conflict")}),
    ],
)  # fmt: skip
def test_a_party_accepting_or_signing_a_deal_commits_to_it(extractor, sentence, expected):
    found = extractor.extract(sentence, published=PUBLISHED)

    assert triples(found) == {(iso3, slug, "calls_for_negotiation") for iso3, slug in expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan signed a trade deal with India on Monday.",
        "Pakistan refused to sign the ceasefire agreement with India.",
        "Oman welcomed the announcement of a new cabinet in Yemen, weeks after the Houthis broke "
        "the truce.",
    ],
)
def test_a_deal_without_peace_or_a_refusal_to_sign_is_no_call(extractor, sentence):
    assert extractor.extract(sentence, published=PUBLISHED) == []


def test_welcoming_the_announcement_of_a_truce_however_long_the_announcer_is_a_call(
    extractor,
):
    text = (
        "Oman has welcomed the announcement by the special envoy of the Secretary-General for "
        "Yemen, Jane Mwangi, of a nationwide truce with the Houthis."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("OMN", "yemen-civil-war", "calls_for_negotiation")}


def test_a_side_named_by_its_government_stays_a_side_without_a_country_before_it(extractor):
    text = "Oman condemned the attack by the internationally recognised government on the Houthis."

    found = extractor.extract(text, published=PUBLISHED)

    assert all(c.actor_country == "OMN" for c in found)


def test_renouncing_force_on_a_bare_weekday_is_a_commitment_to_talks(extractor):
    text = (
        "India and Pakistan agreed Thursday that neither country would threaten or use force "
        "against the other."
    )

    assert triples(extractor.extract(text, published=PUBLISHED)) == {
        ("IND", "india-pakistan-conflict", "calls_for_negotiation"),
        ("PAK", "india-pakistan-conflict", "calls_for_negotiation"),
    }


def test_a_list_item_without_a_subject_is_the_commitment_of_the_words_opening_the_list(
    extractor,
):
    text = (
        "India and Pakistan met in Tashkent on Monday.\n\n"
        "In their joint statement, India and Pakistan:\n\n"
        "- agreed that neither country would threaten or use force against the other;\n"
        "- agreed that the dispute would be settled under the Simla Agreement of 2 July 1972."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {
        ("IND", "india-pakistan-conflict", "calls_for_negotiation"),
        ("PAK", "india-pakistan-conflict", "calls_for_negotiation"),
    }
    assert {c.date for c in found} == {date(2025, 3, 10)}  # not the old agreement's day


def test_a_list_not_opened_by_its_parties_is_nobody_s_commitment(extractor):
    text = (
        "The talks in Tashkent on Monday covered these points:\n\n"
        "- whether the two could agree that neither would threaten or use force;\n"
        "- trade across the Kashmir line of control."
    )

    assert extractor.extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwanda said it would work towards a peace agreement with Congo by the summer.",
        '"Our aim is to sign a lasting peace accord with Congo," the Rwandan foreign minister '
        "said.",
    ],
)
def test_working_or_aiming_for_a_peace_deal_is_a_call(extractor, sentence):
    found = extractor.extract(sentence, published=PUBLISHED)

    assert triples(found) == {("RWA", "eastern-congo", "calls_for_negotiation")}


def test_a_peace_prize_worked_for_is_no_call(extractor):
    text = "Rwanda's president has worked for the Nobel peace prize for years, Congo said."

    assert extractor.extract(text, published=PUBLISHED) == []


def test_the_parties_a_signing_names_commit_to_its_deal(extractor):
    text = (
        "Oman welcomed the signing of a ceasefire agreement between the Government of the "
        "Democratic Republic of the Congo (DRC) and the Government of the Republic of Rwanda."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {
        ("OMN", "eastern-congo", "calls_for_negotiation"),
        ("COD", "eastern-congo", "calls_for_negotiation"),
        ("RWA", "eastern-congo", "calls_for_negotiation"),
    }


def test_a_signing_called_for_commits_no_party(extractor):
    text = (
        "Oman called for the signing of a peace agreement between Congo and Rwanda before the "
        "rainy season."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("OMN", "eastern-congo", "calls_for_negotiation")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Oman announced on Sunday an initiative by the sultanate to end the Yemeni crisis.",
        "Oman unveiled a six-point peace plan for Yemen.",
        "Oman put forward a new ceasefire proposal to the Houthis and the Yemeni government.",
    ],
)
def test_putting_forward_a_plan_to_end_the_war_is_a_call(extractor, sentence):
    found = extractor.extract(sentence, published=PUBLISHED)

    assert triples(found) == {("OMN", "yemen-civil-war", "calls_for_negotiation")}


def test_a_plan_to_take_ground_is_no_call(extractor):
    text = "The Houthis announced a plan to take Marib, Oman said."

    assert extractor.extract(text, published=PUBLISHED) == []
