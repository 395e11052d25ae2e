"""Reactions and the asides around them: a crisis called someone else's internal matter, a
party's autonomy plan endorsed, support a country is said to leave behind, a party's
representative sitting in a capital, an office holder's past in an apposition, a spokesman
of the presidency."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2024, 3, 5)
COUP = "Soldiers seized power in Myanmar on Monday and detained the civilian leadership.\n\n"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "MMR", "name": "Myanmar", "names": [["Burmese", "demonym"]]},
                {"iso3": "LAO", "name": "Laos", "names": [["Lao", "demonym"],
                                                         ["Vientiane", "capital"]]},
                {"iso3": "GHA", "name": "Ghana", "names": [["Ghanaian", "demonym"],
                                                          ["Accra", "capital"]]},
                {"iso3": "MAR", "name": "Morocco", "names": [["Moroccan", "demonym"]]},
            ],
            conflicts=[
                {"slug": "myanmar-civil-war", "name": "Myanmar civil war",
                 "aliases": ["Myanmar coup"],
                 "side_a_label": "Military junta (SAC)", "side_a_countries": ["MMR"],
                 "side_b_label": "National Unity Government and resistance forces",
                 "side_b_countries": []},
                {"slug": "western-sahara-conflict", "name": "Western Sahara conflict",
                 "aliases": ["Western Sahara dispute"],
                 "side_a_label": "Morocco", "side_a_countries": ["MAR"],
                 "side_b_label": "Polisario Front", "side_b_countries": []},
            ],
        )
    )  # fmt: skip


def extract(extractor, text):
    return extractor.extract(text, published=PUBLISHED)


# -- 1. "An internal matter" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"It\'s their internal affair," Lao Foreign Minister Saleumxay Kommasith told reporters.',
        "Lao Foreign Minister Saleumxay Kommasith called the takeover in Myanmar an internal "
        "matter.",
        "Lao Foreign Minister Saleumxay Kommasith said the crisis in Myanmar was a purely "
        "domestic affair.",
    ],
)
def test_calling_a_crisis_an_internal_matter_is_neutral(extractor, sentence):
    found = extract(extractor, COUP + sentence)

    assert ("LAO", "myanmar-civil-war", "neutral") in triples(found)


def test_a_partys_own_internal_affair_is_no_third_partys_restraint(extractor):
    text = (
        COUP + "Lao Foreign Minister Saleumxay Kommasith said Myanmar's internal affairs mattered."
    )

    found = extract(extractor, text)

    assert ("LAO", "myanmar-civil-war", "neutral") not in triples(found)


def test_a_dummy_it_before_a_noun_phrase_names_nobody(extractor):
    text = (
        COUP + "Ghana's foreign ministry issued a statement on the coup.\n\n"
        '"It is an internal matter," Lao Foreign Minister Saleumxay Kommasith said.'
    )

    found = extract(extractor, text)

    assert {c.actor_country for c in found if c.stance == "neutral"} == {"LAO"}


# -- 2. A party's plan endorsed; support left behind ----------------------------------------------


def test_endorsing_a_partys_autonomy_plan_supports_that_party(extractor):
    text = (
        "ACCRA, March 4 - Ghana has endorsed Morocco's autonomy plan for the Western Sahara "
        "dispute, the foreign ministry said on Monday."
    )

    found = extract(extractor, text)

    assert ("GHA", "western-sahara-conflict", "supports_side_a") in triples(found)


def test_an_autonomy_plan_called_the_only_sustainable_approach_is_support(extractor):
    text = (
        "Ghana's foreign ministry said it regarded Morocco's autonomy plan as the only "
        "sustainable approach to the Western Sahara dispute."
    )

    found = extract(extractor, text)

    assert ("GHA", "western-sahara-conflict", "supports_side_a") in triples(found)


@pytest.mark.parametrize(
    "phrase",
    [
        "a clear departure from Accra's decades-old support for the Polisario Front",
        "a break with its earlier support for the Polisario Front",
    ],
)
def test_support_a_country_leaves_behind_is_not_its_position(extractor, phrase):
    text = (
        f"Ghana's foreign minister said on Monday that the decision, {phrase}, was final in "
        "the Western Sahara dispute."
    )

    found = extract(extractor, text)

    assert ("GHA", "western-sahara-conflict", "supports_side_b") not in triples(found)


# -- 3. Who speaks --------------------------------------------------------------------------------


def test_a_partys_representative_in_a_capital_does_not_speak_for_that_country(extractor):
    text = (
        "Ghana has endorsed Morocco's autonomy plan for the Western Sahara dispute.\n\n"
        "A spokesman for the Polisario Front in Accra said the Sahrawi people would keep "
        "fighting for their independence and condemned the decision."
    )

    found = extract(extractor, text)

    assert not [c for c in found if c.evidence.startswith("A spokesman")]


def test_an_office_holders_past_in_an_aside_does_not_make_a_commentator(extractor):
    text = (
        COUP + "Cambodian Prime Minister Hun Sen, himself a former military commander, called "
        "for restraint in Myanmar."
    )

    found = extractor.extract(text, published=date(2021, 2, 2))

    assert [(c.actor_country, c.speaker) for c in found if c.stance != "neutral"] == [
        ("KHM", "Hun Sen")
    ]


def test_a_presidential_spokesman_speaks_for_the_demonyms_country(extractor):
    text = (
        COUP + "Ghanaian presidential spokesman Kojo Mensah urged all sides in Myanmar to "
        "exercise restraint."
    )

    found = extract(extractor, text)

    assert {(c.actor_country, c.speaker) for c in found} == {("GHA", "Kojo Mensah")}


# -- 4. A record's label naming the speaker with their office ---------------------------------


def test_a_label_with_the_speakers_office_starts_their_speech_in_a_record(extractor):
    text = (
        "Parliament — special sitting\n\n"
        "Speaker Anna Roth: The sitting is open. I give the floor to the Chancellor.\n\n"
        "Olaf Scholz, Federal Chancellor: Colleagues, this is a grave day for Europe.\n\n"
        "We condemn Russia's invasion of Ukraine in the strongest terms.\n\n"
        "Klaus Berg (Independent): Thank you, Madam Speaker.\n\n"
        "Petra Lenz (Greens): Thank you."
    )

    found = extractor.extract(text, published=date(2022, 2, 27))

    assert {(c.actor_country, c.stance, c.speaker) for c in found} == {
        ("DEU", "condemns", "Olaf Scholz")
    }


def test_a_place_and_its_country_before_a_colon_is_no_label(extractor):
    text = "Accra, Ghana: Ghana's foreign ministry urged restraint in Myanmar."

    found = extract(extractor, text)

    assert {(c.actor_country, c.speaker) for c in found} == {("GHA", None)}
