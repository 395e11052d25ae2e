"""Support for a side as news words it: superlative allies, arms donors, security pacts, who
must win the war, the one-China principle; and what stays the writer's description."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer


def _gazetteer() -> Gazetteer:
    return small_gazetteer(
        countries=[
            {"iso3": "TWN", "name": "Taiwan", "names": [["Taipei", "capital"]]},
            {"iso3": "POL", "name": "Poland", "names": [["Polish", "demonym"]]},
            {"iso3": "LVA", "name": "Latvia", "names": [["Latvian", "demonym"]]},
            {"iso3": "JPN", "name": "Japan", "names": [["Japanese", "demonym"]]},
            {"iso3": "BLR", "name": "Belarus", "names": [["Belarusian", "demonym"]]},
            {"iso3": "DZA", "name": "Algeria", "names": [["Algerian", "demonym"]]},
            {"iso3": "MAR", "name": "Morocco", "names": [["Moroccan", "demonym"]]},
            {"iso3": "ESH", "name": "Western Sahara", "names": [["Sahrawi", "demonym"]]},
            {"iso3": "YEM", "name": "Yemen", "names": [["Yemeni", "demonym"]]},
        ],
        conflicts=[
            {"slug": "yemen-civil-war", "name": "Yemen civil war", "aliases": ["war in Yemen"],
             "side_a_label": "Internationally recognised government and Saudi-led coalition",
             "side_a_countries": ["SAU", "YEM"],
             "side_b_label": "Houthis (Ansar Allah)", "side_b_countries": []},
            {"slug": "western-sahara-conflict", "name": "Western Sahara conflict",
             "aliases": ["Western Sahara dispute"],
             "side_a_label": "Morocco", "side_a_countries": ["MAR"],
             "side_b_label": "Polisario Front", "side_b_countries": []},
            {"slug": "cross-strait-relations", "name": "Cross-Strait relations",
             "aliases": ["one-China principle", "one-China policy", "Taiwan independence"],
             "side_a_label": "Taiwan", "side_a_countries": ["TWN"],
             "side_b_label": "China", "side_b_countries": ["CHN"]}
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


def stances(extractor, text):
    return {
        (c.actor_country, c.conflict, c.stance, c.kind)
        for c in extractor.extract(text, published=date(2024, 3, 5))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Poland remains Ukraine's staunchest ally, the Polish government said on Monday.",
        "Poland has been one of Kyiv's most vocal supporters since the start of the war.",
        "Poland has been a key military backer of Kyiv.",
        "Poland is Ukraine's second-largest military donor, the government said.",
    ],
)
def test_a_side_s_foremost_supporter_backs_it(extractor, text):
    assert ("POL", "russia-ukraine-war", "supports_side_a", "statement") in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Belarus, Russia's closest ally, said on Monday it would hold military exercises.",
        # two descriptions joined by "and": still the writer's
        "Belarus, Russia's closest ally and Poland's neighbour, said on Monday it would hold "
        "military exercises.",
    ],
)
def test_an_apposition_naming_a_side_s_ally_is_the_writer_s_description(extractor, text):
    assert stances(extractor, text) == set()


def test_a_subject_described_as_an_ally_still_takes_its_own_position(extractor):
    text = (
        "Belarus, Russia's closest ally and Poland's neighbour, said on Monday it stood "
        "firmly with Russia in the war in Ukraine."
    )

    assert ("BLR", "russia-ukraine-war", "supports_side_b", "statement") in stances(extractor, text)


def test_a_humanitarian_donor_backs_no_side(extractor):
    assert stances(extractor, "Japan is the biggest humanitarian donor to Ukraine.") == set()


def test_a_security_agreement_signed_with_a_side_backs_it(extractor):
    text = "Japan signed a bilateral security agreement with Ukraine on Monday."

    assert stances(extractor, text) == {("JPN", "russia-ukraine-war", "supports_side_a", "action")}


def test_quote_marks_around_shoulder_to_shoulder_keep_the_stand(extractor):
    text = 'Germany said it stood "shoulder to shoulder" with Ukraine.'

    assert ("DEU", "russia-ukraine-war", "supports_side_a", "statement") in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Latvia said Russia must lose this war.",
        '"Russia must not win this war," Scholz said on Monday.',
        "Scholz said Russia must not be allowed to win.",
        "Latvia said Ukraine must win the war.",
    ],
)
def test_who_must_win_the_war_is_the_side_backed(extractor, text):
    found = stances(extractor, text)

    assert {stance for _, _, stance, _ in found} == {"supports_side_a"}
    assert {country for country, _, _, _ in found} <= {"LVA", "DEU"}


def test_a_party_saying_it_must_win_backs_itself_which_is_no_stance(extractor):
    assert stances(extractor, "Ukraine must win this war, the Ukrainian government said.") == set()


def test_an_assessment_of_who_can_win_is_no_support(extractor):
    assert stances(extractor, "Analysts said Ukraine could still win the war.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia adheres to the one-China principle, the Cambodian government said.",
        'Pakistan firmly opposes any form of "Taiwan independence", its foreign ministry said.',
    ],
)
def test_the_one_china_principle_and_opposing_taiwan_independence_back_china(extractor, text):
    found = stances(extractor, text)

    assert {(stance, conflict) for _, conflict, stance, _ in found} == {
        ("supports_side_b", "cross-strait-relations")
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Washington announced a new $400 million weapons package for Ukraine.", "statement"),
        ("Germany and Poland will supply F-16s to Ukraine.", "statement"),
        ("The United States will give Ukraine another $2 billion in military aid.", "statement"),
        ("Poland has given Ukraine more than 1 billion euros in military aid.", "statement"),
        ("Germany will provide Ukraine with all the support it needs.", "statement"),
        ("Germany will help Ukraine build its air defences, Scholz said.", "statement"),
        ("Britain will train 10,000 Ukrainian soldiers every four months.", "action"),
    ],
)
def test_arms_aid_and_training_as_news_words_them_back_the_side(extractor, text, kind):
    found = stances(extractor, text)

    assert found
    assert {(conflict, stance, k) for _, conflict, stance, k in found} == {
        ("russia-ukraine-war", "supports_side_a", kind)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Japan will give Ukraine $100 million in humanitarian aid.",
        "Japan will provide Ukraine with all the humanitarian support it needs.",
        "Russia said it would train more pilots to fly its new fighters.",
        "Analysts said Germany would have to send more air defences to Ukraine before winter.",
        "The United States will help Ukraine rebuild its power grid.",
    ],
)
def test_humanitarian_aid_own_training_and_commentary_back_no_side(extractor, text):
    assert stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has been backed by Britain since the start of the war.",
        "Ukraine's fight against Russia has been supported by Britain from day one.",
    ],
)
def test_a_side_backed_in_the_present_perfect_passive_has_its_backer(extractor, text):
    assert stances(extractor, text) == {
        ("GBR", "russia-ukraine-war", "supports_side_a", "statement")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces, backed by Belarusian air defences, pushed west.",
        "Russia is backed by Belarus, according to analysts.",
        # "with the support of" names the giver
        "Separatist fighters seized Donetsk in Ukraine with the support of Russia, Poland said.",
        "Separatist fighters seized Donetsk in Ukraine with Russia's backing, Poland said.",
    ],
)
def test_backing_told_as_narration_is_nobody_s_statement(extractor, text):
    assert stances(extractor, text) == set()


def test_an_offensive_conducted_with_a_side_s_support_is_condemned_not_backed(extractor):
    text = (
        "Poland's envoy said the offensive in Ukraine, conducted \"with the support of Russian "
        'troops", was unacceptable.'
    )

    assert stances(extractor, text) == {("POL", "russia-ukraine-war", "condemns", "statement")}


def test_support_given_with_others_help_is_still_the_speaker_s(extractor):
    text = "Poland pledged its support for Ukraine, with the backing of parliament."

    assert ("POL", "russia-ukraine-war", "supports_side_a", "statement") in stances(extractor, text)


def test_helping_a_side_win_backs_it(extractor):
    text = "Latvia's government said Europe must do more to help Ukraine win."

    assert stances(extractor, text) == {
        ("LVA", "russia-ukraine-war", "supports_side_a", "statement")
    }


def test_troops_sent_to_fight_alongside_a_side_back_it(extractor):
    text = "Belarus has sent troops to fight alongside Russian forces, its defence ministry said."

    assert stances(extractor, text) == {("BLR", "russia-ukraine-war", "supports_side_b", "action")}


def test_a_demonym_given_to_a_side_names_its_conflict(extractor):
    text = "Algeria reaffirmed its support for the Sahrawi people's right to self-determination."

    assert stances(extractor, text) == {
        ("DZA", "western-sahara-conflict", "supports_side_b", "statement")
    }


@pytest.mark.parametrize(
    "text",
    [
        'Belarus pledged "full support" for Russia, its foreign ministry said.',
        "The Belarusian government said Belarus would always be with Russia.",
        "Belarus stands with brotherly Russia, the Belarusian government said.",
    ],
)
def test_support_through_a_quote_an_idiom_or_an_epithet_reaches_its_side(extractor, text):
    assert stances(extractor, text) == {
        ("BLR", "russia-ukraine-war", "supports_side_b", "statement")
    }


def test_support_for_a_country_s_armed_group_backs_the_group_s_side(extractor):
    text = "Iran voiced support for Yemen's Ansarullah movement, its foreign ministry said."

    assert stances(extractor, text) == {("IRN", "yemen-civil-war", "supports_side_b", "statement")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Poland said it "continues to support" Yemen\'s government in the war against the '
            "Houthis.",
            {("POL", "yemen-civil-war", "supports_side_a")},
        ),
        (
            'Poland said it "continues to support" refugees from Yemen in the war against the '
            "Houthis.",
            set(),
        ),
    ],
)
def test_a_quoted_verb_of_support_keeps_its_object_after_the_quote(extractor, text, expected):
    assert {triple[:3] for triple in stances(extractor, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia does not support either warring party in the war in Ukraine, the Latvian "
            "foreign minister said on Monday.",
            {("LVA", "russia-ukraine-war", "neutral")},
        ),
        (
            "Latvia supports neither warring side in the war in Ukraine, the Latvian foreign "
            "minister said on Monday.",
            {("LVA", "russia-ukraine-war", "neutral")},
        ),
        (
            "Latvia does not support the war in Ukraine, the Latvian foreign minister said.",
            set(),
        ),
    ],
)
def test_refusing_to_back_either_warring_party_is_neutrality(extractor, text, expected):
    assert {triple[:3] for triple in stances(extractor, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan supports the holding, at the right moment, of a peace summit on the war in "
            "Ukraine, the Japanese government said on Monday.",
            {("JPN", "russia-ukraine-war", "calls_for_negotiation")},
        ),
        (
            "Japan supports renewed dialogue between Russia and Ukraine, the Japanese "
            "government said on Monday.",
            {("JPN", "russia-ukraine-war", "calls_for_negotiation")},
        ),
        (
            "Japan backed out of talks between Russia and Ukraine on grain, the Japanese "
            "government said on Monday.",
            set(),
        ),
        (
            "Japan supports Ukraine, which it arms, and its peace plan for the war in Ukraine, "
            "the Japanese government said.",
            {("JPN", "russia-ukraine-war", "supports_side_a")},
        ),
    ],
)
def test_backing_talks_between_the_parties_or_a_conference_past_an_aside(extractor, text, expected):
    assert {triple[:3] for triple in stances(extractor, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia discussed Morocco's autonomy plan for Western Sahara on Monday. Japan, a "
            "recent convert, called the plan the most serious and credible basis for a deal.",
            {("JPN", "western-sahara-conflict", "supports_side_a")},
        ),
        (
            "Latvia discussed the autonomy plan proposed by Morocco for Western Sahara. Japan "
            "called the plan the most serious and credible basis for a deal.",
            {("JPN", "western-sahara-conflict", "supports_side_a")},
        ),
        (
            "Latvia discussed the Western Sahara dispute on Monday. Japan called the plan the "
            "most serious and credible basis for a deal.",
            set(),
        ),
    ],
)
def test_the_plan_is_the_plan_of_the_side_named_before(extractor, text, expected):
    assert {triple[:3] for triple in stances(extractor, text)} == expected
