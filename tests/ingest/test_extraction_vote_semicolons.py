"""Vote lists written as wire copy writes them: members joined by semicolons ("Argentina;
Bulgaria; ...; and Uruguay"), the voters after an inverted "voting against were:", and a
country's name broken over a line ("Papua New\\nGuinea")."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": []}
    for iso3, name in [
        ("AUT", "Austria"), ("CZE", "Czech Republic"), ("PRY", "Paraguay"), ("ARG", "Argentina"),
        ("BGR", "Bulgaria"), ("URY", "Uruguay"), ("PNG", "Papua New Guinea"), ("DEU", "Germany"),
        ("ITA", "Italy"), ("ESP", "Spain"), ("FRA", "France"), ("GIN", "Guinea"),
    ]
]  # fmt: skip

LEAD = (
    "UNITED NATIONS (AP) — The General Assembly on Tuesday adopted a resolution calling for a "
    "humanitarian truce in the war in Gaza, by 153 votes to 10, with 23 abstentions.\n\n"
)
PUBLISHED = date(2023, 12, 13)
AGAINST = {"USA", "ISR", "AUT", "CZE", "PRY"}
ABSTAINED = {"ARG", "BGR", "DEU", "URY"}


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def voters(extractor, text) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for c in extractor.extract(text, published=PUBLISHED):
        found.setdefault(c.stance, set()).add(c.actor_country)
    return found


# -- semicolons ----------------------------------------------------------------------------------


@pytest.mark.parametrize("colon", [":", ""])
def test_semicolons_join_a_list_of_voters_as_commas_do(extractor, colon):
    text = LEAD + (
        f"The countries voting against were{colon} the United States; Israel; Austria; the Czech "
        "Republic; and Paraguay.\n\nAbstentions came from Argentina; Bulgaria; Germany; and "
        "Uruguay."
    )

    found = voters(extractor, text)

    assert found.get("other") == AGAINST
    assert found.get("abstains") == ABSTAINED


def test_one_semicolon_between_clauses_still_ends_the_list(extractor):
    text = LEAD + "Abstaining were Germany and Italy; France and Spain voted in favour."

    found = voters(extractor, text)

    assert found.get("abstains") == {"DEU", "ITA"}


def test_a_clause_after_a_semicolon_list_is_its_own(extractor):
    text = LEAD + "Abstaining were Argentina; Bulgaria; and Germany; France and Spain voted yes."

    found = voters(extractor, text)

    assert found.get("abstains") == {"ARG", "BGR", "DEU"}
    assert not {"FRA", "ESP"} & found.get("abstains", set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Abstaining were Germany and Italy; Spain, in a surprise, backed the text.",
        "Abstaining were Germany; Italy; Argentina's envoy called the text unbalanced.",
    ],
)
def test_a_semicolon_before_a_clause_ends_the_list(extractor, sentence):
    found = voters(extractor, LEAD + sentence)

    assert not {"ESP", "ARG"} & found.get("abstains", set())


# -- the voters after an inverted "were" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The countries voting against were: the United States, Israel and Austria.", "other"),
        ("The countries voting against were the United States, Israel and Austria.", "other"),
        ("Those voting against were the United States, Israel and Austria.", "other"),
        ("Voting against were: the United States, Israel and Austria.", "other"),
        ("The countries that abstained were: Argentina, Bulgaria and Germany.", "abstains"),
        ("Among those abstaining were Argentina, Bulgaria and Germany.", "abstains"),
        ("Countries abstaining included Argentina, Bulgaria and Germany.", "abstains"),
        ("Countries abstaining included: Argentina, Bulgaria and Germany.", "abstains"),
    ],
)
def test_an_inverted_roll_lists_its_voters(extractor, sentence, stance):
    found = voters(extractor, LEAD + sentence)

    listed = {"USA", "ISR", "AUT"} if stance == "other" else {"ARG", "BGR", "DEU"}
    assert found.get(stance) == listed


# -- a name broken over a line -----------------------------------------------------------------


def test_a_country_name_broken_over_a_line_is_still_the_country(extractor):
    text = LEAD + "Voting against were: Israel; Austria; Papua New\nGuinea; and Paraguay."

    found = voters(extractor, text)

    assert found.get("other") == {"ISR", "AUT", "PNG", "PRY"}
    assert "GIN" not in {iso3 for isos in found.values() for iso3 in isos}


# -- a subject list joined by semicolons ----------------------------------------------------------


def test_semicolons_join_the_voters_before_a_vote_verb(extractor):
    text = LEAD + (
        "The United States; Israel; Austria; and Paraguay voted against; Argentina; Bulgaria; "
        "and Germany abstained."
    )

    found = voters(extractor, text)

    assert found.get("other") == {"USA", "ISR", "AUT", "PRY"}
    assert found.get("abstains") == {"ARG", "BGR", "DEU"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel voted against; Austria and Paraguay abstained.",
        "Israel voted against; Austria; and Paraguay abstained.",
    ],
)
def test_a_semicolon_between_clauses_still_opens_the_clause(extractor, sentence):
    found = voters(extractor, LEAD + sentence)

    assert found.get("other") == {"ISR"}
    assert "ISR" not in found.get("abstains", set())
