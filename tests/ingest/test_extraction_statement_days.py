"""Which day a statement was made when its own sentence names none: the day its section, its
speaker or the story's lead gives, else the day of publication."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.extraction.dates import ResolvedDate, find_dates, infer_anchor, resolve
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_day_under_one_country_s_heading_does_not_date_the_other_sections(extractor):
    text = (
        "How governments reacted to the fighting in Ukraine\n\n"
        "Governments around the world weighed their response to the latest Russian offensive "
        "in Ukraine.\n\n"
        "Germany\n\n"
        "Chancellor Olaf Scholz told reporters late on Monday that Germany condemned the "
        "invasion of Ukraine.\n\n"
        "Brazil\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 6)),
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),
    }


def test_a_day_in_one_live_blog_entry_does_not_date_the_entries_above_it(extractor):
    text = (
        "Russia-Ukraine war: world reacts - live\n\n"
        "Tue 7 Mar 2023 11.40 GMT\n\n"
        "11.40 GMT\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine.\n\n"
        "09.15 GMT\n\n"
        "China urged restraint in the war in Ukraine, its foreign ministry said.\n\n"
        "06.05 GMT\n\n"
        "In Washington, the United States said late on Monday that it condemned the invasion "
        "of Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),
        ("CHN", "calls_for_negotiation", date(2023, 3, 7)),
        ("USA", "condemns", date(2023, 3, 6)),
    }


def test_the_lead_s_day_still_dates_the_reactions_below_it(extractor):
    text = (
        "UNITED NATIONS, March 7 (Wire) - The U.N. General Assembly voted on Monday to "
        "demand a ceasefire in the war in Ukraine.\n\n"
        "Brazil called for talks to end the war in Ukraine.\n\n"
        "What did China say?\n\n"
        "China urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 6)),
        ("CHN", "calls_for_negotiation", date(2023, 3, 6)),
    }


def test_a_speaker_s_look_back_weeks_before_publication_does_not_date_what_they_say_now(
    extractor,
):
    text = (
        "Germany on Monday announced new sanctions over the war in Ukraine.\n\n"
        "The package marked a shift from June 2022, when Olaf Scholz travelled to Kyiv with "
        "promises of restraint.\n\n"
        'Scholz said Germany "condemns the invasion of Ukraine" in the strongest terms.'
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, 6)) in days(candidates)


def test_a_speaker_s_look_back_dates_what_they_say_in_its_own_paragraph(extractor):
    text = (
        "Germany on Tuesday announced new sanctions over the war in Ukraine.\n\n"
        "In June 2022 Olaf Scholz travelled to Kyiv. Scholz said Germany condemned the "
        "invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert [(c.stance, c.date, c.date_period) for c in candidates] == [
        ("condemns", None, "2022-06")
    ]


def test_a_member_s_report_of_what_another_said_on_a_day_is_of_that_day(extractor):
    text = (
        "India-Pakistan: Escalation\n"
        "Volume 766: debated on Wednesday 7 May 2025\n\n"
        "The Minister for the Middle East (Mr Hamish Falconer)\n"
        "With permission, Mr Speaker, I will make a statement on India and Pakistan.\n\n"
        "Priti Patel (Witham) (Con)\n"
        "Has the Minister spoken to the Chinese Government?\n\n"
        "Mr Falconer\n"
        "Foreign Minister Wang Yi told me on Monday that China urged both sides to exercise "
        "restraint in the conflict between India and Pakistan."
    )

    candidates = extractor.extract(text, published=date(2025, 5, 7))

    assert days(candidates) == {("CHN", "calls_for_negotiation", date(2025, 5, 5))}


def test_a_dateline_without_a_year_takes_the_year_its_named_office_holders_share(extractor):
    # The India-Pakistan conflict has no start date: "March 9" with "Thursday" fits 2017, 2023
    # and 2028; Modi and Lula were both in office only in 2023.
    text = (
        "Lula urges talks on Kashmir\n\n"
        "ISLAMABAD, March 9 (Wire) - Brazilian President Lula called on Thursday for talks "
        "between India and Pakistan to settle the Kashmir conflict.\n\n"
        "Indian Prime Minister Narendra Modi has not replied."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2023, 3, 9))}


def test_a_council_s_day_stands_past_a_look_back_to_an_earlier_day(extractor):
    # Sunday's meeting sets the scene; Saturday's recall, told after it in another paragraph,
    # looks back and does not end it. Published on Tuesday 7 March 2023; the lead's news day
    # is Monday.
    text = (
        "Council hears Ukraine\n\n"
        "Officials in Kyiv said on Monday that Russian forces had shelled the port again.\n\n"
        "Ukraine's envoy told an emergency meeting of the U.N. Security Council on Sunday that "
        "Russian forces had shelled the port. Kyiv recalled its ambassador from Minsk on "
        "Saturday.\n\n"
        "Germany's ambassador said Germany condemned the invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert days(candidates) == {("DEU", "condemns", date(2023, 3, 5))}


def test_what_was_said_earlier_in_a_session_has_no_knowable_day(extractor):
    # A session may run for weeks: the remark is of some day of it, not of the story's day;
    # what is told after a semicolon, another clause, is the story's.
    text = (
        "Rights council adopts Gaza text\n\n"
        "Earlier in the session, Brazil's representative had said that Brazil called for a "
        "ceasefire in the Israel-Hamas war; Germany's ambassador said Germany condemned the "
        "invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=date(2024, 3, 1))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", None),
        ("DEU", "condemns", date(2024, 3, 1)),
    }


def test_a_document_headed_by_its_day_is_of_that_day_without_a_publication_date(extractor):
    text = (
        "Regular Press Conference of the Foreign Ministry Spokesperson on June 13, 2025\n\n"
        "Q: Germany's foreign minister said earlier today that Germany condemned the invasion "
        "of Ukraine. What is your comment?\n\n"
        "A: China calls for peace talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {
        ("DEU", "condemns", date(2025, 6, 13)),
        ("CHN", "calls_for_negotiation", date(2025, 6, 13)),
    }


def test_a_weekday_beside_an_event_s_date_places_an_undated_article_in_its_year(extractor):
    # "Sunday, March 5" is 2023 (not 2022, when 5 March was a Saturday): the strikes' day
    # dates no statement but fixes the year, and "on Sunday" is that day.
    text = (
        "Odesa shelled again\n\n"
        "The strikes on Odesa on Sunday, March 5 killed ten people.\n\n"
        "Germany's foreign ministry said on Sunday that Germany condemned the invasion of "
        "Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {("DEU", "condemns", date(2023, 3, 5))}


@pytest.mark.parametrize(
    ("session", "day"),
    [
        ("on Friday, 17 December", date(2021, 12, 17)),
        ("on Thursday, 17 December", date(2020, 12, 17)),
    ],
)
def test_an_event_s_year_is_the_article_s_or_the_one_before_it(extractor, session, day):
    # The war's start (3 November 2020) is behind the session: the weekday beside its day
    # chooses between that year and the next.
    text = (
        f"GENEVA - The council held a special session {session} on the war in Ukraine, which "
        "Russia began on 3 November 2020.\n\n"
        "Germany's foreign ministry said Germany condemned the invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {("DEU", "condemns", day)}


def test_a_weekday_told_apart_from_a_date_does_not_fix_its_year():
    # "Thursday" is when Kyiv spoke, not the day of "March 2", an event's day: nothing
    # places the article in a year (2023, when 2 March was a Thursday, would be a guess).
    text = "Kyiv said on Thursday that the strike of March 2 killed ten people."

    assert infer_anchor([], date(2022, 2, 24), calendar=find_dates(text)) is None


def test_an_undated_article_falls_after_the_years_it_names():
    # 23 May fell on a Thursday in 2019 and in 2024; the drills of April 2023 are behind it.
    text = (
        "The drills began on Thursday, May 23, after similar exercises in April 2023 and in 2022."
    )

    without_years = "The drills began on Thursday, May 23."

    assert infer_anchor([], date(2016, 1, 1), calendar=find_dates(text)) == date(2024, 5, 23)
    assert infer_anchor([], date(2016, 1, 1), calendar=find_dates(without_years)) == date(
        2019, 5, 23
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the day of an inauguration, a swearing-in, is the event's, not the statement's
        (
            "Chancellor Olaf Scholz, days after the inauguration on January 20, said Germany "
            "condemned the invasion of Ukraine.",
            date(2025, 1, 24),
        ),
        (
            "Chancellor Olaf Scholz said on January 20 that Germany condemned the invasion of "
            "Ukraine.",
            date(2025, 1, 20),
        ),
    ],
)
def test_an_inauguration_s_day_does_not_date_what_is_said_after_it(extractor, sentence, day):
    candidates = extractor.extract(sentence, published=date(2025, 1, 24))

    assert days(candidates) == {("DEU", "condemns", day)}


@pytest.mark.parametrize(
    "between",
    [
        # a day in the speaker's quoted words is what they speak of
        '"On 9 January we warned Moscow of the consequences," Scholz said.',
        # the day an act was carried out is the act's
        "The strikes, carried out on Thursday night, hit two depots, Scholz said.",
    ],
)
def test_a_day_the_speaker_speaks_of_does_not_date_their_later_words(extractor, between):
    text = (
        "Scholz reports to parliament\n\n"
        "Chancellor Olaf Scholz told parliament on Monday that Germany would keep its course."
        f"\n\n{between}\n\n"
        '"Germany condemns the invasion of Ukraine," he said.'
    )

    candidates = extractor.extract(text, published=date(2024, 1, 16))

    assert days(candidates) == {("DEU", "condemns", date(2024, 1, 15))}


def test_office_holders_alone_do_not_place_an_undated_article_without_a_dateline():
    # An interview naming a minister in office since 2024, with "27 April" and a "Saturday"
    # told apart: no year can be told from them.
    text = "As early as 27 April, I spoke with the minister. On Saturday he called again."

    assert infer_anchor(find_dates(text), None, terms=[(date(2024, 1, 1), None)]) is None


def test_a_briefing_s_day_dates_the_quotes_told_after_it(extractor):
    text = (
        "Baerbock defends German line on Ukraine\n\n"
        "Foreign Minister Annalena Baerbock has defended her decision to abstain in Thursday's "
        "vote.\n\n"
        "Briefing journalists in Berlin on Friday, the minister said the government was not "
        "indifferent.\n\n"
        '"Germany condemns the invasion of Ukraine," Baerbock said.'
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    assert ("DEU", "condemns", date(2023, 3, 10)) in days(candidates)


def test_a_briefing_told_weeks_before_publication_sets_no_scene(extractor):
    text = (
        "Germany defends its line on Ukraine\n\n"
        "At a briefing on January 12, the minister explained the government's approach.\n\n"
        '"Germany condemns the invasion of Ukraine," the spokesman said.'
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    assert ("DEU", "condemns", date(2023, 3, 11)) in days(candidates)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the act a position is taken on, named as its object: the weekday is the position's
        ("Germany condemned Russia's invasion of Ukraine on Monday, calling it a crime.", 6),
        ("Germany condemned the invasion of Ukraine late on Monday.", 6),
        ("Germany condemned the invasion of Ukraine yesterday.", 6),
        # an act told with its own verb keeps its day
        ("Germany condemned the invasion of Ukraine that began on Sunday.", 7),
    ],
)
def test_a_weekday_after_a_position_taken_on_an_act_is_the_position_s(extractor, sentence, day):
    text = f"KYIV, March 7 (Reuters) - {sentence}"

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, day)) in days(candidates)


@pytest.mark.parametrize(
    ("phrase", "resolved"),
    [
        ("said last night", ResolvedDate(date(2023, 3, 6), "day")),
        ("said overnight", ResolvedDate(date(2023, 3, 6), "day")),
        ("on December 5 last year", ResolvedDate(date(2022, 12, 5), "day")),
        ("on 5 December last year", ResolvedDate(date(2022, 12, 5), "day")),
        ("last December", ResolvedDate(None, "month", "2022-12")),
        ("last March", ResolvedDate(None, "month", "2022-03")),
        ("in March", ResolvedDate(None, "month", "2023-03")),
    ],
)
def test_the_night_before_and_last_year_s_days_resolve_against_publication(phrase, resolved):
    (expr,) = find_dates(phrase)

    assert resolve(expr, date(2023, 3, 7), published=True) == resolved


def test_a_statement_overnight_is_of_the_day_before_but_an_attack_overnight_no_news_day(
    extractor,
):
    text = (
        "KYIV, March 7 (Reuters) - Russian missiles hit Kyiv overnight, killing five.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine.\n\n"
        "Germany's foreign ministry condemned the invasion of Ukraine in a post on X overnight."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),
        ("DEU", "condemns", date(2023, 3, 6)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 7 (Reuters) - Russian missiles struck a Kyiv apartment block on Sunday, "
        "killing 12 people. Germany's foreign ministry condemned the attack within hours.",
        "KYIV, March 7 (Reuters) - Russian missiles struck a Kyiv apartment block on Sunday, "
        "killing 12 people.\n\nHours later, Germany condemned the invasion of Ukraine.",
        "KYIV, March 7 (Reuters) - Germany condemned the invasion of Ukraine hours after the "
        "strike on Kyiv on Sunday.",
        # a sequel counts on from the one before it
        "KYIV, March 7 (Reuters) - Russian missiles struck Kyiv on Sunday.\n\nWithin minutes, "
        "Poland called for talks to end the war in Ukraine.\n\nLater that day, Germany "
        "condemned the invasion of Ukraine.",
    ],
)
def test_hours_after_a_day_the_story_gives_are_that_day(extractor, text):
    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, 5)) in days(candidates)


def test_an_interview_s_day_dates_the_answers_after_it(extractor):
    text = (
        "Scholz on the war: an interview\n\n"
        "Germany's chancellor, Olaf Scholz, has spent this week in Asia. We spoke to him on "
        "Wednesday.\n\n"
        "Q: Where does Germany stand on the war in Ukraine?\n\n"
        "A: We condemn the invasion of Ukraine, and we have said so from the beginning."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 10))

    assert days(candidates) == {("DEU", "condemns", date(2023, 3, 8))}


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_s_day_in_brackets_dates_the_lines_under_it(extractor, gap):
    text = (
        "Ukraine: where countries stood\n\n"
        "BERLIN, March 8 - Governments weighed their response to the war in Ukraine.\n\n"
        f"WHAT CAME NEXT (Monday, March 6){gap}"
        "- Germany condemned the invasion of Ukraine.\n"
        "- Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 6)),
        ("BRA", "calls_for_negotiation", date(2023, 3, 6)),
    }


def test_a_heading_s_statement_takes_the_day_its_entry_tells(extractor):
    text = (
        "LIVE UPDATES: Russia presses offensive in Ukraine\n\n"
        "KYIV, Ukraine (AP) - Russian forces pressed on with attacks for a third day on "
        "Wednesday.\n\n"
        "Berlin condemns the invasion of Ukraine\n\n"
        "A German government spokesman said on Tuesday the strikes were reckless.\n\n"
        "Brasilia calls for talks\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert ("DEU", "condemns", date(2023, 3, 7)) in days(candidates)
    assert ("DEU", "condemns", date(2023, 3, 8)) not in days(candidates)


def test_a_month_in_a_question_to_a_speaker_does_not_date_their_answer(extractor):
    # The asker's words: "in May" is neither the answer's month nor anything its speaker said.
    text = (
        "Scholz on the war: an interview\n\n"
        "Berlin\n"
        "Friday, March 10\n\n"
        "Q: Chancellor Scholz, Moscow says it will hold a vote in the occupied regions of "
        "Ukraine in May. How will Germany respond?\n\n"
        "A: We condemn the invasion of Ukraine, and we reject any such vote."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {("DEU", "condemns", date(2023, 3, 10))}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Germany condemned the invasion of Ukraine, a day after the strike on Kyiv on Sunday.", 6),
        ("Germany condemned the invasion of Ukraine the day before the vote on Monday.", 5),
        # a sequel explaining the day before it leaves the day standing
        (
            "On Monday, a day after the strike on Kyiv, Germany condemned the invasion of Ukraine.",
            6,
        ),
    ],
)
def test_a_day_after_or_before_a_day_told_counts_from_it(extractor, sentence, day):
    text = f"KYIV, March 7 (Reuters) - {sentence}"

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, day)) in days(candidates)


def test_an_undated_statement_of_a_wire_story_filed_before_publication_is_of_its_filing_day(
    extractor,
):
    text = (
        "WASHINGTON, March 6 (Reuters) - Germany condemned the invasion of Ukraine, its foreign "
        "ministry said."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert days(candidates) == {("DEU", "condemns", date(2023, 3, 6))}


@pytest.mark.parametrize("published", [None, date(2023, 3, 8)])
def test_yesterday_under_a_day_s_heading_counts_from_that_day(extractor, published):
    text = (
        "Russia-Ukraine war live: latest\n\n"
        "Monday, 6 March\n\n"
        "22.40 GMT\n"
        "Germany condemned the invasion of Ukraine late on Monday.\n\n"
        "Tuesday, 7 March\n\n"
        "09.30 GMT\n"
        "China said yesterday it urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=published)

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 6)),
        ("CHN", "calls_for_negotiation", date(2023, 3, 6)),
    }
