"""Django's Redis cache, made to step aside while Redis is down instead of failing requests.

Nothing this app keeps in the cache is needed to answer a request: API throttle counters and
the fetcher's per-host politeness slots. With Redis down, Django's backend raises on every
call and each API read would be a 500; this one answers as an empty cache would (a miss, a
write that did not stick) and logs the outage. Throttles and politeness are relaxed until
Redis returns, which is the right trade for a newsroom tool: reads keep working.
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Log the outage once this often, not on every cache call of every request.
LOG_EVERY_SECONDS = 60.0
_last_logged = [0.0]


def _degrade(fallback):
    """Wrap a client method so that Redis being unreachable returns fallback(*args)."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args):
            try:
                return method(self, *args)
            except (RedisConnectionError, RedisTimeoutError) as exc:
                now = time.monotonic()
                if now - _last_logged[0] > LOG_EVERY_SECONDS:
                    _last_logged[0] = now
                    logger.warning("Redis cache unavailable, carrying on without it: %s", exc)
                return fallback(*args)

        return wrapper

    return decorate


# KEYS: the entry, then each counter; ARGV: each counter's lifetime. Returns the entry (empty
# when missing), the error of a refused GET (0 if none), then each counter's count. Counters
# are created at 0 and counted as incr_counters() does.
GET_AND_INCR_COUNTERS = """
local counts = {}
for i = 2, #KEYS do
    redis.call('SET', KEYS[i], 0, 'EX', ARGV[i - 1], 'NX')
    counts[#counts + 1] = redis.call('INCR', KEYS[i])
end
local read, entry = pcall(redis.call, 'GET', KEYS[1])
local refused = 0
if not read then
    refused = tostring(entry.err or entry)
    entry = ''
elseif not entry then
    entry = ''
end
return {entry, refused, unpack(counts)}
"""


class ResilientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._scripts = {}

    def get_client(self, key=None, *, write=False):
        # One client per connection pool, not a new one per call as Django's: building a
        # redis.Redis costs more CPU than the round trip it is made for. Clients are thread-safe.
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]

    @_degrade(lambda counters: [1] * len(counters))
    def incr_counters(self, counters):
        """Add one to each (key, timeout) counter, created at 0: one atomic round trip."""
        pipeline = self.get_client(write=True).pipeline()  # MULTI ... EXEC
        for key, timeout in counters:
            pipeline.set(key, 0, ex=timeout, nx=True)
            pipeline.incr(key)
        return pipeline.execute()[1::2]

    @_degrade(lambda key, counters: (None, [1] * len(counters)))
    def get_and_incr_counters(self, key, counters):
        """get(key) and incr_counters(counters) in one atomic round trip: one script call.

        A script, not a MULTI of 2n + 3 commands: redis-py writes and parses each command in
        Python, which cost a cached read more than the round trip itself. A refused GET (a key
        of another type) is a miss: the counters still counted, once.
        """
        client = self.get_client(key, write=True)
        if client not in self._scripts:
            self._scripts[client] = client.register_script(GET_AND_INCR_COUNTERS)
        value, refused, *counts = self._scripts[client](
            keys=[key, *(counter for counter, _ in counters)],
            args=[timeout for _, timeout in counters],
            client=client,
        )
        if refused:
            logger.warning("API response cache not read: %s", refused)
        # An entry is a pickle, never empty: the script's empty string is a miss.
        return (self._serializer.loads(value) if value else None), counts

    # add() says "added" so a caller waiting for a free slot (the fetcher's politeness) is
    # not held until its own timeout; get() misses; writes report failure.
    add = _degrade(lambda key, value, timeout: True)(RedisCacheClient.add)
    get = _degrade(lambda key, default: default)(RedisCacheClient.get)
    set = _degrade(lambda key, value, timeout: False)(RedisCacheClient.set)
    touch = _degrade(lambda key, timeout: False)(RedisCacheClient.touch)
    delete = _degrade(lambda key: False)(RedisCacheClient.delete)
    get_many = _degrade(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _degrade(lambda key: False)(RedisCacheClient.has_key)
    # As if the key counted this one call only: throttles let the request through.
    incr = _degrade(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = _degrade(lambda data, timeout: list(data))(RedisCacheClient.set_many)
    delete_many = _degrade(lambda keys: None)(RedisCacheClient.delete_many)
    clear = _degrade(lambda: False)(RedisCacheClient.clear)


class ResilientRedisCache(RedisCache):
    """RedisCache whose calls degrade to an empty cache while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient

    def incr_counters(self, counters: list[tuple[str, int]]) -> list[int]:
        """As add(key, 0, timeout) then incr(key) for each counter, in one round trip.

        The throttles' counters (config.clients.incr_counters); while Redis is down each counts
        as at its first request, as incr() does.
        """
        return self._cache.incr_counters(
            [(self.make_and_validate_key(key), timeout) for key, timeout in counters]
        )

    def get_and_incr_counters(
        self, key: str, counters: list[tuple[str, int]]
    ) -> tuple[object | None, list[int]]:
        """Return get(key) and incr_counters(counters), from one round trip.

        A cached API read's look-up and its throttles' counts (config.middleware); while Redis
        is down, a miss and the counts of a first request.
        """
        return self._cache.get_and_incr_counters(
            self.make_and_validate_key(key),
            [(self.make_and_validate_key(counter), timeout) for counter, timeout in counters],
        )
