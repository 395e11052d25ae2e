"""Writes of the ingestion pipeline: submissions, feed polls, fetching, deduplication, filing.

Every step may run twice (a redelivered task, a retry after a worker died) and must leave the
database as one run would: new rows are guarded by unique constraints, and each state change is
a conditional update() whose row count says which run won.
"""

import hashlib
import logging
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnavailable
from simple_history.utils import bulk_create_with_history

from ingest import engine, selectors, tasks
from stances.choices import DatePrecision, Origin, ReviewStatus, Stance
from stances.models import Statement

from .canonical import canonical_url
from .choices import ArticleState, SubmissionSource
from .fetching import FEED_TYPES, Fetcher, FetchError
from .models import Article, Feed
from .text import (
    PageContent,
    clean_text,
    content_hash,
    decode_html,
    extract_page,
    fingerprint,
    parse_feed,
    text_language,
)

logger = logging.getLogger(__name__)

# A feed failing again and again is polled less and less often, up to this many intervals apart.
MAX_FEED_BACKOFF_INTERVALS = 32
# Any pg_advisory_xact_lock key will do, as long as nothing else in the database uses it.
DEDUPLICATION_LOCK = 0x5A7A_1A5
# Queued or fetched this long without progress: the task message was lost.
STALLED_AFTER = timedelta(minutes=30)


def enqueue(task, article_id: int) -> None:
    """Queue `task` for an article once the transaction commits; never fail for the broker.

    With the broker unreachable the article is marked as awaiting it, and the request (or the
    task) still succeeds: articles_publish_awaiting (celery beat, every half minute) sends the
    article's next task once the broker is back. An outage delays work, it neither loses it nor
    turns a submission into a 500.
    """

    def publish():
        try:
            task.delay(article_id)
        except BrokerUnavailable as exc:
            logger.warning("Broker unavailable; article %s awaits it: %s", article_id, exc)
            Article.objects.filter(pk=article_id).update(awaiting_broker=True)

    transaction.on_commit(publish)


def _next_task(state: str):
    """Return the task that moves an article in `state` on, or None once it has arrived."""
    return {
        ArticleState.QUEUED: tasks.fetch_article,
        ArticleState.FETCHED: tasks.extract_article,
        # Only re-extraction queues work for an extracted article.
        ArticleState.EXTRACTED: tasks.extract_article,
    }.get(state)


# Submissions -------------------------------------------------------------------------------


def article_submit_url(*, url: str, submitted_by=None) -> Article:
    """Queue the article at `url` for fetching and extraction; return it.

    A URL already known (in any spelling that canonicalises the same) returns that article;
    if it had failed, it is tried again.
    """
    canonical = _canonical_or_invalid(url)
    article, created = Article.objects.get_or_create(
        canonical_url=canonical,
        defaults={"url": url.strip(), "source": SubmissionSource.URL, "submitted_by": submitted_by},
    )
    if created:
        enqueue(tasks.fetch_article, article.pk)
    elif article.state == ArticleState.FAILED:
        articles_retry(article_ids=[article.pk])
        article.refresh_from_db()
    return article


def article_submit_text(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published: date | None = None,
    submitted_by=None,
    source: str = SubmissionSource.TEXT,
) -> Article:
    """Queue a pasted or imported text for extraction; return its article.

    A text already submitted, or whose URL is already known, returns that article unchanged:
    submitting twice (a double click, a re-run import) queues nothing twice.
    """
    text = clean_text(text)
    if not text:
        raise ValidationError({"text": "The text is empty."})
    canonical = _canonical_or_invalid(url) if url.strip() else ""
    text_hash = content_hash(text)
    if not canonical:
        earlier = (
            Article.objects.filter(content_hash=text_hash, canonical_url="")
            .exclude(state=ArticleState.FAILED)
            .order_by("pk")
            .first()
        )
        if earlier:
            return earlier
    fields = {
        "content_hash": text_hash,
        "url": url.strip(),
        "source": source,
        "text": text,
        "title": title.strip()[:1000],
        "outlet": outlet.strip()[:200],
        "published": published,
        "submitted_by": submitted_by,
    }
    if canonical:
        article, created = Article.objects.get_or_create(canonical_url=canonical, defaults=fields)
    else:
        article, created = Article.objects.create(**fields), True
    if created:
        enqueue(tasks.fetch_article, article.pk)
    return article


def _canonical_or_invalid(url: str) -> str:
    try:
        return canonical_url(url)
    except ValueError as exc:
        raise ValidationError({"url": "Enter an absolute http or https URL."}) from exc


# Feeds -------------------------------------------------------------------------------------


def feeds_claim_due(*, now=None) -> list[int]:
    """Claim the feeds due for a poll and return their ids.

    Claiming moves next_poll_at on, conditionally: of two schedulers racing, one wins each feed.
    """
    now = now or timezone.now()
    claimed = []
    for feed in selectors.feeds_due(now=now):
        unchanged = (
            Q(next_poll_at__isnull=True)
            if feed.next_poll_at is None
            else Q(next_poll_at=feed.next_poll_at)
        )
        won = Feed.objects.filter(unchanged, pk=feed.pk).update(
            next_poll_at=now + timedelta(minutes=feed.poll_interval_minutes)
        )
        if won:
            claimed.append(feed.pk)
    return claimed


def feed_poll(*, feed_id: int, fetcher: Fetcher | None = None) -> list[int]:
    """Fetch a feed and queue its new articles; return their ids.

    Nothing happens when the server answers 304 or sends the same bytes as last time: servers
    send ETags and Last-Modified dates that change for no reason, or never change.
    """
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return []
    conditional = {}
    if feed.etag:
        conditional["If-None-Match"] = feed.etag
    if feed.last_modified:
        conditional["If-Modified-Since"] = feed.last_modified
    try:
        response = (fetcher or Fetcher()).get(feed.url, accept=FEED_TYPES, headers=conditional)
        body_hash = hashlib.sha256(response.body).hexdigest()
        changed = response.status != 304 and body_hash != feed.body_hash
        entries = (
            parse_feed(response.body, url=response.url, content_type=response.content_type)
            if changed
            else []
        )
    except (FetchError, ValueError) as exc:
        _feed_record_failure(feed, str(exc))
        return []
    now = timezone.now()
    new_ids = []
    with transaction.atomic():
        for entry in entries:
            try:
                canonical = canonical_url(entry.url)
            except ValueError:
                continue
            article, created = Article.objects.get_or_create(
                canonical_url=canonical,
                defaults={
                    "url": entry.url,
                    "feed": feed,
                    "source": SubmissionSource.FEED,
                    "title": entry.title[:1000],
                    "published": entry.published,
                    "language": feed.language,
                },
            )
            if created:
                new_ids.append(article.pk)
                enqueue(tasks.fetch_article, article.pk)
        updates = {"last_polled_at": now, "consecutive_failures": 0, "last_error": ""}
        if changed:
            updates.update(
                etag=response.headers.get("ETag", "")[:500],
                last_modified=response.headers.get("Last-Modified", "")[:100],
                body_hash=body_hash,
                last_changed_at=now,
            )
        Feed.objects.filter(pk=feed.pk).update(**updates)
    return new_ids


def _feed_record_failure(feed: Feed, reason: str) -> None:
    now = timezone.now()
    failures = feed.consecutive_failures + 1
    backoff = min(2**failures, MAX_FEED_BACKOFF_INTERVALS)
    Feed.objects.filter(pk=feed.pk).update(
        consecutive_failures=F("consecutive_failures") + 1,
        last_error=reason[:2000],
        last_polled_at=now,
        next_poll_at=now + timedelta(minutes=feed.poll_interval_minutes * backoff),
    )
    disabled = Feed.objects.filter(
        pk=feed.pk, active=True, consecutive_failures__gte=settings.INGEST_FEED_MAX_FAILURES
    ).update(
        active=False,
        last_error=f"Deactivated after {settings.INGEST_FEED_MAX_FAILURES} failed polls in a "
        f"row. Last error: {reason[:1900]}",
    )
    if disabled:
        logger.warning("Feed %s deactivated after repeated failures: %s", feed.pk, reason)


# Articles: fetch, deduplicate ----------------------------------------------------------------


def article_fetch(*, article_id: int, fetcher: Fetcher | None = None) -> bool:
    """Fetch a queued article (or take its submitted text), clean it and deduplicate it.

    Return True when the article is ready for extraction, also when an earlier run already
    made it so (its extraction task may have been lost). Transient fetch errors propagate for
    the task to retry; permanent ones fail the article with the reason.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.state != ArticleState.QUEUED:
        return article is not None and article.state == ArticleState.FETCHED
    Article.objects.filter(pk=article_id).update(
        attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if article.source in (SubmissionSource.TEXT, SubmissionSource.FILE) and article.text:
        content = PageContent(
            title=article.title,
            text=clean_text(article.text),
            published=article.published,
            language=text_language(article.text),
            outlet=article.outlet,
        )
    else:
        try:
            content = _fetch_page(article, fetcher or Fetcher())
        except FetchError as exc:
            if exc.transient:
                raise
            article_fail(article_id=article_id, reason=str(exc))
            return False
        if content is None:
            article_fail(article_id=article_id, reason="No article text found in the page.")
            return False
    return article_record_content(article_id=article_id, content=content)


def _fetch_page(article: Article, fetcher: Fetcher) -> PageContent | None:
    response = fetcher.get(article.url)
    html = decode_html(response.body, response.charset)
    page = extract_page(html, url=response.url)
    if page is None:
        return None
    # What the feed or the editor said wins; the page fills the gaps.
    return replace(
        page,
        title=article.title or page.title,
        published=article.published or page.published,
        outlet=article.outlet or page.outlet or (article.feed.name if article.feed else ""),
    )


def article_record_content(*, article_id: int, content: PageContent) -> bool:
    """Store a queued article's text, as a duplicate if an earlier article has the same text.

    Return True if this run stored it as an original (to be extracted).
    """
    text_hash = content_hash(content.text)
    text_fingerprint = fingerprint(content.text)
    now = timezone.now()
    with _pipeline_transaction(deduplicating=True):
        original = selectors.article_find_original(
            article_id=article_id,
            text=content.text,
            text_hash=text_hash,
            text_fingerprint=text_fingerprint,
            now=now,
        )
        state = ArticleState.DUPLICATE if original else ArticleState.FETCHED
        won = Article.objects.filter(pk=article_id, state=ArticleState.QUEUED).update(
            text=content.text,
            title=content.title[:1000],
            published=content.published,
            language=content.language,
            outlet=content.outlet[:200],
            content_hash=text_hash,
            fingerprint=text_fingerprint,
            duplicate_of=original,
            state=state,
            failure_reason="",
            fetched_at=now,
            updated_at=now,
        )
    return bool(won) and state == ArticleState.FETCHED


@contextmanager
def _pipeline_transaction(*, deduplicating: bool = False):
    """Open a transaction for the pipeline's own progress, committed without waiting for disk.

    On PostgreSQL the commit returns before its WAL record is flushed (asynchronous commit):
    a database crash may lose the last fraction of a second of pipeline progress, never
    consistency, and what it loses the stalled-article sweep does again, since every step is
    idempotent. Submissions and editors' actions keep synchronous commits.

    `deduplicating` lets one article at a time decide whether it copies another, so "first" is
    well defined: two copies fetched at the same moment would otherwise each find no original
    and both be extracted. SQLite needs no lock: it lets one writer at a time in already.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # One statement for both: on a busy machine every round trip to the database
            # costs a wait for its process, more than the statement itself.
            sql = "SELECT set_config('synchronous_commit', 'off', true)"
            if deduplicating:
                sql += f", pg_advisory_xact_lock({DEDUPLICATION_LOCK})"
            with connection.cursor() as cursor:
                cursor.execute(sql)
        yield


def article_fail(*, article_id: int, reason: str) -> None:
    """Mark an article failed, with the reason editors will see."""
    logger.info("Article %s failed: %s", article_id, reason)
    Article.objects.filter(pk=article_id).exclude(state=ArticleState.DUPLICATE).update(
        state=ArticleState.FAILED, failure_reason=reason[:2000], updated_at=timezone.now()
    )


# Articles: extract, file statements --------------------------------------------------------


def article_extract(*, article_id: int) -> int:
    """Run the engine over a fetched (or already extracted) article and file its candidates.

    Return the number of new statements. Re-running it files nothing twice; see
    `statements_file`.
    """
    reference = engine.current_reference_data()
    try:
        return _article_extract(article_id, reference, one_by_one=False)
    except IntegrityError:
        # A row the article lock does not keep out (an editor's statement with the same key, a
        # reference row deleted since the gazetteer was read) failed the single INSERT, and
        # the transaction with it: run again, filing each statement in a savepoint of its own,
        # so that such a row costs only its own statement.
        return _article_extract(article_id, reference, one_by_one=True)


def _article_extract(article_id: int, reference, *, one_by_one: bool) -> int:
    with _pipeline_transaction():
        # Lock the article: a concurrent run waits here, then sees this run's statements.
        article = selectors.articles_extractable().select_for_update().filter(pk=article_id).first()
        if article is None:
            return 0
        try:
            candidates = engine.candidates_in(
                article.text, published=article.published, reference=reference
            )
        except Exception as exc:
            # An engine bug fails one article, visibly, instead of retrying it forever.
            logger.exception("Extraction failed for article %s", article_id)
            article_fail(article_id=article_id, reason=f"Extraction failed: {exc!r}")
            return 0
        created = statements_file(
            article=article, candidates=candidates, reference=reference, one_by_one=one_by_one
        )
        now = timezone.now()
        Article.objects.filter(pk=article_id).update(
            state=ArticleState.EXTRACTED, extracted_at=now, updated_at=now, failure_reason=""
        )
    return created


def statements_file(*, article: Article, candidates: list, reference, one_by_one: bool) -> int:
    """File candidates as pending statements of `article`; return how many are new.

    The caller holds the article's row lock. A candidate already filed (same actor, conflict,
    stance and evidence offset) is skipped, whatever its review status. Pending pipeline
    statements of an earlier run that this run no longer finds are removed; statements an
    editor approved or rejected are never touched.

    New statements go in one INSERT, their "created" history rows in another; a conflicting
    row fails it with IntegrityError. `one_by_one` saves each statement in its own savepoint
    instead, skipping those that conflict.
    """
    wanted = {}
    for candidate in candidates:
        statement = _statement_from_candidate(article, candidate, reference)
        if statement is not None:
            wanted.setdefault(_statement_key(statement), statement)
    # Filing and the move to "extracted" commit together, so a fetched article has no filed
    # statements to compare with; the unique constraints still stop any other writer's.
    earlier = article.statements.all() if article.state == ArticleState.EXTRACTED else []
    existing = {_statement_key(s): s for s in earlier}
    new = [statement for key, statement in wanted.items() if key not in existing]
    if one_by_one:
        created = _statements_save_each(article, new)
    else:
        if new:
            bulk_create_with_history(new, Statement)
        created = len(new)
    stale = [
        s.pk
        for key, s in existing.items()
        if key not in wanted and s.origin == Origin.PIPELINE and s.status == ReviewStatus.PENDING
    ]
    if stale:
        for statement in Statement.objects.filter(pk__in=stale, status=ReviewStatus.PENDING):
            statement.delete()
    return created


def _statements_save_each(article: Article, statements: list[Statement]) -> int:
    created = 0
    for statement in statements:
        try:
            with transaction.atomic():
                statement.save()
            created += 1
        except IntegrityError as error:
            logger.info("Article %s: candidate not filed: %s", article.pk, error)
    return created


def _statement_key(statement: Statement) -> tuple:
    return (
        statement.actor_country_id,
        statement.actor_bloc_id,
        statement.conflict_id,
        statement.stance,
        statement.evidence_start,
    )


def _statement_from_candidate(article: Article, candidate, reference) -> Statement | None:
    """Build (unsaved) the pending statement a candidate stands for, or None if unresolvable."""
    actor_country = reference.countries.get(candidate.actor_country)
    actor_bloc = None if actor_country else reference.blocs.get(candidate.actor_bloc)
    conflict = reference.conflicts.get(candidate.conflict)
    if (actor_country is None and actor_bloc is None) or conflict is None:
        logger.warning("Article %s: unresolvable candidate %r", article.pk, candidate)
        return None
    return Statement(
        article=article,
        actor_country_id=actor_country,
        actor_bloc_id=actor_bloc,
        speaker_id=candidate.speaker_key,
        speaker_office_id=candidate.speaker_office_key,
        conflict_id=conflict,
        stance=candidate.stance,
        # The engine may name a side for any stance; only a condemnation stores it.
        target_side=(candidate.target_side or "") if candidate.stance == Stance.CONDEMNS else "",
        kind=candidate.kind,
        date=_first_day(candidate.date, candidate.date_precision),
        date_precision=candidate.date_precision,
        quote=candidate.evidence,
        evidence_start=candidate.start,
        evidence_end=candidate.end,
        confidence=candidate.confidence,
        status=ReviewStatus.PENDING,
        origin=Origin.PIPELINE,
        source_url=article.url,
        source_title=article.title[:500],
        source_outlet=article.outlet,
        source_published=article.published,
    )


def _first_day(day: date | None, precision: str) -> date | None:
    """Store a month- or year-precise date as its first day, as Statement.date documents."""
    if day is None:
        return None
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    if precision == DatePrecision.YEAR:
        return day.replace(month=1, day=1)
    return day


# Editors' actions and housekeeping ---------------------------------------------------------


def articles_retry(*, article_ids) -> int:
    """Queue failed articles again from the start; return how many were queued."""
    queued = 0
    for article_id in Article.objects.filter(
        pk__in=article_ids, state=ArticleState.FAILED
    ).values_list("pk", flat=True):
        won = Article.objects.filter(pk=article_id, state=ArticleState.FAILED).update(
            state=ArticleState.QUEUED, failure_reason="", attempts=0, updated_at=timezone.now()
        )
        if won:
            enqueue(tasks.fetch_article, article_id)
            queued += 1
    return queued


def articles_reextract(*, article_ids=None) -> int:
    """Queue extraction again for the given articles (all extractable ones if None)."""
    articles = selectors.articles_extractable()
    if article_ids is not None:
        articles = articles.filter(pk__in=article_ids)
    ids = list(articles.values_list("pk", flat=True))
    for article_id in ids:
        enqueue(tasks.extract_article, article_id)
    return len(ids)


def articles_requeue_stalled(*, now=None) -> int:
    """Queue again the articles whose task was lost; return how many."""
    before = (now or timezone.now()) - STALLED_AFTER
    count = 0
    for state in (ArticleState.QUEUED, ArticleState.FETCHED):
        for article_id in selectors.articles_stalled(state=state, before=before).values_list(
            "pk", flat=True
        ):
            enqueue(_next_task(state), article_id)
            count += 1
    return count


def articles_publish_awaiting() -> int:
    """Send the next task of each article whose task the broker could not take; return how many.

    Each article is claimed by a conditional update first, so two runs never both send it; one
    that cannot be sent is marked again and waits for the next run.
    """
    sent = 0
    for article_id, state in selectors.articles_awaiting_broker().values_list("pk", "state"):
        claimed = Article.objects.filter(pk=article_id, awaiting_broker=True).update(
            awaiting_broker=False
        )
        task = _next_task(state)
        if not claimed or task is None:
            continue
        try:
            task.delay(article_id)
        except BrokerUnavailable as exc:
            Article.objects.filter(pk=article_id).update(awaiting_broker=True)
            logger.warning(
                "Broker unavailable again; %s articles sent before it went: %s", sent, exc
            )
            break
        sent += 1
    return sent
