"""Stance Atlas settings, every difference between environments driven by an environment variable.

With no environment set the app runs embedded: SQLite under var/, Celery tasks executed eagerly
in-process, an in-memory cache. DATABASE_URL, CELERY_BROKER_URL and REDIS_CACHE_URL switch to
PostgreSQL and Redis. DJANGO_ENV=production refuses to start without SECRET_KEY and ALLOWED_HOSTS.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

if PRODUCTION:
    for required in ("SECRET_KEY", "ALLOWED_HOSTS"):
        if not env.str(required, default=""):
            raise ImproperlyConfigured(f"{required} must be set when DJANGO_ENV=production.")

SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
DEBUG = env.bool("DEBUG", default=not PRODUCTION)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "simple_history",
    "actors",
    "stances",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    # Anonymous API reads from the response cache, before DRF (config/response_cache.py): after
    # every middleware that sets headers on every response, so that a hit is wrapped as the
    # view's answers are, and before the sessions, CSRF, authentication and messages, which an
    # anonymous read's answer does not depend on (it carries no session cookie).
    "config.middleware.ApiResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": env.db_url_config(
        env.str("DATABASE_URL", default="") or f"sqlite:///{VAR_DIR / 'stance_atlas.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Reuse connections between requests, and check them first so a restarted server
    # costs one failed check rather than a failed request.
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    # The embedded default lives under var/, which a fresh clone does not have yet.
    VAR_DIR.mkdir(exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})
    # Concurrent readers while a writer works: WAL, and wait for locks instead of failing.
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache_url_config(
        env.str("REDIS_CACHE_URL", default="") or "locmemcache://stance-atlas"
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Production serves collected files; development serves them straight from the finders.
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "staticfiles") if PRODUCTION else None
WHITENOISE_USE_FINDERS = not PRODUCTION
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"

# Security: strict by default in production, relaxed only for local HTTP development.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent by config.middleware on every response: no inline scripts or styles, nothing from
# other origins (assets are vendored under static/vendor/).
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Celery: eager in-process unless a broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or "memory://"
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=CELERY_BROKER_URL == "memory://"
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_MAX_TASKS_PER_CHILD = 500
# Hard limit well below the broker's visibility timeout so a stuck task is killed before
# Redis hands it to another worker.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 180

REST_FRAMEWORK = {
    # Documents anonymous access to the public reads (config/api_hardening.py).
    "DEFAULT_SCHEMA_CLASS": "config.api_hardening.PublicReadAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Token first: an anonymous write is then a 401 that names the scheme, not a bare 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Tokens expire after TOKEN_TTL_DAYS; deleting one revokes it.
        "config.clients.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # A 400 for a body nested too deep, a 409 for a delete that other rows forbid.
    "DEFAULT_PARSER_CLASSES": [
        "config.parsers.SafeJSONParser",
        "config.parsers.SafeFormParser",
        "config.parsers.SafeMultiPartParser",
    ],
    "EXCEPTION_HANDLER": "config.api_hardening.api_exception_handler",
    # Anyone reads; superusers write everything; the Editors group writes statements.
    "DEFAULT_PERMISSION_CLASSES": ["config.api_support.StaffOrModelPermissions"],
    "DEFAULT_RENDERER_CLASSES": [
        "config.api_support.ORJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
        "config.api_support.CSVRenderer",
        "config.api_support.JSONLinesRenderer",
    ],
    "DEFAULT_PAGINATION_CLASS": "config.pagination.ApiCursorPagination",
    # Atomic counts per client address (config/clients.py): concurrent requests cannot slip
    # through together, and X-Forwarded-For counts only from TRUSTED_PROXIES.
    "DEFAULT_THROTTLE_CLASSES": [
        "config.clients.AnonThrottle",
        "config.clients.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_ANON_RATE", default="120/minute"),
        "user": env.str("API_USER_RATE", default="1200/minute"),
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Stance Atlas API",
    "DESCRIPTION": "Where countries and their leaders stand on the world's conflicts.",
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Read-only fields (ids, timestamps) stay out of the request bodies clients must send.
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StanceEnum": "stances.choices.Stance",
        "StatementKindEnum": "stances.choices.StatementKind",
        "OfficeKindEnum": "actors.choices.OfficeKind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api_support.document_errors",
        "config.api_hardening.document_conflicts",
    ],
}

# Ingestion: the fetcher refuses private addresses unless this is set (local test servers only).
INGEST_ALLOW_PRIVATE_ADDRESSES = env.bool("INGEST_ALLOW_PRIVATE_ADDRESSES", default=False)
INGEST_USER_AGENT = env.str(
    "INGEST_USER_AGENT", default="StanceAtlasBot/0.1 (+https://github.com/stance-atlas)"
)

# --- Ingestion pipeline (ingest app): beat schedule and politeness --------------------------
# Seconds between two requests to one host, shared by all workers through the cache (0: none).
INGEST_HOST_DELAY_SECONDS = env.int("INGEST_HOST_DELAY_SECONDS", default=2)
# A feed failing this many polls in a row is deactivated until an editor turns it back on.
INGEST_FEED_MAX_FAILURES = env.int("INGEST_FEED_MAX_FAILURES", default=10)
# With acks_late, a task whose broker connection drops is redelivered to another worker: stop
# running it here rather than run it twice (Celery warns until this is set).
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    "ingest-poll-due-feeds": {"task": "ingest.tasks.poll_due_feeds", "schedule": 60.0},
    # Send the tasks the broker could not take while it was down (one indexed query when
    # there are none), so queued work runs within half a minute of Redis returning.
    "ingest-publish-awaiting-articles": {
        "task": "ingest.tasks.publish_awaiting_articles",
        "schedule": 30.0,
    },
    # Re-enqueue articles whose task message was lost (a broker restart, a crash between the
    # commit and the publish): the tasks are idempotent, so a spare run costs nothing.
    "ingest-requeue-stalled-articles": {
        "task": "ingest.tasks.requeue_stalled_articles",
        "schedule": 15 * 60.0,
    },
}
# --- end of ingestion pipeline settings ------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- Reliability and access: outages, lockouts, tokens, client addresses ----------------------
# (config/errors.py, config/health.py, config/cache.py, config/clients.py; docs/reliability.md)
INSTALLED_APPS += ["axes"]
# The outage middleware turns a lost database connection into a 503; django-axes asks to be
# the last middleware.
MIDDLEWARE += ["config.errors.DatabaseUnavailableMiddleware", "axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Repeated failed logins lock out that username from that address for a while (HTTP 429).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Its start-up banner would print before every management command's own output.
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "config.clients.client_ip"
# Networks of the proxies in front of the app: only their X-Forwarded-For is believed. A proxy
# on the same machine is the common case; add the proxy's network when it runs elsewhere.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=["127.0.0.0/8", "::1/128"])
# API tokens stop working this many days after they were created (config.clients).
TOKEN_TTL_DAYS = env.int("TOKEN_TTL_DAYS", default=90)
# With Redis down, the cache answers as an empty one instead of failing requests; a probe that
# cannot connect within half a second counts it down.
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "config.cache.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    )
# Anonymous API reads cached under the data version (config/response_cache.py); off, every read
# is computed (the bench measures the app's own latency so).
API_RESPONSE_CACHE = env.bool("API_RESPONSE_CACHE", default=True)
API_RESPONSE_CACHE_SECONDS = env.int("API_RESPONSE_CACHE_SECONDS", default=300)
# Orchestrators probe over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
# --- end of reliability and access settings ---------------------------------------------------
