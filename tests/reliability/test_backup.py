"""make backup and make restore: a pg_dump of the database, restored over later changes."""

import subprocess

import pytest

from tests.reliability.conftest import requires_postgresql
from tests.reliability.processes import BASE_DIR

pytestmark = [requires_postgresql, pytest.mark.django_db]

TABLES = (
    "actors_country",
    "stances_conflict",
    "stances_statement",
    "stances_historicalstatement",
    "auth_user",
)


def make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )


def counts(database) -> dict[str, int]:
    return {table: database.scalar(f"SELECT count(*) FROM {table}") for table in TABLES}


def test_a_backup_restores_the_database_as_it_was_after_later_changes(database, tmp_path):
    database.scalar(
        "INSERT INTO stances_statement (actor_country_id, conflict_id, stance, target_side, kind,"
        " date_precision, quote, summary, source_url, source_title, source_outlet, status,"
        " origin, created_at, updated_at) SELECT c.id, k.id, 'neutral', '', 'statement', 'day',"
        " 'Kept by the backup.', '', '', '', '', 'approved', 'editor', now(), now()"
        " FROM actors_country c, stances_conflict k WHERE c.iso3 = 'KHM' AND k.slug ="
        " 'russia-ukraine-war' RETURNING id"
    )
    before = counts(database)

    backup = make("backup", f"DATABASE_URL={database.url()}", f"BACKUP_DIR={tmp_path}")
    assert backup.returncode == 0, backup.stderr
    dump = backup.stdout.strip().splitlines()[-1]
    assert dump.startswith(str(tmp_path)) and dump.endswith(".dump")

    # Later: a statement deleted, a country renamed, an account added.
    database.execute("DELETE FROM stances_statement WHERE quote = 'Kept by the backup.'")
    database.execute("UPDATE actors_country SET name = 'Renamed' WHERE iso3 = 'KHM'")
    database.execute(
        "INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email,"
        " is_staff, is_active, date_joined) VALUES ('!', false, 'later', '', '', '', false,"
        " true, now())"
    )

    restore = make("restore", f"DATABASE_URL={database.url()}", f"FILE={dump}")

    assert restore.returncode == 0, restore.stderr
    assert counts(database) == before
    assert database.scalar("SELECT name FROM actors_country WHERE iso3 = 'KHM'") == "Cambodia"
    assert (
        database.scalar(
            "SELECT count(*) FROM stances_statement WHERE quote = 'Kept by the backup.'"
        )
        == 1
    )


def test_restore_refuses_to_run_without_a_file(database):
    result = make("restore", f"DATABASE_URL={database.url()}")
    assert result.returncode != 0
    assert "name the dump" in result.stderr


def test_restore_refuses_a_file_that_does_not_exist(database, tmp_path):
    result = make("restore", f"DATABASE_URL={database.url()}", f"FILE={tmp_path}/none.dump")
    assert result.returncode != 0
    assert "no such file" in result.stderr


def test_restore_of_a_corrupt_dump_leaves_the_database_untouched(database, tmp_path):
    before = counts(database)
    corrupt = tmp_path / "corrupt.dump"
    corrupt.write_bytes(b"PGDMP" + b"\0" * 100)

    result = make("restore", f"DATABASE_URL={database.url()}", f"FILE={corrupt}")

    assert result.returncode != 0
    assert counts(database) == before
