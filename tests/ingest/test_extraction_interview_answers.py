"""A minister's interview answers: what an act is called after a comma, the day of Hamas's
attack as its doer, terrorism laid at the other party's door, and "our prime minister" as
someone the one answering reports."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
GAZA = "israel-hamas-war"
KASHMIR = "india-pakistan-conflict"
DAY = date(2025, 5, 23)
INTRO = (
    "India's External Affairs Minister, Subrahmanyam Jaishankar, has spent this week in "
    "Europe. We spoke to him on Wednesday.\n\n"
)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side, c.speaker)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_what_an_act_is_called_after_a_comma_condemns_its_doer(reference_extractor):
    text = (
        INTRO + "Q: And Gaza?\n\n"
        "A: We called October 7 what it was, a terrorist attack, and we said so on the day."
    )

    assert ("IND", GAZA, "condemns", "b", "S. Jaishankar") in found(reference_extractor, text)


def test_an_apposition_about_the_act_is_still_an_aside(reference_extractor):
    text = (
        INTRO + "Q: And Gaza?\n\n"
        "A: We remember October 7, a terrorist attack, and we remember the hostages."
    )

    assert not {f for f in found(reference_extractor, text) if f[2] == "condemns"}


def test_terrorism_as_state_policy_condemns_the_other_party(reference_extractor):
    text = (
        INTRO + "Q: Pakistan denies any role in the Pahalgam attack in Kashmir.\n\n"
        "A: Pakistan has made terrorism an instrument of state policy, and the world should "
        "not treat this as a dispute between two equal parties."
    )

    assert ("IND", KASHMIR, "condemns", "b", "S. Jaishankar") in found(reference_extractor, text)


def test_what_one_party_says_the_other_wants_is_not_its_call(reference_extractor):
    text = (
        "NEW DELHI, May 23 (Wire) - India's External Affairs Minister Subrahmanyam Jaishankar "
        'spoke about Kashmir on Wednesday.\n\n"Pakistan wants talks," Jaishankar said.'
    )

    assert not {f for f in found(reference_extractor, text) if f[2] == "calls_for_negotiation"}


def test_our_prime_minister_is_reported_by_the_one_answering(reference_extractor):
    text = (
        INTRO + "Q: Whose side is India on in the war in Ukraine?\n\n"
        "A: Our prime minister told President Putin that this is not an era of war.\n\n"
        "Q: And Gaza?\n\n"
        "A: We have also been clear that there must be a ceasefire in Gaza and a return of "
        "the hostages."
    )

    assert ("IND", GAZA, "calls_for_negotiation", None, "S. Jaishankar") in found(
        reference_extractor, text
    )
