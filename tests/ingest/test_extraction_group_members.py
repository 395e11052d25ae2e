"""Every member of a group statement or vote gets the position: lists behind a passive verb's
"by", companions named after the cue; and the lists that are not the position's holders."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer


@pytest.fixture(scope="module")
def extractor():
    return Extractor(
        small_gazetteer(
            countries=[
                {"iso3": "ITA", "name": "Italy", "names": [["Italian", "demonym"]]},
                {"iso3": "HUN", "name": "Hungary", "names": [["Hungarian", "demonym"]]},
                {"iso3": "ARG", "name": "Argentina", "names": [["Argentine", "demonym"]]},
                {"iso3": "BLR", "name": "Belarus", "names": [["Belarusian", "demonym"]]},
                {"iso3": "SYR", "name": "Syria", "names": [["Syrian", "demonym"]]},
                {"iso3": "PRK", "name": "North Korea", "names": []},
                {"iso3": "PER", "name": "Peru", "names": [["Peruvian", "demonym"]]},
            ],
        )
    )


def countries(extractor, text, stance):
    found = extractor.extract(text, published=date(2024, 3, 5))
    return {c.actor_country for c in found if c.stance == stance}


@pytest.mark.parametrize(
    ("text", "stance", "expected"),
    [
        # a short adverbial between the passive verb and its "by" keeps the list the agents
        (
            "A joint statement issued at the summit by Brazil, Egypt, Qatar and Peru urged "
            "all parties to agree a ceasefire in the Gaza war.",
            "calls_for_negotiation",
            {"BRA", "EGY", "QAT", "PER"},
        ),
        (
            "The declaration, signed on Monday by Brazil, Argentina and South Africa, called "
            "for peace talks to end the war in Ukraine.",
            "calls_for_negotiation",
            {"BRA", "ARG", "ZAF"},
        ),
        (
            "A communique released late on Friday by Egypt and Qatar called for a ceasefire in "
            "the Gaza war.",
            "calls_for_negotiation",
            {"EGY", "QAT"},
        ),
        # companions after the cue: ", as were ...", "was joined in ... by ..."
        (
            "The General Assembly adopted a resolution on the Gaza war. Britain and Germany "
            "were among those that abstained, as were Italy, Hungary and Argentina.",
            "abstains",
            {"GBR", "DEU", "ITA", "HUN", "ARG"},
        ),
        (
            "The General Assembly adopted a resolution on the war in Ukraine. Russia was "
            "joined in voting no by Belarus, North Korea and Syria.",
            "other",
            {"RUS", "BLR", "PRK", "SYR"},
        ),
        (
            "The General Assembly adopted a resolution on the Gaza war. Britain was joined in "
            "abstaining on the text by Italy and Hungary.",
            "abstains",
            {"GBR", "ITA", "HUN"},
        ),
        # a list going on after "as well as"
        (
            "The General Assembly adopted a resolution on the war in Ukraine. The countries "
            "voting against included Russia, Belarus and North Korea, as well as Syria and "
            "Hungary.",
            "other",
            {"RUS", "BLR", "PRK", "SYR", "HUN"},
        ),
        # a tally's list after a dash or "from"
        (
            "The Security Council adopted the resolution on the war in Ukraine with 12 votes in "
            "favour and three abstentions - from Italy, Hungary and Argentina.",
            "abstains",
            {"ITA", "HUN", "ARG"},
        ),
        (
            "The General Assembly backed the text on the Gaza war by 120 votes, with 14 "
            "abstentions from the United Kingdom, Germany and Italy among others.",
            "abstains",
            {"GBR", "DEU", "ITA"},
        ),
        (
            "The resolution on the war in Ukraine passed with 93 in favour and 4 against: "
            "Russia, Belarus, North Korea and Syria.",
            "other",
            {"RUS", "BLR", "PRK", "SYR"},
        ),
        (
            "The resolution on the war in Ukraine passed, with 3 votes against - from Russia, "
            "Belarus and North Korea.",
            "other",
            {"RUS", "BLR", "PRK"},
        ),
    ],
)
def test_every_member_of_a_listed_group_takes_the_position(extractor, text, stance, expected):
    assert countries(extractor, text, stance) == expected


@pytest.mark.parametrize(
    ("text", "stance", "expected"),
    [
        # a statement by others that the subject only welcomes stays the subject's
        (
            "Brazil welcomed a statement issued at the summit by Egypt and Qatar and called "
            "for a ceasefire in the Gaza war.",
            "calls_for_negotiation",
            {"BRA"},
        ),
        # a clause break between the verb and "by" ends the agent list
        (
            "The statement was issued on Monday. Hosted by Egypt and Qatar, the summit "
            "discussed the Gaza war.",
            "calls_for_negotiation",
            set(),
        ),
        # "as was expected" names no companion
        (
            "The General Assembly adopted a resolution on the war in Ukraine. India abstained, "
            "as was widely expected in Brazil.",
            "abstains",
            {"IND"},
        ),
        # joined somewhere, not in the cue: no companions
        (
            "Russia was joined in Minsk by Belarus and voted against the resolution on the war "
            "in Ukraine.",
            "other",
            {"RUS"},
        ),
        # a tally with no list: nobody; "abstentions from voting" names no voter
        (
            "The resolution on the war in Ukraine passed with 93 votes in favour, 8 against "
            "and 73 abstentions. Hungary criticised the text.",
            "abstains",
            set(),
        ),
        (
            "The resolution on the war in Ukraine passed with 93 votes in favour and 8 against "
            "- a result Italy welcomed.",
            "other",
            set(),
        ),
    ],
)
def test_lists_that_do_not_share_the_position(extractor, text, stance, expected):
    assert countries(extractor, text, stance) == expected


# -- an institution after a sentence about one country ----------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Saudi Arabia has issued its first reaction. In a statement, the foreign ministry "
            "condemned the Israeli strike in the Gaza war.",
            "SAU",
        ),
        (
            "Egypt struck back. The foreign ministry said it condemned the Israeli strike in "
            "the Gaza war.",
            "EGY",
        ),
        (
            "Qatar reacted within hours. The foreign ministry expressed the emirate's support "
            "for a ceasefire in the Gaza war and condemned the Israeli strike.",
            "QAT",
        ),
    ],
)
def test_an_institution_is_of_the_one_country_the_sentence_before_is_about(
    extractor, text, country
):
    assert countries(extractor, text, "condemns") == {country}


@pytest.mark.parametrize(
    "text",
    [
        # two countries before, neither its subject alone: whose ministry is not known
        "Israel struck a convoy bound for Egypt on Monday. In a statement, the foreign ministry "
        "condemned the Israeli strike in the Gaza war.",
        # another paragraph
        "Egypt reacted within hours.\n\nThe foreign ministry condemned the Israeli strike in "
        "the Gaza war.",
        # the sentence before is about a person, not a country
        "Lula flew to Cairo on Monday. The foreign ministry condemned the Israeli strike in "
        "the Gaza war.",
    ],
)
def test_an_institution_after_no_single_country_is_nobody_s(extractor, text):
    assert countries(extractor, text, "condemns") == set()


# -- who drafted the resolution ---------------------------------------------------------------

RESOLUTION = (
    "The General Assembly adopted a resolution demanding a humanitarian ceasefire in the Gaza war. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The resolution, sponsored by Egypt on behalf of the Arab Group, passed.", {"EGY"}),
        ("The Brazilian-drafted text passed with 153 votes in favour.", {"BRA"}),
        ("The text, co-sponsored by Qatar and Türkiye, passed.", {"QAT", "TUR"}),
        ("The text had been tabled by Egypt.", {"EGY"}),
    ],
)
def test_a_resolution_s_drafters_take_its_stance(extractor, text, expected):
    assert countries(extractor, RESOLUTION + text, "calls_for_negotiation") == expected


@pytest.mark.parametrize(
    "text",
    [
        # commentary about the drafter
        "Analysts said the text, drafted by Egypt, would change little.",
        # another text than the one described
        "A rival Russian-drafted resolution failed.",
        "India voted for a competing text drafted by Brazil.",
        # an amendment is not the resolution
        "A Russian-drafted amendment was rejected.",
    ],
)
def test_drafters_of_other_texts_or_in_commentary_take_no_stance(extractor, text):
    assert countries(extractor, RESOLUTION + text, "calls_for_negotiation") == set()


# -- a clause with its own subject after a speech verb ---------------------------------------


def test_a_clause_opened_by_while_is_not_the_first_speaker_s(extractor):
    text = (
        "Russia invaded Ukraine.\n\n"
        'Moscow calls the operation "special" while Ukraine accuses its neighbour of seeking '
        "the ethnic cleansing of the Donbas."
    )

    assert countries(extractor, text, "condemns") <= {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        # "while" with no subject of its own: still the speaker's clause
        "Scholz said the invasion of Ukraine was a crime while visiting Kyiv.",
        # a possessive after "while" is no subject
        "Scholz said the world stood united while Russia's invasion of Ukraine was a crime.",
    ],
)
def test_while_without_a_subject_of_its_own_keeps_the_speaker(extractor, text):
    assert countries(extractor, text, "condemns") == {"DEU"}


# -- a counterpart named as a verb's object ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counterpart phoned or met is the object, not who stresses
        (
            "Olaf Scholz phoned his Indian counterpart, Narendra Modi, to stress the importance "
            "of dialogue to end the war in Ukraine.",
            {"DEU"},
        ),
        (
            "Scholz met his Indian counterpart, Narendra Modi, and called for peace talks to end "
            "the war in Ukraine.",
            {"DEU"},
        ),
    ],
)
def test_a_counterpart_named_after_a_verb_is_its_object(extractor, text, expected):
    assert countries(extractor, text, "calls_for_negotiation") == expected


@pytest.mark.parametrize(
    "text",
    [
        "His Indian counterpart, Narendra Modi, called for peace talks to end the war in Ukraine.",
        "Scholz and his Indian counterpart, Narendra Modi, called for peace talks to end the war "
        "in Ukraine.",
    ],
)
def test_a_counterpart_named_as_a_subject_speaks(extractor, text):
    assert "IND" in countries(extractor, text, "calls_for_negotiation")


@pytest.mark.parametrize(
    "text",
    [
        "At the meeting, the United States, Germany and Italy called for an immediate "
        "ceasefire in the Gaza war.",
        "After talks in Rome with their Arab counterparts, the United States, Germany and Italy "
        "called for an immediate ceasefire in the Gaza war.",
        "During Tuesday's Council meeting, the United States, Germany and Italy called for an "
        "immediate ceasefire in the Gaza war.",
    ],
)
def test_a_list_after_an_opening_phrase_closed_by_a_comma_is_the_subject(extractor, text):
    assert countries(extractor, text, "calls_for_negotiation") == {"USA", "DEU", "ITA"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, after meeting the United States, Germany and Italy, called for an immediate "
        "ceasefire in the Gaza war.",
        "Egypt's foreign minister, meeting the United States, Germany and Italy, called for "
        "an immediate ceasefire in the Gaza war.",
    ],
)
def test_a_list_a_marker_governs_is_still_its_object(extractor, text):
    assert not countries(extractor, text, "calls_for_negotiation") & {"USA", "DEU", "ITA"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the place right after the ministry is its country, whoever spoke before
        (
            "Saudi Arabia's foreign ministry called for restraint in the Gaza war.\n\nQatar went "
            'further. "We condemn the Israeli strike in the Gaza war," the foreign ministry in '
            "Doha said.",
            "QAT",
        ),
        (
            "Egypt called for restraint in the Gaza war. A foreign ministry spokesman in Ankara "
            "condemned the Israeli strike in the Gaza war.",
            "TUR",
        ),
        # a place after the verb says where it was said, not whose ministry
        (
            "Saudi Arabia's foreign ministry called for restraint in the Gaza war. \"We condemn "
            'the Israeli strike," the foreign ministry said in a statement read out in Doha.',
            "SAU",
        ),
    ],
)
def test_a_ministry_in_a_place_is_that_place_s(extractor, text, country):
    found = extractor.extract(text, published=date(2024, 3, 5))

    assert {c.actor_country for c in found if c.stance == "condemns"} == {country}
