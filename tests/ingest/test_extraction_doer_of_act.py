"""The side after "of" in an act of war is its victim for most acts ("the invasion of
Ukraine", "the siege of Mariupol") but its doer for an offensive, an aggression or attacks
("the offensive of the M23", "the aggression of the Russian Federation against Ukraine")."""

from datetime import date

PUBLISHED = date(2025, 2, 24)


def condemned(extractor, text):
    return {
        (c.actor_country, c.target_side)
        for c in extractor.extract(text, published=PUBLISHED)
        if c.stance == "condemns"
    }


def test_the_offensive_of_a_side_condemns_that_side(reference_extractor):
    text = "Angola on Saturday condemned the renewed offensive of the M23 near Goma."

    assert condemned(reference_extractor, text) == {("AGO", "b")}


def test_the_aggression_of_a_side_against_the_other_condemns_the_doer(reference_extractor):
    text = "Chile on Saturday condemned the aggression of the Russian Federation against Ukraine."

    assert condemned(reference_extractor, text) == {("CHL", "b")}


def test_the_occupation_of_a_side_still_condemns_the_other(reference_extractor):
    text = "Angola on Saturday condemned the occupation of Congolese towns by the M23 rebels."

    assert ("AGO", "a") not in condemned(reference_extractor, text)
