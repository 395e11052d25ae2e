"""Who says what in an op-ed an office holder signs, and on which day: the writer's words in
their country's voice are theirs, said the day the piece appeared; and "Monday last week"."""

from datetime import date

from ingest.extraction.dates import find_dates, resolve


def said(candidates):
    return {(c.actor_country, c.stance, c.speaker, c.date) for c in candidates}


OP_ED = (
    "COMMENT | 10 March 2023\n\n"
    "Why Germany will not look away\n\n"
    "By {byline}\n\n"
    "Two weeks ago today, the war entered its second year.\n\n"
    "Germany condemns the invasion of Ukraine. We will keep standing with Ukraine for as long "
    "as it takes."
)


def test_an_op_ed_s_own_words_are_its_author_s_on_the_day_it_appeared(reference_extractor):
    text = OP_ED.format(byline="Annalena Baerbock")

    candidates = reference_extractor.extract(text, published=date(2023, 3, 10))

    assert ("DEU", "condemns", "Annalena Baerbock", date(2023, 3, 10)) in said(candidates)


def test_a_byline_naming_no_office_holder_makes_no_author(reference_extractor):
    text = OP_ED.format(byline="Jane Reporter")

    candidates = reference_extractor.extract(text, published=date(2023, 3, 10))

    assert not any(c.speaker == "Jane Reporter" for c in candidates)
    assert all(c.date != date(2023, 3, 10) or c.speaker is None for c in candidates)


def test_a_weekday_of_last_week_is_one_day():
    (expr,) = find_dates("on Monday last week")

    # Published on Monday 24 June 2024: the Monday of the week before.
    assert resolve(expr, date(2024, 6, 24), published=True).day == date(2024, 6, 17)


def test_last_week_alone_still_names_only_the_week():
    (expr,) = find_dates("last week")

    resolved = resolve(expr, date(2024, 6, 24), published=True)

    assert resolved.day is None
    assert resolved.precision == "month"
