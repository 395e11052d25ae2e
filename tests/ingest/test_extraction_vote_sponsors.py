"""Yes votes told as a text's sponsors and backers: "put forward by" (also "submitted",
"presented", "introduced") as "drafted by", the sponsors after a described group and a dash
("the five Nordic members - Denmark, ..."), "and drew the support of ..." after the text's
sponsors, and a group described before its members after "including" ("voted for it,
including the two Caribbean members, Guyana and ...")."""

from datetime import date

PUBLISHED = date(2024, 3, 27)
LEAD = (
    "The Security Council on Tuesday adopted a resolution demanding an immediate ceasefire "
    "in Gaza.\n\n"
)
CALL = "calls_for_negotiation"


def triples(extractor, text):
    return {(c.actor_country, c.stance) for c in extractor.extract(text, published=PUBLISHED)}


def test_a_text_put_forward_by_a_described_group_gives_its_members_the_yes(reference_extractor):
    text = LEAD + (
        "The draft was put forward by the council's European members - Malta, Slovenia and "
        "Switzerland - and drew the support of Brazil, Chile and Mexico."
    )

    found = triples(reference_extractor, text)

    assert {(iso3, CALL) for iso3 in ("MLT", "SVN", "CHE", "BRA", "CHL", "MEX")} <= found


def test_a_plan_put_forward_by_a_country_is_no_vote(reference_extractor):
    text = LEAD + "A truce plan put forward by Qatar and Egypt is still under discussion."

    found = triples(reference_extractor, text)

    assert not {("QAT", CALL), ("EGY", CALL)} & found


def test_drawing_support_without_a_text_voted_on_is_no_vote(reference_extractor):
    text = "The ministers met in Cairo and drew the support of Brazil, Chile and Mexico."

    assert not {iso3 for iso3, _ in triples(reference_extractor, text)} & {"BRA", "CHL", "MEX"}


def test_the_members_after_a_group_described_after_including_vote_yes(reference_extractor):
    text = LEAD + (
        "All 15 members voted for it, including the two Caribbean members, Guyana and Jamaica."
    )

    assert {("GUY", CALL), ("JAM", CALL)} <= triples(reference_extractor, text)
