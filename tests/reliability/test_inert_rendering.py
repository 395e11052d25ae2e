"""Hostile text renders inert: every page, feed and admin screen showing statements and articles.

Quotes, titles, outlets, summaries and article texts come from the open web. Each carries
script tags, event handlers and javascript: URLs here; every response is parsed as a browser
would and must contain no script but the site's own, no event handler attribute and no
javascript: URL, and must send a Content-Security-Policy without 'unsafe-inline'.
"""

from datetime import date
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from django.test import Client

from ingest.choices import ArticleState
from ingest.models import Article
from tests.factories import StatementFactory, UserFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '<script>alert("q")</script>',
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(2)>",
    '<a href="javascript:alert(3)">click</a>',
    '"><script>alert(4)</script>',
    "' onmouseover='alert(5)",
    "<iframe src=javascript:alert(6)></iframe>",
    "</textarea><script>alert(7)</script>",
    "<style>body{display:none}</style>",
]
EVIL = " ".join(PAYLOADS)
# Attributes whose value is a URL a browser would follow or load.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
DANGEROUS_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset"}


class Inspector(HTMLParser):
    """Collect what a browser would run or load from a document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        source = attributes.get("src") or ""
        # Only the site's own script files, a path on this origin; a JSON data block (the
        # browsable API's CSRF token) is not run.
        data_block = attributes.get("type") == "application/json"
        own_file = source.startswith("/") and not source.startswith("//")
        if tag == "script" and not (own_file or data_block):
            self.problems.append(f"script not from this site: {attrs}")
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                ("javascript:", "vbscript:", "data:text/html")
            ):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def problems_in(html: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


@pytest.fixture
def hostile(request):
    """A statement and its article, every free-text field hostile."""
    text = f"Before. Cambodia said the war in Ukraine must end. {EVIL} After."
    article = Article.objects.create(
        url="https://example.org/evil",
        canonical_url="https://example.org/evil",
        title=EVIL,
        outlet=EVIL[:200],
        text=text,
        state=ArticleState.FAILED,
        failure_reason=EVIL,
    )
    start = text.index("Cambodia")
    statement = StatementFactory(
        quote=f"Cambodia says {EVIL}",
        summary=EVIL,
        source_title=EVIL,
        source_outlet=EVIL[:200],
        source_url=getattr(request, "param", "https://example.org/evil"),
        article=article,
        evidence_start=start,
        evidence_end=len(text),
        date=date(2022, 3, 5),
    )
    return statement, article


def page_urls(statement, article):
    return [
        "/",
        "/conflicts/russia-ukraine-war/",
        "/countries/KHM/",
        "/countries/KHM/conflicts/russia-ukraine-war/",
        statement.get_absolute_url(),
        "/search/?q=Cambodia",
        "/search/?q=" + "%3Cscript%3Ealert(1)%3C/script%3E",
        "/compare/?conflict=russia-ukraine-war&countries=KHM,UKR",
        "/api/v1/statements/?format=api",
        f"/api/v1/statements/{statement.pk}/?format=api",
    ]


def admin_urls(statement, article):
    return [
        "/admin/stances/statement/",
        f"/admin/stances/statement/{statement.pk}/change/",
        f"/admin/stances/statement/{statement.pk}/history/",
        "/admin/ingest/article/",
        f"/admin/ingest/article/{article.pk}/change/",
    ]


def test_every_page_shows_hostile_text_inert(client, hostile):
    for url in page_urls(*hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        assert problems_in(response.content.decode()) == [], url
        policy = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy, url


def test_the_hostile_text_is_there_escaped_not_dropped(client, hostile):
    statement, _ = hostile
    text = client.get(statement.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;" in text


# Forms, the API and the pipeline accept only http(s) source URLs; an import or a shell can
# still store another scheme, and no page may turn it into a live link.
@pytest.mark.parametrize("hostile", ["javascript:alert(document.cookie)"], indirect=True)
def test_a_javascript_source_url_is_never_a_live_link(client, hostile):
    staff = Client()
    staff.force_login(UserFactory(username="staff", is_staff=True, is_superuser=True))
    pages = [client.get(url) for url in page_urls(*hostile)]
    admin = [staff.get(url) for url in admin_urls(*hostile)]
    for response in pages + admin:
        # Shown as text (an input's value, a label) it is harmless; as a link it is not.
        assert problems_in(response.content.decode()) == [], response.request["PATH_INFO"]


def test_every_admin_screen_shows_hostile_text_inert(hostile):
    client = Client()
    client.force_login(UserFactory(username="staff", is_staff=True, is_superuser=True))
    for url in admin_urls(*hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        assert problems_in(response.content.decode()) == [], url


ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_atom_feeds_give_readers_hostile_text_as_text(client, hostile):
    for url in ("/conflicts/russia-ukraine-war/feed/", "/countries/KHM/feed/"):
        feed = ElementTree.fromstring(client.get(url).content)
        entries = feed.findall(f"{ATOM}entry")
        assert entries, url
        for entry in entries:
            for element in entry:
                # What a reader renders: an html-typed element's text is markup to it.
                if element.get("type") == "html":
                    assert problems_in(element.text or "") == [], (url, element.tag)


def test_the_inspector_catches_what_it_looks_for():
    # Each payload that is markup on its own (not the attribute breakouts or the style).
    for payload in [p for p in PAYLOADS if p.startswith("<") and "<style>" not in p]:
        assert problems_in(payload), payload
