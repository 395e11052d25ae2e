"""Who holds a position: the bare title of a call's other party, several named officials speaking
at once, a country heading its statements in a round-up, the issuer of a ministry's release,
and a place that names a conflict though it is also a country's name."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": "ESH", "name": "Western Sahara", "names": [["Sahrawi", "demonym"]]},
    {"iso3": "MAR", "name": "Morocco", "names": [["Moroccan", "demonym"], ["Rabat", "capital"]]},
    {"iso3": "DZA", "name": "Algeria", "names": [["Algerian", "demonym"]]},
    {"iso3": "JOR", "name": "Jordan", "names": [["Jordanian", "demonym"]]},
    {"iso3": "NLD", "name": "Netherlands", "names": [["Dutch", "demonym"]]},
    {"iso3": "POL", "name": "Poland", "names": [["Polish", "demonym"]]},
]
_PEOPLE = [
    {"name": "Shehbaz Sharif", "aliases": [], "terms": [
        {"country_iso3": "PAK", "office_title": "Prime Minister of Pakistan",
         "office_kind": "head_of_government", "start": "2024-03-04", "end": None}]},
    {"name": "Ayman Safadi", "aliases": ["Safadi"], "terms": [
        {"country_iso3": "JOR", "office_title": "Minister of Foreign Affairs of Jordan",
         "office_kind": "foreign_minister", "start": "2017-01-15", "end": None}]},
    {"name": "Faisal bin Farhan Al Saud", "aliases": ["Faisal bin Farhan"], "terms": [
        {"country_iso3": "SAU", "office_title": "Minister of Foreign Affairs of Saudi Arabia",
         "office_kind": "foreign_minister", "start": "2019-10-23", "end": None}]},
    {"name": "Mao Ning", "aliases": [], "terms": [
        {"country_iso3": "CHN", "office_title": "Spokesperson of the Ministry of Foreign Affairs",
         "office_kind": "spokesperson", "start": "2022-09-01", "end": None}]},
    {"name": "Sameh Shoukry", "aliases": [], "terms": [
        {"country_iso3": "EGY", "office_title": "Minister of Foreign Affairs of Egypt",
         "office_kind": "foreign_minister", "start": "2014-06-17", "end": "2024-07-03"}]},
]  # fmt: skip
_CONFLICTS = [
    {"slug": "western-sahara-conflict", "name": "Western Sahara conflict",
     "aliases": ["Western Sahara dispute"],
     "side_a_label": "Morocco", "side_a_countries": ["MAR"],
     "side_b_label": "Polisario Front", "side_b_countries": []},
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES, people=_PEOPLE, conflicts=_CONFLICTS))


def candidates(extractor, text, published):
    return extractor.extract(text, published=published)


def triples(extractor, text, published):
    return {(c.actor_country, c.stance) for c in candidates(extractor, text, published)}


# -- a place that names a conflict, though a country of the gazetteer bears its name ----------


def test_a_conflict_place_named_like_a_country_names_the_conflict(extractor):
    text = (
        "The Security Council on Friday extended the mandate of the UN mission in Western "
        "Sahara. Russia, together with China and Pakistan, abstained."
    )

    found = {
        (c.actor_country, c.conflict, c.stance)
        for c in candidates(extractor, text, date(2025, 11, 3))
    }

    assert {
        ("RUS", "western-sahara-conflict", "abstains"),
        ("CHN", "western-sahara-conflict", "abstains"),
        ("PAK", "western-sahara-conflict", "abstains"),
    } <= found


# -- a bare title is the person the article gave that title, not the other party in focus -----

CALL = (
    "President Recep Tayyip Erdoğan telephoned Prime Minister Shehbaz Sharif on Wednesday to "
    "offer condolences after India's missile strikes. "
)


def test_the_bare_title_of_the_other_party_to_a_call_is_that_party(extractor):
    text = CALL + (
        "The Prime Minister condemned India's unprovoked missile attacks on civilian areas. "
        "He said that Pakistan rejected India's attempts to blame it for the attack."
    )

    found = candidates(extractor, text, date(2025, 5, 7))

    condemning = [c for c in found if c.stance == "condemns"]
    assert condemning
    assert {c.actor_country for c in condemning} == {"PAK"}
    assert {c.speaker for c in condemning} == {"Shehbaz Sharif"}


def test_a_title_the_person_in_focus_holds_stays_theirs(extractor):
    text = (
        "Prime Minister Shehbaz Sharif spoke to Indian Prime Minister Narendra Modi on Monday. "
        "On Tuesday, Malaysian Prime Minister Anwar Ibrahim met reporters in Kuala Lumpur. "
        '"We call for a ceasefire in Gaza," the Prime Minister said.'
    )

    found = candidates(extractor, text, date(2024, 5, 7))

    calls = [c for c in found if c.stance == "calls_for_negotiation"]
    assert [(c.actor_country, c.speaker) for c in calls] == [("MYS", "Anwar Ibrahim")]


# -- several people as the subject of one speech verb -------------------------------------------

GAZA = date(2024, 1, 23)


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Foreign Minister Faisal bin Farhan, Egyptian Foreign Minister Sameh Shoukry and "
        "Jordanian Foreign Minister Ayman Safadi told the Council that an immediate ceasefire in "
        "the war in Gaza was urgently needed.",
        "Prince Faisal bin Farhan of Saudi Arabia, Minister Sameh Shoukry of Egypt and Deputy "
        "Prime Minister Ayman Safadi of Jordan each told the Council that an immediate ceasefire "
        "in the war in Gaza was urgently needed.",
    ],
)
def test_each_person_listed_as_a_speech_verbs_subject_speaks(extractor, sentence):
    found = candidates(extractor, sentence, GAZA)

    calls = {(c.actor_country, c.speaker) for c in found if c.stance == "calls_for_negotiation"}
    assert calls == {
        ("SAU", "Faisal bin Farhan Al Saud"),
        ("EGY", "Sameh Shoukry"),
        ("JOR", "Ayman Safadi"),
    }


def test_people_told_something_are_not_its_speakers(extractor):
    sentence = (
        "President Erdogan told Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign "
        "Minister Ayman Safadi that an immediate ceasefire in the war in Gaza was urgently needed."
    )

    found = triples(extractor, sentence, GAZA)

    assert ("TUR", "calls_for_negotiation") in found
    assert not {("EGY", "calls_for_negotiation"), ("JOR", "calls_for_negotiation")} & found


def test_people_with_no_country_listed_as_speakers_give_no_position(extractor):
    sentence = (
        "Analyst Maria Keller and professor Tom Reyes said an immediate ceasefire in the war in "
        "Gaza was urgently needed."
    )

    assert not triples(extractor, sentence, GAZA)


def test_two_officials_of_one_country_speak_together_and_it_means_their_country(extractor):
    text = (
        "Jordan's Prime Minister Bisher Al-Khasawneh and Foreign Minister Ayman Safadi said "
        "that an immediate ceasefire in the war in Gaza was urgently needed. "
        '"Hamas must free the hostages and we condemn the attacks on civilians," it said.'
    )

    found = candidates(extractor, text, GAZA)

    assert {c.actor_country for c in found} == {"JOR"}
    assert {c.stance for c in found} >= {"calls_for_negotiation", "condemns"}


# -- officials in a round-up: a country heading, a portfolio, a relative clause, a body of states


STRIKE = (
    "On Monday morning, Russia launched one of its largest missile attacks on Ukraine, striking "
    "a children's hospital in Kyiv.\n\n"
)
JULY = date(2024, 7, 9)


def test_an_official_under_a_country_heading_speaks_for_it_not_for_a_place_he_visited(extractor):
    text = STRIKE + (
        "The Netherlands. Minister of Defence Ruben Brekelmans, who was in Kyiv on Sunday, "
        "called the strike a cowardly attack."
    )

    found = candidates(extractor, text, JULY)

    assert [(c.actor_country, c.stance, c.speaker) for c in found] == [
        ("NLD", "condemns", "Ruben Brekelmans")
    ]


def test_a_relative_clause_saying_what_the_person_is_still_gives_their_country(extractor):
    text = STRIKE + (
        "Ruben Brekelmans, who is the Dutch defence minister, called the strike a cowardly attack."
    )

    assert ("NLD", "condemns") in triples(extractor, text, JULY)


@pytest.mark.parametrize(
    "sentence",
    [
        "President of the European Commission Ursula von der Leyen condemned the attack.",
        "President of the European Commission Ursula von der Leyen and President of the European "
        "Council Charles Michel condemned the attack.",
        "The President of the European Council condemned the attack.",
    ],
)
def test_an_officer_of_a_body_of_states_is_no_countrys_voice(extractor, sentence):
    text = STRIKE + "Turkish Foreign Minister Hakan Fidan said Putin was at war. " + sentence

    assert not candidates(extractor, text, JULY)


# -- "we" in a briefing's answer that runs on past its label -------------------------------------

BRIEFING = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 17, 2024\n\n"
    "CCTV: Chinese Premier Li Qiang held talks with Malaysian Prime Minister Anwar Ibrahim "
    "in Kuala Lumpur today. Can you share more?\n\n"
    "Mao Ning: The two sides agreed to expand cooperation in trade.\n\n"
    "AFP: The Philippines said Chinese vessels rammed its boats near the shoal. What is China's "
    "response?\n\n"
    "Mao Ning: Let me first state the facts.\n\n"
)


def test_we_in_an_answer_is_the_one_answering_not_the_talks_reported(extractor):
    text = BRIEFING + (
        "We urge the Philippine side to immediately stop its provocations in the South China Sea."
    )

    found = candidates(extractor, text, date(2024, 6, 17))

    assert [(c.actor_country, c.stance, c.speaker) for c in found] == [
        ("CHN", "condemns", "Mao Ning")
    ]


def test_we_outside_an_answer_in_a_report_of_talks_is_both_sides(extractor):
    text = (
        "Chinese Premier Li Qiang held talks with Malaysian Prime Minister Anwar Ibrahim in "
        "Kuala Lumpur on Monday.\n\n"
        "We call for a ceasefire in the war in Gaza, the two leaders said."
    )

    found = triples(extractor, text, date(2024, 6, 17))

    assert {("CHN", "calls_for_negotiation"), ("MYS", "calls_for_negotiation")} <= found


# -- the issuer of a ministry's own document -----------------------------------------------------


def test_the_ministry_of_a_press_release_is_its_issuer_not_the_last_country_quoted(extractor):
    text = (
        "Ministry of Foreign Affairs of Türkiye\nPress release\n\n"
        "On Monday, President Vladimir Putin told reporters in Moscow that the offensive in "
        "Ukraine would go on.\n\n"
        "The Ministry calls on Russia and Ukraine to return to negotiations without delay."
    )

    found = candidates(extractor, text, date(2024, 7, 9))

    calls = [(c.actor_country, c.speaker) for c in found if c.stance == "calls_for_negotiation"]
    assert calls == [("TUR", None)]


def test_we_in_a_ministrys_comment_is_its_country_with_no_person_named(extractor):
    text = (
        "Comment by the Information and Press Department of the Russian Foreign Ministry on the "
        "strikes between India and Pakistan\n\n"
        "Russian Foreign Minister Sergey Lavrov discussed the situation by phone on Sunday.\n\n"
        "We call on India and Pakistan to resolve their differences through dialogue."
    )

    found = candidates(extractor, text, date(2025, 5, 8))

    assert [(c.actor_country, c.stance, c.speaker) for c in found] == [
        ("RUS", "calls_for_negotiation", None)
    ]


def test_a_headline_saying_what_a_ministry_did_names_no_issuer(extractor):
    text = (
        "Turkish foreign ministry condemns strike on Pakistan\n\n"
        "Pakistan's government said on Monday that India had struck several cities.\n\n"
        "The ministry urged India and Pakistan to settle the crisis through dialogue."
    )

    found = triples(extractor, text, date(2025, 5, 8))

    assert ("TUR", "calls_for_negotiation") not in found


# -- a question labelled with its outlet in brackets ------------------------------------------


def test_a_question_labelled_with_its_outlet_reports_the_official_it_opens_on(extractor):
    text = (
        "Kremlin spokesman Dmitry Peskov answered questions from journalists.\n\n"
        "Question (Izvestia): Turkish Foreign Minister Hakan Fidan said on Monday that Turkey "
        "firmly supports a ceasefire in the war in Ukraine. Do you share that approach?\n\n"
        "Dmitry Peskov: We are in contact with our Turkish partners."
    )

    found = triples(extractor, text, date(2024, 12, 3))

    assert ("TUR", "calls_for_negotiation") in found


def test_a_question_labelled_with_its_outlet_is_no_ones_statement(extractor):
    text = (
        "Kremlin spokesman Dmitry Peskov answered questions from journalists.\n\n"
        "Question (TASS): Will Russia call for a ceasefire in the war in Ukraine?\n\n"
        "Dmitry Peskov: We are in contact with our partners."
    )

    assert not triples(extractor, text, date(2024, 12, 3))


# -- a quotation of a document inside the clause describing it -----------------------------------

STRIKES = "India struck several cities in Pakistan on Wednesday. "
MAY = date(2025, 5, 10)


def test_a_documents_quoted_words_are_not_a_later_speakers(extractor):
    text = STRIKES + (
        "On Saturday, China distanced itself from a statement by the Shanghai Cooperation "
        'Organisation, of which it is a member, that "strongly condemned" the Indian strikes. '
        "China did not take part in the discussions, the Chinese foreign ministry said."
    )

    assert ("CHN", "condemns") not in triples(extractor, text, MAY)


@pytest.mark.parametrize(
    "sentence",
    [
        'China said it "strongly condemned" the Indian strikes on Pakistan.',
        'China said in a statement that it "strongly condemned" the Indian strikes on Pakistan.',
    ],
)
def test_a_countrys_own_quoted_words_stay_its_own(extractor, sentence):
    assert ("CHN", "condemns") in triples(extractor, STRIKES + sentence, MAY)


def test_an_apposition_calling_the_subject_his_backer_is_the_writers(extractor):
    text = (
        "In the war in Ukraine, Putin's troops swept into Kyiv, while China, his main military "
        "backer, said it wanted talks."
    )

    found = triples(extractor, text, date(2024, 12, 9))

    assert not {("CHN", "supports_side_a"), ("CHN", "supports_side_b")} & found
