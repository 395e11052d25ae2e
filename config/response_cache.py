"""A server-side cache of anonymous API reads, keyed on the version of the data they read.

Why it is never stale: every table of the actors and stances apps carries a trigger that
counts the writes to it in the same transaction (actors.models.DataVersion), whoever writes:
models, the admin, bulk_create, QuerySet.update and delete, m2m changes, history reverts, raw
SQL and COPY. A read takes the version with its first query, before any of the data, so what
it caches under a version is at least as new as that version; and once a write commits, the
version every later read takes is a new one. A write that commits while a read is under way
can therefore only make that read's entry newer, never serve an old answer after the commit.

PostgreSQL: each writing transaction inserts one DataChange row (its transaction id, once),
so writers never wait on a shared counter; the version is DataVersion.changes plus the rows
not folded into it yet, and the highest transaction id seen, which no later write can repeat
(a database restored from a dump then never meets the versions of its old timeline). SQLite
serialises writers anyway: its triggers add one to DataVersion.changes per row.

Only what every anonymous reader gets alike is cached: GET and HEAD, no signed-in user
(editors see pending statements), not the browsable API (a CSRF token in each page), not the
streamed CSV and JSON Lines exports (their size is unbounded), nothing read inside a
transaction (tests; data not committed yet). The key also holds the absolute URL (scheme,
host and query string: the cursor links carry them) and the Accept header, which together
decide the view, the format and the API version that answer, today's date (`as_of` and `on`
default to it) and the code itself, so a deploy that changes a serializer starts afresh.
Entries expire after API_RESPONSE_CACHE_SECONDS; with the cache (Redis) down every read is
simply a miss.

Hits are answered before DRF's machinery (config.middleware.ApiResponseCacheMiddleware), for
requests that carry no credentials; the view stores what it computed (ApiViewMixin).
"""

import hashlib
import logging
import secrets
from functools import cache as once

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connections, transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from redis.exceptions import RedisError

from config.clients import incr_counters

logger = logging.getLogger(__name__)

TRACKED_APPS = ("actors", "stances")
TRIGGER = "actors_data_changed"
# A page of 500 statements is about half of this; larger answers are not worth the memory.
MAX_ENTRY_BYTES = 2 * 1024 * 1024
# Past this many transactions not folded into the version row, a read folds them, so that
# counting them stays a scan of one page.
FOLD_AFTER = 100

# The version query. On PostgreSQL each connection prepares it once (PREPARE is a statement
# of the session, kept through rollbacks) and a read runs `EXECUTE`: the server neither parses
# nor plans it again. A PL/pgSQL function did this before (it kept its inner plan) but still
# parsed and planned its call, and its call cost as much again: the prepared statement takes
# two thirds of the function's time (about 110 against 160 us, SELECT 1 taking 86).
VERSION_STATEMENT = "actors_data_version"
VERSION_SQL = {
    "postgresql": """
        SELECT v.epoch, v.changes, c.pending, GREATEST(v.xact, c.xact)
        FROM actors_dataversion v,
             (SELECT count(*) AS pending, max(d.xact) AS xact FROM actors_datachange d) c
        ORDER BY v.id LIMIT 1""",
    "sqlite": "SELECT epoch, changes, 0, xact FROM actors_dataversion ORDER BY id LIMIT 1",
}
FOLD_SQL = """
    WITH folded AS (DELETE FROM actors_datachange RETURNING xact)
    UPDATE actors_dataversion
    SET changes = changes + (SELECT count(*) FROM folded),
        xact = GREATEST(xact, (SELECT coalesce(max(xact), 0) FROM folded))"""
# One row per writing transaction: ON CONFLICT makes its later statements cost an index probe.
FUNCTION_SQL = f"""
    CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO actors_datachange (xact) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$"""


@once
def code_revision() -> str:
    """Name the code being served: a digest of the Python sources of the apps and config."""
    digest = hashlib.blake2b(digest_size=8)
    for package in ("config", *TRACKED_APPS, "ingest"):
        for path in sorted((settings.BASE_DIR / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def data_version(using: str = "default") -> tuple | None:
    """Return the version of the public data, None when the database has no version row."""
    connection = connections[using]
    sql = VERSION_SQL.get(connection.vendor)
    if sql is None:
        return None
    # The version query doubles as the connection's health check (CONN_HEALTH_CHECKS), so a
    # cached read costs one round trip to the database, not two; a connection found broken
    # is replaced once, as the check would have done.
    checking = (
        connection.health_check_enabled
        and not connection.health_check_done
        and connection.connection is not None
        and not connection.in_atomic_block
    )
    if not checking:
        return _read_version(connection, sql)
    connection.health_check_done = True
    try:
        return _read_version(connection, sql)
    except (InterfaceError, OperationalError):
        connection.close()
        return _read_version(connection, sql)


def _read_version(connection, sql: str) -> tuple | None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if getattr(connection, "data_version_prepared_on", None) is not connection.connection:
                cursor.execute(f"PREPARE {VERSION_STATEMENT} AS {sql}")
                # The statement belongs to this server connection, not to the wrapper.
                connection.data_version_prepared_on = connection.connection
            cursor.execute(f"EXECUTE {VERSION_STATEMENT}")
        else:
            cursor.execute(sql)
        row = cursor.fetchone()
        if row is None:
            return None
        epoch, folded, pending, xact = row
        if pending > FOLD_AFTER:
            cursor.execute(FOLD_SQL)
    return epoch, folded + pending, xact


def response_cache_key(request) -> str | None:
    """Return the cache key of this read, None when it must not be cached.

    `request` is Django's or DRF's (whose user is the one DRF authenticated); the caller has
    checked the format is not the browsable API. The key, and so the data version, is taken
    once per request: the look-up before DRF and the view's store share it.
    """
    if request.user.is_authenticated:
        return None
    return anonymous_read_key(getattr(request, "_request", request))


def anonymous_read_key(request) -> str | None:
    """As response_cache_key() for Django's `request`, whose reader the caller knows is anonymous.

    The look-up before the session and authentication middlewares (config.middleware) knows it
    from the request carrying no credentials.
    """
    if not settings.API_RESPONSE_CACHE or request.method not in ("GET", "HEAD"):
        return None
    if not hasattr(request, "response_cache_key"):
        request.response_cache_key = _key(request)
    return request.response_cache_key


def _key(request) -> str | None:
    if transaction.get_connection().in_atomic_block:
        return None
    version = data_version()
    if version is None:
        return None
    parts = (
        code_revision(),
        *map(str, version),
        timezone.localdate().isoformat(),
        # The absolute URL as the client sent it (build_absolute_uri() would only re-encode it).
        request.scheme,
        request.get_host(),
        request.path,
        request.META.get("QUERY_STRING", ""),
        request.META.get("HTTP_ACCEPT", ""),
    )
    digest = hashlib.blake2b("\n".join(parts).encode(), digest_size=20).hexdigest()
    return f"api-response:{digest}"


def cached_entry(key: str) -> tuple | None:
    """Return what store_response() kept under `key`, or None."""
    try:
        return cache.get(key)
    except RedisError as error:
        # Outages are absorbed by ResilientRedisCache; any other refusal is a miss too.
        logger.warning("API response cache not read: %s", error)
        return None


def cached_entry_and_counts(key: str, counters: list[tuple[str, int]]) -> tuple:
    """Return cached_entry(key) and the throttle counts of config.clients.incr_counters().

    On Redis both in one round trip (config.cache.ResilientRedisCache.get_and_incr_counters).
    """
    if not hasattr(cache, "get_and_incr_counters"):
        return cached_entry(key), incr_counters(counters)
    try:
        return cache.get_and_incr_counters(key, counters)
    except RedisError as error:
        # Refused as a whole (MULTI aborted: nothing ran): a miss, counted on its own.
        logger.warning("API response cache not read: %s", error)
        return None, incr_counters(counters)


def cached_answer(request, entry: tuple) -> HttpResponse:
    """Answer `request` with a stored response: whole, or a 304 when the client has it."""
    content, headers, last_modified = entry
    response = HttpResponse(content, headers=headers)
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=last_modified, response=response
    )


def store_response(key: str, response: HttpResponse, *, last_modified: int | None) -> None:
    """Keep a rendered 200 under `key`; a cache that refuses it (full, down) only costs a miss."""
    if len(response.content) > MAX_ENTRY_BYTES:
        return
    entry = (response.content, dict(response.headers), last_modified)
    try:
        cache.set(key, entry, settings.API_RESPONSE_CACHE_SECONDS)
    except RedisError as error:
        # ResilientRedisCache absorbs outages; this is Redis refusing writes (maxmemory).
        logger.warning("API response not cached: %s", error)


def tracked_tables() -> list[str]:
    """Return the tables whose writes change the version: every table of the tracked apps."""
    from actors.models import DataChange, DataVersion

    own = {DataVersion._meta.db_table, DataChange._meta.db_table}
    return sorted(
        {
            model._meta.db_table
            for label in TRACKED_APPS
            for model in apps.get_app_config(label).get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
        - own
    )


def install_data_version(*, using: str = "default", **kwargs) -> None:
    """Create the version row and the triggers on every tracked table that lacks them.

    A post_migrate receiver, so that a table added by any later migration is covered without
    that migration remembering to, and a flushed test database gets a fresh epoch.
    """
    from actors.models import DataVersion

    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if DataVersion._meta.db_table not in existing:
        return  # migrated back before actors 0002
    tables = [table for table in tracked_tables() if table in existing]
    quote = connection.ops.quote_name
    with transaction.atomic(using=using), connection.cursor() as cursor:
        if not DataVersion.objects.using(using).exists():
            DataVersion.objects.using(using).create(epoch=secrets.token_hex(8))
        if connection.vendor == "postgresql":
            cursor.execute(FUNCTION_SQL)
            cursor.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s",
                [TRIGGER],
            )
            covered = {row[0] for row in cursor.fetchall()}
            for table in tables:
                if table not in covered:
                    cursor.execute(
                        f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                        f"ON {quote(table)} FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
                    )
        elif connection.vendor == "sqlite":
            for table in tables:
                for event in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {quote(f'{TRIGGER}_{event}_{table}')} "
                        f"AFTER {event} ON {quote(table)} "
                        "BEGIN UPDATE actors_dataversion SET changes = changes + 1; END"
                    )
