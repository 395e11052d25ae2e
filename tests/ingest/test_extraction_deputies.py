"""A deputy's title ("Kenya's deputy foreign minister", "Vice President X") names no principal
office holder; Japan's chief cabinet secretary is its government's spokesperson."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 6, 18)
WAR = "russia-ukraine-war"
_COUNTRIES = [
    {"iso3": "KEN", "name": "Kenya", "names": [["Kenyan", "demonym"]]},
    {"iso3": "JPN", "name": "Japan", "names": [["Japanese", "demonym"], ["Tokyo", "capital"]]},
]
_PEOPLE = [
    {"name": "Musalia Mudavadi", "aliases": ["Mudavadi"], "terms": [
        {"country_iso3": "KEN", "office_title": "Cabinet Secretary for Foreign Affairs of Kenya",
         "office_kind": "foreign_minister", "start": "2023-10-04", "end": None}]},
    {"name": "Yoshimasa Hayashi", "aliases": ["Hayashi"], "terms": [
        {"country_iso3": "JPN", "office_title": "Chief Cabinet Secretary of Japan",
         "office_kind": "spokesperson", "start": "2023-12-14", "end": None}]},
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES, people=_PEOPLE))


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


def test_a_deputy_minister_speaks_for_the_country_but_is_not_the_minister(extractor):
    text = (
        "Kenya's deputy foreign minister said on Monday that Kenya condemned the invasion of "
        "Ukraine."
    )

    found = extract(extractor, text)

    assert ("KEN", WAR, "condemns") in triples(found)
    assert {c.speaker for c in found} == {None}


def test_the_minister_without_deputy_is_the_office_holder(extractor):
    text = "Kenya's foreign minister said on Monday that Kenya condemned the invasion of Ukraine."

    found = extract(extractor, text)

    assert ("KEN", WAR, "condemns") in triples(found)
    assert {c.speaker for c in found} == {"Musalia Mudavadi"}


def test_a_vice_president_is_not_the_president(extractor):
    text = "Kenya's vice president said on Monday that Kenya condemned the invasion of Ukraine."

    assert {c.speaker for c in extract(extractor, text)} == {None}


def test_japans_chief_cabinet_secretary_is_its_spokesperson(extractor):
    text = (
        "Japan's chief cabinet secretary said on Monday that Japan condemned Russia's invasion "
        "of Ukraine."
    )

    found = extract(extractor, text)

    assert ("JPN", WAR, "condemns") in triples(found)
    assert {c.speaker for c in found} == {"Yoshimasa Hayashi"}
