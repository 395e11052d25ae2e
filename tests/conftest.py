import os
import re

import pytest


def pytest_configure(config):
    """Give each pytest-xdist worker a Redis database of its own for the cache.

    The API tests clear the cache around every test (throttle counts, cached answers): workers
    sharing REDIS_CACHE_URL's database would clear each other's in the middle of a test. Worker
    gwN takes the database N above the one configured, so `-n 2` on /11 uses 11 and 12.
    """
    from django.conf import settings
    from django.core.cache import caches

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    cache = settings.CACHES["default"]
    if not worker or "redis" not in cache["BACKEND"].lower():
        return
    index = int(worker.removeprefix("gw"))
    match = re.fullmatch(r"(?P<server>redis://[^/]+)(?:/(?P<db>\d+))?/?", cache["LOCATION"])
    if match is None:
        raise pytest.UsageError(f"REDIS_CACHE_URL {cache['LOCATION']!r}: expected redis://host/db")
    db = int(match["db"] or 0) + index
    if db > 15:
        raise pytest.UsageError(
            f"xdist worker {worker} would use Redis database {db}: lower REDIS_CACHE_URL's "
            "database or the number of workers (Redis has 16 by default)"
        )
    cache["LOCATION"] = f"{match['server']}/{db}"
    # Nothing has opened the cache yet; drop the handler's copy of the settings all the same.
    caches.__dict__.pop("settings", None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the shipped reference data once per test database: most tests stand on it."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0)
