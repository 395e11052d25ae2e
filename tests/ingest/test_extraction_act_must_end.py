"""A side's act of war that "must end" (be stopped, be put to an end) condemns the side that
does it: "The offensive carried out by the M23, supported by Rwanda, must be put to an end";
"the violence must stop", which names no side, condemns nobody."""

from datetime import date

PUBLISHED = date(2025, 2, 24)


def condemned(extractor, text):
    return {
        (c.actor_country, c.target_side)
        for c in extractor.extract(text, published=PUBLISHED)
        if c.stance == "condemns"
    }


def test_a_sides_offensive_that_must_be_put_to_an_end_condemns_it(reference_extractor):
    text = (
        "Belgium's foreign minister said on Sunday: \"The advance of the M23 backed by Rwanda "
        'must be brought to an end."'
    )

    assert ("BEL", "b") in condemned(reference_extractor, text)


def test_attacks_on_a_side_that_must_stop_condemn_its_enemy(reference_extractor):
    text = "Austria's chancellor said on Sunday that the strikes on Ukraine's cities must stop."

    assert ("AUT", "b") in condemned(reference_extractor, text)


def test_violence_that_must_stop_condemns_nobody(reference_extractor):
    text = "Belgium's foreign minister said on Sunday that the violence in eastern Congo must stop."

    assert not {iso3 for iso3, _ in condemned(reference_extractor, text)} & {"BEL"}
