"""Roll calls as wire services write them: tallies with examples after the verb, several vote
clauses sharing one verb, and texts that failed but still said what they said."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_MORE_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("MEX", "Mexico"), ("CHL", "Chile"), ("PER", "Peru"), ("ESP", "Spain"),
        ("JPN", "Japan"), ("GHA", "Ghana"), ("KEN", "Kenya"), ("MLT", "Malta"),
        ("ALB", "Albania"), ("ITA", "Italy"),
    ]
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_MORE_COUNTRIES))


def triples(extractor, text, published=date(2023, 10, 20)):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=published)}


UKRAINE_LEAD = "The General Assembly voted on Wednesday on a resolution on the war in Ukraine. "
GAZA_LEAD = (
    "The Security Council voted on Monday on a draft calling for a ceasefire in the war in Gaza. "
)


# -- a tally, then its examples: "35 abstained, among them India and China" ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven countries voted against, while 32 abstained, among them Kenya, Ghana and Mexico.",
        "The text passed with 141 votes; 32 members abstained, among them Kenya, Ghana and Mexico.",
        "Thirty-two countries abstained, among them the Kenya delegation, Ghana and Mexico.",
    ],
)
def test_the_examples_after_an_abstention_tally_abstain(extractor, sentence):
    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert {("KEN", "abstains"), ("GHA", "abstains"), ("MEX", "abstains")} <= found


def test_examples_of_the_yes_votes_do_not_abstain(extractor):
    sentence = "Sixty countries voted in favour, among them Kenya and Ghana, while Chile abstained."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert ("CHL", "abstains") in found
    assert not {("KEN", "abstains"), ("GHA", "abstains")} & found


# -- several vote clauses on one verb: "A voted in favour, B against, and C abstained" ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico, Chile and Peru voted in favour, Spain, Italy and Japan against, and Ghana "
        "abstained.",
        "Spain, Italy and Japan voted against, Mexico, Chile and Peru in favour, and Ghana "
        "abstained.",
        "Spain, Italy and Japan voted against; Mexico, Chile and Peru in favour.",
    ],
)
def test_a_vote_clause_without_its_verb_is_a_vote_of_its_own(extractor, sentence):
    found = triples(extractor, GAZA_LEAD + sentence)

    yes = {(iso3, "calls_for_negotiation") for iso3 in ("MEX", "CHL", "PER")}
    no = {(iso3, "other") for iso3 in ("ESP", "ITA", "JPN")}
    assert yes | no <= found
    assert not {(iso3, "calls_for_negotiation") for iso3 in ("ESP", "ITA", "JPN")} & found
    assert not {(iso3, "other") for iso3 in ("MEX", "CHL", "PER")} & found


@pytest.mark.parametrize(
    "sentence",
    [
        "The resolution was adopted with 141 votes in favour, seven against and 32 abstentions.",
        "Kenya said the vote, 141 in favour and seven against, showed the world was united.",
    ],
)
def test_a_bare_tally_against_is_nobody_s_vote(extractor, sentence):
    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert not {stance for _, stance in found} & {"other", "condemns", "supports_side_a"}


def test_the_subjects_of_a_later_vote_clause_are_not_listed_after_an_earlier_one(extractor):
    sentence = "Spain and Japan voted against, and Albania, Ghana and Malta abstained."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("ALB", "abstains"), ("GHA", "abstains"), ("MLT", "abstains")} <= found
    assert not {("ALB", "other"), ("GHA", "other"), ("MLT", "other")} & found


# -- a text that failed still says what it says ----------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "The Security Council rejected a draft calling for a ceasefire in the war in Gaza. ",
        "The Security Council failed to adopt a draft resolution calling for a humanitarian "
        "ceasefire in the war in Gaza. ",
        "A draft calling for a ceasefire in the war in Gaza was vetoed on Monday. ",
    ],
)
def test_a_yes_vote_on_a_failed_text_takes_what_the_text_called_for(extractor, lead):
    found = triples(extractor, lead + "Mexico and Chile voted in favour of the draft.")

    assert {("MEX", "calls_for_negotiation"), ("CHL", "calls_for_negotiation")} <= found


def test_a_text_that_did_not_call_for_a_ceasefire_is_no_call(extractor):
    lead = "The Council adopted a draft on the war in Gaza that did not call for a ceasefire. "

    found = triples(extractor, lead + "Mexico and Chile voted in favour of the draft.")

    assert not {("MEX", "calls_for_negotiation"), ("CHL", "calls_for_negotiation")} & found


# -- a yes vote for another text than the article's ------------------------------------------

PAUSES_LEAD = "The Council adopted a resolution on the war in Gaza condemning Hamas on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days earlier it rejected a competing Russian text calling for a humanitarian "
        "ceasefire: Mexico, Chile and Peru voted in favour.",
        "Mexico, Chile and Peru had voted in favour of a rival text that called for an immediate "
        "ceasefire.",
        "An alternative draft urging a ceasefire failed on Wednesday, with Mexico, Chile and "
        "Peru voting in favour.",
    ],
)
def test_a_yes_for_another_text_takes_what_that_text_says(extractor, sentence):
    found = triples(extractor, PAUSES_LEAD + sentence)

    assert {(iso3, "calls_for_negotiation") for iso3 in ("MEX", "CHL", "PER")} <= found
    assert not {(iso3, "condemns") for iso3 in ("MEX", "CHL", "PER")} & found


def test_a_yes_for_another_text_described_nowhere_takes_no_stance(extractor):
    sentence = "Mexico, Chile and Peru voted in favour of a rival Russian text."

    found = triples(extractor, PAUSES_LEAD + sentence)

    assert not {iso3 for iso3, _ in found} & {"MEX", "CHL", "PER"}


# -- the voters' noun after the participle, descriptions inside the list, the lone no vote ------


def test_abstaining_countries_named_after_their_noun_abstain(extractor):
    sentence = "Among the 41 abstaining nations were Kenya, Ghana and Mexico."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert found == {("KEN", "abstains"), ("GHA", "abstains"), ("MEX", "abstains")}


def test_a_description_of_a_listed_voter_does_not_end_the_list(extractor):
    sentence = (
        "Abstaining were Kenya, Ghana's largest trading partner in the region, as well as "
        "Mexico and Chile."
    )

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert found == {("KEN", "abstains"), ("MEX", "abstains"), ("CHL", "abstains")}


def test_voters_named_after_a_description_of_them_are_listed(extractor):
    sentence = (
        "Twelve members voted against, among them Spain, Italy, and the council's two Latin "
        "American members, Mexico and Chile."
    )

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert found == {("ESP", "other"), ("ITA", "other"), ("MEX", "other"), ("CHL", "other")}


def test_the_only_country_to_vote_no_votes_against(extractor):
    sentence = "Malta, which had asked for a recorded vote, was the only member to vote no."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert found == {("MLT", "other")}


# -- rolls written other ways round: the defeated text's "by", the inverted participle, the ---
# -- examples of a tally in the next sentence -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The resolution was opposed by Spain, Italy and Japan.",
        "The draft was vetoed by Spain, Italy and Japan on Tuesday.",
    ],
)
def test_the_countries_a_text_was_voted_down_by_vote_against(extractor, sentence):
    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert {("ESP", "other"), ("ITA", "other"), ("JPN", "other")} <= found
    assert not {("ESP", "condemns"), ("ITA", "condemns"), ("JPN", "condemns")} & found


def test_a_plan_opposed_by_a_country_is_no_vote(extractor):
    sentence = "The Russian plan to annex the region was opposed by Spain and Italy."

    found = triples(extractor, sentence, date(2022, 10, 13))

    assert not {("ESP", "other"), ("ITA", "other")} & found


@pytest.mark.parametrize(
    "sentence",
    [
        "Joining Spain in voting no in the Security Council were Italy, Japan and Malta.",
        "Abstaining on the Mexican draft were Italy, Japan and Malta.",
    ],
)
def test_voters_after_where_a_participle_s_vote_was_cast_are_listed(extractor, sentence):
    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    stance = "abstains" if sentence.startswith("Abstaining") else "other"
    assert {("ITA", stance), ("JPN", stance), ("MLT", stance)} <= found


@pytest.mark.parametrize(
    "following",
    ["Among them were Kenya, Ghana and Mexico.", "They included Kenya, Ghana and Mexico."],
)
def test_the_next_sentence_s_examples_of_a_tally_take_its_vote(extractor, following):
    text = UKRAINE_LEAD + "Forty countries decided to abstain. " + following

    found = triples(extractor, text, date(2022, 10, 13))

    assert {("KEN", "abstains"), ("GHA", "abstains"), ("MEX", "abstains")} <= found


def test_a_list_after_a_vote_that_counts_no_countries_is_no_tally(extractor):
    text = UKRAINE_LEAD + "Malta abstained. Among them were Kenya, Ghana and Mexico."

    found = triples(extractor, text, date(2022, 10, 13))

    assert not {("KEN", "abstains"), ("GHA", "abstains"), ("MEX", "abstains")} & found


# -- a yes vote on a text named by its drafter, a text that demands a withdrawal ----------------

TWO_TEXTS_LEAD = (
    "The General Assembly adopted a resolution that condemns Russia's invasion of Ukraine. "
    "Later the Security Council adopted a separate Brazilian-drafted resolution that implores "
    "a quick end to the war. "
)


def test_a_yes_vote_on_a_text_named_by_its_drafter_takes_that_text_s_stance(extractor):
    text = (
        TWO_TEXTS_LEAD
        + "In the council the Brazilian text passed easily. Chile and Peru voted yes."
    )

    found = triples(extractor, text, date(2022, 10, 13))

    assert {("CHL", "calls_for_negotiation"), ("PER", "calls_for_negotiation")} <= found
    assert not {("CHL", "condemns"), ("PER", "condemns")} & found


def test_a_yes_vote_naming_no_drafter_takes_the_lead_s_text(extractor):
    text = (
        TWO_TEXTS_LEAD
        + "The assembly vote came after a long debate. "
        + "Chile and Peru voted in favour of the first resolution."
    )

    found = triples(extractor, text, date(2022, 10, 13))

    assert {("CHL", "condemns"), ("PER", "condemns")} <= found


def test_a_yes_vote_on_a_text_demanding_a_withdrawal_condemns_and_calls_for_nothing(extractor):
    sentence = (
        "Spain and Italy voted in favour of the text, which demands that Russia 'fully and "
        "without conditions' withdraw all of its troops from every part of Ukraine inside the "
        "borders it had at independence in 1991 and calls for de-escalation, an end of "
        "hostilities and a peaceful settlement of the war."
    )

    found = triples(extractor, sentence, date(2022, 10, 13))

    assert {("ESP", "condemns"), ("ITA", "condemns")} <= found
    assert not {("ESP", "calls_for_negotiation"), ("ITA", "calls_for_negotiation")} & found


def test_a_party_demanding_the_other_withdraw_is_no_such_text(extractor):
    sentence = "Moscow demanded that Ukraine withdraw its troops from four regions before talks."

    found = triples(extractor, sentence, date(2022, 10, 13))

    assert ("RUS", "condemns") not in found


def test_a_country_named_apart_from_the_listed_voters_votes_with_them(extractor):
    sentence = "Apart from Kenya, the resolution was opposed by Spain, Italy and Japan."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert {("KEN", "other"), ("ESP", "other"), ("ITA", "other"), ("JPN", "other")} <= found


def test_a_country_set_apart_from_an_unlisted_majority_takes_no_vote(extractor):
    sentence = "Apart from Kenya, all members voted in favour of the resolution."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert not {iso3 for iso3, _ in found} & {"KEN"}


def test_they_were_and_a_list_after_a_tally_are_its_voters(extractor):
    text = UKRAINE_LEAD + "Five countries voted against. They were Kenya, Ghana and Mexico."

    found = triples(extractor, text, date(2022, 10, 13))

    assert {("KEN", "other"), ("GHA", "other"), ("MEX", "other")} <= found


def test_a_text_voted_down_after_an_aside_gives_the_votes_against(extractor):
    sentence = "The resolution, drafted by Spain, was opposed by Kenya and Ghana."

    found = triples(extractor, UKRAINE_LEAD + sentence, date(2022, 10, 13))

    assert {("KEN", "other"), ("GHA", "other")} <= found
    assert ("ESP", "other") not in found
