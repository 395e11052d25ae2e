"""Phrasings of official texts: joint statements whose opening names each signatory's leader,
renouncing force, and offers to host the parties' next meeting."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples

PUBLISHED = date(2025, 3, 15)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def test_a_joint_statement_naming_each_leader_in_apposition_is_every_signatorys(extractor):
    text = (
        "We, the leaders of Brazil, Luiz Inácio Lula da Silva, of Germany, Olaf Scholz, and "
        "of Malaysia, Anwar Ibrahim, have met in Kuala Lumpur.\n\nWe call for an immediate "
        "ceasefire in the war in Ukraine."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {
        ("BRA", "russia-ukraine-war", "calls_for_negotiation"),
        ("DEU", "russia-ukraine-war", "calls_for_negotiation"),
        ("MYS", "russia-ukraine-war", "calls_for_negotiation"),
    }
    assert {c.speaker for c in found} == {"Luiz Inácio Lula da Silva", "Olaf Scholz",
                                         "Anwar Ibrahim"}  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "India and Pakistan agreed on Friday that neither side would threaten or use force "
        "against the other over the Kashmir conflict.",
        'India and Pakistan agreed that the two countries would "not, directly or indirectly, '
        'threaten or use force" over Kashmir.',
        "India and Pakistan pledged not to use force in the Kashmir conflict.",
    ],
)
def test_parties_renouncing_force_commit_to_a_peaceful_settlement(extractor, sentence):
    found = extractor.extract(sentence, published=PUBLISHED)

    assert triples(found) == {
        ("IND", "india-pakistan-conflict", "calls_for_negotiation"),
        ("PAK", "india-pakistan-conflict", "calls_for_negotiation"),
    }


def test_force_not_renounced_is_no_call(extractor):
    text = "India said it would use force in the Kashmir conflict if it had to."

    assert extractor.extract(text, published=PUBLISHED) == []


def test_an_offer_to_host_the_parties_next_meeting_is_an_offer_to_mediate(extractor):
    text = (
        "Qatar said on Friday it was ready to host the next meeting between India and "
        "Pakistan over the Kashmir conflict."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("QAT", "india-pakistan-conflict", "calls_for_negotiation")}


def test_an_envoy_of_the_named_country_speaks_for_it(extractor):
    text = (
        "Hamid Sultani, Permanent Representative of the Philippines, said his country condemned "
        "China's coercion in the South China Sea."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("PHL", "south-china-sea-disputes", "condemns")}


def test_thanking_those_who_voted_for_a_text_is_not_the_thankers_vote(extractor):
    text = (
        "The Assembly adopted a resolution calling for a ceasefire in the war in Ukraine. "
        "Ukraine's envoy thanked the members who supported the text."
    )

    assert extractor.extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamid Sultani, Permanent Representative of Pakistan, said the Council had failed. The "
        "only way to stop the killing, he added, was an immediate ceasefire in the Gaza war.",
        "Hamid Sultani, Pakistan's envoy, said the Gaza war had to end. The only way to stop the "
        "killing, he said on Friday, was an immediate and unconditional ceasefire.",
    ],
)
def test_the_only_way_being_a_ceasefire_is_a_call_said_in_a_parenthesis(extractor, text):
    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("PAK", "israel-hamas-war", "calls_for_negotiation")}
    assert {c.speaker for c in found} == {"Hamid Sultani"}


INTERVIEW = (
    "Ministry of Foreign Affairs\nTranscript of the interview of Foreign Minister Wang Yi with a "
    "broadcaster\n\nQ: Minister, thank you for joining us. How do you see the Kashmir "
    "conflict?\n\nFM: We call for restraint and dialogue in the Kashmir conflict.\n\nQ: Prime "
    "Minister Modi said on Monday that talks were impossible. Are talks possible?\n\nFM: We "
    "condemn the attacks on civilians in the Kashmir conflict in the strongest terms."
)


def test_an_interview_answered_under_the_office_initials_is_the_interviewees(extractor):
    found = extractor.extract(INTERVIEW, published=PUBLISHED)

    assert {(c.actor_country, c.stance, c.speaker) for c in found} == {
        ("CHN", "calls_for_negotiation", "Wang Yi"),
        ("CHN", "condemns", "Wang Yi"),  # not Modi, whom the question names
    }


def test_initials_answer_only_where_questions_are_labelled(extractor):
    text = INTERVIEW.replace("Q: ", "")

    found = extractor.extract(text, published=PUBLISHED)

    assert ("CHN", "condemns", "Wang Yi") not in {
        (c.actor_country, c.stance, c.speaker) for c in found
    }


def test_concern_about_the_situation_judges_no_act(extractor):
    text = "Brazil said it remained deeply concerned about the situation in the war in Ukraine."

    assert extractor.extract(text, published=PUBLISHED) == []


def test_concern_about_an_attack_still_condemns_it(extractor):
    text = "Brazil said it was deeply concerned about the attacks in the war in Ukraine."

    assert triples(extractor.extract(text, published=PUBLISHED)) == {
        ("BRA", "russia-ukraine-war", "condemns")
    }


def test_voters_listed_in_brackets_are_not_the_subject_of_what_follows(extractor):
    text = (
        "Adopting the resolution by 12 votes to none, with 3 abstentions (China, Pakistan, "
        "Russia), the Council condemned the attacks in the war in Ukraine."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert ("CHN", "russia-ukraine-war", "condemns") not in triples(found)
    assert ("PAK", "russia-ukraine-war", "condemns") not in triples(found)


def test_a_ceasefire_as_the_most_urgent_task_is_a_call(extractor):
    text = "On the Gaza war, China said a ceasefire was the most urgent task."

    assert triples(extractor.extract(text, published=PUBLISHED)) == {
        ("CHN", "israel-hamas-war", "calls_for_negotiation")
    }


def test_an_accusation_of_a_side_named_in_quotation_marks_condemns_it(extractor):
    text = 'Russia accused the "Kyiv regime" of prolonging the war in Ukraine.'

    found = extractor.extract(text, published=PUBLISHED)

    assert {(c.actor_country, c.stance, c.target_side) for c in found} == {("RUS", "condemns", "a")}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil said all parties must prioritise dialogue and diplomacy in the war in Ukraine.",
        "Brazil urged the parties to give priority to negotiations in the war in Ukraine.",
    ],
)
def test_putting_talks_first_is_a_call(extractor, text):
    assert triples(extractor.extract(text, published=PUBLISHED)) == {
        ("BRA", "russia-ukraine-war", "calls_for_negotiation")
    }


@pytest.mark.parametrize(
    "ministry",
    [
        "The Ministry of Foreign Affairs of the Republic of Türkiye",
        "The Ministry of Trade and Industry of Türkiye",
    ],
)
def test_a_ministry_named_by_its_portfolio_is_the_country_after_it(extractor, ministry):
    text = (
        "Brazil hosted a round of talks on the war in Ukraine on Monday.\n\n"
        f"{ministry} welcomed the talks and called for a ceasefire in Ukraine."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert ("TUR", "russia-ukraine-war", "calls_for_negotiation") in triples(found)
    assert ("BRA", "russia-ukraine-war", "calls_for_negotiation") not in triples(found)


def test_a_portfolio_without_a_country_after_it_names_none(extractor):
    text = (
        "Brazil hosted a round of talks on the war in Ukraine on Monday.\n\n"
        "The Ministry of Foreign Affairs of Lower Saxony welcomed the talks and called for a "
        "ceasefire in Ukraine."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert ("TUR", "russia-ukraine-war", "calls_for_negotiation") not in triples(found)


def test_an_unnamed_embassy_spokesperson_speaks_for_the_embassy_just_named(extractor):
    text = (
        "German Foreign Minister Annalena Baerbock said on Monday that Berlin stood with "
        "Ukraine.\n\n"
        "The Russian embassy in Berlin struck back within hours. \u201cThe shelling of Donetsk "
        "by Kyiv is a war crime,\u201d an embassy spokesperson said."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert ("RUS", "russia-ukraine-war", "condemns") in triples(found)
    assert ("DEU", "russia-ukraine-war", "condemns") not in triples(found)


def test_an_embassy_named_paragraphs_before_is_not_the_unnamed_ones(extractor):
    text = (
        "The Russian embassy in Berlin hosted a reception on Monday.\n\n"
        "Guests talked about the weather.\n\n"
        "German Foreign Minister Annalena Baerbock said on Tuesday that Berlin stood with "
        "Ukraine.\n\n"
        "\u201cThe shelling of Donetsk by Kyiv is a war crime,\u201d an embassy spokesperson "
        "said."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert ("RUS", "russia-ukraine-war", "condemns") not in triples(found)


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "Li Wei, spokesperson for the Philippine Affairs Office of China's State Council, "
            "said the provocations of the Philippines in the South China Sea were illegal.",
            "CHN",
        ),
        (
            "Maria Santos, spokesperson for the Philippine Department of Foreign Affairs, said "
            "the provocations of China in the South China Sea were illegal.",
            "PHL",
        ),
    ],
)
def test_a_country_before_affairs_is_the_offices_topic_not_its_state(extractor, text, holder):
    found = extractor.extract(text, published=PUBLISHED)

    assert {c.actor_country for c in found} == {holder}


def test_he_after_a_countrys_titled_delegate_is_that_delegate(extractor):
    text = (
        "Israel's ambassador, Dan Levi, said on Monday that Israel would keep fighting in "
        "Gaza.\n\n"
        "Omar Khalil, Permanent Representative of Palestine, thanked the members and asked "
        "them to stop what he described as genocide in Gaza."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("PSE", "israel-hamas-war", "condemns")}


def test_he_after_a_titled_delegate_met_as_an_object_is_still_the_subject(extractor):
    text = (
        "Israel's ambassador, Dan Levi, spoke on Monday.\n\n"
        "Levi later met the Permanent Representative of Palestine and condemned what he "
        "described as terrorism by Hamas in Gaza."
    )

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("ISR", "israel-hamas-war", "condemns")}


@pytest.mark.parametrize(
    ("definition", "later", "expected"),
    [
        (
            "Officials of the Ukrainian Ministry of Defence (UMD) met in Kyiv on Monday.",
            "The UMD condemned the Russian invasion of Ukraine.",
            ("UKR", "russia-ukraine-war", "condemns"),
        ),
        (
            "A ship of the Philippine Navy (PN) sailed on Monday.",
            "The PN said it supported Ukraine's sovereignty in the war in Ukraine.",
            ("PHL", "russia-ukraine-war", "supports_side_a"),
        ),
    ],
)
def test_a_state_bodys_acronym_speaks_for_its_country(extractor, definition, later, expected):
    found = extractor.extract(f"{definition}\n\n{later}", published=PUBLISHED)

    assert triples(found) == {expected}
    assert found[0].speaker is None  # a body, not a person


def test_a_movements_acronym_speaks_for_no_country(extractor):
    text = (
        "Fighters of the Ukrainian Liberation Front (ULF) met on Monday.\n\n"
        "The ULF condemned the Russian invasion of Ukraine."
    )

    assert extractor.extract(text, published=PUBLISHED) == []


def test_a_countrys_statement_named_by_its_demonym_speaks_for_it(extractor):
    text = "The Brazilian statement called for an immediate ceasefire in the war in Ukraine."

    found = extractor.extract(text, published=PUBLISHED)

    assert triples(found) == {("BRA", "russia-ukraine-war", "calls_for_negotiation")}
    assert found[0].speaker is None


def test_a_countrys_statement_read_by_others_is_no_position(extractor):
    text = "Reporters read the German statement on the war in Ukraine on Monday."

    assert extractor.extract(text, published=PUBLISHED) == []
