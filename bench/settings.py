"""Settings of the bench server: the app's own, with the floor views mounted beside it.

Everything else (database, cache, throttles, DEBUG) stays driven by the environment exactly as
in config.settings, so the bench measures the app as it is configured, not a tuned copy.
"""

# A star import is how a settings module extends another: every name of the app's settings.
from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
