"""Calls for talks as news words them: going back to a named process, carrying out a deal; and
the days such sentences name that are not the day of the call."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


def _gazetteer() -> Gazetteer:
    return small_gazetteer(
        countries=[
            {"iso3": "SDN", "name": "Sudan", "names": [["Sudanese", "demonym"]]},
            {"iso3": "KEN", "name": "Kenya", "names": [["Kenyan", "demonym"]]},
            {"iso3": "ETH", "name": "Ethiopia", "names": [["Ethiopian", "demonym"]]},
            {"iso3": "FRA", "name": "France", "names": [["French", "demonym"]]},
        ],
        conflicts=[
            {"slug": "sudan-civil-war", "name": "Sudan civil war", "aliases": ["war in Sudan"],
             "side_a_label": "Sudanese Armed Forces", "side_a_countries": ["SDN"],
             "side_b_label": "Rapid Support Forces", "side_b_countries": []},
            {"slug": "tigray-war", "name": "Tigray war", "aliases": ["Tigray conflict"],
             "side_a_label": "Ethiopian federal government and allies",
             "side_a_countries": ["ETH"],
             "side_b_label": "Tigray forces (TPLF)", "side_b_countries": []},
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


# -- going back to a named process ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia called on the warring parties in the war in Sudan to return to the "
        "commitments of the Jeddah Declaration.",
        "Saudi Arabia urged the two sides in the war in Sudan to return to the US-Saudi Jeddah "
        "talks.",
        "Saudi Arabia urged all parties in the war in Sudan to return to the African-led "
        "Jeddah and Manama processes.",
        "Saudi Arabia wants the army and the RSF to resume the Jeddah talks to end the war in "
        "Sudan, its foreign ministry said.",
    ],
)
def test_going_back_to_a_named_process_calls_for_talks(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2025, 3, 1)))

    assert ("SAU", "sudan-civil-war", "calls_for_negotiation") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia refused to return to the Jeddah talks on the war in Sudan.",
        "The RSF said it would not return to the Jeddah talks, a blow to Saudi Arabia's hopes "
        "for the war in Sudan.",
        "Analysts said Saudi Arabia might try to revive the Jeddah process in the war in Sudan, "
        "said Alex de Waal, a professor at Tufts University.",
        "Egypt's foreign ministry said the RSF had returned to the Jeddah talks only to stall "
        "the war in Sudan.",
    ],
)
def test_a_refusal_an_analyst_or_a_party_s_return_is_no_call(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2025, 3, 1)))

    assert ("SAU", "sudan-civil-war", "calls_for_negotiation") not in found
    assert ("EGY", "sudan-civil-war", "calls_for_negotiation") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "France urged Ethiopia to end its military operations in the Tigray war and to "
            'resume "substantive dialogue" with the TPLF.',
            True,
        ),
        (
            "France urged Ethiopia to end its military operations in the Tigray war and resume "
            "direct talks with the TPLF.",
            True,
        ),
        ("France said Ethiopia refused to resume direct talks in the Tigray war.", False),
    ],
)
def test_resuming_talks_named_with_an_adjective_calls_for_them(extractor, sentence, expected):
    found = triples(extractor.extract(sentence, published=date(2025, 3, 1)))

    assert (("FRA", "tigray-war", "calls_for_negotiation") in found) is expected


# -- carrying out a deal ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya, President William Ruto said, stood ready to support the implementation of the "
        "deal that ended the Tigray conflict.",
        "The British foreign secretary called on both sides in the Tigray conflict to fully "
        "implement their commitments.",
        "France urged the parties to the Tigray conflict to speed up the implementation of the "
        "peace agreement.",
    ],
)
def test_carrying_out_a_deal_calls_for_talks(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2022, 11, 3)))

    assert {t[1:] for t in found} == {("tigray-war", "calls_for_negotiation")}


@pytest.mark.parametrize(
    "sentence",
    [
        "France accused Ethiopia of blocking the implementation of the deal that ended the "
        "Tigray conflict.",
        "Kenya said the TPLF was obstructing the implementation of the agreement in the Tigray "
        "conflict.",
    ],
)
def test_blocking_a_deal_s_implementation_is_no_call(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2022, 11, 3)))

    assert not [t for t in found if t[2] == "calls_for_negotiation"]


# -- days that are not the call's ----------------------------------------------------------


def test_a_document_s_own_date_is_not_the_day_of_the_call(extractor):
    text = (
        "Saudi Arabia's foreign ministry said on Friday that it rejected the RSF's parallel "
        "government in the war in Sudan.\n\n"
        "Saudi Arabia called on the Sudanese parties to return to the commitments of the "
        "Jeddah Declaration signed on May 11, 2023."
    )

    candidates = extractor.extract(text, published=date(2025, 3, 1))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert call.date == date(2025, 2, 28)


def test_a_day_in_a_relative_clause_dates_what_it_describes(extractor):
    text = (
        "France said on Friday that the war in Sudan had to end.\n\n"
        "France called on the parties to return to the Jeddah and Manama processes, which were "
        "merged last month at a summit in Cairo."
    )

    candidates = extractor.extract(text, published=date(2025, 3, 15))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert call.date == date(2025, 3, 14)


# -- calls for an end to military action, lower tensions, a concluded or signed agreement ------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya called for an immediate end to military action in the war in Sudan.",
        "A Kenyan foreign ministry statement said the war in Sudan threatened the region and "
        "called for measures to ease tensions.",
        "Kenya's foreign ministry urged the parties in the war in Sudan to speed up the "
        "conclusion of a peace agreement.",
        "Kenya's foreign ministry said it hoped a ceasefire agreement would be signed soon in "
        "the war in Sudan.",
        "Kenya's president urged both sides in the war in Sudan to refrain from actions that "
        "could escalate the crisis.",
        'A Kenyan foreign ministry statement "firmly urged" the RSF to exercise restraint in the '
        "war in Sudan.",
    ],
)
def test_more_wordings_of_a_call_for_calm_call_for_talks(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2025, 3, 1)))

    assert found == {("KEN", "sudan-civil-war", "calls_for_negotiation")}


def test_the_first_objects_of_a_verb_before_a_list_are_no_subjects(extractor):
    sentence = (
        "Kenya's foreign ministry thanked the African Union, Ethiopia and France and called on "
        "the parties in the war in Sudan to return to talks."
    )

    found = triples(extractor.extract(sentence, published=date(2025, 3, 1)))

    assert found == {("KEN", "sudan-civil-war", "calls_for_negotiation")}


def test_a_minister_named_with_a_portfolio_speaks_for_the_country_in_a_later_quote(extractor):
    text = (
        "Kenya's energy minister, Amos Wekesa, told reporters that Nairobi would send fuel. "
        '"We want dialogue and de-escalation in the war in Sudan," he said.'
    )

    found = extractor.extract(text, published=date(2025, 3, 1))

    assert [(c.actor_country, c.stance, c.speaker) for c in found] == [
        ("KEN", "calls_for_negotiation", "Amos Wekesa")
    ]
