import datetime

import orjson
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from rest_framework import serializers

from actors.models import Bloc, Country
from config.api_support import ModelCleanMixin

from ..choices import Stance
from ..models import Conflict, Resolution, Statement, Vote
from ..selectors import CountryStance
from ..services import statement_create, statement_update

# The site's time zone: nothing activates another. Times in it need no conversion, nor (when
# it is UTC) those PostgreSQL returns, which come in UTC.
_ZONE = timezone.get_default_timezone()
_ALSO_IN_ZONE = datetime.UTC if str(_ZONE) == "UTC" else _ZONE


def _day(value):
    return value.isoformat() if value is not None else None


def _moment(value):
    """Write a date and time as DRF's DateTimeField does: ISO 8601 in the site's time zone,
    UTC as Z. DRF looks the zone and its settings up for every value: two thirds of the cost
    of a page's rows (tests/performance/test_lean_serialisation.py holds the two equal).
    orjson writes the same ISO 8601 as isoformat(), several times faster."""
    if value.tzinfo is not _ZONE and value.tzinfo is not _ALSO_IN_ZONE:
        value = value.astimezone(_ZONE)
    return orjson.dumps(value, option=orjson.OPT_UTC_Z)[1:-1].decode()


class ConflictSerializer(ModelCleanMixin, serializers.ModelSerializer):
    aliases = serializers.ListField(child=serializers.CharField(), required=False)
    side_a_countries = serializers.SlugRelatedField(
        slug_field="iso3", many=True, queryset=Country.objects.all(), required=False
    )
    side_b_countries = serializers.SlugRelatedField(
        slug_field="iso3", many=True, queryset=Country.objects.all(), required=False
    )

    class Meta:
        model = Conflict
        fields = [
            "slug",
            "name",
            "aliases",
            "side_a_label",
            "side_b_label",
            "side_a_countries",
            "side_b_countries",
            "began",
            "ended",
            "summary",
        ]


# A statement's own columns that its representation shows, and those of its relations.
STATEMENT_COLUMNS = [
    "id",
    "speaker_id",
    "speaker_office_id",
    "stance",
    "target_side",
    "kind",
    "date",
    "date_precision",
    "quote",
    "summary",
    "source_url",
    "source_title",
    "source_outlet",
    "source_published",
    "confidence",
    "status",
    "origin",
    "created_at",
    "updated_at",
]
STATEMENT_RELATED = {
    "country_iso3": F("actor_country__iso3"),
    "bloc_slug": F("actor_bloc__slug"),
    "conflict_slug": F("conflict__slug"),
    "speaker_name": F("speaker__name"),
    "speaker_office_title": F("speaker_office__title"),
}


def statement_rows(statements: QuerySet[Statement]) -> QuerySet:
    """Return `statements` as the rows StatementSerializer reads, with their annotations.

    One query of plain tuples: a page of 50 model instances with five related objects each
    (a conflict's aliases and summary among them) costs several times the query itself.
    """
    return statements.values(
        *STATEMENT_COLUMNS, *statements.query.annotation_select, **STATEMENT_RELATED
    )


def statement_row(statement: Statement) -> dict:
    """Return the row of `statement_rows` for a statement already loaded."""
    country, bloc = statement.actor_country, statement.actor_bloc
    speaker, office = statement.speaker, statement.speaker_office
    return {
        **{column: getattr(statement, column) for column in STATEMENT_COLUMNS},
        "country_iso3": country.iso3 if country else None,
        "bloc_slug": bloc.slug if bloc else None,
        "conflict_slug": statement.conflict.slug,
        "speaker_name": speaker.name if speaker else None,
        "speaker_office_title": office.title if office else None,
    }


class StatementSerializer(ModelCleanMixin, serializers.ModelSerializer):
    """A statement, flat so that its CSV export has one column per field."""

    country = serializers.SlugRelatedField(
        source="actor_country",
        slug_field="iso3",
        queryset=Country.objects.all(),
        required=False,
        allow_null=True,
        help_text="ISO alpha-3 code of the country that took the position.",
    )
    bloc = serializers.SlugRelatedField(
        source="actor_bloc",
        slug_field="slug",
        queryset=Bloc.objects.all(),
        required=False,
        allow_null=True,
        help_text="Slug of the bloc that took the position (instead of a country).",
    )
    conflict = serializers.SlugRelatedField(slug_field="slug", queryset=Conflict.objects.all())
    speaker_name = serializers.CharField(
        source="speaker.name", read_only=True, default=None, allow_null=True
    )
    speaker_office_title = serializers.CharField(
        source="speaker_office.title", read_only=True, default=None, allow_null=True
    )
    confidence = serializers.FloatField(min_value=0, max_value=1, required=False, allow_null=True)

    class Meta:
        model = Statement
        fields = [
            "id",
            "country",
            "bloc",
            "conflict",
            "speaker",
            "speaker_name",
            "speaker_office",
            "speaker_office_title",
            "stance",
            "target_side",
            "kind",
            "date",
            "date_precision",
            "quote",
            "summary",
            "source_url",
            "source_title",
            "source_outlet",
            "source_published",
            "confidence",
            "status",
            "origin",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["origin", "created_at", "updated_at"]

    def to_representation(self, statement):
        # Built by hand, the same as the fields above would: DRF's walk over two dozen fields
        # costs a page of 50 several times what its query does (docs/performance.md). The
        # fields still validate writes and describe the schema. Lists read rows of
        # statement_rows (values(), no model instances); a single statement is read into one.
        row = statement if isinstance(statement, dict) else statement_row(statement)
        return {
            "id": row["id"],
            "country": row["country_iso3"],
            "bloc": row["bloc_slug"],
            "conflict": row["conflict_slug"],
            "speaker": row["speaker_id"],
            "speaker_name": row["speaker_name"],
            "speaker_office": row["speaker_office_id"],
            "speaker_office_title": row["speaker_office_title"],
            "stance": row["stance"],
            "target_side": row["target_side"],
            "kind": row["kind"],
            "date": _day(row["date"]),
            "date_precision": row["date_precision"],
            "quote": row["quote"],
            "summary": row["summary"],
            "source_url": row["source_url"],
            "source_title": row["source_title"],
            "source_outlet": row["source_outlet"],
            "source_published": _day(row["source_published"]),
            "confidence": row["confidence"],
            "status": row["status"],
            "origin": row["origin"],
            "created_at": _moment(row["created_at"]),
            "updated_at": _moment(row["updated_at"]),
        }

    def validate(self, attrs):
        merged = {**self._current(), **attrs}
        errors = {}
        if (merged.get("actor_country") is None) == (merged.get("actor_bloc") is None):
            errors["country"] = "Give either a country or a bloc, not both and not neither."
        if merged.get("target_side") and merged.get("stance") != Stance.CONDEMNS:
            errors["target_side"] = "Only a condemnation has a target side."
        if errors:
            raise serializers.ValidationError(errors)
        return super().validate(attrs)

    def _current(self) -> dict:
        if self.instance is None:
            return {}
        return {
            "actor_country": self.instance.actor_country,
            "actor_bloc": self.instance.actor_bloc,
            "target_side": self.instance.target_side,
            "stance": self.instance.stance,
        }

    @transaction.atomic
    def create(self, validated_data):
        return statement_create(editor=self.context["request"].user, **validated_data)

    @transaction.atomic
    def update(self, instance, validated_data):
        return statement_update(
            statement=instance, editor=self.context["request"].user, **validated_data
        )


class DecidingStatementSerializer(serializers.ModelSerializer):
    """A statement that decides a current stance, as the stance lists show it."""

    speaker_name = serializers.CharField(
        source="speaker", read_only=True, default=None, allow_null=True
    )

    class Meta:
        model = Statement
        fields = [
            "id",
            "date",
            "stance",
            "target_side",
            "kind",
            "speaker_name",
            "quote",
            "source_url",
            "source_outlet",
        ]

    def to_representation(self, statement):
        # By hand, as StatementSerializer: a conflict's stances carry hundreds of these. They
        # come as stances.selectors.DecidingStatement rows, whose speaker is already a name, or
        # (on a timeline) as statements, whose speaker prints as its name.
        return {
            "id": statement.pk,
            "date": _day(statement.date),
            "stance": statement.stance,
            "target_side": statement.target_side,
            "kind": statement.kind,
            "speaker_name": None if statement.speaker is None else str(statement.speaker),
            "quote": statement.quote,
            "source_url": statement.source_url,
            "source_outlet": statement.source_outlet,
        }


class StanceSerializer(serializers.Serializer):
    """A country's current stance on a conflict as of a day, with the statements deciding it."""

    country = serializers.CharField(help_text="ISO alpha-3 code.")
    country_name = serializers.CharField()
    conflict = serializers.CharField(help_text="Slug of the conflict.")
    recorded = serializers.BooleanField(
        help_text="False: no recorded stance as of that day (stance and date are null)."
    )
    stance = serializers.ChoiceField(choices=Stance.choices, allow_null=True)
    target_side = serializers.CharField(allow_blank=True)
    date = serializers.DateField(allow_null=True, help_text="The day that decides it.")
    deciding = DecidingStatementSerializer(many=True)

    def to_representation(self, stance: CountryStance):
        return stance_representation(stance)


def stance_representation(stance: CountryStance) -> dict:
    """Return what StanceSerializer's fields write for `stance`, by hand, dates left as dates.

    A conflict lists every country with some 200 deciding statements (DecidingStatement
    rows, whose speaker is already a name): DRF's walk over nested serializers costs more
    than the query. orjson (the JSON and JSON Lines renderers), DRF's encoder (indented JSON)
    and the CSV export write a date as DRF's DateField does, so the dates stay date objects
    (tests/performance/test_lean_serialisation.py holds the JSON equal to DRF's walk).
    """
    deciding = stance.deciding
    first = deciding[0] if deciding else None
    return {
        "country": stance.country,
        "country_name": stance.country_name,
        "conflict": stance.conflict,
        "recorded": first is not None,
        "stance": None if first is None else first.stance,
        "target_side": "" if first is None else first.target_side,
        "date": None if first is None else first.date,
        "deciding": [
            {
                "id": pk,
                "date": day,
                "stance": said,
                "target_side": side,
                "kind": kind,
                "speaker_name": speaker,
                "quote": quote,
                "source_url": url,
                "source_outlet": outlet,
            }
            # Unpacked: a tuple's items cost less than as many attribute reads.
            for pk, day, said, side, kind, quote, url, outlet, speaker, _office in deciding
        ],
    }


class TimelineEntrySerializer(serializers.Serializer):
    """A dated statement or vote on a country's timeline."""

    date = serializers.DateField()
    entry = serializers.SerializerMethodField(help_text="statement or vote")
    statement = DecidingStatementSerializer(allow_null=True)
    resolution = serializers.CharField(
        source="vote.resolution.symbol", allow_null=True, default=None
    )
    vote = serializers.CharField(source="vote.vote", allow_null=True, default=None)
    stance_after = serializers.ChoiceField(choices=Stance.choices, allow_null=True)
    changes_stance = serializers.BooleanField(
        help_text="This statement changed the country's stance."
    )

    def get_entry(self, entry) -> str:
        return "vote" if entry.vote is not None else "statement"


class ResolutionSerializer(ModelCleanMixin, serializers.ModelSerializer):
    conflict = serializers.SlugRelatedField(
        slug_field="slug", queryset=Conflict.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Resolution
        fields = ["id", "body", "symbol", "date", "title", "session", "conflict", "undl_id"]


class VoteSerializer(ModelCleanMixin, serializers.ModelSerializer):
    resolution = serializers.SlugRelatedField(
        slug_field="symbol", queryset=Resolution.objects.all()
    )
    country = serializers.SlugRelatedField(slug_field="iso3", queryset=Country.objects.all())
    country_name = serializers.CharField(source="country.name", read_only=True)

    class Meta:
        model = Vote
        fields = ["id", "resolution", "country", "country_name", "vote"]


class AsOfSerializer(serializers.Serializer):
    as_of = serializers.DateField(
        required=False, help_text="The day (YYYY-MM-DD) the stance holds on; today when left out."
    )
