"""What the reliability tests share: which backends they need, databases of their own."""

import shutil

import pytest
from django.conf import settings

from tests.reliability.processes import database_from_settings, fault_template

POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

requires_postgresql = pytest.mark.skipif(
    not POSTGRESQL,
    reason="a database server outage needs a server: set DATABASE_URL=postgres://… (CI does)",
)
requires_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="starts its own Redis: redis-server is not installed",
)


@pytest.fixture(autouse=True)
def no_politeness_delay(settings):
    """Let tests hit the local test server back to back."""
    settings.INGEST_HOST_DELAY_SECONDS = 0


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # Hundreds of accounts and logins: the production hasher would take minutes, and what is
    # tested here is who gets in, not how hard a hash is to reverse.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def template(django_db_setup, django_db_blocker):
    """A copy of the suite's test database with reference data, to clone for each test."""
    from django.db import connection, connections

    source = database_from_settings(connection.settings_dict)
    with django_db_blocker.unblock():
        # CREATE DATABASE … TEMPLATE wants nobody connected to the source.
        connections.close_all()
        template = fault_template(source)
    yield template
    template.drop()


@pytest.fixture
def database(template, request):
    """A PostgreSQL database of the test's own, which it may break."""
    clone = template.clone(f"{template.name}_{request.node.name[5:30]}".lower())
    yield clone
    clone.drop()
