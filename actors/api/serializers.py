from rest_framework import serializers

from config.api_support import ModelCleanMixin

from ..models import Bloc, Country, Office, Person, Term


class CountrySerializer(ModelCleanMixin, serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = [
            "iso3",
            "iso2",
            "numeric",
            "name",
            "official_name",
            "capital",
            "region",
            "subregion",
            "un_status",
        ]


class BlocSerializer(ModelCleanMixin, serializers.ModelSerializer):
    aliases = serializers.ListField(child=serializers.CharField(), required=False)
    members = serializers.SerializerMethodField(
        help_text="ISO alpha-3 codes of the full members on the day asked for (`on`)."
    )

    class Meta:
        model = Bloc
        fields = ["slug", "name", "acronym", "aliases", "founded", "members"]

    def get_members(self, bloc) -> list[str]:
        # Filled by the view's prefetch of the memberships running on the day asked for; a
        # bloc just created has none.
        return [membership.country.iso3 for membership in getattr(bloc, "members_then", [])]


class PersonSerializer(ModelCleanMixin, serializers.ModelSerializer):
    aliases = serializers.ListField(child=serializers.CharField(), required=False)

    class Meta:
        model = Person
        fields = ["id", "name", "aliases", "wikidata_qid"]


class TermSerializer(ModelCleanMixin, serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.name", read_only=True)

    class Meta:
        model = Term
        fields = ["id", "office", "person", "person_name", "start", "end", "source"]


class OfficeTermSerializer(serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.name", read_only=True)

    class Meta:
        model = Term
        fields = ["id", "person", "person_name", "start", "end"]


class OfficeSerializer(ModelCleanMixin, serializers.ModelSerializer):
    country = serializers.SlugRelatedField(slug_field="iso3", queryset=Country.objects.all())
    terms = OfficeTermSerializer(many=True, read_only=True)

    class Meta:
        model = Office
        fields = ["id", "country", "kind", "title", "terms"]


class OfficeHolderSerializer(serializers.ModelSerializer):
    """A term running on the day asked for: who held which office."""

    office_title = serializers.CharField(source="office.title")
    office_kind = serializers.CharField(source="office.kind")
    person_name = serializers.CharField(source="person.name")

    class Meta:
        model = Term
        fields = [
            "office",
            "office_title",
            "office_kind",
            "person",
            "person_name",
            "start",
            "end",
        ]


class OnDateSerializer(serializers.Serializer):
    on = serializers.DateField(
        required=False, help_text="The day (YYYY-MM-DD); today when left out."
    )
