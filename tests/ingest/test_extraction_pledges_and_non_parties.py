"""Cues in other words: an ally's treaty pledge, an ambassador withdrawn, a declared non-party."""

from datetime import date


def stances(candidates):
    return {(c.actor_country, c.stance, c.target_side) for c in candidates}


def test_a_treaty_obligation_to_a_side_backs_it(reference_extractor):
    text = (
        "MANILA, Aug 6 (Reuters) - Washington said on Tuesday its defence treaty obligations "
        "to the Philippines cover coast guard vessels anywhere in the South China Sea."
    )

    candidates = reference_extractor.extract(text, published=date(2024, 8, 6))

    assert ("USA", "supports_side_a", None) in stances(candidates)


def test_a_commitment_to_no_side_backs_none(reference_extractor):
    text = (
        "TOKYO, Aug 6 (Reuters) - Japan said on Tuesday its security commitments to the region "
        "were unchanged as tension rose in the South China Sea."
    )

    candidates = reference_extractor.extract(text, published=date(2024, 8, 6))

    assert not any(c.stance.startswith("supports") for c in candidates)


def test_withdrawing_an_ambassador_from_a_side_condemns_it(reference_extractor):
    text = (
        "ALGIERS, Aug 25 (Reuters) - Algeria withdrew its ambassador from Morocco on Tuesday "
        "over the Western Sahara conflict."
    )

    candidates = reference_extractor.extract(text, published=date(2021, 8, 25))

    assert ("DZA", "condemns", "a") in stances(candidates)


def test_withdrawing_an_objection_is_no_action(reference_extractor):
    text = (
        "ALGIERS, Aug 25 (Reuters) - Algeria withdrew its objection to the wording of the "
        "Western Sahara text on Tuesday."
    )

    candidates = reference_extractor.extract(text, published=date(2021, 8, 25))

    assert not any(c.stance == "condemns" for c in candidates)


def test_declaring_oneself_no_party_to_the_crisis_is_neutral(reference_extractor):
    text = (
        'BEIJING, April 27 (Reuters) - Xi said China "is neither the creator of the Ukraine '
        'crisis nor a party to it", according to the readout.'
    )

    candidates = reference_extractor.extract(text, published=date(2023, 4, 27))

    assert ("CHN", "neutral", None) in stances(candidates)


def test_no_party_to_an_agreement_is_no_neutrality(reference_extractor):
    text = (
        "BEIJING, July 18 (Reuters) - China's foreign ministry said Beijing was not a party to "
        "the grain agreement on Ukraine's ports."
    )

    candidates = reference_extractor.extract(text, published=date(2023, 7, 18))

    assert not any(c.stance == "neutral" for c in candidates)
