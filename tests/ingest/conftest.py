import pytest


@pytest.fixture(autouse=True)
def no_politeness_delay(settings):
    """Let tests hit the local test server back to back; the politeness test sets its own."""
    settings.INGEST_HOST_DELAY_SECONDS = 0


@pytest.fixture
def allow_private(settings):
    """Allow the fetcher to reach the local test server, as only tests should."""
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True
