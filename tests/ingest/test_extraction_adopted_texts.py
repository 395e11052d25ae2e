"""What a yes vote backs when the article says what the text does without naming it: the body
that adopted it as the subject ("The Security Council demanded a cease-fire"), or "It" after
the sentence naming it; and voters listed after "alongside" or in a clause after "after"."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [("FRA", "France"), ("DZA", "Algeria"), ("MOZ", "Mozambique")]
]
PUBLISHED = date(2024, 3, 26)
VOTE = "China, France and Britain were among those voting yes."
LATER = (
    " U.S. Ambassador Linda Thomas-Greenfield said Washington could not vote for the text "
    "because of its failure to condemn Hamas."
)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_a_yes_vote_backs_what_the_council_as_subject_demanded(extractor):
    lead = "The U.N. Security Council on Monday demanded an immediate cease-fire in Gaza. "

    found = triples(extractor, lead + VOTE + LATER)

    assert ("FRA", "calls_for_negotiation") in found
    assert ("FRA", "condemns") not in found


def test_a_yes_vote_backs_what_it_demands_after_the_sentence_naming_the_text(extractor):
    lead = (
        "The resolution on the war in Gaza was adopted by 14 votes. It demands a cease-fire "
        "respected by all parties. "
    )

    found = triples(extractor, lead + VOTE + LATER)

    assert ("FRA", "calls_for_negotiation") in found
    assert ("FRA", "condemns") not in found


def test_it_opening_a_sentence_with_no_text_before_is_no_text(extractor):
    lead = "The council met on the war in Gaza on Monday. It demands a cease-fire. "

    found = triples(extractor, lead + VOTE + LATER)

    assert ("FRA", "calls_for_negotiation") not in found


def test_voters_listed_alongside_the_first_ones_voted_the_same(extractor):
    lead = "The Security Council demanded an immediate cease-fire in Gaza. "
    vote = (
        "China, France and Britain were among those voting yes, alongside Algeria, the Arab "
        "representative on the council, and Mozambique, which introduced the text."
    )

    found = triples(extractor, lead + vote)

    assert {("DZA", "calls_for_negotiation"), ("MOZ", "calls_for_negotiation")} <= found


def test_a_country_choosing_to_abstain_after_the_conjunction_abstained(extractor):
    text = (
        "Headline\n\nThe Security Council adopted a resolution on the war in Gaza on Monday "
        "after the United States chose to abstain rather than use its veto."
    )

    assert ("USA", "abstains") in triples(extractor, text)


def test_a_country_the_clause_after_the_conjunction_names_as_object_does_not_abstain(extractor):
    text = (
        "Headline\n\nThe Security Council adopted a resolution on the war in Gaza on Monday "
        "after talks with the United States, and Japan abstained."
    )

    assert ("USA", "abstains") not in triples(extractor, text)


def test_a_text_s_concern_naming_no_side_yields_to_its_call_for_dialogue(extractor):
    text = (
        "The leaders adopted a declaration on the war in Gaza expressing deep concern at the "
        "rise in tensions. The text, signed by France, Algeria and Mozambique, urges both "
        "sides to return to dialogue."
    )

    found = triples(extractor, text)

    assert ("FRA", "calls_for_negotiation") in found
    assert ("FRA", "condemns") not in found


def test_a_text_s_concern_stands_where_it_makes_no_call(extractor):
    lead = "The council adopted a resolution on the war in Gaza expressing deep concern. "

    found = triples(extractor, lead + VOTE)

    assert ("FRA", "calls_for_negotiation") not in found
