"""The two characters a cue's match can open on: the engine skips other word starts untried."""

import re
from pathlib import Path

import pytest

from ingest.extraction.openings import opening_pairs
from ingest.extraction.rules import default_rules

DATA = Path(__file__).resolve().parent.parent / "data"


def openings(pattern: str) -> frozenset[str] | None:
    return opening_pairs(re.compile(pattern, re.IGNORECASE))


def test_it_names_the_pairs_a_literal_opening_allows_in_any_case():
    assert openings(r"(?:must|should)\s+win") == {"mu", "mU", "Mu", "MU", "sh", "sH", "Sh", "SH"}


@pytest.mark.parametrize(
    ("pattern", "allowed", "ruled_out"),
    [
        (r"(?<!who\s)recogni[sz]e", ["re", "RE"], ["ra", "er", "Th"]),
        (r"(?:(?:full|firm)\s+)?support", ["fu", "fi", "su", "Su"], ["fa", "sa", "th"]),
        (r"\bcalls?\b", ["ca"], ["co", "ac"]),
        (r"(?:no|\d+)\s+votes", ["no", "12", "1 "], ["ne", "a1"]),
        (r"(?:x)?\s*aid", ["xa", "x ", "ai", " a", "  "], ["xb", "ab"]),
        (r"[^\s.]+\s+for", ["ab", "Zz", "a ", "a,"], [" a", ".a"]),
        (r"\w*n't", ["no", "do", "n'"], [" n"]),
        ("ſa", ["sa", "SA"], ["ta"]),  # the long s matches "s" case-insensitively
        (r"a(?:b)?", ["ab", "a.", "a "], ["ba"]),
    ],
)
def test_it_allows_every_pair_a_match_can_open_on(pattern, allowed, ruled_out):
    found = openings(pattern)
    assert set(allowed) <= found
    assert not set(ruled_out) & found


@pytest.mark.parametrize("pattern", [r".x", "(a)?\\1", r"(?:)*x", r"(?:the\s+)?"])
def test_it_rules_out_nothing_it_cannot_read(pattern):
    assert openings(pattern) is None


def test_no_cue_matches_at_a_word_it_rules_out():
    texts = [path.read_text() for path in sorted(DATA.glob("*.txt"))[:40]]
    for cue in default_rules().cues:
        allowed = opening_pairs(cue.pattern)
        for text in texts:
            for word in re.finditer(r"\w+", text):
                pair = text[word.start() : word.start() + 2]
                if allowed and pair not in allowed and len(pair) == 2 and pair.isascii():
                    assert cue.pattern.match(text, word.start()) is None, cue.pattern.pattern
