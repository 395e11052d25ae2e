"""Reactions worded without the usual verbs or objects: an act characterised as the subject of
a speaker's clause, an act condemned only as "this action", a side's plan endorsed as the basis
of a settlement; beside each, what must stay nothing."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer


def _gazetteer() -> Gazetteer:
    return small_gazetteer(
        countries=[
            {"iso3": "POL", "name": "Poland", "names": [["Polish", "demonym"],
                                                       ["Warsaw", "capital"]]},
            {"iso3": "MAR", "name": "Morocco", "names": [["Moroccan", "demonym"],
                                                        ["Rabat", "capital"]]},
            {"iso3": "ESP", "name": "Spain", "names": [["Spanish", "demonym"]]},
            {"iso3": "NLD", "name": "Netherlands", "names": [["Dutch", "demonym"]]},
            {"iso3": "DZA", "name": "Algeria", "names": [["Algerian", "demonym"]]},
        ],
        conflicts=[
            {"slug": "western-sahara-conflict", "name": "Western Sahara conflict",
             "aliases": ["Western Sahara"],
             "side_a_label": "Morocco", "side_a_countries": ["MAR"],
             "side_b_label": "Polisario Front", "side_b_countries": []},
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


def stances(extractor, text, conflict="russia-ukraine-war"):
    return {
        (c.actor_country, c.stance, c.target_side)
        for c in extractor.extract(text, published=date(2024, 3, 5))
        if c.conflict == conflict
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the agent after "by", the subject running over a list of places
        ('Poland\'s foreign ministry said the shelling by Russian forces of apartment blocks in '
         'Kharkiv, Sumy and Odesa was "reprehensible and deeply cynical."', "b"),
        # the victim named: the other side is condemned
        ("Poland said the bombardment of Ukrainian towns, villages and power plants over the "
         "winter was utterly unacceptable.", "b"),
    ],
)  # fmt: skip
def test_an_act_a_speaker_characterises_after_the_speech_verb_is_condemned(extractor, text, target):
    assert stances(extractor, text) == {("POL", "condemns", target)}


@pytest.mark.parametrize(
    "text",
    [
        # no act of war in the subject
        "Poland said the queues at the border in Kharkiv, Sumy and Odesa were unacceptable.",
        # a negation
        "Poland did not say the shelling by Russian forces of Kharkiv, Sumy and Odesa was "
        "unacceptable.",
        # a party justifying its own forces' act
        "Moscow said the strikes by Russian forces on Kharkiv, Sumy and Odesa were justified "
        "and lawful.",
    ],
)
def test_a_characterisation_of_no_act_or_a_party_s_own_act_is_nothing(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck Kyiv overnight. Poland strongly condemns this action, the "
        "Polish foreign ministry said.",
        "Russian drones hit a power plant near Kyiv. Poland condemned these reckless moves.",
        'Russian drones hit a power plant near Kyiv. Poland condemned what it called "a '
        'cynical act" against civilians.',
    ],
)
def test_a_condemned_act_referred_back_to_is_an_object(extractor, text):
    assert stances(extractor, text) == {("POL", "condemns", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck Kyiv overnight. Poland does not condemn this action.",
        "Russian missiles struck Kyiv overnight. Poland condemned this decision by its court.",
    ],
)
def test_a_referred_act_not_condemned_or_no_act_is_nothing(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Spain considers the Moroccan initiative the most serious, realistic and credible "
        "basis for settling the dispute over Western Sahara.",
        'The Netherlands views the autonomy plan submitted by Morocco in 2007 as "the most '
        'credible basis" for a solution in Western Sahara.',
        "The Netherlands recognised Morocco's full sovereignty over Western Sahara.",
    ],
)
def test_a_side_s_plan_endorsed_as_the_basis_of_a_settlement_supports_it(extractor, text):
    (country,) = {c for c, _, _ in stances(extractor, text, "western-sahara-conflict")}
    assert stances(extractor, text, "western-sahara-conflict") == {
        (country, "supports_side_a", None)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Spain is considering the Moroccan initiative on Western Sahara.",
        "Algeria does not consider the Moroccan initiative the most serious basis for a "
        "settlement in Western Sahara.",
        # a party endorsing its own plan
        "Rabat considers its autonomy plan the most credible basis for a solution in Western "
        "Sahara.",
    ],
)
def test_a_plan_weighed_rejected_or_a_party_s_own_is_nothing(extractor, text):
    assert stances(extractor, text, "western-sahara-conflict") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Poland's foreign ministry said Russia had crossed all red lines by shelling the "
        "nuclear plant.",
        '"Russia has once again committed a monstrous crime," Poland said of the strike.',
        'Warsaw said Moscow had "declared war on" the civilians of Ukraine.',
        "Poland said the Russian army had committed another provocation on the border.",
    ],
)
def test_an_act_of_war_laid_at_a_side_s_door_is_the_speaker_s_condemnation(extractor, text):
    assert stances(extractor, text) == {("POL", "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        # narration: nobody speaks
        "Russia has crossed red lines, and the front has moved west.",
        # a negation, and a party's own act
        "Poland said Russia had not crossed any red lines.",
        "Moscow said Ukraine had crossed no red lines and Russia had crossed the river.",
    ],
)
def test_a_side_s_act_narrated_or_denied_is_nothing(extractor, text):
    assert stances(extractor, text) == set()


def test_a_crime_denied_by_a_third_country_is_nothing(extractor):
    text = "Poland said Russia had committed no crimes in the village, to general surprise."

    assert stances(extractor, text) == set()


def test_a_relative_clause_adding_the_subject_s_own_reaction_is_its_position(extractor):
    text = (
        "Germany condemned the strikes on Kyiv by Russia on Friday, and Poland, which also "
        "condemned the strikes that day, urged restraint."
    )

    assert ("POL", "condemns", None) in stances(extractor, text)


def test_a_relative_clause_of_background_about_the_subject_is_still_nothing(extractor):
    text = "Poland, which condemned the invasion in 2022, hosted a trade fair on Tuesday."

    assert stances(extractor, text) == set()


def test_readiness_to_defend_a_side_backs_it(extractor):
    text = "Poland said it was ready to help defend Ukraine if Russia attacked again."

    assert stances(extractor, text) == {("POL", "supports_side_a", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Poland said it was ready to defend itself and its airspace.",
        "Poland said it was not ready to defend Ukraine with its own troops.",
    ],
)
def test_readiness_to_defend_oneself_or_denied_backs_nobody(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Poland said on Monday it would pause most direct bilateral cooperation with Russia.",
        "Poland sanctioned Oleg Petrov, Russia's deputy defence minister, on Friday.",
    ],
)
def test_aid_paused_or_an_official_sanctioned_condemns_their_side(extractor, text):
    assert stances(extractor, text) == {("POL", "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        "Talks sanctioned by the UN resumed in Geneva between Russia and Ukraine.",
        "Poland said new sanctions designations on shipping firms were being studied.",
        "Poland did not pause its cooperation with Russia on fishing.",
    ],
)
def test_a_sanction_by_another_or_no_pause_is_nothing(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        '"Russia\'s aggression against our neighbours must have a cost," the Polish foreign '
        "ministry said.",
        "Poland said Russia would pay a heavy price for the strike on Kyiv.",
        "Poland said Russia's latest attack would not go unpunished.",
    ],
)
def test_an_act_that_must_cost_its_doer_condemns_the_doer(extractor, text):
    assert stances(extractor, text) == {("POL", "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        # narration, and a price that falls on nobody's side
        "Russia will pay a heavy price for its gas next winter, and Ukraine will too.",
        "Poland said consumers would pay a heavy price for the war in Ukraine.",
    ],
)
def test_a_price_narrated_or_paid_by_no_side_is_nothing(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moroccan forces launched an offensive in the Western Sahara conflict on Monday. "
            '"We strongly condemn it," the Algerian foreign minister told reporters.',
            [("DZA", "condemns")],
        ),
        (
            "The Polish foreign minister met his Dutch counterpart in Warsaw on Monday to discuss "
            'the Western Sahara conflict. "We strongly condemn it," he told reporters.',
            [],
        ),
    ],
)
def test_what_is_condemned_may_be_a_pronoun_for_an_act_named_just_before(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 1, 15))

    assert [(c.actor_country, c.stance) for c in candidates] == expected
