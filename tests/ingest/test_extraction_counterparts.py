"""Who speaks in a readout of a meeting or a call: the counterpart met or phoned is an object
("held a phone call with her Iranian counterpart Hossein Amir-Abdollahian and urged Tehran
..." is Japan's), though the counterpart's own words stay theirs ("Wang told him that China
..."); and an unnamed spokesperson or ministry quoted in a paragraph that a country leads
("Beijing, meanwhile, called on ...") or whose words open on their own country ('"China calls
on ...," a foreign ministry spokesperson said') speaks for that country, not for the ministry
of an earlier paragraph."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

CONFLICT = "israel-iran-conflict"
PUBLISHED = date(2024, 4, 15)


def _minister(name, iso3, title, kind="foreign_minister"):
    return {"name": name, "aliases": [], "terms": [
        {"country_iso3": iso3, "office_title": title, "office_kind": kind,
         "start": "2021-01-01", "end": None}]}  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "JPN", "name": "Japan", "names": [["Japanese", "demonym"],
                                                          ["Tokyo", "capital"]]},
                {"iso3": "KOR", "name": "South Korea", "names": [["South Korean", "demonym"],
                                                                ["Seoul", "capital"]]},
                {"iso3": "JOR", "name": "Jordan", "names": [["Jordanian", "demonym"]]},
            ],
            people=[
                _minister("Yoko Kamikawa", "JPN", "Minister for Foreign Affairs of Japan"),
                _minister("Hossein Amir-Abdollahian", "IRN", "Minister of Foreign Affairs of Iran"),
                _minister("Hakan Fidan", "TUR", "Minister of Foreign Affairs of Türkiye"),
                _minister("Ayman Safadi", "JOR", "Minister of Foreign Affairs of Jordan"),
                _minister("S. Jaishankar", "IND", "Minister of External Affairs of India"),
                _minister("Antony Blinken", "USA", "Secretary of State"),
            ],
            conflicts=[
                {"slug": CONFLICT, "name": "Israel-Iran conflict", "aliases": [],
                 "side_a_label": "Israel", "side_a_countries": ["ISR"],
                 "side_b_label": "Iran", "side_b_countries": ["IRN"], "began": "2024-04-13"},
            ],
        )
    )  # fmt: skip


LEAD = "Iran launched drones and missiles at Israel on Saturday night.\n\n"


def found(extractor, text):
    """(country, stance, speaker) of each candidate about the Israel-Iran conflict."""
    return {
        (c.actor_country, c.stance, c.speaker)
        for c in extractor.extract(LEAD + text, published=PUBLISHED)
        if c.conflict == CONFLICT
    }


def countries(extractor, text):
    return {country for country, _, _ in found(extractor, text)}


# -- a counterpart met or phoned is an object -------------------------------------------------


def test_a_counterpart_phoned_is_not_who_urges(extractor):
    text = (
        "On Monday, Foreign Minister Yoko Kamikawa held a phone call with her Iranian "
        "counterpart Hossein Amir-Abdollahian and urged Tehran to show restraint."
    )

    assert found(extractor, text) == {("JPN", "calls_for_negotiation", "Yoko Kamikawa")}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Foreign Minister Hakan Fidan met his Chinese counterpart Wang Yi in Beijing on "
            "Monday and urged Tehran to show restraint.",
            "TUR",
        ),
        (
            "Indian External Affairs Minister S. Jaishankar held talks with Iranian counterpart "
            "Hossein Amir-Abdollahian and called for restraint.",
            "IND",
        ),
        (
            "Foreign Minister Yoko Kamikawa spoke with her Iranian counterpart, Hossein "
            "Amir-Abdollahian, and called for restraint.",
            "JPN",
        ),
        (
            "Foreign Minister Yoko Kamikawa phoned the Iranian counterpart Hossein "
            "Amir-Abdollahian and urged restraint.",
            "JPN",
        ),
    ],
)
def test_a_counterpart_met_or_spoken_with_is_an_object(extractor, text, country):
    assert countries(extractor, text) == {country}


# -- the counterpart's own words stay theirs ---------------------------------------------------


def test_the_counterpart_s_own_words_in_the_next_sentence_are_the_counterpart_s(extractor):
    text = (
        "Secretary of State Antony Blinken met his Chinese counterpart Wang Yi on Monday. "
        "Wang told him that China urges all parties to exercise restraint."
    )

    assert ("CHN", "calls_for_negotiation", "Wang Yi") in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Her Iranian counterpart Hossein Amir-Abdollahian urged all sides to show restraint.",
        "On Monday, her Iranian counterpart Hossein Amir-Abdollahian urged all sides to show "
        "restraint.",
    ],
)
def test_a_counterpart_who_is_the_subject_speaks(extractor, text):
    assert countries(extractor, text) == {"IRN"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's foreign minister and his Jordanian counterpart Ayman Safadi called for restraint.",
        "Egypt's foreign minister and his Jordanian counterpart, Ayman Safadi, called for "
        "restraint.",
    ],
)
def test_a_counterpart_joined_to_the_subject_by_and_speaks_with_it(extractor, text):
    # Both are the joint subject: each country's statement, each with its speaker where known
    # (the small gazetteer holds no Egyptian foreign minister).
    assert found(extractor, text) == {
        ("EGY", "calls_for_negotiation", None),
        ("JOR", "calls_for_negotiation", "Ayman Safadi"),
    }


def test_a_counterpart_named_as_nobody_the_gazetteer_holds_speaks_by_that_name(extractor):
    text = "Egypt's foreign minister and his Jordanian counterpart Ahmed Nour called for restraint."

    assert found(extractor, text) == {
        ("EGY", "calls_for_negotiation", None),
        ("JOR", "calls_for_negotiation", "Ahmed Nour"),
    }


def test_a_named_counterpart_met_by_the_subject_stays_an_object(extractor):
    # Negative: "met his Jordanian counterpart Ayman Safadi and called" is Egypt's alone.
    text = (
        "Egypt's foreign minister met his Jordanian counterpart Ayman Safadi in Amman and "
        "called for restraint."
    )

    assert countries(extractor, text) == {"EGY"}


# -- an unnamed spokesperson of the paragraph's country ---------------------------------------

EARLIER = (
    "South Korea's foreign ministry said in a statement issued Saturday night that it "
    '"expresses deep concern" and urged all parties to exercise restraint.\n\n'
    "On Monday, Foreign Minister Yoko Kamikawa held a phone call with her Iranian counterpart "
    "Hossein Amir-Abdollahian and urged Tehran to show restraint.\n\n"
)


@pytest.mark.parametrize(
    "who",
    [
        "a foreign ministry spokesperson",
        "a spokesperson for the foreign ministry",
        "the foreign ministry",
        "a spokesman",
    ],
)
@pytest.mark.parametrize(
    "words",
    [
        "China calls on relevant parties to exercise calm and restraint",
        "We call on relevant parties to exercise calm and restraint",
    ],
)
def test_a_spokesperson_after_a_capital_s_lead_speaks_for_its_country(extractor, who, words):
    text = (
        EARLIER + "Beijing, meanwhile, called on the parties to stay calm. "
        f'"{words} to prevent further escalation," {who} said in a statement on Sunday.'
    )

    result = found(extractor, text)

    assert ("CHN", "calls_for_negotiation", None) in result
    assert ("KOR", "calls_for_negotiation", None) in result  # its own paragraph's, once
    assert len([each for each in result if each[0] == "KOR"]) == 1
    # nothing of the last paragraph is South Korea's or Japan's
    last = (LEAD + text).rindex("Beijing")
    for candidate in extractor.extract(LEAD + text, published=PUBLISHED):
        if candidate.start >= last:
            assert candidate.actor_country == "CHN"


def test_a_ministry_whose_quoted_words_open_on_its_country_speaks_for_it(extractor):
    text = (
        'Ankara weighed in too. "We call for restraint," Turkey\'s foreign ministry said.\n\n'
        '"Brazil calls on all parties to exercise maximum restraint," the foreign ministry '
        "said in a statement on Sunday."
    )

    assert countries(extractor, text) == {"TUR", "BRA"}


def last_paragraph(extractor, text):
    """The countries of the candidates from the text's last paragraph."""
    full = LEAD + text
    last = full.rindex("\n\n")
    return {c.actor_country for c in extractor.extract(full, published=PUBLISHED) if c.start > last}


def test_a_party_the_quoted_words_open_on_is_not_the_spokesperson_s_country(extractor):
    text = (
        EARLIER + '"Iran must exercise restraint," a foreign ministry spokesperson said on Sunday.'
    )

    assert "IRN" not in last_paragraph(extractor, text)


def test_a_paragraph_not_led_by_a_country_keeps_the_last_voice(extractor):
    text = (
        "South Korea's foreign ministry said it was deeply concerned.\n\n"
        'After the attack, officials said Beijing had been told in advance. "We call on all '
        'parties to exercise restraint," a foreign ministry spokesperson said.'
    )

    assert last_paragraph(extractor, text) == {"KOR"}
