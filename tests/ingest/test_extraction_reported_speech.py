"""Reported speech as readouts word it: an assurance received from someone, a promise told by
another, a leader's office speaking in the leader's name, a position a reporter's question
reports."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def found(extractor, text):
    return [
        (c.actor_country, c.stance, c.speaker, c.kind, c.date)
        for c in extractor.extract(text, published=date(2024, 3, 6))
    ]


def test_an_assurance_received_from_someone_is_their_word(extractor):
    text = (
        "The Ukrainian president said on Tuesday he had received assurances from Scholz that "
        "Germany would continue to support Ukraine."
    )

    assert found(extractor, text) == [
        ("DEU", "supports_side_a", "Olaf Scholz", "reported_speech", date(2024, 3, 5))
    ]


def test_a_promise_reported_by_another_is_the_promiser_s(extractor):
    text = (
        "According to the Ukrainian president, Scholz promised that Germany would send more air "
        "defence systems to Ukraine."
    )

    assert found(extractor, text) == [
        ("DEU", "supports_side_a", "Olaf Scholz", "reported_speech", date(2024, 3, 6))
    ]


def test_a_commitment_without_a_source_names_no_speaker(extractor):
    text = "Germany reaffirmed its commitment to Ukraine's defence, Scholz said."

    assert [c[:3] for c in found(extractor, text)] == [("DEU", "supports_side_a", "Olaf Scholz")]


@pytest.mark.parametrize(
    "text",
    [
        "Scholz's office said he had reaffirmed Germany's support for Ukraine in a call.",
        "Erdogan's office said Turkey supports Ukraine's territorial integrity.",
    ],
)
def test_a_leader_s_office_speaks_in_the_leader_s_name(extractor, text):
    ((country, stance, speaker, kind, _),) = found(extractor, text)

    assert stance == "supports_side_a"
    assert speaker in ("Olaf Scholz", "Recep Tayyip Erdoğan")
    assert kind == "statement"


def test_a_leader_s_government_is_still_not_the_leader(extractor):
    text = "Scholz's government said Germany would keep supporting Ukraine."

    assert [c[2] for c in found(extractor, text)] == [None]


def test_a_country_right_after_as_saying_is_the_quoted_clause_s_subject(extractor):
    text = (
        "Erdogan was quoted by state broadcaster TRT as saying Turkey supported Ukraine's "
        "territorial integrity."
    )

    assert [c[:3] for c in found(extractor, text)] == [
        ("TUR", "supports_side_a", "Recep Tayyip Erdoğan")
    ]


def _briefing(question: str) -> str:
    return (
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
        f"{question}\n\n"
        "Mao Ning: China's position is consistent and clear."
    )


@pytest.mark.parametrize(
    ("question", "country", "stance"),
    [
        (
            "AFP: Pakistan's Foreign Office also condemned Israel's strikes on Iran in the "
            "Israel-Iran conflict. Does China agree?",
            "PAK",
            "condemns",
        ),
        (
            "Reuters: The US State Department said on Monday that the United States stands "
            "with its ally the Philippines in the South China Sea. What's your comment?",
            "USA",
            "supports_side_a",
        ),
        (
            "Bloomberg: Germany has called for a ceasefire in the war in Ukraine. Will China "
            "join the call?",
            "DEU",
            "calls_for_negotiation",
        ),
    ],
)
def test_a_question_s_premise_reports_the_country_it_opens_on(extractor, question, country, stance):
    candidates = extractor.extract(_briefing(question), published=date(2025, 6, 13))

    (reported,) = [c for c in candidates if c.actor_country == country]
    assert reported.stance == stance
    assert reported.speaker is None  # not the asker's outlet


@pytest.mark.parametrize(
    "question",
    [
        "Reuters: Some Israeli officials say Beijing is supplying Iran with missile parts in "
        "the Israel-Iran conflict. Is that true?",
        "CCTV: Does China condemn Israel's strikes on Iran in the Israel-Iran conflict?",
        "AFP: Many analysts believe India supports Russia in the war in Ukraine. What is "
        "China's view?",
    ],
)
def test_what_a_question_asks_or_others_allege_is_nobody_s_position(extractor, question):
    candidates = extractor.extract(_briefing(question), published=date(2025, 6, 13))

    assert candidates == []


# -- concern said with a call ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "quotation",
    [
        '"We are seriously concerned about the sharp escalation of the situation in the war in '
        'Ukraine. We urge the parties to stop the bloodshed and cease hostilities," he said.',
        '"Germany is deeply worried about the escalation in the war in Ukraine. We call on all '
        'parties to exercise restraint and return to dialogue," he said.',
    ],
)
def test_concern_before_a_call_in_one_quotation_is_the_call_s_preamble(extractor, quotation):
    text = "German Chancellor Olaf Scholz spoke to reporters on Tuesday.\n\n" + quotation

    stances = {stance for _, stance, *_ in found(extractor, text)}

    assert stances == {"calls_for_negotiation"}


@pytest.mark.parametrize(
    "text",
    [
        # concern that names a side is a condemnation of its own
        "\"We are seriously concerned about Russia's attacks on Ukraine's cities. We urge the "
        'parties to return to talks," Scholz said.',
        # concern in one quotation, a call in another sentence outside it
        '"We are seriously concerned about the escalation in the war in Ukraine," Scholz said '
        "on Tuesday. Germany later urged the parties to return to talks.",
    ],
)
def test_concern_naming_a_side_or_said_apart_from_the_call_stands(extractor, text):
    stances = {stance for _, stance, *_ in found(extractor, text)}

    assert stances == {"condemns", "calls_for_negotiation"}


def test_a_spokesman_named_after_his_principal_speaks_in_a_post_he_writes(extractor):
    # "His spokesman, ..." opens the sentence: the post's words are the spokesman's, for the
    # chancellor's country.
    text = (
        "Chancellor Olaf Scholz spoke to the Ukrainian president on Tuesday.\n\n"
        "His spokesman, Karl Brenner, went further, writing on X that Germany condemned the "
        "invasion of Ukraine."
    )

    assert [c[:3] for c in found(extractor, text)] == [("DEU", "condemns", "Karl Brenner")]


def test_a_post_in_a_clause_about_someone_else_is_not_their_word(extractor):
    # The spokesman is what the sentence speaks of, after its subject: the post is nobody's
    # named here, and Germany's position has no named speaker.
    text = (
        "Chancellor Olaf Scholz spoke to the Ukrainian president on Tuesday.\n\n"
        "Reporters asked about his spokesman, Karl Brenner, posting on X that Germany "
        "condemned the invasion of Ukraine."
    )

    assert all(c[2] != "Karl Brenner" for c in found(extractor, text))


def _with_envoy(name: str) -> Extractor:
    envoy = {"name": name, "aliases": [], "terms": [
        {"country_iso3": "CHN", "office_title": "Permanent Representative of China to the UN",
         "office_kind": "un_envoy", "start": "2020-01-01", "end": None}]}  # fmt: skip
    return Extractor(small_gazetteer(people=[envoy]))


def test_a_two_letter_surname_alone_is_the_person_named_before():
    text = (
        "China's envoy to the UN, Hu Jian, addressed the council on Tuesday.\n\n"
        "Hu said China called for peace talks to end the war in Ukraine."
    )

    candidates = _with_envoy("Hu Jian").extract(text, published=date(2024, 3, 6))

    assert [(c.actor_country, c.speaker) for c in candidates] == [("CHN", "Hu Jian")]


def test_a_two_letter_word_opening_a_sentence_is_no_surname():
    # "In Beijing, he said": "In" is no name of the envoy In Ho; "he" is the foreign minister.
    text = (
        "China's envoy to the UN, In Ho, addressed the council on Tuesday.\n\n"
        "Foreign Minister Wang Yi met reporters on Wednesday. In Beijing, he said China called "
        "for peace talks to end the war in Ukraine."
    )

    candidates = _with_envoy("In Ho").extract(text, published=date(2024, 3, 6))

    assert [(c.actor_country, c.speaker) for c in candidates] == [("CHN", "Wang Yi")]


def test_a_country_s_head_of_diplomacy_is_its_foreign_minister(extractor):
    text = "China's head of diplomacy called for peace talks to end the war in Ukraine."

    assert [c[:3] for c in found(extractor, text)] == [("CHN", "calls_for_negotiation", "Wang Yi")]


def test_the_person_an_aside_names_between_a_country_and_its_verb_is_its_voice(extractor):
    text = (
        "Germany, in a letter from Chancellor Olaf Scholz to the Ukrainian president, affirmed "
        "that Germany condemned the invasion of Ukraine."
    )

    assert [c[:3] for c in found(extractor, text)] == [("DEU", "condemns", "Olaf Scholz")]


def test_an_aside_naming_another_country_s_person_gives_no_voice(extractor):
    text = (
        "Germany, in a reply to Chinese Foreign Minister Wang Yi, affirmed that Germany "
        "condemned the invasion of Ukraine."
    )

    assert [c[:3] for c in found(extractor, text)] == [("DEU", "condemns", None)]


def test_the_official_whose_words_follow_a_country_s_position_is_its_voice(extractor):
    text = (
        "Germany also condemned the invasion of Ukraine. Chancellor Olaf Scholz called it "
        '"a turning point" for Europe.'
    )

    assert [c[:3] for c in found(extractor, text)] == [("DEU", "condemns", "Olaf Scholz")]


@pytest.mark.parametrize(
    "text",
    [
        # the official speaks in another paragraph
        "Germany also condemned the invasion of Ukraine.\n\n"
        'Chancellor Olaf Scholz called it "a turning point" for Europe.',
        # the official who speaks next is another country's
        "Germany also condemned the invasion of Ukraine. Chinese Foreign Minister Wang Yi "
        "called for calm.",
        # a vote is the country's act, not words the official goes on with
        "Germany abstained in the General Assembly vote on the war in Ukraine. Chancellor "
        'Olaf Scholz called it "a turning point" for Europe.',
    ],
)
def test_no_voice_is_taken_from_a_sentence_that_does_not_go_on_with_the_position(extractor, text):
    germany = [c for c in found(extractor, text) if c[0] == "DEU"]

    assert germany and all(c[2] is None for c in germany)
