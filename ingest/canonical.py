"""Canonical URLs: one spelling per article, so a link seen twice is one Article."""

import posixpath
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Mobile and AMP hosts serve the same article as the main site.
HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "ref",
        "ref_src",
        "rss",
        "at_medium",
        "at_campaign",
        "taid",
        "smid",
        "amp",
    }
)
# ?outputType=amp and ?output=amp select the AMP rendering; with other values they may matter.
AMP_PARAMS = frozenset({"outputtype", "output", "format"})
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)")


def canonical_url(url: str) -> str:
    """Return the URL without tracking, fragment, www./m./AMP variants, default port or `..`.

    Raise ValueError for anything that is not an absolute http(s) URL.
    """
    parts = urlsplit(normalize_url(url.strip()))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.rstrip(".")
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host.removeprefix(prefix)
            break
    if parts.port and parts.port != {"http": 80, "https": 443}[parts.scheme]:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, _path(parts.path), _query(parts.query), ""))


def _path(path: str) -> str:
    path = posixpath.normpath(path) if path else "/"
    segments = [s for s in path.split("/") if s]
    # /amp/story, /story/amp and story.amp.html are AMP renderings of /story and story.html.
    if segments and segments[0] == "amp":
        segments = segments[1:]
    if segments and segments[-1] == "amp":
        segments = segments[:-1]
    if segments:
        segments[-1] = AMP_SUFFIX.sub("", segments[-1])
    return "/" + "/".join(segments)


def _query(query: str) -> str:
    kept = [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if not _is_tracking(name.lower(), value.lower())
    ]
    return urlencode(sorted(kept))


def _is_tracking(name: str, value: str) -> bool:
    return (
        name in TRACKING_PARAMS
        or name.startswith(TRACKING_PREFIXES)
        or (name in AMP_PARAMS and value == "amp")
    )
