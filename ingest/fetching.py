"""The one HTTP client of the pipeline: fetch a feed or a page from the open web, safely.

Every hop (the URL and each redirect) is resolved once, every address it resolves to is checked,
and the connection goes to the checked address: a second DNS lookup could answer differently
(DNS rebinding) and lead us to a loopback, private or cloud-metadata address.
"""

import email.utils
import ipaddress
import math
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from django.conf import settings
from django.core.cache import cache

Resolver = Callable[[str, int], Iterable[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
# A whole response must arrive within this, so a server dripping one byte a second cannot hold a
# worker until the task's time limit.
TOTAL_TIMEOUT = 30.0
MAX_BYTES = 5 * 1024 * 1024
# Retry-After and backoff beyond this would outlive the broker's visibility timeout.
MAX_RETRY_AFTER = 600.0
# How long a request may wait for its turn at a busy host before giving the worker back.
MAX_POLITENESS_WAIT = 10.0

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        # Feeds served as plain text or HTML are common enough; feedparser decides.
        "text/plain",
        "text/html",
    }
)

# Cloud metadata endpoints outside the link-local ranges (AWS IPv6, Alibaba): never fetched,
# whatever INGEST_ALLOW_PRIVATE_ADDRESSES says.
METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("fd00:ec2::254"), ipaddress.ip_address("100.100.100.200")}
)
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A fetch that failed; `str()` is the reason recorded on the article or feed."""

    transient = False
    retry_after: float | None = None


class RefusedURL(FetchError):
    """A URL we will not fetch: bad scheme, or a host resolving to a non-public address."""


class PermanentFetchError(FetchError):
    """A response that retrying will not fix: 404, wrong content type, too large."""


class TransientFetchError(FetchError):
    """A failure worth retrying later: timeout, connection error, 5xx, 429, busy host."""

    transient = True

    def __init__(self, message, *, retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Response:
    """A fetched response: the final URL after redirects, the status and the body."""

    url: str
    status: int
    headers: urllib3.HTTPHeaderDict
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in self.headers.get("Content-Type", "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def system_resolver(host: str, port: int) -> list[str]:
    """Return every address `host` resolves to (the resolver tests replace with a stub)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise TransientFetchError(f"cannot resolve {host}: {exc.strerror}") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def numeric_host(host: str) -> IPAddress | None:
    """Parse a host written as an address, in any form a resolver would accept.

    inet_aton takes the forms browsers and curl take too: 2130706433, 0x7f.1, 0177.0.0.1, 127.1.
    """
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if ip.version == 4:
        return None
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_refusal(ip: IPAddress, *, allow_private: bool) -> str | None:
    """Say why `ip` must not be fetched from, or return None when it may."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        return address_refusal(embedded, allow_private=allow_private)
    if ip in METADATA_ADDRESSES or ip.is_link_local:
        return "a link-local or cloud metadata address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_loopback:
        return None if allow_private else "a loopback or private address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private or ip in SHARED_ADDRESS_SPACE:
        return None if allow_private else "a loopback or private address"
    if not ip.is_global:
        return "a reserved address"
    return None


class Fetcher:
    """Fetch URLs over HTTP(S) with timeouts, a size cap, redirects re-checked and politeness."""

    def __init__(
        self,
        *,
        resolver: Resolver = system_resolver,
        allow_private: bool | None = None,
        max_bytes: int = MAX_BYTES,
        user_agent: str | None = None,
    ):
        self.resolver = resolver
        self.allow_private = (
            settings.INGEST_ALLOW_PRIVATE_ADDRESSES if allow_private is None else allow_private
        )
        self.max_bytes = max_bytes
        self.user_agent = user_agent or settings.INGEST_USER_AGENT

    def get(
        self,
        url: str,
        *,
        accept: frozenset[str] = HTML_TYPES,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """GET `url`, following at most MAX_REDIRECTS redirects, each checked like the first.

        A 304 (to a conditional request) is returned as is; any other status but 200 raises.
        """
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(url, headers or {})
            location = response.headers.get("Location")
            if response.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location.strip())
                continue
            return self._accept(response, accept)
        raise PermanentFetchError(f"more than {MAX_REDIRECTS} redirects")

    def check_url(self, url: str) -> tuple[str, str, int, list[IPAddress]]:
        """Split `url` and resolve its host, or raise RefusedURL.

        Return (scheme, host, port, addresses), every address checked.
        """
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise RefusedURL(f"malformed URL: {url}") from exc
        if parts.scheme not in ("http", "https"):
            raise RefusedURL(f"only http and https URLs are fetched, not {parts.scheme or url!r}")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise RefusedURL(f"no host in URL: {url}")
        if parts.username or parts.password:
            raise RefusedURL("URLs with credentials are not fetched")
        port = port or (443 if parts.scheme == "https" else 80)
        literal = numeric_host(host)
        addresses = [literal] if literal else [self._parse(a) for a in self.resolver(host, port)]
        if not addresses:
            raise TransientFetchError(f"{host} resolves to no address")
        # Every address, not only the first: a name with one public and one private address
        # would otherwise be a coin toss away from the private one.
        for address in addresses:
            reason = address_refusal(address, allow_private=self.allow_private)
            if reason:
                raise RefusedURL(f"{host} resolves to {address}, {reason}")
        return parts.scheme, host, port, addresses

    @staticmethod
    def _parse(address: str) -> IPAddress:
        return ipaddress.ip_address(address.split("%")[0])

    def _request(self, url: str, extra_headers: dict[str, str]) -> Response:
        scheme, host, port, addresses = self.check_url(url)
        self._wait_for_host(host)
        parts = urlsplit(url)
        default_port = 443 if scheme == "https" else 80
        headers = {
            "Host": host if port == default_port else f"{host}:{port}",
            "User-Agent": self.user_agent,
            "Accept-Encoding": "gzip, deflate",
            **extra_headers,
        }
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        # Like a browser, try the next address when one does not answer; only checked ones.
        for address in addresses[:-1]:
            try:
                return self._request_address(scheme, host, port, address, path, headers, url)
            except TransientFetchError as exc:
                if not isinstance(exc.__cause__, urllib3.exceptions.NewConnectionError):
                    raise
        return self._request_address(scheme, host, port, addresses[-1], path, headers, url)

    def _request_address(self, scheme, host, port, address, path, headers, url) -> Response:
        timeout = urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT)
        if scheme == "https":
            # Connect to the checked address; SNI and certificate checks use the real name.
            pool = urllib3.HTTPSConnectionPool(
                str(address),
                port,
                timeout=timeout,
                retries=False,
                cert_reqs="CERT_REQUIRED",
                ca_certs=certifi.where(),
                server_hostname=host,
                assert_hostname=host,
            )
        else:
            pool = urllib3.HTTPConnectionPool(str(address), port, timeout=timeout, retries=False)
        try:
            with pool:
                raw = pool.urlopen(
                    "GET",
                    path,
                    headers=headers,
                    redirect=False,
                    preload_content=False,
                    assert_same_host=False,
                )
                try:
                    body = self._read(raw)
                finally:
                    raw.release_conn()
        except urllib3.exceptions.SSLError as exc:
            raise PermanentFetchError(f"TLS verification failed for {host}: {exc}") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise TransientFetchError(f"connection to {host} failed: {exc}") from exc
        return Response(url=url, status=raw.status, headers=raw.headers, body=body)

    def _read(self, raw: urllib3.BaseHTTPResponse) -> bytes:
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise PermanentFetchError(
                f"response of {int(declared)} bytes exceeds the {self.max_bytes}-byte limit"
            )
        deadline = time.monotonic() + TOTAL_TIMEOUT
        chunks, size = [], 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TransientFetchError(f"response took longer than {TOTAL_TIMEOUT:.0f} s")
            # read1 returns whatever one receive brings, and no receive may outlast the
            # deadline: a server dripping a byte at a time is cut off at TOTAL_TIMEOUT, not
            # when its body ends.
            sock = getattr(raw.connection, "sock", None)
            if sock is not None:
                sock.settimeout(min(READ_TIMEOUT, remaining))
            try:
                # Decoded bytes, so a small gzip bomb is stopped at the limit too.
                chunk = raw.read1(64 * 1024, decode_content=True)
            except urllib3.exceptions.ReadTimeoutError as exc:
                if time.monotonic() >= deadline:
                    raise TransientFetchError(
                        f"response took longer than {TOTAL_TIMEOUT:.0f} s"
                    ) from exc
                raise
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise PermanentFetchError(f"response exceeds the {self.max_bytes}-byte limit")
            chunks.append(chunk)

    def _accept(self, response: Response, accept: frozenset[str]) -> Response:
        status = response.status
        if status == 304:
            return response
        if status == 429 or status >= 500:
            raise TransientFetchError(
                f"HTTP {status} from {response.url}",
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status in (301, 302, 303, 307, 308):
            raise PermanentFetchError(f"HTTP {status} without a Location header")
        if status != 200:
            raise PermanentFetchError(f"HTTP {status} from {response.url}")
        if response.content_type not in accept:
            raise PermanentFetchError(
                f"content type {response.content_type or 'missing'!r} is not one of "
                f"{', '.join(sorted(accept))}"
            )
        return response

    def _wait_for_host(self, host: str) -> None:
        """Wait until INGEST_HOST_DELAY_SECONDS have passed since the last request to `host`.

        The slot is a cache key added atomically (SET NX on Redis), so workers on every machine
        share it; the Redis backend keeps whole seconds, hence the ceil.
        """
        delay = settings.INGEST_HOST_DELAY_SECONDS
        if delay <= 0:
            return
        key = f"ingest:host:{host.lower()}"
        deadline = time.monotonic() + MAX_POLITENESS_WAIT
        while not cache.add(key, 1, timeout=math.ceil(delay)):
            if time.monotonic() > deadline:
                raise TransientFetchError(
                    f"{host} is busy with our other requests", retry_after=delay
                )
            time.sleep(0.2)


def parse_retry_after(value: str | None) -> float | None:
    """Read Retry-After as seconds (it is either a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
