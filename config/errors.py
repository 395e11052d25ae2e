"""Answer a database outage with a clean 503, never a 500 with a stack trace.

While PostgreSQL restarts, every request that needs it fails with OperationalError (no
connection) or InterfaceError (a connection that died under us). Those say nothing about the
request and pass by themselves, so clients get 503 with Retry-After: JSON under /api/ and
/health/, a short HTML page elsewhere. The page is written out here rather than templated:
it must render when nothing else can.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.views import defaults

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5
MESSAGE = "The database is unavailable for a moment. Please try again in a few seconds."
JSON_PREFIXES = ("/api/", "/health/")
PAGE = f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Unavailable · Stance Atlas</title></head>
<body><main><h1>Stance Atlas is unavailable for a moment</h1><p>{MESSAGE}</p></main></body>
</html>
"""
OUTAGES = (OperationalError, InterfaceError)


def database_unavailable(request) -> HttpResponse:
    """Build the 503 for `request`: JSON for API clients, HTML for people."""
    if request.path.startswith(JSON_PREFIXES):
        response = JsonResponse({"detail": MESSAGE}, status=503)
    else:
        response = HttpResponse(PAGE, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # The outage must not be cached as the answer for the URL.
    response["Cache-Control"] = "no-store"
    return response


def _forget_broken_connections() -> None:
    # The next request then opens a fresh connection instead of finding the dead one again.
    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()


class DatabaseUnavailableMiddleware:
    """Turn a view's lost database connection into database_unavailable()."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OUTAGES):
            return None
        # Without the traceback: an outage is not a bug, and would flood the log.
        logger.warning(
            "Database unavailable for %s %s: %s", request.method, request.path, exception
        )
        _forget_broken_connections()
        return database_unavailable(request)


def bad_request(request, exception):
    """handler400: under /api/ a JSON 400 (an oversized body, a bad Host), as the schema says."""
    if request.path.startswith(JSON_PREFIXES):
        return JsonResponse({"detail": str(exception) or "Bad request."}, status=400)
    return defaults.bad_request(request, exception)


def server_error(request):
    """handler500: a database outage outside any view (a middleware, a lazy render) is a 503 too."""
    if isinstance(sys.exception(), OUTAGES):
        _forget_broken_connections()
        return database_unavailable(request)
    return defaults.server_error(request)
