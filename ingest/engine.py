"""The pipeline's side of the extraction engine: one gazetteer per worker process, kept fresh.

Building the gazetteer reads all reference data; keeping it per process saves that on every
task. Editors change reference data in the admin, and every change through the ORM leaves a
django-simple-history row, so the highest history id of each reference table is a version key
one query can read.
"""

import time

from django.db import connection

from actors.models import Bloc, BlocMembership, Country, CountryName, Office, Person, Term
from stances.models import Conflict

REFERENCE_MODELS = (Country, CountryName, Bloc, BlocMembership, Person, Office, Term, Conflict)
# Changes that bypass the ORM leave no history row: rebuild at least this often anyway.
MAX_AGE_SECONDS = 15 * 60

_cache: dict = {}


def reference_data_version() -> tuple:
    """Return a key that changes whenever reference data changes through the ORM."""
    tables = (connection.ops.quote_name(m.history.model._meta.db_table) for m in REFERENCE_MODELS)
    columns = ", ".join(f"(SELECT MAX(history_id) FROM {table})" for table in tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        return tuple(cursor.fetchone())


def current_gazetteer():
    """Return this process's gazetteer, rebuilt if reference data changed or it is old."""
    # Imported here: web processes import the pipeline's services but never run the engine.
    from ingest.gazetteer import gazetteer_from_db

    version = reference_data_version()
    if _cache.get("version") != version or time.monotonic() - _cache["built"] > MAX_AGE_SECONDS:
        _cache.update(gazetteer=gazetteer_from_db(), version=version, built=time.monotonic())
    return _cache["gazetteer"]


def candidates_in(text: str, *, published=None) -> list:
    """Run the engine over an article's text."""
    from ingest.extraction import extract_candidates

    return extract_candidates(text, gazetteer=current_gazetteer(), published=published)
