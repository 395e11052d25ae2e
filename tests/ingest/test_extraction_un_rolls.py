"""Roll calls and delegations as UN meetings coverage writes them: the UN's bracketed names and
regions inside a list, a yes list between dashes before the other tallies, "joined ... among
the abstentions", official names after "the", and a delegate speaking for listed members."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_UN_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": names}
    for iso3, name, names in [
        ("KOR", "South Korea", [["Republic of Korea", "official"], ["South Korean", "demonym"]]),
        ("FSM", "Micronesia", [["Federated States of Micronesia", "official"]]),
        ("NRU", "Nauru", []), ("TON", "Tonga", []), ("ZMB", "Zambia", []),
        ("HTI", "Haiti", []), ("URY", "Uruguay", []), ("KEN", "Kenya", []),
        ("GHA", "Ghana", []), ("CHL", "Chile", []), ("JPN", "Japan", []),
        ("MLT", "Malta", []), ("ECU", "Ecuador", []), ("DZA", "Algeria", []),
        ("MOZ", "Mozambique", []),
    ]
]  # fmt: skip

GAZA_LEAD = (
    "The General Assembly voted on Friday on a resolution calling for a humanitarian truce in "
    "the war in Gaza. "
)
PUBLISHED = date(2023, 11, 4)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_UN_COUNTRIES))


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


# -- a list goes on over a member's bracketed name or its region -------------------------------


def test_a_vote_list_goes_on_after_a_name_in_the_un_s_bracketed_form(extractor):
    sentence = "Voting against were Russia, Micronesia (Federated States of), Nauru and Tonga."

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, "other") for iso3 in ("RUS", "FSM", "NRU", "TON")} <= found


def test_a_vote_list_goes_on_after_the_region_of_its_members(extractor):
    sentence = (
        "Among the 41 delegations abstaining were India and China, as well as Kenya and Zambia "
        "in Africa and Haiti, Chile and Uruguay in Latin America."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    listed = ("IND", "CHN", "KEN", "ZMB", "HTI", "CHL", "URY")
    assert {(iso3, "abstains") for iso3 in listed} <= found


# -- a yes list between dashes, then the other tallies ------------------------------------------


def test_a_yes_list_between_dashes_is_not_taken_for_the_abstentions_after_it(extractor):
    sentence = (
        "The text was adopted by 12 votes in favour – Ecuador, Japan, Malta and the United "
        "Kingdom among them – none against, and three abstentions: Algeria, China and Russia."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, "abstains") for iso3 in ("DZA", "CHN", "RUS")} <= found
    assert {(iso3, "calls_for_negotiation") for iso3 in ("ECU", "JPN", "MLT", "GBR")} <= found
    assert not {(iso3, "abstains") for iso3 in ("ECU", "JPN", "MLT", "GBR")} & found


def test_the_voters_before_another_tally_do_not_cast_the_vote_after_it(extractor):
    sentence = (
        "The vote was Japan, Malta and Ecuador – 13 in favour – and four abstentions (Algeria, "
        "China, Mozambique and Russia)."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, "abstains") for iso3 in ("DZA", "CHN", "MOZ", "RUS")} <= found
    assert not {(iso3, "abstains") for iso3 in ("JPN", "MLT", "ECU")} & found


# -- joining another country among the abstentions ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya, Ghana and Chile joined India among the abstentions.",
        "Kenya, Ghana and Chile joined India among the 41 abstentions.",
    ],
)
def test_the_countries_joining_another_among_the_abstentions_abstain(extractor, sentence):
    found = triples(extractor, GAZA_LEAD + sentence)

    assert {("KEN", "abstains"), ("GHA", "abstains"), ("CHL", "abstains")} <= found


def test_a_list_after_among_the_abstentions_still_abstains(extractor):
    found = triples(extractor, GAZA_LEAD + "Among the abstentions were Kenya and Ghana.")

    assert {("KEN", "abstains"), ("GHA", "abstains")} <= found


# -- an official name after "the" -----------------------------------------------------------------


def test_an_official_name_after_the_is_the_country_not_the_republic_in_focus(extractor):
    sentence = (
        "The representatives of Japan, the Republic of Korea and Malta called for an immediate "
        "ceasefire."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, "calls_for_negotiation") for iso3 in ("JPN", "KOR", "MLT")} <= found


# -- a delegate speaking for listed members -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking on behalf of Ghana and Chile, the representative of Kenya urged all parties "
        "to agree an immediate ceasefire.",
        'Speaking for the "G3" — Kenya, Ghana and Chile — the representative of Kenya urged all '
        "parties to agree an immediate ceasefire.",
        "On behalf of the group (Kenya, Ghana and Chile), the representative of Kenya said an "
        "immediate ceasefire was the only way to end the suffering.",
    ],
)
def test_the_members_a_delegate_speaks_for_share_the_call(extractor, sentence):
    found = triples(extractor, GAZA_LEAD + sentence)

    assert {(iso3, "calls_for_negotiation") for iso3 in ("KEN", "GHA", "CHL")} <= found


def test_a_delegate_speaking_for_a_group_it_does_not_list_speaks_for_its_country(extractor):
    sentence = (
        "Speaking for the Arab Group, the representative of Egypt urged all parties to agree "
        "an immediate ceasefire, as Kenya had done."
    )

    found = triples(extractor, GAZA_LEAD + sentence)

    assert ("EGY", "calls_for_negotiation") in found
    assert ("KEN", "calls_for_negotiation") not in found
