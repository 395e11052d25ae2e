"""The characters a cue's match cannot open on, which the engine skips without trying."""

import re
from pathlib import Path

import pytest

from ingest.extraction.openings import impossible_openings
from ingest.extraction.rules import default_rules

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    ("pattern", "opens_on"),
    [
        (r"(?:must|should)\s+win", "msMS"),
        (r"(?<!who\s)recogni[sz]e", "rR"),
        (r"(?:(?:full|firm)\s+)?support", "fsFS"),
        (r"\bcalls?\b", "cC"),
        (r"(?:no|\d+)\s+votes", "nN0123456789"),
        (r"(?:x)?\s*aid", "xXaA \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"),
        # The long s matches "s" and "S" case-insensitively.
        ("ſ", "sS"),
    ],
)
def test_it_rules_out_every_other_ascii_character(pattern, opens_on):
    never = impossible_openings(re.compile(pattern, re.IGNORECASE))
    assert {chr(code) for code in range(128)} - never == set(opens_on)


def test_a_word_class_opening_rules_out_no_word_character():
    never = impossible_openings(re.compile(r"\w*n't", re.IGNORECASE))
    assert not never & set("abcxyzABCXYZ0129_")


@pytest.mark.parametrize("pattern", [r"(?:the\s+)?", r"[^a]bc", "(a)?\\1", ".x"])
def test_it_rules_out_nothing_it_cannot_read(pattern):
    assert impossible_openings(re.compile(pattern, re.IGNORECASE)) == frozenset()


def test_no_cue_matches_at_a_word_it_rules_out():
    texts = [path.read_text() for path in sorted(DATA.glob("*.txt"))[:40]]
    for cue in default_rules().cues:
        never = impossible_openings(cue.pattern)
        for text in texts:
            for word in re.finditer(r"\w+", text):
                if text[word.start()] in never:
                    assert cue.pattern.match(text, word.start()) is None, cue.pattern.pattern
