"""Page URLs, reversed once per process.

The conflict page links some 700 rows (countries' timelines, deciding statements, votes) and
reverse() costs 30 to 150 µs a call, a third of the page's time. The routes never change while
a process runs, so each URL is reversed once; the key holds the script prefix and URLconf in
force, which are all reverse() reads besides its arguments.
"""

from collections.abc import Callable
from functools import lru_cache

from django.urls import get_script_prefix, get_urlconf, reverse

# Every country's timeline on every conflict is 3,750 URLs; the rest are statements.
REMEMBERED = 50_000


@lru_cache(maxsize=REMEMBERED)
def _reversed(viewname: str, args: tuple, script_prefix: str, urlconf: str | None) -> str:
    return reverse(viewname, args=args)


def page_url(viewname: str, *args) -> str:
    """Return reverse(viewname, args=args), remembered."""
    return _reversed(viewname, args, get_script_prefix(), get_urlconf())


def page_url_maker() -> Callable[..., str]:
    """Return page_url for a run of links: the script prefix and URLconf are read once.

    Both live in asgiref Locals, which cost more to read than the remembered URL itself on
    a page of 900 links.
    """
    script_prefix, urlconf = get_script_prefix(), get_urlconf()

    def url(viewname: str, *args) -> str:
        return _reversed(viewname, args, script_prefix, urlconf)

    return url
