"""What the reliability tests share: which backends they need."""

import shutil

import pytest
from django.conf import settings

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
