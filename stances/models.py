from datetime import date
from typing import NamedTuple

from django.conf import settings
from django.db import models, transaction
from django.db.models import DateField, F, Q, Value
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

from .choices import (
    Body,
    DatePrecision,
    Origin,
    ReviewStatus,
    Side,
    Stance,
    StatementKind,
    VoteChoice,
)
from .links import page_url

# A statement's place in the lists: its date, undated statements after every dated one.
SORT_DATE = Coalesce("date", Value(date.min, output_field=DateField()))


class Conflict(models.Model):
    """A two-sided conflict (a dyad): side A and side B in a fixed order, as UCDP codes them."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=150, unique=True)
    aliases = models.JSONField(default=list, blank=True)
    side_a_label = models.CharField(max_length=150)
    side_b_label = models.CharField(max_length=150)
    side_a_countries = models.ManyToManyField(
        "actors.Country", related_name="conflicts_as_side_a", blank=True
    )
    side_b_countries = models.ManyToManyField(
        "actors.Country", related_name="conflicts_as_side_b", blank=True
    )
    began = models.DateField(null=True, blank=True)
    ended = models.DateField(null=True, blank=True)
    summary = models.TextField(blank=True)
    history = HistoricalRecords(m2m_fields=[side_a_countries, side_b_countries])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended__isnull=True) | Q(began__isnull=True) | Q(ended__gte=F("began")),
                name="conflict_dates_ordered",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_url("pages:conflict", self.slug)


class Statement(models.Model):
    """A dated position of a country (or a bloc) on a conflict, with its quote and source."""

    actor_country = models.ForeignKey(
        "actors.Country", on_delete=models.PROTECT, null=True, blank=True, related_name="statements"
    )
    actor_bloc = models.ForeignKey(
        "actors.Bloc", on_delete=models.PROTECT, null=True, blank=True, related_name="statements"
    )
    speaker = models.ForeignKey(
        "actors.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="statements"
    )
    speaker_office = models.ForeignKey(
        "actors.Office",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        help_text="The office the speaker held on the statement's date.",
    )
    conflict = models.ForeignKey(Conflict, on_delete=models.PROTECT, related_name="statements")
    stance = models.CharField(max_length=25, choices=Stance.choices)
    target_side = models.CharField(
        max_length=1,
        choices=Side.choices,
        blank=True,
        default="",
        help_text="For condemnations: whose side is condemned (blank for both or none).",
    )
    kind = models.CharField(
        max_length=20, choices=StatementKind.choices, default=StatementKind.STATEMENT
    )
    date = models.DateField(
        null=True,
        blank=True,
        help_text="The day it was said; the first day of the month or year "
        "when the precision is coarser.",
    )
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    quote = models.TextField(help_text="Verbatim, as the source has it.")
    summary = models.TextField(blank=True)
    source_url = models.URLField(max_length=2000, blank=True)
    source_title = models.CharField(max_length=500, blank=True)
    source_outlet = models.CharField(max_length=200, blank=True, db_index=True)
    source_published = models.DateField(null=True, blank=True)
    article = models.ForeignKey(
        "ingest.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
    )
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_statements",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_statements",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(actor_country__isnull=False, actor_bloc__isnull=True)
                | Q(actor_country__isnull=True, actor_bloc__isnull=False),
                name="statement_one_actor",
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="statement_stance_valid"
            ),
            models.CheckConstraint(
                condition=Q(target_side="")
                | Q(target_side__in=Side.values, stance=Stance.CONDEMNS),
                name="statement_target_side_only_when_condemning",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=StatementKind.values), name="statement_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values),
                name="statement_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ReviewStatus.values), name="statement_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(origin__in=Origin.values), name="statement_origin_valid"
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0, confidence__lte=1),
                name="statement_confidence_range",
            ),
            models.CheckConstraint(
                condition=Q(evidence_start__isnull=True, evidence_end__isnull=True)
                | Q(evidence_end__gte=F("evidence_start")),
                name="statement_evidence_ordered",
            ),
            # One candidate per article, actor, conflict, stance and evidence: what makes
            # re-running extraction idempotent.
            models.UniqueConstraint(
                fields=["article", "actor_country", "conflict", "stance", "evidence_start"],
                condition=Q(article__isnull=False),
                name="statement_unique_per_article_evidence",
            ),
            # The same for blocs: a null country would make every bloc candidate distinct.
            models.UniqueConstraint(
                fields=["article", "actor_bloc", "conflict", "stance", "evidence_start"],
                condition=Q(article__isnull=False, actor_bloc__isnull=False),
                name="statement_unique_bloc_per_article_evidence",
            ),
        ]
        indexes = [
            models.Index(
                fields=["conflict", "actor_country", "date"],
                condition=Q(status=ReviewStatus.APPROVED),
                name="stmt_approved_conflict_idx",
            ),
            models.Index(fields=["actor_country", "date"], name="stmt_country_date_idx"),
            models.Index(fields=["status", "created_at"], name="stmt_status_created_idx"),
            models.Index(fields=["date", "id"], name="stmt_date_id_idx"),
            # The public lists' keyset order (StatementFilterSet: newest first, undated last),
            # alone and behind the two filters that narrow most; partial like the lists.
            models.Index(
                SORT_DATE, "id", condition=Q(status=ReviewStatus.APPROVED), name="stmt_sort_idx"
            ),
            models.Index(
                "conflict",
                SORT_DATE,
                "id",
                condition=Q(status=ReviewStatus.APPROVED),
                name="stmt_conflict_sort_idx",
            ),
            models.Index(
                "actor_country",
                SORT_DATE,
                "id",
                condition=Q(status=ReviewStatus.APPROVED),
                name="stmt_country_sort_idx",
            ),
            # The home page's latest approved statements, newest review first.
            models.Index(
                F("reviewed_at").desc(),
                F("id").desc(),
                condition=Q(status=ReviewStatus.APPROVED),
                name="stmt_approved_reviewed_idx",
            ),
        ]

    def __str__(self):
        actor = self.actor_country or self.actor_bloc
        return f"{actor} on {self.conflict}: {self.get_stance_display()} ({self.date or 'undated'})"

    def save(self, *args, **kwargs):
        # stances/signals.py recomputes the stance changes a save affects, after it; one
        # transaction around both keeps them in step for every reader (a delete has its own).
        # No savepoint: inside a caller's transaction this costs no query.
        with transaction.atomic(using=kwargs.get("using"), savepoint=False):
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_url("pages:statement", self.pk)

    @property
    def actor(self):
        return self.actor_country or self.actor_bloc

    @property
    def source_link(self) -> str:
        """Return source_url if a browser may follow it (http or https), else "".

        Forms and the API accept only http(s) URLs, but an import or a shell may store any
        scheme, and a javascript: URL must never become a live link.
        """
        return (
            self.source_url if self.source_url.lower().startswith(("http://", "https://")) else ""
        )


class Resolution(models.Model):
    """A resolution voted on in a UN body, e.g. A/RES/ES-11/1."""

    body = models.CharField(max_length=4, choices=Body.choices, default=Body.UNGA)
    symbol = models.CharField(max_length=40, unique=True)
    date = models.DateField()
    title = models.CharField(max_length=500)
    session = models.CharField(max_length=20, blank=True)
    conflict = models.ForeignKey(
        Conflict, on_delete=models.SET_NULL, null=True, blank=True, related_name="resolutions"
    )
    undl_id = models.CharField("UN Digital Library id", max_length=20, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "symbol"]
        constraints = [
            models.CheckConstraint(condition=Q(body__in=Body.values), name="resolution_body_valid"),
        ]

    def __str__(self):
        return f"{self.symbol} {self.title}"


class Vote(models.Model):
    """How one country voted on one resolution."""

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="votes")
    country = models.ForeignKey("actors.Country", on_delete=models.PROTECT, related_name="votes")
    vote = models.CharField(max_length=1, choices=VoteChoice.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["resolution", "country"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "country"], name="vote_unique"),
            models.CheckConstraint(
                condition=Q(vote__in=VoteChoice.values), name="vote_value_valid"
            ),
        ]
        indexes = [models.Index(fields=["country", "resolution"], name="vote_country_idx")]

    def __str__(self):
        return f"{self.country.iso3} {self.get_vote_display()} on {self.resolution.symbol}"


class StanceValue(NamedTuple):
    """A stance with its condemnation target, as the current-stance rule decides it."""

    stance: str | None
    target_side: str


class StanceChange(models.Model):
    """A day on which a country's current stance on a conflict changed, and what it became.

    Derived data: the current-stance rule (stances/selectors.py, `stance_days`) applied to the
    country's counted statements on the conflict, one row per day whose stance differs from the
    day before. Every write to a statement recomputes the series it touches, in the same
    transaction (stances/signals.py); `manage.py rebuild_stance_changes` recomputes them all.
    """

    # No index of their own: the unique day and the conflict index below lead with them.
    country = models.ForeignKey(
        "actors.Country", on_delete=models.CASCADE, related_name="stance_changes", db_index=False
    )
    conflict = models.ForeignKey(
        Conflict, on_delete=models.CASCADE, related_name="stance_changes", db_index=False
    )
    date = models.DateField()
    stance_before = models.CharField(
        max_length=25, choices=Stance.choices, blank=True, help_text="Blank: no recorded stance."
    )
    target_side_before = models.CharField(max_length=1, choices=Side.choices, blank=True)
    stance = models.CharField(max_length=25, choices=Stance.choices)
    target_side = models.CharField(max_length=1, choices=Side.choices, blank=True)
    statement = models.ForeignKey(
        Statement,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The first (lowest id) of the day's statements that decide the new stance.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country", "conflict", "date"], name="stance_change_unique_day"
            ),
        ]
        indexes = [
            # "Recent changes": newest first, on one conflict (as of a day) or on all.
            models.Index(
                fields=["conflict", "date", "statement"], name="stance_change_conflict_idx"
            ),
            models.Index(fields=["date", "statement"], name="stance_change_date_idx"),
        ]

    def __str__(self):
        return f"{self.country_id} on {self.conflict_id}, {self.date}: now {self.stance}"

    @property
    def before(self) -> StanceValue:
        return StanceValue(self.stance_before or None, self.target_side_before)

    @property
    def after(self) -> StanceValue:
        return StanceValue(self.stance, self.target_side)
