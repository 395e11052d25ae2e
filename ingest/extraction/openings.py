"""Which characters a pattern's match can open on, read from the pattern itself.

The engine tries each cue's pattern at several word starts before its keyword; most tries fail
within the first two characters. `opening_pairs` names the two ASCII characters a match can
start with, so the other tries are skipped for the cost of a set look-up instead of a regex
call. It is conservative: wherever the pattern is not plainly understood, nothing is ruled out.
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


def _chars(op, av) -> set[str]:
    """The lower-cased ASCII characters one character item matches."""
    if op is sre.LITERAL:
        return set(_ascii_matches(av))
    if av and av[0][0] is sre.NEGATE:
        # "[^\s.;!?]": all but what it lists; letters stay in, as case may be read either way.
        listed = _in_set(av[1:])
        return {c for c in _LOWER_ASCII if c.isalpha() or c not in listed}
    return _in_set(av)


_LOWER_ASCII = frozenset(c.lower() for c in _ASCII)
_MAX_STEPS = 200_000


def _pairs(pending: tuple, prefix: str, found: set[str], steps: list[int]) -> None:
    """Add to `found` every two lower-cased ASCII characters a match of the pending items
    (then anything) can open on, `prefix` already taken."""
    steps[0] += 1
    if steps[0] > _MAX_STEPS:
        raise _Unknown  # a pattern too tangled to read (an empty loop)
    if len(prefix) == 2:
        found.add(prefix)
        return
    if not pending:
        if not prefix:
            raise _Unknown  # the pattern matches nothing at all: anywhere
        found.update(prefix + c for c in _LOWER_ASCII)  # the match may end: anything follows
        return
    (op, av), rest = pending[0], pending[1:]
    if op in _ZERO_WIDTH:
        _pairs(rest, prefix, found, steps)
    elif op is sre.LITERAL or op is sre.IN:
        for char in _chars(op, av):
            _pairs(rest, prefix + char, found, steps)
    elif op is sre.SUBPATTERN:
        _pairs(tuple(av[-1]) + rest, prefix, found, steps)
    elif op is sre.ATOMIC_GROUP:
        _pairs(tuple(av) + rest, prefix, found, steps)
    elif op is sre.BRANCH:
        for branch in av[1]:
            _pairs(tuple(branch) + rest, prefix, found, steps)
    elif op in _REPEATS:
        low, high, item = av
        if low == 0:
            _pairs(rest, prefix, found, steps)
        if high != 0:
            again = (op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, item))
            _pairs(tuple(item) + (again,) + rest, prefix, found, steps)
    else:
        raise _Unknown  # any character, a back-reference


def opening_pairs(pattern: re.Pattern) -> frozenset[str] | None:
    """The two ASCII characters, in any case, a match of `pattern` can open on; None where
    the pattern is not plainly understood. Text opening on two ASCII characters not in the
    set cannot match there."""
    found: set[str] = set()
    try:
        _pairs(tuple(sre_parse.parse(pattern.pattern, pattern.flags)), "", found, [0])
    except (_Unknown, RecursionError):  # RecursionError: a loop that takes nothing, "(?:)*"
        return None
    return frozenset(
        first + second
        for pair in found
        for first in {pair[0], pair[0].upper()}
        for second in {pair[1], pair[1].upper()}
    )
