"""The response cache of anonymous API reads (config/response_cache.py): served, and never stale.

Reads are cached only outside transactions, as a server serves them, so the tests that read
through the API are transactional: the flush afterwards empties the tables, hence the few rows
they stand on are made by `world`. The tests that only check a writer moves the data version
run in a transaction, over the full reference data.
"""

import re
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from redis.exceptions import ResponseError
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from actors.models import Country, CountryName
from config import response_cache
from config.celery import app as celery_app
from config.roles import EDITORS_GROUP
from config.settings import BASE_DIR
from ingest.services import article_submit_text
from stances.choices import ReviewStatus, Stance
from stances.models import Conflict, Resolution, Statement, Vote
from stances.services import statement_update
from tests.api.conftest import token_client
from tests.factories import StatementFactory, UserFactory

STATEMENTS = "/api/v1/statements/"
transactional = pytest.mark.django_db(transaction=True)
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="COPY and TRUNCATE are PostgreSQL's, and the suite's in-memory SQLite locks a whole "
    "table from readers while a writer is open",
)


def read(client, path=STATEMENTS, **extra):
    """GET `path`; return the response and how many queries answering it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
        if response.streaming:  # an export reads its rows as it streams them
            b"".join(response.streaming_content)
    return response, len(queries)


def quotes(response) -> list[str]:
    return [row["quote"] for row in response.json()["results"]]


def read_twice(client, path=STATEMENTS):
    """Read `path` twice; check the second answer came from the cache; return it."""
    first, _ = read(client, path)
    second, queries = read(client, path)
    assert second.status_code == first.status_code == 200
    assert queries == 1, "a cached read runs the data version's query and nothing else"
    assert second.content == first.content
    return second


# What is cached and how it answers ----------------------------------------------------------


@transactional
def test_a_repeated_anonymous_read_is_answered_from_the_cache_with_the_same_headers(world):
    StatementFactory(quote="Cambodia does not side with any party.")
    anonymous = APIClient()
    first, queries = read(anonymous)
    assert queries > 1
    second = read_twice(anonymous)
    for header in ("Content-Type", "ETag", "Cache-Control", "Vary", "Allow"):
        assert second[header] == first[header], header
    assert quotes(second) == ["Cambodia does not side with any party."]


@transactional
def test_a_cached_read_still_answers_304_to_its_etag_and_date(world):
    statement = StatementFactory()
    anonymous = APIClient()
    path = f"{STATEMENTS}{statement.pk}/"
    first = read_twice(anonymous, path)
    unchanged, queries = read(anonymous, path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert (unchanged.status_code, queries, unchanged.content) == (304, 1, b"")
    since, _ = read(anonymous, path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


@transactional
def test_each_format_and_query_is_cached_apart(world):
    StatementFactory(stance=Stance.CONDEMNS, quote="Condemned.")
    StatementFactory(stance=Stance.NEUTRAL, quote="Neutral.")
    anonymous = APIClient()
    assert quotes(read_twice(anonymous, f"{STATEMENTS}?stance=condemns")) == ["Condemned."]
    assert quotes(read_twice(anonymous, f"{STATEMENTS}?stance=neutral")) == ["Neutral."]
    indented, _ = read(anonymous, STATEMENTS, HTTP_ACCEPT="application/json; indent=2")
    assert indented.content.startswith(b'{\n  "')
    plain, _ = read(anonymous, STATEMENTS, HTTP_ACCEPT="application/json")
    assert not plain.content.startswith(b'{\n  "')
    detail = StatementFactory()
    as_csv = read_twice(anonymous, f"{STATEMENTS}{detail.pk}/?format=csv")
    assert as_csv["Content-Type"].startswith("text/csv")


@transactional
def test_signed_in_readers_are_never_served_from_the_cache_nor_fill_it(world):
    StatementFactory(quote="Approved.")
    StatementFactory(quote="Pending.", status=ReviewStatus.PENDING)
    anonymous = APIClient()
    assert quotes(read_twice(anonymous)) == ["Approved."]
    editor_user = UserFactory(username="editor")
    editor_user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    editor = token_client(editor_user)
    for _ in range(2):
        seen, queries = read(editor)
        assert sorted(quotes(seen)) == ["Approved.", "Pending."]
        assert queries > 1
    assert quotes(read(anonymous)[0]) == ["Approved."]


@transactional
def test_streamed_exports_and_the_browsable_api_are_not_cached(world):
    StatementFactory()
    anonymous = APIClient()
    for path, accept in ((f"{STATEMENTS}?format=csv", "*/*"), (STATEMENTS, "text/html")):
        read(anonymous, path, HTTP_ACCEPT=accept)
        again, queries = read(anonymous, path, HTTP_ACCEPT=accept)
        assert again.status_code == 200
        assert queries > 1, path


@transactional
def test_cached_reads_still_count_against_the_rate_limit(world, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    anonymous = APIClient()
    statuses = [read(anonymous)[0].status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


@transactional
def test_a_new_day_is_a_new_key_since_as_of_defaults_to_today(world, monkeypatch):
    anonymous = APIClient()
    path = "/api/v1/conflicts/russia-ukraine-war/stances"
    read_twice(anonymous, path)
    tomorrow = timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)
    _, queries = read(anonymous, path)
    assert queries > 1


@transactional
@pytest.mark.parametrize(
    "command, refusal",
    [
        ("set", "OOM command not allowed when used memory > 'maxmemory'."),
        # The look-up: on Redis one round trip with the throttles' counts.
        (
            "get_and_incr_counters" if hasattr(cache, "get_and_incr_counters") else "get",
            "WRONGTYPE Operation against a key holding the wrong kind of value",
        ),
    ],
)
def test_a_cache_refusing_a_command_costs_a_miss_not_an_error(world, monkeypatch, command, refusal):
    def refuse(*args, **kwargs):
        raise ResponseError(refusal)

    monkeypatch.setattr(cache, command, refuse)
    anonymous = APIClient()
    for _ in range(2):
        response, queries = read(anonymous)
        assert response.status_code == 200
        assert queries > 1


@transactional
def test_nothing_is_cached_with_the_setting_off(world, settings):
    settings.API_RESPONSE_CACHE = False
    anonymous = APIClient()
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert anonymous.get(STATEMENTS).status_code == 200
        assert not any("actors_dataversion" in query["sql"] for query in queries)


# Every writer invalidates: read (cached), write, read again and see the change ---------------


def see_the_write(write, expected, path=STATEMENTS, client=None):
    """Read `path` from the cache, `write()`, and check the next read shows `expected`."""
    anonymous = client or APIClient()
    read_twice(anonymous, path)
    write()
    response, queries = read(anonymous, path)
    assert queries > 1
    assert expected(response), response.content[:500]


@transactional
def test_a_model_save_and_delete_are_seen(world):
    statement = StatementFactory(quote="Before.")
    see_the_write(
        lambda: statement_update(statement=statement, editor=UserFactory(), quote="After."),
        lambda response: quotes(response) == ["After."],
    )
    see_the_write(statement.delete, lambda response: quotes(response) == [])


@transactional
def test_an_approval_in_the_admin_is_seen(world, client):
    pending = StatementFactory(quote="Pending.", status=ReviewStatus.PENDING)
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))

    def approve():
        client.post(
            reverse("admin:stances_statement_changelist"),
            {"action": "approve_selected", "_selected_action": [pending.pk]},
        )

    see_the_write(approve, lambda response: quotes(response) == ["Pending."])


@transactional
def test_bulk_create_is_seen(world):
    resolution = Resolution.objects.create(
        symbol="A/RES/ES-11/1", date=date(2022, 3, 2), title="Aggression against Ukraine"
    )
    see_the_write(
        lambda: Vote.objects.bulk_create(
            [Vote(resolution=resolution, country=Country.objects.get(iso3="KHM"), vote="Y")]
        ),
        lambda response: [row["vote"] for row in response.json()["results"]] == ["Y"],
        path="/api/v1/votes/",
    )


@transactional
def test_queryset_update_and_delete_are_seen(world):
    StatementFactory(quote="One.", status=ReviewStatus.PENDING)
    see_the_write(
        lambda: Statement.objects.update(status=ReviewStatus.APPROVED),
        lambda response: quotes(response) == ["One."],
    )
    see_the_write(lambda: Statement.objects.all().delete(), lambda r: quotes(r) == [])


@transactional
def test_a_side_added_to_a_conflict_is_seen(world):
    conflict = Conflict.objects.get(slug="russia-ukraine-war")
    see_the_write(
        lambda: conflict.side_a_countries.add(Country.objects.get(iso3="FRA")),
        lambda response: "FRA" in response.json()["side_a_countries"],
        path="/api/v1/conflicts/russia-ukraine-war/",
    )


@transactional
def test_a_history_revert_is_seen(world):
    statement = StatementFactory(quote="First wording.")
    statement.quote = "Second wording."
    statement.save()
    first = statement.history.earliest()
    see_the_write(
        lambda: first.instance.save(), lambda response: quotes(response) == ["First wording."]
    )


@transactional
def test_raw_sql_is_seen(world):
    statement = StatementFactory(quote="Before.")

    def update():
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE stances_statement SET quote = %s WHERE id = %s", ["After.", statement.pk]
            )

    see_the_write(update, lambda response: quotes(response) == ["After."])


@postgresql_only
@transactional
def test_copy_and_truncate_are_seen(world):
    template = StatementFactory(quote="Written by the ORM.")

    def copy():
        # A copy of the ORM's row with another quote, as generate_synthetic writes its rows.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND is_generated = 'NEVER' AND column_name <> 'id'",
                ["stances_statement"],
            )
            columns = [name for (name,) in cursor.fetchall()]
            cursor.execute(
                f"SELECT {', '.join(columns)} FROM stances_statement WHERE id = %s", [template.pk]
            )
            row = dict(zip(columns, cursor.fetchone(), strict=True))
            row["quote"] = "Written by COPY."
            with cursor.cursor.copy(
                f"COPY stances_statement ({', '.join(columns)}) FROM STDIN"
            ) as target:
                target.write_row(list(row.values()))

    see_the_write(
        copy,
        lambda response: sorted(quotes(response)) == ["Written by COPY.", "Written by the ORM."],
    )

    def truncate():
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE stances_statement CASCADE")

    see_the_write(truncate, lambda response: quotes(response) == [])


@postgresql_only
@transactional
def test_a_write_committed_while_a_read_is_cached_is_seen_after_the_commit(world):
    statement = StatementFactory(quote="Before.")
    anonymous = APIClient()
    writer = connections.create_connection("default")
    try:
        writer.set_autocommit(False)
        with writer.cursor() as cursor:
            cursor.execute(
                "UPDATE stances_statement SET quote = %s WHERE id = %s", ["After.", statement.pk]
            )
        # Uncommitted: the read cannot see it, and caches what it saw.
        assert quotes(read_twice(anonymous)) == ["Before."]
        writer.commit()
    finally:
        writer.close()
    assert quotes(read(anonymous)[0]) == ["After."]


# The data version: what moves it, and which tables carry its trigger -----------------------


@pytest.mark.django_db
def test_importing_un_votes_moves_the_data_version():
    before = response_cache.data_version()
    call_command(
        "import_un_votes", BASE_DIR / "stances" / "fixtures" / "unga" / "ES-11-1.csv", "-v0"
    )
    assert Vote.objects.exists()
    assert response_cache.data_version() != before


@pytest.mark.django_db
def test_bulk_created_country_names_move_the_data_version():
    before = response_cache.data_version()
    CountryName.objects.bulk_create(
        [CountryName(country=Country.objects.get(iso3="KHM"), name="Srok Khmer", kind="alias")]
    )
    assert response_cache.data_version() != before


@pytest.mark.django_db
def test_the_ingestion_pipeline_moves_the_data_version(django_capture_on_commit_callbacks):
    text = (BASE_DIR / "tests" / "ingest" / "pages" / "khm-neutrality.txt").read_text()
    before = response_cache.data_version()
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True  # the tasks run here, whatever the broker
    try:
        with django_capture_on_commit_callbacks(execute=True):
            article = article_submit_text(text=text, title="Cambodia stays neutral")
    finally:
        celery_app.conf.task_always_eager = eager
    assert article.statements.exists()
    assert response_cache.data_version() != before


@pytest.mark.django_db
def test_generate_synthetic_moves_the_data_version():
    before = response_cache.data_version()
    call_command("generate_synthetic", "--statements=30", "--articles=5", "--seed=1", "-v0")
    assert response_cache.data_version() != before


@pytest.mark.django_db
def test_every_table_of_the_public_data_carries_the_trigger():
    tables = response_cache.tracked_tables()
    assert {"stances_statement", "stances_vote", "actors_country"} <= set(tables)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s",
                [response_cache.TRIGGER],
            )
            covered = {row[0] for row in cursor.fetchall()}
        else:
            cursor.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
            covered = {row[0] for row in cursor.fetchall()}
    assert set(tables) <= covered


ANONYMOUS_READS = [
    "/api/v1/countries/",
    "/api/v1/countries/KHM/",
    "/api/v1/countries/KHM/office-holders",
    "/api/v1/countries/KHM/stances",
    "/api/v1/countries/KHM/conflicts/russia-ukraine-war/timeline",
    "/api/v1/blocs/",
    "/api/v1/blocs/asean/",
    "/api/v1/people/",
    "/api/v1/offices/",
    "/api/v1/terms/",
    "/api/v1/conflicts/",
    "/api/v1/conflicts/russia-ukraine-war/",
    "/api/v1/conflicts/russia-ukraine-war/stances",
    "/api/v1/statements/?country=KHM&conflict=russia-ukraine-war",
    "/api/v1/statements/?bloc=asean",
    "/api/v1/resolutions/",
    "/api/v1/votes/?country=KHM",
]
TABLE = re.compile(r'(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ANONYMOUS_READS)
def test_every_table_an_anonymous_read_reads_moves_the_data_version(path):
    StatementFactory()
    with CaptureQueriesContext(connection) as queries:
        assert APIClient().get(path).status_code == 200
    read_tables = {table for query in queries for table in TABLE.findall(query["sql"])}
    assert read_tables
    assert read_tables <= set(response_cache.tracked_tables()), path
