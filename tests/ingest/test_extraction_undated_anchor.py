"""The day that stands in for an unknown publication date: the year an article says it is
written in, a day said to be "next year", the day a mandate renewed for a year lapsed, a
headline's night of the war, the war's month "now", and a day counted from a yearless day."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.extraction.dates import find_dates, infer_anchor, renewal_days, resolve, year_clues
from ingest.extraction.events import days_counted_from_days, named_days, present_years
from tests.ingest.test_extraction_gazetteer import small_gazetteer

WAR_BEGAN = date(2022, 2, 24)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_year_beside_last_year_gives_the_article_the_year_after():
    assert year_clues("Last year's summit, in March 2023, ended without a deal.") == [2024]
    assert year_clues("The forum met this year in June 2023.") == [2023]


def test_a_year_not_said_to_be_last_years_gives_no_year():
    assert year_clues("Last year the summit drew 2023 delegates.") == []
    assert year_clues("The forum met in June 2023.") == []


def test_the_years_an_article_says_it_is_written_in_place_its_days():
    text = "The envoys met on 12 May. Last year's round, in April 2023, had failed."
    dates = find_dates(text)

    assert infer_anchor(dates, WAR_BEGAN, clues=year_clues(text)) == date(2024, 5, 12)
    # Without the clue the war's first year fits as well as any: the earliest is taken.
    assert infer_anchor(dates, WAR_BEGAN) == date(2022, 5, 12)


def test_a_day_said_to_be_next_year_does_not_stand_in_for_the_article():
    text = "The truce agreed on 4 March runs until 30 June next year."
    dates = find_dates(text)

    anchor = infer_anchor(dates, WAR_BEGAN)

    assert anchor == date(2022, 3, 4)
    assert resolve(dates[-1], anchor, published=False).day == date(2023, 6, 30)


def test_a_day_without_next_year_may_stand_in():
    text = "The truce agreed on 4 March runs until 30 June."

    assert infer_anchor(find_dates(text), WAR_BEGAN) == date(2022, 6, 30)


def test_a_mandate_renewed_until_next_year_lapsed_that_day_this_year():
    text = "The council renewed the mandate of the mission until 15 December next year."
    renewals = renewal_days(text)

    assert [(e.month, e.day, e.year) for e in renewals] == [(12, 15, None)]
    assert infer_anchor([], None, clues=[2024], renewals=renewals) == date(2024, 12, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The council renewed its sanctions until 15 December next year.",
        "The mission's mandate runs until 15 December next year.",
        "The council renewed the mandate of the mission until 15 December 2025.",
    ],
)
def test_other_deadlines_next_year_are_not_a_renewal(text):
    assert renewal_days(text) == []


def test_a_renewal_without_a_year_for_it_places_nothing():
    renewals = renewal_days("The council extended the mandate until 30 June next year.")

    assert infer_anchor([], None, renewals=renewals) is None


def test_a_night_of_the_assault_is_the_wars_day():
    found = named_days("Kyiv braces for third night of assault", (), WAR_BEGAN)

    assert [(e.year, e.month, e.day) for e in found] == [(2022, 2, 26)]


def test_a_night_of_something_else_is_not_counted():
    assert named_days("Delegates brace for a third night of talks", (), WAR_BEGAN) == []


def test_a_headlines_night_of_the_war_is_the_day_last_night_counts_from(extractor):
    text = (
        "Kyiv braces for third night of assault\n\n"
        "Last night India's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("IND", "calls_for_negotiation", date(2022, 2, 25)) in days(candidates)


def test_a_night_of_the_war_told_in_the_body_is_not_the_writers_day(extractor):
    text = (
        "India calls for talks\n\n"
        "Last night India's foreign ministry called for talks to end the war in Ukraine, on "
        "the third night of the assault."
    )

    candidates = extractor.extract(text, published=None)

    assert ("IND", "calls_for_negotiation", date(2022, 2, 25)) not in days(candidates)


def test_the_wars_month_now_gives_the_year_of_writing():
    text = "The fighting, now in its 14th month, has emptied the border towns."

    assert present_years(text, WAR_BEGAN) == [2023]


def test_a_year_of_the_war_now_gives_both_years_it_spans():
    assert present_years("The war, now in its second year, goes on.", WAR_BEGAN) == [2023, 2024]


def test_something_else_now_in_its_month_gives_no_year():
    assert present_years("The blockade, now in its 14th month, goes on.", WAR_BEGAN) == []
    assert present_years("The war, now in its 14th month, goes on.", None) == []


def test_the_wars_month_now_places_a_day_without_its_year():
    text = "The war, now in its 14th month, flared on 9 April."

    clues = present_years(text, WAR_BEGAN)

    assert infer_anchor(find_dates(text), WAR_BEGAN, clues=clues) == date(2023, 4, 9)


def test_a_day_counted_from_a_yearless_day_is_placed_by_the_anchor():
    text = "The sanctions came six days after the minister declared, on March 3, that it was over."

    assert days_counted_from_days(text, date(2024, 3, 3)) == [date(2024, 3, 9)]
    # written in January, a March day is last year's
    assert days_counted_from_days(text, date(2024, 1, 20)) == [date(2023, 3, 9)]


def test_a_yearless_day_not_counted_from_gives_no_day():
    text = "The sanctions came after the minister declared, on March 3, that talks had failed."

    assert days_counted_from_days(text, date(2024, 3, 3)) == []


def test_an_undated_storys_news_day_is_counted_from_its_written_day(extractor):
    text = (
        "Germany condemns Russia\n\n"
        "Germany on Friday condemned Russia's invasion of Ukraine. The move came four days "
        "after the chancellor said, on March 7, that talks were needed. The war, now in its "
        "second week, has displaced millions."
    )

    candidates = extractor.extract(text, published=None)

    # 7 March 2022 was a Monday: the news is of Friday 11 March.
    assert ("DEU", "condemns", date(2022, 3, 11)) in days(candidates)


def test_without_a_count_the_undated_storys_friday_is_before_its_written_day(extractor):
    text = (
        "Germany condemns Russia\n\n"
        "Germany on Friday condemned Russia's invasion of Ukraine. The move came after the "
        "chancellor said, on March 7, that talks were needed."
    )

    candidates = extractor.extract(text, published=None)

    assert ("DEU", "condemns", date(2022, 3, 4)) in days(candidates)
