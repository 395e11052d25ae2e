"""What a statement issued by someone else did ("a statement issued by the Arab League that
condemned the strikes") is that statement's, not the position of the country whose sentence
mentions it; a country's own statement, or its words reported from one, stay its own."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
DAY = date(2025, 6, 16)
LEAD = "Israel struck Iranian nuclear sites on Friday.\n\n"


def found(reference_extractor, text):
    return {
        (c.actor_country, c.stance, c.target_side)
        for c in reference_extractor.extract(LEAD + text, published=DAY)
        if c.conflict == "israel-iran-conflict"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's foreign ministry said on Sunday it had stayed out of the drafting of a "
        "statement issued by the Arab League that condemned the Israeli strikes.",
        "Mexico distanced itself on Sunday from a communique released by the Group of Friends "
        "which denounced the strikes on Iran.",
    ],
)
def test_what_another_s_statement_did_is_not_the_country_s(reference_extractor, text):
    assert not {f for f in found(reference_extractor, text) if f[1] == "condemns"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Brazil issued a statement on Sunday that condemned the Israeli strikes on Iran.", "BRA"),
        (
            "Mexico said in a statement by its Foreign Ministry that it condemned the Israeli "
            "strikes on Iran.",
            "MEX",
        ),
    ],
)
def test_a_country_s_own_statement_stays_its_own(reference_extractor, text, country):
    assert (country, "condemns", "a") in found(reference_extractor, text)
