"""Support and calls for talks in other words: standing with a side under any adverb ("stands
unequivocally with Israel"; not "stand idly by"), backing the steps a side has taken, going
back to the agreements the parties signed."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2023, 10, 9)
GAZA = "israel-hamas-war"
KARABAKH = "nagorno-karabakh-conflict"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[{"iso3": "AZE", "name": "Azerbaijan", "names": [["Azerbaijani", "demonym"],
                                                                       ["Baku", "capital"]]},
                       {"iso3": "ARM", "name": "Armenia", "names": [["Armenian", "demonym"],
                                                                   ["Yerevan", "capital"]]}],
            conflicts=[{"slug": KARABAKH, "name": "Nagorno-Karabakh conflict",
                        "aliases": ["Karabakh conflict"],
                        "side_a_label": "Azerbaijan", "side_a_countries": ["AZE"],
                        "side_b_label": "Armenia and the Karabakh Armenians",
                        "side_b_countries": ["ARM"]}],
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


@pytest.mark.parametrize("adverb", ["unequivocally", "steadfastly", "firmly and unequivocally"])
def test_standing_with_a_side_under_any_adverb_is_support(extractor, adverb):
    text = f'"Britain stands {adverb} with Israel," the prime minister wrote on Monday.'

    assert ("GBR", GAZA, "supports_side_a") in triples(extract(extractor, text))


def test_standing_idly_by_is_no_support(extractor):
    text = "Turkey will not stand idly by while Israel bombs Gaza, Erdogan said on Monday."

    assert not [c for c in extract(extractor, text) if c.stance.startswith("supports")]


def test_backing_the_steps_a_side_has_taken_supports_it(extractor):
    text = "Turkey's foreign minister said Ankara supported the steps Azerbaijan had taken."

    assert ("TUR", KARABAKH, "supports_side_a") in triples(extract(extractor, text))


def test_backing_measures_against_a_side_supports_no_one(extractor):
    text = "Turkey's foreign minister said Ankara backed the measures against Armenia."

    assert not [c for c in extract(extractor, text) if c.stance.startswith("supports")]


def test_going_back_to_the_parties_agreements_is_a_call_for_talks(extractor):
    text = "Russia urged Baku and Yerevan to return to the trilateral agreements."

    assert ("RUS", KARABAKH, "calls_for_negotiation") in triples(extract(extractor, text))


def test_going_back_to_a_place_is_no_call_for_talks(extractor):
    text = "Russia said refugees would return to the villages Azerbaijan had retaken in Karabakh."

    assert not extract(extractor, text)
