"""A joint statement named a sentence after its signatories were listed: "The foreign ministers
of Denmark, Estonia, Finland ... said on Monday ... '...,' the ministers said in a joint
statement" is each listed country's."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2023, 11, 27)
WAR = "russia-ukraine-war"
NORDICS = [("DNK", "Denmark"), ("FIN", "Finland"), ("NOR", "Norway"), ("SWE", "Sweden")]


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(countries=[{"iso3": iso3, "name": name, "names": []}
                                   for iso3, name in NORDICS])
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


QUOTE = (
    "\"Russia's war of aggression against Ukraine is a flagrant violation of international "
    'law," the ministers said in a joint statement after meeting in Stockholm.'
)


def test_the_ministers_of_a_joint_statement_are_the_countries_listed_before(extractor):
    text = (
        "The foreign ministers of Denmark, Finland, Norway and Sweden met on Monday to discuss "
        "regional security. " + QUOTE
    )

    found = triples(extract(extractor, text))

    for iso3, _ in NORDICS:
        assert (iso3, WAR, "condemns") in found


def test_countries_listed_as_objects_before_are_not_the_statements_signatories(extractor):
    text = (
        "Blinken met the foreign ministers of Denmark, Finland, Norway and Sweden on Monday. "
        + QUOTE
    )

    found = {c.actor_country for c in extract(extractor, text)}

    assert not found & {iso3 for iso3, _ in NORDICS}
