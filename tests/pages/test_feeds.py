"""Atom feeds of newly approved statements, per conflict and per country."""

import pytest
from django.urls import reverse

from stances.choices import ReviewStatus
from tests.factories import StatementFactory

from .conftest import NEUTRALITY

pytestmark = pytest.mark.django_db


def test_the_conflict_feed_lists_approved_statements_as_atom(client, cambodia_seed):
    StatementFactory(status=ReviewStatus.PENDING, quote="Not yet reviewed.")
    response = client.get(reverse("pages:conflict-feed", kwargs={"slug": "russia-ukraine-war"}))
    assert response["Content-Type"].startswith("application/atom+xml")
    text = response.text
    assert 'xmlns="http://www.w3.org/2005/Atom"' in text
    assert "Cambodia: Neutral on Russia-Ukraine war" in text
    assert NEUTRALITY in text
    assert "Not yet reviewed." not in text
    assert cambodia_seed["neutral"].get_absolute_url() in text


def test_the_country_feed_lists_its_statements(client, cambodia_seed):
    response = client.get(reverse("pages:country-feed", kwargs={"iso3": "KHM"}))
    assert response.text.count("<entry>") == 2


def test_an_empty_feed_is_still_a_valid_feed(client):
    response = client.get(reverse("pages:country-feed", kwargs={"iso3": "MYS"}))
    assert response.status_code == 200
    assert "<entry>" not in response.text
    assert "<title>Stance Atlas: statements by Malaysia</title>" in response.text


def test_feeds_escape_untrusted_quotes(client):
    StatementFactory(quote="<script>alert(1)</script>")
    text = client.get(reverse("pages:country-feed", kwargs={"iso3": "KHM"})).text
    assert "<script>" not in text
    # Escaped twice: once as HTML (Atom's type="html" summary), once as XML.
    assert "&amp;lt;script&amp;gt;" in text


def test_feeds_of_unknown_things_are_not_found(client):
    assert client.get(reverse("pages:country-feed", kwargs={"iso3": "ZZZ"})).status_code == 404
    assert client.get(reverse("pages:conflict-feed", kwargs={"slug": "nope"})).status_code == 404


def test_a_feed_costs_the_same_queries_for_many_statements(
    client, cambodia_seed, django_assert_max_num_queries
):
    for _ in range(20):
        StatementFactory()
    # country, statements
    with django_assert_max_num_queries(2):
        client.get(reverse("pages:country-feed", kwargs={"iso3": "KHM"}))
