"""Lists of voters and of countries sharing a position that go on past their first sentence or
clause: "Thirty countries abstained. Besides Mexico and Chile, they included ...", "The others
were ...", "They were joined by ...", and lists that carry descriptions of their members."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_MORE_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": names}
    for iso3, name, names in [
        ("MEX", "Mexico", []), ("CHL", "Chile", []), ("PER", "Peru", [["Peruvian", "demonym"]]),
        ("ESP", "Spain", []), ("JPN", "Japan", []), ("GHA", "Ghana", []), ("KEN", "Kenya", []),
        ("NLD", "Netherlands", []), ("HUN", "Hungary", []), ("AUT", "Austria", []),
        ("GTM", "Guatemala", []), ("PRY", "Paraguay", []), ("ITA", "Italy", []),
    ]
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_MORE_COUNTRIES))


def triples(extractor, text, published=date(2022, 10, 13)):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=published)}


UKRAINE_LEAD = "The General Assembly voted on Wednesday on a resolution on the war in Ukraine. "
GAZA_LEAD = "The General Assembly on Tuesday demanded an immediate ceasefire in the war in Gaza. "


def abstaining(*iso3s):
    return {(iso3, "abstains") for iso3 in iso3s}


# -- a tally whose examples follow in the next sentence -----------------------------------------


@pytest.mark.parametrize(
    "sentences",
    [
        # an opening phrase names some of them first
        "Thirty members abstained. Besides Mexico, Chile and Peru, they included Kenya, Ghana "
        "and Japan.",
        "Thirty members abstained. Apart from Mexico, Chile and Peru, they included Kenya, Ghana "
        "and Japan.",
        "Thirty states abstained. In addition to Mexico, Chile and Peru, these included Kenya, "
        "Ghana and Japan.",
        # the rest of a tally whose first members the sentence before named
        "Mexico, Chile and Peru were among 30 countries that abstained. The others included "
        "Kenya, Ghana and Japan.",
        "Mexico, Chile and Peru were among 30 countries that abstained. Others were Kenya, Ghana "
        "and Japan.",
        # the next sentence's list before "were among them"
        "Thirty countries abstained, including Mexico, Chile and Peru. Kenya, Ghana and Japan "
        "were also among them.",
    ],
)
def test_a_tally_named_on_in_the_next_sentence_gives_each_country_the_vote(extractor, sentences):
    found = triples(extractor, UKRAINE_LEAD + sentences)

    assert abstaining("MEX", "CHL", "PER", "KEN", "GHA", "JPN") <= found


@pytest.mark.parametrize(
    "sentences",
    [
        "Thirty members abstained. Besides Mexico and Chile, they were worried about the text.",
        "Thirty members abstained. The others were angry that Kenya had spoken first.",
        # no vote counted in the sentence before
        "Thirty delegates met in Geneva. Besides Mexico and Chile, they included Kenya and Ghana.",
        "Thirty delegates met in Geneva. Mexico, Chile and Kenya were among them.",
        # people from the countries, not the countries
        "Thirty members abstained. Diplomats from Mexico and Chile were among them.",
    ],
)
def test_no_continuation_without_a_list_after_a_counted_vote(extractor, sentences):
    found = triples(extractor, UKRAINE_LEAD + sentences)

    assert not abstaining("MEX", "CHL", "KEN", "GHA") & found


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty countries abstained. The abstainers included Kenya, Ghana and Japan.",
        "Thirty countries abstained. Among the abstainers were Kenya, Ghana and Japan.",
    ],
)
def test_the_abstainers_named_as_a_noun_abstain(extractor, sentence):
    assert abstaining("KEN", "GHA", "JPN") <= triples(extractor, UKRAINE_LEAD + sentence)


# -- "They were joined by ..." -------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "They were joined by Kenya and Ghana.",
        "They were joined by Kenya and Ghana in abstaining.",
        "They were later joined by Kenya and Ghana on Thursday.",
    ],
)
def test_countries_joining_the_subject_in_the_next_sentence_share_its_position(extractor, second):
    found = triples(extractor, UKRAINE_LEAD + "Mexico and Chile abstained. " + second)

    assert abstaining("MEX", "CHL", "KEN", "GHA") <= found


def test_joining_a_call_in_the_next_sentence_shares_the_call(extractor):
    text = "Mexico and Chile called for a ceasefire in Ukraine. They were joined by Kenya."

    assert ("KEN", "calls_for_negotiation") in triples(extractor, text)


@pytest.mark.parametrize(
    "second",
    [
        "They were joined by Kenya's envoy in Geneva for talks on grain.",
        "They were joined by Kenya at a dinner on the sidelines of the assembly.",
    ],
)
def test_company_kept_in_the_next_sentence_is_no_shared_position(extractor, second):
    found = triples(extractor, UKRAINE_LEAD + "Mexico and Chile abstained. " + second)

    assert ("KEN", "abstains") not in found


# -- lists whose members carry descriptions ---------------------------------------------------


def test_a_country_after_the_comma_and_the_is_a_member_not_a_description(extractor):
    sentence = (
        "Among the 23 who abstained were Spain, Italy, the Netherlands and Hungary, as well as "
        "Kenya and Japan."
    )

    found = triples(extractor, GAZA_LEAD + sentence, date(2023, 12, 13))

    assert abstaining("ESP", "ITA", "NLD", "HUN", "KEN", "JPN") <= found


def test_a_description_naming_a_country_by_its_demonym_stays_a_description(extractor):
    sentence = "Abstaining were Mexico, the Peruvian government's closest ally, and Chile."

    found = triples(extractor, GAZA_LEAD + sentence, date(2023, 12, 13))

    assert abstaining("MEX", "CHL") <= found
    assert ("PER", "abstains") not in found


def test_groups_and_places_described_inside_a_vote_list_do_not_end_it(extractor):
    sentence = (
        "The ten states voting against included the United States and Israel, two of our EU "
        "partners, Austria and Hungary, and, in Latin America, Guatemala and Paraguay."
    )

    found = triples(extractor, GAZA_LEAD + sentence, date(2023, 12, 13))

    against = {(iso3, "other") for iso3 in ("USA", "ISR", "AUT", "HUN", "GTM", "PRY")}
    assert against <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten states voted against, including the United States, Austria and Japan.",
        "The ten states voting against were the United States, Austria and Japan.",
        "The 10 states voting against were the United States, Austria and Japan.",
    ],
)
def test_a_counted_group_of_states_is_no_speaker(extractor, sentence):
    found = triples(extractor, GAZA_LEAD + sentence, date(2023, 12, 13))

    assert {("USA", "other"), ("AUT", "other"), ("JPN", "other")} <= found
