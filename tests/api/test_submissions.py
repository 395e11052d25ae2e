"""Submitting an article: 202 with its id and where to follow it."""

import pytest

from ingest.models import Article

pytestmark = pytest.mark.django_db

URL = "/api/v1/submissions/"
TEXT = {
    "text": "Cambodia does not side with any of the parties in the Russia-Ukraine conflict, "
    "Prime Minister Hun Sen said on Wednesday.",
    "title": "Hun Sen on Ukraine",
    "outlet": "Khmer Times",
    "published": "2022-03-03",
}


def test_an_editor_submits_a_text_and_gets_202_with_the_articles_status_url(editor, editor_user):
    response = editor.post(URL, TEXT, format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    article = Article.objects.get(pk=body["id"])
    assert article.submitted_by == editor_user
    assert (article.title, article.outlet) == ("Hun Sen on Ukraine", "Khmer Times")
    assert body["status_url"].endswith(f"/api/v1/articles/{article.pk}")
    assert response["Location"] == body["status_url"]
    status = editor.get(body["status_url"])
    assert status.status_code == 200
    assert status.json()["state"] == article.state
    # A pasted text has no address: null, not "" (which the schema's URI format refuses).
    assert body["url"] is None


def test_a_submitted_url_is_queued_and_answered_202(editor, monkeypatch):
    # The fetch itself is the ingest pipeline's business (and its tests'); here it stays queued.
    monkeypatch.setattr("ingest.tasks.fetch_article.delay_on_commit", lambda *args: None)
    response = editor.post(URL, {"url": "https://www.example.org/news/hun-sen"}, format="json")
    assert response.status_code == 202, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert (article.url, article.state) == ("https://www.example.org/news/hun-sen", "queued")


@pytest.mark.parametrize(
    "body, field",
    [
        ({}, "url"),
        ({"url": "not a url"}, "url"),
        ({"text": "   "}, "url"),
        ({"url": "https://example.org/a", "title": "Only with text"}, "title"),
        ({**TEXT, "published": "2022-02-30"}, "published"),
    ],
)
def test_a_bad_submission_is_a_400_naming_the_field(editor, body, field):
    response = editor.post(URL, body, format="json")
    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize("role, status", [("anonymous", 401), ("reader", 403), ("staff", 202)])
def test_only_editors_and_staff_submit(request, role, status):
    assert request.getfixturevalue(role).post(URL, TEXT, format="json").status_code == status


@pytest.mark.parametrize("role, status", [("anonymous", 401), ("reader", 403), ("staff", 200)])
def test_only_editors_and_staff_follow_articles(request, role, status):
    article = Article.objects.create(title="t", text="t", source="text")
    assert (
        request.getfixturevalue(role).get(f"/api/v1/articles/{article.pk}/").status_code == status
    )
