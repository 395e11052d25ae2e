from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from .choices import ArticleState, SubmissionSource


class Feed(models.Model):
    """An RSS or Atom feed polled on a schedule for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    name = models.CharField(max_length=200)
    language = models.CharField(max_length=10, blank=True)
    active = models.BooleanField(default=True)
    poll_interval_minutes = models.PositiveIntegerField(default=30)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    # Servers lie about ETag and Last-Modified: the body hash decides whether anything changed.
    body_hash = models.CharField(max_length=64, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When a poll last found the feed's content changed."
    )
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["active", "next_poll_at"], name="feed_due_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval_minutes__gte=1), name="feed_poll_interval_positive"
            ),
        ]

    def __str__(self):
        return self.name


class Article(models.Model):
    """A news article or submitted text, followed from queued to extracted (or failed)."""

    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.URLField(max_length=2000, blank=True)
    feed = models.ForeignKey(
        Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    source = models.CharField(
        max_length=10, choices=SubmissionSource.choices, default=SubmissionSource.URL
    )
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    text = models.TextField(blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    fingerprint = models.CharField(
        "near-duplicate fingerprint", max_length=32, blank=True, db_index=True
    )
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    state = models.CharField(
        max_length=10, choices=ArticleState.choices, default=ArticleState.QUEUED
    )
    failure_reason = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="Fetch attempts, retries included.")
    awaiting_broker = models.BooleanField(
        default=False,
        help_text="Its next task could not be sent (the broker was unreachable); "
        "celery beat sends it once the broker answers again.",
    )
    fetched_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=~Q(canonical_url=""),
                name="article_canonical_url_unique",
            ),
            models.CheckConstraint(
                condition=Q(state__in=ArticleState.values), name="article_state_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["state", "updated_at"], name="article_state_idx"),
            # The near-duplicate check scans recent fingerprints.
            models.Index(fields=["created_at"], name="article_created_idx"),
            # Read every half minute by beat; almost always empty.
            models.Index(
                fields=["id"], condition=Q(awaiting_broker=True), name="article_awaiting_idx"
            ),
        ]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"

    def get_absolute_url(self):
        return reverse("admin:ingest_article_change", args=[self.pk])
