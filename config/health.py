"""Health endpoints for orchestrators: /health/live (the process answers) and /health/ready.

Readiness checks each backing service with a short timeout and says which one is down, so an
orchestrator stops routing to an instance that cannot serve and an operator sees why. Readiness
fails on the database only: with the cache or the broker down the pages still render and
submissions are stored (see docs/reliability.md), so taking the instance out of rotation would
make things worse, not better.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from config.celery import app as celery_app

# Seconds a check may take before it counts as down; an orchestrator's probe times out soon.
CHECK_TIMEOUT = 2.0


def database_state() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def cache_state() -> str:
    key = "health:probe"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache does not return what was stored")
    return "ok"


def broker_state() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "eager (tasks run in-process)"
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=CHECK_TIMEOUT)
    return "ok"


CHECKS = {"database": database_state, "cache": cache_state, "broker": broker_state}
# The services whose failure makes this instance unfit to serve.
REQUIRED = frozenset({"database"})


def _run(check) -> tuple[bool, str, float]:
    started = time.monotonic()
    try:
        state, ok = check(), True
    except Exception as exc:
        # Any failure of a probe is a finding to report, never a reason to answer 500.
        state, ok = f"down: {type(exc).__name__}: {exc}".strip()[:300], False
    return ok, state, round((time.monotonic() - started) * 1000, 1)


@never_cache
@require_safe
def live(request):
    """Answer 200 while the process can serve requests at all."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request):
    """Report database, cache and broker; 503 when a required one is down."""
    services = {}
    healthy = True
    for name, check in CHECKS.items():
        ok, state, milliseconds = _run(check)
        services[name] = {"ok": ok, "state": state, "ms": milliseconds}
        healthy = healthy and (ok or name not in REQUIRED)
    degraded = not all(service["ok"] for service in services.values())
    body = {"status": "ok" if not degraded else "degraded" if healthy else "down", **services}
    return JsonResponse(body, status=200 if healthy else 503)
