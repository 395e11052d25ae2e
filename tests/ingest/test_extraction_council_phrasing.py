"""UN meetings coverage as wire services write it: what a resolution voted on is about, envoys
named after their posting and later by surname, UN officials among the speakers."""

from datetime import date

import pytest

from ingest.extraction import Extractor, Gazetteer
from tests.ingest.test_extraction_gazetteer import small_gazetteer, triples


def _gazetteer() -> Gazetteer:
    return small_gazetteer(
        countries=[
            {"iso3": "DZA", "name": "Algeria", "names": [["Algerian", "demonym"]]},
            {"iso3": "MOZ", "name": "Mozambique", "names": [["Mozambican", "demonym"]]},
            {"iso3": "YEM", "name": "Yemen", "names": [["Yemeni", "demonym"]]},
            {"iso3": "JPN", "name": "Japan", "names": [["Japanese", "demonym"]]},
        ],
        conflicts=[
            {"slug": "yemen-civil-war", "name": "Yemen civil war", "aliases": ["war in Yemen"],
             "side_a_label": "Internationally recognised government and Saudi-led coalition",
             "side_a_countries": ["SAU", "YEM"],
             "side_b_label": "Houthis (Ansar Allah)", "side_b_countries": []},
        ],
    )  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return Extractor(_gazetteer())


# -- what a resolution voted on is about ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Algeria abstained on Wednesday in the vote on a Security Council resolution condemning "
        "attacks by the Houthis on shipping in the Red Sea, saying the text ignored the war in "
        "Gaza.\n\nThe resolution was adopted by 11 votes to none, with 4 abstentions (Algeria, "
        "China, Mozambique and Russia).\n\nThe Houthis say they target ships linked to Israel "
        "over the war in Gaza, and Gaza's suffering dominated the debate.",
        "Algeria, China, Mozambique and Russia abstained on Wednesday as the Security Council "
        "adopted a resolution demanding that the Houthis stop attacking merchant ships, after "
        "envoys argued over Gaza.\n\nAlgeria's envoy said the war in Gaza was the root cause; "
        "the conflict in Gaza, he said, had to end.",
        "The Council passed a draft condemning Houthi attacks on vessels in the Red Sea on "
        "Wednesday. Algeria, China, Mozambique and Russia abstained, citing the war in Gaza.\n\n"
        "Gaza was on every speaker's mind, and the Gaza war was named by most delegations.",
    ],
)
def test_a_vote_is_on_the_conflict_its_resolution_is_described_doing(extractor, text):
    found = triples(extractor.extract(text, published=date(2024, 1, 11)))

    for country in ("DZA", "CHN", "MOZ", "RUS"):
        assert (country, "yemen-civil-war", "abstains") in found
    assert not {t for t in found if t[1] == "israel-hamas-war" and t[2] == "abstains"}


def test_a_resolution_described_after_the_lead_does_not_move_the_article_s_votes(extractor):
    text = (
        "Hungary's foreign minister said on Saturday that the war in Ukraine must end in talks "
        "and that Russia was the aggressor.\n\n"
        "He said Hungary voted for the resolutions at the General Assembly that said so.\n\n"
        "On Friday, Hungary was among 14 countries that voted against a resolution calling for "
        "a humanitarian truce in the war in Gaza."
    )
    candidates = Extractor(
        small_gazetteer(
            countries=[{"iso3": "HUN", "name": "Hungary", "names": [["Hungarian", "demonym"]]}]
        )  # fmt: skip
    ).extract(text, published=date(2023, 10, 28))

    assert ("HUN", "israel-hamas-war", "other") in triples(candidates)
    assert not [c for c in candidates if c.conflict == "israel-hamas-war" and c.stance != "other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China's representative said his country had abstained because the text ignored the "
        "concerns of all parties, and called on all parties to exercise restraint.",
        "Explaining China's abstention, its envoy said China had abstained and urged all "
        "parties to exercise restraint and pursue dialogue.",
    ],
)
def test_what_a_voter_says_beside_the_vote_is_on_the_vote_s_conflict(extractor, sentence):
    text = (
        "The Security Council on Wednesday adopted a resolution condemning Houthi attacks on "
        "shipping, with China abstaining.\n\n"
        "The Houthis say they act in solidarity with Gaza, and the war in Gaza was raised.\n\n"
        f"{sentence}"
    )

    found = triples(extractor.extract(text, published=date(2024, 1, 11)))

    assert ("CHN", "yemen-civil-war", "calls_for_negotiation") in found
    assert ("CHN", "israel-hamas-war", "calls_for_negotiation") not in found


# -- envoys and UN officials ------------------------------------------------------------------


@pytest.mark.parametrize(
    "introduction",
    [
        "the Permanent Representative of Algeria to the United Nations, Amar Bendjama, said",
        "the representative of Algeria to the UN, Amar Bendjama, told the Council",
        "the Ambassador of Algeria to the United Nations, Amar Bendjama, said",
    ],
)
def test_an_envoy_named_after_the_posting_is_the_country_s_later_by_surname(
    extractor, introduction
):
    text = (
        "The Security Council adopted a resolution on the war in Yemen on Wednesday.\n\n"
        f"Explaining the vote, {introduction} that Algeria attached importance to shipping.\n\n"
        "Mr. Bendjama called on all Yemeni parties to give priority to dialogue."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 11))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert (call.actor_country, call.conflict) == ("DZA", "yemen-civil-war")
    assert call.speaker == "Amar Bendjama"


def test_a_surname_after_an_honorific_is_nobody_the_article_did_not_introduce(extractor):
    text = (
        "The Security Council met on the war in Yemen on Wednesday.\n\n"
        "Mr. Bendjama called on all Yemeni parties to give priority to dialogue."
    )

    assert extractor.extract(text, published=date(2024, 1, 11)) == []


@pytest.mark.parametrize(
    "envoy",
    ["the UN Special Envoy, Hans Grundberg,", "the U.N. envoy, Hans Grundberg,"],
)
def test_a_named_un_envoy_in_a_call_speaks_for_no_country(extractor, envoy):
    text = (
        "Algeria's ambassador Amar Bendjama said on Wednesday that the war in Yemen had gone on "
        "too long.\n\n"
        "Mr. Bendjama called on all Yemeni parties to give priority to dialogue and to support "
        f"the efforts of {envoy} to reach a comprehensive political settlement."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 11))

    assert ("DZA", "yemen-civil-war", "calls_for_negotiation") in triples(candidates)
    assert not [c for c in candidates if c.speaker == "Hans Grundberg"]


# -- urging others to adopt a text ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Jordan's foreign minister had urged member states to back the text on Thursday.",
        "Egypt appealed to the General Assembly to adopt the draft on Thursday.",
        "On Thursday Qatar called on all countries to vote in favour of the resolution.",
    ],
)
def test_urging_others_to_adopt_a_text_takes_its_stance(sentence):
    text = (
        "The General Assembly on Friday adopted a resolution calling for a humanitarian truce "
        "in the war in Gaza.\n\n" + sentence
    )
    candidates = Extractor(
        small_gazetteer(
            countries=[{"iso3": "JOR", "name": "Jordan", "names": [["Jordanian", "demonym"]]}]
        )  # fmt: skip
    ).extract(text, published=date(2023, 10, 28))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert call.conflict == "israel-hamas-war"
    assert call.kind == "statement"
    assert call.date == date(2023, 10, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel urged member states to reject the text on Thursday.",
        "Analysts urged member states to back the text on Thursday, said a professor at the "
        "Institute for Security Studies.",
        "Qatar said on Thursday it had been urged by Egypt to back the text.",
    ],
)
def test_urging_a_no_or_urged_by_others_is_not_urging_adoption(sentence):
    text = (
        "The General Assembly on Friday adopted a resolution calling for a humanitarian truce "
        "in the war in Gaza.\n\n" + sentence
    )
    candidates = Extractor(small_gazetteer()).extract(text, published=date(2023, 10, 28))

    assert not [c for c in candidates if c.stance == "calls_for_negotiation"]


# -- "the ministry" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a statement issued late Friday, Algeria's Foreign Ministry welcomed the resolution "
        "on the war in Yemen.\n\n"
        '"We call for an immediate ceasefire and a return to talks," the ministry said.',
        "The Algerian foreign ministry, which answers to the presidency, has written to the "
        "Council. In a statement on Friday, the ministry called for a ceasefire in the war in "
        "Yemen.",
        "Algeria's Ministry of Foreign Affairs issued a statement on Friday on the war in Yemen. "
        "The ministry urged all parties to agree to a ceasefire.",
    ],
)
def test_the_ministry_is_the_country_whose_ministry_was_last_named(extractor, text):
    candidates = extractor.extract(text, published=date(2024, 1, 13))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert call.actor_country == "DZA"


def test_the_ministry_named_paragraphs_before_is_no_longer_the_one_meant(extractor):
    text = (
        "Algeria's Foreign Ministry welcomed the resolution on Friday.\n\n"
        "Fighting went on in the war in Yemen.\n\n"
        "Shipping companies rerouted vessels.\n\n"
        "The ministry called for a ceasefire in the war in Yemen, a spokesman for the shipping "
        "group said."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 13))

    assert not [c for c in candidates if c.actor_country == "DZA"]


# -- whose vote ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's ambassador said the aggressor had vetoed its own aggression.",
        "Ukraine's envoy said on Friday that Moscow's allies had abstained to shield it.",
        "Ukraine's foreign minister said several African states had voted against the text.",
    ],
)
def test_a_vote_the_speaker_names_others_casting_is_not_the_speaker_s(extractor, sentence):
    text = (
        "The Security Council failed on Friday to adopt a draft resolution deploring Russia's "
        "invasion of Ukraine.\n\n" + sentence
    )

    found = triples(extractor.extract(text, published=date(2022, 2, 26)))

    assert not [t for t in found if t[0] == "UKR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China's ambassador said his country had abstained.",
        "China's envoy said that it would therefore abstain.",
        "China's ambassador said his delegation had abstained.",
    ],
)
def test_the_speaker_s_own_vote_stays_theirs(extractor, sentence):
    text = (
        "The Security Council failed on Friday to adopt a draft resolution deploring Russia's "
        "invasion of Ukraine.\n\n" + sentence
    )

    found = triples(extractor.extract(text, published=date(2022, 2, 26)))

    assert ("CHN", "russia-ukraine-war", "abstains") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States and Israel voted against the resolution, together with Hungary and "
        "several other states.",
        "The United States and Israel voted against the resolution, along with Hungary.",
    ],
)
def test_countries_together_with_the_voters_vote_the_same(sentence):
    text = (
        "The General Assembly adopted a resolution calling for a humanitarian truce in the war "
        "in Gaza on Friday.\n\n" + sentence
    )
    candidates = Extractor(
        small_gazetteer(
            countries=[{"iso3": "HUN", "name": "Hungary", "names": [["Hungarian", "demonym"]]}]
        )  # fmt: skip
    ).extract(text, published=date(2023, 10, 28))

    assert ("HUN", "israel-hamas-war", "other") in triples(candidates)


# -- UN meetings coverage: "NAME (Country)" ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("T.S. TIRUMURTI (India) said his country was deeply disturbed.", "T.S. Tirumurti"),
        ("FERIT HOXHA (Albania), co-penholder, said the text defended the Charter.",
         "Ferit Hoxha"),
        ("LANA ZAKI NUSSEIBEH (United Arab Emirates) said her delegation was focused on "
         "de-escalation.", "Lana Zaki Nusseibeh"),
    ],
)  # fmt: skip
def test_a_delegate_in_capitals_before_a_bracketed_country_speaks_for_it(sentence, speaker):
    text = (
        "The Security Council failed on Friday to adopt a draft resolution on the war in "
        f"Ukraine.\n\n{sentence} Dialogue is the only answer to settling differences, he said. "
        "Ukraine should be a bridge, she said."
    )
    gazetteer = small_gazetteer(
        countries=[{"iso3": "ALB", "name": "Albania", "names": []},
                   {"iso3": "ARE", "name": "United Arab Emirates", "names": []}]
    )  # fmt: skip

    candidates = Extractor(gazetteer).extract(text, published=date(2022, 2, 26))

    (call,) = [c for c in candidates if c.stance == "calls_for_negotiation"]
    assert call.speaker == speaker
    assert call.actor_country in ("IND", "ALB", "ARE")


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote at the UN (United Nations) showed that dialogue is the only answer, he said.",
        "Officials of the EU (Belgium) said dialogue is the only answer.",
    ],
)
def test_capitals_that_are_no_name_before_a_bracketed_country_speak_for_nobody(sentence):
    text = "The Security Council met on the war in Ukraine on Friday.\n\n" + sentence

    candidates = Extractor(small_gazetteer()).extract(text, published=date(2022, 2, 26))

    assert not [c for c in candidates if c.speaker and c.speaker.isupper()]
    assert not [c for c in candidates if c.actor_country == "BEL"]


# -- a voter's alignment beside the resolution's description -------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "India sided with Russia on Monday in voting against a General Assembly resolution that "
        "condemned Moscow's invasion of Ukraine.",
        "Pakistan sided with Russia by voting against the resolution, which condemned the "
        "invasion of Ukraine by Russia.",
    ],
)
def test_siding_with_a_party_in_a_vote_is_the_vote_and_no_one_s_text(extractor, lead):
    found = triples(
        extractor.extract(
            lead + " Germany and Brazil voted in favour.", published=date(2025, 2, 24)
        )
    )

    voter = "IND" if lead.startswith("India") else "PAK"
    assert (voter, "russia-ukraine-war", "other") in found
    assert (voter, "russia-ukraine-war", "supports_side_b") not in found
    assert ("DEU", "russia-ukraine-war", "condemns") in found  # the text's stance, not the siding
    assert ("DEU", "russia-ukraine-war", "supports_side_b") not in found


def test_siding_with_a_party_outside_a_vote_is_support(extractor):
    found = triples(
        extractor.extract(
            "Pakistan sided with Russia over the war in Ukraine, its foreign ministry said.",
            published=date(2025, 2, 24),
        )
    )

    assert ("PAK", "russia-ukraine-war", "supports_side_b") in found


def test_a_voter_s_act_before_the_word_is_not_what_the_resolution_does(extractor):
    text = (
        "India backs Russia against UN resolution on Ukraine war\n\n"
        "UNITED NATIONS, Feb 24 (Reuters) - The General Assembly adopted a resolution that "
        "condemned Russia's invasion of Ukraine. Germany and Brazil voted in favour."
    )

    found = triples(extractor.extract(text, published=date(2025, 2, 24)))

    assert ("DEU", "russia-ukraine-war", "condemns") in found
    assert ("DEU", "russia-ukraine-war", "supports_side_b") not in found


def test_what_the_assembly_does_in_a_resolution_is_what_the_resolution_does(extractor):
    text = (
        "The General Assembly on Thursday called for a ceasefire in the war in Ukraine, adopting "
        "a resolution by 141 votes. Germany and Brazil voted in favour."
    )

    found = triples(extractor.extract(text, published=date(2023, 2, 23)))

    assert ("DEU", "russia-ukraine-war", "calls_for_negotiation") in found


@pytest.mark.parametrize(
    "text",
    [
        # a possessive apposition naming what the subject is to a party: background
        "China and Russia, Ukraine's main arms suppliers, were among the abstentions on the "
        "resolution on the war in Ukraine.",
        "Germany, Kyiv's biggest weapons supplier in Europe, abstained on the resolution on "
        "the war in Ukraine.",
        # a relative "where" clause describes a place, not the vote
        "The vote came after the Security Council, where China and Russia hold vetoes, failed "
        "to act on the war in Ukraine.",
    ],
)
def test_a_description_between_commas_is_background_to_the_vote(extractor, text):
    found = triples(extractor.extract(text, published=date(2025, 2, 24)))

    assert not {t for t in found if t[2] in ("supports_side_a", "supports_side_b", "other")}


def test_an_envoy_named_right_after_a_posting_to_a_country_is_the_sending_country_s(extractor):
    text = (
        "Japanese Ambassador to Algeria Kenta Moriyama said on Monday that the war in Yemen "
        "must end through dialogue."
    )

    (call,) = extractor.extract(text, published=date(2024, 1, 15))

    assert (call.actor_country, call.stance) == ("JPN", "calls_for_negotiation")
    assert call.speaker == "Kenta Moriyama"


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("the foreign minister of Japan", [("JPN", "calls_for_negotiation", "Kenta Moriyama")]),
        ("the former foreign minister of Japan", []),
    ],
)
def test_a_name_with_a_country_s_office_in_apposition_is_that_country_s_later_by_surname(
    extractor, office, expected
):
    text = (
        f"The meeting on the war in Yemen was chaired by Kenta Moriyama, {office}.\n\n"
        "Moriyama called on all Yemeni parties to give priority to dialogue."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 15))

    assert [(c.actor_country, c.stance, c.speaker) for c in candidates] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Japan, the former chair of the sanctions committee,", [("JPN", "calls_for_negotiation")]),
        ("Kenta Moriyama, a former Japanese ambassador,", []),
    ],
)
def test_a_country_described_as_former_something_is_no_commentator(extractor, subject, expected):
    text = f"{subject} said on Monday that the war in Yemen must end through dialogue."

    candidates = extractor.extract(text, published=date(2024, 1, 15))

    assert [(c.actor_country, c.stance) for c in candidates] == expected


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        ("who said his Government condemned", [("YEM", "condemns")]),
        ("who has long condemned", []),
    ],
)
def test_what_a_relative_aside_reports_someone_saying_is_theirs_not_background(
    extractor, aside, expected
):
    text = (
        f"The representative of Yemen, {aside} the Houthi attacks on shipping in the Red Sea, "
        "asked the Council to act."
    )

    candidates = extractor.extract(text, published=date(2024, 1, 15))

    assert [(c.actor_country, c.stance) for c in candidates] == expected
