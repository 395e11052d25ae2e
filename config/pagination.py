"""Keyset cursor pagination of every /api/v1/ list.

A cursor holds the values, in the last (or first) row of a page, of every field the list is
ordered by, the id last; the next page is the rows past that tuple. Every page is then one
range scan of the lists' indexes (stances migration 0003), the last as cheap as the first, and
no row is repeated or lost however many share a date. DRF's CursorPagination kept only the
first field and an offset capped at 1,000, which a day holding thousands of statements broke.

The cursor is base64url of a JSON object: `o` the ordering (names as in `order_by`), `v` the
values of the row in that order (dates and times in ISO 8601), `r` true for a previous page.
bench/floor.py builds the same cursors by hand.
"""

import base64
import binascii
from dataclasses import dataclass

import orjson
from django.core.exceptions import FieldDoesNotExist, FieldError, ValidationError
from django.db.models import BooleanField, Expression, F, Q, QuerySet, Value
from django.db.models.expressions import Col
from django.db.models.functions import Coalesce
from django.db.models.sql.datastructures import Join
from django.template import loader
from rest_framework import serializers
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

INVALID_CURSOR = "Invalid cursor: follow the next and previous links as the API gives them."


@dataclass(frozen=True)
class Key:
    """One field of the ordering: its name, direction, whether it may be null, its type."""

    name: str
    descending: bool
    nullable: bool
    field: object

    def order(self, *, reverse: bool):
        descending = self.descending != reverse
        if not self.nullable:
            return f"-{self.name}" if descending else self.name
        # Null above every value, as PostgreSQL sorts by default, on every database: the
        # comparisons in `past` count on it.
        return (
            F(self.name).desc(nulls_first=True) if descending else F(self.name).asc(nulls_last=True)
        )

    def past(self, value, *, reverse: bool) -> Q:
        """The rows after `value` in this key's order (before it when `reverse`)."""
        downwards = self.descending != reverse
        if value is None:
            return Q(**{f"{self.name}__isnull": False}) if downwards else Q(pk__in=[])
        beyond = Q(**{f"{self.name}__{'lt' if downwards else 'gt'}": value})
        if self.nullable and not downwards:
            beyond |= Q(**{f"{self.name}__isnull": True})
        return beyond

    def equal(self, value) -> Q:
        if value is None:
            return Q(**{f"{self.name}__isnull": True})
        return Q(**{self.name: value})

    def parse(self, value):
        if value is None:
            if not self.nullable:
                raise ValueError(value)
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ValueError(value)
        value = self.field.to_python(value)
        self.field.run_validators(value)  # an id out of the database's range, for one
        return value

    def value_of(self, row):
        if isinstance(row, dict):
            return row[self.name]
        for attribute in self.name.split("__"):
            row = getattr(row, attribute)
            if row is None:
                return None
        return row


class RowPast(Expression):
    """`(a, b, …) < (x, y, …)` (or `>`): one comparison of rows that a btree index scans as a
    range, where the equivalent OR of ANDs makes PostgreSQL filter row by row."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, keys: list[Expression], values: list[Expression], *, operator: str):
        super().__init__()
        self.keys, self.values, self.operator = keys, values, operator

    def get_source_expressions(self):
        return [*self.keys, *self.values]

    def set_source_expressions(self, expressions):
        self.keys, self.values = expressions[: len(self.keys)], expressions[len(self.keys) :]

    def as_sql(self, compiler, connection):
        sides, params = [], []
        for expressions in (self.keys, self.values):
            compiled = [compiler.compile(expression) for expression in expressions]
            sides.append(", ".join(sql for sql, _ in compiled))
            params += [param for _, expression_params in compiled for param in expression_params]
        return f"({sides[0]}) {self.operator} ({sides[1]})", params


def may_be_null(expression, query) -> bool:
    """Whether an annotation can be null; when unsure, yes (which costs speed, never rows)."""
    if isinstance(expression, Col):
        join = query.alias_map.get(expression.alias)
        return expression.target.null or (isinstance(join, Join) and join.nullable)
    if isinstance(expression, Value):
        return expression.value is None
    sources = [source for source in expression.get_source_expressions() if source is not None]
    if isinstance(expression, Coalesce):
        return all(may_be_null(source, query) for source in sources)
    if sources:
        return any(may_be_null(source, query) for source in sources)
    try:
        return expression.output_field.null
    except (AttributeError, FieldError):
        return True


def ordering_keys(queryset: QuerySet) -> list[Key]:
    """The keys of the order the queryset carries (the filterset chose it), the id last."""
    model, query = queryset.model, queryset.query
    names = list(query.order_by or model._meta.ordering or ["-id"])
    if not {"id", "-id", "pk", "-pk"} & set(names):
        names.append("-id" if names[0].startswith("-") else "id")
    keys = []
    for ordered in names:
        descending, name = ordered.startswith("-"), ordered.lstrip("-")
        if name == "pk":
            name = model._meta.pk.attname
        if name in query.annotations:
            annotation = query.annotations[name]
            keys.append(
                Key(name, descending, may_be_null(annotation, query), annotation.output_field)
            )
            continue
        *path, last = name.split("__")
        related, nullable = model, False
        for part in path:
            relation = related._meta.get_field(part)
            nullable = nullable or relation.null
            related = relation.related_model
        try:
            field = related._meta.get_field(last)
        except FieldDoesNotExist:  # already an attname: conflict_id
            field = next(f for f in related._meta.concrete_fields if f.attname == last)
        # A relation orders by its id here, not by the related model's own ordering: the
        # cursor then holds a number, and the relation's index serves the order.
        if field.is_relation:
            name = "__".join([*path, field.attname])
            field = field.target_field
        keys.append(Key(name, descending, nullable or field.null, field))
    return keys


class ApiCursorPagination(BasePagination):
    """Keyset pages in the order the filterset chose, the id breaking ties.

    The filterset, not this class, decides the order (`ordering`, relevance, newest first), so
    the HTML pages and the API list the same rows in the same order.
    """

    page_size = 50
    max_page_size = 500
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    template = "rest_framework/pagination/previous_and_next.html"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = self.page_size_asked(request)
        keys = ordering_keys(queryset)
        encoded = request.query_params.get(self.cursor_query_param)
        reverse, position = self.decode(encoded, keys) if encoded else (False, None)
        if position is not None:
            queryset = queryset.filter(self.past(keys, position, reverse=reverse))
        rows = list(queryset.order_by(*(key.order(reverse=reverse) for key in keys))[: size + 1])
        more = len(rows) > size
        rows = rows[:size]
        if reverse:
            rows.reverse()
        # Coming from a cursor, there is a page on the side it came from.
        has_next, has_previous = (
            (position is not None, more) if reverse else (more, position is not None)
        )
        self.next = self.link(keys, rows[-1], reverse=False) if has_next and rows else None
        self.previous = self.link(keys, rows[0], reverse=True) if has_previous and rows else None
        self.display_page_controls = True
        return rows

    def page_size_asked(self, request) -> int:
        asked = request.query_params.get(self.page_size_query_param)
        if asked is None:
            return self.page_size
        size = int(asked) if asked.isascii() and asked.isdigit() else 0
        if not 1 <= size <= self.max_page_size:
            raise serializers.ValidationError(
                {
                    self.page_size_query_param: [
                        f"A whole number from 1 to {self.max_page_size}, not “{asked}”."
                    ]
                }
            )
        return size

    @staticmethod
    def past(keys: list[Key], position: list, *, reverse: bool):
        """The rows past `position` in the order of `keys` (before it when `reverse`)."""
        directions = {key.descending for key in keys}
        if len(directions) == 1 and not any(key.nullable for key in keys):
            downwards = keys[0].descending != reverse
            return RowPast(
                [F(key.name) for key in keys],
                [
                    Value(value, output_field=key.field)
                    for key, value in zip(keys, position, strict=True)
                ],
                operator="<" if downwards else ">",
            )
        condition, same = Q(pk__in=[]), Q()
        for key, value in zip(keys, position, strict=True):
            condition |= same & key.past(value, reverse=reverse)
            same &= key.equal(value)
        first, value = keys[0], position[0]
        if first.nullable or value is None:
            return condition
        # Implied by the condition, but a bound PostgreSQL can start the index scan at.
        downwards = first.descending != reverse
        return condition & Q(**{f"{first.name}__{'lte' if downwards else 'gte'}": value})

    def decode(self, encoded: str, keys: list[Key]) -> tuple[bool, list]:
        try:
            payload = orjson.loads(
                base64.b64decode(encoded + "=" * (-len(encoded) % 4), altchars=b"-_", validate=True)
            )
            if not isinstance(payload, dict) or not isinstance(payload.get("r", False), bool):
                raise ValueError(payload)
            if payload.get("o") != [("-" if k.descending else "") + k.name for k in keys]:
                raise serializers.ValidationError(
                    {
                        self.cursor_query_param: [
                            "This cursor belongs to another ordering: follow the next and "
                            "previous links of the ordering asked for."
                        ]
                    }
                )
            values = payload.get("v")
            if not isinstance(values, list) or len(values) != len(keys):
                raise ValueError(values)
            return payload.get("r", False), [k.parse(v) for k, v in zip(keys, values, strict=True)]
        except (ValueError, TypeError, binascii.Error, ValidationError):
            raise serializers.ValidationError({self.cursor_query_param: [INVALID_CURSOR]}) from None

    def link(self, keys: list[Key], row, *, reverse: bool) -> str:
        return replace_query_param(
            self.request.build_absolute_uri(),
            self.cursor_query_param,
            encode_cursor(
                [("-" if k.descending else "") + k.name for k in keys],
                [k.value_of(row) for k in keys],
                reverse=reverse,
            ),
        )

    def get_paginated_response(self, data):
        return Response({"next": self.next, "previous": self.previous, "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: the cursor of a next or previous link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows a page, {self.page_size} when left out.",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]

    def get_html_context(self):
        return {"previous_url": self.previous, "next_url": self.next}

    def to_html(self):
        return loader.get_template(self.template).render(self.get_html_context())


def encode_cursor(ordering: list[str], values: list, *, reverse: bool = False) -> str:
    payload = {"o": ordering, "v": values, **({"r": True} if reverse else {})}
    return base64.urlsafe_b64encode(orjson.dumps(payload, default=str)).rstrip(b"=").decode()
