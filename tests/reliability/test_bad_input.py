"""Hostile and broken feeds and pages: each fails with its reason recorded, and harms nothing else.

Everything is served by a real local HTTP server and goes through the pipeline's services, as a
worker would run them. After each bad input a good article from the same server still goes
through, so one bad source cannot stall the rest.
"""

import gzip
import time

import pytest
from werkzeug import Response

from ingest import fetching, services, tasks
from ingest.choices import ArticleState
from ingest.fetching import MAX_BYTES
from ingest.models import Article, Feed

pytestmark = pytest.mark.django_db

ARTICLE = (
    "<html><head><title>Envoys meet</title></head><body><article><h1>Envoys meet</h1>"
    + "".join(
        f"<p>Paragraph {n}: diplomats from several capitals met again on Tuesday to discuss "
        f"the ceasefire proposal, the exchange of prisoners and the reopening of roads.</p>"
        for n in range(6)
    )
    + "</article></body></html>"
)
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>{base}/one</link></item>
</channel></rss>"""


@pytest.fixture(autouse=True)
def private_allowed(settings):
    # The local server is on loopback; the SSRF matrix tests the refusals.
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def good_article(httpserver):
    """An article that must still go through after each bad input."""
    httpserver.expect_request("/good").respond_with_data(ARTICLE, content_type="text/html")
    return Article.objects.create(
        url=httpserver.url_for("/good"), canonical_url=httpserver.url_for("/good")
    )


def fetch(httpserver, path):
    article = Article.objects.create(
        url=httpserver.url_for(path), canonical_url=httpserver.url_for(path)
    )
    services.article_fetch(article_id=article.pk)
    article.refresh_from_db()
    return article


def assert_unharmed(good_article):
    assert services.article_fetch(article_id=good_article.pk)
    good_article.refresh_from_db()
    assert good_article.state == ArticleState.FETCHED
    assert "ceasefire proposal" in good_article.text


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


def test_a_gzip_bomb_is_stopped_at_the_size_limit(httpserver, good_article):
    bomb = gzip_bomb(20 * MAX_BYTES)  # 100 MB of zeros in about 100 kB
    assert len(bomb) < 150_000
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )

    started = time.monotonic()
    article = fetch(httpserver, "/bomb")

    assert article.state == ArticleState.FAILED
    assert f"exceeds the {MAX_BYTES}-byte limit" in article.failure_reason
    assert time.monotonic() - started < 10
    assert_unharmed(good_article)


def test_a_huge_declared_body_is_refused_before_reading_it(httpserver, good_article):
    httpserver.expect_request("/huge").respond_with_data(
        b"x" * (MAX_BYTES + 1), content_type="text/html"
    )

    article = fetch(httpserver, "/huge")

    assert article.state == ArticleState.FAILED
    assert f"response of {MAX_BYTES + 1} bytes exceeds" in article.failure_reason
    assert_unharmed(good_article)


def test_a_huge_streamed_body_without_a_length_is_cut_at_the_limit(httpserver, good_article):
    chunk = b"<p>" + b"word " * 13_000 + b"</p>"
    chunks = MAX_BYTES // len(chunk) + 2
    httpserver.expect_request("/stream").respond_with_response(
        Response((chunk for _ in range(chunks)), content_type="text/html")
    )

    article = fetch(httpserver, "/stream")

    assert article.state == ArticleState.FAILED
    assert "exceeds" in article.failure_reason
    assert_unharmed(good_article)


def test_endless_redirects_fail_after_five_hops(httpserver, good_article):
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )

    article = fetch(httpserver, "/loop")

    assert article.state == ArticleState.FAILED
    assert article.failure_reason == "more than 5 redirects"
    assert len(httpserver.log) == 6
    assert_unharmed(good_article)


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
        ("application/pdf", b"%PDF-1.7\n"),
        ("application/octet-stream", bytes(range(256))),
        ("", b"no type at all"),
    ],
)
def test_content_that_is_not_html_fails_with_its_type_named(
    httpserver, good_article, content_type, body
):
    httpserver.expect_request("/file").respond_with_data(body, content_type=content_type)

    article = fetch(httpserver, "/file")

    assert article.state == ArticleState.FAILED
    assert "content type" in article.failure_reason
    assert_unharmed(good_article)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><p>Subscribe to read.</p></body></html>",
        "\0\0\0\0",
        "<" * 10_000,
    ],
)
def test_a_page_without_an_article_fails_as_empty(httpserver, good_article, html):
    httpserver.expect_request("/empty").respond_with_data(html, content_type="text/html")

    article = fetch(httpserver, "/empty")

    assert article.state == ArticleState.FAILED
    assert article.failure_reason == "No article text found in the page."
    assert_unharmed(good_article)


@pytest.mark.parametrize(
    "charset, encoding",
    [
        ("utf-8", "windows-1251"),  # the header lies
        ("klingon", "utf-8"),  # an encoding nobody knows
        ("", "shift_jis"),  # none declared
        ("utf-16", "utf-8"),
    ],
)
def test_a_page_in_the_wrong_charset_is_still_read(httpserver, good_article, charset, encoding):
    body = ARTICLE.replace("diplomats", "дипломаты" if encoding == "windows-1251" else "外交官")
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    httpserver.expect_request("/charset").respond_with_data(
        body.encode(encoding), headers={"Content-Type": content_type}
    )

    article = fetch(httpserver, "/charset")

    # Read as well as the bytes allow, or failed with a reason: never a crash.
    assert article.state in (ArticleState.FETCHED, ArticleState.FAILED)
    assert article.state == ArticleState.FETCHED or article.failure_reason
    assert_unharmed(good_article)


def drip(seconds_per_byte: float, size: int):
    """A response body trickling in one byte at a time, as a slowloris server sends it."""
    for _ in range(size):
        time.sleep(seconds_per_byte)
        yield b"x"


def test_a_server_dripping_its_body_is_cut_off_at_the_total_timeout(
    httpserver, good_article, monkeypatch
):
    monkeypatch.setattr(fetching, "TOTAL_TIMEOUT", 1.0)
    httpserver.expect_request("/slow").respond_with_response(
        Response(drip(0.2, 40), content_type="text/html", headers={"Content-Length": "40"})
    )
    article = Article.objects.create(
        url=httpserver.url_for("/slow"), canonical_url=httpserver.url_for("/slow")
    )

    started = time.monotonic()
    # The last attempt: a transient failure is recorded instead of retried.
    tasks.fetch_article.apply(args=[article.pk], retries=tasks.FETCH_MAX_RETRIES)

    assert time.monotonic() - started < 3
    article.refresh_from_db()
    assert article.state == ArticleState.FAILED
    assert "took longer than 1 s" in article.failure_reason
    monkeypatch.undo()  # the single-threaded test server may still be dripping
    assert_unharmed(good_article)


def test_a_server_that_never_answers_fails_at_the_read_timeout(
    httpserver, good_article, monkeypatch
):
    monkeypatch.setattr(fetching, "READ_TIMEOUT", 0.5)

    def stall(request):
        time.sleep(2)
        return Response(ARTICLE, content_type="text/html")

    httpserver.expect_request("/stall").respond_with_handler(stall)
    article = Article.objects.create(
        url=httpserver.url_for("/stall"), canonical_url=httpserver.url_for("/stall")
    )

    started = time.monotonic()
    tasks.fetch_article.apply(args=[article.pk], retries=tasks.FETCH_MAX_RETRIES)

    assert time.monotonic() - started < 2
    article.refresh_from_db()
    assert article.state == ArticleState.FAILED
    assert "timed out" in article.failure_reason.lower()
    monkeypatch.undo()  # the single-threaded test server is still busy stalling
    assert_unharmed(good_article)


# Feeds --------------------------------------------------------------------------------------


def poll(httpserver, path, body, content_type="application/rss+xml"):
    httpserver.expect_request(path).respond_with_data(body, content_type=content_type)
    feed = Feed.objects.create(url=httpserver.url_for(path), name=path)
    new_ids = services.feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    return feed, new_ids


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<rss><channel><item><title>unclosed",
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>]><x>&a;&a;</x>",
        b"\xff\xfe\x00\x00garbage",
        b'{"json": "is not a feed"}',
        b"<html><body>An HTML page, not a feed</body></html>",
    ],
)
def test_a_malformed_feed_records_its_error_and_queues_nothing(httpserver, body):
    feed, new_ids = poll(httpserver, "/feed.xml", body)

    assert new_ids == []
    assert feed.consecutive_failures == 1
    assert feed.last_error.startswith("not a feed")
    assert Article.objects.count() == 0


def test_a_billion_laughs_feed_is_not_expanded(httpserver):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'.encode()
            for n in range(1, 10)
        )
        + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
        + b"<link>https://example.org/a</link></item></channel></rss>"
    )
    started = time.monotonic()

    feed, new_ids = poll(httpserver, "/lol.xml", laughs)

    # expat stops the expansion; feedparser's lenient fallback then takes a few seconds
    # (5 s measured on 2 cores), far inside the task's time limit.
    assert time.monotonic() - started < 20
    titles = list(Article.objects.values_list("title", flat=True))
    assert all(len(title) <= 1000 for title in titles)
    assert feed.consecutive_failures in (0, 1)


def test_a_feed_in_the_wrong_charset_still_yields_its_entries(httpserver):
    body = RSS.format(base="https://example.org").replace("One", "Réunion à Genève")
    feed, new_ids = poll(
        httpserver, "/latin.xml", body.encode("latin-1"), "application/rss+xml; charset=utf-8"
    )

    assert len(new_ids) == 1
    assert feed.consecutive_failures == 0


def test_a_feed_gzip_bomb_is_stopped_and_recorded(httpserver):
    httpserver.expect_request("/bomb.xml").respond_with_data(
        gzip_bomb(100 * 1024 * 1024),
        content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip"},
    )
    feed = Feed.objects.create(url=httpserver.url_for("/bomb.xml"), name="bomb")

    services.feed_poll(feed_id=feed.pk)

    feed.refresh_from_db()
    assert "exceeds" in feed.last_error
    assert feed.consecutive_failures == 1


def test_a_failing_feed_does_not_stop_the_next_one(httpserver):
    bad, _ = poll(httpserver, "/bad.xml", b"<<<")
    good, new_ids = poll(httpserver, "/good.xml", RSS.format(base="https://example.org"))

    assert bad.consecutive_failures == 1
    assert good.consecutive_failures == 0 and good.last_error == ""
    assert len(new_ids) == 1
