"""Which day an article without a publication date is filed on when its dateline gives only a
weekday ("ANKARA, Tuesday -"): the first such weekday on or after the latest day it names."""

from datetime import date


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_weekday_dateline_files_the_story_after_the_days_it_names(reference_extractor):
    text = (
        "Ankara urges calm after strikes\n\n"
        "ANKARA, Tuesday - Turkey's foreign minister Hakan Fidan called on Sunday for talks to "
        "end the war between Israel and Iran, two days after Israel's strikes on Iran began on "
        "Friday, June 13.\n\n"
        "Fidan's ministry said on Saturday, June 14, that it was following events closely."
    )

    candidates = reference_extractor.extract(text, published=None)

    # Filed on Tuesday 17 June 2025: "on Sunday" is the 15th, not the 8th.
    assert ("TUR", "calls_for_negotiation", date(2025, 6, 15)) in days(candidates)


def test_an_event_the_story_names_moves_the_filing_day_past_it(reference_extractor):
    text = (
        "Ankara urges calm after US strikes\n\n"
        "ANKARA, Tuesday - Turkey's foreign minister Hakan Fidan called on Sunday for talks to "
        "end the war between Israel and Iran, hours after US warplanes hit Iranian nuclear "
        "sites.\n\n"
        "Israel had begun its strikes on Iran on Friday, June 13."
    )

    candidates = reference_extractor.extract(text, published=None)

    # The US strikes were on Sunday 22 June 2025: filed on Tuesday the 24th.
    assert ("TUR", "calls_for_negotiation", date(2025, 6, 22)) in days(candidates)


def test_a_weekday_dateline_leaves_a_known_publication_date_alone(reference_extractor):
    text = (
        "Ankara urges calm\n\n"
        "ANKARA, Tuesday - Turkey's foreign minister Hakan Fidan called on Sunday for talks to "
        "end the war between Israel and Iran, two days after Israel's strikes on Iran began on "
        "Friday, June 13."
    )

    candidates = reference_extractor.extract(text, published=date(2025, 6, 24))

    assert ("TUR", "calls_for_negotiation", date(2025, 6, 22)) in days(candidates)
