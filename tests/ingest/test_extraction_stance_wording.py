"""Positions worded as descriptions, offers and actions rather than the plain verbs ("called
China's manoeuvres 'aggressive and illegal'", "offered its good offices", "recall our
ambassador"), the councils that speak for a country, and a bloc's statement agreed by members
the article lists."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def stances(extractor, text):
    found = extractor.extract(text, published=date(2024, 6, 20))
    return {(c.actor_country or c.actor, c.conflict, c.stance, c.target_side) for c in found}


SCS = "south-china-sea-disputes"
UKR = "russia-ukraine-war"
GAZA = "israel-hamas-war"
KASHMIR = "india-pakistan-conflict"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Philippine foreign ministry called China's manoeuvres near the shoal "
            '"aggressive and illegal".',
            ("PHL", SCS, "condemns", "b"),
        ),
        (
            "The Philippines said the Chinese drills near the shoal were irrational.",
            ("PHL", SCS, "condemns", "b"),
        ),
        (
            "Pakistan said India's military activities in Kashmir are unacceptable.",
            ("PAK", KASHMIR, "condemns", "a"),
        ),
        (
            "India said the attacks on Israel by Hamas deserve condemnation.",
            ("IND", GAZA, "condemns", "b"),
        ),
        (
            "The Philippine National Security Council condemned China's actions in the South "
            "China Sea.",
            ("PHL", SCS, "condemns", "b"),
        ),
    ],
)
def test_a_description_of_a_side_s_conduct_condemns_it(extractor, text, expected):
    assert expected in stances(extractor, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkey offered its good offices to help India and Pakistan settle their differences.",
         "TUR"),
        ('Iran offered to use Tehran\'s "good offices" to ease tensions between India and '
         "Pakistan.", "IRN"),
        ("Qatar said it wanted to play its role in de-escalating the crisis between India and "
         "Pakistan.", "QAT"),
        ("Turkey urged India and Pakistan to keep talking.", "TUR"),
    ],
)  # fmt: skip
def test_an_offer_to_help_the_parties_talk_calls_for_negotiation(extractor, text, country):
    assert (country, KASHMIR, "calls_for_negotiation", None) in stances(extractor, text)


def test_readiness_to_go_on_mediating_calls_for_negotiation(extractor):
    text = (
        "Saudi Arabia reaffirmed its readiness to continue its efforts to mediate between "
        "Russia and Ukraine."
    )

    assert ("SAU", UKR, "calls_for_negotiation", None) in stances(extractor, text)


def test_urging_a_deal_s_swift_implementation_calls_for_negotiation(extractor):
    text = (
        'The truce in the Gaza war was signed on Monday. Britain urged its "full and swift '
        'implementation".'
    )
    found = stances(extractor, text.replace("its ", ""))

    assert ("GBR", GAZA, "calls_for_negotiation", None) in found


def test_urging_the_implementation_of_sanctions_is_no_call_for_talks(extractor):
    text = "Germany urged full implementation of the sanctions on Russia over the war in Ukraine."

    assert ("DEU", UKR, "calls_for_negotiation", None) not in stances(extractor, text)


def test_a_people_s_need_for_a_ceasefire_is_a_call_for_one(extractor):
    text = '"The people of Ukraine need a ceasefire now," Qatar\'s foreign ministry said.'

    assert ("QAT", UKR, "calls_for_negotiation", None) in stances(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have decided to recall our ambassador in Israel over the Gaza war," Erdogan said.',
            ("TUR", GAZA, "condemns", "a"),
        ),
        (
            "Britain said it would suspend most direct bilateral financial aid to Russia over "
            "the war in Ukraine.",
            ("GBR", UKR, "condemns", "b"),
        ),
    ],
)
def test_a_recall_or_aid_suspended_condemns_the_side_it_is_aimed_at(extractor, text, expected):
    found = stances(extractor, text)

    assert expected in found
    assert not any(stance.startswith("supports") for _, _, stance, _ in found)


AGREED = (
    "The ASEAN statement was issued after a videoconference. It was agreed by the foreign "
    "ministers of Cambodia, Malaysia and the Philippines.\n\n"
)


def test_a_bloc_s_statement_is_each_member_s_that_the_article_lists_as_agreeing_it(extractor):
    text = (
        AGREED + '"We, the Foreign Ministers of ASEAN, condemn the attacks on Israel by '
        'Hamas," the statement said.'
    )

    found = {(c, s) for c, k, s, _ in stances(extractor, text) if k == GAZA}

    assert {("KHM", "condemns"), ("MYS", "condemns"), ("PHL", "condemns")} <= found


def test_a_bloc_s_statement_is_not_that_of_non_members_listed_with_it(extractor):
    text = (
        "The EU statement was issued after a videoconference. It was agreed by the leaders "
        "of Brazil, Germany and South Africa.\n\n"
        '"We, the leaders of the EU, condemn the attacks on Israel by Hamas," the '
        "statement said."
    )

    found = {c for c, k, s, _ in stances(extractor, text) if k == GAZA and s == "condemns"}

    assert not found & {"BRA", "ZAF"}


def test_it_was_agreed_by_a_list_makes_its_countries_the_statement_s_signatories(extractor):
    text = AGREED.replace("ASEAN", "joint") + (
        '"We support the sovereignty of Ukraine," the statement said.'
    )

    found = {c for c, k, s, _ in stances(extractor, text) if s == "supports_side_a"}

    assert found == {"KHM", "MYS", "PHL"}
