"""The pipeline's side of the extraction engine: one gazetteer per worker process, kept fresh.

Building the gazetteer reads all reference data; keeping it per process saves that on every
task. Editors change reference data in the admin, and every change through the ORM leaves a
django-simple-history row, so the highest history id of each reference table is a version key
one query can read.
"""

import functools
import time
from dataclasses import dataclass

from django.db import connection

from actors.models import Bloc, BlocMembership, Country, CountryName, Office, Person, Term
from stances.models import Conflict

REFERENCE_MODELS = (Country, CountryName, Bloc, BlocMembership, Person, Office, Term, Conflict)
# Changes that bypass the ORM leave no history row: rebuild at least this often anyway.
MAX_AGE_SECONDS = 15 * 60

_cache: dict = {}


@dataclass(frozen=True)
class ReferenceData:
    """A gazetteer, and the primary keys of the countries, blocs and conflicts it names.

    The engine's candidates name actors and conflicts by code and slug; statements store keys.
    The gazetteer was read from these rows, so its own entries resolve them without a query.
    """

    gazetteer: object
    countries: dict[str, int]
    blocs: dict[str, int]
    conflicts: dict[str, int]

    @classmethod
    def from_gazetteer(cls, gazetteer) -> "ReferenceData":
        return cls(
            gazetteer=gazetteer,
            countries={entry.iso3: entry.key for entry in gazetteer.countries},
            blocs={entry.slug: entry.key for entry in gazetteer.blocs},
            conflicts={entry.slug: entry.key for entry in gazetteer.conflicts},
        )


@functools.cache
def _version_sql() -> str:
    # Built once: each `Model.history` access builds a manager class, which cost more than
    # running the query itself.
    tables = (connection.ops.quote_name(m.history.model._meta.db_table) for m in REFERENCE_MODELS)
    return "SELECT " + ", ".join(f"(SELECT MAX(history_id) FROM {table})" for table in tables)


def reference_data_version() -> tuple:
    """Return a key that changes whenever reference data changes through the ORM."""
    with connection.cursor() as cursor:
        cursor.execute(_version_sql())
        return tuple(cursor.fetchone())


def current_reference_data() -> ReferenceData:
    """Return this process's reference data, rebuilt if it changed or is old."""
    # Imported here: web processes import the pipeline's services but never run the engine.
    from ingest.gazetteer import gazetteer_from_db

    version = reference_data_version()
    if _cache.get("version") != version or time.monotonic() - _cache["built"] > MAX_AGE_SECONDS:
        _cache.update(
            data=ReferenceData.from_gazetteer(gazetteer_from_db()),
            version=version,
            built=time.monotonic(),
        )
    return _cache["data"]


def candidates_in(text: str, *, published=None, reference: ReferenceData | None = None) -> list:
    """Run the engine over an article's text, with `reference` or the current reference data."""
    from ingest.extraction import extract_candidates

    gazetteer = (reference or current_reference_data()).gazetteer
    return extract_candidates(text, gazetteer=gazetteer, published=published)
