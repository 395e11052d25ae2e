"""Measures against a side: aid stopped, sanctions by designation, and the support a measure is
taken over, which is the punished party's, never the punisher's."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

pytestmark = pytest.mark.django_db

PUBLISHED = date(2025, 3, 6)
LEAD = (
    "BRUSSELS, March 6 (Wire) - Pressure grew on Kigali on Thursday as M23 fighters pushed "
    "south from Bukavu in eastern Congo.\n\n"
)


def extract(reference_extractor, text):
    return reference_extractor.extract(text, published=PUBLISHED)


def test_aid_stopped_to_a_side_condemns_it_and_backs_nobody(reference_extractor):
    text = LEAD + (
        "Germany said on Wednesday it would stop budget support to Rwanda until its troops "
        "leave Congolese territory."
    )

    found = extract(reference_extractor, text)

    assert ("DEU", "eastern-dr-congo-conflict", "condemns") in triples(found)
    assert not [c for c in found if c.stance.startswith("supports")]


def test_aid_promised_to_a_side_still_backs_it(reference_extractor):
    text = LEAD + (
        "Germany said on Wednesday it would send military aid to Congo to help its army hold "
        "the line against the M23."
    )

    found = extract(reference_extractor, text)

    assert ("DEU", "eastern-dr-congo-conflict", "condemns") not in triples(found)


def test_a_measure_taken_over_a_partys_backing_is_no_support_of_the_measurer(
    reference_extractor,
):
    text = LEAD + (
        "Belgium said on Wednesday it would freeze cooperation with Kigali over its backing "
        "for the M23 rebels."
    )

    found = extract(reference_extractor, text)

    assert not [c for c in found if c.actor_country == "BEL" and c.stance.startswith("supports")]


def test_backing_the_subject_declares_is_still_its_own(reference_extractor):
    text = LEAD + (
        "Belgium said on Wednesday it stood firmly behind Congo and reaffirmed its backing for "
        "the government in Kinshasa."
    )

    found = extract(reference_extractor, text)

    assert ("BEL", "eastern-dr-congo-conflict", "supports_side_a") in triples(found)


def test_sanctions_by_designation_condemn_the_designated_side(reference_extractor):
    text = LEAD + (
        "The U.S. Treasury on Wednesday designated Sultani Makenga, the M23's military "
        "commander, freezing any assets he holds in American jurisdictions."
    )

    found = extract(reference_extractor, text)

    assert ("USA", "eastern-dr-congo-conflict", "condemns") in triples(found)
    assert [c.kind for c in found if c.actor_country == "USA"] == ["action"]


def test_an_envoy_designated_is_no_sanction(reference_extractor):
    text = LEAD + (
        "The United States on Wednesday designated Massad Boulos as its senior adviser for "
        "Africa and the Great Lakes talks."
    )

    found = extract(reference_extractor, text)

    assert ("USA", "eastern-dr-congo-conflict", "condemns") not in triples(found)
