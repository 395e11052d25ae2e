"""How far a day told in one place reaches: a day deep in a speech dates what it governs there,
not the whole document; an article's word on the day of its reactions dates those with none of
their own; the voters of a vote just dated voted that day; a plan's day and a relative clause's
day date no statement."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def _speech(late_paragraph: str) -> str:
    return (
        "Statement to Parliament on the war in Ukraine\n\n"
        "Madam Speaker, the war in Ukraine has now lasted more than a year.\n\n"
        "Brazil's government called for talks to end the war in Ukraine.\n\n"
        "Our partners have been steadfast, and our aid has reached those who need it.\n\n"
        "The winter was hard for the people of Kharkiv and Odesa alike.\n\n"
        "Humanitarian agencies have done remarkable work in difficult conditions.\n\n"
        "We have also worked to keep the grain corridor open through the Black Sea.\n\n"
        f"{late_paragraph}\n\n"
        "China urged restraint in the war in Ukraine."
    )


def test_a_relative_day_deep_in_a_speech_does_not_date_the_whole_speech(extractor):
    text = _speech("Yesterday I travelled to Brussels to meet our European partners.")

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 8)),
        ("CHN", "calls_for_negotiation", date(2023, 3, 8)),
    }


def test_a_day_deep_in_a_speech_still_dates_its_own_sentence(extractor):
    text = _speech("Yesterday Germany condemned the invasion of Ukraine.")

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert ("DEU", "condemns", date(2023, 3, 7)) in days(candidates)
    assert ("BRA", "calls_for_negotiation", date(2023, 3, 8)) in days(candidates)


def test_a_day_in_the_lead_s_fifth_paragraph_still_dates_the_story(extractor):
    # a long headline is no paragraph of the story's prose
    text = (
        "Months after the summit, the war in Ukraine grinds on and the talks have not resumed\n\n"
        "KYIV, March 8 (Wire) - Fighting went on along the front line in the war in Ukraine.\n\n"
        "Brazil's government called for talks to end the war in Ukraine.\n\n"
        "Shelling hit several towns in the east, officials said.\n\n"
        "Aid agencies warned of shortages of food and fuel.\n\n"
        "Germany on Tuesday condemned the invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),
        ("DEU", "condemns", date(2023, 3, 7)),
    }


def test_a_day_in_the_lead_still_dates_the_story(extractor):
    text = (
        "World urges talks on Ukraine\n\n"
        "Governments around the world called on Tuesday for an end to the fighting.\n\n"
        "Brazil's government called for talks to end the war in Ukraine.\n\n"
        "China urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),
        ("CHN", "calls_for_negotiation", date(2023, 3, 7)),
    }


def test_the_voters_of_a_vote_told_weeks_before_take_its_day(extractor):
    text = (
        "Statement to Parliament on the war in Gaza\n\n"
        "Madam Speaker, members will remember the vote in the General Assembly on 12 December "
        "on a resolution that demanded an immediate humanitarian ceasefire in the war in Gaza. "
        "That was a far larger majority than the states that backed the call for a truce on "
        "27 October.\n\n"
        "Brazil voted in favour, as did India. Among those who abstained was Germany."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 23))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 12, 12)),
        ("IND", "calls_for_negotiation", date(2023, 12, 12)),
        ("DEU", "abstains", date(2023, 12, 12)),
    }


def test_a_vote_told_after_its_day_dates_the_votes_after_it(extractor):
    text = (
        "Statement to Parliament on the war in Gaza\n\n"
        "Madam Speaker, on 22 December the Security Council adopted a resolution demanding a "
        "humanitarian ceasefire in the war in Gaza. It passed with thirteen votes; the United "
        "States and Russia abstained."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 23))

    assert days(candidates) == {
        ("USA", "abstains", date(2023, 12, 22)),
        ("RUS", "abstains", date(2023, 12, 22)),
    }


def test_an_occasion_weeks_before_does_not_date_a_later_statement_that_is_no_vote(extractor):
    text = (
        "Statement to Parliament on the war in Gaza\n\n"
        "Madam Speaker, at the summit in Cairo on 12 December, leaders discussed the war in "
        "Gaza at length.\n\n"
        "Brazil's government called for talks to end the war in Gaza."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 23))

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2024, 1, 23))}


def test_a_round_up_s_word_on_the_day_of_its_reactions_dates_those_without_one(extractor):
    text = (
        "World reacts to the new offensive in Ukraine\n\n"
        "KYIV (Wire) - Fighting raged for a second day on Tuesday after Russia began a new "
        "offensive in the war in Ukraine.\n\n"
        "Brazil's government called for talks to end the war in Ukraine.\n\n"
        "Here is how other governments responded, in statements issued on Monday unless "
        "stated otherwise:\n\n"
        "China urged restraint in the war in Ukraine.\n\n"
        "Germany on Tuesday condemned the invasion of Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("BRA", "calls_for_negotiation", date(2023, 3, 7)),  # above the word: the lead's day
        ("CHN", "calls_for_negotiation", date(2023, 3, 6)),
        ("DEU", "condemns", date(2023, 3, 7)),  # stated otherwise
    }


def test_a_day_told_of_one_statement_introduces_no_reactions(extractor):
    text = (
        "World reacts to the new offensive in Ukraine\n\n"
        "KYIV (Wire) - Fighting raged for a second day on Tuesday after Russia began a new "
        "offensive in the war in Ukraine.\n\n"
        "Russia's remarks on Monday drew sharp responses from Kyiv's partners.\n\n"
        "China urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {("CHN", "calls_for_negotiation", date(2023, 3, 7))}


def test_a_plan_s_day_dates_no_statement(extractor):
    text = (
        "KYIV (Wire) - Fighting went on for a second day on Tuesday in the war in Ukraine.\n\n"
        "Chancellor Olaf Scholz condemned the invasion of Ukraine and said he would meet "
        "allies in Berlin this week.\n\n"
        "Talks between the two sides had been due in Istanbul on Sunday.\n\n"
        "China urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 7)),  # the lead's day, not "this week"
        ("CHN", "calls_for_negotiation", date(2023, 3, 7)),  # no scene set on Sunday
    }


def test_a_day_in_an_aside_about_the_speaker_does_not_date_what_they_say_later(extractor):
    text = (
        "President Lula, who visited Beijing last month, told reporters on Sunday that he "
        "wanted talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 5, 9))

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2023, 5, 7))}


def test_a_day_in_an_aside_dates_what_is_said_in_it(extractor):
    text = (
        "President Lula, who said on Monday that he wanted talks to end the war in Ukraine, "
        "met Chancellor Olaf Scholz in Berlin on Wednesday."
    )

    candidates = extractor.extract(text, published=date(2023, 5, 10))

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2023, 5, 8))}


def test_an_aside_s_day_still_dates_a_statement_given_no_other(extractor):
    # met on Monday, and spoke there
    text = (
        "President Lula, who visited Beijing on Monday, called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 5, 10))

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2023, 5, 8))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan's government called for talks in the Kashmir conflict over the incident of "
        "22 April.",
        "Pakistan's government called for talks in the Kashmir conflict after the April 22 "
        "killing of 26 tourists.",
    ],
)
def test_an_incident_s_or_a_killing_s_day_dates_no_statement(extractor, sentence):
    candidates = extractor.extract(sentence, published=date(2025, 5, 7))

    assert days(candidates) == {("PAK", "calls_for_negotiation", date(2025, 5, 7))}


def test_a_day_of_remarks_following_an_event_introduces_no_reactions(extractor):
    text = (
        "World reacts to the new offensive in Ukraine\n\n"
        "KYIV (Wire) - Fighting raged for a second day on Tuesday after Russia began a new "
        "offensive in the war in Ukraine.\n\n"
        "Moscow's remarks on Monday following the strikes drew sharp responses.\n\n"
        "China urged restraint in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert days(candidates) == {("CHN", "calls_for_negotiation", date(2023, 3, 7))}
