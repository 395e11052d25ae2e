"""Reported speech as readouts word it: an assurance received from someone, a promise told by
another, a leader's office speaking in the leader's name."""

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
