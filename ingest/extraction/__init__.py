"""The stance extraction engine: plain Python, no Django.

    extractor = Extractor(gazetteer)           # compile once
    extractor.extract(text, published=day)     # -> list[Candidate], for each article

`extract_candidates(text, gazetteer=..., published=...)` does the same, caching the compiled
extractor on the gazetteer. docs/extraction.md explains how it decides and how to extend its
rules (rules/*.toml).
"""

from .candidate import Candidate
from .engine import Extractor, extract_candidates
from .gazetteer import (
    BlocEntry,
    ConflictEntry,
    CountryEntry,
    Gazetteer,
    PersonEntry,
    TermEntry,
)

__all__ = [
    "BlocEntry",
    "Candidate",
    "ConflictEntry",
    "CountryEntry",
    "Extractor",
    "Gazetteer",
    "PersonEntry",
    "TermEntry",
    "extract_candidates",
]
