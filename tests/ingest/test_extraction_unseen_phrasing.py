"""Positions news words in ways the engine long missed: blame without a condemning verb,
neutrality without the word, governments named by their form, topics fronted, thanks, and
signatories named before their statement; beside each, what must stay nothing."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer


def _gazetteer() -> Gazetteer:
    return small_gazetteer(
        countries=[
            {"iso3": "POL", "name": "Poland", "names": [["Polish", "demonym"],
                                                       ["Warsaw", "capital"]]},
            {"iso3": "FRA", "name": "France", "names": [["French", "demonym"],
                                                       ["Elysee", "metonym"]]},
            {"iso3": "MLI", "name": "Mali", "names": [["Malian", "demonym"]]},
            {"iso3": "NER", "name": "Niger", "names": [["Nigerien", "demonym"]]},
            {"iso3": "BFA", "name": "Burkina Faso", "names": [["Burkinabe", "demonym"]]},
            {"iso3": "AFG", "name": "Afghanistan", "names": [["Afghan", "demonym"],
                                                            ["Taliban", "metonym"]]},
            {"iso3": "JOR", "name": "Jordan", "names": [["Jordanian", "demonym"]]},
        ],
        people=[
            {"name": "Volodymyr Zelenskyy", "aliases": ["Zelenskyy", "Zelenskiy"], "terms": [
                {"country_iso3": "UKR", "office_title": "President of Ukraine",
                 "office_kind": "head_of_state", "start": "2019-05-20", "end": None}]},
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


def stances(extractor, text):
    return {
        (c.actor_country, c.stance, c.target_side)
        for c in extractor.extract(text, published=date(2024, 3, 5))
        if c.conflict == "russia-ukraine-war"
    }


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Poland said the responsibility for this war lies with Moscow alone.", "POL"),
        ("The blame lies squarely with Russia, the German government said.", "DEU"),
        ("Poland said there can be no equivalence between Russia and Ukraine.", "POL"),
        ('"There is no moral equivalence between the aggressor, Russia, and the victim, '
         'Ukraine," Scholz said.', "DEU"),
    ],
)  # fmt: skip
def test_blame_laid_without_a_condemning_verb_condemns_the_side_blamed(extractor, text, country):
    assert stances(extractor, text) == {(country, "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not say there was no equivalence between Russia and Ukraine.",
        "Analysts say the responsibility for this war lies with Moscow.",
        "Does the blame for this war lie with Russia?",
        "Poland said responsibility for the talks lies with the foreign ministry.",
        "Germany said it would be wrong to blame the latest escalation on Ukraine.",
        "Poland said it was unfair to condemn Russia alone for the war in Ukraine.",
    ],
)
def test_blame_denied_asked_or_laid_by_analysts_is_nobody_s(extractor, text):
    assert stances(extractor, text) == set()


def test_a_wrong_act_named_before_a_demand_keeps_the_demand(extractor):
    text = "Germany said Russia was wrong to attack Ukraine and must withdraw its troops."

    assert {stance for _, stance, _ in stances(extractor, text)} == {"condemns"}


@pytest.mark.parametrize(
    "text",
    [
        "India has kept its distance from both camps in the war in Ukraine.",
        "India insists on strategic autonomy over the war in Ukraine.",
        "India maintains balanced relations with both Russia and Ukraine.",
        "New Delhi has kept good ties with both Moscow and Kyiv since the invasion of Ukraine.",
        "Asked about the war in Ukraine, Modi said India would guard its strategic autonomy.",
        "India has walked a diplomatic tightrope between Russia and Ukraine.",
        "India has chosen not to take a position on the war in Ukraine.",
        "India abstained from condemning Russia and has avoided taking sides in the war in "
        "Ukraine.",
    ],
)
def test_keeping_both_sides_at_arm_s_length_is_neutrality(extractor, text):
    assert stances(extractor, text) == {("IND", "neutral", None)}


@pytest.mark.parametrize(
    "text",
    [
        "India kept its distance from Moscow after the invasion of Ukraine.",
        "Will India keep its distance from both camps in the war in Ukraine?",
        "India no longer maintains balanced relations with both Russia and Ukraine.",
        "India maintains balanced relations with both Russia and Ukraine, analysts say.",
        "Analyst Raja Mohan said India maintains balanced relations with both Russia and Ukraine.",
    ],
)
def test_distance_from_one_side_a_question_a_negation_or_an_analyst_is_no_neutrality(
    extractor, text
):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali's junta said it condemned the Russian invasion of Ukraine.",
         ("MLI", "condemns", "b")),
        ("The Taliban administration called for a ceasefire in the war in Ukraine.",
         ("AFG", "calls_for_negotiation", None)),
        ("Niger's military rulers called for a ceasefire in the war in Ukraine.",
         ("NER", "calls_for_negotiation", None)),
        ("The Nigerien junta has refused to take sides in the war in Ukraine.",
         ("NER", "neutral", None)),
        ("Burkina Faso's military government called for a ceasefire in the war in Ukraine.",
         ("BFA", "calls_for_negotiation", None)),
        ("Mali's transitional authorities said they supported Russia in the war in Ukraine.",
         ("MLI", "supports_side_b", None)),
        ("Mali's military junta on Tuesday voiced support for Russia in the war in Ukraine.",
         ("MLI", "supports_side_b", None)),
    ],
)  # fmt: skip
def test_a_government_named_by_its_form_speaks_for_its_country(extractor, text, expected):
    assert stances(extractor, text) == {expected}


def test_a_junta_denying_a_position_takes_none(extractor):
    text = "The junta did not condemn the Russian invasion of Ukraine, Malian officials said."

    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's government met on Monday. It remained firmly supportive of Ukraine.",
         ("DEU", "supports_side_a", None)),
        ("Germany's cabinet met on Monday. It has repeatedly called for a ceasefire in the war "
         "in Ukraine.", ("DEU", "calls_for_negotiation", None)),
        ("Saudi Arabia hosted the talks on Monday. The kingdom reiterated its call for a "
         "ceasefire in the war in Ukraine.", ("SAU", "calls_for_negotiation", None)),
    ],
)  # fmt: skip
def test_the_next_sentence_s_it_or_the_kingdom_is_the_country_before(extractor, text, expected):
    assert stances(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Germany met on Monday. It remained unclear whether Berlin would send Ukraine tanks.",
        "Germany met on Monday. It has been a year since the invasion of Ukraine.",
        "Saudi Arabia hosted the talks. The kingdom has not called for a ceasefire in the war "
        "in Ukraine.",
        "Saudi Arabia hosted the talks on Monday.\n\nThe kingdom called for a ceasefire in the "
        "war in Ukraine.",
    ],
)
def test_a_dummy_it_a_negation_or_a_new_paragraph_gives_the_country_nothing(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles struck Kyiv overnight. Zelenskiy thanked Germany for its support.",
         {("DEU", "supports_side_a", None)}),
        ("Kyiv is grateful to Poland for its unwavering help in the war.",
         {("POL", "supports_side_a", None)}),
        ("Ukrainian President Volodymyr Zelenskiy on Monday thanked Germany and Poland for their "
         "military support.", {("DEU", "supports_side_a", None), ("POL", "supports_side_a", None)}),
        ("On the war in Ukraine, Russia thanked China for its support.",
         {("CHN", "supports_side_b", None)}),
    ],
)  # fmt: skip
def test_the_country_thanked_for_its_help_supports_the_thanker_s_side(extractor, text, expected):
    assert stances(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck Kyiv. Zelenskiy thanked Germany for hosting the talks.",
        "Russian missiles struck Kyiv. Zelenskiy did not thank Germany for its support.",
        "Russian missiles struck Kyiv. Did Zelenskiy thank Germany for its support?",
        "Russian missiles struck Kyiv. Zelenskiy thanked Ukraine's air defence units for their "
        "work.",
    ],
)
def test_thanks_for_anything_but_help_denied_or_asked_back_no_one(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("For Qatar, the priority is an immediate ceasefire in the war in Ukraine.", "QAT"),
        ("In Brazil's view, only dialogue can end the war in Ukraine.", "BRA"),
        ("From Beijing's perspective, only negotiations can end the war in Ukraine.", "CHN"),
        ("As far as India is concerned, the war in Ukraine must be settled through dialogue.",
         "IND"),
        ("For Qatar, which hosted the talks, the priority is an immediate ceasefire in the war in "
         "Ukraine.", "QAT"),
        ("Brazil said only dialogue can end the war in Ukraine.", "BRA"),
    ],
)  # fmt: skip
def test_a_country_fronted_as_the_topic_holds_the_position_after_it(extractor, text, country):
    assert stances(extractor, text) == {(country, "calls_for_negotiation", None)}


def test_an_unnamed_ministry_after_a_fronted_topic_is_the_topic_s(extractor):
    text = (
        "Mali's junta said it would not take sides in the war in Ukraine. As far as Brazil is "
        "concerned, only dialogue can end the war, the foreign ministry said."
    )

    assert stances(extractor, text) == {
        ("MLI", "neutral", None),
        ("BRA", "calls_for_negotiation", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In Brazil, diplomats believe only dialogue can end the war in Ukraine.",
        "From Brazil, only dialogue can end the war in Ukraine, its diplomats believe.",
        "For Qatar, a ceasefire in the war in Ukraine is not the priority.",
        "For Qatar, analysts say, the priority is an immediate ceasefire in the war in Ukraine.",
        "For Qatar, is the priority an immediate ceasefire in the war in Ukraine?",
    ],
)
def test_a_place_a_negation_an_analyst_or_a_question_after_a_topic_is_no_position(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The statement was signed by Qatar, Egypt and Turkey. It called for an immediate "
         "ceasefire in the war in Ukraine.", {"QAT", "EGY", "TUR"}),
        ("The declaration, endorsed by Brazil, India and South Africa, was released on Monday. "
         "It urged talks to end the war in Ukraine.", {"BRA", "IND", "ZAF"}),
    ],
)  # fmt: skip
def test_it_after_a_statement_s_signatories_is_each_of_them(extractor, text, countries):
    assert stances(extractor, text) == {(c, "calls_for_negotiation", None) for c in countries}


@pytest.mark.parametrize(
    "text",
    [
        "The statement was signed by Qatar, Egypt and Turkey. It has been a year since the "
        "invasion of Ukraine.",
        "The statement was signed by Qatar, Egypt and Turkey. It did not call for a ceasefire in "
        "the war in Ukraine.",
    ],
)
def test_a_dummy_or_negated_it_after_the_signatories_is_no_position(extractor, text):
    assert stances(extractor, text) == set()


def test_support_given_to_a_side_backs_it(extractor):
    text = "Germany reaffirmed its steadfast support to Kyiv."

    assert stances(extractor, text) == {("DEU", "supports_side_a", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Japan provided humanitarian support to Ukraine.",
        "Japan provided humanitarian support for Ukraine.",
    ],
)
def test_humanitarian_support_backs_no_side(extractor, text):
    assert stances(extractor, text) == set()


def test_abstaining_from_a_condemnation_is_none(extractor):
    text = "India abstained from condemning Russia's invasion of Ukraine."

    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('Britain said Russia was the aggressor. "The aggressor must be held to account," the '
         "foreign secretary said of the war in Ukraine.", "GBR"),
        ("The summit called Russia the aggressor in the war in Ukraine.\n\nGermany said the "
         "aggressor must be held to account.", "DEU"),
        ("Ukraine was invaded by Russia, the aggressor. Poland said the aggressor must be held "
         "to account for the war in Ukraine.", "POL"),
        ("Britain said Russia was the aggressor.", "GBR"),
    ],
)  # fmt: skip
def test_the_aggressor_the_article_names_is_the_side_held_to_account(extractor, text, country):
    assert stances(extractor, text) == {(country, "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        "Germany said the aggressor must be held to account for the war in Ukraine.",
        "Ukraine was invaded by Russia, the aggressor. Poland said the aggressor must not be "
        "held to account for the war in Ukraine.",
        "Ukraine was invaded by Russia, the aggressor. Analysts say the aggressor must be held to "
        "account for the war in Ukraine.",
        "A refugee said Putin was the aggressor in the war in Ukraine.",
    ],
)
def test_an_aggressor_nobody_names_a_negation_or_an_analyst_holds_no_one_to_account(
    extractor, text
):
    assert stances(extractor, text) == set()
