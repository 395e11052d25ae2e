from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator

from . import services, tasks
from .forms import SubmissionForm
from .models import Article, Feed


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "url",
        "language",
        "active",
        "poll_interval_minutes",
        "last_polled_at",
        "consecutive_failures",
        "error",
    ]
    list_filter = ["active", "language"]
    search_fields = ["name", "url", "last_error"]
    readonly_fields = [
        "etag",
        "last_modified",
        "body_hash",
        "last_polled_at",
        "last_changed_at",
        "next_poll_at",
        "consecutive_failures",
        "last_error",
        "created_at",
    ]
    actions = ["poll_now", "reactivate"]

    @admin.display(description="last error")
    def error(self, feed):
        return Truncator(feed.last_error).chars(80)

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset):
        for feed_id in queryset.filter(active=True).values_list("pk", flat=True):
            tasks.poll_feed.delay_on_commit(feed_id)
        self.message_user(request, "Polls queued for the selected active feeds.")

    @admin.action(
        description="Reactivate the selected feeds and clear their failures", permissions=["change"]
    )
    def reactivate(self, request, queryset):
        count = queryset.update(active=True, consecutive_failures=0, next_poll_at=None)
        self.message_user(request, f"{count} feeds reactivated; they are polled within a minute.")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    """Every article's state and failure reason; editors retry and re-extract from here."""

    list_display = [
        "headline",
        "state",
        "outlet",
        "source",
        "published",
        "statement_count",
        "attempts",
        "reason",
        "created_at",
    ]
    list_filter = ["state", "source", "language", "feed"]
    search_fields = ["title", "url", "canonical_url", "outlet", "failure_reason"]
    date_hierarchy = "created_at"
    list_select_related = ["feed"]
    raw_id_fields = ["duplicate_of", "feed", "submitted_by"]
    readonly_fields = [
        "state",
        "failure_reason",
        "attempts",
        "canonical_url",
        "source",
        "language",
        "content_hash",
        "fingerprint",
        "duplicate_of",
        "feed",
        "submitted_by",
        "fetched_at",
        "extracted_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "url", "outlet", "published"]}),
        (
            "Pipeline",
            {
                "fields": [
                    ("state", "attempts"),
                    "failure_reason",
                    ("source", "feed", "submitted_by"),
                    "duplicate_of",
                    ("fetched_at", "extracted_at"),
                    ("created_at", "updated_at"),
                ]
            },
        ),
        ("Text", {"fields": ["text", "language"]}),
        (
            "Identity",
            {"fields": ["canonical_url", "content_hash", "fingerprint"], "classes": ["collapse"]},
        ),
    ]
    actions = ["retry", "reextract"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    def get_urls(self):
        submit = self.admin_site.admin_view(self.submit_view)
        return [path("submit/", submit, name="ingest_article_submit"), *super().get_urls()]

    @admin.display(description="article", ordering="title")
    def headline(self, article):
        return Truncator(str(article)).chars(90)

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, article):
        return article.statement_count

    @admin.display(description="failure reason")
    def reason(self, article):
        return Truncator(article.failure_reason).chars(80)

    @admin.action(description="Retry the selected failed articles")
    def retry(self, request, queryset):
        count = services.articles_retry(article_ids=queryset.values_list("pk", flat=True))
        self.message_user(request, f"{count} failed articles queued again.")

    @admin.action(description="Re-run extraction (approved and rejected statements are kept)")
    def reextract(self, request, queryset):
        count = services.articles_reextract(article_ids=queryset.values_list("pk", flat=True))
        skipped = queryset.count() - count
        self.message_user(request, f"Extraction queued for {count} articles.")
        if skipped:
            self.message_user(
                request,
                f"{skipped} selected articles have no text to extract yet (queued, failed or "
                "duplicate).",
                messages.WARNING,
            )

    def add_view(self, request, form_url="", extra_context=None):
        # An article is created by submitting it, so that the pipeline picks it up.
        return redirect("admin:ingest_article_submit")

    def submit_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = SubmissionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                if data["text"].strip():
                    article = services.article_submit_text(submitted_by=request.user, **data)
                else:
                    article = services.article_submit_url(
                        url=data["url"], submitted_by=request.user
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(request, f"“{article}” is {article.get_state_display().lower()}.")
                return redirect(reverse("admin:ingest_article_change", args=[article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Submit an article",
            "form": form,
        }
        return TemplateResponse(request, "admin/ingest/article/submit.html", context)
