"""Council speeches: progress at the negotiating table, a return to the implementation of
agreements, and the calls an act came "despite", which are not the speaker's."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
KARABAKH = "nagorno-karabakh-conflict"
DAY = date(2023, 9, 21)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_progress_at_the_negotiating_table_is_a_call_for_talks(reference_extractor):
    text = (
        "UNITED NATIONS, Sept 21 (Wire) - The Council discussed Nagorno-Karabakh.\n\n"
        "The representative of the United Kingdom said the United Kingdom looked to Armenia "
        "and Azerbaijan to make progress at the negotiating table."
    )

    assert ("GBR", KARABAKH, "calls_for_negotiation", None) in found(reference_extractor, text)


def test_a_call_to_return_to_agreed_statements_is_a_call_for_talks(reference_extractor):
    text = (
        "MOSCOW, Sept 21 (Wire) - Russia called on Baku and Yerevan to return to the "
        "implementation of the trilateral statements on Nagorno-Karabakh."
    )

    assert ("RUS", KARABAKH, "calls_for_negotiation", None) in found(reference_extractor, text)


def test_calls_an_act_came_despite_are_not_the_speakers(reference_extractor):
    text = (
        "UNITED NATIONS, Sept 21 (Wire) - The Council discussed Nagorno-Karabakh.\n\n"
        "The representative of Germany said his country condemned Azerbaijan's military "
        "action, which had come despite repeated international calls for restraint."
    )

    stances = found(reference_extractor, text)

    assert ("DEU", KARABAKH, "condemns", "a") in stances
    assert ("DEU", KARABAKH, "calls_for_negotiation", None) not in stances


def test_a_call_for_restraint_without_despite_is_the_speakers(reference_extractor):
    text = (
        "UNITED NATIONS, Sept 21 (Wire) - The Council discussed Nagorno-Karabakh.\n\n"
        "The representative of Germany said his country repeated its calls for restraint."
    )

    assert ("DEU", KARABAKH, "calls_for_negotiation", None) in found(reference_extractor, text)
