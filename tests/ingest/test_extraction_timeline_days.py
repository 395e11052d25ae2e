"""Which day a statement takes in a timeline or a week-in-review: headings that write their days
in capitals, a weekday that says which year a yearless date is in."""

from datetime import date

from ingest.extraction.dates import find_dates, resolve


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_date_written_in_capitals_is_a_date():
    found = find_dates("FRIDAY, 3 MARCH 2023 and SEPT. 14")

    assert [(e.kind, e.year, e.month, e.day) for e in found] == [
        ("weekday", None, None, None),
        ("day", 2023, 3, 3),
        ("day", None, 9, 14),
    ]


def test_a_capitalised_word_that_is_no_month_is_no_date():
    assert find_dates("MARCHERS AND MAYORS GATHERED ON A SUNNY DAY") == []


def test_a_weekday_beside_a_yearless_date_picks_the_year_it_fits():
    # 12 October 2023 was a Thursday; 12 October 2024 a Saturday.
    (weekday, day) = find_dates("Thursday, 12 October")

    resolved = resolve(day, date(2024, 10, 14), published=True)

    assert resolved.day == date(2023, 10, 12)


def test_a_yearless_date_without_a_weekday_stays_in_the_anchor_s_year():
    (day,) = find_dates("on 12 October")

    resolved = resolve(day, date(2024, 10, 14), published=True)

    assert resolved.day == date(2024, 10, 12)


def test_a_weekday_no_nearby_year_fits_leaves_the_date_as_it_was():
    # 12 October was a Monday in neither 2024 nor 2023.
    (weekday, day) = find_dates("Monday, 12 October")

    resolved = resolve(day, date(2024, 10, 14), published=True)

    assert resolved.day == date(2024, 10, 12)


def test_statements_under_a_capitalised_day_heading_take_its_day(reference_extractor):
    text = (
        "Twelve months on: how the capitals reacted when the fighting began\n\n"
        "BRUSSELS, Oct. 12 - A year ago this week the war reached the capital. This is what "
        "governments said at the time.\n\n"
        "THURSDAY, 12 OCTOBER 2023\n"
        "Shelling was reported across the region from the early hours.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine.\n\n"
        "SATURDAY, 14 OCTOBER\n"
        "The shelling went on overnight.\n\n"
        "Germany's foreign ministry condemned the invasion of Ukraine."
    )

    candidates = reference_extractor.extract(text, published=date(2024, 10, 12))

    assert ("BRA", "calls_for_negotiation", date(2023, 10, 12)) in days(candidates)
    assert ("DEU", "condemns", date(2023, 10, 14)) in days(candidates)


def test_a_heading_in_title_case_over_a_statement_still_dates_it(reference_extractor):
    text = (
        "A week of reactions\n\n"
        "Thursday, 10 October\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine.\n\n"
        "Friday, 11 October\n\n"
        "Germany's foreign ministry condemned the invasion of Ukraine."
    )

    candidates = reference_extractor.extract(text, published=date(2024, 10, 12))

    assert ("BRA", "calls_for_negotiation", date(2024, 10, 10)) in days(candidates)
    assert ("DEU", "condemns", date(2024, 10, 11)) in days(candidates)


def test_a_month_heading_with_its_year_gives_its_dates_that_year(reference_extractor):
    text = (
        "From one crisis to the next: a timeline\n\n"
        "ANKARA, 3 June 2024 - Here is how the positions moved.\n\n"
        "FEBRUARY 2022 - ANKARA\n"
        "On 25 February, Turkey's foreign ministry condemned the invasion of Ukraine.\n\n"
        "APRIL 2024 - BRASILIA\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = reference_extractor.extract(text, published=date(2024, 6, 3))

    assert ("TUR", "condemns", date(2022, 2, 25)) in days(candidates)
    found = {(c.actor_country, c.date, c.date_precision) for c in candidates}
    assert ("BRA", None, "month") in found


def test_a_headline_naming_a_month_heads_no_section(reference_extractor):
    text = (
        "Reactions to the war in March 2022\n\n"
        "Germany's foreign ministry on Friday condemned the invasion of Ukraine.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = reference_extractor.extract(text, published=date(2022, 3, 5))

    assert ("BRA", "calls_for_negotiation", date(2022, 3, 4)) in days(candidates)


def test_a_vote_told_the_next_day_dates_the_voters_named_after_it(reference_extractor):
    text = (
        "A week of pressure on Moscow\n\n"
        "7 March 2022\n\n"
        "Canada's foreign ministry on Tuesday, 1 March, condemned the invasion of Ukraine.\n\n"
        "The next day the General Assembly adopted a resolution deploring the aggression by "
        "Russia against Ukraine by 141 votes to 5. India and China abstained.\n\n"
        "Ministers met again on Friday."
    )

    candidates = reference_extractor.extract(text, published=date(2022, 3, 7))

    assert ("IND", "abstains", date(2022, 3, 2)) in days(candidates)


def test_a_vote_a_day_after_an_event_is_not_dated_by_that_phrase(reference_extractor):
    text = (
        "A week of pressure on Moscow\n\n"
        "7 March 2022\n\n"
        "A day after the strike on Kharkiv, the General Assembly adopted a resolution deploring "
        "the aggression by Russia against Ukraine by 141 votes to 5. India and China "
        "abstained."
    )

    candidates = reference_extractor.extract(text, published=date(2022, 3, 7))

    # counted from a strike told without its day, the phrase gives the vote no day of its own:
    # the abstention is undated or, told in a sentence of its own, of the story's day
    india = {
        day for actor, stance, day in days(candidates) if (actor, stance) == ("IND", "abstains")
    }
    assert india and india <= {None, date(2022, 3, 7)}
