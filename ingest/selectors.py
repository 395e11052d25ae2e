"""Reads of the ingestion pipeline: due feeds, original articles, stalled work."""

from datetime import datetime, timedelta

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from .choices import ArticleState
from .models import Article, Feed
from .text import copied_share, fingerprint_distance

# A text whose shingles are at least this much copied from an earlier article is its copy.
NEAR_DUPLICATE_MIN_SHARE = 0.8
# Fingerprints shortlist the articles worth comparing in full: copies measured a few bits
# apart, unrelated texts about 32 (fewer than 1 in 1,000 unrelated pairs come within 18).
NEAR_DUPLICATE_SHORTLIST_BITS = 18
# Syndicated copies appear within days of each other; older articles are not compared.
NEAR_DUPLICATE_WINDOW = timedelta(days=30)


def feeds_due(*, now: datetime) -> QuerySet[Feed]:
    """Return the active feeds whose next poll is due (or that were never polled)."""
    return Feed.objects.filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now), active=True
    ).order_by("next_poll_at", "pk")


def article_find_original(
    *, article_id: int, text: str, text_hash: str, text_fingerprint: str, now: datetime
) -> Article | None:
    """Return the article this text copies: the same text, or mostly the same, recently.

    `text_hash` and `text_fingerprint` are the text's `content_hash` and `fingerprint`. Only
    articles already fetched or extracted count: they came first (callers hold the
    deduplication lock), and a duplicate points to the original, never to another duplicate.
    """
    originals = Article.objects.exclude(pk=article_id).filter(
        state__in=[ArticleState.FETCHED, ArticleState.EXTRACTED]
    )
    exact = originals.filter(content_hash=text_hash).order_by("fetched_at", "pk").first()
    if exact or not text_fingerprint:
        return exact
    recent = originals.filter(created_at__gte=now - NEAR_DUPLICATE_WINDOW).exclude(fingerprint="")
    scored = [
        (copied_share(text, candidate.text), -candidate.pk, candidate)
        for candidate in _near_fingerprints(recent, text_fingerprint).only("pk", "text")
    ]
    best = max(scored, default=None, key=lambda item: item[:2])
    return best[2] if best and best[0] >= NEAR_DUPLICATE_MIN_SHARE else None


def _near_fingerprints(articles: QuerySet[Article], text_fingerprint: str) -> QuerySet[Article]:
    """Narrow `articles` to those whose fingerprint is within the shortlist distance."""
    if connection.vendor == "postgresql":
        # Compared in the database: a month of articles is thousands of fingerprints, which
        # would otherwise all travel to Python for every page fetched.
        distance = RawSQL(
            "bit_count(('x' || fingerprint)::bit(64) # ('x' || %s)::bit(64))", [text_fingerprint]
        )
        return articles.alias(distance=distance).filter(distance__lte=NEAR_DUPLICATE_SHORTLIST_BITS)
    near = [
        pk
        for pk, other in articles.values_list("pk", "fingerprint")
        if fingerprint_distance(text_fingerprint, other) <= NEAR_DUPLICATE_SHORTLIST_BITS
    ]
    return articles.filter(pk__in=near)


def articles_stalled(*, state: str, before: datetime) -> QuerySet[Article]:
    """Return the articles left in `state` since before `before`: their task was lost."""
    return Article.objects.filter(state=state, updated_at__lt=before).order_by("pk")


def articles_awaiting_broker() -> QuerySet[Article]:
    """Return the articles whose next task the broker was unreachable to take."""
    return Article.objects.filter(awaiting_broker=True).order_by("pk")


def articles_extractable() -> QuerySet[Article]:
    """Return the articles whose text the engine can (re-)read."""
    return Article.objects.filter(state__in=[ArticleState.FETCHED, ArticleState.EXTRACTED])
