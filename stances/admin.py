from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Value, When
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from .choices import Origin, ReviewStatus
from .models import Conflict, Resolution, Statement, Vote
from .services import stance_changes_batched, statement_approve, statements_review


@admin.register(Conflict)
class ConflictAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "side_a_label", "side_b_label", "began", "ended"]
    search_fields = ["name", "slug", "aliases"]
    autocomplete_fields = ["side_a_countries", "side_b_countries"]
    prepopulated_fields = {"slug": ["name"]}


class VoteInline(admin.TabularInline):
    model = Vote
    extra = 0
    autocomplete_fields = ["country"]


@admin.register(Resolution)
class ResolutionAdmin(SimpleHistoryAdmin):
    list_display = ["symbol", "title", "body", "date", "conflict"]
    list_filter = ["body", "conflict"]
    search_fields = ["symbol", "title"]
    date_hierarchy = "date"
    autocomplete_fields = ["conflict"]
    inlines = [VoteInline]


@admin.register(Vote)
class VoteAdmin(admin.ModelAdmin):
    list_display = ["resolution", "country", "vote"]
    list_filter = ["vote", "resolution"]
    search_fields = ["country__name", "country__iso3", "resolution__symbol"]
    autocomplete_fields = ["country", "resolution"]
    list_select_related = ["country", "resolution"]


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    """The editors' review queue: pending statements first, everything needed at a glance."""

    list_display = [
        "quote_excerpt",
        "actor",
        "speaker",
        "conflict",
        "stance",
        "target_side",
        "date",
        "confidence",
        "source",
        "status",
    ]
    list_display_links = ["quote_excerpt"]
    list_filter = ["status", "stance", "kind", "origin", "conflict", "date_precision"]
    list_select_related = ["actor_country", "actor_bloc", "speaker", "conflict"]
    search_fields = ["quote", "summary", "actor_country__name", "speaker__name", "source_outlet"]
    date_hierarchy = "date"
    autocomplete_fields = ["actor_country", "actor_bloc", "speaker", "speaker_office", "conflict"]
    raw_id_fields = ["article"]
    readonly_fields = ["status", "reviewed_by", "reviewed_at", "origin", "created_by", "created_at"]
    actions = ["approve_selected", "reject_selected"]
    fieldsets = [
        (None, {"fields": ["quote", "summary"]}),
        (
            "Position",
            {
                "fields": [
                    ("actor_country", "actor_bloc"),
                    ("speaker", "speaker_office"),
                    "conflict",
                    ("stance", "target_side"),
                    "kind",
                    ("date", "date_precision"),
                    "confidence",
                ]
            },
        ),
        (
            "Source",
            {
                "fields": [
                    "source_url",
                    ("source_title", "source_outlet", "source_published"),
                    "article",
                    ("evidence_start", "evidence_end"),
                ]
            },
        ),
        (
            "Review",
            {
                "fields": [
                    ("status", "reviewed_by", "reviewed_at"),
                    ("origin", "created_by", "created_at"),
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        # Pending first, then newest: the queue editors work through.
        return (
            super()
            .get_queryset(request)
            .annotate(
                review_order=Case(
                    When(status=ReviewStatus.PENDING, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("review_order", "-created_at", "-id")
        )

    @admin.display(description="quote")
    def quote_excerpt(self, statement):
        return Truncator(statement.quote).chars(120)

    @admin.display(description="actor")
    def actor(self, statement):
        return statement.actor

    @admin.display(description="source")
    def source(self, statement):
        label = statement.source_outlet or statement.source_title or "source"
        if statement.source_link:
            return format_html(
                '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>',
                statement.source_link,
                Truncator(label).chars(40),
            )
        return Truncator(label).chars(40)

    @admin.action(description="Approve selected statements", permissions=["change"])
    def approve_selected(self, request, queryset):
        count = statements_review(
            statements=queryset, reviewer=request.user, status=ReviewStatus.APPROVED
        )
        self.message_user(request, f"Approved {count} statement(s).", messages.SUCCESS)

    @admin.action(description="Reject selected statements", permissions=["change"])
    def reject_selected(self, request, queryset):
        count = statements_review(
            statements=queryset, reviewer=request.user, status=ReviewStatus.REJECTED
        )
        self.message_user(request, f"Rejected {count} statement(s).", messages.SUCCESS)

    def delete_queryset(self, request, queryset):
        # Each statement's series is refreshed once, after all of them are gone.
        with stance_changes_batched():
            super().delete_queryset(request, queryset)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.origin = Origin.EDITOR
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        # "Save and approve": an editor corrects a candidate, then approves it in one step.
        if "_save_and_approve" in request.POST:
            statement_approve(statement=obj, reviewer=request.user)
            self.message_user(request, f"Saved and approved “{obj}”.", messages.SUCCESS)
            return super().response_post_save_change(request, obj)
        return super().response_change(request, obj)
