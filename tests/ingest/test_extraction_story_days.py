"""Which day an undated statement takes from the story around it: the lead's past a byline,
its own paragraph's for the same country, never a later day its speaker merely appears on."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def days(candidates):
    return {(c.actor_country, c.stance, c.date) for c in candidates}


def test_a_reporter_s_byline_over_the_dateline_does_not_end_the_lead(extractor):
    text = (
        "Berlin condemns strikes on Kyiv as Brasilia calls for talks\n\n"
        'Chancellor says the attacks "cannot go unanswered"; Brazil urges both sides to '
        "negotiate\n\n"
        "Staff Reporter\n"
        "BERLIN\n\n"
        "Germany on Thursday condemned the invasion of Ukraine after a night of missile "
        "strikes on the capital.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    assert ("BRA", "calls_for_negotiation", date(2023, 3, 9)) in days(candidates)


def test_a_later_day_the_speaker_only_appears_on_does_not_date_their_words(extractor):
    text = (
        "Scholz and Lula differ on Ukraine\n\n"
        "Germany's Chancellor Olaf Scholz on Friday condemned the invasion of Ukraine.\n\n"
        "Brazil's President Luiz Inácio Lula da Silva called for talks to end the war in "
        "Ukraine.\n\n"
        "Scholz had received Lula in Berlin on Wednesday, their first meeting this year."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    assert ("BRA", "calls_for_negotiation", date(2023, 3, 10)) in days(candidates)


def test_a_paragraph_s_day_goes_on_for_the_same_country_but_not_for_another(extractor):
    text = (
        "Calls for talks after prisoner exchange\n\n"
        "China's foreign ministry on Thursday called for talks to end the war in Ukraine.\n\n"
        "Türkiye, in a statement issued by its foreign ministry on Friday, welcomed the "
        "exchange of prisoners. Ankara urged both sides to return to negotiations to end the "
        "war in Ukraine.\n\n"
        "India's foreign ministry on Friday welcomed the exchange of prisoners. Brazil's "
        "foreign ministry urged both sides to return to negotiations to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    found = days(candidates)
    assert ("TUR", "calls_for_negotiation", date(2023, 3, 10)) in found
    assert ("BRA", "calls_for_negotiation", date(2023, 3, 9)) in found


def test_a_deadline_s_day_does_not_place_an_undated_article_in_its_year(extractor):
    text = (
        "Brazil calls for talks on Ukraine\n\n"
        "The monitoring mission in Ukraine was extended until 31 March 2024.\n\n"
        "On Monday, 14 March, Brazil's foreign ministry called for talks to end the war in "
        "Ukraine."
    )

    candidates = extractor.extract(text, published=None)

    assert days(candidates) == {("BRA", "calls_for_negotiation", date(2022, 3, 14))}


def test_a_truce_s_day_told_after_its_parties_dates_no_welcome_of_it(extractor):
    text = (
        "Leaders meet in Ankara\n\n"
        "Erdoğan hosts Sharif\n\n"
        "Türkiye's President Recep Tayyip Erdoğan hosted Pakistan's prime minister in Ankara on "
        "Wednesday.\n\n"
        "Erdoğan said Türkiye was pleased with the ceasefire between Pakistan and India reached "
        "on May 10 and urged both sides to resolve the Kashmir dispute through dialogue."
    )

    candidates = extractor.extract(text, published=date(2025, 5, 29))

    assert ("TUR", "calls_for_negotiation", date(2025, 5, 28)) in days(candidates)


@pytest.mark.parametrize("line", ["Dec 13, 2023", "13 December 2023"])
def test_the_page_s_bare_date_line_heads_no_section_of_the_story(extractor, line):
    text = (
        "How the world voted on a Gaza ceasefire\n\n"
        f"{line}\n\n"
        "The General Assembly voted on Tuesday to demand a humanitarian ceasefire in the war "
        "in Gaza.\n\n"
        "India was one of 23 countries to abstain."
    )

    candidates = extractor.extract(text)

    assert ("IND", "abstains", date(2023, 12, 12)) in days(candidates)


def test_a_day_heading_under_the_page_s_date_line_still_dates_its_section(extractor):
    text = (
        "Reactions to the Gaza ceasefire vote\n\n"
        "Dec 13, 2023\n\n"
        "The General Assembly voted on Tuesday to demand a humanitarian ceasefire in the war "
        "in Gaza.\n\n"
        "Wednesday\n\n"
        "India's foreign ministry called for a ceasefire in Gaza."
    )

    candidates = extractor.extract(text)

    assert ("IND", "calls_for_negotiation", date(2023, 12, 13)) in days(candidates)


def test_a_dateline_s_weekday_is_the_filing_day_and_dates_no_statement(extractor):
    # "PRETORIA, Saturday -": a paper's dateline without a date; the news day is Thursday's.
    text = (
        "PRETORIA, Saturday - Germany condemned the invasion of Ukraine in a speech on "
        "Thursday.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 11))

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 9)),
        ("BRA", "calls_for_negotiation", date(2023, 3, 9)),
    }


def test_a_weekday_after_a_dateline_s_place_is_still_the_story_s_own(extractor):
    text = (
        "PRETORIA - On Saturday, Germany condemned the invasion of Ukraine.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 13))

    assert days(candidates) == {
        ("DEU", "condemns", date(2023, 3, 11)),
        ("BRA", "calls_for_negotiation", date(2023, 3, 11)),
    }


def test_a_day_told_in_the_past_perfect_is_no_news_day(extractor):
    text = (
        "KYIV, March 7 (Reuters) - On March 3, the German foreign ministry had summoned the "
        "Russian ambassador over the shelling of Kharkiv.\n\n"
        "Germany condemned the invasion of Ukraine, Chancellor Olaf Scholz said."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, 7)) in days(candidates)


def test_a_look_back_in_the_past_perfect_does_not_date_its_paragraph(extractor):
    text = (
        "KYIV, March 7 (Reuters) - Germany has repeatedly criticised Moscow.\n\n"
        "On Monday the German foreign ministry had summoned the Russian ambassador. The "
        "ministry condemned the invasion of Ukraine, its spokesman said."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("DEU", "condemns", date(2023, 3, 7)) in days(candidates)


def test_a_past_perfect_told_on_a_day_leaves_the_day_the_telling_s(extractor):
    text = (
        "KYIV, March 7 (Reuters) - Chancellor Olaf Scholz told the Bundestag on Monday that "
        "Russian troops had crossed into Kharkiv region.\n\n"
        "Brazil's foreign ministry called for talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert ("BRA", "calls_for_negotiation", date(2023, 3, 6)) in days(candidates)
