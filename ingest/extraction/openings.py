"""Which characters a pattern's match can open on, read from the pattern itself.

The engine tries each cue's pattern at several word starts before its keyword; most tries fail
on the first character. `impossible_openings` names the ASCII characters no match can start
with, so those tries are skipped for the cost of a set look-up instead of a regex call. It is
conservative: wherever the pattern is not plainly understood, nothing is ruled out.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Zero-width items: they take no character, so what follows them opens the match.
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ASCII = frozenset(chr(code) for code in range(128))


class _Unknown(Exception):
    """The pattern may open on any character, as far as this reading can tell."""


def _ascii_lower(code: int) -> str:
    char = chr(code)
    if not char.isascii():
        # A non-ASCII letter can match an ASCII one case-insensitively (the Kelvin sign K, the
        # long s): no ASCII character is ruled out by it.
        raise _Unknown
    return char.lower()


def _in_set(items) -> set[str]:
    found = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(_ascii_lower(av))
        elif op is sre.RANGE:
            low, high = av
            found.update(_ascii_lower(code) for code in range(low, high + 1))
        else:
            raise _Unknown  # a negated set, a category (\w, \s)
    return found


def _openings(items) -> tuple[set[str], bool]:
    """(the lower-cased ASCII characters the items can open on, whether they can match
    nothing at all)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found.add(_ascii_lower(av))
            return found, False
        if op is sre.IN:
            found |= _in_set(av)
            return found, False
        if op is sre.SUBPATTERN:
            inner, empty = _openings(av[-1])
        elif op is sre.ATOMIC_GROUP:
            inner, empty = _openings(av)
        elif op is sre.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:
                opens, branch_empty = _openings(branch)
                inner |= opens
                empty = empty or branch_empty
        elif op in _REPEATS:
            low, _high, item = av
            inner, empty = _openings(item)
            empty = empty or low == 0
        else:
            raise _Unknown  # any character, a category, a back-reference
        found |= inner
        if not empty:
            return found, False
    return found, True


def impossible_openings(pattern: re.Pattern) -> frozenset[str]:
    """The ASCII characters, in either case, that no match of `pattern` can start with."""
    try:
        opens, empty = _openings(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return frozenset()
    if empty:
        return frozenset()
    # Compared lower-cased, as the pattern's case-insensitive letters match either case.
    return frozenset(c for c in _ASCII if c.lower() not in opens)
