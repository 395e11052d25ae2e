"""A covering index for what a country had said by a vote's day: PostgreSQL only.

The UN votes beside what was said (stances.selectors._votes_sql) read a country's latest change
of stance on a conflict up to a day, three columns of it, once for every vote. On the unique
day's index each of the stance and its target side costs a visit to the table; with them
carried in the index every look-up is an index-only scan. SQLite has no non-key index columns
(Django would warn about a model index with `include` there), so the model does not declare
this one and on SQLite this migration does nothing.
"""

from django.db import migrations

INDEX = "stance_change_said_idx"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON stances_stancechange (country_id, conflict_id, date) "
        "INCLUDE (stance, target_side)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("stances", "0006_statement_reviewed_index")]

    operations = [migrations.RunPython(add_index, drop_index)]
