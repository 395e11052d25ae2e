"""Which day a statement takes when the sentence's day is another's: a report's day before
words it says the speaker had said, an event a sentence under a dated heading only names."""

from datetime import date


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_report_s_day_does_not_date_what_it_says_the_speaker_had_said(reference_extractor):
    text = (
        "A week of calls\n\n"
        "MONDAY, 10 MARCH\n"
        "Chancellor Olaf Scholz spoke to President Volodymyr Zelensky by phone.\n\n"
        "A Ukrainian summary, released on Wednesday, said Scholz had condemned the invasion of "
        "Ukraine during the call."
    )

    candidates = reference_extractor.extract(text, published=date(2025, 3, 14))

    assert ("DEU", "condemns", date(2025, 3, 10)) in days(candidates)


def test_the_speaker_s_own_telling_keeps_its_day(reference_extractor):
    text = (
        "A week of calls\n\n"
        "MONDAY, 10 MARCH\n"
        "Chancellor Olaf Scholz spoke to President Volodymyr Zelensky by phone.\n\n"
        "Scholz said on Wednesday that Germany had condemned the invasion of Ukraine from the "
        "first day."
    )

    candidates = reference_extractor.extract(text, published=date(2025, 3, 14))

    assert ("DEU", "condemns", date(2025, 3, 12)) in days(candidates)


def test_an_event_named_under_a_dated_heading_does_not_date_the_statement(reference_extractor):
    text = (
        "How the capitals reacted, day by day\n\n"
        "ISLAMABAD, Monday - A week of strikes ended in a truce.\n\n"
        "THURSDAY, MAY 8\n"
        "Turkey's President Recep Tayyip Erdogan expressed solidarity with Pakistan and "
        "backed a call for an inquiry into the Pahalgam attack.\n\n"
        "SATURDAY, MAY 10\n"
        "The guns fell silent."
    )

    candidates = reference_extractor.extract(text, published=None)

    assert ("TUR", "supports_side_b", date(2025, 5, 8)) in days(candidates)


def test_a_weekday_under_a_heading_of_the_publication_day_is_the_one_before(reference_extractor):
    text = (
        "Live: reactions\n\n"
        "MONDAY, 10 MARCH\n"
        "Chancellor Olaf Scholz said on Wednesday that Germany condemned the invasion of "
        "Ukraine."
    )

    candidates = reference_extractor.extract(text, published=date(2025, 3, 10))

    assert ("DEU", "condemns", date(2025, 3, 5)) in days(candidates)
