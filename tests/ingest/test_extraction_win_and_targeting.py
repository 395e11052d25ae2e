"""Support told as the war a party must not win ("Russia cannot and must not win", "so that
Russia cannot win this war"), and a condemned act "targeting" its victim."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 10, 26)
WAR = "russia-ukraine-war"
STRIKES = "israel-iran-conflict"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[{"iso3": "FRA", "name": "France", "names": [["French", "demonym"],
                                                                   ["Élysée", "metonym"]]},
                       {"iso3": "HUN", "name": "Hungary", "names": [["Hungarian", "demonym"]]}],
            conflicts=[{"slug": STRIKES, "name": "Israel-Iran conflict",
                        "aliases": ["Israel-Iran strikes"],
                        "side_a_label": "Israel", "side_a_countries": ["ISR"],
                        "side_b_label": "Iran", "side_b_countries": ["IRN"],
                        "began": "2024-04-01"}],
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Russia cannot and must not win this war," Scholz told reporters.',
        'The Élysée said France was "determined to do whatever it takes, for as long as it '
        'takes, so that Russia cannot win this war".',
        "Scholz said Germany would do everything to ensure that Russia does not win the war.",
    ],
)
def test_acting_so_that_a_party_does_not_win_backs_its_opponent(extractor, sentence):
    found = triples(extract(extractor, sentence))

    assert found & {("DEU", WAR, "supports_side_a"), ("FRA", WAR, "supports_side_a")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hungary's foreign minister said Ukraine cannot win the war.",
        "Hungary said it would send no weapons so that Russia cannot win the war.",
    ],
)
def test_a_party_that_cannot_win_as_an_assessment_or_negated_backs_no_one(extractor, sentence):
    assert not [c for c in extract(extractor, sentence) if c.stance.startswith("supports")]


def test_the_targeting_of_a_country_condemns_the_other_side(extractor):
    found = triples(extract(extractor, "Saudi Arabia condemned the military targeting of Iran."))

    assert ("SAU", STRIKES, "condemns") in found
    (candidate,) = extract(extractor, "Saudi Arabia condemned the military targeting of Iran.")
    assert candidate.target_side == "a"


def test_a_countrys_own_targeting_of_the_other_is_condemned_as_its_own(extractor):
    (candidate,) = extract(extractor, "Saudi Arabia condemned Iran's targeting of Israel.")

    assert candidate.target_side == "b"
