"""A text or a government that takes one side's plan as the basis of the talks backs that
side: "negotiations taking as basis Morocco's autonomy plan", "puts the autonomy proposal at
the heart of the process", "autonomy under Moroccan sovereignty"; a plan that is no side's
backs nobody."""

from datetime import date

PUBLISHED = date(2025, 11, 2)


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_a_text_taking_a_sides_plan_as_basis_gives_its_yes_votes_that_side(reference_extractor):
    text = (
        "The Security Council on Friday adopted a resolution on Western Sahara that asks the "
        "envoy to hold talks taking as basis Morocco's autonomy plan. Greece, Panama and "
        "Denmark voted in favour."
    )

    found = triples(reference_extractor, text)

    assert {("GRC", "supports_side_a"), ("PAN", "supports_side_a")} <= found


def test_autonomy_under_a_sides_sovereignty_backs_that_side(reference_extractor):
    text = (
        "Spain's foreign minister said on Friday that autonomy under Moroccan sovereignty was "
        "the way to settle the Western Sahara dispute."
    )

    assert ("ESP", "supports_side_a") in triples(reference_extractor, text)


def test_a_plan_that_is_no_sides_backs_nobody(reference_extractor):
    text = (
        "The Security Council on Friday adopted a resolution on Western Sahara that asks the "
        "envoy to hold talks taking as basis the settlement plan of 1991. Greece, Panama and "
        "Denmark voted in favour."
    )

    found = triples(reference_extractor, text)

    assert not {("GRC", "supports_side_a"), ("GRC", "supports_side_b")} & found
