"""A press statement signed in its header by an office holder ("PRESS STATEMENT" over "ANTONY
J. BLINKEN, SECRETARY OF STATE"): its "we" is that office holder's country, and its speaker."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
SUDAN = "sudan-civil-war"
DAY = date(2025, 1, 7)
BODY = (
    "On April 15, 2023, the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) "
    "launched a conflict of unmitigated brutality that has resulted in the world's largest "
    "humanitarian catastrophe. Tens of thousands of people have been killed, more than 12 "
    "million have been forced from their homes, and famine has taken hold in parts of Darfur.\n\n"
    "We call on the SAF and the RSF to agree to a cessation of hostilities and to return to "
    "negotiations."
)


def found(reference_extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.speaker)
        for c in reference_extractor.extract(text, published=DAY)
    }


def test_a_signed_press_statements_we_is_its_signatorys_country(reference_extractor):
    text = (
        "Genocide Determination in Sudan\n\n"
        "PRESS STATEMENT\nANTONY J. BLINKEN, SECRETARY OF STATE\nJANUARY 7, 2025\n\n" + BODY
    )

    assert ("USA", SUDAN, "calls_for_negotiation", "Antony Blinken") in found(
        reference_extractor, text
    )


def test_a_name_in_a_header_that_is_no_statement_signs_nothing(reference_extractor):
    text = (
        "Genocide Determination in Sudan\n\n"
        "ANALYSIS\nANTONY J. BLINKEN, SECRETARY OF STATE\nJANUARY 7, 2025\n\n" + BODY
    )

    assert not found(reference_extractor, text)
