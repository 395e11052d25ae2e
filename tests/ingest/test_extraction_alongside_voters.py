"""Countries a vote's subject voted "alongside", after a comma, vote as the subject did: "India
was among the 35 abstaining countries, alongside China, South Africa and Iran"; a country
named alongside something else than the vote ("alongside its talks with Kyiv") votes no."""

from datetime import date

PUBLISHED = date(2022, 3, 3)
LEAD = (
    "The UN General Assembly on Wednesday adopted a resolution demanding that Russia "
    "withdraw from Ukraine. "
)


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_the_countries_alongside_an_abstainer_abstain_too(reference_extractor):
    text = LEAD + (
        "Vietnam was among the 35 abstaining countries, alongside Laos, Mongolia and Kazakhstan."
    )

    found = triples(reference_extractor, text)

    assert {(iso3, "abstains") for iso3 in ("VNM", "LAO", "MNG", "KAZ")} <= found


def test_a_country_named_alongside_no_vote_does_not_abstain(reference_extractor):
    text = LEAD + "Vietnam abstained. Laos, alongside Mongolia, held a summit on trade."

    found = triples(reference_extractor, text)

    assert ("VNM", "abstains") in found
    assert not {("LAO", "abstains"), ("MNG", "abstains")} & found
