"""A long sentence whose stance comes after a clause describing a noun with no relative word
("Japan is closely watching the exercises China launched ... and hopes that ..."), and peace
hoped to be kept "through dialogue"."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 6, 18)
SEA = "south-china-sea-disputes"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[{"iso3": "JPN", "name": "Japan", "names": [["Japanese", "demonym"],
                                                                  ["Tokyo", "capital"]]}],
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


def test_a_subject_of_a_clause_describing_a_noun_is_not_the_stances_subject(extractor):
    text = (
        "Japan is closely watching the large-scale drills China launched near the Philippines "
        "over the weekend and urged both sides to resolve the dispute through dialogue, Chief "
        "Cabinet Secretary Yoshimasa Hayashi said on Tuesday."
    )

    found = triples(extract(extractor, text))

    assert ("JPN", SEA, "calls_for_negotiation") in found
    assert ("CHN", SEA, "calls_for_negotiation") not in found


@pytest.mark.parametrize("opening", ["Last week", "Earlier this month"])
def test_a_subject_after_no_noun_is_still_the_stances_subject(extractor, opening):
    text = (
        f"{opening} China launched a review of its maritime policy and urged both sides to "
        "resolve the dispute through dialogue."
    )

    found = triples(extract(extractor, text))

    assert ("CHN", SEA, "calls_for_negotiation") in found


@pytest.mark.parametrize(
    "words",
    [
        "hopes that peace and stability in the South China Sea will be maintained through dialogue",
        "wants calm in the South China Sea preserved through diplomacy",
    ],
)
def test_peace_hoped_to_be_kept_through_dialogue_is_a_call_for_talks(extractor, words):
    found = triples(extract(extractor, f"Japan {words}, its foreign ministry said."))

    assert ("JPN", SEA, "calls_for_negotiation") in found


def test_peace_kept_by_force_is_no_call_for_talks(extractor):
    text = "Japan hopes that peace in the South China Sea will be maintained by deterrence."

    assert not extract(extractor, text)
