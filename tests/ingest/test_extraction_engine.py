"""The extraction engine on short wire-style texts, against a small hand-built gazetteer."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from ingest.extraction.rules import default_rules
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer())


def only(candidates, country, stance):
    found = [c for c in candidates if c.actor_country == country and c.stance == stance]
    assert found, [(c.actor_country, c.stance) for c in candidates]
    return found[0]


# -- who speaks ---------------------------------------------------------------------------


def test_a_title_and_name_after_the_quote_make_the_country_speak(extractor):
    text = (
        "Cambodia does not side with any of the parties in the Russia-Ukraine conflict, "
        "Prime Minister Hun Sen said on Wednesday."
    )

    (candidate,) = extractor.extract(text, published=date(2022, 3, 3))

    assert (candidate.actor_country, candidate.stance) == ("KHM", "neutral")
    assert candidate.speaker == "Hun Sen"
    assert candidate.speaker_office == "Prime Minister of Cambodia"
    assert candidate.kind == "statement"
    assert candidate.date == date(2022, 3, 2)
    assert candidate.evidence == text[candidate.start : candidate.end]
    assert candidate.evidence.startswith("Cambodia does not side")


def test_a_pronoun_after_a_quote_points_to_the_person_last_quoted(extractor):
    text = (
        "Turkish President Tayyip Erdogan spoke by phone with Vladimir Zelensky on Monday "
        "about the war in Ukraine.\n\n"
        '"We call on both sides to return to the negotiating table," he said.'
    )

    candidate = only(extractor.extract(text, published=date(2022, 3, 8)), "TUR",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Recep Tayyip Erdoğan"
    assert candidate.date == date(2022, 3, 7)


def test_a_transcript_s_speaker_label_attributes_the_paragraph(extractor):
    text = (
        "Press conference on the Russia-Ukraine conflict, March 8\n\n"
        "Q: What is your comment on the war?\n\n"
        "Wang Yi: We call on all parties to exercise restraint and resume peace talks."
    )

    (candidate,) = extractor.extract(text, published=date(2022, 3, 8))

    assert (candidate.actor_country, candidate.stance) == ("CHN", "calls_for_negotiation")
    assert candidate.speaker == "Wang Yi"
    assert candidate.evidence == (
        "We call on all parties to exercise restraint and resume peace talks."
    )


def test_a_capital_and_a_ministry_speak_for_their_country_without_a_named_speaker(extractor):
    text = (
        "Beijing urged restraint on Tuesday as fighting in the war in Ukraine intensified. "
        "China's foreign ministry said in a statement that it called for an immediate "
        "ceasefire and peace talks."
    )

    candidates = extractor.extract(text, published=date(2022, 3, 2))

    assert triples(candidates) == {("CHN", "russia-ukraine-war", "calls_for_negotiation")}
    assert all(c.speaker is None for c in candidates)


def test_a_person_named_in_full_is_known_by_one_name_later(extractor):
    text = (
        "Chinese Foreign Minister Wang Yi met envoys in Beijing on Monday.\n\n"
        "Wang said China called for peace talks to end the war in Ukraine."
    )

    candidate = only(extractor.extract(text, published=date(2022, 3, 8)), "CHN",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Wang Yi"


def test_an_official_the_gazetteer_lacks_keeps_their_country_when_named_again(extractor):
    text = (
        "Iran's Deputy Foreign Minister Kazem Gharibabadi met envoys in Tehran on Monday.\n\n"
        "Gharibabadi said Iran condemned the Israeli strikes on Gaza in the Gaza war."
    )

    candidate = only(extractor.extract(text, published=date(2024, 1, 9)), "IRN", "condemns")

    assert candidate.speaker == "Kazem Gharibabadi"  # the full name the article gave
    assert candidate.target_side == "a"


def test_the_premier_is_whoever_the_article_named_as_premier(extractor):
    text = (
        "Prime Minister Hun Sen spoke at a ceremony in Phnom Penh on Wednesday.\n\n"
        "The premier stated that Cambodia would keep its policy of non-alignment in the "
        "Russia-Ukraine conflict."
    )

    candidate = only(extractor.extract(text, published=date(2022, 3, 3)), "KHM", "neutral")

    assert candidate.speaker == "Hun Sen"
    assert candidate.date == date(2022, 3, 2)


@pytest.mark.parametrize(
    ("spokespersons", "speaker"),
    [
        ((("Mao Ning", "2022-09-01"),), "Mao Ning"),
        ((("Mao Ning", "2022-09-01"), ("Lin Jian", "2024-01-01")), None),
    ],
)
def test_a_post_held_by_several_at_once_names_no_one_of_them(spokespersons, speaker):
    gazetteer = small_gazetteer(
        people=[
            {"name": name, "aliases": [], "terms": [
                {"country_iso3": "CHN", "office_title": "Foreign Ministry Spokesperson",
                 "office_kind": "spokesperson", "start": start, "end": None}]}
            for name, start in spokespersons
        ]
    )  # fmt: skip
    text = (
        "A Chinese foreign ministry spokesperson condemned the Philippines' provocations in the "
        "South China Sea on Monday."
    )

    candidates = Extractor(gazetteer).extract(text, published=date(2024, 6, 4))

    assert only(candidates, "CHN", "condemns").speaker == speaker


# -- reported speech ------------------------------------------------------------------------


def test_reported_speech_is_the_reported_country_s_statement_on_the_day_it_was_said(extractor):
    text = (
        "Hun Sen said on March 2 that Malaysian Prime Minister Ismail Sabri Yaakob told him "
        "on February 24 that Malaysia would stay neutral in the Russia-Ukraine conflict."
    )

    candidates = extractor.extract(text, published=date(2022, 3, 3))

    malaysia = only(candidates, "MYS", "neutral")
    assert malaysia.kind == "reported_speech"
    assert malaysia.speaker == "Ismail Sabri Yaakob"
    assert malaysia.date == date(2022, 2, 24)
    assert "KHM" not in {c.actor_country for c in candidates}


def test_a_country_s_claim_about_another_country_is_not_that_country_s_position(extractor):
    text = (
        "Brazilian President Luiz Inácio Lula da Silva said on Monday that China stands with "
        "Russia in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 4, 18))

    assert "CHN" not in {c.actor_country for c in candidates}


# -- stance, negation and side ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "India refused to condemn Russia's invasion of Ukraine, its foreign ministry said.",
        "India has not condemned the Russian invasion of Ukraine, its foreign ministry said.",
        "India did not explicitly condemn the war in Ukraine, its foreign ministry said.",
    ],
)
def test_a_negated_condemnation_is_no_condemnation(extractor, sentence):
    candidates = extractor.extract(sentence, published=date(2022, 3, 3))

    assert ("IND", "russia-ukraine-war", "condemns") not in triples(candidates)


def test_a_contracted_negation_is_read_as_one(extractor):
    text = '"We don\'t take sides in the war in Ukraine," Hun Sen said on Wednesday.'

    (candidate,) = extractor.extract(text, published=date(2022, 3, 3))

    assert (candidate.actor_country, candidate.stance) == ("KHM", "neutral")
    assert candidate.evidence == "We don't take sides in the war in Ukraine"


def test_refusing_to_send_weapons_is_neutrality_not_support(extractor):
    text = (
        "Brazil will not send weapons or ammunition to Ukraine, President Luiz Inácio Lula "
        "da Silva said on Monday, as Chancellor Olaf Scholz visited Brasilia to discuss the "
        "war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 1, 31))

    assert triples(candidates) == {("BRA", "russia-ukraine-war", "neutral")}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Germany condemned Russia's invasion of Ukraine, Chancellor Olaf Scholz said.", "b"),
        ("Germany condemned the invasion of Ukraine, Chancellor Olaf Scholz said.", "b"),
        ("Germany condemned the killing of civilians in the war in Ukraine, Scholz said.", None),
    ],
)
def test_a_condemnation_names_the_side_it_condemns(extractor, sentence, target):
    candidate = only(extractor.extract(sentence, published=date(2022, 3, 3)), "DEU", "condemns")

    assert candidate.target_side == target
    assert candidate.speaker == "Olaf Scholz"


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany imposed new sanctions on Russia over its invasion of Ukraine, Scholz said.",
        "Germany recalled its ambassador from Moscow over the war in Ukraine on Monday.",
    ],
)
def test_sanctions_and_recalled_envoys_condemn_the_side_they_aim_at(extractor, sentence):
    candidate = only(extractor.extract(sentence, published=date(2022, 3, 8)), "DEU", "condemns")

    assert (candidate.kind, candidate.target_side) == ("action", "b")


def test_support_names_its_side(extractor):
    text = (
        '"Germany will continue to support Ukraine for as long as it is necessary," '
        "Chancellor Olaf Scholz said on Monday, nearly a year into the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 1, 31))

    assert triples(candidates) == {("DEU", "russia-ukraine-war", "supports_side_a")}


def test_support_for_refugees_from_a_side_is_not_support_for_that_side(extractor):
    text = (
        "Germany pledged continued support for refugees from Ukraine, Chancellor Olaf Scholz "
        "said on Monday, as the war in Ukraine entered its second year."
    )

    assert extractor.extract(text, published=date(2023, 2, 28)) == []


def test_a_call_for_talks_by_someone_else_is_that_country_s(extractor):
    text = (
        "Chinese Foreign Minister Wang Yi called on Russia and Ukraine on Saturday to resolve "
        "their differences through dialogue and negotiation."
    )

    candidate = only(
        extractor.extract(text, published=date(2022, 3, 7)), "CHN", "calls_for_negotiation"
    )

    assert candidate.speaker == "Wang Yi"
    assert candidate.conflict == "russia-ukraine-war"
    assert candidate.date == date(2022, 3, 5)


def test_a_vote_tally_gives_each_listed_country_its_vote(extractor):
    text = (
        "UNITED NATIONS, March 2 (Wire) - The U.N. General Assembly on Wednesday adopted a "
        "resolution that deplores the aggression by the Russian Federation against Ukraine.\n\n"
        "Among the 35 countries that abstained were China, India, Pakistan and South Africa. "
        "Russia voted against the resolution."
    )

    candidates = extractor.extract(text, published=None)

    abstaining = {c.actor_country for c in candidates if c.stance == "abstains"}
    assert abstaining == {"CHN", "IND", "PAK", "ZAF"}
    assert {c.conflict for c in candidates} == {"russia-ukraine-war"}
    assert all(c.kind == "vote" and c.date == date(2022, 3, 2) for c in candidates)


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany called Wednesday for an immediate ceasefire in the war in Ukraine.",
        "Germany called late on Wednesday for an immediate ceasefire in the war in Ukraine.",
        "Germany has called repeatedly for an immediate ceasefire in the war in Ukraine.",
        "Germany called in a statement for an immediate ceasefire in the war in Ukraine.",
    ],
)
def test_words_between_called_and_for_keep_the_call(extractor, sentence):
    candidates = extractor.extract(sentence, published=date(2024, 3, 8))

    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") in triples(candidates)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are not on anyone\'s side in the war in Ukraine," Prime Minister Narendra Modi said.',
        "India will keep a balanced policy on the war in Ukraine, Narendra Modi said.",
    ],
)
def test_no_one_s_side_and_a_balanced_policy_are_neutral(extractor, sentence):
    candidates = extractor.extract(sentence, published=date(2023, 7, 4))

    assert ("IND", "russia-ukraine-war", "neutral") in triples(candidates)


def test_restraint_from_the_parties_is_asked_of_them_not_said_by_them(extractor):
    candidates = extractor.extract(
        "Germany called for restraint from Russia and Ukraine in the war in Ukraine.",
        published=date(2023, 7, 4),
    )

    assert triples(candidates) == {("DEU", "russia-ukraine-war", "calls_for_negotiation")}


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "published", "expected"),
    [
        ("on March 2", date(2022, 3, 3), date(2022, 3, 2)),
        ("on 2 March 2022", None, date(2022, 3, 2)),
        ("on March 2, 2022", None, date(2022, 3, 2)),
        ("on Wednesday", date(2022, 3, 3), date(2022, 3, 2)),
        ("yesterday", date(2022, 3, 3), date(2022, 3, 2)),
        ("a week ago", date(2022, 3, 9), date(2022, 3, 2)),
    ],
)
def test_a_statement_is_dated_the_day_it_was_made(extractor, when, published, expected):
    text = (
        f"China called for peace talks {when} to end the war in Ukraine, foreign ministry "
        "spokesperson Wang Wenbin said."
    )

    (candidate,) = extractor.extract(text, published=published)

    assert (candidate.date, candidate.date_precision) == (expected, "day")


def test_without_a_year_the_conflict_start_and_the_weekday_place_the_date(extractor):
    text = (
        "Speaking on March 2, Hun Sen said Cambodia does not side with any of the parties in "
        "the Russia-Ukraine conflict.\n\n"
        "Prime Minister Hun Sen speaks at the ceremony on Wednesday."
    )

    (candidate,) = extractor.extract(text)

    assert candidate.date == date(2022, 3, 2)


def test_a_month_without_a_day_gives_a_month_period(extractor):
    text = "In March 2022, India called for dialogue and diplomacy to end the war in Ukraine."

    (candidate,) = extractor.extract(text, published=date(2022, 6, 1))

    assert candidate.date is None
    assert (candidate.date_precision, candidate.date_period) == ("month", "2022-03")
    assert candidate.to_contract_dict("doc")["date_period"] == "2022-03"


# -- what is not a country's position ---------------------------------------------------------


def test_an_analyst_s_commentary_is_no_country_s_position(extractor):
    text = (
        "Kin Phea, director of the Royal Academy of Cambodia's International Relations "
        "Institute, said Cambodia's policy of neutrality in the Russia-Ukraine conflict was "
        "wise.\n\n"
        '"Cambodia should never take sides in the war," Phea said.'
    )

    assert extractor.extract(text, published=date(2022, 3, 3)) == []


def test_a_bloc_position_its_speaker_disclaims_is_not_recorded(extractor):
    text = (
        "ASEAN does not side with any party in the Russia-Ukraine conflict, Hun Sen said, "
        "adding that his view was not reflective of the bloc's position."
    )

    candidates = extractor.extract(text, published=date(2022, 3, 3))

    assert all(c.actor_bloc is None for c in candidates)


def test_a_party_justifying_its_own_operation_is_not_recorded(extractor):
    text = (
        "The Kremlin said on Monday the special military operation in Ukraine would continue "
        "until its goals were met, and that Russia had every right to defend itself."
    )

    assert extractor.extract(text, published=date(2022, 3, 8)) == []


def test_a_principle_naming_no_side_is_not_a_condemnation(extractor):
    text = (
        '"We respect international law and we are against the use of force," Hun Sen said '
        "when asked about the Russia-Ukraine conflict."
    )

    assert extractor.extract(text, published=date(2022, 3, 3)) == []


@pytest.mark.parametrize(
    "text",
    [
        # Markets and shipping: the war is the background, nobody takes a position.
        "Wheat prices rose 3% on Monday as traders weighed the impact of the war in Ukraine on "
        "Black Sea exports. Analysts said shipping insurance costs had doubled since the "
        "invasion, and Indian importers were looking for other suppliers.",
        # A backgrounder on the conflict's history.
        "The Kashmir conflict dates back to the partition of British India in 1947. India and "
        "Pakistan have fought three wars over the region, which both claim in full. A ceasefire "
        "line, the Line of Control, has divided it since 1972.",
        # An assessment, not support.
        "Russia will not win the war, Hun Sen said on Wednesday, offering his reading of the "
        "military situation in the Russia-Ukraine conflict.",
    ],
)
def test_a_text_where_no_country_takes_a_position_gives_nothing(extractor, text):
    assert extractor.extract(text, published=date(2022, 3, 3)) == []


def test_an_empty_text_gives_nothing(extractor):
    assert extractor.extract("", published=None) == []
    assert extractor.extract("   \n\n ", published=None) == []


# -- whole wire stories ---------------------------------------------------------------------

SECURITY_COUNCIL = """\
UNITED NATIONS, Dec 8 (Wire) - The United States on Friday vetoed a U.N. Security Council \
demand for an immediate humanitarian ceasefire in the Gaza war, while Britain abstained.

Thirteen other council members voted in favour of the brief draft resolution, which called for \
an immediate humanitarian ceasefire in Gaza.

China's U.N. Ambassador Zhang Jun said the veto showed "double standards" and urged the council \
to push for a ceasefire. Russia's envoy accused Washington of issuing "a death sentence" to \
thousands of civilians in Gaza.
"""

ANALYSIS = """\
Why the Gaza war is reshaping Gulf diplomacy

ANALYSIS - When Hamas fighters crossed into southern Israel on Oct. 7, Gulf capitals were in \
the middle of a delicate rapprochement with Israel. Three months on, analysts say the war has \
frozen normalisation talks but not ended them.

"Riyadh's calculus has not fundamentally changed," said Hasan Alhasan, a fellow at a London \
institute. "The kingdom still wants a defence pact with Washington, and normalisation is the \
price."

Diplomats in the region say Qatar's role as a mediator has grown, with the emirate hosting \
talks that produced a week-long truce in November. "Nobody in the Gulf wants a regional war," \
said a Western diplomat who asked not to be named.
"""

SHIPPING = """\
Shipping firms reroute around Africa as Red Sea attacks mount

LONDON, Jan 10 (Wire) - Global container lines said on Wednesday they would keep diverting \
ships around the Cape of Good Hope after a wave of attacks on vessels in the Red Sea.

Freight rates have more than doubled since December, according to Drewry. Egypt's Suez Canal \
Authority said revenue had fallen 40% from a year earlier.
"""

READOUT = """\
Readout of Prime Minister Modi's call with President Putin

NEW DELHI, July 1 (Wire) - Prime Minister Narendra Modi spoke with Russian President Vladimir \
Putin by telephone on Friday, the Indian foreign ministry said.

On the war in Ukraine, Prime Minister Modi reiterated India's long-standing position in favour \
of dialogue and diplomacy.
"""


def test_a_security_council_story_gives_the_veto_the_abstention_and_the_call():
    candidates = Extractor(small_gazetteer()).extract(SECURITY_COUNCIL, published=None)

    assert triples(candidates) == {
        ("USA", "israel-hamas-war", "other"),
        ("GBR", "israel-hamas-war", "abstains"),
        ("CHN", "israel-hamas-war", "calls_for_negotiation"),
    }
    china = only(candidates, "CHN", "calls_for_negotiation")
    assert china.speaker == "Zhang Jun"
    assert {c.date for c in candidates} == {date(2023, 12, 8)}
    assert only(candidates, "USA", "other").kind == "vote"


@pytest.mark.parametrize("text", [ANALYSIS, SHIPPING], ids=["analysis", "shipping"])
def test_analysis_and_business_stories_give_nothing(extractor, text):
    assert extractor.extract(text, published=date(2024, 1, 10)) == []


def test_a_readout_dated_by_its_dateline_and_weekday(extractor):
    (candidate,) = extractor.extract(READOUT, published=None)

    assert (candidate.actor_country, candidate.stance) == ("IND", "calls_for_negotiation")
    assert candidate.speaker == "Narendra Modi"
    assert candidate.date == date(2022, 7, 1)


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        ("UNITED NATIONS, March 2 (Reuters) - Britain condemned the war in Ukraine.", 2),
        ("UNITED NATIONS, March 2 (Reuters) - Britain condemned the war in Ukraine on Tuesday.", 1),
        ("KYIV, March 2 (Reuters) - Britain said yesterday it condemned the war in Ukraine.", 1),
    ],
)
def test_a_wire_datelines_day_dates_what_the_story_does_not(extractor, text, said_on):
    (candidate,) = extractor.extract(text, published=None)

    assert candidate.date == date(2022, 3, said_on)


def test_a_groups_examples_may_open_on_the(extractor):
    text = (
        "Western countries, including the United States, Britain and Germany, condemned the "
        "war in Ukraine."
    )

    found = triples(extractor.extract(text, published=date(2024, 2, 26)))

    assert {t[0] for t in found} == {"USA", "GBR", "DEU"}


def test_the_government_of_a_country_is_that_countrys(extractor):
    text = "The government of Egypt called for a ceasefire in the war in Gaza."

    found = triples(extractor.extract(text, published=date(2024, 4, 15)))

    assert found == {("EGY", "israel-hamas-war", "calls_for_negotiation")}


def test_a_day_between_the_speech_verb_and_its_clause_keeps_the_speaker(extractor):
    text = "Britain said yesterday it condemned the war in Ukraine."

    (candidate,) = extractor.extract(text, published=date(2024, 4, 15))

    assert (candidate.actor_country, candidate.date) == ("GBR", date(2024, 4, 14))


# -- language the engine was not tuned on ------------------------------------------------


def test_the_leaders_of_a_joint_statement_are_both_signatories(extractor):
    text = (
        "Joint statement of China and Brazil\n\n"
        "China and Brazil released a joint statement in Beijing on Thursday.\n\n"
        "The two sides called for peace talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2024, 5, 24))

    assert triples(candidates) == {
        ("CHN", "russia-ukraine-war", "calls_for_negotiation"),
        ("BRA", "russia-ukraine-war", "calls_for_negotiation"),
    }


def test_the_two_countries_outside_a_joint_statement_are_what_a_speaker_talks_about(extractor):
    text = (
        "Wang Yi said on Monday that the two countries would settle the South China Sea "
        "disputes through dialogue, meeting Philippine envoys."
    )

    candidates = extractor.extract(text, published=date(2022, 8, 10))

    assert triples(candidates) == {("CHN", "south-china-sea-disputes", "calls_for_negotiation")}


def test_an_answer_takes_its_conflict_from_its_own_question(extractor):
    text = (
        "Regular press conference, March 8\n\n"
        "Q: What is China's position on the war in Ukraine?\n\n"
        "Wang Yi: China is objective and impartial.\n\n"
        "Q: Trade officials meet next week. What do you expect?\n\n"
        "Wang Yi: We urge the parties concerned to resolve differences through dialogue."
    )

    candidates = extractor.extract(text, published=date(2022, 3, 8))

    assert triples(candidates) == {("CHN", "russia-ukraine-war", "neutral")}


def test_a_date_on_a_page_furniture_line_dates_nothing(extractor):
    text = (
        "Talks stall\nUpdated - March 1, 2022 at 10:42 pm\n\n"
        "Cambodia is not a party to the war in Ukraine, Hun Sen said."
    )

    (candidate,) = extractor.extract(text, published=date(2022, 3, 3))

    assert (candidate.stance, candidate.date) == ("neutral", date(2022, 3, 3))


@pytest.mark.parametrize(
    "date_line",
    [
        "Published 02.03.2022 09:12",
        "Updated: 2022-03-02T09:12:00Z",
        "02/03/2022",
        "Mar 2, 2022 | 09:12 IST",
        "Wednesday, March 2, 2022",
        "Last updated on 2 March 2022",
        "By John Smith | Reuters | March 2, 2022 9:12 AM GMT",
        "Phnom Penh, 2 March 2022",
    ],
)
def test_a_page_s_date_line_stands_for_its_missing_publication_date(extractor, date_line):
    undated = f"Talks\n{date_line}\n\nChina called for peace talks to end the war in Ukraine."
    yesterday = (
        f"{date_line}\n\nHun Sen said yesterday Cambodia is not a party to the war in Ukraine."
    )

    (undated_call,) = extractor.extract(undated, published=None)
    (yesterdays_call,) = extractor.extract(yesterday, published=None)

    assert (undated_call.date, yesterdays_call.date) == (date(2022, 3, 2), date(2022, 3, 1))


def test_a_transcript_s_dated_title_is_its_day_for_yesterday(extractor):
    text = (
        "Regular Press Conference on March 2, 2022\n\n"
        "Hun Sen said yesterday Cambodia is not a party to the war in Ukraine."
    )

    (candidate,) = extractor.extract(text, published=None)

    assert candidate.date == date(2022, 3, 1)  # the conference's day, less one


def test_a_past_position_keeps_the_date_it_was_taken(extractor):
    text = (
        "Turkey has kept ties with both sides. On Feb. 24, 2022, Ankara called the invasion "
        "of Ukraine unacceptable."
    )

    (candidate,) = extractor.extract(text, published=date(2023, 7, 14))

    assert (candidate.actor_country, candidate.stance, candidate.target_side) == (
        "TUR", "condemns", "b")  # fmt: skip
    assert candidate.date == date(2022, 2, 24)


def test_british_single_quotes_are_the_speaker_s_words(extractor):
    text = "Britain told MPs on Monday that it would ‘stand with Ukraine’ in the Ukraine war."

    candidates = extractor.extract(text, published=date(2023, 6, 26))

    assert triples(candidates) == {("GBR", "russia-ukraine-war", "supports_side_a")}


def test_speculation_and_a_list_after_a_preposition_are_nobody_s_position(extractor):
    text = (
        "Hypothetically, a joint initiative by Brazil, India and South Africa could bring "
        "Russia and Ukraine to the negotiating table in the Ukraine war.\n\n"
        "A former Indian diplomat, who asked not to be named, said New Delhi would not take "
        "sides in the war in Ukraine."
    )

    assert extractor.extract(text, published=date(2024, 2, 20)) == []


def test_a_speech_act_named_by_a_noun_belongs_to_its_possessor(extractor):
    text = "China's renewed call for a ceasefire in the Ukraine war was welcomed in Kyiv."

    candidates = extractor.extract(text, published=date(2023, 3, 1))

    assert triples(candidates) == {("CHN", "russia-ukraine-war", "calls_for_negotiation")}


def test_a_statement_as_subject_is_the_country_that_issued_it(extractor):
    text = (
        "BEIJING, March 2 (Reuters) - China's foreign ministry issued a statement on Thursday "
        "on the war in Ukraine.\n\n"
        '"We urge all parties to exercise restraint and return to talks," the statement said.'
    )

    candidates = extractor.extract(text, published=date(2022, 3, 3))

    assert triples(candidates) == {("CHN", "russia-ukraine-war", "calls_for_negotiation")}


def test_an_answer_label_is_the_press_conference_s_speaker(extractor):
    text = (
        "Foreign Minister Wang Yi's press conference on the Ukraine war, March 7\n\n"
        "Q: What is China's position on the war?\n\n"
        "A: China is objective and impartial."
    )

    (candidate,) = extractor.extract(text, published=date(2022, 3, 7))

    assert (candidate.actor_country, candidate.stance, candidate.speaker) == (
        "CHN", "neutral", "Wang Yi")  # fmt: skip


def test_a_transcript_s_labels_start_paragraphs_without_blank_lines(extractor):
    text = (
        "Wang Yi's press conference, March 7\n\n"
        "Q: What is your comment on the war in Ukraine?\n"
        "A: China is objective and impartial.\n\n"
        "Q: Trade talks open next week. What do you expect?\n"
        "A: We urge the parties concerned to resolve differences through dialogue."
    )

    candidates = extractor.extract(text, published=date(2022, 3, 7))

    assert triples(candidates) == {("CHN", "russia-ukraine-war", "neutral")}


# -- many countries, one statement ----------------------------------------------------------


def test_a_joint_statement_of_several_countries_speaks_for_each_signatory(extractor):
    text = (
        "In a joint statement, the foreign ministers of Brazil, India, South Africa and "
        "Germany said they were alarmed by the fighting in Ukraine.\n\n"
        '"We call for an immediate ceasefire and a return to talks," the statement said.'
    )

    found = extractor.extract(text, published=date(2023, 5, 4))

    calls = {c.actor_country for c in found if c.stance == "calls_for_negotiation"}
    assert calls == {"BRA", "IND", "ZAF", "DEU"}


def test_they_after_a_communique_s_list_of_leaders_are_its_signatories(extractor):
    text = (
        "In a final communique, the leaders of Egypt, Qatar and Saudi Arabia expressed deep "
        "concern over the war in Ukraine. They urged the parties to agree an immediate "
        "ceasefire."
    )

    found = extractor.extract(text, published=date(2023, 7, 13))

    calls = {c.actor_country for c in found if c.stance == "calls_for_negotiation"}
    assert calls == {"EGY", "QAT", "SAU"}


def test_the_leaders_of_a_list_of_countries_are_the_subject_unless_an_object(extractor):
    subject = (
        "The prime ministers of India, Pakistan and Malaysia on Tuesday called for an "
        "immediate ceasefire in the war in Ukraine."
    )
    met = (
        "Putin met the leaders of India, Pakistan and Malaysia on Tuesday and called for an "
        "end to Western sanctions."
    )

    found = extractor.extract(subject, published=date(2023, 12, 13))

    assert {c.actor_country for c in found} == {"IND", "PAK", "MYS"}
    assert not extractor.extract(met, published=date(2023, 12, 13))


def test_a_vote_tally_in_parentheses_lists_each_country_s_vote(extractor):
    text = (
        "The General Assembly adopted the resolution on the war in Ukraine by a recorded vote "
        "of 141 in favour to 5 against (Russia, Pakistan), with 35 abstentions (China, India, "
        "South Africa)."
    )

    found = extractor.extract(text, published=date(2023, 2, 24))

    assert {c.actor_country for c in found if c.stance == "abstains"} == {"CHN", "IND", "ZAF"}
    assert {c.actor_country for c in found if c.stance == "other"} == {"RUS", "PAK"}


def test_a_voting_result_s_labelled_lines_give_each_country_its_vote(extractor):
    text = (
        "The Security Council adopted a resolution calling for a ceasefire in the war in "
        "Ukraine.\n\nIn favour: Brazil, China, Pakistan.\n\nAgainst: Russia, Iran.\n\n"
        "Abstaining: India, Egypt."
    )

    found = triples(extractor.extract(text, published=date(2025, 2, 24)))

    assert {t[0] for t in found if t[2] == "calls_for_negotiation"} == {"BRA", "CHN", "PAK"}
    assert {t[0] for t in found if t[2] == "other"} == {"RUS", "IRN"}
    assert {t[0] for t in found if t[2] == "abstains"} == {"IND", "EGY"}


def test_countries_listed_after_voted_against_it_each_vote_against(extractor):
    text = (
        "The council rejected a draft on the war in Ukraine. Three countries voted against it: "
        "the United States, Britain and Germany."
    )

    found = triples(extractor.extract(text, published=date(2022, 3, 1)))

    assert {t[0] for t in found if t[2] == "other"} == {"USA", "GBR", "DEU"}


@pytest.mark.parametrize(
    ("sentence", "voters"),
    [
        ("China and Russia vetoed the US draft resolution on Gaza.", {"CHN", "RUS"}),
        ("China and Russia vetoed the US-drafted resolution on Gaza.", {"CHN", "RUS"}),
        ("Russia vetoed Britain's resolution on Gaza.", {"RUS"}),
        (
            "A draft on the war in Gaza failed: Brazil voted against it and Egypt abstained.",
            {"BRA"},
        ),
        (
            "Voting against were Russia, Brazil and Turkey on the war in Gaza.",
            {"RUS", "BRA", "TUR"},
        ),
    ],
)
def test_a_country_after_a_vote_cue_is_listed_only_as_a_voter(extractor, sentence, voters):
    found = triples(extractor.extract(sentence, published=date(2024, 4, 15)))

    assert {t[0] for t in found if t[2] == "other"} == voters
    if "Egypt" in sentence:
        assert ("EGY", "israel-hamas-war", "abstains") in found


@pytest.mark.parametrize(
    "sentence",
    [
        '"Ukraine can rely on Germany," Chancellor Olaf Scholz posted on Friday.',
        'Chancellor Olaf Scholz wrote that Ukraine "will never walk alone".',
        'Chancellor Olaf Scholz said on Friday: "Ukraine, Germany stands with you."',
    ],
)
def test_solidarity_told_to_a_side_supports_it(extractor, sentence):
    found = extractor.extract(sentence, published=date(2025, 3, 1))

    assert triples(found) == {("DEU", "russia-ukraine-war", "supports_side_a")}


def test_a_delegate_calling_an_act_a_breach_of_the_charter_condemns_it(extractor):
    text = (
        "Germany's delegate echoed that view, telling the Council that Russia's full-scale "
        "invasion of Ukraine was a flagrant breach of the Charter."
    )

    found = extractor.extract(text, published=date(2025, 2, 24))

    assert only(found, "DEU", "condemns").target_side == "b"


def test_an_abbreviation_between_a_call_and_its_object_is_a_word(extractor):
    text = "Germany called on all parties in the war in Ukraine to engage in U.N.-led talks."

    found = triples(extractor.extract(text, published=date(2024, 4, 14)))

    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") in found


def test_an_aggressor_named_in_apposition_is_condemned(extractor):
    text = 'Chancellor Olaf Scholz said: "There is an aggressor, Russia, and a victim, Ukraine."'

    found = extractor.extract(text, published=date(2025, 3, 1))

    assert only(found, "DEU", "condemns").target_side == "b"


def test_a_quoted_sentence_after_a_speaker_s_is_not_the_next_subject_s(extractor):
    text = (
        '"We want peace," Chancellor Olaf Scholz posted on Friday. "Ukraine can rely on '
        'Germany." President Lula said that Brazil would not send weapons.'
    )

    found = extractor.extract(text, published=date(2025, 3, 1))

    assert only(found, "DEU", "supports_side_a").speaker == "Olaf Scholz"


# -- whose act, which words ----------------------------------------------------------------


def test_support_named_with_its_possessor_is_the_possessor_s(extractor):
    text = (
        "Germany suspended its aid to Russia over Russia's support for the annexation, and "
        "Britain stands with Ukraine, the ministry said on Monday."
    )

    found = extractor.extract(text, published=date(2023, 2, 21))

    assert ("DEU", "russia-ukraine-war", "supports_side_b") not in triples(found)
    assert ("GBR", "russia-ukraine-war", "supports_side_a") in triples(found)


def test_who_holds_a_right_is_not_who_affirms_it(extractor):
    text = (
        '"We affirm that Israel has a right to defend itself," Germany\'s foreign ministry '
        "said of the war in Gaza on Monday."
    )

    found = extractor.extract(text, published=date(2023, 10, 10))

    assert ("DEU", "israel-hamas-war", "supports_side_a") in triples(found)


def test_a_country_s_backing_written_as_an_adjective_is_no_statement(extractor):
    text = "Russian-backed forces pressed their offensive in eastern Ukraine on Monday."

    assert not extractor.extract(text, published=date(2022, 5, 3))


def test_an_alias_running_into_another_name_is_not_that_person(extractor):
    text = (
        "Iran's foreign ministry spokesman Abbas Mousavi said on Monday that Tehran supported "
        "a political solution to the war in Ukraine."
    )

    (candidate,) = extractor.extract(text, published=date(2022, 5, 3))

    assert candidate.actor_country == "IRN"
    assert candidate.speaker == "Abbas Mousavi"


def test_a_deadline_after_publication_dates_no_statement(extractor):
    text = (
        "The Security Council on Tuesday extended the mission in Ukraine until 31 October "
        "2025, with 2 abstentions (China, Russia)."
    )

    (candidate,) = extractor.extract(text, published=date(2024, 10, 30))

    assert candidate.actor_country == "CHN"
    assert candidate.date == date(2024, 10, 29)


def test_an_envoy_named_in_apposition_speaks_and_a_possessive_after_said_does_not(extractor):
    text = (
        "China's deputy ambassador, Geng Shuang, said Beijing's position on the war in Ukraine "
        "was consistent. China called for a ceasefire, he said."
    )

    candidate = only(extractor.extract(text, published=date(2022, 10, 13)), "CHN",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Geng Shuang"


def test_the_representative_of_a_country_is_called_by_the_name_after_it(extractor):
    text = (
        "Explaining its vote, the representative of India, Ruchira Kamboj, said on Wednesday "
        "that dialogue is the only answer to the war in Ukraine."
    )

    candidate = only(extractor.extract(text, published=date(2022, 10, 13)), "IND",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Ruchira Kamboj"
    assert candidate.date == date(2022, 10, 12)


INDIA_UN = "Permanent Representative of India to the United Nations"
KAMBOJ = {"name": "Ruchira Kamboj", "aliases": ["Kamboj"], "terms": [
    {"country_iso3": "IND", "office_title": INDIA_UN, "office_kind": "un_envoy",
     "start": "2022-08-02", "end": "2024-06-01"}]}  # fmt: skip


@pytest.mark.parametrize(
    "opening",
    [
        "Explaining its vote, the representative of India, Ruchira Kamboj,",
        "India's Permanent Representative to the UN, Ruchira Kamboj,",
        "India's representative, Ruchira Kamboj,",
    ],
)
def test_a_known_envoy_named_after_a_comma_speaks_in_their_office(opening):
    extractor = Extractor(small_gazetteer(people=[KAMBOJ]))
    text = f"{opening} said on Wednesday that dialogue is the only answer to the war in Ukraine."

    candidate = only(extractor.extract(text, published=date(2022, 10, 13)), "IND",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Ruchira Kamboj"
    assert candidate.speaker_office == INDIA_UN


def test_what_an_act_named_before_is_called_condemns_its_side(extractor):
    text = (
        "Philippine Defence Secretary Gilberto Teodoro said on Tuesday that the Chinese coast "
        'guard\'s use of force in the South China Sea was "aggressive and illegal" and that the '
        "Philippines would not be intimidated."
    )

    candidate = only(extractor.extract(text, published=date(2024, 6, 19)), "PHL", "condemns")

    assert candidate.target_side == "b"
    assert candidate.speaker == "Gilberto Teodoro"
    assert candidate.date == date(2024, 6, 18)


def test_standing_with_an_ally_supports_the_ally(extractor):
    text = (
        'The U.S. State Department said on Monday that the United States "stands with our ally '
        'the Philippines" in the South China Sea.'
    )

    found = extractor.extract(text, published=date(2024, 6, 19))

    assert ("USA", "south-china-sea-disputes", "supports_side_a") in triples(found)


def test_the_day_of_an_attack_named_with_of_dates_no_condemnation(extractor):
    text = (
        "The prime ministers of Malaysia, Qatar and Egypt said on Tuesday in a joint statement "
        'that they "unequivocally condemn Hamas for its terror attacks on Israel" of Oct. 7.'
    )

    found = extractor.extract(text, published=date(2023, 12, 13))

    condemning = {(c.actor_country, c.date) for c in found if c.stance == "condemns"}
    assert condemning == {(c, date(2023, 12, 12)) for c in ("MYS", "QAT", "EGY")}


def test_expelling_a_high_commissioner_condemns_the_country_expelled(extractor):
    text = (
        "Pakistan said on Wednesday it would expel India's high commissioner and suspend "
        "bilateral trade with India over Kashmir."
    )

    candidate = only(extractor.extract(text, published=date(2019, 8, 7)), "PAK", "condemns")

    assert (candidate.target_side, candidate.kind) == ("a", "action")


def test_agreeing_a_ceasefire_is_a_call_for_one_whatever_day_stands_between(extractor):
    text = "Russia and Türkiye agreed on Thursday a ceasefire in the war in Ukraine."

    found = extractor.extract(text, published=date(2023, 3, 5))

    assert {c.actor_country for c in found if c.stance == "calls_for_negotiation"} == {
        "RUS",
        "TUR",
    }


def test_a_mutually_acceptable_solution_is_a_call_for_negotiation(extractor):
    text = (
        "The representative of India said on Monday that New Delhi supported a mutually "
        "acceptable solution to the India-Pakistan conflict."
    )

    found = extractor.extract(text, published=date(2023, 3, 7))

    assert ("IND", "india-pakistan-conflict", "calls_for_negotiation") in triples(found)
    assert not [c for c in found if c.stance.startswith("supports")]


def test_the_day_of_an_attack_on_a_date_is_not_the_day_it_was_condemned(extractor):
    text = (
        '"The terror attacks in Israel on October 7 were shocking and deserve condemnation," '
        "India's representative told the assembly on Friday."
    )

    candidate = only(extractor.extract(text, published=date(2023, 10, 28)), "IND", "condemns")

    assert candidate.date == date(2023, 10, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Britain condemned Sunday's attack on Ukraine by Russia.",
        "Following Sunday's Russian missile strikes on Kyiv, Britain condemned Russia.",
        "Russia's missile attack on Kyiv late on Sunday was the worst. Britain condemned Russia.",
    ],
)
def test_the_day_an_attack_is_given_does_not_date_its_condemnation(extractor, text):
    candidate = only(extractor.extract(text, published=date(2022, 10, 12)), "GBR", "condemns")

    assert candidate.date == date(2022, 10, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt called for an immediate halt to military operations in the war in Gaza on "
            "Tuesday.",
            ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "The United States on Tuesday approved the sale of F-16 fighter jets to Ukraine.",
            ("USA", "russia-ukraine-war", "supports_side_a"),
        ),
        (
            "Germany on Tuesday imposed targeted financial sanctions on Russia over the war in "
            "Ukraine.",
            ("DEU", "russia-ukraine-war", "condemns"),
        ),
        (
            "Germany's foreign minister said in a statement posted on X that Germany called for "
            "a ceasefire in the war in Gaza.",
            ("DEU", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "Qatar's foreign ministry said on Monday that Qatar remained committed to the "
            "ceasefire agreement in the war in Gaza.",
            ("QAT", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "Saudi Arabia supports a two-state solution as the only way to end the war in Gaza, "
            "its foreign ministry said on Tuesday.",
            ("SAU", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "Germany on Tuesday hailed the ceasefire agreement in the war in Gaza.",
            ("DEU", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "Qatar on Tuesday urged Israel and Hamas to agree to a deal in the war in Gaza.",
            ("QAT", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            "Malaysia on Tuesday backed peace efforts in the war in Ukraine.",
            ("MYS", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        (
            "Egypt on Tuesday urged the warring parties in the war in Gaza to lay down their arms.",
            ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            '"We need a ceasefire now," Malaysia\'s foreign ministry said of the war in Gaza.',
            ("MYS", "israel-hamas-war", "calls_for_negotiation"),
        ),
    ],
)
def test_wire_phrasings_of_calls_deliveries_and_sanctions(extractor, text, expected):
    assert expected in triples(extractor.extract(text, published=date(2023, 3, 8)))


@pytest.mark.parametrize(
    "text",
    [
        "Iran denied on Tuesday that it was supplying drones to Russia for the war in Ukraine.",
        "Analysts said India was unlikely to condemn Russia over the war in Ukraine.",
        "Critics say Türkiye has sided with Russia in the war in Ukraine.",
    ],
)
def test_a_denial_and_what_is_unlikely_are_no_position(extractor, text):
    assert not extractor.extract(text, published=date(2023, 3, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany said on Tuesday it would provide Ukraine with additional IRIS-T air defence "
            "systems.",
            ("DEU", "russia-ukraine-war", "supports_side_a"),
        ),
        (
            'Washington reaffirmed its "ironclad" commitment to the Philippines in the South China '
            "Sea on Tuesday.",
            ("USA", "south-china-sea-disputes", "supports_side_a"),
        ),
        (
            'Germany will continue to back Ukraine "for as long as it takes", its foreign '
            "ministry said on Tuesday.",
            ("DEU", "russia-ukraine-war", "supports_side_a"),
        ),
        (
            "Britain said on Tuesday it would donate F-16 fighter jets to Ukraine.",
            ("GBR", "russia-ukraine-war", "supports_side_a"),
        ),
        (
            "Germany on Tuesday approved an arms sale to the Philippines to help it patrol the "
            "South China Sea.",
            ("DEU", "south-china-sea-disputes", "supports_side_a"),
        ),
        (
            'Malaysia on Tuesday denounced China\'s "unsafe and unprofessional" conduct in the '
            "South China Sea.",
            ("MYS", "south-china-sea-disputes", "condemns"),
        ),
        (
            "Pakistan sided with Russia on Tuesday over the war in Ukraine.",
            ("PAK", "russia-ukraine-war", "supports_side_b"),
        ),
        (
            "The United States threw its weight behind the Philippines on Tuesday in the South "
            "China Sea.",
            ("USA", "south-china-sea-disputes", "supports_side_a"),
        ),
        (
            "Iran on Tuesday slammed Israel's strikes on its territory as a flagrant violation of "
            "its sovereignty, in the war in Gaza.",
            ("IRN", "israel-hamas-war", "condemns"),
        ),
    ],
)
def test_providing_a_side_with_weapons_and_an_ironclad_commitment_support_it(
    extractor, text, expected
):
    assert expected in triples(extractor.extract(text, published=date(2023, 3, 8)))


def test_the_occasion_before_a_date_makes_it_the_statement_s_day(extractor):
    text = (
        "U.S. Secretary of State Antony Blinken condemned Russia's invasion of Ukraine in a "
        "speech on Tuesday."
    )

    candidate = only(extractor.extract(text, published=date(2023, 3, 8)), "USA", "condemns")

    assert candidate.date == date(2023, 3, 7)


def test_a_conflict_named_in_passing_yields_to_the_one_the_article_opens_on(extractor):
    text = (
        "Leaders urge restraint after India strikes Pakistan\n\n"
        "NEW DELHI, May 7 (Reuters) - World leaders on Wednesday urged restraint after India "
        "struck targets in Pakistan.\n\n"
        "In Beijing, a foreign ministry spokesperson said China called on the parties to "
        "exercise restraint. Asked whether China would condemn India, she said the situation "
        "was unlike the war in Ukraine.\n\n"
        "Germany's foreign ministry said Germany would stand up for Pakistan's security."
    )

    found = extractor.extract(text, published=date(2025, 5, 7))

    assert ("CHN", "india-pakistan-conflict", "calls_for_negotiation") in triples(found)
    assert ("DEU", "india-pakistan-conflict", "supports_side_b") in triples(found)
    assert not [c for c in found if c.conflict == "russia-ukraine-war"]


def test_a_quoted_sentence_ends_what_its_cue_can_target(extractor):
    text = (
        '"I unequivocally condemn the attack," U.S. President Joe Biden said after speaking '
        "with Israeli officials about the war in Gaza."
    )

    candidate = only(extractor.extract(text, published=date(2024, 4, 14)), "USA", "condemns")

    assert candidate.target_side is None


def test_a_declaration_endorsed_by_a_list_of_countries_is_each_one_s(extractor):
    text = (
        "The declaration, endorsed by Brazil, India, China and South Africa, called for a "
        "peaceful resolution of the war in Ukraine. The declaration also urged no escalation "
        "of hostilities."
    )

    found = extractor.extract(text, published=date(2024, 10, 23))

    calls = {c.actor_country for c in found if c.stance == "calls_for_negotiation"}
    assert calls == {"BRA", "IND", "CHN", "ZAF"}


def test_a_phone_call_is_no_speech_verb(extractor):
    text = (
        "Malaysian Prime Minister Anwar Ibrahim told Pakistan's prime minister in a phone call "
        "on Sunday that Malaysia stood by Pakistan in the India-Pakistan conflict."
    )

    found = extractor.extract(text, published=date(2025, 5, 12))

    assert ("MYS", "india-pakistan-conflict", "supports_side_b") in triples(found)


def test_no_military_solution_is_a_call_for_a_negotiated_one(extractor):
    text = '"There is no military solution," Egypt\'s foreign minister said of the war in Gaza.'

    found = extractor.extract(text, published=date(2024, 4, 16))

    assert ("EGY", "israel-hamas-war", "calls_for_negotiation") in triples(found)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Voting no were the United States, Israel and Germany, in the vote on the war in "
            "Gaza on Tuesday.",
            {"USA", "ISR", "DEU"},
        ),
        ("Russia cast its veto against the draft on the war in Ukraine on Tuesday.", {"RUS"}),
        ("China used its veto to block the resolution on the war in Gaza on Tuesday.", {"CHN"}),
    ],
)
def test_a_no_vote_and_a_veto_are_other(extractor, text, countries):
    found = extractor.extract(text, published=date(2023, 12, 13))

    assert {c.actor_country for c in found if c.stance == "other"} == countries


def test_leaders_listed_together_each_take_the_position(extractor):
    text = (
        "Lula and Olaf Scholz discussed the war in Ukraine on Tuesday and agreed on the need "
        "for a just and lasting peace, the German government said."
    )

    found = extractor.extract(text, published=date(2023, 3, 8))

    calls = {c.actor_country for c in found if c.stance == "calls_for_negotiation"}
    assert calls == {"BRA", "DEU"}


def test_a_call_on_a_weekday_is_no_call_on_someone(extractor):
    text = (
        "Erdogan told Putin in a phone call on Tuesday that Türkiye supported a political "
        "settlement of the war in Ukraine."
    )

    candidate = only(extractor.extract(text, published=date(2023, 3, 8)), "TUR",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.evidence.startswith("Erdogan told Putin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar will host direct peace talks between Russia and Ukraine next week, its foreign "
            "ministry said on Tuesday.",
            ("QAT", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        (
            "Germany has pushed for sanctions against Russia over the war in Ukraine, its foreign "
            "ministry said on Tuesday.",
            ("DEU", "russia-ukraine-war", "condemns"),
        ),
    ],
)
def test_hosting_peace_talks_and_pushing_for_sanctions(extractor, text, expected):
    assert expected in triples(extractor.extract(text, published=date(2025, 3, 11)))


def test_pushing_for_a_party_to_engage_with_the_other_is_a_call(extractor):
    text = (
        "Malaysia's foreign ministry said on Tuesday that Malaysia would push for Russia to "
        "engage in dialogue with Ukraine."
    )

    found = extractor.extract(text, published=date(2024, 7, 27))

    assert ("MYS", "russia-ukraine-war", "calls_for_negotiation") in triples(found)


# -- the wider vocabulary of news (round four) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German officials lashed out at Russia on Tuesday over its invasion of Ukraine.",
            ("DEU", "condemns"),
        ),
        (
            "Britain hit out at Moscow over the war in Ukraine on Tuesday.",
            ("GBR", "condemns"),
        ),
        (
            "Türkiye on Tuesday accused Israel of turning the war in Gaza into a massacre.",
            ("TUR", "condemns"),
        ),
        (
            "India urged Russia to end its occupation of Ukrainian land in the war in Ukraine.",
            ("IND", "condemns"),
        ),
        (
            '"Russia must be held accountable for its aggression," Germany\'s foreign ministry '
            "said of the war in Ukraine.",
            ("DEU", "condemns"),
        ),
        (
            "The Philippines will not back down in the face of China's bullying in the South "
            "China Sea, Manila said on Tuesday.",
            ("PHL", "condemns"),
        ),
        (
            "Malaysia called for peace and stability in the South China Sea on Tuesday.",
            ("MYS", "calls_for_negotiation"),
        ),
        (
            "Qatar's foreign ministry said a ceasefire in the Gaza war was the top priority.",
            ("QAT", "calls_for_negotiation"),
        ),
        (
            "Türkiye is ready to provide a platform for talks on the war in Ukraine, Ankara said.",
            ("TUR", "calls_for_negotiation"),
        ),
        (
            "Brazil remains committed to a negotiated, lasting solution to the war in Ukraine.",
            ("BRA", "calls_for_negotiation"),
        ),
        (
            "Washington said the tanks would help Ukraine defend itself in the war in Ukraine.",
            ("USA", "supports_side_a"),
        ),
    ],
)
def test_idioms_of_blame_calls_and_support(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_a_party_blaming_the_other_side_condemns_it_not_itself(extractor):
    text = "Russia blamed Ukraine on Tuesday for the drone attack on Moscow, the Kremlin said."

    candidate = only(extractor.extract(text, published=date(2023, 5, 31)), "RUS", "condemns")

    assert candidate.target_side == "a"
    assert candidate.date == date(2023, 5, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's foreign ministry blamed Kyiv for the collapse of the peace talks in the war in "
        "Ukraine.",
        '"We will not be coerced," Pakistan said, recalling a militia linked to the 1971 '
        "genocide in the Kashmir conflict.",
    ],
)
def test_blame_for_failed_talks_and_a_massacre_of_history_are_no_condemnation(extractor, text):
    assert not [c for c in extractor.extract(text, published=date(2023, 3, 8))
                if c.stance == "condemns"]  # fmt: skip


def test_it_opening_a_sentence_is_the_ministry_just_named(extractor):
    text = (
        "Pakistan's foreign ministry on Tuesday condemned the strikes in the Kashmir conflict. "
        "It accused India of targeting civilians."
    )

    candidates = extractor.extract(text, published=date(2025, 5, 8))

    assert ("PAK", "india-pakistan-conflict", "condemns") in triples(candidates)
    assert {c.date for c in candidates} == {date(2025, 5, 6)}


def test_it_after_a_quotation_is_the_country_last_heard_from(extractor):
    text = (
        "India's foreign ministry said it was deeply concerned by the war in Ukraine. "
        '"We urge both sides to avoid any escalation. Dialogue is the only way," it said.'
    )

    assert ("IND", "russia-ukraine-war", "calls_for_negotiation") in triples(
        extractor.extract(text, published=date(2023, 3, 8))
    )


def test_it_before_a_copula_names_nobody(extractor):
    text = (
        "Analysts in Berlin discussed the war in Ukraine. It is time for a ceasefire, one of "
        "them wrote."
    )

    assert not extractor.extract(text, published=date(2023, 3, 8))


def test_a_titled_official_the_gazetteer_lacks_speaks_for_the_clause_s_country(extractor):
    text = "Egypt will stay neutral in the war in Ukraine, President Abdel Sisi said on Tuesday."

    candidate = only(extractor.extract(text, published=date(2023, 3, 8)), "EGY", "neutral")

    assert candidate.speaker == "Abdel Sisi"


def test_a_name_spelt_another_way_is_the_same_person(extractor):
    text = (
        '"We will not take sides in the war in Ukraine," Turkish President Tayyip Erdoğan said.'
        "\n\n"
        '"We call for a ceasefire now," Erdogan said on Tuesday.'
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert {c.speaker for c in candidates} == {"Recep Tayyip Erdoğan"}


def test_a_capital_inside_a_proper_name_is_no_country(extractor):
    text = (
        "Germany, which co-chairs the Berlin Group with Russia, called for an immediate end to "
        "the hostilities in the war in Ukraine."
    )

    assert triples(extractor.extract(text, published=date(2023, 3, 8))) == {
        ("DEU", "russia-ukraine-war", "calls_for_negotiation")
    }


def test_a_weekday_after_a_verb_of_position_dates_the_position(extractor):
    text = "Britain slammed Russia's missile attack on Kyiv on Tuesday in the war in Ukraine."

    candidate = only(extractor.extract(text, published=date(2023, 3, 8)), "GBR", "condemns")

    assert candidate.date == date(2023, 3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Türkiye said on Tuesday that Russia\'s military operation was "unacceptable".'
            " The war in Ukraine is in its first week.",
            ("TUR", "condemns"),
        ),
        (
            '"Putin is the aggressor," Britain\'s foreign ministry said of the war in Ukraine.',
            ("GBR", "condemns"),
        ),  # fmt: skip
        (
            'South Africa on Tuesday called on Russia "to immediately withdraw its forces from '
            'Ukraine" in the war in Ukraine.',
            ("ZAF", "condemns"),
        ),
        (
            'Brazil\'s foreign ministry called for "the immediate suspension of hostilities" in '
            "the war in Ukraine.",
            ("BRA", "calls_for_negotiation"),
        ),
        (
            "Germany on Tuesday formally recognised the State of Palestine amid the war in Gaza.",
            ("DEU", "other"),
        ),
        (
            "Pakistan said a solution to the Kashmir conflict was not possible on the battlefield.",
            ("PAK", "calls_for_negotiation"),
        ),
        (
            "Malaysia said the war in Ukraine should be settled by political and diplomatic means.",
            ("MYS", "calls_for_negotiation"),
        ),
    ],
)
def test_more_wire_phrasings_of_positions(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_what_an_accusation_names_after_of_is_not_the_accused(extractor):
    text = "Iran on Tuesday accused NATO of wanting to defeat Russia in the war in Ukraine."

    assert not extractor.extract(text, published=date(2023, 3, 8))


def test_a_call_on_both_sides_to_stop_the_violence_condemns_neither(extractor):
    text = "Egypt called on Israel and Hamas to stop the violence in the war in Gaza."

    assert triples(extractor.extract(text, published=date(2023, 11, 8))) == {
        ("EGY", "israel-hamas-war", "calls_for_negotiation")
    }


def test_a_call_on_one_side_to_stop_its_violence_condemns_it(extractor):
    text = (
        "Qatar called on Israel to immediately stop all violence against civilians in the war "
        "in Gaza."
    )

    candidate = only(extractor.extract(text, published=date(2023, 11, 8)), "QAT", "condemns")

    assert candidate.target_side == "a"


def test_recognising_palestine_in_a_relative_clause_is_not_the_speaker_s(extractor):
    text = (
        '"Those who recognise a Palestinian state reward terror," Israel\'s foreign ministry '
        "said of the war in Gaza."
    )

    assert "other" not in {c.stance for c in extractor.extract(text, published=date(2025, 9, 22))}


def test_a_subject_right_before_a_quotation_holds_what_it_says(extractor):
    text = (
        'Erdogan flew to Doha and, after meeting the emir, told reporters that Türkiye "firmly '
        'supports Ukraine" in the war in Ukraine.'
    )

    assert ("TUR", "russia-ukraine-war", "supports_side_a") in triples(
        extractor.extract(text, published=date(2023, 3, 8))
    )


def test_the_subject_of_a_clause_after_a_conjunction_holds_its_cue(extractor):
    text = (
        "Russia recalled its ambassador after Britain threw its weight behind Ukraine in the "
        "war in Ukraine."
    )

    assert triples(extractor.extract(text, published=date(2023, 3, 8))) == {
        ("GBR", "russia-ukraine-war", "supports_side_a")
    }


def test_a_un_official_speaks_for_no_country(extractor):
    text = (
        "Germany urged calm in the war in Ukraine. The UN envoy, Jan Kubis, has struggled to "
        "bring the parties together."
    )

    assert {c.actor_country for c in extractor.extract(text, published=date(2023, 3, 8))} == {"DEU"}


def test_a_syrian_city_is_not_hamas(extractor):
    text = "Russia's warplanes bombed rebel positions around Hama, and Moscow urged restraint."

    candidates = extractor.extract(text, published=date(2024, 12, 2))

    assert "israel-hamas-war" not in {c.conflict for c in candidates}


def test_a_day_weeks_before_publication_is_no_news_day(extractor):
    text = (
        "Leaders gathered in New York, as the hostages taken on October 7, 2023 remained in "
        "Gaza.\n\nBritain called for a ceasefire in the war in Gaza."
    )

    candidate = only(
        extractor.extract(text, published=date(2025, 9, 23)), "GBR", "calls_for_negotiation"
    )

    assert candidate.date == date(2025, 9, 23)


def test_an_unlabelled_interview_gives_the_interviewee_the_answers(extractor):
    text = (
        '"We will not take sides" - Olaf Scholz in interview\n\n'
        "We spoke to Olaf Scholz in Berlin on Saturday.\n\n"
        "Chancellor, will Germany send more weapons?\n\n"
        "We stand with Ukraine in the war in Ukraine, for as long as it takes.\n\n"
        "And Gaza?\n\n"
        "We call for an immediate ceasefire in the war in Gaza."
    )

    candidates = extractor.extract(text, published=date(2023, 11, 6))

    assert triples(candidates) == {
        ("DEU", "russia-ukraine-war", "supports_side_a"),
        ("DEU", "israel-hamas-war", "calls_for_negotiation"),
    }
    assert {c.speaker for c in candidates} == {"Olaf Scholz"}


def test_a_day_heading_dates_the_paragraphs_under_it(extractor):
    text = (
        "Live: world reacts to the war in Ukraine\n\n"
        "Monday\n\n"
        "Germany urged restraint in the war in Ukraine.\n\n"
        "Sunday\n\n"
        "Brazil called for talks in the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert {(c.actor_country, c.date) for c in candidates} == {
        ("DEU", date(2023, 3, 6)),
        ("BRA", date(2023, 3, 5)),
    }


def test_the_day_of_an_occasion_holds_for_what_is_said_after_it_until_another_day(extractor):
    text = (
        "Fighting in Ukraine went on on Tuesday as diplomats weighed their response.\n\n"
        "At an emergency session of the Security Council on Sunday, Britain said it condemned "
        "the invasion of Ukraine. Germany urged restraint in the war in Ukraine.\n\n"
        "China called for peace talks to end the war in Ukraine.\n\n"
        "On Monday, Turkey called for a ceasefire in the war in Ukraine. Brazil called for "
        "talks to end the war in Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert {(c.actor_country, c.date) for c in candidates} == {
        ("GBR", date(2023, 3, 5)),
        ("DEU", date(2023, 3, 5)),
        ("CHN", date(2023, 3, 5)),
        ("TUR", date(2023, 3, 6)),
        ("BRA", date(2023, 3, 7)),
    }


@pytest.mark.parametrize(
    "scene",
    [
        "The General Assembly voted on Sunday on a resolution on the war in Ukraine.",
        "The General Assembly voted on Sunday. It last voted on the war in November.",
        "Foreign ministers met in Kyiv on Friday and in Brussels on Sunday.",
        "Was the summit on Sunday a success?",
    ],
)
def test_the_day_of_a_vote_holds_for_its_tally_unlike_two_days_or_a_question(extractor, scene):
    text = (
        "Fighting in Ukraine went on on Tuesday.\n\n"
        f"{scene}\n\n"
        "Germany and Britain voted in favour. China abstained."
    )
    voted_on = date(2023, 3, 5) if "voted" in scene else date(2023, 3, 7)

    candidates = extractor.extract(text, published=date(2023, 3, 7))

    assert {c.date for c in candidates} == {voted_on}


@pytest.mark.parametrize(
    ("sequel", "said_on"),
    [
        ("Earlier in the day,", date(2023, 3, 5)),
        ("Later that day,", date(2023, 3, 5)),
        ("The next day,", date(2023, 3, 6)),
        ("A day earlier,", date(2023, 3, 4)),
    ],
)
def test_a_sequel_counts_from_the_day_the_story_last_gave(extractor, sequel, said_on):
    text = (
        "Fighting in Ukraine went on on Tuesday.\n\n"
        "Russia attacked Kyiv on Sunday, killing 20. "
        f"{sequel} Germany urged restraint in the war in Ukraine."
    )

    (candidate,) = extractor.extract(text, published=date(2023, 3, 7))

    assert candidate.date == said_on


def test_a_sequel_to_a_time_that_is_no_day_leaves_the_day_unknown(extractor):
    text = (
        "Fighting in Ukraine went on on Tuesday. Turkey protested last week, and Germany said "
        "the same day that it urged restraint in the war in Ukraine."
    )

    candidate = only(extractor.extract(text, published=date(2023, 3, 7)), "DEU",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.date is None


def test_a_participle_after_the_sentence_s_subject_reports_its_words(extractor):
    text = (
        'Germany welcomed the announcement, saying in a statement that Berlin "urges all '
        'parties to agree on a ceasefire" in the war in Ukraine.'
    )

    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") in triples(
        extractor.extract(text, published=date(2023, 3, 8))
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Britain's Minister for Africa, Vicky Ford, wrote on Twitter that Britain called "
            "for a ceasefire in the war in Ukraine.",
            "Vicky Ford",
        ),
        (
            "The British ambassador to Kyiv, Martin Harris, said Britain stood with Ukraine in "
            "the war in Ukraine.",
            "Martin Harris",
        ),
        (
            "Britain's Deputy Foreign Minister Tien Chung-kwang said Britain stood with Ukraine "
            "in the war in Ukraine.",
            "Tien Chung-kwang",
        ),
    ],
)
def test_a_posting_or_a_hyphenated_given_name_stays_in_the_speaker_s_name(extractor, text, speaker):
    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert {c.speaker for c in candidates} == {speaker}


def test_a_dateline_without_a_date_gives_an_unnamed_ministry_its_country(extractor):
    text = (
        "Manila protests\n\n"
        "MANILA - The Department of Foreign Affairs on Monday summoned the Chinese ambassador "
        "over the South China Sea."
    )

    assert triples(extractor.extract(text, published=date(2023, 8, 8))) == {
        ("PHL", "south-china-sea-disputes", "condemns")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AFP's dateline, a country in brackets locating the place: nobody speaks
        (
            "United Nations (United States) (AFP) - The UN General Assembly on Wednesday "
            "demanded an end to the war in Ukraine.",
            set(),
        ),
        (
            "Paris (AFP) - The UN Security Council on Tuesday called for a ceasefire in the "
            "Gaza war.",
            set(),
        ),
        # a country after the dateline is still the subject
        (
            "Geneva (Switzerland) (AFP) - Germany on Tuesday called for a ceasefire in the Gaza "
            "war.",
            {("DEU", "israel-hamas-war", "calls_for_negotiation")},
        ),
    ],
)
def test_a_title_case_agency_dateline_names_no_speaker(extractor, text, expected):
    assert triples(extractor.extract(text, published=date(2023, 8, 8))) == expected


def test_declaring_an_envoy_persona_non_grata_condemns_their_country(extractor):
    text = (
        "India on Wednesday declared Pakistan's defence advisers persona non grata in the "
        "Kashmir conflict."
    )

    candidate = only(extractor.extract(text, published=date(2025, 4, 24)), "IND", "condemns")

    assert (candidate.target_side, candidate.kind) == ("b", "action")


def test_an_unknown_transcript_speaker_takes_the_country_their_answers_open_on(extractor):
    text = (
        "Regular Press Conference on March 8, 2023\n\n"
        "Reuters: What is your comment on the war in Ukraine?\n\n"
        "Mao Jun: China is deeply worried. We call on all parties to resume peace talks."
    )

    candidates = extractor.extract(text, published=date(2023, 3, 8))

    assert {(c.actor_country, c.stance, c.speaker) for c in candidates} == {
        ("CHN", "calls_for_negotiation", "Mao Jun")
    }


def test_a_comma_ends_the_place_a_sentence_opens_on(extractor):
    text = (
        "Germany urged restraint in the war in Ukraine.\n\n"
        "In Beijing, foreign ministry spokeswoman Hua Chunying bristled at the question. "
        '"We won\'t rush to a conclusion," she said, urging "all sides to exercise restraint".'
    )

    candidates = extractor.extract(text, published=date(2022, 2, 25))

    assert ("CHN", "Hua Chunying") in {(c.actor_country, c.speaker) for c in candidates}


def test_a_name_inside_a_quotation_is_not_who_he_means(extractor):
    text = (
        "Germany's chancellor Olaf Scholz set the tone on Thursday.\n\n"
        '"Putin is the aggressor. Putin chose this war," he said of the war in Ukraine.'
    )

    candidate = only(extractor.extract(text, published=date(2022, 2, 25)), "DEU", "condemns")

    assert candidate.speaker == "Olaf Scholz"


@pytest.mark.parametrize("opener", ["joined by", "along with", "together with"])
def test_the_subject_and_the_companions_after_it_share_the_position(extractor, opener):
    text = f"Brazil, {opener} Egypt, Qatar and Turkey, called for a ceasefire in the war in Gaza."

    found = triples(extractor.extract(text, published=date(2023, 10, 28)))

    assert {t[0] for t in found} == {"BRA", "EGY", "QAT", "TUR"}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Iran praised the Hamas attack in the war in Gaza.", "supports_side_b"),
        ("Turkey hailed Russia's offensive in the war in Ukraine.", "supports_side_b"),
        ("Britain praised Ukraine's counteroffensive in the war in Ukraine.", "supports_side_a"),
    ],
)
def test_praising_a_sides_act_of_war_backs_that_side(extractor, sentence, stance):
    found = triples(extractor.extract(sentence, published=date(2023, 10, 12)))

    assert {t[2] for t in found} == {stance}


def test_praising_peace_talks_backs_no_side(extractor):
    text = "Britain praised the peace talks in the war in Ukraine."

    found = triples(extractor.extract(text, published=date(2023, 10, 12)))

    assert {t[2] for t in found} == {"calls_for_negotiation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil urged Israel not to launch a ground offensive in the war in Gaza.",
        "Brazil said of the war in Gaza that it wanted to see the hostilities end soon.",
        "Germany would like to see an early end to the war in Ukraine, Berlin said.",
        "Brazil proposed forming a club of countries to mediate in the war in Ukraine.",
    ],
)
def test_wanting_the_war_over_or_urging_a_side_not_to_escalate_calls_for_talks(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2024, 4, 15)))

    assert {t[2] for t in found} == {"calls_for_negotiation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt urged all parties to avoid dragging the region into a wider war in Gaza.",
        "Egypt called for efforts to prevent a regional war over the war in Gaza.",
        "Egypt called on both sides to spare the region the dangers of the war in Gaza.",
    ],
)
def test_keeping_the_war_from_spreading_calls_for_restraint(extractor, sentence):
    found = triples(extractor.extract(sentence, published=date(2024, 4, 15)))

    assert found == {("EGY", "israel-hamas-war", "calls_for_negotiation")}


def test_an_analyst_wanting_the_war_over_is_no_position(extractor):
    text = "Analysts in Brazil want to see the war in Ukraine end."

    assert extractor.extract(text, published=date(2024, 4, 15)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil criticised Israel's military campaign in Gaza on Tuesday.",
        "Brazil criticised Israel's blockade of the Gaza Strip in the war in Gaza.",
        "Brazil strongly opposed Israel's military operations in the war in Gaza.",
    ],
)
def test_criticising_a_sides_campaign_condemns_that_side(extractor, sentence):
    candidate = only(extractor.extract(sentence, published=date(2024, 4, 15)), "BRA", "condemns")

    assert candidate.target_side == "a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt warned Israel against any ground offensive, saying it would inflame the war "
            "in Gaza.",
            ("EGY", "condemns"),
        ),
        (
            "Brazil criticised Russia for blocking the peace talks in the war in Ukraine.",
            ("BRA", "condemns"),
        ),
        (
            "Türkiye brokered a prisoner exchange between Russia and Ukraine on Wednesday.",
            ("TUR", "calls_for_negotiation"),
        ),
        (
            "Malaysia strongly rejects Israel's military assault, its foreign ministry said of "
            "the war in Gaza.",
            ("MYS", "condemns"),
        ),
    ],
)
def test_warnings_criticism_and_brokering(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_a_warning_to_both_sides_against_escalation_condemns_neither(extractor):
    text = "Qatar warned Israel and Hamas against any further escalation in the war in Gaza."

    assert "condemns" not in {c.stance for c in extractor.extract(text, published=date(2024, 3, 8))}


def test_an_unnamed_answer_speaks_for_the_country_it_opens_on(extractor):
    text = (
        "Q: Does China support Russia in the war in Ukraine?\n"
        "A: China's position is objective and consistent. We have always called for a "
        "ceasefire and peace talks."
    )

    assert triples(extractor.extract(text, published=date(2023, 3, 8))) == {
        ("CHN", "russia-ukraine-war", "calls_for_negotiation")
    }


def test_a_comma_ends_a_ministry_before_the_minister_named_after_it(extractor):
    text = (
        "According to a readout from the Chinese foreign ministry, Foreign Minister Wang Yi "
        "called for restraint in the South China Sea."
    )

    candidate = only(extractor.extract(text, published=date(2023, 8, 8)), "CHN",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Wang Yi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will never accept the occupation of our land," Ukraine\'s foreign ministry said '
            "of the war in Ukraine.",
            ("UKR", "condemns"),
        ),
        (
            "Qatar called on both sides to show flexibility in the talks on the war in Gaza.",
            ("QAT", "calls_for_negotiation"),
        ),
    ],
)
def test_refusing_to_accept_an_occupation_and_asking_for_flexibility(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_the_baltic_states_are_no_speech_verb(extractor):
    text = (
        "Germany, along with the Baltic states, called for tougher sanctions on Russia over "
        "the war in Ukraine."
    )

    assert triples(extractor.extract(text, published=date(2024, 3, 8))) == {
        ("DEU", "russia-ukraine-war", "condemns")
    }


def test_countries_among_the_abstentions_abstain(extractor):
    text = (
        "The assembly voted 141-7 to demand that Russia withdraw from Ukraine, with 32 "
        "abstentions. China and India were among the abstentions."
    )

    found = {
        (c.actor_country, c.stance) for c in extractor.extract(text, published=date(2023, 2, 24))
    }

    assert {("CHN", "abstains"), ("IND", "abstains")} <= found


def test_a_yes_vote_takes_the_stance_of_the_text_voted_on(extractor):
    text = (
        "The resolution was adopted by 120 votes to 14. Brazil and Malaysia voted in favour of "
        "the text, which calls for a humanitarian truce in the war in Gaza."
    )

    found = {
        (c.actor_country, c.stance) for c in extractor.extract(text, published=date(2023, 10, 28))
    }

    assert {("BRA", "calls_for_negotiation"), ("MYS", "calls_for_negotiation")} <= found


def test_last_thursday_written_on_a_thursday_is_a_week_ago(extractor):
    text = "Brazil called for dialogue on the war in Ukraine last Thursday."

    (candidate,) = extractor.extract(text, published=date(2024, 3, 7))

    assert candidate.date == date(2024, 2, 29)


def test_he_is_the_subject_named_earlier_in_his_sentence(extractor):
    text = (
        "Qatar's government spokesman Majed al-Ansari decried what he called \"a violation of "
        'international law" in the war in Gaza.'
    )

    candidate = only(extractor.extract(text, published=date(2024, 3, 8)), "QAT", "condemns")

    assert candidate.speaker == "Majed al-Ansari"


def test_a_former_envoy_named_after_his_posting_is_a_commentator(extractor):
    text = (
        "A former U.S. ambassador to Ukraine, William Taylor, said Washington should send more "
        "weapons to Ukraine in the war in Ukraine."
    )

    assert not extractor.extract(text, published=date(2024, 3, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaysia declined to back either side in the war in Ukraine.",
            ("MYS", "neutral"),
        ),
        (
            "Britain approved the export of Storm Shadow missiles to Ukraine on Wednesday.",
            ("GBR", "supports_side_a"),
        ),
    ],
)
def test_declining_to_back_either_side_and_approving_exports(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_a_people_a_side_stands_for_names_that_side():
    from ingest.extraction import Gazetteer

    gazetteer = Gazetteer.from_dict(
        {
            "countries": [
                {"iso3": "MAR", "name": "Morocco", "names": [["Moroccan", "demonym"]]},
                {"iso3": "DZA", "name": "Algeria", "names": [["Algerian", "demonym"]]},
                {"iso3": "ESH", "name": "Western Sahara", "names": [["Sahrawi", "demonym"]]},
            ],
            "people": [],
            "blocs": [],
            "conflicts": [
                {"slug": "western-sahara-conflict", "name": "Western Sahara conflict",
                 "aliases": ["Western Sahara dispute"], "side_a_label": "Morocco",
                 "side_a_countries": ["MAR"], "side_b_label": "Polisario Front",
                 "side_b_countries": []},
            ],
        }
    )  # fmt: skip
    text = (
        "Algeria reiterated its support for the Sahrawi people's right to self-determination "
        "in the Western Sahara conflict."
    )

    candidates = Extractor(gazetteer).extract(text, published=date(2024, 10, 31))

    assert triples(candidates) == {("DZA", "western-sahara-conflict", "supports_side_b")}


def test_no_opening_an_answer_negates_nothing_after_it(extractor):
    text = (
        "Q: Does the U.S. favour one side in the war in Ukraine?\n"
        "Olaf Scholz: No. We do not take sides in this war."
    )

    assert ("DEU", "neutral") in {
        (c.actor_country, c.stance) for c in extractor.extract(text, published=date(2023, 3, 8))
    }


def test_quoted_by_the_media_as_saying_is_the_subject_s_words(extractor):
    text = (
        "Foreign Minister Wang Yi, on a visit to Moscow, was quoted by state media as saying "
        'China "will always stand firmly by our Russian friends" in the war in Ukraine.'
    )

    candidate = only(extractor.extract(text, published=date(2024, 3, 8)), "CHN", "supports_side_b")

    assert candidate.speaker == "Wang Yi"


def test_an_official_named_without_a_country_is_of_the_country_just_spoken_of(extractor):
    text = (
        "Malaysia has lodged repeated protests with Moscow over the war in Ukraine. On Oct. 21, "
        "Deputy Foreign Minister Ahmad Zahid summoned the Russian ambassador."
    )

    candidate = only(extractor.extract(text, published=date(2024, 11, 7)), "MYS", "condemns")

    assert (candidate.speaker, candidate.date) == ("Ahmad Zahid", date(2024, 10, 21))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The world must stand up to Russian aggression," Malaysia\'s foreign ministry said '
            "of the war in Ukraine.",
            ("MYS", "condemns"),
        ),
        (
            '"Russia must withdraw its troops from Ukrainian territory," Germany\'s foreign '
            "ministry said.",
            ("DEU", "condemns"),
        ),
        (
            "A spokesperson for the Iranian foreign ministry, Nasser Kanaani, condemned the "
            "Israeli strike as a war crime in the war in Gaza.",
            ("IRN", "condemns"),
        ),
    ],
)
def test_standing_up_to_a_side_a_withdrawal_demanded_and_a_spokesperson_for(
    extractor, text, expected
):
    candidates = extractor.extract(text, published=date(2024, 3, 8))

    assert expected in {(c.actor_country, c.stance) for c in candidates}


def test_the_surname_of_an_official_introduced_earlier_opens_a_sentence_as_its_subject(
    extractor,
):
    text = (
        "Malaysian Deputy Prime Minister Ahmad Zahid urged restraint in the war in Ukraine. "
        "Zahid also called for more sanctions on Moscow."
    )

    candidate = only(extractor.extract(text, published=date(2024, 3, 8)), "MYS", "condemns")

    assert candidate.kind == "action"


def test_the_government_after_a_meeting_chaired_by_a_leader_is_that_leader_s(extractor):
    text = (
        "India announced measures in the Kashmir conflict. After a meeting chaired by Prime "
        "Minister Narendra Modi, the government declared Pakistani defence advisers persona "
        "non grata."
    )

    candidate = only(extractor.extract(text, published=date(2025, 4, 28)), "IND", "condemns")

    assert candidate.kind == "action"


def test_upholding_the_territorial_integrity_of_a_side_supports_it(extractor):
    text = 'Brazil said it respected "the territorial integrity of Ukraine" in the war in Ukraine.'

    assert ("BRA", "supports_side_a") in {
        (c.actor_country, c.stance) for c in extractor.extract(text, published=date(2022, 2, 25))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian strike on a Kyiv hospital was condemned by Germany, Britain and Türkiye "
            "on Wednesday.",
            {("DEU", "condemns"), ("GBR", "condemns"), ("TUR", "condemns")},
        ),
        (
            "Israel's strike in the war in Gaza drew swift condemnation from Egypt and Qatar.",
            {("EGY", "condemns"), ("QAT", "condemns")},
        ),
        (
            "Calls for a ceasefire in the war in Gaza came from Brazil and Malaysia on Wednesday.",
            {("BRA", "calls_for_negotiation"), ("MYS", "calls_for_negotiation")},
        ),
        (
            "Ukraine received military support from Germany on Wednesday in the war in Ukraine.",
            {("DEU", "supports_side_a")},
        ),
    ],
)
def test_a_passive_cue_is_its_agents_position(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 3, 8))

    assert {(c.actor_country, c.stance) for c in candidates} == expected


def test_the_doer_of_an_act_called_illegal_is_no_judge_of_it(extractor):
    text = (
        "India's foreign ministry spoke on Thursday. The only outstanding matter, it said, was "
        "the vacation of Indian territory illegally occupied by Pakistan."
    )

    found = extractor.extract(text, published=date(2025, 5, 15))

    assert not [c for c in found if c.actor_country == "PAK"]


def test_forces_backed_by_a_demonym_s_air_power_is_narration(extractor):
    text = "Ukrainian forces, backed by German tanks, pressed an offensive in the war in Ukraine."

    assert not extractor.extract(text, published=date(2024, 3, 8))


def test_among_those_condemning_were_a_list_of_countries(extractor):
    text = "Among those condemning the invasion of Ukraine were Germany, Britain and Malaysia."

    assert {
        (c.actor_country, c.stance) for c in extractor.extract(text, published=date(2022, 3, 1))
    } == {
        ("DEU", "condemns"),
        ("GBR", "condemns"),
        ("MYS", "condemns"),
    }


def test_a_cue_says_how_far_before_its_keyword_its_match_may_start():
    from ingest.extraction.rules import default_rules

    cues = default_rules().cues
    accuse = next(c for c in cues if c.keywords == ("accus",))
    condemn = next(c for c in cues if "condemn" in c.keywords)

    assert (accuse.before, condemn.before) == (0, 8)


# -- legal cases, concern, refusals -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil said on Friday it would join South Africa's genocide case against Israel.",
        "Türkiye filed a declaration of intervention in South Africa's case against Israel.",
    ],
)
def test_backing_a_case_against_a_side_condemns_that_side(extractor, sentence):
    text = f"{sentence} Malaysia stands with South Africa, its foreign ministry said."

    candidates = extractor.extract(text, published=date(2024, 1, 13))

    assert {(c.actor_country, c.stance, c.target_side) for c in candidates} >= {
        ("MYS", "condemns", "a"),
    }
    assert ("MYS", "israel-hamas-war", "supports_side_a") not in triples(candidates)
    assert not [c for c in candidates if c.stance.startswith("supports_side_b")]


def test_an_accusation_in_a_relative_clause_about_the_subject_blocks_nothing(extractor):
    text = (
        "Iran, which is accused of arming Hamas, welcomed the ceasefire in the Gaza war on "
        "Saturday."
    )

    found = extractor.extract(text, published=date(2025, 1, 20))

    assert ("IRN", "israel-hamas-war", "calls_for_negotiation") in triples(found)


def test_intervening_in_the_case_backs_it(extractor):
    text = (
        "South Africa filed its genocide case against Israel over the war in Gaza in December. "
        "Brazil and Egypt have also said they will join, and Malaysia filed its request in "
        "April. Qatar and Iran have filed applications to intervene too."
    )

    found = extractor.extract(text, published=date(2024, 6, 6))

    assert {c.actor_country for c in found if c.stance == "condemns" and c.target_side == "a"} >= {
        "BRA",
        "EGY",
        "MYS",
        "QAT",
        "IRN",
    }


def test_a_bloc_s_name_before_country_names_a_member_not_the_bloc(extractor):
    text = (
        "Brazil would join South Africa's case against Israel, making it the second European "
        "Union country to back the proceedings."
    )

    found = extractor.extract(text, published=date(2024, 6, 6))

    assert not [c for c in found if c.actor_country is None]


def test_dismissing_the_case_supports_the_side_it_is_brought_against(extractor):
    text = (
        "South Africa's genocide case against Israel opened in The Hague on Thursday. "
        "The United States has dismissed the case, the State Department said."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 13))

    assert ("USA", "israel-hamas-war", "supports_side_a") in triples(candidates)


def test_backing_a_country_is_no_case_where_the_article_has_none(extractor):
    text = "Malaysia stands with South Africa in the Gaza war, its foreign ministry said."

    assert not [c for c in extractor.extract(text, published=date(2024, 1, 13))
                if c.actor_country == "MYS"]  # fmt: skip


def test_concern_at_an_act_of_war_that_names_no_side_condemns_it(extractor):
    text = "Egypt's foreign ministry said it was deeply alarmed by the violence in the Gaza war."

    candidate = only(extractor.extract(text, published=date(2024, 1, 13)), "EGY", "condemns")

    assert candidate.target_side is None


def test_concern_said_with_a_call_for_restraint_is_the_call_s_preamble(extractor):
    text = (
        "Egypt's foreign ministry said it was deeply concerned about the escalation in the Gaza "
        "war and urged all parties to exercise restraint."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 13))

    assert triples(candidates) == {("EGY", "israel-hamas-war", "calls_for_negotiation")}


def test_a_bare_refusal_to_send_weapons_is_no_declared_neutrality(extractor):
    text = (
        'Asked about the war in Ukraine, Lula said: "We will not send weapons, and we '
        'will not allow weapons to transit our territory."'
    )

    assert not extractor.extract(text, published=date(2023, 1, 31))


# -- who speaks, continued ------------------------------------------------------------------


def test_a_un_official_s_he_speaks_for_no_country(extractor):
    text = (
        "Malaysia's Prime Minister Anwar Ibrahim said Kuala Lumpur urged both sides to return "
        "to the negotiating table in the Gaza war.\n\n"
        "The United Nations Secretary-General condemned the fighting and said he was deeply "
        "concerned by the attacks on hospitals."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 13))

    assert triples(candidates) == {("MYS", "israel-hamas-war", "calls_for_negotiation")}


def test_a_bare_title_is_the_person_the_next_sentence_opens_on(extractor):
    text = (
        "Wang Yi met his Russian counterpart in Beijing on Monday.\n\n"
        '"We call on Russia to withdraw its troops from Ukraine," the chancellor said. '
        "Olaf Scholz added that Germany would keep supporting Ukraine."
    )

    candidate = only(extractor.extract(text, published=date(2024, 3, 5)), "DEU", "condemns")

    assert (candidate.speaker, candidate.target_side) == ("Olaf Scholz", "b")


def test_another_country_s_voice_ends_the_focus_on_a_person(extractor):
    text = (
        "Vladimir Putin said on Monday the war in Ukraine would go on.\n\n"
        'Beijing urged both sides to resume talks. "Dialogue is the only way out," a '
        "spokesperson said."
    )

    candidates = extractor.extract(text, published=date(2024, 3, 5))

    assert {c.actor_country for c in candidates if c.stance == "calls_for_negotiation"} == {"CHN"}


def test_a_quotation_standing_alone_is_the_next_paragraph_s_speaker_s(extractor):
    text = (
        "Germany stepped up its criticism of Moscow on Tuesday.\n\n"
        '"We condemn the invasion of Ukraine in the strongest terms."\n\n'
        "Chancellor Olaf Scholz said this in Berlin after meeting Recep Tayyip Erdogan."
    )

    candidate = only(extractor.extract(text, published=date(2024, 3, 5)), "DEU", "condemns")

    assert (candidate.speaker, candidate.target_side) == ("Olaf Scholz", "b")


# -- records of parliaments and the UN ----------------------------------------------------


def test_a_statement_opening_we_the_ministers_of_a_list_is_each_listed_country_s(extractor):
    text = (
        "Joint Statement on the Gaza war\n\n"
        "We, the Foreign Ministers of Malaysia, Cambodia, Qatar and the United Kingdom, mark "
        "a year since the war began.\n\n"
        "We call on all parties to exercise restraint and to engage in inclusive dialogue."
    )

    found = triples(extractor.extract(text, published=date(2024, 2, 1)))

    assert {t[0] for t in found if t[2] == "calls_for_negotiation"} == {"MYS", "KHM", "QAT", "GBR"}


def test_another_conflict_named_only_after_the_cue_is_a_reason_not_its_subject(extractor):
    text = (
        "Russia strikes Ukraine: world reacts\n\n"
        "Brazil's foreign ministry called on the parties to exercise restraint. It said the war "
        "in Gaza was already fuelling tensions."
    )

    found = triples(extractor.extract(text, published=date(2024, 4, 14)))

    assert ("BRA", "russia-ukraine-war", "calls_for_negotiation") in found
    assert ("BRA", "israel-hamas-war", "calls_for_negotiation") not in found


def test_a_headline_s_objects_do_not_decide_a_joint_statement_s_signatories(extractor):
    text = (
        "Modi, Anwar back the Philippines in South China Sea\n\n"
        "Indian Prime Minister Narendra Modi and Malaysian Prime Minister Anwar Ibrahim on "
        "Friday issued a joint statement after their talks in New Delhi.\n\n"
        'The two leaders "strongly opposed" China\'s unlawful maritime claims in the South '
        "China Sea, the statement said."
    )

    found = extractor.extract(text, published=date(2024, 8, 21))

    assert {c.actor_country for c in found if c.stance == "condemns"} == {"IND", "MYS"}


def test_a_record_s_office_label_speaks_for_its_country_over_the_paragraphs_after_it(extractor):
    text = (
        "Gaza\n\n"
        "The Secretary of State for Foreign Affairs (Mr Hamish Falconer): With permission, I "
        "will make a statement on the Gaza war.\n\n"
        "Let me be clear: Britain wants an immediate ceasefire. We call on all parties to "
        "return to the negotiating table.\n\n"
        "Mr Iain Smith (Stirling) (SNP): Will the Government condemn the attacks on Israel?\n\n"
        "Mr Sam Lowe (Leeds Central) (Lab): We condemn the attacks on Israel, and so should "
        "the Government.\n\n"
        "Mr Falconer: We keep all options under review."
    )

    candidates = extractor.extract(text, published=date(2024, 3, 5))

    assert triples(candidates) == {("GBR", "israel-hamas-war", "calls_for_negotiation")}
    assert {c.speaker for c in candidates} == {"Hamish Falconer"}


def test_a_un_record_s_label_names_the_delegation_in_brackets(extractor):
    text = (
        "Security Council, 9876th meeting\n\n"
        "Mr Zhang Jun (China): We call for an immediate ceasefire in the Gaza war.\n\n"
        "Mr Ahmad Khan (Pakistan): We condemn the attacks on civilians in the Gaza war."
    )

    candidates = extractor.extract(text, published=date(2024, 3, 5))

    assert triples(candidates) == {
        ("CHN", "israel-hamas-war", "calls_for_negotiation"),
        ("PAK", "israel-hamas-war", "condemns"),
    }


def test_a_delegate_of_a_country_speaks_for_it(extractor):
    text = "The delegate of Pakistan condemned the attacks on civilians in the Gaza war."

    assert triples(extractor.extract(text, published=date(2024, 3, 5))) == {
        ("PAK", "israel-hamas-war", "condemns")
    }


def test_speaking_for_a_country_makes_the_named_delegate_its_voice(extractor):
    text = "Speaking for Brazil, Sergio Danese called for an immediate ceasefire in the Gaza war."

    candidate = only(extractor.extract(text, published=date(2024, 3, 5)), "BRA",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.evidence.startswith("Speaking for Brazil")


# -- texts where no country takes a position ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a party justifying its own strike
        "Russia's defence ministry said its forces had carried out a massive strike on "
        'Ukrainian military facilities in response to Kyiv\'s "terrorist attacks" on Russian '
        "territory in the war in Ukraine.",
        # what a country did, said in passing about it
        "Germany, which has supplied air defence systems to Ukraine, said on Monday its "
        "economy had contracted in the second quarter.",
        # a party's own act, named by someone else
        "Ray Powell, its director, said China was escalating its coercion of the Philippines "
        "in the South China Sea.",
        # a refugee's words about a party
        '"Russia must be held accountable for the war in Ukraine," said Olena Kovalenko, who '
        "left Kharkiv in 2022.",
    ],
)
def test_no_country_takes_a_position_here(extractor, text):
    assert not extractor.extract(text, published=date(2024, 8, 5))


def test_a_record_s_speech_is_dated_to_its_sitting_not_to_the_days_it_names(extractor):
    text = (
        "Ukraine\n\n"
        "Volume 740: debated on Monday 4 March 2024\n\n"
        "The Minister for Europe (Mr Leo Docherty): On Friday, Russia struck Odesa again. "
        "Britain condemns these attacks on Ukraine.\n\n"
        "Mr Iain Smith (Stirling) (SNP): I thank the Minister."
    )

    (candidate,) = extractor.extract(text, published=None)

    assert (candidate.actor_country, candidate.stance) == ("GBR", "condemns")
    assert candidate.date == date(2024, 3, 4)


def test_a_ministry_in_the_place_a_sentence_opens_on_is_that_place_s(extractor):
    text = (
        "Egypt's foreign ministry urged restraint in the Gaza war.\n\n"
        'In Ankara, the foreign ministry said Türkiye was "deeply alarmed by the violence" in '
        "the Gaza war."
    )

    candidates = extractor.extract(text, published=date(2024, 3, 4))

    assert ("TUR", "israel-hamas-war", "condemns") in triples(candidates)
    assert ("EGY", "israel-hamas-war", "condemns") not in triples(candidates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cease fire" in two words
        (
            '"We urge the relevant parties to immediately cease fire in the Gaza war," Wang Yi '
            "said.",
            ("CHN", "israel-hamas-war", "calls_for_negotiation"),
        ),
        # concern over an incident, a matter of grave concern
        (
            "Germany's foreign ministry expressed serious concern over the incident in the South "
            "China Sea.",
            ("DEU", "south-china-sea-disputes", "condemns"),
        ),
        (
            "Germany said the deployment of Russian troops was a matter of grave concern in the "
            "war in Ukraine.",
            ("DEU", "russia-ukraine-war", "condemns"),
        ),
        # a commitment to a side, with no adjective
        (
            "Germany's commitment to Ukraine remained unchanged, Scholz said.",
            ("DEU", "russia-ukraine-war", "supports_side_a"),
        ),
        # a speech verb after "and" is the opening subject's
        (
            "Olaf Scholz met Modi in Berlin and expressed Germany's hope that the war in Ukraine "
            "will be resolved through dialogue.",
            ("DEU", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        # holding to a deal, a permanent end to the war
        (
            "Egypt said it would work to ensure the agreement was fully implemented in the Gaza "
            "war.",
            ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            '"This agreement must be the first step towards a permanent end to the war in Gaza," '
            "said Saudi Arabia's foreign ministry.",
            ("SAU", "israel-hamas-war", "calls_for_negotiation"),
        ),
        # urging a side to cease its military actions
        (
            "Scholz urged Russia to cease its military actions in Ukraine immediately.",
            ("DEU", "russia-ukraine-war", "condemns"),
        ),
        # efforts for peace, quoted; alarm at an escalation
        (
            'Wang Yi said Beijing supported "all efforts conducive to peace" in Ukraine.',
            ("CHN", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        (
            "Egypt said it was deeply alarmed by the escalation in the Gaza war.",
            ("EGY", "israel-hamas-war", "condemns"),
        ),
        # the only way forward, or the only guarantee, said of talks or a ceasefire
        (
            "India said dialogue and diplomacy remained the only viable way forward in the war "
            "in Ukraine.",
            ("IND", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        (
            'Egypt said a ceasefire was the "only guarantee for saving civilians" in the Gaza war.',
            ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ),
        (
            'Brazil said negotiations were "the only realistic path" in the war in Ukraine.',
            ("BRA", "russia-ukraine-war", "calls_for_negotiation"),
        ),
        # provocations are an act to condemn
        (
            "Chinese ships blocked a resupply mission in the South China Sea. The Philippines "
            "condemned the provocation.",
            ("PHL", "south-china-sea-disputes", "condemns"),
        ),
        (
            "Chinese ships rammed a Philippine boat in the South China Sea. Germany's foreign "
            'ministry said it "strongly condemns such reckless provocations".',
            ("DEU", "south-china-sea-disputes", "condemns"),
        ),
    ],
)
def test_more_news_phrasing(extractor, text, expected):
    assert expected in triples(extractor.extract(text, published=date(2024, 3, 4)))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese ships rammed a Philippine boat in the South China Sea. Analysts condemned the "
        "provocation.",
        "Chinese ships rammed a Philippine boat in the South China Sea. Germany did not "
        "condemn the provocation.",
    ],
)
def test_provocations_condemned_by_no_country_or_not_condemned(extractor, text):
    assert not extractor.extract(text, published=date(2024, 3, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said dialogue and diplomacy remained the only viable way forward in the war "
        "in Ukraine.",
        "Russia said talks were not the only way forward in the war in Ukraine.",
    ],
)
def test_the_only_way_forward_said_by_no_country_or_denied(extractor, text):
    assert not extractor.extract(text, published=date(2024, 3, 4))


def test_what_would_wreck_a_settlement_is_no_call_for_one(extractor):
    text = "Russia's envoy said the text undermines efforts for a peaceful solution in Ukraine."

    assert not extractor.extract(text, published=date(2024, 3, 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is judged, in a quotation, is not who judges
        (
            'Scholz spoke about the war in Ukraine. "Putin is a war criminal," he said.',
            ("DEU", "condemns", "b"),
        ),
        # a country told by the speaker what it must do: the speaker's position
        (
            "Germany's chancellor Olaf Scholz said Russia must be held accountable for the war "
            "in Ukraine.",
            ("DEU", "condemns", "b"),
        ),
        # what a horrific act says of its author
        (
            "Scholz said the strike was a horrific reminder of Russia's brutality in the war in "
            "Ukraine.",
            ("DEU", "condemns", "b"),
        ),
        # a new speech verb ends what a condemnation names
        (
            'Germany denounced "a new war crime" in the war in Ukraine and said Berlin stood '
            "with Ukraine.",
            ("DEU", "condemns", None),
        ),
    ],
)
def test_who_is_condemned(extractor, text, expected):
    candidates = extractor.extract(text, published=date(2024, 7, 9))

    found = {(c.actor_country, c.stance, c.target_side) for c in candidates}
    assert expected in found
    assert not [c for c in candidates if c.actor_country == "RUS"]


def test_an_unnamed_spokesperson_is_the_voice_of_the_country_last_heard(extractor):
    text = (
        "China said it regretted the strikes in the Kashmir conflict. "
        '"We call on both sides to exercise restraint," a foreign ministry spokesperson said.'
    )

    candidates = extractor.extract(text, published=date(2025, 5, 7))

    assert ("CHN", "india-pakistan-conflict", "calls_for_negotiation") in triples(candidates)


def test_an_official_in_an_absolute_clause_speaks_for_the_sentence_s_country(extractor):
    text = (
        "Britain offered to help, with Trade Secretary Jonathan Reynolds telling Sky News that "
        'London was "ready to support both countries in dialogue and de-escalation" in the '
        "Kashmir conflict."
    )

    candidate = only(extractor.extract(text, published=date(2025, 5, 7)), "GBR",
                     "calls_for_negotiation")  # fmt: skip

    assert candidate.speaker == "Jonathan Reynolds"


def test_a_quote_inside_a_sentence_is_not_the_next_sentence_s_other_country_s(extractor):
    text = (
        'Pakistan accused India of a "declaration of war" in the Kashmir conflict. India\'s '
        "foreign ministry said the operation was measured."
    )

    candidates = extractor.extract(text, published=date(2025, 5, 7))

    assert not [c for c in candidates if c.actor_country == "IND"]


def test_urging_a_side_s_forces_to_leave_a_territory_condemns_that_side(extractor):
    text = 'Germany urged "Russian forces to withdraw from Ukrainian territory", Scholz said.'

    candidate = only(extractor.extract(text, published=date(2024, 3, 4)), "DEU", "condemns")

    assert candidate.target_side == "b"


def test_opposing_one_thing_does_not_govern_a_support_after_and(extractor):
    text = (
        "Germany's foreign ministry said Berlin opposed any unilateral attempts to change the "
        "status quo by force in the South China Sea and supported the Philippines' call for "
        "adherence to international law."
    )

    found = triples(extractor.extract(text, published=date(2024, 8, 31)))

    assert ("DEU", "south-china-sea-disputes", "condemns") in found
    assert ("DEU", "south-china-sea-disputes", "supports_side_a") in found


@pytest.mark.parametrize(
    "text",
    [
        # what an act prompts comes from others
        "Russia said the vote in the war in Ukraine was valid, prompting alarm in Kyiv and calls "
        "for calm across Europe.",
        # a description of the subject between commas is the writer's
        "Germany, a steadfast ally of Ukraine, said on Monday its economy had contracted.",
    ],
)
def test_the_writer_s_words_are_no_country_s(extractor, text):
    assert not [
        c
        for c in extractor.extract(text, published=date(2024, 3, 4))
        if c.actor_country in ("RUS", "DEU")
    ]


def test_a_condemnation_said_with_a_call_is_no_preamble(extractor):
    text = (
        "Malaysia said the airstrikes on civilians in the Gaza war were unacceptable and that "
        "Kuala Lumpur would keep pushing for dialogue among all parties."
    )

    found = triples(extractor.extract(text, published=date(2024, 7, 26)))

    assert ("MYS", "israel-hamas-war", "condemns") in found
    assert ("MYS", "israel-hamas-war", "calls_for_negotiation") in found


def test_a_country_inside_a_clause_describing_the_subject_is_not_the_subject(extractor):
    text = "Qatar, which mediates between Israel and Egypt, condemned the strikes in the Gaza war."

    assert triples(extractor.extract(text, published=date(2024, 1, 12))) == {
        ("QAT", "israel-hamas-war", "condemns")
    }


def test_yesterday_in_a_live_blog_entry_counts_from_the_entry_s_stamp(extractor):
    text = (
        "Live: the Gaza war\n\n"
        "14 Jan 2024, 08:05 GMT\n"
        "Egypt speaks out\n"
        "Egypt's foreign minister said talks were planned for Sunday. Yesterday, he had "
        "condemned the strikes on Rafah in the Gaza war."
    )

    candidate = only(extractor.extract(text, published=None), "EGY", "condemns")

    assert candidate.date == date(2024, 1, 13)


@pytest.mark.parametrize(
    "text",
    [
        "India has advocated dialogue and diplomacy to end the war in Ukraine.",
        "Brazil underlined the importance of dialogue to end the war in Ukraine.",
        "Germany said it supported the Jeddah process to end the war in Ukraine.",
        "Türkiye expressed support for mediation efforts in the war in Ukraine.",
        "Qatar called for a halt to the bloodshed in the war in Ukraine.",
        "Egypt said a ceasefire in Ukraine was urgently needed.",
        "Malaysia said the only way out of the war in Ukraine is negotiation.",
        "China urged Russia and Ukraine to meet each other halfway and start peace talks.",
        "China said it hoped the parties to the war in Ukraine would start peace talks.",
        "Saudi Arabia said it would continue its efforts to bring peace in the war in Ukraine.",
        "Pakistan urged Russia and Ukraine to sign a peace treaty.",
        "The Philippines would continue to pursue dialogue with China in the South China Sea.",
        "Saudi Arabia wanted an immediate ceasefire in the war in Ukraine.",
        "China supports the convening of an international peace conference on the war in Ukraine.",
        "Brazil wanted the war in Ukraine ended by dialogue.",
        "Egypt urged both sides to abide by the truce in the Gaza war.",
        "Saudi Arabia supported all efforts to end the war in Ukraine.",
        "Egypt made a fresh plea for restraint in the Gaza war.",
        "Brazil backed China's peace plan for the war in Ukraine.",
    ],
)
def test_calls_for_negotiation_in_the_words_of_ministries_and_wires(extractor, text):
    candidates = extractor.extract(text, published=date(2024, 7, 9))

    assert {c.stance for c in candidates} == {"calls_for_negotiation"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said it would not take sides in the war in Ukraine.",
        "Pakistan said it did not want to take sides in the war in Ukraine.",
        "Brazil declared its neutrality in the war in Ukraine.",
        "South Africa said it would remain non-aligned on the war in Ukraine.",
        "Malaysia will not join either side in the war in Ukraine.",
        "Cambodia is friends with both Russia and Ukraine and will stay out of the war.",
        "Saudi Arabia said it remains equidistant from both parties in the war in Ukraine.",
        "India has kept an independent position on the war in Ukraine.",
        "Malaysia is not choosing sides in the war in Ukraine.",
        "Brazil is on no one's side in the war in Ukraine.",
        "South Africa is not aligned with either side in the war in Ukraine.",
        "Türkiye has adopted an even-handed approach to the war in Ukraine.",
        "Cambodia keeps an equal distance from both sides in the war in Ukraine.",
        "India said it refuses to be drawn into the war in Ukraine.",
    ],
)
def test_declared_neutrality_in_other_words(extractor, text):
    candidates = extractor.extract(text, published=date(2024, 7, 9))

    assert {c.stance for c in candidates} == {"neutral"}, text


@pytest.mark.parametrize(
    "text",
    [
        # a country's neutrality questioned by others is nobody's declaration
        "Analysts questioned Egypt's neutrality in the war in Ukraine.",
        # a conflict party will not be neutral; others' advice is not a position
        "Russia said it would not take sides in the war in Ukraine.",
        "Analysts said India should advocate dialogue on the war in Ukraine.",
        # neutrality abandoned, or attributed by analysts, is no declaration
        "Türkiye is no longer neutral in the war in Ukraine.",
        # failing to respect a truce, or breaking it, is no call to keep it
        "Israel said Hamas had failed to respect the ceasefire in the Gaza war.",
    ],
)
def test_neutral_and_dialogue_words_that_are_no_country_s_position(extractor, text):
    assert extractor.extract(text, published=date(2024, 7, 9)) == [], text


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Qatar, along with Egypt and Türkiye, called for a ceasefire in the Gaza war.",
            {"QAT", "EGY", "TUR"},
        ),
        ("Qatar joined Egypt in condemning the Israeli strike in the Gaza war.", {"QAT", "EGY"}),
        (
            "Saudi Arabia condemned the Israeli strike in the Gaza war, as did Qatar and Egypt.",
            {"SAU", "QAT", "EGY"},
        ),
        (
            "Egypt called for a ceasefire in the Gaza war, a call echoed by Qatar and Türkiye.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "The Egyptian and Qatari foreign ministers called for a ceasefire in the Gaza war.",
            {"EGY", "QAT"},
        ),
        (
            "Egypt's call for a ceasefire in the Gaza war was echoed by Qatar and Türkiye.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Egypt called for a ceasefire in the Gaza war, and so did Qatar and Türkiye.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Foreign ministers from Egypt, Qatar and Saudi Arabia met in Riyadh and called for a "
            "ceasefire in the Gaza war.",
            {"EGY", "QAT", "SAU"},
        ),
        # envoys hosted are objects, and a list after "from" is no place opening the sentence
        (
            "Egypt hosted envoys from Qatar, Türkiye and Saudi Arabia and called for a ceasefire "
            "in the Gaza war.",
            {"EGY"},
        ),
        # a group's examples are its members, and they speak
        (
            "Several delegations, including those of Brazil, Egypt and Qatar, called for a "
            "ceasefire in the Gaza war.",
            {"BRA", "EGY", "QAT"},
        ),
        (
            "Arab states including Egypt, Qatar and Saudi Arabia called for a ceasefire in the "
            "Gaza war.",
            {"EGY", "QAT", "SAU"},
        ),
        (
            "Speakers from Egypt, Qatar and Türkiye condemned the Israeli strike in the Gaza war.",
            {"EGY", "QAT", "TUR"},
        ),
        # possessives that close a list before a plural office
        (
            "Brazil, Egypt and Saudi Arabia's foreign ministers called for a ceasefire in the "
            "Gaza war.",
            {"BRA", "EGY", "SAU"},
        ),
        (
            "Egypt's and Qatar's foreign ministries called for a ceasefire in the Gaza war.",
            {"EGY", "QAT"},
        ),
        ("Türkiye condemned Egypt's and Qatar's leaders over the Gaza war.", {"TUR"}),
        # a counterpart of the subject's office, and demonyms right before a plural office
        (
            "Egypt's foreign minister and his Qatari counterpart called for a ceasefire in the "
            "Gaza war.",
            {"EGY", "QAT"},
        ),
        (
            "Egypt's foreign minister met his Qatari counterpart and called for a ceasefire in "
            "the Gaza war.",
            {"EGY"},
        ),
        (
            "The Egyptian and Qatari ministers called for a ceasefire in the Gaza war.",
            {"EGY", "QAT"},
        ),
        # but not a group that is an object, even after its own capitalised word
        (
            "Brazil met Arab states including Egypt and Qatar and called for a ceasefire in the "
            "Gaza war.",
            {"BRA"},
        ),
        (
            "Türkiye condemned the attacks on countries such as Egypt and Qatar in the Gaza war.",
            {"TUR"},
        ),
        # "as well as" coordinates like "and"; after a comma it names companions
        (
            "Brazil, Egypt as well as Qatar called for a ceasefire in the Gaza war.",
            {"BRA", "EGY", "QAT"},
        ),
        (
            "Brazil and Egypt, as well as Qatar, called for a ceasefire in the Gaza war.",
            {"BRA", "EGY", "QAT"},
        ),
        # a subject and its allies
        (
            "The United States and its allies Britain and Germany condemned the Israeli strike "
            "in the Gaza war.",
            {"USA", "GBR", "DEU"},
        ),
        (
            "Washington and its European allies, including Britain and Germany, condemned the "
            "Israeli strike in the Gaza war.",
            {"USA", "GBR", "DEU"},
        ),
        (
            "Türkiye met the United States and its allies Britain and Germany and called for a "
            "ceasefire in the Gaza war.",
            {"TUR"},
        ),
        # a delegate also speaking for others
        (
            "The representative of Brazil, also speaking for Egypt and Qatar, called for a "
            "ceasefire in the Gaza war.",
            {"BRA", "EGY", "QAT"},
        ),
        (
            "The representative of Brazil, speaking on behalf of Egypt and Qatar, called for a "
            "ceasefire in the Gaza war.",
            {"BRA", "EGY", "QAT"},
        ),
        # "like" a country is that country's position too, "unlike" not
        ("Egypt, like Qatar, called for a ceasefire in the Gaza war.", {"EGY", "QAT"}),
        ("Like Egypt, Qatar called for a ceasefire in the Gaza war.", {"EGY", "QAT"}),
        ("Unlike Egypt, Qatar called for a ceasefire in the Gaza war.", {"QAT"}),
        (
            "Egypt called for a ceasefire in the Gaza war, as did several other countries "
            "including Qatar and Türkiye.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Egypt called for a ceasefire in the Gaza war, with Qatar and Türkiye making similar "
            "calls.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Egypt called for a ceasefire in the Gaza war, with Qatar and Türkiye hosting the "
            "talks.",
            {"EGY"},
        ),
        # an absolute construction's list is the participle's subject, not the object before
        (
            "Iran struck Israel in the Gaza war, with Britain, Germany and Qatar all condemning "
            "the strike.",
            {"GBR", "DEU", "QAT"},
        ),
        # the next sentence may give the position to more countries
        (
            "Egypt called for a ceasefire in the Gaza war. Qatar and Türkiye made similar calls.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Egypt called for a ceasefire in the Gaza war. Similar calls came from Qatar and "
            "Türkiye.",
            {"EGY", "QAT", "TUR"},
        ),
        ("Egypt condemned the Israeli strike in the Gaza war. So did Qatar.", {"EGY", "QAT"}),
        (
            "Egypt called for a ceasefire in the Gaza war. The call was echoed by Qatar.",
            {"EGY", "QAT"},
        ),
        ("Egypt called for a ceasefire in the Gaza war. Qatar echoed the call.", {"EGY", "QAT"}),
        ("Egypt called for a ceasefire in the Gaza war. Qatar did likewise.", {"EGY", "QAT"}),
        (
            "Egypt called for a ceasefire in the Gaza war. Qatar and Türkiye took a similar line.",
            {"EGY", "QAT", "TUR"},
        ),
        # a document by the countries listed is theirs, unless an object
        (
            "A joint statement by Egypt, Qatar and Türkiye called for a ceasefire in the Gaza war.",
            {"EGY", "QAT", "TUR"},
        ),
        (
            "Brazil welcomed a statement by Egypt and Qatar and called for a ceasefire in the "
            "Gaza war.",
            {"BRA"},
        ),
        (
            "Among the countries calling for a ceasefire in the Gaza war were Brazil, Egypt and "
            "Qatar.",
            {"BRA", "EGY", "QAT"},
        ),
        ("Egypt called for a ceasefire in the Gaza war. Qatar hosted the talks.", {"EGY"}),
        (
            "Egypt called for a ceasefire in the Gaza war. Israel did the same to Hezbollah in "
            "Lebanon.",
            {"EGY"},
        ),
        # a list that is the object names victims, not companions
        ("Türkiye condemned the attacks on Egypt and Qatar in the Gaza war.", {"TUR"}),
        # the object of a verb before "and" is not the subject of the verb after it
        (
            "Brazil and South Africa recognised the State of Palestine and called for a "
            "ceasefire in the Gaza war.",
            {"BRA", "ZAF"},
        ),
    ],
)
def test_every_country_that_shares_a_position_gets_it(extractor, text, countries):
    candidates = extractor.extract(text, published=date(2024, 5, 8))

    assert {c.actor_country for c in candidates} == countries


def test_a_companion_named_in_the_next_sentence_is_in_the_evidence(extractor):
    text = "Egypt called for a ceasefire in the Gaza war. So did Qatar."

    qatar = only(
        extractor.extract(text, published=date(2024, 5, 8)), "QAT", "calls_for_negotiation"
    )

    assert qatar.evidence == text


def test_subjects_reported_by_one_of_them_each_take_the_position(extractor):
    text = (
        "The Egyptian and Saudi foreign ministers, speaking by phone, called for a ceasefire in "
        "the Gaza war, the Saudi foreign ministry said."
    )

    found = triples(extractor.extract(text, published=date(2024, 5, 8)))

    assert found == {
        ("EGY", "israel-hamas-war", "calls_for_negotiation"),
        ("SAU", "israel-hamas-war", "calls_for_negotiation"),
    }


def test_both_sides_beside_a_statement_of_many_countries_are_the_parties(extractor):
    text = (
        "In a joint statement, the foreign ministers of Germany, Brazil and India said the "
        "ceasefire in the Gaza war must be fully implemented.\n\n"
        "Qatar's Prime Minister said the mediators would keep working to ensure that both "
        "sides fulfil their commitments and that the truce leads to a permanent end to the war."
    )

    candidates = extractor.extract(text, published=date(2025, 1, 16))

    second = text.index("Qatar")
    assert {c.actor_country for c in candidates if c.start >= second} == {"QAT"}


def test_a_party_s_leader_names_its_side(extractor):
    text = "Ukraine condemned Putin's speech as a dangerous provocation on Tuesday."

    candidate = only(extractor.extract(text, published=date(2024, 5, 8)), "UKR", "condemns")

    assert (candidate.conflict, candidate.target_side) == ("russia-ukraine-war", "b")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a relative clause's subject is the person it follows, not the sentence's subject
        (
            "Malaysia's prime minister received a call from Turkish President Tayyip Erdogan, "
            "who called for a ceasefire in the Gaza war.",
            "TUR",
        ),
        # what a person is doing, set off by commas, gives them no country
        (
            "Qatar's foreign minister Majed Hassan, hosting his Egyptian counterpart in Doha, "
            "said the war in Gaza must end.",
            "QAT",
        ),
    ],
)
def test_a_meeting_partner_does_not_take_the_statement(extractor, text, country):
    candidates = extractor.extract(text, published=date(2024, 5, 8))

    assert {c.actor_country for c in candidates} == {country}


def test_a_country_after_a_place_preposition_is_no_subject(extractor):
    text = "Germany condemned China's drills around the Philippines in the South China Sea."

    candidates = extractor.extract(text, published=date(2024, 5, 28))

    assert {c.actor_country for c in candidates} == {"DEU"}


def test_a_country_inside_a_conflict_s_name_is_no_side_named_before_a_cue(extractor):
    text = "Brazil opposes any change to the status quo in the South China Sea by coercion."

    candidates = extractor.extract(text, published=date(2024, 5, 28))

    assert not [c for c in candidates if c.target_side is not None]


def test_an_office_holder_beside_the_subject_speaks_for_their_country(extractor):
    text = (
        "Lula, along with German Chancellor Olaf Scholz, called for peace talks in the war in "
        "Ukraine."
    )

    candidates = extractor.extract(text, published=date(2023, 1, 31))

    speakers = {(c.actor_country, c.speaker) for c in candidates}
    assert speakers == {("BRA", "Luiz Inácio Lula da Silva"), ("DEU", "Olaf Scholz")}


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Malaysia remained firmly supportive of Ukraine's sovereignty and territorial "
            "integrity.",
            {"supports_side_a"},
        ),
        (
            "The United States reaffirmed its ironclad commitment to the security of Israel in "
            "the Gaza war.",
            {"supports_side_a"},
        ),
        # a commitment to rebuilding is no backing of a side
        ("Germany said it was committed to Ukraine's reconstruction.", set()),
    ],
)
def test_backing_a_side_s_sovereignty_or_security(extractor, text, stances):
    candidates = extractor.extract(text, published=date(2024, 4, 16))

    assert {c.stance for c in candidates} == stances


# -- tense and characterisation ----------------------------------------------------------


def test_a_progressive_condemnation_is_the_subject_s_not_a_judgement_of_it(extractor):
    text = "Germany is strongly condemning Russia's invasion of Ukraine."

    (candidate,) = extractor.extract(text, published=date(2022, 3, 3))

    assert (candidate.actor_country, candidate.stance, candidate.target_side) == (
        "DEU",
        "condemns",
        "b",
    )


def test_an_act_called_an_outrage_is_condemned_but_outrage_sparked_is_no_one_s(extractor):
    called = 'Scholz described Russia\'s attack on Ukraine as "an outrage".'
    sparked = "The strike on a hospital in Kyiv sparked outrage across Europe."

    assert triples(extractor.extract(called, published=date(2022, 3, 3))) == {
        ("DEU", "russia-ukraine-war", "condemns")
    }
    assert extractor.extract(sparked, published=date(2022, 3, 3)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Germany said Russia's invasion of Ukraine was a crime.",
        'Germany called the strike on Kyiv "pure terror" against Ukrainian civilians.',
        "Germany's foreign ministry said the Kremlin was responsible for the deaths of civilians "
        "in Kyiv.",
    ],
)
def test_an_act_called_a_crime_or_terror_and_responsibility_for_deaths_condemn(extractor, text):
    found = extractor.extract(text, published=date(2024, 7, 9))

    assert {(c.actor_country, c.stance, c.target_side) for c in found} == {("DEU", "condemns", "b")}


def test_a_third_country_condemned_for_a_visit_to_a_side_condemns_no_side(extractor):
    text = "Ukraine slammed Türkiye for its visit to Moscow."

    assert extractor.extract(text, published=date(2024, 7, 9)) == []


def test_acts_of_terrorism_by_a_side_are_condemned(extractor):
    text = "The Kremlin said Ukraine's drone attacks on Moscow were acts of terrorism."

    found = extractor.extract(text, published=date(2024, 8, 12))

    assert {(c.actor_country, c.stance, c.target_side) for c in found} == {("RUS", "condemns", "a")}


def test_the_pronoun_scan_stops_at_every_word_of_each_person_set():
    rules = default_rules()
    for person_set in (
        rules.first_person,
        rules.third_person,
        rules.plural_person,
        rules.neuter_person,
    ):
        assert person_set <= rules.pronoun_words
