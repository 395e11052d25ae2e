"""Votes told in ordinary news prose: the country the voters joined ("joined Russia in voting
no"), a counted list after "as did" and its colon, voters described before their examples
("Seventeen of the abstainers were African, among them ..."), and the adopting body named in
a clause told in passing ("Five days after the General Assembly called for a truce, ...")."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("BLR", "Belarus"), ("SYR", "Syria"), ("ERI", "Eritrea"), ("NAM", "Namibia"),
        ("MOZ", "Mozambique"), ("DZA", "Algeria"), ("SEN", "Senegal"), ("FRA", "France"),
        ("JPN", "Japan"), ("IRL", "Ireland"), ("ARE", "United Arab Emirates"),
        ("NOR", "Norway"), ("MLT", "Malta"),
    ]
]  # fmt: skip
UKRAINE_LEAD = (
    "The UN General Assembly on Wednesday adopted a resolution demanding that Russia withdraw "
    "its troops from Ukraine. "
)
PUBLISHED = date(2023, 3, 3)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def triples(extractor, text, published=PUBLISHED):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=published)}


# -- the country the voters joined ---------------------------------------------------------------


def test_the_country_a_counted_list_joined_in_voting_no_voted_no(extractor):
    text = (
        UKRAINE_LEAD
        + "Only three countries joined Russia in voting no: Belarus, Eritrea and Syria."
    )

    found = triples(extractor, text)

    assert {("RUS", "other"), ("BLR", "other"), ("ERI", "other"), ("SYR", "other")} <= found


def test_a_country_joined_by_a_counted_subject_voted_against(extractor):
    found = triples(extractor, UKRAINE_LEAD + "Ten members joined Belarus in voting against.")

    assert ("BLR", "other") in found


def test_declining_to_join_a_vote_is_no_vote_of_the_joined(extractor):
    text = UKRAINE_LEAD + "Belarus declined to join Russia in voting no and abstained."

    found = triples(extractor, text)

    assert ("BLR", "abstains") in found
    assert ("BLR", "other") not in found


# -- "as did" a counted list ---------------------------------------------------------------------


def test_as_did_a_counted_noun_and_its_colon_gives_the_list_the_vote(extractor):
    text = UKRAINE_LEAD + (
        "China abstained, as did three southern African states: South Africa, Namibia and "
        "Mozambique."
    )

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("ZAF", "abstains"), ("NAM", "abstains")} <= found
    assert ("MOZ", "abstains") in found


def test_as_did_a_counted_noun_without_a_list_names_nobody(extractor):
    text = UKRAINE_LEAD + "China abstained, as did three southern African states. Namibia said no."

    found = triples(extractor, text)

    assert ("CHN", "abstains") in found
    assert ("NAM", "abstains") not in found


# -- voters described before their examples ------------------------------------------------------


def test_abstainers_described_before_their_examples_are_the_examples(extractor):
    text = UKRAINE_LEAD + (
        "Seventeen of the abstainers were African, among them South Africa, Algeria and Senegal."
    )

    found = triples(extractor, text)

    assert {("ZAF", "abstains"), ("DZA", "abstains"), ("SEN", "abstains")} <= found


def test_a_description_with_no_examples_after_it_names_nobody(extractor):
    text = UKRAINE_LEAD + "Most of the abstainers were African. Algeria said it regretted the war."

    found = triples(extractor, text)

    assert ("DZA", "abstains") not in found


# -- the adopting body in a clause told in passing -----------------------------------------------


def test_a_yes_vote_backs_what_the_body_called_for_in_a_clause_told_in_passing(extractor):
    text = (
        "Five days after the UN General Assembly called for an immediate humanitarian truce "
        "between Israel and Hamas, the vote continues to reverberate. France and Ireland voted "
        "in favour."
    )

    found = triples(extractor, text, published=date(2023, 11, 1))

    assert {("FRA", "calls_for_negotiation"), ("IRL", "calls_for_negotiation")} <= found


def test_the_body_as_an_object_sets_no_text(extractor):
    text = (
        "Jordan asked the UN General Assembly to call for a truce between Israel and Hamas. "
        "France and Ireland voted in favour."
    )

    found = triples(extractor, text, published=date(2023, 11, 1))

    assert ("FRA", "calls_for_negotiation") not in found


# -- a vote in a relative clause ending the sentence ---------------------------------------------


def test_a_vote_in_a_relative_clause_ending_the_sentence_is_its_antecedents_alone(extractor):
    text = UKRAINE_LEAD + (
        "The 141 supporters included France, but also Gulf states such as Saudi Arabia and "
        "Qatar, and the United Arab Emirates, which had abstained in the council."
    )

    found = triples(extractor, text)

    assert ("ARE", "abstains") in found
    assert not {("SAU", "abstains"), ("QAT", "abstains")} & found


def test_a_list_voting_together_is_no_relative_clause(extractor):
    found = triples(extractor, UKRAINE_LEAD + "Saudi Arabia, Qatar and Algeria abstained.")

    assert {("SAU", "abstains"), ("QAT", "abstains"), ("DZA", "abstains")} <= found


# -- a vote cast after one left behind -----------------------------------------------------------

GAZA_LEAD = (
    "Assembly demands Gaza ceasefire\n\n"
    "The UN General Assembly on Tuesday overwhelmingly demanded an immediate humanitarian "
    "ceasefire in the war in Gaza, by 153 votes to 10, with 23 abstentions.\n\n"
)
GAZA_PUBLISHED = date(2023, 12, 13)


def gaza(extractor, sentence):
    found = extractor.extract(GAZA_LEAD + sentence, published=GAZA_PUBLISHED)
    return {(c.actor_country, c.stance): c.date for c in found}


def test_moving_from_abstaining_to_voting_yes_is_the_yes_vote_of_the_day(extractor):
    found = gaza(extractor, "Japan moved from abstaining in October to voting yes.")

    assert found.get(("JPN", "calls_for_negotiation")) == date(2023, 12, 12)
    assert ("JPN", "abstains") not in found


def test_switching_from_voting_against_leaves_that_vote_behind(extractor):
    found = gaza(extractor, "Japan switched from voting against in October.")

    assert ("JPN", "other") not in found


def test_a_vote_told_in_an_aside_hands_the_clause_to_no_other_subject(extractor):
    found = gaza(extractor, "India, which abstained in October, this time voted in favour.")

    assert found.get(("IND", "calls_for_negotiation")) == date(2023, 12, 12)
    assert ("IND", "abstains") not in found


# -- the vote's day ------------------------------------------------------------------------------


def test_a_minister_explaining_a_vote_dates_it_on_the_vote_day(extractor):
    found = gaza(
        extractor,
        "Speaking on Wednesday, Japan's foreign minister explained that Japan had abstained "
        "because the text did not condemn Hamas.",
    )

    assert found.get(("JPN", "abstains")) == date(2023, 12, 12)


def test_a_yes_vote_after_a_day_of_reactions_keeps_the_vote_day(extractor):
    found = gaza(
        extractor,
        "Japan's foreign minister said on Wednesday that Japan had voted in favour.\n\n"
        "France voted in favour, as did Ireland.",
    )

    assert found.get(("FRA", "calls_for_negotiation")) == date(2023, 12, 12)
    assert found.get(("JPN", "calls_for_negotiation")) == date(2023, 12, 12)


def test_an_earlier_vote_told_later_is_background_to_the_vote_day(extractor):
    found = gaza(
        extractor,
        "The session came after the United States vetoed a council draft on Friday.\n\n"
        "Britain and Germany were among those that abstained.",
    )

    assert found.get(("GBR", "abstains")) == date(2023, 12, 12)


def test_a_vote_on_a_day_of_its_own_keeps_it(extractor):
    found = gaza(extractor, "Norway said it had abstained on Monday in the procedural vote.")

    assert found.get(("NOR", "abstains")) == date(2023, 12, 11)


# -- votes against and yes votes as journalists write them ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "voters"),
    [
        ("Malta was one of 10 countries to vote no.", {"MLT"}),
        ("Malta was one of 10 countries to vote against the resolution.", {"MLT"}),
        ("Malta and Norway were the only European members to vote no.", {"MLT", "NOR"}),
        ("Malta cast a no vote.", {"MLT"}),
        ("Malta opposed the resolution.", {"MLT"}),
        ("Those opposed included Malta and Norway.", {"MLT", "NOR"}),
        ("Ten countries, led by the United States and Israel, voted against.", {"USA", "ISR"}),
        ("Washington vetoed the draft.", {"USA"}),
        ("Russia and China used their vetoes.", {"RUS", "CHN"}),
        ("The United States cast the lone veto.", {"USA"}),
        ("The United States was the only no vote.", {"USA"}),
        ("Malta switched its vote to no.", {"MLT"}),
        ("Malta and Norway were among the 10 countries opposing the resolution.", {"MLT", "NOR"}),
        ("Malta and Norway were among the no votes.", {"MLT", "NOR"}),
        ("Among the 10 no votes were Malta and Norway.", {"MLT", "NOR"}),
        ("Malta broke ranks with its neighbours to vote against.", {"MLT"}),
        ("Malta and Norway were the only two European states to oppose the text.", {"MLT", "NOR"}),
    ],
)
def test_a_vote_against_told_in_prose(extractor, sentence, voters):
    found = gaza(extractor, sentence)

    assert {(iso3, "other") for iso3 in voters} <= set(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Malta opposes the resolution, its envoy said.",
        "Malta has long opposed the measure.",
        "Egypt urged member states to vote no.",
    ],
)
def test_a_position_or_an_appeal_is_no_vote_against(extractor, sentence):
    found = gaza(extractor, sentence)

    assert not {voter for voter, stance in found if stance == "other"} & {"MLT", "EGY"}


@pytest.mark.parametrize(
    ("sentence", "voters"),
    [
        ("Ireland was one of 153 countries to vote in favour.", {"IRL"}),
        ("Japan backed the measure.", {"JPN"}),
        ("Japan cast a yes vote.", {"JPN"}),
        ("India switched to a yes vote.", {"IND"}),
        ("Japan voted to adopt the resolution.", {"JPN"}),
        ("Japan voted with the majority.", {"JPN"}),
        ("The 153 supporters included France, Ireland and Japan.", {"FRA", "IRL", "JPN"}),
        ("The yes votes came from France, Ireland and Japan.", {"FRA", "IRL", "JPN"}),
        ("Those in favour included France and Ireland.", {"FRA", "IRL"}),
        ("France and Japan were among the 153 nations backing the resolution.", {"FRA", "JPN"}),
        ("Britain, which voted yes, said Hamas must free the hostages.", {"GBR"}),
        (
            "France voted in favour of the resolution, which demands an immediate ceasefire.",
            {"FRA"},
        ),
        ("Japan switched its vote to yes.", {"JPN"}),
        ("The resolution was backed by 153 countries, including France and Japan.", {"FRA", "JPN"}),
        ("The text was supported by France, Japan and Ireland.", {"FRA", "JPN", "IRL"}),
        ("It passed with the support of France and Japan.", {"FRA", "JPN"}),
        ("The resolution drew the support of France and Ireland.", {"FRA", "IRL"}),
        ("France and Japan were among the yes votes.", {"FRA", "JPN"}),
        ("Japan broke ranks with its allies to vote yes.", {"JPN"}),
        ("France and Ireland, its closest partners, also backed it.", {"FRA", "IRL"}),
    ],
)
def test_a_yes_vote_told_in_prose_backs_the_call(extractor, sentence, voters):
    found = gaza(extractor, sentence)

    assert {(iso3, "calls_for_negotiation") for iso3 in voters} <= set(found)
    assert found[(next(iter(voters)), "calls_for_negotiation")] == date(2023, 12, 12)


def test_supporting_a_measure_in_principle_is_no_yes_vote(extractor):
    found = gaza(extractor, "Japan said it supported the measure in principle.")

    assert ("JPN", "calls_for_negotiation") not in found


def test_the_day_told_with_the_vote_dates_it_beside_the_dateline_day(extractor):
    text = (
        "Minister defends abstention\n\n"
        "PRETORIA, Saturday - The minister has defended South Africa's decision to abstain in "
        "Thursday's UN General Assembly vote on the war in Ukraine, saying isolation would not "
        "bring peace.\n\n"
        "The assembly voted to suspend Russia from the Human Rights Council. South Africa was "
        "among the abstainers, along with India and Brazil. Among the 24 countries that voted "
        "against were China and Iran.\n\n"
        "Briefing journalists on Friday, the minister said the government was not indifferent."
    )

    found = {
        (c.actor_country, c.stance): c.date
        for c in extractor.extract(text, published=date(2022, 4, 9))
    }

    assert found.get(("IND", "abstains")) == date(2022, 4, 7)
    assert found.get(("CHN", "other")) == date(2022, 4, 7)


# -- a list after a conjunction ------------------------------------------------------------------


def test_a_list_after_a_conjunction_is_its_clauses_subject(extractor):
    text = UKRAINE_LEAD.replace(". ", ", after India, China and Algeria chose to abstain. ", 1)

    found = triples(extractor, text)

    assert {("IND", "abstains"), ("CHN", "abstains"), ("DZA", "abstains")} <= found


def test_a_list_as_an_object_stays_no_subject(extractor):
    text = UKRAINE_LEAD + "France spoke with India and China and then abstained."

    found = triples(extractor, text)

    assert ("FRA", "abstains") in found
    assert not {("IND", "abstains"), ("CHN", "abstains")} & found


def test_a_tallys_voters_after_a_comma_and_from(extractor):
    text = UKRAINE_LEAD + (
        "It was adopted with 12 votes in favour, two against, from Belarus and Syria, and two "
        "abstentions, from China and Mozambique."
    )

    found = triples(extractor, text)

    assert {("BLR", "other"), ("SYR", "other")} <= found
    assert {("CHN", "abstains"), ("MOZ", "abstains")} <= found
    assert ("MOZ", "other") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan received the support of France for its aid plan.",
        "The plan was backed by France and Ireland.",
        "France also backed it for its own reasons.",
    ],
)
def test_support_for_something_else_is_no_yes_vote(extractor, sentence):
    found = gaza(extractor, sentence)

    assert not {("FRA", "calls_for_negotiation"), ("IRL", "calls_for_negotiation")} & set(found)


# -- what the text voted on does, as leads tell it -----------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "The 193-member assembly on Tuesday demanded an immediate humanitarian ceasefire in the "
        "war in Gaza.",
        "The General Assembly voted 153-10 on Tuesday to demand an immediate humanitarian "
        "ceasefire in the war in Gaza.",
        "The world body on Tuesday approved a text that calls for a halt to the fighting in the "
        "war in Gaza.",
        "In a 153-10 vote on Tuesday, the General Assembly called for an immediate ceasefire in "
        "the war in Gaza.",
    ],
)
def test_a_yes_vote_backs_the_call_the_lead_tells(extractor, lead):
    text = f"Gaza vote\n\n{lead}\n\nFrance and Japan voted in favour."

    found = {
        (c.actor_country, c.stance): c.date
        for c in extractor.extract(text, published=GAZA_PUBLISHED)
    }

    assert found.get(("FRA", "calls_for_negotiation")) == date(2023, 12, 12)


def test_the_council_as_an_object_says_nothing_of_the_text(extractor):
    text = (
        "Gaza vote\n\nOn Tuesday Jordan urged the council to call for a ceasefire in the war in "
        "Gaza.\n\nFrance and Japan voted in favour."
    )

    found = {(c.actor_country, c.stance) for c in extractor.extract(text, published=GAZA_PUBLISHED)}

    assert ("FRA", "calls_for_negotiation") not in found


# -- a tally's examples after its count ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 35 abstentions, including China and India.",
        "It passed with 141 votes, with 35 abstentions, including China and India.",
    ],
)
def test_abstentions_counted_before_their_examples(extractor, sentence):
    found = triples(extractor, UKRAINE_LEAD + sentence)

    assert {("CHN", "abstains"), ("IND", "abstains")} <= found


def test_votes_against_counted_before_their_examples_are_not_the_subjects(extractor):
    text = (
        "The UN General Assembly on Wednesday adopted a resolution demanding that Russia withdraw "
        "its troops from Ukraine by 141 votes, five against, including Belarus and Syria, and 35 "
        "abstentions."
    )

    found = triples(extractor, text)

    assert {("BLR", "other"), ("SYR", "other")} <= found
    assert ("RUS", "other") not in found


def test_a_veto_told_as_the_blocking_of_the_draft(extractor):
    found = triples(extractor, UKRAINE_LEAD + "Russia blocked a similar draft with its veto.")

    assert ("RUS", "other") in found


# -- lists that go on past a description or a "were joined by" ---------------------------------


def test_voters_described_after_among_them_and_a_dash(extractor):
    text = UKRAINE_LEAD + (
        "Russia and 4 others voted against, among them three close allies - Belarus, Eritrea and "
        "Syria."
    )

    found = triples(extractor, text)

    assert {("BLR", "other"), ("ERI", "other"), ("SYR", "other")} <= found


def test_a_list_goes_on_past_a_relative_clause_on_a_member(extractor):
    text = UKRAINE_LEAD + (
        "Among the abstentions were Algeria, which had tried to amend the text, as well as India, "
        "China and Namibia."
    )

    found = triples(extractor, text)

    assert {("DZA", "abstains"), ("IND", "abstains"), ("NAM", "abstains")} <= found


def test_a_bulleted_label_then_a_list_joined_by_others(extractor):
    text = UKRAINE_LEAD + (
        "\n\n- Against (4): Russia and Belarus were joined by Eritrea and Syria.\n"
        "- Abstained (3): Among them were India, China and Namibia.\n"
    )

    found = triples(extractor, text)

    assert {("RUS", "other"), ("BLR", "other"), ("ERI", "other"), ("SYR", "other")} <= found
    assert {("IND", "abstains"), ("CHN", "abstains"), ("NAM", "abstains")} <= found
    assert ("IND", "other") not in found


def test_a_label_then_prose_lists_nobody(extractor):
    text = UKRAINE_LEAD + "\n\n- In favour (141): Several governments switched sides.\n"

    found = triples(extractor, text)

    assert not {stance for _, stance in found} - {"condemns", "supports_side_a"}


def test_joined_in_opposition_is_a_vote_against_for_all(extractor):
    found = gaza(
        extractor,
        "Israel and the United States were joined in opposition by Malta and Norway, among others.",
    )

    assert {("ISR", "other"), ("USA", "other"), ("MLT", "other"), ("NOR", "other")} <= set(found)


def test_not_voting_either_way_is_an_abstention(extractor):
    text = UKRAINE_LEAD + "China and Namibia also did not vote either way, as did Algeria."

    found = triples(extractor, text)

    assert {("CHN", "abstains"), ("NAM", "abstains"), ("DZA", "abstains")} <= found


def test_not_voting_in_favour_is_no_abstention_of_its_own(extractor):
    found = triples(extractor, UKRAINE_LEAD + "China did not vote in favour.")

    assert ("CHN", "abstains") not in found


def test_a_vote_spoken_of_as_a_gerund_subject_is_no_vote(extractor):
    found = gaza(
        extractor,
        "Jordan's foreign minister said that voting against the resolution \"means approving "
        'this senseless war".',
    )

    assert not {stance for iso3, stance in found if iso3 == "JOR"} & {"other"}


def test_abstentions_on_earlier_resolutions_are_not_this_vote(extractor):
    text = UKRAINE_LEAD + (
        "Those voting against were Russia, Belarus and Eritrea. Eritrea had abstained on earlier "
        "resolutions but this time opposed the text."
    )

    found = triples(extractor, text)

    assert ("ERI", "other") in found
    assert ("ERI", "abstains") not in found


def test_a_vote_cast_as_before_keeps_the_day_of_this_vote(extractor):
    found = gaza(extractor, "Malta and Norway voted no, as they did in October.")

    assert found.get(("MLT", "other")) == date(2023, 12, 12)


def test_voters_of_a_relative_clause_on_the_text(extractor):
    found = gaza(
        extractor,
        "Earlier, the United States vetoed a Brazilian draft calling for humanitarian pauses, on "
        "which Russia and Malta abstained.",
    )

    assert {("RUS", "abstains"), ("MLT", "abstains")} <= set(found)
    assert ("USA", "abstains") not in found


def test_a_relative_clause_on_the_text_naming_no_voter_gives_none(extractor):
    found = gaza(
        extractor,
        "The United States vetoed a draft, on which the council had worked for weeks, and Malta "
        "abstained.",
    )

    assert ("USA", "abstains") not in found
