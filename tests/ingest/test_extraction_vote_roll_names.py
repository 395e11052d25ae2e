"""Names a vote roll gives differently from running text: a bare "Congo" listed among the
voters is the Republic of the Congo, as UN rolls name it; elsewhere it stays the DR Congo."""

from datetime import date

import pytest

from ingest.extraction import Extractor
from tests.ingest.test_extraction_gazetteer import small_gazetteer

_COUNTRIES = [
    {"iso3": iso3, "name": name, "names": names}
    for iso3, name, names in [
        ("COD", "Democratic Republic of the Congo", [["Congo", "alias"], ["DR Congo", "alias"],
                                                     ["Democratic Republic of Congo", "alias"]]),
        ("COG", "Republic of the Congo", [["Republic of Congo", "alias"]]),
        ("DZA", "Algeria", []), ("CUB", "Cuba", []), ("UGA", "Uganda", []),
        ("KEN", "Kenya", []), ("GHA", "Ghana", []), ("RWA", "Rwanda", []),
    ]
]  # fmt: skip

LEAD = (
    "The General Assembly voted on Wednesday to condemn Russia's attempted annexation of four "
    "regions of Ukraine. "
)
PUBLISHED = date(2022, 10, 13)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(small_gazetteer(countries=_COUNTRIES))


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_a_bare_congo_in_a_vote_roll_is_the_republic_of_the_congo(extractor):
    sentence = "Abstaining were Algeria, China, the Congo, Cuba and India."

    found = triples(extractor, LEAD + sentence)

    assert ("COG", "abstains") in found
    assert ("COD", "abstains") not in found


def test_the_republic_of_congo_is_not_the_democratic_republic(extractor):
    sentence = "Sri Lanka, Cuba, Uganda and the Republic of Congo were also among the abstainers."

    found = triples(extractor, LEAD + sentence)

    assert ("COG", "abstains") in found
    assert ("COD", "abstains") not in found


def test_the_democratic_republic_in_a_vote_roll_stays_itself(extractor):
    sentence = "The Democratic Republic of Congo, Kenya, Ghana and Algeria voted in favour."

    found = triples(extractor, LEAD + sentence)

    assert ("COD", "condemns") in found
    assert ("COG", "condemns") not in found


# -- a delegate named by "Name of Country", as UN meetings coverage writes -----------------------

DEBATE = "The General Assembly voted on a resolution on the war in Ukraine. "


def test_a_delegate_named_before_of_and_a_country_speaks_for_it(extractor):
    text = DEBATE + (
        "Rabab Fatima of Uganda said her country had abstained. She urged a peaceful "
        "resolution through dialogue."
    )

    found = {
        (c.actor_country, c.stance, c.speaker) for c in extractor.extract(text, published=PUBLISHED)
    }

    assert ("UGA", "calls_for_negotiation", "Rabab Fatima") in found


def test_a_name_before_of_and_a_country_that_says_nothing_names_no_delegate(extractor):
    text = DEBATE + (
        "Rabab Fatima of Uganda met reporters in New York. She urged a peaceful resolution "
        "through dialogue."
    )

    assert ("UGA", "calls_for_negotiation") not in triples(extractor, text)


def test_a_known_person_between_postings_speaks_for_the_country_named_after_them():
    people = [
        {"name": "Asim Iftikhar Ahmad", "aliases": [], "terms": [
            {"country_iso3": "PAK", "office_title": "Permanent Representative of Pakistan to the "
             "United Nations", "office_kind": "un_envoy", "start": "2025-03-31", "end": None},
        ]},
    ]  # fmt: skip
    extractor = Extractor(small_gazetteer(countries=_COUNTRIES, people=people))
    text = DEBATE + 'Asim Iftikhar Ahmad of Pakistan said: "All parties must negotiate."'

    found = triples(extractor, text)

    assert ("PAK", "calls_for_negotiation") in found


def test_a_list_of_leaders_and_countries_gives_no_leader_the_next_country(extractor):
    text = (
        "We, the Presidents of Kenya, Rabab Fatima, of Uganda, Amar Bendjama, and of Ghana, "
        "call for an immediate ceasefire in the war in Ukraine."
    )

    found = {(c.actor_country, c.speaker) for c in extractor.extract(text, published=PUBLISHED)}

    assert ("UGA", "Rabab Fatima") not in found
