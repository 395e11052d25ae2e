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
    return _trusted_by(address, tuple(settings.TRUSTED_PROXIES))


@functools.lru_cache(maxsize=1024)
def _trusted_by(address: str, proxies: tuple[str, ...]) -> bool:
    # Remembered: each throttle asks about the same address, request after request.
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in _networks(proxies))


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

    def counter(self, request, view) -> tuple[str, int] | None:
        """Return this request's counter, the key of its window and its lifetime; None: free."""
        if self.rate is None:
            return None
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return None
        window = int(time.time() // self.duration)
        self.window_ends = (window + 1) * self.duration
        return f"{self.key}:{window}", self.duration + 1

    def allow_request(self, request, view):
        return count_request(request, view, [self]) == [True]

    def get_ident(self, request):
        return client_ip(request)

    def wait(self):
        return max(self.window_ends - time.time(), 0)


def incr_counters(counters: list[tuple[str, int]]) -> list[int]:
    """Add one to each counter (its key, its lifetime in seconds), created at 0; return the counts.

    On Redis one round trip for them all (config.cache.ResilientRedisCache.incr_counters);
    elsewhere (the local-memory cache) an incr() each, and an add() for a window's first.
    """
    if hasattr(cache, "incr_counters"):
        return cache.incr_counters(counters)
    return [_incr_counter(key, timeout) for key, timeout in counters]


def _incr_counter(key: str, timeout: int) -> int:
    while True:
        try:
            return cache.incr(key)
        except ValueError:
            # No such key: the window's first request, unless another one added it meanwhile.
            if cache.add(key, 1, timeout=timeout):
                return 1


def count_request(request, view, throttles: list, *, incr=incr_counters) -> list[bool]:
    """Ask each throttle whether `request` may pass; the atomic ones count it in one go.

    `incr` counts the counters (incr_counters by default) and is called once, even with none:
    the response cache's look-up rides on it (config.middleware).
    """
    counted = {}
    for throttle in throttles:
        if isinstance(throttle, AtomicRateThrottleMixin):
            counted[throttle] = throttle.counter(request, view)
    counters = [counter for counter in counted.values() if counter]
    counts = iter(incr(counters) if counters or incr is not incr_counters else [])
    allowed = []
    for throttle in throttles:
        if throttle not in counted:
            allowed.append(throttle.allow_request(request, view))
        else:
            # No counter: no rate, or not its kind of request (a signed-in user's, for anon).
            allowed.append(counted[throttle] is None or next(counts) <= throttle.num_requests)
    return allowed


def throttle_request(request, view, *, incr=incr_counters) -> tuple[bool, float | None]:
    """Count `request` against `view`'s throttles; return whether it passes, and the wait.

    DRF's check_throttles, with every counter in one round trip, and once per request: asked
    again for the same request (the response cache's look-up before DRF, then DRF on a miss or
    to answer the 429), it answers from the first count. `incr` as for count_request().
    """
    plain = getattr(request, "_request", request)  # a DRF Request wraps Django's
    if not hasattr(plain, "throttle_verdict"):
        throttles = view.get_throttles()
        allowed = count_request(request, view, throttles, incr=incr)
        waits = [throttle.wait() for throttle, ok in zip(throttles, allowed, strict=True) if not ok]
        # As DRF: the longest wait of the throttles that refused, None if none could say.
        plain.throttle_verdict = (
            not waits,
            max((wait for wait in waits if wait is not None), default=None),
        )
    return plain.throttle_verdict


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
