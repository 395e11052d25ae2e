"""Which China a government calls the real one, and history that only dates something else."""

from datetime import date

import pytest

pytestmark = pytest.mark.django_db
STRAIT = "cross-strait-relations"


def found(reference_extractor, text, published):
    return {
        (c.actor_country, c.conflict, c.stance)
        for c in reference_extractor.extract(text, published=published)
    }


def test_naming_taiwan_the_real_china_backs_taiwan(reference_extractor):
    text = (
        "TAIPEI, April 6 (Wire) - Taiwan President Tsai Ing-wen ended her tour on Thursday.\n\n"
        "In Guatemala City, President Alejandro Giammattei told a joint news conference with "
        'her last Friday that "Taiwan is the only and the real China to us".'
    )

    assert (("GTM", STRAIT, "supports_side_a")) in found(
        reference_extractor, text, date(2023, 4, 6)
    )


def test_a_question_about_the_real_china_is_no_backing(reference_extractor):
    text = (
        "TAIPEI, April 6 (Wire) - Taiwan President Tsai Ing-wen ended her tour on Thursday.\n\n"
        "President Alejandro Giammattei said the real question was trade with Taiwan, not "
        "China."
    )

    assert not found(reference_extractor, text, date(2023, 4, 6))


def test_a_switch_of_recognition_that_dates_a_meeting_is_history(reference_extractor):
    text = (
        "TAIPEI, April 6 (Wire) - Taiwan President Tsai Ing-wen met U.S. House Speaker Kevin "
        "McCarthy in California on Wednesday.\n\n"
        "It was the highest-level encounter on U.S. soil between a Taiwanese president and an "
        "American official since Washington switched diplomatic recognition to Beijing in 1979."
    )

    assert ("USA", STRAIT, "supports_side_b") not in found(
        reference_extractor, text, date(2023, 4, 6)
    )


def test_a_recognition_before_a_since_clause_still_counts(reference_extractor):
    text = (
        "TEGUCIGALPA, March 26 (Wire) - Honduras broke off ties with Taipei.\n\n"
        "In a statement released late on Saturday, the Honduran government said it "
        '"recognizes the existence of only one China in the world", ending relations with '
        "Taipei that had lasted since 1941."
    )

    assert ("HND", STRAIT, "supports_side_b") in found(reference_extractor, text, date(2023, 3, 26))


@pytest.mark.parametrize(
    ("name", "published"),
    [("Nasser Kanaani", date(2023, 10, 9)), ("Esmaeil Baghaei", date(2025, 6, 16))],
)
def test_irans_foreign_ministry_spokesmen_speak_for_iran(reference_extractor, name, published):
    text = (
        f"TEHRAN (Wire) - {name} told a weekly news conference on Monday that the world must "
        "condemn Israel's bombardment of Gaza."
    )

    assert ("IRN", "israel-hamas-war", "condemns") in found(reference_extractor, text, published)


def targets(reference_extractor, text, published):
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in reference_extractor.extract(text, published=published)
    }


def test_an_act_condemned_in_apposition_condemns_its_doer(reference_extractor):
    text = (
        "SIMI VALLEY, April 6 (Wire) - Taiwan President Tsai Ing-wen met U.S. House Speaker "
        "Kevin McCarthy in California on Wednesday, a meeting that Beijing had warned against "
        "and described as a serious provocation."
    )

    assert ("CHN", STRAIT, "condemns", "a") in targets(reference_extractor, text, date(2023, 4, 6))


def test_an_apposition_after_no_side_names_no_target(reference_extractor):
    text = (
        "SIMI VALLEY, April 6 (Wire) - U.S. lawmakers met in California on Wednesday to discuss "
        "the Taiwan Strait, a meeting that Beijing had warned against and described as a "
        "serious provocation."
    )

    assert ("CHN", STRAIT, "condemns", "a") not in targets(
        reference_extractor, text, date(2023, 4, 6)
    )
