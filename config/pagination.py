"""Cursor pagination of every /api/v1/ list."""

from django.core.exceptions import FieldDoesNotExist
from rest_framework.pagination import CursorPagination


class ApiCursorPagination(CursorPagination):
    """Cursor pages in the order the filterset chose, the id breaking ties.

    The filterset, not this class, decides the order (`ordering`, relevance, newest first), so
    the HTML pages and the API list the same rows in the same order.
    """

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    ordering = ("-id",)

    def get_ordering(self, request, queryset, view):
        model = queryset.model
        ordering = tuple(queryset.query.order_by or model._meta.ordering) or self.ordering
        # The cursor keeps the first field's value: a relation's id, not the related object.
        ordering = tuple(
            ("-" if name.startswith("-") else "") + self._attname(model, name.lstrip("-"))
            for name in ordering
        )
        if not {"id", "-id", "pk", "-pk"} & set(ordering):
            ordering += ("-id" if ordering[0].startswith("-") else "id",)
        return ordering

    @staticmethod
    def _attname(model, name: str) -> str:
        try:
            return model._meta.get_field(name).attname
        except FieldDoesNotExist:  # an annotation such as rank or sort_date
            return name
