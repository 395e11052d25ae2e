"""Vote results set out as a page's sections: a label on a line of its own, in capitals or
with a bracketed count or qualifier ("AGAINST (2)", "Abstentions (partial list)"), whose
whole list of countries, commas and all, is the line under it."""

from datetime import date

PUBLISHED = date(2022, 3, 9)
LEAD = (
    "Rights council orders inquiry\n\n"
    "The Human Rights Council on Tuesday adopted a resolution condemning Russia's aggression "
    "against Ukraine and setting up an inquiry, by 33 votes to 2.\n\n"
)

TRUCE_LEAD = (
    "Assembly calls for Gaza truce\n\n"
    "The General Assembly on Tuesday adopted a resolution calling for a humanitarian truce in "
    "the war in Gaza.\n\n"
)


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_a_capitalised_label_with_its_count_lists_the_line_under_it(reference_extractor):
    text = LEAD + (
        "AGAINST (2)\nEritrea, Venezuela\n\nABSTENTIONS (partial list)\nIndia, Cuba, Kazakhstan\n"
    )

    found = triples(reference_extractor, text)

    assert {("ERI", "other"), ("VEN", "other")} <= found
    assert {("IND", "abstains"), ("CUB", "abstains"), ("KAZ", "abstains")} <= found


def test_a_label_with_a_colon_lists_the_comma_list_on_the_next_line(reference_extractor):
    text = LEAD + "Abstained:\nIndia, Cuba and Kazakhstan.\n"

    found = triples(reference_extractor, text)

    assert {("IND", "abstains"), ("CUB", "abstains"), ("KAZ", "abstains")} <= found


def test_a_line_of_prose_under_a_label_lists_nobody(reference_extractor):
    text = LEAD + "ABSTENTIONS\nIndia and Cuba argued that the inquiry went too far.\n"

    found = triples(reference_extractor, text)

    assert not {("IND", "abstains"), ("CUB", "abstains")} & found


def test_a_bare_for_label_lists_the_yes_votes_under_it(reference_extractor):
    text = TRUCE_LEAD + "FOR (3)\nFrance, Denmark, Greece\n"

    found = triples(reference_extractor, text)

    yes = "calls_for_negotiation"
    assert {("FRA", yes), ("DNK", yes), ("GRC", yes)} <= found


def test_for_opening_a_line_of_prose_is_no_label(reference_extractor):
    text = TRUCE_LEAD + "For\nFrance and Denmark the truce came late.\n"

    found = triples(reference_extractor, text)

    assert not {("FRA", "calls_for_negotiation"), ("DNK", "calls_for_negotiation")} & found
