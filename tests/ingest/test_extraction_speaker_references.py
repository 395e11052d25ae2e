"""Speakers named by a later reference: a national body defined by its acronym with no country,
"the diplomat" for a named envoy (and anonymous sources that stay nobody's), "the hosts" of
talks, "his spokesman", "Spain, whose government ...", and an envoy's posting that is not their
country."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 6, 16)
SHOAL = "Chinese coast guard ships fired water cannon at a supply boat in the South China Sea.\n\n"
KYIV = "Russian missiles struck Kyiv overnight, killing 14 people.\n\n"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "JPN", "name": "Japan",
                 "names": [["Japanese", "demonym"], ["Tokyo", "capital"]]},
                {"iso3": "ESP", "name": "Spain",
                 "names": [["Spanish", "demonym"], ["Madrid", "capital"]]},
            ]
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


# -- 1. A body every state has, defined by its acronym with no country --------------------------


def test_a_countryless_ministry_is_the_datelines_country(extractor):
    text = (
        "MANILA - The Department of Foreign Affairs (DFA) on Sunday said it had filed a protest "
        "over the dangerous manoeuvres of China in the South China Sea.\n\n"
        "China's foreign ministry said the supply boat had intruded.\n\n"
        "The DFA also called for restraint in the South China Sea."
    )

    found = extract(extractor, text)

    assert ("PHL", "south-china-sea-disputes", "calls_for_negotiation") in triples(found)
    assert {c.actor_country for c in found if c.evidence.startswith("The DFA")} == {"PHL"}


def test_a_countryless_ministry_is_the_only_country_whose_officials_speak(extractor):
    text = (
        SHOAL + "Philippine Defence Secretary Gilberto Teodoro said the incident was "
        "deplorable.\n\nThe Department of Foreign Affairs (DFA) said it was studying its "
        "options.\n\nThe DFA urged restraint by all parties in the South China Sea."
    )

    found = extract(extractor, text)

    assert [(c.actor_country, c.stance) for c in found if c.evidence.startswith("The DFA")] == [
        ("PHL", "calls_for_negotiation")
    ]


def test_a_countryless_ministry_is_nobodys_when_two_countries_officials_speak(extractor):
    text = (
        SHOAL + "China's foreign ministry said the supply boat had intruded. Philippine "
        "Defence Secretary Gilberto Teodoro said the incident was deplorable.\n\n"
        "The Department of Foreign Affairs (DFA) said it was studying its options.\n\n"
        "The DFA urged restraint by all parties in the South China Sea."
    )

    found = extract(extractor, text)

    assert not [c for c in found if c.evidence.startswith("The DFA")]


# -- 2. "The diplomat" for a named envoy; anonymous sources --------------------------------------


def test_the_diplomat_is_the_envoy_named_just_before(extractor):
    text = (
        SHOAL + "Japanese Ambassador to the Philippines Kazuhiko Koshikawa met Philippine "
        'officials on Sunday.\n\n"We call for restraint in the South China Sea," the '
        "diplomat said."
    )

    found = extract(extractor, text)

    assert triples(found) == {("JPN", "south-china-sea-disputes", "calls_for_negotiation")}
    assert {c.speaker for c in found} == {"Kazuhiko Koshikawa"}


def test_the_diplomat_is_nobody_when_the_envoy_was_named_paragraphs_before(extractor):
    text = (
        "Japanese Ambassador to the Philippines Kazuhiko Koshikawa met Philippine officials on "
        "Sunday.\n\n" + SHOAL + "The supply mission was the third this year.\n\n"
        "The diplomat called for restraint in the South China Sea."
    )

    assert extract(extractor, text) == []


@pytest.mark.parametrize(
    "source",
    [
        "A Western diplomat",
        "One senior envoy",
        "A senior diplomat who asked not to be named",
        "A minister, speaking on condition of anonymity,",
    ],
)
def test_an_anonymous_source_has_no_country(extractor, source):
    text = (
        KYIV + "Spanish Foreign Minister Jose Manuel Albares arrived in Kyiv on Sunday. "
        f"{source} condemned the Russian attack on Kyiv."
    )

    assert extract(extractor, text) == []


def test_he_after_an_anonymous_source_is_that_source(extractor):
    text = (
        KYIV + "Spanish Foreign Minister Jose Manuel Albares arrived in Kyiv on Sunday. A "
        "senior diplomat who asked not to be named said the visit had been planned for weeks."
        '\n\n"We condemn the Russian attack on Kyiv," he said.'
    )

    assert extract(extractor, text) == []


def test_an_indefinite_envoy_from_a_named_country_is_that_countrys(extractor):
    text = KYIV + "A delegate from Brazil called for a ceasefire in Ukraine."

    found = extract(extractor, text)

    assert triples(found) == {("BRA", "russia-ukraine-war", "calls_for_negotiation")}


def test_a_spokesperson_without_a_name_still_speaks_for_the_country_last_heard(extractor):
    text = SHOAL + 'China said the boat had intruded. "We urge restraint," a spokesperson said.'

    found = extract(extractor, text)

    assert triples(found) == {("CHN", "south-china-sea-disputes", "calls_for_negotiation")}


# -- 3. The hosts of talks or a summit -----------------------------------------------------------


@pytest.mark.parametrize(
    "subject", ["The hosts said they urged", "The host country urged", "The host nation urged"]
)
def test_the_hosts_are_the_country_the_article_names_hosting(extractor, subject):
    text = (
        "Indirect talks between Israel and Hamas hosted by Qatar resumed on Sunday.\n\n"
        f"{subject} both sides to agree to a ceasefire in Gaza."
    )

    found = extract(extractor, text)

    assert triples(found) == {("QAT", "israel-hamas-war", "calls_for_negotiation")}


def test_co_hosts_are_each_a_host(extractor):
    text = (
        "A summit on the war in Gaza, co-hosted by Egypt and Qatar, opened in Cairo on Sunday."
        "\n\nThe hosts called for an immediate ceasefire in Gaza."
    )

    found = extract(extractor, text)

    assert triples(found) == {
        ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ("QAT", "israel-hamas-war", "calls_for_negotiation"),
    }


@pytest.mark.parametrize(
    "lead",
    [
        "Envoys gathered in Doha on Sunday for a meeting on the war in Gaza hosted by Egypt.",
        "Talks between Israel and Hamas resumed in Doha, hosted by Egypt.",
    ],
)
def test_the_host_is_who_hosts_not_where_the_meeting_is(extractor, lead):
    text = f"{lead}\n\nThe host country called for an immediate ceasefire in Gaza."

    found = extract(extractor, text)

    assert triples(found) == {("EGY", "israel-hamas-war", "calls_for_negotiation")}


@pytest.mark.parametrize(
    "lead",
    [
        "Indirect talks between Israel and Hamas resumed on Sunday.",
        "Egypt hosted the African football championship last year.",
    ],
)
def test_the_hosts_are_nobody_without_a_hosted_meeting(extractor, lead):
    text = f"{lead}\n\nThe hosts called for a ceasefire in Gaza."

    assert extract(extractor, text) == []


# -- 4. "His spokesman" -------------------------------------------------------------------------


def test_his_spokesman_speaks_for_the_country_of_the_person_he_serves(extractor):
    text = (
        KYIV + "Russian President Vladimir Putin met foreign envoys on Sunday.\n\n"
        "His spokesman, Dmitry Peskov, called for talks to end the war in Ukraine."
    )

    found = extract(extractor, text)

    assert triples(found) == {("RUS", "russia-ukraine-war", "calls_for_negotiation")}
    assert {c.speaker for c in found} == {"Dmitry Peskov"}


def test_her_spokesperson_speaks_for_her_country(extractor):
    text = (
        KYIV + "German Foreign Minister Annalena Baerbock arrived in Kyiv on Sunday. Her "
        "spokesperson condemned the Russian attack on Kyiv."
    )

    found = extract(extractor, text)

    assert triples(found) == {("DEU", "russia-ukraine-war", "condemns")}


def test_the_spokesman_of_an_analyst_speaks_for_no_country(extractor):
    text = (
        KYIV + "Analyst John Smith of the Carnegie Endowment spoke on Sunday. His spokesman "
        "called for a ceasefire in Ukraine."
    )

    assert extract(extractor, text) == []


# -- 5. "Spain, whose government ..." -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reactions came from Spain, whose government described the strikes as a war crime.",
        "Spain, whose government condemned the Russian strikes on Kyiv, will host a NATO "
        "meeting next week.",
    ],
)
def test_a_relative_clause_reporting_a_countrys_government_is_its_statement(extractor, sentence):
    found = extract(extractor, KYIV + sentence)

    assert triples(found) == {("ESP", "russia-ukraine-war", "condemns")}


def test_a_relative_clause_names_the_countrys_minister(extractor):
    text = (
        KYIV + "The strikes drew anger in Spain, whose foreign minister, Jose Manuel Albares, "
        "called them a war crime."
    )

    found = extract(extractor, text)

    assert triples(found) == {("ESP", "russia-ukraine-war", "condemns")}
    assert {c.speaker for c in found} == {"Jose Manuel Albares"}


@pytest.mark.parametrize(
    "sentence",
    [
        # support in such a clause is the writer's background
        "Spain, whose government has long supported Ukraine, will host a NATO meeting next week.",
        # citizens are no state body
        "Spain, whose citizens condemned the Russian strikes on Kyiv, will host a NATO meeting "
        "next week.",
        "Ukraine, whose capital was hit, counted its dead.",
    ],
)
def test_other_relative_clauses_on_a_country_are_no_statement(extractor, sentence):
    assert extract(extractor, KYIV + sentence) == []


# -- 6. An envoy's posting is not their country -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"We call for restraint by all sides," Japan\'s ambassador to the Philippines said on '
        "Sunday.",
        "Japan's ambassador to the Philippines said Tokyo called for restraint in the South "
        "China Sea.",
        "The ambassador from Japan to the Philippines called for restraint in the South China Sea.",
    ],
)
def test_an_ambassador_speaks_for_the_sending_country_not_the_posting(extractor, sentence):
    found = extract(extractor, SHOAL + sentence)

    assert triples(found) == {("JPN", "south-china-sea-disputes", "calls_for_negotiation")}


def test_an_envoys_name_before_a_comma_and_their_office_is_theirs(extractor):
    text = SHOAL + (
        '"We call for restraint by all sides," said Kazuhiko Koshikawa, Japan\'s ambassador.'
    )

    found = extract(extractor, text)

    assert triples(found) == {("JPN", "south-china-sea-disputes", "calls_for_negotiation")}
    assert {c.speaker for c in found} == {"Kazuhiko Koshikawa"}
