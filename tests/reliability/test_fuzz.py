"""Fuzzing: random bytes and word salad into the feed parser, the page extractor and the engine.

No input may raise anything but the parser's documented refusal (ValueError "not a feed"), and
none may take longer than a watchdog allows: a hang fails the test instead of freezing CI.
The suite runs a few hundred examples per target; the long run is a documented command:

    FUZZ_EXAMPLES=10000 .venv/bin/pytest tests/reliability/test_fuzz.py
"""

import os
import signal
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extraction import extract_candidates
from ingest.text import decode_html, extract_page, parse_feed

# Seconds one example may take: generous for trafilatura on a slow CI machine, far short of a hang.
WATCHDOG_SECONDS = 10

# Per test, not a global profile: other test modules keep Hypothesis's defaults.
fuzz = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@contextmanager
def watchdog(seconds: int = WATCHDOG_SECONDS):
    """Raise TimeoutError in the test if the block runs longer than `seconds`."""

    def expire(signum, frame):
        raise TimeoutError(f"no answer within {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


FEED_TAGS = ["rss", "channel", "item", "title", "link", "feed", "entry", "pubDate", "updated"]
# Markup-shaped noise reaches deeper into the parsers than uniform random bytes.
markup = st.lists(
    st.one_of(
        st.sampled_from(FEED_TAGS).map(lambda tag: f"<{tag}>"),
        st.sampled_from(FEED_TAGS).map(lambda tag: f"</{tag}>"),
        st.sampled_from(
            [
                '<?xml version="1.0" encoding="utf-8"?>',
                '<?xml version="1.0" encoding="klingon"?>',
                "<!DOCTYPE x [<!ENTITY e 'eeee'>]>",
                "&e;",
                "<![CDATA[",
                "]]>",
                "https://example.org/a",
                "javascript:alert(1)",
                "<script>",
                "<a href='/x'>",
                "\0",
                "\ufeff",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=60,
).map("".join)
documents = st.one_of(st.binary(max_size=5000), markup.map(str.encode))


@fuzz
@given(body=documents, content_type=st.sampled_from(["", "application/rss+xml", "text/html"]))
def test_the_feed_parser_returns_entries_or_refuses_any_input(body, content_type):
    with watchdog():
        try:
            entries = parse_feed(body, url="https://example.org/feed", content_type=content_type)
        except ValueError as refusal:
            assert str(refusal).startswith("not a feed")
            return
    for entry in entries:
        assert entry.url


@fuzz
@given(body=documents, charset=st.sampled_from([None, "utf-8", "latin-1", "bogus", "utf-16"]))
def test_the_page_extractor_returns_content_or_nothing_for_any_input(body, charset):
    with watchdog():
        page = extract_page(decode_html(body, charset), url="https://example.org/a")
    assert page is None or page.text


@pytest.fixture(scope="module")
def gazetteer(django_db_setup, django_db_blocker):
    from ingest.gazetteer import gazetteer_from_db

    with django_db_blocker.unblock():
        return gazetteer_from_db()


# Words the engine acts on, so the salad contains actors, cues and conflicts in odd orders.
ENGINE_WORDS = [
    "Cambodia",
    "Russia",
    "Ukraine",
    "Israel",
    "Hamas",
    "China",
    "Brazilian",
    "French",
    "the European Union",
    "President",
    "Foreign Minister",
    "said",
    "condemned",
    "did not condemn",
    "supports",
    "called for a ceasefire",
    "remains neutral",
    "the war in Ukraine",
    "Gaza",
    "invasion",
    "on Tuesday",
    "in March 2022",
    "“",
    "”",
    '"',
    ".",
    ",",
    "\n\n",
    "not",
]
salad = st.lists(st.one_of(st.sampled_from(ENGINE_WORDS), st.text(max_size=12)), max_size=120)


@pytest.mark.django_db
@fuzz
@given(
    words=salad,
    published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1))),
)
def test_the_stance_engine_returns_candidates_within_the_text_for_any_input(
    gazetteer, words, published
):
    text = " ".join(words)
    with watchdog():
        candidates = extract_candidates(text, gazetteer=gazetteer, published=published)
    for candidate in candidates:
        assert 0 <= candidate.start <= candidate.end <= len(text)
        assert 0 <= candidate.confidence <= 1


@pytest.mark.django_db
@fuzz
@given(body=st.binary(max_size=3000))
def test_the_stance_engine_survives_random_bytes_decoded_as_a_page_would_be(gazetteer, body):
    with watchdog():
        extract_candidates(decode_html(body), gazetteer=gazetteer)
