from datetime import date

from django.db.models import Prefetch
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from config.api_support import ApiViewMixin, ExportListMixin

from ..filtersets import CountryFilterSet, OfficeFilterSet, PersonFilterSet
from ..models import Bloc, Country, Office, Person, Term
from ..selectors import bloc_memberships_on, terms_on
from .serializers import (
    BlocSerializer,
    CountrySerializer,
    OfficeHolderSerializer,
    OfficeSerializer,
    OnDateSerializer,
    PersonSerializer,
    TermSerializer,
)


def day_asked(request) -> date:
    """Return the `on` query parameter as a date, today when absent; a 400 when malformed."""
    params = OnDateSerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    return params.validated_data.get("on") or timezone.localdate()


class CountryViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Countries and territories, known by their ISO alpha-3 code."""

    queryset = Country.objects.all()
    serializer_class = CountrySerializer
    filterset_class = CountryFilterSet
    lookup_field = "iso3"
    lookup_value_regex = "[A-Za-z]{3}"
    export_name = "countries"

    def get_object(self):
        self.kwargs["iso3"] = self.kwargs["iso3"].upper()
        return super().get_object()

    @extend_schema(parameters=[OnDateSerializer], responses=OfficeHolderSerializer(many=True))
    @action(detail=True, url_path="office-holders", pagination_class=None, filterset_class=None)
    def office_holders(self, request, iso3):
        """Who held each of the country's offices on the day `on` (both, on a handover day)."""
        country = self.get_object()
        terms = terms_on(on=day_asked(request), country=country)
        serializer = OfficeHolderSerializer()
        if self.wants_export():
            return self.export(terms, serializer=serializer, name=f"office-holders-{iso3}")
        return Response(OfficeHolderSerializer(terms, many=True).data)


class BlocViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Blocs and their full members on the day `on` (today when left out)."""

    serializer_class = BlocSerializer
    lookup_field = "slug"
    export_name = "blocs"

    def get_queryset(self):
        members = bloc_memberships_on(on=day_asked(self.request)).select_related("country")
        return Bloc.objects.prefetch_related(
            Prefetch("memberships", queryset=members, to_attr="members_then")
        )

    @extend_schema(parameters=[OnDateSerializer])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(parameters=[OnDateSerializer])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class PersonViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """People whose words can be a country's position."""

    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    filterset_class = PersonFilterSet
    export_name = "people"


class OfficeViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Offices whose holders speak for a country, each with its terms."""

    queryset = Office.objects.select_related("country").prefetch_related(
        Prefetch("terms", queryset=Term.objects.select_related("person"))
    )
    serializer_class = OfficeSerializer
    filterset_class = OfficeFilterSet
    export_name = "offices"


class TermViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Terms in office: who held an office from when to when."""

    queryset = Term.objects.select_related("person", "office")
    serializer_class = TermSerializer
    filterset_fields = ["office", "person"]
    export_name = "terms"
