"""Reads of the ingestion pipeline: due feeds, original articles, stalled work."""

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet

from .choices import ArticleState
from .models import Article, Feed
from .text import fingerprint_distance

# Copies of one story differ by a dateline, a byline, a closing line: measured on wire copies,
# a few bits of 64; unrelated stories differ by about 32, and follow-ups on one event by 15+.
NEAR_DUPLICATE_MAX_BITS = 6
# Syndicated copies appear within days of each other; older articles are not compared.
NEAR_DUPLICATE_WINDOW = timedelta(days=30)


def feeds_due(*, now: datetime) -> QuerySet[Feed]:
    """Return the active feeds whose next poll is due (or that were never polled)."""
    return Feed.objects.filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now), active=True
    ).order_by("next_poll_at", "pk")


def article_find_original(
    *, article_id: int, content_hash: str, fingerprint: str, now: datetime
) -> Article | None:
    """Return the article this text copies: the same text, or a near-identical recent one.

    Only articles already fetched or extracted count: they came first (callers hold the
    deduplication lock), and a duplicate points to the original, never to another duplicate.
    """
    originals = Article.objects.exclude(pk=article_id).filter(
        state__in=[ArticleState.FETCHED, ArticleState.EXTRACTED]
    )
    exact = originals.filter(content_hash=content_hash).order_by("fetched_at", "pk").first()
    if exact or not fingerprint:
        return exact
    recent = (
        originals.filter(created_at__gte=now - NEAR_DUPLICATE_WINDOW)
        .exclude(fingerprint="")
        .values_list("pk", "fingerprint")
    )
    closest = min(((fingerprint_distance(fingerprint, fp), pk) for pk, fp in recent), default=None)
    if closest is None or closest[0] > NEAR_DUPLICATE_MAX_BITS:
        return None
    return Article.objects.get(pk=closest[1])


def articles_stalled(*, state: str, before: datetime) -> QuerySet[Article]:
    """Return the articles left in `state` since before `before`: their task was lost."""
    return Article.objects.filter(state=state, updated_at__lt=before).order_by("pk")


def articles_extractable() -> QuerySet[Article]:
    """Return the articles whose text the engine can (re-)read."""
    return Article.objects.filter(state__in=[ArticleState.FETCHED, ArticleState.EXTRACTED])
