"""A party calling its own moves a response to the other side's takes no position; another
country saying the same of a party's strike still condemns."""

from datetime import date


def stances(candidates):
    return {(c.actor_country, c.stance) for c in candidates}


def test_a_party_calling_its_moves_a_response_to_provocations_takes_no_position(
    reference_extractor,
):
    text = (
        "CARACAS, Dec 12 (Reuters) - Venezuela's defence minister Vladimir Padrino Lopez said "
        'on Monday that troop movements near the border with Guyana were "purely defensive" '
        'and a response to Guyana\'s "provocations" over the Essequibo.'
    )

    candidates = reference_extractor.extract(text, published=date(2023, 12, 12))

    assert ("VEN", "condemns") not in stances(candidates)


def test_a_third_country_condemning_the_provocations_still_condemns(reference_extractor):
    text = (
        "BRASILIA, Dec 12 (Reuters) - Brazil's foreign ministry on Monday condemned Venezuela's "
        "provocations against Guyana over the Essequibo."
    )

    candidates = reference_extractor.extract(text, published=date(2023, 12, 12))

    assert ("BRA", "condemns") in stances(candidates)
