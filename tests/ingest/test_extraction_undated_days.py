"""Which day a statement takes in an article without a publication date: the day of a dated
event the text names, a day counted from the war's start or from a written date, a dateline's
day placed in a year its speaker held office; none of it changes a dated article."""

import dataclasses
from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.extraction.events import load_events, named_days
from ingest.extraction.rules import RULES_DIR, default_rules
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


@pytest.fixture(scope="module")
def without_events():
    return Extractor(small_gazetteer(), dataclasses.replace(default_rules(), events=()))


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_statement_beside_a_dated_event_takes_its_day(extractor):
    text = (
        "Brazil backs UN vote\n\n"
        "Brazil's foreign ministry welcomed the adoption of resolution ES-11/1 and called for "
        "talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("BRA", "calls_for_negotiation", date(2022, 3, 2)) in days(candidates)


def test_a_weekday_near_a_named_event_is_read_around_it(extractor):
    text = (
        "Assembly demands Russian withdrawal\n\n"
        "The General Assembly adopted resolution ES-11/1 by 141 votes to five.\n\n"
        "On Thursday, India's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    # 2 March 2022 was a Wednesday: "Thursday" is the day after, not the week before.
    assert ("IND", "calls_for_negotiation", date(2022, 3, 3)) in days(candidates)


def test_a_statement_in_the_paragraph_telling_an_event_takes_its_day(extractor):
    text = (
        "Allies react\n\n"
        "Reactions came from many capitals.\n\n"
        "Germany welcomed resolution ES-11/1. Berlin called for talks to end the war in "
        "Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("DEU", "calls_for_negotiation", date(2022, 3, 2)) in days(candidates)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("A week after the invasion", date(2022, 3, 3)),
        ("Ten days into the war", date(2022, 3, 6)),
        ("On the tenth day of the war", date(2022, 3, 5)),
        ("On the second anniversary of Russia's full-scale invasion", date(2024, 2, 24)),
        ("On the eve of the second anniversary of the invasion", date(2024, 2, 23)),
        ("Two days after Russian troops crossed into Ukraine", date(2022, 2, 26)),
    ],
)
def test_a_day_counted_from_the_war_s_start_dates_its_sentence(extractor, words, day):
    text = (
        "India urges talks\n\n"
        f"{words}, India's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("IND", "calls_for_negotiation", day) in days(candidates)


def test_a_day_counted_from_a_written_date_is_found():
    text = "The determination came 13 days before the inauguration on January 20, 2025."

    (found,) = named_days(text, (), None)

    assert (found.year, found.month, found.day) == (2025, 1, 7)


def test_a_dateline_s_day_is_placed_in_a_year_its_speaker_held_office(extractor):
    text = (
        "BRASILIA, March 2 (Reuters) - Brazil's President Luiz Inácio Lula da Silva on Tuesday "
        "called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    # Lula took office in 2023: not 1 March 2022, though 2 March 2022 fits "Tuesday" too.
    assert ("BRA", "calls_for_negotiation", date(2023, 2, 28)) in days(candidates)


def test_a_dated_article_is_unaffected_by_the_events_it_names(extractor, without_events):
    text = (
        "Assembly demands Russian withdrawal\n\n"
        "The General Assembly adopted resolution ES-11/1 by 141 votes to five.\n\n"
        "On Thursday, India's foreign ministry called for talks to end the war in Ukraine. "
        "A week after the invasion, Germany condemned the invasion of Ukraine."
    )

    published = date(2022, 3, 12)
    dated = extractor.extract(text, published=published)

    assert dated == without_events.extract(text, published=published)
    assert ("IND", "calls_for_negotiation", date(2022, 3, 10)) in days(dated)


def test_an_event_needs_its_context_elsewhere_in_the_article():
    events = load_events(RULES_DIR / "events.toml")

    assert named_days("a consultative referendum on Sunday", events, None) == []
    assert named_days("the referendum on the Essequibo", events, None)


def test_every_event_has_a_day_and_a_name_that_means_it():
    events = load_events(RULES_DIR / "events.toml")

    assert events
    for event in events:
        assert event.name and all(day.year >= 1945 for day in (event.day, *event.days) if day)


def test_a_kind_of_event_is_the_occurrence_its_named_office_holders_were_in_office_for():
    events = load_events(RULES_DIR / "events.toml")
    text = "Israel's strikes on Iran drew condemnation."
    rubio_and_araghchi = [(date(2025, 1, 21), None), (date(2024, 8, 21), None)]
    biden_and_araghchi = [(date(2021, 1, 20), date(2025, 1, 20)), (date(2024, 8, 21), None)]

    (in_2025,) = named_days(text, events, None, rubio_and_araghchi)
    (in_2024,) = named_days(text, events, None, biden_and_araghchi)

    assert (in_2025.year, in_2025.month, in_2025.day) == (2025, 6, 13)
    assert (in_2024.year, in_2024.month, in_2024.day) == (2024, 10, 26)
    assert named_days(text, events, None, [(date(2020, 1, 1), None)]) == []


def test_months_counted_from_the_war_s_start_give_a_month_not_a_day(extractor):
    text = (
        "India urges talks\n\n"
        "Eight months into the war, India's foreign ministry called for talks to end the war "
        "in Ukraine."
    )

    (candidate,) = [c for c in extractor.extract(text, published=None) if c.actor_country == "IND"]

    assert (candidate.date, candidate.date_precision) == (None, "month")
    assert candidate.to_contract_dict("x")["date_period"] == "2022-10"


def test_yesterday_in_the_sentence_naming_an_event_is_the_event_s_day(extractor):
    text = (
        "Assembly vote\n\n"
        "India yesterday abstained on resolution ES-11/1 and called for talks to end the war "
        "in Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("IND", "calls_for_negotiation", date(2022, 3, 2)) in days(candidates)


def test_a_weekday_written_beside_a_date_places_its_year(extractor):
    text = (
        "India urges talks\n\n"
        "India's foreign ministry on Wednesday, March 2 called for talks to end the war in "
        "Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert ("IND", "calls_for_negotiation", date(2022, 3, 2)) in days(candidates)


def test_a_day_counted_from_a_named_event_is_the_writer_s_day():
    events = load_events(RULES_DIR / "events.toml")
    text = "It has been four days since resolution ES-11/1 was adopted."

    found = {(e.year, e.month, e.day) for e in named_days(text, events, None)}

    assert found == {(2022, 3, 2), (2022, 3, 6)}
