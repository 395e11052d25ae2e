"""UN meetings coverage names a delegate by the country they speak for: "the representative
of X", "the speaker for X", "X's delegate", "Speaking for X, the delegate ...", "On behalf of
X, its representative ...", for any country, the state's full official name included ("the
Russian Federation", "the Islamic Republic of Iran", "the Syrian Arab Republic", "the
Democratic People's Republic of Korea")."""

from datetime import date

import pytest

from tests.ingest.test_extraction_gazetteer import triples

LEAD = "The General Assembly debated the war in Ukraine on Thursday. "
CALL = ("russia-ukraine-war", "calls_for_negotiation")

OFFICIAL_NAMES = {
    "RUS": "the Russian Federation",
    "IRN": "the Islamic Republic of Iran",
    "SYR": "the Syrian Arab Republic",
    "PRK": "the Democratic People's Republic of Korea",
    "KOR": "the Republic of Korea",
    "BRA": "Brazil",
}
PHRASINGS = [
    "The representative of {name} called for negotiations.",
    "The speaker for {name} called for negotiations.",
    "{Name}'s delegate called for negotiations.",
    "Speaking for {name}, the delegate called for negotiations.",
    "On behalf of {name}, the delegate called for negotiations.",
    "Speaking on behalf of {name}, its representative called for negotiations.",
    "The war can only end through negotiations, said the representative of {name}.",
]


def found(extractor, text):
    return triples(extractor.extract(LEAD + text, published=date(2025, 6, 14)))


@pytest.mark.parametrize("iso3", OFFICIAL_NAMES)
def test_a_delegate_speaks_for_the_country_named(reference_extractor, iso3):
    # One engine for every phrasing (building it is most of a test's time).
    name = OFFICIAL_NAMES[iso3]
    for phrasing in PHRASINGS:
        text = phrasing.format(name=name, Name=name[:1].upper() + name[1:])
        assert found(reference_extractor, text) == {(iso3, *CALL)}, text


def test_the_speaker_for_a_country_is_who_he_means_next(reference_extractor):
    text = (
        "The speaker for the Russian Federation said the resolution was one-sided. "
        "He called for negotiations."
    )
    assert found(reference_extractor, text) == {("RUS", *CALL)}


def test_the_delegate_of_a_country_that_opens_by_speaking_for_it_supports_a_side(
    reference_extractor,
):
    text = (
        "On behalf of the Syrian Arab Republic, the delegate voiced support for the Russian "
        "Federation."
    )
    assert found(reference_extractor, text) == {("SYR", "russia-ukraine-war", "supports_side_b")}


def test_an_envoy_for_a_country_is_not_that_country_speaking(reference_extractor):
    # Negative: "envoy for Ukraine" is a portfolio; only "speaker for" and "speaking for" name
    # whom a delegate speaks for.
    text = "The US special envoy for Ukraine, Keith Kellogg, called for negotiations."
    assert ("UKR", *CALL) not in found(reference_extractor, text)


def test_a_companion_spoken_for_after_the_subject_shares_its_words(reference_extractor):
    text = (
        "The representative of Brazil, also speaking on behalf of Argentina, called for "
        "negotiations."
    )
    assert found(reference_extractor, text) == {("BRA", *CALL), ("ARG", *CALL)}
