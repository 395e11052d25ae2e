"""A "what they said" round-up whose entries open on a country set off by a dash ("Kenya -
Foreign Minister ... said"): each entry is narration about that country, and a day told in
one entry (the session "on Thursday") is that entry's alone, not the next country's."""

from datetime import date

PUBLISHED = date(2023, 10, 28)
LEAD = (
    "How the Assembly voted on the Gaza truce\n\n"
    "The UN General Assembly on Friday adopted a resolution calling for a humanitarian truce "
    "in Gaza.\n\nReactions\n\n"
)
GHANA = "Ghana's envoy condemned the Hamas attacks of October 7 in the strongest terms."


def dated(extractor, text):
    return {
        (c.actor_country, c.stance): c.date for c in extractor.extract(text, published=PUBLISHED)
    }


def test_a_day_told_in_one_entry_is_not_the_next_entrys(reference_extractor):
    text = LEAD + (
        "Kenya - Foreign Minister Musalia Mudavadi, addressing the emergency session on "
        "Thursday, urged all sides to exercise restraint.\n\nGhana - " + GHANA
    )

    found = dated(reference_extractor, text)

    assert found[("KEN", "calls_for_negotiation")] == date(2023, 10, 26)
    assert found[("GHA", "condemns")] == date(2023, 10, 27)


def test_a_day_told_in_a_paragraph_of_plain_narration_still_sets_the_scene(reference_extractor):
    text = LEAD + (
        "Kenya's Foreign Minister Musalia Mudavadi, addressing the emergency session on "
        "Thursday, urged all sides to exercise restraint.\n\n" + GHANA
    )

    assert dated(reference_extractor, text)[("GHA", "condemns")] == date(2023, 10, 26)


def test_two_countries_joined_by_a_dash_open_no_entry(reference_extractor):
    text = (
        "Russia - Ukraine talks resumed in Istanbul on Tuesday, and Turkey's foreign minister "
        "urged both sides to agree a ceasefire."
    )

    found = dated(reference_extractor, text)

    assert ("TUR", "calls_for_negotiation") in found
    assert ("RUS", "calls_for_negotiation") not in found
