"""Vote tallies laid out other than in prose: a label's bracketed count ("Against (5):"), a list
with one member a line under its label, and a heading ("Who abstained?", "Voted against:")
whose answer is a bare list of countries."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("AUT", "Austria"), ("HRV", "Croatia"), ("CZE", "Czechia"), ("FJI", "Fiji"),
        ("ARG", "Argentina"), ("AUS", "Australia"), ("CAN", "Canada"), ("JPN", "Japan"),
        ("BLR", "Belarus"), ("SYR", "Syria"), ("KAZ", "Kazakhstan"), ("FRA", "France"),
        ("VEN", "Venezuela"), ("ERI", "Eritrea"), ("DZA", "Algeria"),
    ]
]  # fmt: skip

GAZA_LEAD = (
    "How the world voted on the Gaza truce\n\n"
    "The General Assembly on Friday adopted a resolution calling for a humanitarian truce in "
    "the war in Gaza, by 120 votes to 14, with 45 abstentions.\n\n"
)
UKRAINE_LEAD = (
    "Assembly condemns annexation\n\n"
    "The General Assembly on Wednesday voted to condemn Russia's annexation of four regions of "
    "Ukraine.\n\n"
)
PUBLISHED = date(2023, 10, 28)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


# -- a label's bracketed count ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "stance"),
    [
        ("Against (3): Russia, Belarus and Syria.", "other"),
        ("Abstentions (3): China, India and Kazakhstan.", "abstains"),
        ("Abstaining (3): China, India and Kazakhstan.", "abstains"),
    ],
)
def test_a_labelled_line_with_its_count_lists_its_voters(extractor, line, stance):
    found = triples(extractor, UKRAINE_LEAD + line)

    listed = ("RUS", "BLR", "SYR") if stance == "other" else ("CHN", "IND", "KAZ")
    assert {(iso3, stance) for iso3 in listed} <= found


def test_a_bracketed_count_in_prose_is_no_label(extractor):
    found = triples(extractor, UKRAINE_LEAD + "Against (3) were the votes of its neighbours.")

    assert not {stance for _, stance in found} & {"other"}


# -- one member a line --------------------------------------------------------------------------


def test_a_list_with_one_member_a_line_lists_every_member(extractor):
    text = UKRAINE_LEAD + "Against:\n- Russia\n- Belarus\n- Syria\n\nAbstained:\n- China\n- India"

    found = triples(extractor, text)

    assert {("RUS", "other"), ("BLR", "other"), ("SYR", "other")} <= found
    assert {("CHN", "abstains"), ("IND", "abstains")} <= found
    assert ("SYR", "abstains") not in found


def test_the_next_paragraph_s_label_is_no_verb_of_the_last_member(extractor):
    text = UKRAINE_LEAD + "Against:\n- Russia\n- Syria\n\nAbstained:\n- India"

    found = triples(extractor, text)

    assert ("SYR", "other") in found


def test_a_line_of_prose_after_a_list_is_not_one_of_its_members(extractor):
    text = UKRAINE_LEAD + "Abstained:\n- China\nFrance's envoy regretted the vote."

    found = triples(extractor, text)

    assert ("CHN", "abstains") in found
    assert ("FRA", "abstains") not in found


# -- a heading and the bare list answering it -------------------------------------------------


def test_a_question_heading_gives_its_vote_to_the_list_that_answers_it(extractor):
    text = (
        GAZA_LEAD + "Who voted no?\nThe United States and Israel were joined by Austria, "
        "Croatia, Czechia and Fiji.\n\nWho abstained?\nArgentina, Australia, Canada and Japan."
    )

    found = triples(extractor, text)

    against = ("USA", "ISR", "AUT", "HRV", "CZE", "FJI")
    assert {(iso3, "other") for iso3 in against} <= found
    assert {(iso3, "abstains") for iso3 in ("ARG", "AUS", "CAN", "JPN")} <= found
    assert not {(iso3, "abstains") for iso3 in against} & found


def test_a_label_heading_gives_its_vote_to_the_lines_under_it(extractor):
    text = UKRAINE_LEAD.replace("\n\n", "\n") + "Abstained:\n- China\n- India\n- Kazakhstan\n"

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("IND", "abstains"), ("KAZ", "abstains")} <= found


def test_a_heading_gives_no_vote_to_prose_under_it(extractor):
    text = GAZA_LEAD + "Who abstained?\nThe vote split Europe. France and Austria sparred over it."

    found = triples(extractor, text)

    assert not {(iso3, "abstains") for iso3 in ("FRA", "AUT")} & found


def test_a_heading_that_records_no_vote_gives_its_list_nothing(extractor):
    text = (
        GAZA_LEAD + "Who abstained?\nArgentina and Canada.\n\nWho did not vote?\n"
        "Venezuela and Eritrea."
    )

    found = triples(extractor, text)

    assert {("ARG", "abstains"), ("CAN", "abstains")} <= found
    assert not {iso3 for iso3, _ in found} & {"VEN", "ERI"}


def test_a_list_after_prose_under_the_heading_is_out_of_its_reach(extractor):
    text = (
        GAZA_LEAD + "Who abstained?\nArgentina and Canada.\n\nThe vote came after a long "
        "debate.\n\nVenezuela and Eritrea."
    )

    found = triples(extractor, text)

    assert not {iso3 for iso3, _ in found} & {"VEN", "ERI"}


# -- voting with or alongside others -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain voted alongside Germany and Japan in abstaining.",
        "Britain voted with Germany and Japan in abstaining.",
    ],
)
def test_the_countries_voted_alongside_in_abstaining_abstain_too(extractor, sentence):
    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("GBR", "abstains"), ("DEU", "abstains"), ("JPN", "abstains")} <= found


def test_the_countries_voted_with_against_the_resolution_vote_against_too(extractor):
    sentence = "Fiji voted with the United States and Israel against the resolution."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("FJI", "other"), ("USA", "other"), ("ISR", "other")} <= found


def test_voting_with_others_on_something_else_is_no_vote_against(extractor):
    sentence = "Fiji voted with the United States on a procedural motion against delays."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert not {("FJI", "other"), ("USA", "other")} & found


# -- counts written out, and a count before a label's examples ----------------------------------


def test_a_count_in_words_before_a_dash_lists_its_voters(extractor):
    sentence = (
        "It was adopted by 141 votes in favour, five against - Russia, Belarus and Syria - and "
        "35 abstentions."
    )

    found = triples(extractor, UKRAINE_LEAD + sentence)

    assert {("RUS", "other"), ("BLR", "other"), ("SYR", "other")} <= found


def test_a_count_after_a_label_s_colon_goes_before_its_examples(extractor):
    text = UKRAINE_LEAD + "Abstaining: 35 (including China, India and Kazakhstan)"

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("IND", "abstains"), ("KAZ", "abstains")} <= found


def test_a_count_of_those_not_voting_lists_no_voters(extractor):
    text = UKRAINE_LEAD + "Not voting: 12 (including Venezuela and Eritrea)"

    found = triples(extractor, text)

    assert not {iso3 for iso3, _ in found} & {"VEN", "ERI"}


# -- a results table, one country and its vote a line ---------------------------------------------

COUNCIL_LEAD = (
    "Council demands Gaza ceasefire\n\n"
    "UNITED NATIONS, March 25 (Reuters) - The U.N. Security Council on Monday demanded an "
    "immediate ceasefire in the war in Gaza.\n\n"
)


def test_each_line_of_a_results_table_is_its_country_s_vote(extractor):
    table = "Algeria – in favour\nChina – in favour\nUnited States – abstained\nRussia: No\n"

    found = triples(extractor, COUNCIL_LEAD + table)

    assert {("DZA", "calls_for_negotiation"), ("CHN", "calls_for_negotiation")} <= found
    assert {("USA", "abstains"), ("RUS", "other")} <= found
    assert ("DZA", "abstains") not in found


def test_a_table_line_of_a_country_that_did_not_vote_records_nothing(extractor):
    table = "Japan – abstained\nVenezuela – did not vote\nEritrea – absent\n"

    found = triples(extractor, COUNCIL_LEAD + table)

    assert ("JPN", "abstains") in found
    assert not {iso3 for iso3, _ in found} & {"VEN", "ERI"}


def test_a_line_of_prose_makes_no_table(extractor):
    text = COUNCIL_LEAD + "Japan – in favour\nFrance said the vote was for peace - against war\n"

    found = triples(extractor, text)

    assert ("FRA", "other") not in found


def test_the_body_s_demand_after_a_wire_dateline_is_the_text_a_yes_vote_backs(extractor):
    found = triples(extractor, COUNCIL_LEAD + "Algeria voted in favour.")

    assert ("DZA", "calls_for_negotiation") in found


def test_a_body_s_meeting_after_a_wire_dateline_gives_a_yes_vote_no_stance(extractor):
    lead = COUNCIL_LEAD.replace("demanded an immediate ceasefire in", "met on")

    found = triples(extractor, lead + "Algeria voted in favour.")

    assert not {iso3 for iso3, _ in found} & {"DZA"}


# -- other ways of naming the voters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The no votes came from Austria, Czechia and Fiji.", "other"),
        ("Opposing the resolution were also Austria, Czechia and Fiji.", "other"),
        ("The abstainers: Austria, Czechia, Fiji.", "abstains"),
    ],
)
def test_the_voters_a_noun_or_an_inverted_participle_names(extractor, sentence, stance):
    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, stance) for iso3 in ("AUT", "CZE", "FJI")} <= found


def test_a_plan_opposed_in_passing_is_no_vote_against(extractor):
    sentence = "Opposing the plan, Austria, Czechia and Fiji sent envoys."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert not {(iso3, "other") for iso3 in ("AUT", "CZE", "FJI")} & found


def test_a_vote_left_behind_is_no_abstention(extractor):
    sentence = "Canada and Australia moved from abstaining in October to backing the text."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert not {("CAN", "abstains"), ("AUS", "abstains")} & found


def test_an_abstention_kept_is_still_one(extractor):
    found = triples(extractor, GAZA_LEAD + "Canada and Australia abstained again in December.")

    assert {("CAN", "abstains"), ("AUS", "abstains")} <= found


# -- a vote told in a relative clause ------------------------------------------------------------


def test_a_vote_told_in_passing_in_a_relative_clause_is_the_subject_s(extractor):
    sentence = "Canada, which abstained, said the text should have named the hostages."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert ("CAN", "abstains") in found


def test_an_earlier_vote_in_a_relative_clause_stays_background(extractor):
    sentence = "Canada, which abstained in October, said the text should have named the hostages."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert ("CAN", "abstains") not in found


# -- examples of a bare count before its cue -----------------------------------------------------


def test_the_examples_of_a_bare_count_are_its_voters_not_the_clause_before(extractor):
    sentence = (
        "Of the 27 members, 17 voted in favour, Austria and Czechia voted against and eight, "
        "including Germany and Japan, abstained."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("DEU", "abstains"), ("JPN", "abstains")} <= found
    assert {("AUT", "other"), ("CZE", "other")} <= found
    assert not {("AUT", "abstains"), ("CZE", "abstains")} & found


def test_a_list_after_including_with_no_count_before_it_is_no_tally(extractor):
    sentence = "Austria, including its chancellor, abstained."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert ("AUT", "abstains") in found


def test_the_countries_a_subject_was_joined_by_in_its_vote_share_it(extractor):
    sentence = "The United States was joined by Austria and Croatia in voting against the text."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("USA", "other"), ("AUT", "other"), ("HRV", "other")} <= found


def test_the_countries_a_subject_was_joined_by_at_a_meeting_share_no_vote(extractor):
    sentence = (
        "The United States was joined by Austria and Croatia at a meeting, and voted against "
        "the text."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert ("USA", "other") in found
    assert not {("AUT", "other"), ("HRV", "other")} & found


# -- a question and its answer labelled "Q." and "A." ------------------------------------------


def test_an_answer_labelled_a_gives_the_question_s_vote_to_its_list(extractor):
    text = (
        GAZA_LEAD + "Q. Who voted against?\nA. Only Fiji.\n\nQ. Who abstained?\n"
        "A. 36 countries, including China, India and Japan."
    )

    found = triples(extractor, text)

    assert ("FJI", "other") in found
    assert {("CHN", "abstains"), ("IND", "abstains"), ("JPN", "abstains")} <= found


def test_an_answer_labelled_a_in_prose_is_no_list(extractor):
    text = GAZA_LEAD + "Q. Who abstained?\nA. Fiji's envoy explained it at length."

    found = triples(extractor, text)

    assert ("FJI", "abstains") not in found


def test_a_label_s_count_before_its_bracketed_voters(extractor):
    text = UKRAINE_LEAD + "Abstentions: 2 (China, Kazakhstan)\nDid not participate: Eritrea"

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("KAZ", "abstains")} <= found
    assert not {iso3 for iso3, _ in found} & {"ERI"}


# -- bulleted items inside a paragraph -----------------------------------------------------------


def test_each_bulleted_item_is_read_on_its_own_whatever_the_line_before_ends_on(extractor):
    text = (
        GAZA_LEAD + "THE VOTE (Friday, Oct 27)\n- Result: adopted, the text drafted by Jordan.\n"
        "- Voted against (3): Austria, Croatia and Fiji.\n"
        "- Abstained (45), among them: Canada, Japan and India. Iraq also abstained.\n\n"
        "WHAT CAME NEXT (Tuesday, Oct 31)\n- Chile recalled its ambassador."
    )

    found = triples(extractor, text)

    assert {(iso3, "other") for iso3 in ("AUT", "HRV", "FJI")} <= found
    assert {(iso3, "abstains") for iso3 in ("CAN", "JPN", "IND")} <= found


def test_a_line_running_on_after_a_comma_stays_in_its_item(extractor):
    text = GAZA_LEAD + "- Voted against (3): Austria,\nCroatia and Fiji.\n- Abstained: Japan."

    found = triples(extractor, text)

    assert {(iso3, "other") for iso3 in ("AUT", "HRV", "FJI")} <= found
    assert ("JPN", "abstains") in found


def test_each_labelled_line_of_a_result_is_read_on_its_own(extractor):
    text = UKRAINE_LEAD + (
        "In favour (21): mainly Western members of the council\n"
        "Against (3): China, Russia and Syria\n"
        "Abstained (2): India and Japan"
    )

    found = triples(extractor, text)

    assert {("CHN", "other"), ("RUS", "other"), ("SYR", "other")} <= found
    assert {("IND", "abstains"), ("JPN", "abstains")} <= found
    assert not {("CHN", "abstains"), ("RUS", "abstains"), ("SYR", "abstains")} & found


def test_countries_that_did_as_another_share_the_nearest_vote_before_them(extractor):
    sentence = "Austria voted no, while Germany and Japan abstained, as did Canada and Fiji."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("CAN", "abstains"), ("FJI", "abstains")} <= found
    assert not {("CAN", "other"), ("FJI", "other")} & found


def test_countries_that_did_as_the_only_voter_share_its_vote(extractor):
    found = triples(extractor, GAZA_LEAD + "Austria voted no, as did Canada and Fiji.")

    assert {("AUT", "other"), ("CAN", "other"), ("FJI", "other")} <= found


# -- a heading answered by a count, then its examples -------------------------------------------


def test_a_bare_count_under_a_heading_gives_its_vote_to_the_examples_after_it(extractor):
    text = (
        GAZA_LEAD + "Which countries abstained?\n\nThirty-five. Among them were China, India "
        "and Japan.\n\nWho voted against?\n\nFive countries: Russia itself, Belarus and Syria."
    )

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("IND", "abstains"), ("JPN", "abstains")} <= found
    assert {("RUS", "other"), ("BLR", "other"), ("SYR", "other")} <= found


def test_a_bare_count_under_a_heading_that_records_no_vote_gives_nothing(extractor):
    text = GAZA_LEAD + "Who did not vote at all?\n\nA dozen. Among them were Venezuela and Eritrea."

    found = triples(extractor, text)

    assert not {iso3 for iso3, _ in found} & {"VEN", "ERI"}
