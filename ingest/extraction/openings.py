"""Which characters a pattern's match can open on, read from the pattern itself.

The engine tries each cue's pattern at several word starts before its keyword; most tries fail
on the first character. `impossible_openings` names the ASCII characters no match can start
with, so those tries are skipped for the cost of a set look-up instead of a regex call. It is
conservative: wherever the pattern is not plainly understood, nothing is ruled out.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Zero-width items: they take no character, so what follows them opens the match.
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ASCII = frozenset(chr(code) for code in range(128))


class _Unknown(Exception):
    """The pattern may open on any character, as far as this reading can tell."""


@cache
def _ascii_matches(code: int) -> frozenset[str]:
    """The ASCII characters, lower-cased, a literal matches in either case: asked of the regex
    engine, as a non-ASCII letter can match an ASCII one (the Kelvin sign K, the long s)."""
    literal = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return frozenset(c.lower() for c in _ASCII if literal.fullmatch(c))


# The ASCII characters each class escape matches, asked of the regex engine itself.
_CATEGORIES = {
    getattr(sre, f"CATEGORY_{name}"): frozenset(c.lower() for c in _ASCII if re.match(escape, c))
    for name, escape in (
        ("DIGIT", r"\d"),
        ("NOT_DIGIT", r"\D"),
        ("SPACE", r"\s"),
        ("NOT_SPACE", r"\S"),
        ("WORD", r"\w"),
        ("NOT_WORD", r"\W"),
    )
}


def _in_set(items) -> set[str]:
    found = set()
    for op, av in items:
        if op is sre.LITERAL:
            found |= _ascii_matches(av)
        elif op is sre.RANGE:
            low, high = av
            for code in range(low, high + 1):
                found |= _ascii_matches(code)
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found |= _CATEGORIES[av]  # "\s" in "\s*(?:aid|assistance)"
        else:
            raise _Unknown  # a negated set, a locale's category
    return found


def _openings(items) -> tuple[set[str], bool]:
    """(the lower-cased ASCII characters the items can open on, whether they can match
    nothing at all)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found |= _ascii_matches(av)
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
