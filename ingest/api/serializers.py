from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from ..models import Article


class OptionalURLField(serializers.URLField):
    """A URL, or null where there is none: a pasted text has no address, and "" is not a URI."""

    def to_representation(self, value):
        return value or None


class ArticleSerializer(serializers.ModelSerializer):
    """Where a submitted article stands: queued, fetched, extracted, duplicate or failed."""

    url = OptionalURLField(
        read_only=True, allow_null=True, help_text="The page fetched; null for a pasted text."
    )
    status_url = serializers.HyperlinkedIdentityField(view_name="api:article-detail")
    statements = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, help_text="Ids of the candidate statements extracted from it."
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "status_url",
            "state",
            "failure_reason",
            "source",
            "url",
            "title",
            "outlet",
            "published",
            "duplicate_of",
            "statements",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class SubmissionSerializer(serializers.Serializer):
    """An article to extract statements from: a URL to fetch, or its text pasted in."""

    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    text = serializers.CharField(required=False, allow_blank=True, max_length=500_000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, attrs):
        if not attrs.get("url") and not attrs.get("text", "").strip():
            raise serializers.ValidationError({"url": "Give a URL to fetch, or the text itself."})
        if not attrs.get("text", "").strip():
            extras = [name for name in ("title", "outlet", "published") if attrs.get(name)]
            if extras:
                raise serializers.ValidationError(
                    {name: "Only with text: a fetched page supplies its own." for name in extras}
                )
        return attrs

    def create(self, validated_data):
        # Imported here: ingest.services pulls in the extraction engine and the Celery tasks,
        # which the URLconf (and every other endpoint) has no need to load.
        from .. import services

        user = self.context["request"].user
        try:
            if validated_data.get("text", "").strip():
                return services.article_submit_text(submitted_by=user, **validated_data)
            return services.article_submit_url(url=validated_data["url"], submitted_by=user)
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None
