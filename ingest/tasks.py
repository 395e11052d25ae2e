"""Celery tasks of the pipeline: small, taking ids, safe to run twice; the work is in services.

acks_late, reject-on-worker-lost, prefetch 1 and the time limits are set for all tasks in
settings (CELERY_*): a task whose worker dies is delivered again, which these tolerate.
"""

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval

from ingest import services
from ingest.fetching import MAX_RETRY_AFTER, TransientFetchError

FETCH_MAX_RETRIES = 5
# Seconds; the n-th retry waits a random time up to 30 * 2**n (full jitter), so a host that
# was down for everyone is not hit by every worker at the same instant when it returns.
RETRY_BACKOFF_FACTOR = 30


@shared_task
def poll_due_feeds() -> None:
    """Queue a poll of every feed that is due (run every minute by celery beat)."""
    for feed_id in services.feeds_claim_due():
        poll_feed.delay(feed_id)


@shared_task
def poll_feed(feed_id: int) -> None:
    """Fetch one feed and queue its new articles; failures are recorded on the feed."""
    services.feed_poll(feed_id=feed_id)


@shared_task(bind=True, max_retries=FETCH_MAX_RETRIES)
def fetch_article(self, article_id: int) -> None:
    """Fetch one article, retrying transient failures with backoff, then queue its extraction."""
    try:
        ready = services.article_fetch(article_id=article_id)
    except (TransientFetchError, SoftTimeLimitExceeded) as exc:
        # Run eagerly (no broker: development, some tests) there is no worker to hand a
        # delayed retry to, and waiting here would hold up the caller: fail now, retry by hand.
        if self.request.is_eager or self.request.retries >= self.max_retries:
            attempts = self.request.retries + 1
            services.article_fail(
                article_id=article_id,
                reason=f"Gave up after {attempts} attempt{'s' * (attempts > 1)}: "
                f"{exc or 'time limit'}",
            )
            return
        raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries, exc)) from exc
    if ready:
        services.enqueue(extract_article, article_id)


@shared_task
def extract_article(article_id: int) -> None:
    """Run the extraction engine over one article and file its pending statements."""
    services.article_extract(article_id=article_id)


@shared_task
def publish_awaiting_articles() -> None:
    """Send the tasks the broker could not take while it was down (run by celery beat)."""
    services.articles_publish_awaiting()


@shared_task
def requeue_stalled_articles() -> None:
    """Queue again the articles whose task message was lost (run by celery beat)."""
    services.articles_requeue_stalled()


def retry_countdown(retries: int, exc: Exception) -> float:
    """Wait with exponential backoff and jitter, or as long as the server's Retry-After asks."""
    backoff = get_exponential_backoff_interval(
        RETRY_BACKOFF_FACTOR, retries, MAX_RETRY_AFTER, full_jitter=True
    )
    return max(backoff, getattr(exc, "retry_after", None) or 0)
