"""The analyst pages, through the Django test client, on the shipped reference data."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors.models import Country
from ingest.models import Article
from stances.choices import ReviewStatus, Stance
from tests.factories import StatementFactory, UserFactory, VoteFactory, conflict, country

from .conftest import NEUTRALITY

pytestmark = pytest.mark.django_db

WAR = "russia-ukraine-war"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def conflict_url(**query) -> str:
    url = reverse("pages:conflict", kwargs={"slug": WAR})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def map_class(html: str, iso3: str) -> str:
    """Return the class of a country's link on the map."""
    match = re.search(rf'<a href="[^"]*" data-iso3="{iso3}" class="([^"]*)"', html)
    assert match, f"{iso3} is not on the map"
    return match.group(1)


def many_statements(n: int) -> None:
    """Give n countries a statement each, so that query counts can be compared."""
    for i, c in enumerate(Country.objects.exclude(iso3="KHM").order_by("iso3")[:n]):
        StatementFactory(
            actor_country=c, stance=Stance.CONDEMNS, target_side="b", date=date(2022, 3, 1 + i % 20)
        )
        VoteFactory(country=c, vote="Y")


# Home


def test_the_home_page_lists_the_conflicts_and_says_when_nothing_is_approved(client):
    response = client.get(reverse("pages:home"))
    assert response.status_code == 200
    assert "Russia-Ukraine war" in response.text
    assert "No statement has been approved yet." in response.text
    assert "No change of stance recorded yet." in response.text


def test_the_home_page_shows_the_latest_statements_and_changes(client, cambodia_seed):
    response = client.get(reverse("pages:home"))
    assert NEUTRALITY in response.text
    assert "went from" in response.text


def test_the_home_page_costs_the_same_queries_for_many_statements(
    client, cambodia_seed, django_assert_max_num_queries
):
    many_statements(30)
    # conflicts, latest statements, latest changes
    with django_assert_max_num_queries(3):
        client.get(reverse("pages:home"))


# Conflict


def test_the_conflict_map_colours_cambodia_neutral_on_3_march_2022(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-03"))
    assert response.status_code == 200
    assert "stance-neutral" in map_class(response.text, "KHM")
    assert "stance-none" in map_class(response.text, "MYS")


def test_the_as_of_date_redraws_the_map_before_the_statement(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-01"))
    assert "stance-none" in map_class(response.text, "KHM")
    assert "0 countries with a recorded stance" in response.text


def test_the_conflict_table_shows_the_stance_its_date_and_the_deciding_quote(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-03"))
    row = re.search(r'<tr data-iso3="KHM">.*?</tr>', response.text, re.S).group()
    assert "Neutral" in row
    assert "2 Mar 2022" in row
    assert "Cambodia does not side with any of the parties" in row
    # Calls for negotiation rank below neutrality: they do not decide the stance.
    assert "We urge negotiation" not in row


def test_the_bloc_filter_sets_non_members_apart_on_the_map_and_in_the_table(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-03", bloc="asean"))
    assert "filtered-out" not in map_class(response.text, "KHM")
    assert "filtered-out" in map_class(response.text, "FRA")
    assert 'data-iso3="KHM"' in response.text.split('id="table-heading"')[1]
    assert '<tr data-iso3="FRA">' not in response.text


def test_the_region_filter_keeps_only_that_region(client, cambodia_seed):
    response = client.get(conflict_url(region="Europe"))
    assert "filtered-out" in map_class(response.text, "KHM")
    assert '<tr data-iso3="FRA">' in response.text


def test_the_legend_names_no_recorded_stance_and_countries_outside_the_filter(client):
    response = client.get(conflict_url())
    assert "No recorded stance" in response.text
    assert "Not in the chosen region or bloc" in response.text
    assert "Supports Ukraine" in response.text and "Supports Russia" in response.text


def test_an_invalid_as_of_date_falls_back_to_today_and_says_so(client, cambodia_seed):
    response = client.get(conflict_url(as_of="not-a-date"))
    assert response.status_code == 200
    assert "Enter a valid date." in response.text
    assert "stance-neutral" in map_class(response.text, "KHM")


def test_a_valid_date_beside_a_refused_filter_falls_back_to_today(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-01", region="Atlantis"))
    assert "Select a valid choice." in response.text
    assert "stance-neutral" in map_class(response.text, "KHM")


def test_the_table_lists_every_country_by_region_then_by_name(client):
    table = client.get(conflict_url()).text.split('id="table-heading"')[1]
    assert re.findall(r'<tr data-iso3="(\w+)">', table) == list(
        Country.objects.order_by("region", "name").values_list("iso3", flat=True)
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="server-side cursors are PostgreSQL's"
)
def test_the_conflict_page_reads_the_bloc_choices_without_a_server_side_cursor(client):
    # A cursor costs three round trips (DECLARE, FETCH, CLOSE) for a select of 18 blocs.
    with CaptureQueriesContext(connection) as captured:
        client.get(conflict_url())
    assert [q["sql"] for q in captured if q["sql"].startswith("DECLARE")] == []


def test_the_conflict_page_sets_un_votes_beside_what_was_said(client, cambodia_seed):
    response = client.get(conflict_url(as_of="2022-03-03"))
    votes = response.text.split('id="votes-heading"')[1]
    assert "A/RES/ES-11/1" in votes
    assert "Cambodia</a> (differs)" in votes


def test_the_conflict_page_without_statements_or_votes_says_so(client):
    response = client.get(conflict_url())
    assert "No change of stance recorded yet." in response.text
    assert "No UN vote on this conflict up to this date." in response.text


def test_an_unknown_conflict_is_not_found(client):
    assert client.get(reverse("pages:conflict", kwargs={"slug": "no-such-war"})).status_code == 404


def test_the_conflict_page_costs_the_same_queries_for_many_countries(
    client, cambodia_seed, django_assert_max_num_queries
):
    many_statements(40)
    # conflict, stances with the countries, bloc (validation), bloc members, recent changes,
    # votes with what was said by then, blocs (the filter's choices)
    with django_assert_max_num_queries(7):
        response = client.get(conflict_url(as_of="2022-03-25", bloc="asean"))
    assert response.status_code == 200


# Country


def test_the_country_page_says_where_cambodia_said_and_voted_differently(client, cambodia_seed):
    response = client.get(reverse("pages:country", kwargs={"iso3": "KHM"}))
    assert response.status_code == 200
    callout = response.text.split('id="differences-heading"')[1].split("</section>")[0]
    assert "voted <strong>yes</strong> on A/RES/ES-11/1" in callout
    assert "<strong>neutral</strong>" in callout


def test_the_country_page_lists_stances_blocs_office_holders_statements_and_votes(
    client, cambodia_seed
):
    text = client.get(reverse("pages:country", kwargs={"iso3": "khm"})).text
    assert "Neutral" in text
    assert "Association of Southeast Asian Nations" in text
    assert "Hun Sen" in text and "Prime Minister of Cambodia" in text
    assert NEUTRALITY in text
    assert "A/RES/ES-11/1" in text


def test_a_country_with_nothing_recorded_shows_empty_states(client):
    text = client.get(reverse("pages:country", kwargs={"iso3": "XKX"})).text
    assert "No approved statement by Kosovo yet." in text
    assert "No UN vote recorded." in text
    assert "differently" not in text


def test_an_unknown_country_is_not_found(client):
    assert client.get(reverse("pages:country", kwargs={"iso3": "ZZZ"})).status_code == 404


def test_the_country_page_costs_the_same_queries_for_many_statements(
    client, cambodia_seed, django_assert_max_num_queries
):
    for day in range(3, 28):
        StatementFactory(date=date(2022, 3, day), stance=Stance.CONDEMNS, target_side="b")
    # country, stances, votes with what was said by then, conflicts, memberships, terms,
    # statements
    with django_assert_max_num_queries(7):
        client.get(reverse("pages:country", kwargs={"iso3": "KHM"}))


# Country on a conflict


def test_the_timeline_marks_the_change_and_explains_it_with_the_statement(client, cambodia_seed):
    later = StatementFactory(
        date=date(2023, 5, 1), stance=Stance.CONDEMNS, target_side="b", quote="We condemn it."
    )
    url = reverse("pages:country-conflict", kwargs={"iso3": "KHM", "slug": WAR})
    text = client.get(url).text
    assert '<svg class="timeline-chart"' in text
    changes = text.split('id="changes-heading"')[1].split("</section>")[0]
    assert NEUTRALITY in changes and "We condemn it." in changes
    assert "Condemns Russia" in changes
    assert later.get_absolute_url() in text
    assert "Voted <strong>yes</strong> on A/RES/ES-11/1" in text


def test_a_timeline_with_nothing_recorded_says_so(client):
    url = reverse("pages:country-conflict", kwargs={"iso3": "MYS", "slug": WAR})
    text = client.get(url).text
    assert "Nothing recorded yet" in text
    assert "No recorded stance: Malaysia has no approved statement" in text


def test_the_timeline_costs_the_same_queries_for_many_statements(
    client, cambodia_seed, django_assert_max_num_queries
):
    for day in range(3, 28):
        StatementFactory(date=date(2022, 4, day))
    url = reverse("pages:country-conflict", kwargs={"iso3": "KHM", "slug": WAR})
    # country, conflict, statements, votes
    with django_assert_max_num_queries(4):
        client.get(url)


# Statement


def test_the_statement_page_highlights_the_evidence_in_the_article(client, cambodia_seed):
    text = "Phnom Penh, 2 March. " + NEUTRALITY + " More text <b>here</b>."
    start = text.index(NEUTRALITY)
    article = Article.objects.create(text=text, title="Cambodia stays neutral")
    statement = cambodia_seed["neutral"]
    statement.article = article
    statement.evidence_start, statement.evidence_end = start, start + len(NEUTRALITY)
    statement.save()
    response = client.get(statement.get_absolute_url())
    assert f'<mark id="evidence" tabindex="-1">{NEUTRALITY}</mark>' in response.text
    assert "More text &lt;b&gt;here&lt;/b&gt;." in response.text
    assert "Approved" in response.text


def test_the_statement_page_without_an_article_shows_its_history(client, cambodia_seed):
    text = client.get(cambodia_seed["neutral"].get_absolute_url()).text
    assert "No stored article text" in text
    assert "Created" in text


def test_a_pending_statement_is_hidden_from_the_public_and_shown_to_editors(client):
    pending = StatementFactory(status=ReviewStatus.PENDING)
    assert client.get(pending.get_absolute_url()).status_code == 404
    client.force_login(UserFactory(is_staff=True))
    assert "Pending review" in client.get(pending.get_absolute_url()).text


# Search


def test_search_finds_the_seed_statement_and_highlights_the_words(client, cambodia_seed):
    text = client.get(reverse("pages:search"), {"q": "parties"}).text
    assert "1 statement found" in text
    assert "any of the <mark>parties</mark> in" in text


def test_search_without_words_or_without_results_says_so(client, cambodia_seed):
    assert "Type words, or choose filters" in client.get(reverse("pages:search")).text
    text = client.get(reverse("pages:search"), {"q": "zeppelin"}).text
    assert "No approved statement matches" in text


def test_search_filters_like_the_api(client, cambodia_seed):
    StatementFactory(actor_country=country("MYS"), quote="Malaysia on the parties.")
    text = client.get(reverse("pages:search"), {"q": "parties", "country": "KHM"}).text
    assert "1 statement found" in text and "Malaysia on the" not in text
    text = client.get(reverse("pages:search"), {"stance": "calls_for_negotiation"}).text
    assert "We urge negotiation" in text and NEUTRALITY not in text


def test_search_costs_the_same_queries_whatever_it_finds(
    client, cambodia_seed, django_assert_max_num_queries
):
    many_statements(20)
    # statements, and the form's choices: countries, conflicts, blocs
    with django_assert_max_num_queries(4):
        client.get(reverse("pages:search"), {"q": "quote"})


# Compare


def test_compare_sets_countries_side_by_side_on_one_conflict(
    client, cambodia_seed, django_assert_max_num_queries
):
    # conflict (validation), countries, stances, votes with what was said by then, and the
    # form's conflict and country choices
    with django_assert_max_num_queries(6):
        response = client.get(
            reverse("pages:compare"),
            {"conflict": WAR, "countries": "KHM,MYS", "as_of": "2022-03-03"},
        )
    assert "Cambodia on the Russia-Ukraine war" in response.text
    assert "Malaysia on the Russia-Ukraine war" in response.text
    assert "Said and voted differently" in response.text


def test_compare_sets_one_country_across_conflicts(client, cambodia_seed):
    response = client.get(
        reverse("pages:compare"), {"country": "KHM", "conflicts": f"{WAR},israel-hamas-war"}
    )
    assert "Cambodia on the Russia-Ukraine war" in response.text
    assert "Neutral" in response.text
    assert "No recorded stance" in response.text


def test_compare_with_one_country_asks_for_more(client):
    response = client.get(reverse("pages:compare"), {"conflict": WAR, "countries": "KHM"})
    assert "two or more countries" in response.text


# Safety


def test_untrusted_quotes_are_escaped_on_every_page(client, cambodia_seed):
    statement = StatementFactory(quote=EVIL + " parties", date=date(2022, 3, 5))
    urls = [
        reverse("pages:home"),
        conflict_url(),
        reverse("pages:country", kwargs={"iso3": "KHM"}),
        reverse("pages:country-conflict", kwargs={"iso3": "KHM", "slug": WAR}),
        statement.get_absolute_url(),
        reverse("pages:search") + "?q=parties",
    ]
    for url in urls:
        text = client.get(url).text
        assert "<script>alert" not in text and "<img src=x" not in text, url
        assert "&lt;script&gt;" in text, url


def test_pages_send_a_content_security_policy_without_unsafe_inline(client, cambodia_seed):
    response = client.get(conflict_url())
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script" not in response.text and " style=" not in response.text


def test_pages_link_their_atom_feed(client):
    text = client.get(conflict_url()).text
    assert '<link rel="alternate" type="application/atom+xml"' in text
    assert f'href="/conflicts/{WAR}/feed/"' in text
    text = client.get(reverse("pages:country", kwargs={"iso3": "KHM"})).text
    assert 'href="/countries/KHM/feed/"' in text


def test_the_map_draws_every_country_the_atlas_has_and_reaches_kosovo_by_name(client):
    text = client.get(conflict_url()).text
    assert text.count('class="map-country') >= 170
    assert 'data-iso3="XKX"' in text
    assert conflict().name in text and country("KHM").name in text
