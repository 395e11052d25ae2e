"""Response headers Django does not set by itself; cached API reads answered before DRF."""

import functools

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.urls import Resolver404, get_resolver

from config.api_support import ApiViewMixin
from config.clients import throttle_request
from config.errors import OUTAGES
from config.response_cache import anonymous_read_key, cached_answer, cached_entry_and_counts


class ContentSecurityPolicyMiddleware:
    """Send settings.CONTENT_SECURITY_POLICY on every response that does not set its own.

    Django 5.2 has no CSP support of its own. The pages use no inline script or style, so the
    policy needs no 'unsafe-inline'; a view needing another policy sets the header itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(
            f"{directive} {' '.join(sources)}".strip()
            for directive, sources in settings.CONTENT_SECURITY_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class ApiResponseCacheMiddleware:
    """Answer an anonymous API read from the response cache before Django and DRF route it.

    A cached read answered inside the view first paid for resolving the URL through the API's
    router and for DRF's Request, content negotiation, authentication and permissions: most
    of its time. This looks the answer up before any of that, for GET and HEAD requests that
    carry no credentials (no Authorization header, no session cookie), so that their reader is
    anonymous whatever DRF's authenticators would say; anyone else, and every miss, goes on.

    Nothing is skipped that the answer depends on. The key holds the URL and the Accept header,
    which decide the view, its format and its permissions, and an answer is stored only once
    those passed for an anonymous reader (ApiViewMixin). The view's own throttles count the
    request, hit or miss, in the same cache round trip as the look-up
    (config.clients.throttle_request): past the limit, and on a miss, the view answers from
    that count. It sits after the middlewares that set headers on every response (security,
    common, X-Frame-Options, CSP), so a hit is wrapped as the view's answers are, 304s
    included, and before those an anonymous read's answer does not depend on (sessions, CSRF,
    authentication, messages, history), whose work a hit skips.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.answer_from_cache(request) or self.get_response(request)

    def answer_from_cache(self, request) -> HttpResponse | None:
        if request.method not in ("GET", "HEAD") or not settings.API_RESPONSE_CACHE:
            return None
        if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        view = api_view(get_resolver(getattr(request, "urlconf", None)), request.path_info)
        if view is None:
            return None
        try:
            key = anonymous_read_key(request)
        except OUTAGES:
            return None  # the view meets the outage too, and answers it (a 503)
        if key is None:
            return None
        found = []

        def look_up_and_count(counters):
            entry, counts = cached_entry_and_counts(key, counters)
            found.append(entry)
            return counts

        allowed, _ = throttle_request(
            AnonymousRead(request), view.cls(**view.initkwargs), incr=look_up_and_count
        )
        if not found or found[0] is None or not allowed:
            return None
        return cached_answer(request, found[0])


class AnonymousRead:
    """What the throttles read of a request without credentials, before AuthenticationMiddleware.

    Its user is anonymous, as DRF's authenticators will find; the verdict is kept on the
    request itself (`_request`), where DRF's check reads it back on a miss.
    """

    user = AnonymousUser()

    def __init__(self, request):
        self._request = request
        self.META = request.META


@functools.lru_cache(maxsize=4096)
def api_view(resolver, path: str):
    """Return the API view (an ApiViewMixin's) that `resolver` routes `path` to, else None.

    Remembered per path: the router's patterns cost a cached read a third of its time.
    """
    try:
        view = resolver.resolve(path).func
    except Resolver404:
        return None
    view_class = getattr(view, "cls", None)
    return view if view_class is not None and issubclass(view_class, ApiViewMixin) else None
