"""A statement of several countries, reported over several sentences: the list that says it
"in a statement", and the "They" of the sentences that go on with it."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

LISTED = (
    "The foreign ministers of Brazil, Germany, South Africa and the Philippines said in the "
    "statement released on Friday that they backed Ukraine's sovereignty. "
)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def holders(extractor, text, stance, conflict="russia-ukraine-war"):
    found = extractor.extract(text, published=date(2025, 3, 15))
    return {c.actor_country for c in found if c.stance == stance and c.conflict == conflict}


@pytest.mark.parametrize(
    ("text", "stance", "conflict"),
    [
        # the list sentence names the statement only as "the statement", "a joint communique"
        (LISTED, "supports_side_a", "russia-ukraine-war"),
        (
            "Leaders of Brazil, Germany, South Africa and the Philippines said in a joint "
            "communique that they condemned Russia's invasion of Ukraine.",
            "condemns",
            "russia-ukraine-war",
        ),
        # "They" right after the list, and after a fronted phrase
        (
            LISTED + "They urged Russia to agree to a ceasefire.",
            "calls_for_negotiation",
            "russia-ukraine-war",
        ),  # fmt: skip
        (
            LISTED + "On Gaza, they called for an immediate ceasefire in the Gaza war.",
            "calls_for_negotiation",
            "israel-hamas-war",
        ),
        # "They" after a sentence whose subject is the signatories, however far from the list
        (
            LISTED + "Diplomats said the talks had been hard.\n\nOn Asia, the ministers were "
            'blunter. They said they "oppose China\'s coercion of Philippine vessels."',
            "condemns",
            "south-china-sea-disputes",
        ),
        (
            LISTED + "The statement also criticised Russia's attacks on Ukrainian cities. They "
            "also backed a return to talks in the Ukraine war.",
            "calls_for_negotiation",
            "russia-ukraine-war",
        ),
        # a quoted predicate after "and" is the subject's, over the countries named before it
        (
            LISTED + "They welcomed Kyiv's acceptance of a Turkish plan for a truce, and \"urged "
            'Russia to agree to a ceasefire without conditions."',
            "calls_for_negotiation",
            "russia-ukraine-war",
        ),
    ],
)
def test_every_signatory_takes_what_the_statement_says(extractor, text, stance, conflict):
    assert holders(extractor, text, stance, conflict) == {"BRA", "DEU", "ZAF", "PHL"}


@pytest.mark.parametrize(
    ("text", "stance", "conflict"),
    [
        # another group of people as the subject in between: their "They"
        (
            LISTED + "Critics in Moscow said the text was one-sided. They said Ukraine must "
            "be condemned for its attacks.",
            "condemns",
            "russia-ukraine-war",
        ),
        (
            LISTED + "Analysts were unimpressed.\n\nOn Gaza, they called for an immediate "
            "ceasefire in the Gaza war.",
            "calls_for_negotiation",
            "israel-hamas-war",
        ),
        # "They" far into a sentence is no subject this rule reads
        (
            LISTED + "Officials said that in the end they urged a ceasefire in the Gaza war.",
            "calls_for_negotiation",
            "israel-hamas-war",
        ),
        # a quoted predicate whose own subject is named before it
        (
            LISTED + 'They welcomed the plan, and Russia "urged Ukraine to agree to a '
            'ceasefire without conditions."',
            "calls_for_negotiation",
            "russia-ukraine-war",
        ),
    ],
)
def test_they_after_another_subject_is_not_the_signatories(extractor, text, stance, conflict):
    assert not holders(extractor, text, stance, conflict) & {"BRA", "DEU", "ZAF", "PHL"}


def test_three_countries_saying_something_in_no_statement_are_not_signatories(extractor):
    text = (
        "Brazil, Germany and South Africa said on Friday that they backed Ukraine's "
        "sovereignty. Russia rejected that. They urged Ukraine to agree to a ceasefire."
    )

    assert not holders(extractor, text, "calls_for_negotiation") & {"BRA", "DEU", "ZAF"}


# -- signatories under their formal titles; numbered paragraphs that go on with infinitives --

FORMAL = (
    "The foreign ministers of the Federative Republic of Brazil, the Kingdom of Cambodia, the "
    "State of Malaysia and the Republic of South Africa issued the following joint statement. "
)


def test_signatories_listed_under_formal_titles_are_each_signatory(extractor):
    text = FORMAL + "First: The Ministers condemn Russia's invasion of Ukraine."

    assert holders(extractor, text, "condemns") >= {"BRA", "KHM", "MYS", "ZAF"}


def test_a_country_after_a_formal_title_outside_the_list_is_no_signatory(extractor):
    text = (
        "Brazil, Germany and South Africa, after talks with the Republic of India, said in a "
        "joint statement that they condemn Russia's invasion of Ukraine."
    )

    assert "IND" not in holders(extractor, text, "condemns")


def test_an_infinitive_after_and_goes_on_with_the_statement_s_subject(extractor):
    text = FORMAL + (
        "Second: The Ministers express concern over the escalation in Ukraine, which threatens the "
        "whole region, and stress the need to halt the shelling and to work towards reaching a "
        "ceasefire."
    )

    assert holders(extractor, text, "calls_for_negotiation") >= {"BRA", "KHM", "MYS", "ZAF"}


def test_a_new_subject_after_and_still_takes_over(extractor):
    text = "Brazil condemned Russia's invasion of Ukraine, and its neighbours urged a ceasefire."

    assert "BRA" not in holders(extractor, text, "calls_for_negotiation")
