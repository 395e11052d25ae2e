"""What the pages show of UN votes beside what countries had said, for one fixed set of votes.

The pages are compared by their visible text (tags stripped, whitespace collapsed) and by the
links and marks they carry, so that a change in how the votes are read or written cannot
change which votes, countries and stances a reader sees.
"""

import re
from datetime import date
from html import unescape

import pytest
from django.urls import reverse

from stances.choices import Body, Stance
from tests.factories import ResolutionFactory, StatementFactory, VoteFactory, conflict, country

pytestmark = pytest.mark.django_db

WAR = "russia-ukraine-war"
OTHER_WAR = "israel-hamas-war"


@pytest.fixture
def votes():
    """Five countries' words on the war, and their votes on two of its resolutions and two others.

    France condemns Russia, then supports Ukraine; China is neutral, then calls for
    negotiation; India abstains; Belarus supports Russia; Cambodia is neutral; Brazil says
    nothing. The same day's neutrality and call for negotiation leave China neutral.
    """
    said = [
        ("FRA", date(2022, 2, 24), Stance.CONDEMNS, "b"),
        ("FRA", date(2022, 6, 1), Stance.SUPPORTS_SIDE_A, ""),
        ("CHN", date(2022, 2, 25), Stance.NEUTRAL, ""),
        ("CHN", date(2022, 2, 25), Stance.CALLS_FOR_NEGOTIATION, ""),
        ("CHN", date(2023, 2, 24), Stance.CALLS_FOR_NEGOTIATION, ""),
        ("IND", date(2022, 2, 26), Stance.ABSTAINS, ""),
        ("BLR", date(2022, 2, 25), Stance.SUPPORTS_SIDE_B, ""),
        ("KHM", date(2022, 3, 2), Stance.NEUTRAL, ""),
    ]
    for iso3, day, stance, target in said:
        StatementFactory(
            actor_country=country(iso3),
            date=day,
            stance=stance,
            target_side=target,
            quote=f"{iso3}: {stance} from {day}.",
        )
    first = ResolutionFactory()  # A/RES/ES-11/1, 2 March 2022
    fourth = ResolutionFactory(
        symbol="A/RES/ES-11/4",
        date=date(2022, 10, 12),
        title="Territorial integrity of Ukraine",
    )
    council = ResolutionFactory(
        symbol="S/2023/970",
        body=Body.UNSC,
        date=date(2023, 12, 8),
        title="Humanitarian ceasefire in Gaza",
        conflict=conflict(OTHER_WAR),
    )
    unassigned = ResolutionFactory(
        symbol="A/RES/77/1", date=date(2022, 11, 1), title="Cooperation", conflict=None
    )
    ballots = {
        first: {"FRA": "Y", "KHM": "Y", "BRA": "Y", "CHN": "A", "IND": "A", "BLR": "N", "ERI": "X"},
        fourth: {"FRA": "Y", "KHM": "Y", "CHN": "A", "IND": "A", "BLR": "N"},
        council: {"FRA": "A", "CHN": "Y"},
        unassigned: {"KHM": "Y", "FRA": "N"},
    }
    for resolution, by_country in ballots.items():
        for iso3, vote in by_country.items():
            VoteFactory(resolution=resolution, country=country(iso3), vote=vote)


def visible_text(html: str) -> str:
    """Return what a reader sees of `html`: its text, each tag read as a space."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def section(html: str, heading_id: str) -> str:
    """Return the section under the heading with `heading_id`, from the heading's text on."""
    return html.split(f'id="{heading_id}">')[1].split("</section>")[0]


def get(client, url: str, **query) -> str:
    response = client.get(url, query)
    assert response.status_code == 200
    return response.text


def test_the_conflict_page_lists_each_resolution_s_votes_by_vote_and_stance(client, votes):
    html = get(client, reverse("pages:conflict", kwargs={"slug": WAR}), as_of="2023-12-31")
    tables = section(html, "votes-heading")
    assert visible_text(tables) == " ".join(
        [
            "UN votes beside what countries said",
            "A/RES/ES-11/4: Territorial integrity of Ukraine ( 12 October 2022 )",
            "Vote Countries What they had said by that day",
            "Yes 2 Supports Ukraine 1: France Neutral 1: Cambodia (differs)",
            "No 1 Supports Russia 1: Belarus",
            "Abstain 2 Neutral 1: China Abstains 1: India",
            "A/RES/ES-11/1: Aggression against Ukraine ( 2 March 2022 )",
            "Vote Countries What they had said by that day",
            "Yes 3 Condemns Russia 1: France Neutral 1: Cambodia (differs) No recorded stance 1",
            "No 1 Supports Russia 1: Belarus",
            "Abstain 2 Neutral 1: China Abstains 1: India",
            "Non-voting 1 No recorded stance 1",
        ]
    )
    assert re.findall(r'<time datetime="([^"]*)"', tables) == ["2022-10-12", "2022-03-02"]
    links = re.findall(
        r'<a href="([^"]+)"( class="differs" title="Said and voted differently")?', tables
    )
    assert links == [
        (f"/countries/{iso3}/conflicts/{WAR}/", differs)
        for iso3, differs in [
            ("FRA", ""),
            ("KHM", ' class="differs" title="Said and voted differently"'),
            ("BLR", ""),
            ("CHN", ""),
            ("IND", ""),
            ("FRA", ""),
            ("KHM", ' class="differs" title="Said and voted differently"'),
            ("BLR", ""),
            ("CHN", ""),
            ("IND", ""),
        ]
    ]


def test_the_conflict_page_shows_only_the_votes_up_to_its_date(client, votes):
    html = get(client, reverse("pages:conflict", kwargs={"slug": WAR}), as_of="2022-06-30")
    text = visible_text(section(html, "votes-heading"))
    assert "A/RES/ES-11/1" in text
    assert "A/RES/ES-11/4" not in text and "S/2023/970" not in text


def test_the_country_page_lists_every_vote_and_where_words_and_vote_differ(client, votes):
    html = get(client, reverse("pages:country", kwargs={"iso3": "KHM"}))
    assert visible_text(section(html, "votes-heading")) == " ".join(
        [
            "UN votes Resolution Vote What it had said",
            "A/RES/77/1 1 Nov 2022 Yes No recorded stance",
            "A/RES/ES-11/4 12 Oct 2022 Yes Neutral Said and voted differently",
            "A/RES/ES-11/1 2 Mar 2022 Yes Neutral Said and voted differently",
        ]
    )
    assert section(html, "votes-heading").count('<tr class="differs">') == 2
    assert visible_text(section(html, "differences-heading")) == " ".join(
        [
            "Where what Cambodia said and how it voted differ",
            "On 12 October 2022 it voted yes on A/RES/ES-11/4 (Territorial integrity of Ukraine),"
            " while its stance on the Russia-Ukraine war was neutral (since 2 March 2022).",
            "On 2 March 2022 it voted yes on A/RES/ES-11/1 (Aggression against Ukraine),"
            " while its stance on the Russia-Ukraine war was neutral (since 2 March 2022).",
        ]
    )
    links = re.findall(r'href="([^"]+)"', section(html, "differences-heading"))
    assert links == [f"/countries/KHM/conflicts/{WAR}/"] * 2


def test_the_country_page_names_each_vote_s_stance_in_its_own_conflict_s_words(client, votes):
    html = get(client, reverse("pages:country", kwargs={"iso3": "FRA"}))
    assert visible_text(section(html, "votes-heading")) == " ".join(
        [
            "UN votes Resolution Vote What it had said",
            "S/2023/970 8 Dec 2023 Abstain No recorded stance",
            "A/RES/77/1 1 Nov 2022 No No recorded stance",
            "A/RES/ES-11/4 12 Oct 2022 Yes Supports Ukraine",
            "A/RES/ES-11/1 2 Mar 2022 Yes Condemns Russia",
        ]
    )
    assert 'id="differences-heading"' not in html


def test_the_timeline_shows_the_votes_beside_the_statements(client, votes):
    url = reverse("pages:country-conflict", kwargs={"iso3": "CHN", "slug": WAR})
    html = get(client, url)
    rows = section(html, "entries-heading").split("<tr")[2:]
    assert [visible_text("<tr" + row) for row in rows] == [
        "25 Feb 2022 Neutral CHN: neutral from 2022-02-25. Evidence Neutral (changed)",
        "25 Feb 2022 Calls for negotiation CHN: calls_for_negotiation from 2022-02-25. Evidence"
        " Neutral",
        "2 Mar 2022 Voted abstain on A/RES/ES-11/1, Aggression against Ukraine"
        " UN General Assembly Neutral",
        "12 Oct 2022 Voted abstain on A/RES/ES-11/4, Territorial integrity of Ukraine"
        " UN General Assembly Neutral",
        "24 Feb 2023 Calls for negotiation CHN: calls_for_negotiation from 2023-02-24. Evidence"
        " Calls for negotiation (changed)",
    ]
    votes_drawn = re.findall(r'<g class="mark vote ([^"]+)"><title>([^<]+)</title>', html)
    assert votes_drawn == [
        ("vote-a", "2 Mar 2022: Abstain on A/RES/ES-11/1"),
        ("vote-a", "12 Oct 2022: Abstain on A/RES/ES-11/4"),
    ]


def test_compare_shows_each_column_s_votes(client, votes):
    html = get(
        client,
        reverse("pages:compare"),
        conflict=WAR,
        countries="KHM,BRA,CHN",
        as_of="2022-12-31",
    )
    columns = [
        visible_text(c.split("</section>")[0])
        for c in html.split('<section class="compare-column"')[1:]
    ]
    assert [c.split(" Resolution ", 1)[1] for c in columns] == [
        "Vote What it had said A/RES/ES-11/4 12 Oct 2022 Yes Neutral Said and voted differently"
        " A/RES/ES-11/1 2 Mar 2022 Yes Neutral Said and voted differently",
        "Vote What it had said A/RES/ES-11/1 2 Mar 2022 Yes No recorded stance",
        "Vote What it had said A/RES/ES-11/4 12 Oct 2022 Abstain Neutral"
        " A/RES/ES-11/1 2 Mar 2022 Abstain Neutral",
    ]
    html = get(client, reverse("pages:compare"), country="FRA", conflicts=f"{WAR},{OTHER_WAR}")
    columns = [
        visible_text(c.split("</section>")[0])
        for c in html.split('<section class="compare-column"')[1:]
    ]
    assert [c.split(" Resolution ", 1)[1] for c in columns] == [
        "Vote What it had said A/RES/ES-11/4 12 Oct 2022 Yes Supports Ukraine"
        " A/RES/ES-11/1 2 Mar 2022 Yes Condemns Russia",
        "Vote What it had said S/2023/970 8 Dec 2023 Abstain No recorded stance",
    ]
