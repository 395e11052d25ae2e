"""Production answers with the security headers, as served by gunicorn with DJANGO_ENV=production.

`manage.py check --deploy --fail-level WARNING` is tests/test_settings.py; this checks what a
browser receives.
"""

import urllib.error
import urllib.request

import pytest

from tests.reliability.processes import WebServer, app_env, http
from tests.test_settings import STRONG_KEY

PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "127.0.0.1",
    "DEBUG": "false",
}
# As the TLS-terminating proxy in front says it.
VIA_HTTPS = {"X-Forwarded-Proto": "https"}


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    env = app_env("sqlite:///" + str(tmp_path_factory.mktemp("db") / "empty.sqlite3"))
    env.update(PRODUCTION)
    with WebServer(env, tmp_path_factory.mktemp("log") / "web.log") as server:
        yield server


def headers_of(server, path, **extra):
    request = urllib.request.Request(f"{server.url}{path}", headers={**VIA_HTTPS, **extra})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.mark.parametrize("path", ["/health/live", "/no-such-page/"])
def test_production_sends_every_security_header(production, path):
    status, headers = headers_of(production, path)

    assert status in (200, 404)
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy


def test_production_redirects_plain_http_to_https_except_health_probes(production):
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(f"{production.url}/no-such-page/", timeout=10)
        status, location = 200, ""
    except urllib.error.HTTPError as error:
        status, location = error.code, error.headers.get("Location", "")

    assert status == 301 and location.startswith("https://")
    assert http("GET", f"{production.url}/health/live").status == 200
