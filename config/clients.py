"""Who is asking: the client address and token lifetime, shared by throttles, lockouts and the API.

X-Forwarded-For is only believed from a proxy we run (settings.TRUSTED_PROXIES): anyone can
send the header, and a throttle or lockout keyed on it would hand a new bucket to each forged
value. From a trusted proxy we take the nearest address it did not add itself, so entries a
client wrote before the proxy appended the real one are ignored too.
"""

import functools
import ipaddress
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


@functools.cache
def _networks(proxies: tuple[str, ...]) -> tuple:
    # Parsed once, not on every throttle check of every request.
    return tuple(ipaddress.ip_network(net, strict=False) for net in proxies)


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request) -> str:
    """Return the client's address: REMOTE_ADDR, or what our own proxies say it was."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not _trusted(remote):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    # Right to left: the last hop not ours is the one our first proxy saw connecting.
    for hop in reversed([hop for hop in hops if hop]):
        if not _trusted(hop):
            return hop
    return remote


class AtomicRateThrottleMixin:
    """Count requests with one atomic increment per request, in fixed windows.

    DRF's throttles read the request history, decide, then write it back: concurrent requests
    all read the same history and all pass. An increment (INCR on Redis, a locked update in
    the local-memory cache) gives each request its own count, so exactly `num_requests` pass.
    """

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        window = int(time.time() // self.duration)
        key = f"{self.key}:{window}"
        cache.add(key, 0, timeout=self.duration + 1)
        try:
            count = cache.incr(key)
        except ValueError:
            # The window's key expired between add() and incr(): this is its first request.
            cache.add(key, 1, timeout=self.duration + 1)
            count = 1
        self.window_ends = (window + 1) * self.duration
        return count <= self.num_requests

    def get_ident(self, request):
        return client_ip(request)

    def wait(self):
        return max(self.window_ends - time.time(), 0)


class AnonThrottle(AtomicRateThrottleMixin, AnonRateThrottle):
    """Anonymous requests, per client address."""


class UserThrottle(AtomicRateThrottleMixin, UserRateThrottle):
    """Authenticated requests per user; anonymous ones per client address."""


class ExpiringTokenAuthentication(TokenAuthentication):
    """DRF tokens that stop working settings.TOKEN_TTL_DAYS after they were created.

    Revoking a token is deleting it (admin, or the API); an expired one is deleted on its next
    use, so the user creates a new one.
    """

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if token.created < timezone.now() - timedelta(days=settings.TOKEN_TTL_DAYS):
            token.delete()
            raise AuthenticationFailed("Token has expired.")
        return user, token
