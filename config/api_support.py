"""What every /api/v1/ endpoint shares: permissions, exports, conditional GET.

The endpoints themselves live in each app's api/ package and only declare; the behaviour a
journalist relies on everywhere (CSV and JSON Lines exports, ETags, cache headers, JSON errors)
is written once here.
"""

import copy
import csv
import hashlib
import io
from collections.abc import Iterable, Iterator

import orjson
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Model, QuerySet
from django.http import StreamingHttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions
from rest_framework.renderers import BaseRenderer, BrowsableAPIRenderer, JSONRenderer

from config.clients import throttle_request
from config.response_cache import response_cache_key, store_response

EXPORT_CHUNK = 500
ANONYMOUS_MAX_AGE = 60


class ORJSONRenderer(JSONRenderer):
    """DRF's JSON, written by orjson: the same bytes, several times faster on a page of 50.

    Indented output (the browsable API asks for it) stays with DRF's encoder.
    """

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        if self.get_indent(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        return orjson.dumps(data, default=self.encoder_class().default)


class StaffOrModelPermissions(DjangoModelPermissions):
    """Anyone reads; superusers write everything; others what their model permissions allow.

    The Editors group (config/roles.py) holds statement add and change, so editors write
    statements and nothing else. Not is_staff: editors are staff too, to work in the admin,
    and would otherwise write reference data with their tokens.
    """

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        if request.user and request.user.is_authenticated and request.user.is_superuser:
            return True
        return super().has_permission(request, view)


def flatten(row: dict, prefix: str = "") -> dict[str, object]:
    """Flatten nested objects into dotted columns; lists become JSON in one cell."""
    flat: dict[str, object] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode()
    return str(value)


def csv_columns(serializer: serializers.Serializer, prefix: str = "") -> list[str]:
    """Return the CSV header of a serializer: nested serializers as dotted columns."""
    columns = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            columns += csv_columns(field, f"{prefix}{name}.")
        else:
            columns.append(f"{prefix}{name}")
    return columns


class CSVRenderer(BaseRenderer):
    """CSV, one row per object; nested objects as dotted columns, lists as JSON."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:  # a 204, e.g. a DELETE asked for ?format=csv
            return b""
        rows = data if isinstance(data, list) else [data]
        columns = list(flatten(rows[0])) if rows else []
        return b"".join(self.stream(rows, columns))

    def stream(self, rows: Iterable[dict], columns: list[str]) -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            flat = flatten(row)
            writer.writerow([csv_cell(flat.get(column)) for column in columns])
            # Hand the rows over as they come rather than building the whole file.
            if buffer.tell() > 64 * 1024:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue().encode()


class JSONLinesRenderer(BaseRenderer):
    """JSON Lines: one JSON object a line, as the JSON list shows it."""

    media_type = "application/jsonl"
    format = "jsonl"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        rows = data if isinstance(data, list) else [data]
        return b"".join(self.stream(rows, []))

    def stream(self, rows: Iterable[dict], columns: list[str]) -> Iterator[bytes]:
        for row in rows:
            yield orjson.dumps(row) + b"\n"


EXPORT_RENDERERS = (CSVRenderer, JSONLinesRenderer)


def serialized_rows(serializer: serializers.Serializer, objects: Iterable) -> Iterator[dict]:
    """Serialise `objects` one by one; a queryset is read a chunk at a time, never whole."""
    if isinstance(objects, QuerySet):
        objects = objects.iterator(chunk_size=EXPORT_CHUNK)
    for obj in objects:
        yield serializer.to_representation(obj)


class ApiViewMixin:
    """Exports, JSON errors, ETag and Last-Modified, Cache-Control, the response cache."""

    # Where initial() found this read may be cached (config/response_cache.py), else None.
    response_cache_key: str | None = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Past authentication, permissions and throttles: what this reader gets, every
        # anonymous reader gets. A hit was answered before DRF (ApiResponseCacheMiddleware);
        # here the answer is only stored.
        if not isinstance(request.accepted_renderer, BrowsableAPIRenderer):
            self.response_cache_key = response_cache_key(request)

    def check_throttles(self, request):
        # Counted once per request, all counters in one round trip: the response cache's
        # look-up may have counted this request already (config.clients.throttle_request).
        allowed, wait = throttle_request(request, self)
        if not allowed:
            self.throttled(request, wait)

    def export(self, objects: Iterable, *, serializer: serializers.Serializer, name: str):
        """Stream `objects` in the export format the request asked for."""
        renderer = self.request.accepted_renderer
        rows = serialized_rows(serializer, objects)
        response = StreamingHttpResponse(
            renderer.stream(rows, csv_columns(serializer)),
            content_type=f"{renderer.media_type}; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.{renderer.format}"'
        return response

    def wants_export(self) -> bool:
        return isinstance(self.request.accepted_renderer, EXPORT_RENDERERS)

    def get_object(self):
        obj = super().get_object()
        # Objects that keep an update time date their own representation.
        self.last_modified = getattr(obj, "updated_at", None)
        return obj

    def finalize_response(self, request, response, *args, **kwargs):
        if response.status_code >= 400:
            # Errors are JSON whatever format was asked for, so clients can always read them.
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in SAFE_METHODS or response.status_code != 200:
            return response
        patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=ANONYMOUS_MAX_AGE)
        if response.streaming:
            return response
        response.render()
        etag = quote_etag(hashlib.blake2b(response.content, digest_size=16).hexdigest())
        response["ETag"] = etag
        # HTTP dates have whole seconds: compare in whole seconds, or nothing is ever unchanged.
        updated_at = getattr(self, "last_modified", None)
        last_modified = int(updated_at.timestamp()) if updated_at else None
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified)
        if self.response_cache_key:
            store_response(self.response_cache_key, response, last_modified=last_modified)
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )


class ExportListMixin:
    """A list endpoint that also streams every matching row as CSV or JSON Lines."""

    export_name = "export"

    def list(self, request, *args, **kwargs):
        if not self.wants_export():
            return super().list(request, *args, **kwargs)
        return self.export(
            self.filter_queryset(self.get_queryset()),
            serializer=self.get_serializer(),
            name=self.export_name,
        )


class ModelCleanMixin:
    """Run the model's own validation, constraints included, so bad data is a 400, not a 500."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model: type[Model] = self.Meta.model
        # A copy: a rejected change must not linger on the instance the view holds.
        instance = copy.copy(self.instance) if self.instance is not None else model()
        for name, value in attrs.items():
            if not model._meta.get_field(name).many_to_many:
                setattr(instance, name, value)
        try:
            instance.full_clean()
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None
        return attrs


ERROR_RESPONSES = {
    "400": "A filter, parameter, cursor or field is invalid: one list of messages per field.",
    "401": "Authentication is needed: a token (Authorization: Token …) or a session.",
    "403": "The user may not do this.",
    "404": "No such object.",
    "406": "No representation in the format asked for (Accept or ?format=).",
    "429": "Too many requests: the rate limit was reached; see Retry-After.",
}


def document_errors(result, generator, request, public):
    """Document the JSON errors and the 304 every operation can answer (a spectacular hook)."""
    result["components"]["schemas"]["Error"] = {
        "type": "object",
        "description": "`detail` for the request as a whole, or a list of messages per field.",
        "additionalProperties": True,
    }
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result["paths"].values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, description in ERROR_RESPONSES.items():
                responses.setdefault(code, {"description": description, "content": error})
            if method == "get":
                responses.setdefault(
                    "304", {"description": "Not modified since the ETag or date given."}
                )
    return result


class StaffOrModelPermissionsToRead(StaffOrModelPermissions):
    """As StaffOrModelPermissions, but reading needs the view permission too (private data)."""

    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
    }

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        if request.user.is_staff:
            return True
        return DjangoModelPermissions.has_permission(self, request, view)
