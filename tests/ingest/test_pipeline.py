"""The pipeline in eager mode (tasks run in-process): feeds, submissions, failures, re-runs."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors.models import Country
from ingest import engine, services, tasks
from ingest.choices import ArticleState, SubmissionSource
from ingest.models import Article, Feed
from stances.choices import Origin, ReviewStatus, Stance
from stances.models import Conflict, Statement
from tests.factories import UserFactory

from .checks import assert_wire_ingested_once
from .conftest import PAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("eager_celery")]


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the callbacks queued for after the commit (the test's transaction never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def poll(feed, run_on_commit):
    with run_on_commit():
        tasks.poll_feed.delay(feed.pk)


def test_a_feed_of_three_reports_one_a_copy_files_each_statement_once_when_every_task_runs_twice(
    wire_site, run_on_commit, every_task_twice
):
    feed = Feed.objects.create(url=wire_site.url_for("/rss.xml"), name="Test wire")

    poll(feed, run_on_commit)

    original, _, _ = assert_wire_ingested_once(feed)
    assert original.outlet == "Mekong Wire"
    feed.refresh_from_db()
    assert (feed.etag, feed.consecutive_failures, feed.last_error) == ('"wire-1"', 0, "")


def test_polling_an_unchanged_feed_again_queues_nothing(wire_site, run_on_commit):
    feed = Feed.objects.create(url=wire_site.url_for("/rss.xml"), name="Test wire")
    poll(feed, run_on_commit)
    requests = len(wire_site.log)

    poll(feed, run_on_commit)

    assert len(wire_site.log) == requests + 1, "only the feed itself is fetched again"
    assert Article.objects.filter(feed=feed).count() == 3
    request, _ = wire_site.log[-1]
    assert request.headers["If-None-Match"] == '"wire-1"'


def test_a_feed_that_keeps_failing_is_deactivated_with_its_error(
    httpserver, allow_private, run_on_commit, settings
):
    settings.INGEST_FEED_MAX_FAILURES = 3
    httpserver.expect_request("/rss.xml").respond_with_data("gone", status=404)
    feed = Feed.objects.create(url=httpserver.url_for("/rss.xml"), name="Dead feed")

    for _ in range(3):
        poll(feed, run_on_commit)

    feed.refresh_from_db()
    assert (feed.active, feed.consecutive_failures) == (False, 3)
    assert "Deactivated after 3 failed polls" in feed.last_error
    assert "HTTP 404" in feed.last_error


def test_due_feeds_are_claimed_once(wire_site):
    feed = Feed.objects.create(url=wire_site.url_for("/rss.xml"), name="Test wire")

    assert services.feeds_claim_due() == [feed.pk]
    assert services.feeds_claim_due() == []


@pytest.mark.parametrize(
    ("respond", "reason"),
    [
        (lambda r: r.respond_with_data("x" * 6_000_000, content_type="text/html"), "byte limit"),
        (
            lambda r: r.respond_with_data(b"%PDF-1.7", content_type="application/pdf"),
            "content type",
        ),
        (
            lambda r: r.respond_with_data(
                "<html><body><nav>Home</nav></body></html>", content_type="text/html"
            ),
            "No article text",
        ),
        (lambda r: r.respond_with_data("not here", status=404), "HTTP 404"),
    ],
    ids=["oversized", "not-html", "no-article", "missing"],
)
def test_a_bad_page_fails_with_its_reason_and_breaks_nothing_else(
    wire_site, run_on_commit, respond, reason
):
    respond(wire_site.expect_request("/bad"))

    with run_on_commit():
        bad = services.article_submit_url(url=wire_site.url_for("/bad"))
        good = services.article_submit_url(url=wire_site.url_for("/world/brazil-talks"))

    bad.refresh_from_db()
    good.refresh_from_db()
    assert bad.state == ArticleState.FAILED
    assert reason in bad.failure_reason
    assert good.state == ArticleState.EXTRACTED


def test_a_transient_failure_run_eagerly_is_recorded_at_once_for_a_retry_by_hand(
    httpserver, allow_private, run_on_commit
):
    httpserver.expect_request("/flaky").respond_with_data(
        "busy", status=503, headers={"Retry-After": "1"}
    )

    with run_on_commit():
        article = services.article_submit_url(url=httpserver.url_for("/flaky"))

    article.refresh_from_db()
    assert (article.state, article.attempts) == (ArticleState.FAILED, 1)
    assert article.failure_reason.startswith("Gave up after 1 attempt: HTTP 503")


def test_a_url_on_a_private_address_fails_without_a_request(httpserver, run_on_commit):
    with run_on_commit():
        article = services.article_submit_url(url=httpserver.url_for("/story"))

    article.refresh_from_db()
    assert article.state == ArticleState.FAILED
    assert "loopback or private address" in article.failure_reason
    assert httpserver.log == []


def test_submitting_a_known_url_in_another_spelling_returns_the_same_article(
    wire_site, run_on_commit
):
    url = wire_site.url_for("/world/brazil-talks")
    with run_on_commit():
        first = services.article_submit_url(url=url)
        again = services.article_submit_url(url=f"{url}?utm_source=newsletter#top")

    assert again.pk == first.pk
    assert Article.objects.count() == 1


def test_a_submitted_text_is_extracted_and_submitting_it_again_changes_nothing(run_on_commit):
    text = (PAGES / "khm-neutrality.txt").read_text()
    with run_on_commit():
        article = services.article_submit_text(text=text, title="Cambodia stays neutral")
    with run_on_commit():
        again = services.article_submit_text(text=text)

    article.refresh_from_db()
    assert again.pk == article.pk
    assert (article.state, article.source) == (ArticleState.EXTRACTED, SubmissionSource.TEXT)
    assert article.statements.filter(actor_country__iso3="KHM", stance=Stance.NEUTRAL).exists()


def test_reextraction_keeps_reviewed_statements_and_drops_stale_pending_ones(run_on_commit):
    text = (PAGES / "khm-neutrality.txt").read_text()
    with run_on_commit():
        article = services.article_submit_text(text=text)
    filed = list(article.statements.order_by("pk"))
    assert len(filed) >= 2, "the report should give a neutral stance and a call for talks"
    approved, rejected = filed[0], filed[1]
    Statement.objects.filter(pk=approved.pk).update(status=ReviewStatus.APPROVED)
    Statement.objects.filter(pk=rejected.pk).update(status=ReviewStatus.REJECTED)
    stale = Statement.objects.create(
        article=article,
        actor_country=approved.actor_country,
        conflict=approved.conflict,
        stance=Stance.ABSTAINS,
        quote="An earlier engine's reading.",
        evidence_start=0,
        evidence_end=10,
        origin=Origin.PIPELINE,
    )
    by_hand = Statement.objects.create(
        article=article,
        actor_country=approved.actor_country,
        conflict=approved.conflict,
        stance=Stance.OTHER,
        quote="Added by an editor.",
        origin=Origin.EDITOR,
    )

    with run_on_commit():
        call_command("reextract", str(article.pk), stdout=StringIO())

    assert not Statement.objects.filter(pk=stale.pk).exists()
    remaining = set(article.statements.values_list("pk", flat=True))
    # Reviewed and hand-made statements stay; nothing is filed twice, not even what an
    # editor rejected.
    assert remaining == {s.pk for s in filed} | {by_hand.pk}
    assert Statement.objects.get(pk=rejected.pk).status == ReviewStatus.REJECTED
    assert Statement.objects.get(pk=approved.pk).status == ReviewStatus.APPROVED


def test_a_fetched_article_files_its_candidates_with_history_around_an_editors_equal_statement():
    text = (PAGES / "khm-neutrality.txt").read_text()
    article = Article.objects.create(
        source=SubmissionSource.TEXT, text=text, state=ArticleState.FETCHED, title="Neutral"
    )
    candidates = engine.candidates_in(text)
    assert len(candidates) >= 2, "the report should give a neutral stance and a call for talks"
    first = candidates[0]
    # An editor filed the first candidate's statement by hand before the pipeline got to it.
    by_hand = Statement.objects.create(
        article=article,
        actor_country=Country.objects.get(iso3=first.actor_country),
        conflict=Conflict.objects.get(slug=first.conflict),
        stance=first.stance,
        quote=first.evidence,
        evidence_start=first.start,
        evidence_end=first.end,
        status=ReviewStatus.APPROVED,
        origin=Origin.EDITOR,
    )

    created = services.article_extract(article_id=article.pk)

    article.refresh_from_db()
    assert (article.state, created) == (ArticleState.EXTRACTED, len(candidates) - 1)
    assert article.statements.count() == len(candidates)
    assert Statement.objects.get(pk=by_hand.pk).status == ReviewStatus.APPROVED
    filed = article.statements.filter(origin=Origin.PIPELINE)
    # One "created" history row per statement, as a save() would have written.
    assert sorted(
        Statement.history.filter(article=article, history_type="+").values_list("id", flat=True)
    ) == sorted([by_hand.pk, *filed.values_list("pk", flat=True)])


def test_ingest_files_imports_texts_and_pages_once(run_on_commit, tmp_path, capsys):
    (tmp_path / "khm.txt").write_text((PAGES / "khm-neutrality.txt").read_text())
    (tmp_path / "brazil.html").write_bytes((PAGES / "brazil-talks.html").read_bytes())

    with run_on_commit():
        call_command("ingest_files", str(tmp_path))
    with run_on_commit():
        call_command("ingest_files", str(tmp_path))

    articles = Article.objects.filter(source=SubmissionSource.FILE)
    assert articles.count() == 2
    assert set(articles.values_list("state", flat=True)) == {ArticleState.EXTRACTED}
    assert "2 files submitted" in capsys.readouterr().out


def test_editors_see_states_and_failures_and_retry_from_the_admin(client, wire_site, run_on_commit):
    client.force_login(UserFactory(username="chief", is_staff=True, is_superuser=True))
    url = wire_site.url_for("/world/brazil-talks")
    failed = Article.objects.create(
        url=url,
        canonical_url=url,
        state=ArticleState.FAILED,
        failure_reason="HTTP 503 from the server, 6 times",
        attempts=6,
    )

    page = client.get(reverse("admin:ingest_article_changelist"), {"state": "failed"})
    assert page.status_code == 200
    assert "HTTP 503 from the server, 6 times" in page.content.decode()

    with run_on_commit():
        client.post(
            reverse("admin:ingest_article_changelist"),
            {"action": "retry", "_selected_action": [failed.pk]},
        )

    failed.refresh_from_db()
    assert (failed.state, failed.failure_reason, failed.attempts) == (
        ArticleState.EXTRACTED,
        "",
        1,
    )
    assert failed.statements.exists()


def test_editors_submit_a_text_from_the_admin(client, run_on_commit):
    client.force_login(UserFactory(username="desk", is_staff=True, is_superuser=True))
    text = (PAGES / "khm-neutrality.txt").read_text()

    with run_on_commit():
        response = client.post(
            reverse("admin:ingest_article_submit"),
            {"text": text, "title": "Cambodia stays neutral", "published": "2022-03-03"},
        )

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:ingest_article_change", args=[article.pk])
    assert article.state == ArticleState.EXTRACTED
    assert article.submitted_by.username == "desk"


def test_the_article_list_costs_the_same_queries_for_thirteen_articles_as_for_three(
    client, django_assert_num_queries
):
    client.force_login(UserFactory(username="lister", is_staff=True, is_superuser=True))
    url = reverse("admin:ingest_article_changelist")

    def create(count):
        for n in range(count):
            Article.objects.create(url=f"https://news.example/{n}-{count}", title=f"Story {n}")

    create(3)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    create(10)
    # Session, user, the count, the page of articles with their statement counts and feeds,
    # the feed filter's choices: none of them per article.
    with django_assert_num_queries(len(few)):
        assert client.get(url).status_code == 200


def test_ingest_url_reports_the_outcome_of_each_url(wire_site, run_on_commit, capsys):
    # Run from a shell there is no transaction: the work runs (or is queued) at once. Here the
    # test's transaction holds it until the block ends, hence the outcome is read from the DB.
    with run_on_commit():
        call_command("ingest_url", wire_site.url_for("/world/brazil-talks"))

    assert capsys.readouterr().out.startswith("Article ")
    assert Article.objects.get().state == ArticleState.EXTRACTED


def test_ingest_url_refuses_what_is_not_an_http_url():
    with pytest.raises(CommandError, match="ftp://news.example/x: Enter an absolute http"):
        call_command("ingest_url", "ftp://news.example/x")

    assert not Article.objects.exists()


def test_poll_feeds_polls_the_due_feeds_and_says_what_it_found(wire_site, run_on_commit, capsys):
    Feed.objects.create(url=wire_site.url_for("/rss.xml"), name="Test wire")

    with run_on_commit():
        call_command("poll_feeds")

    assert "Test wire: 3 new articles" in capsys.readouterr().out
    assert Article.objects.filter(state=ArticleState.EXTRACTED).count() == 2
