from datetime import date

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import generics, viewsets
from rest_framework.response import Response

from actors.models import Country
from actors.selectors import country_by_code
from config.api_support import ApiViewMixin, ExportListMixin

from ..filtersets import StatementFilterSet, VoteFilterSet, newest_first
from ..models import Conflict, Resolution, Statement, Vote
from ..selectors import (
    CountryStance,
    reads_every_status,
    stance_timeline,
    stances_of_country,
    stances_on_conflict,
    statements_visible_to,
)
from .serializers import (
    AsOfSerializer,
    ConflictSerializer,
    ResolutionSerializer,
    StanceSerializer,
    StatementSerializer,
    TimelineEntrySerializer,
    VoteSerializer,
    stance_representation,
    statement_rows,
)


class ConflictViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Two-sided conflicts, known by their slug, with the countries on each side."""

    queryset = Conflict.objects.prefetch_related("side_a_countries", "side_b_countries")
    serializer_class = ConflictSerializer
    lookup_field = "slug"
    filterset_fields: list[str] = []
    export_name = "conflicts"


class StatementViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Dated positions of countries and blocs on conflicts, with quote and source.

    Anonymous readers see approved statements only; editors and staff see every status.
    """

    serializer_class = StatementSerializer
    filterset_class = StatementFilterSet
    export_name = "statements"

    def get_queryset(self):
        user = self.request.user
        if self.action == "list":
            # Lists (pages and exports) read rows; one statement, to show or change, an instance.
            return listed_statements(user=user)
        return statements_visible_to(user=user).select_related(
            "actor_country", "actor_bloc", "conflict", "speaker", "speaker_office"
        )


# The rows of statement_rows in the lists' order, as each kind of reader may read them (by
# reads_every_status): built once per process, never evaluated.
_LISTED: dict[bool, QuerySet] = {}


def listed_statements(*, user) -> QuerySet:
    """Return a copy of the rows of statement_rows that `user` may read, in the lists' order.

    values() with its five joins, the sort key and the review status cost a request more than
    its filters do: they are built once per process for each kind of reader, and each request
    filters a copy, as DRF does with a viewset's `queryset`.
    """
    every_status = reads_every_status(user)
    rows = _LISTED.get(every_status)
    if rows is None:
        every_row = statement_rows(newest_first(Statement.objects.all()))
        rows = _LISTED[every_status] = statements_visible_to(user=user, statements=every_row)
    return rows.all()


class ResolutionViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """Resolutions voted on in UN bodies."""

    queryset = Resolution.objects.select_related("conflict")
    serializer_class = ResolutionSerializer
    filterset_fields = ["symbol", "body"]
    export_name = "resolutions"


class VoteViewSet(ApiViewMixin, ExportListMixin, viewsets.ModelViewSet):
    """How each country voted on each resolution."""

    queryset = Vote.objects.select_related("resolution", "country").order_by(
        "-resolution__date", "resolution_id", "country__name"
    )
    serializer_class = VoteSerializer
    filterset_class = VoteFilterSet
    export_name = "votes"


def day_asked(request) -> date:
    """Return the `as_of` query parameter as a date, today when absent; a 400 when malformed."""
    asked = request.query_params.get("as_of")
    if not asked:  # absent or blank: AsOfSerializer's field is not required
        return timezone.localdate()
    try:
        # What AsOfSerializer's DateField tries first (django.utils.dateparse.parse_date),
        # without building a serializer; the serializer is left to say what is wrong.
        return date.fromisoformat(asked)
    except ValueError:
        params = AsOfSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        return params.validated_data.get("as_of") or timezone.localdate()


class RowsView(ApiViewMixin, generics.GenericAPIView):
    """An endpoint that answers rows a selector built: no queryset, no pages, no filters."""

    pagination_class = None
    filter_backends: list = []

    def get_queryset(self):
        # Nothing is filtered, but the browsable API asks for a queryset (for its filter
        # form) before it looks at filter_backends: without one, text/html was a 500.
        return Conflict.objects.none()


class StanceListView(RowsView):
    """A list of current stances, exportable like every list; subclasses say whose."""

    serializer_class = StanceSerializer

    def get(self, request, **kwargs):
        stances = self.stances(on=day_asked(request), **kwargs)
        if self.wants_export():
            return self.export(
                stances, serializer=StanceSerializer(), name=self.export_name(**kwargs)
            )
        # What StanceSerializer(many=True) writes, without its list serializer.
        return Response([stance_representation(stance) for stance in stances])


@extend_schema(parameters=[AsOfSerializer], responses=StanceSerializer(many=True))
class ConflictStancesView(StanceListView):
    """Every country's current stance on a conflict as of `as_of`, by the current-stance rule.

    Countries with no counted statement by then are listed with `recorded` false.
    """

    def stances(self, *, on, slug) -> list[CountryStance]:
        slug = slug.lower()
        # One query for the conflict, the countries and their deciding statements; the list
        # does not show the speakers' offices.
        stances = stances_on_conflict(slug=slug, on=on, offices=False)
        if not stances and not Conflict.objects.filter(slug=slug).exists():
            raise Http404("No Conflict matches the given query.")
        return stances

    def export_name(self, *, slug):
        return f"stances-{slug}"


@extend_schema(parameters=[AsOfSerializer], responses=StanceSerializer(many=True))
class CountryStancesView(StanceListView):
    """One country's current stance on every conflict as of `as_of`."""

    def stances(self, *, on, iso3) -> list[CountryStance]:
        country = country_or_404(iso3)
        stances = stances_of_country(country=country, on=on)
        return [
            CountryStance(
                country_id=country.pk,
                country=country.iso3,
                country_name=country.name,
                conflict=conflict.slug,
                country_numeric=country.numeric,
                country_region=country.region,
                deciding=stances[conflict.pk].deciding if conflict.pk in stances else [],
            )
            for conflict in Conflict.objects.values_list("pk", "slug", named=True)
        ]

    def export_name(self, *, iso3):
        return f"stances-{iso3.upper()}"


@extend_schema(responses=TimelineEntrySerializer(many=True))
class TimelineView(RowsView):
    """A country's dated statements and votes on a conflict, oldest first.

    `changes_stance` marks the statements with which its stance changed.
    """

    serializer_class = TimelineEntrySerializer

    def get(self, request, iso3, slug):
        country = country_or_404(iso3)
        conflict = get_object_or_404(Conflict, slug=slug.lower())
        entries = stance_timeline(country=country, conflict=conflict)
        if self.wants_export():
            return self.export(
                entries, serializer=TimelineEntrySerializer(), name=f"timeline-{iso3}-{slug}"
            )
        return Response(TimelineEntrySerializer(entries, many=True).data)


def country_or_404(code: str) -> Country:
    try:
        return country_by_code(code=code)
    except Country.DoesNotExist:
        raise Http404(f"No country has the code “{code}”.") from None
