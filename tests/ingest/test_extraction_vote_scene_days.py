"""The day of a vote told without one: the vote told just before it (in its paragraph or the
one before) sets the scene, not the story's first vote; a vote told in the past perfect or in
a description of another text ("than a resolution adopted on 2 March") sets none."""

from datetime import date

PUBLISHED = date(2022, 3, 12)
LEAD = (
    "The UN Security Council on Friday adopted a resolution calling for a ceasefire in Ukraine.\n\n"
)


def days(extractor, text, iso3, stance):
    return {
        c.date
        for c in extractor.extract(text, published=PUBLISHED)
        if (c.actor_country, c.stance) == (iso3, stance)
    }


def test_a_vote_after_another_days_vote_in_its_paragraph_is_of_that_day(reference_extractor):
    text = LEAD + (
        "On Tuesday, the Human Rights Council voted to open an inquiry into abuses in Ukraine. "
        "Eritrea voted no and Cuba abstained."
    )

    assert days(reference_extractor, text, "CUB", "abstains") == {date(2022, 3, 8)}


def test_a_vote_in_the_paragraph_after_another_days_vote_is_of_that_day(reference_extractor):
    text = LEAD + (
        "On Tuesday, the Human Rights Council voted to open an inquiry into abuses in Ukraine."
        "\n\nEritrea voted no. Cuba and Bolivia abstained."
    )

    assert days(reference_extractor, text, "BOL", "abstains") == {date(2022, 3, 8)}


def test_a_vote_after_a_text_described_by_its_day_is_of_the_storys_vote(reference_extractor):
    text = LEAD + (
        "The margin was wider than for a resolution adopted on Tuesday by the rights council."
        "\n\nEritrea voted no. Cuba and Bolivia abstained."
    )

    assert days(reference_extractor, text, "BOL", "abstains") == {date(2022, 3, 11)}


def test_a_vote_after_one_told_in_the_past_perfect_is_of_the_storys_vote(reference_extractor):
    text = LEAD + (
        "Russia had vetoed a tougher draft on Tuesday.\n\nEritrea voted no. Cuba and Bolivia "
        "abstained."
    )

    assert days(reference_extractor, text, "BOL", "abstains") == {date(2022, 3, 11)}
