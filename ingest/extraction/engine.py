"""The stance extraction engine: a gazetteer compiled once, run over article after article.

For each cue phrase (rules/cues.toml) the engine asks: is it negated? who holds it (the
subject before it, else whoever the sentence or quote is attributed to)? is that a country's
office holder or a commentator? which conflict is it about, and which side? when was it said?
Whatever it cannot answer with some confidence it leaves out: a missed statement costs less
than a wrong one. `article.py` holds one run over one article.
"""

from __future__ import annotations

import re
from datetime import date

from .article import Article
from .attribution import Speaker
from .candidate import Candidate
from .gazetteer import ConflictEntry, Gazetteer, PersonEntry
from .matcher import NameIndex
from .openings import opening_pairs
from .rules import Cue, Rules, default_rules
from .text import parse

_WORD_CACHE_LIMIT = 200_000
_NOTHING = re.compile(r"(?!)")
# The learned cue is surer than no cue and less sure than a phrase an editor listed.
LEARNED_CONFIDENCE = 0.7
# A country named before "Affairs" is an office's subject, not its state: "the Taiwan Affairs
# Office", "the Bureau of Russian Affairs".
_AFFAIRS_AFTER_RE = re.compile(r"\s+Affairs\b")
_WINDOW_CACHE_LIMIT = 50_000
# Words that may start a date expression (digits aside), or end one ("earlier in the day",
# "earlier in the session").
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday yesterday today overnight ago last this day session hours minutes "
    "shortly".split()
)


def _any_of(patterns) -> re.Pattern:
    """One pattern matching wherever any of `patterns` (all compiled case-insensitively) does:
    where it finds nothing, none of them would (one scan instead of one each)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), re.IGNORECASE)


class Extractor:
    """A gazetteer compiled for extraction. Build once, call `extract` for every article."""

    def __init__(self, gazetteer: Gazetteer, rules: Rules | None = None):
        self.gazetteer = gazetteer
        self.rules = rules or default_rules()
        self.index = NameIndex(gazetteer, self.rules)
        self.word_classes: dict[str, tuple] = {}
        self._negated_windows: dict[str, bool] = {}
        # Cue keywords are word beginnings: a word's prefixes are looked up, not every keyword
        # tried on it (the cue lexicon grows; a word's length does not).
        self._keyword_cues: dict[str, list[int]] = {}
        for number, cue in enumerate(self.rules.cues):
            for keyword in cue.keywords:
                self._keyword_cues.setdefault(keyword, []).append(number)
        self._longest_keyword = max(map(len, self._keyword_cues), default=0)
        # The two characters each cue's match can open on: word starts where a try would fail
        # are skipped for a set look-up.
        self.cue_openings = tuple(opening_pairs(cue.pattern) for cue in self.rules.cues)
        self.countries = {c.iso3: c for c in gazetteer.countries}
        self.holders: dict[tuple[str, str], list[tuple[object, PersonEntry]]] = {}
        for person in gazetteer.people:
            for term in person.terms:
                key = (term.country_iso3, term.office_kind)
                self.holders.setdefault(key, []).append((term, person))
        self.sides = [self._sides_of(conflict) for conflict in gazetteer.conflicts]
        # The last year the reference data knows of: no undated article is
        # placed later (a term's start, not its end: a term may be entered with its due end).
        known = [t.start for p in gazetteer.people for t in p.terms]
        known += [c.began for c in gazetteer.conflicts if c.began]
        self.horizon = max(known).year if known else None
        self.conflicts_of_country: dict[str, list[int]] = {}
        for number, sides in enumerate(self.sides):
            for iso3 in sides:
                self.conflicts_of_country.setdefault(iso3, []).append(number)
        anaphors = self.rules.conflict_anaphors
        self.anaphor_words = {words[0] for words in anaphors if len(words) == 1}
        self.anaphor_phrases = [" ".join(words) for words in anaphors if len(words) > 1]
        self.side_names = {name.lower(): (slug, side) for name, slug, side in self.rules.side_names}
        self.any_blocker = _any_of(blocker.pattern for blocker in self.rules.blockers)
        # The learned cue's positions as cues: a side must be named for support, and an act or
        # a side for condemnation, as the lexicon's own cues of those labels ask.
        self.learned_cues = {
            label: Cue(
                label=label,
                keywords=(),
                pattern=_NOTHING,
                needs={"supports": "side", "condemns": "object"}.get(label),
                target="after",
                kind="statement",
                confidence=LEARNED_CONFIDENCE,
                learned=True,
            )
            for label in ("supports", "condemns", "neutral", "calls_for_negotiation")
        }

    def _sides_of(self, conflict: ConflictEntry) -> dict[str, str]:
        """Map each country to its side: the listed countries, and a country the side's label
        names by name or demonym ("Palestinian armed groups") when not listed on either side."""
        sides = {iso3: "a" for iso3 in conflict.side_a_countries}
        sides.update({iso3: "b" for iso3 in conflict.side_b_countries})
        for side, label in (("a", conflict.side_a_label), ("b", conflict.side_b_label)):
            for country in self.gazetteer.countries:
                if country.iso3 in sides or country.iso3 in conflict.side_a_countries:
                    continue
                names = [country.name] + [n for n, kind in country.names if kind == "demonym"]
                if any(re.search(rf"\b{re.escape(name)}\b", label) for name in names):
                    sides[country.iso3] = side
        return sides

    def side_of(self, conflict_number: int, iso3: str | None) -> str | None:
        return self.sides[conflict_number].get(iso3)

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer) -> Extractor:
        """Return the gazetteer's extractor, compiling it on first use."""
        if not isinstance(gazetteer.compiled, cls):
            gazetteer.compiled = cls(gazetteer)
        return gazetteer.compiled

    def extract(self, text: str, *, published: date | None = None) -> list[Candidate]:
        # isspace() says what strip() would, without copying the whole text.
        if not text or text.isspace():
            return []
        return Article(self, text, published).candidates()

    def negates(self, window: str) -> bool:
        """Whether a negation governs what follows these words (the few words before a cue);
        remembered: the negators' pattern is slow to search (dozens of alternatives, each
        tried at each character), and the same few words come back cue after cue."""
        negated = self._negated_windows.get(window)
        if negated is None:
            negated = bool(self.rules.negator.search(window))
            if len(self._negated_windows) > _WINDOW_CACHE_LIMIT:
                self._negated_windows.clear()
            self._negated_windows[window] = negated
        return negated

    def word_class(self, word: str) -> tuple:
        """Return (cues it may start, is a speech verb, may date something) for a lower-cased
        word, or () for a word that is none of these; remembered, so that an article's words
        cost one dictionary look-up each."""
        keyword_cues = self._keyword_cues
        found_cues: set[int] = set()
        for end in range(1, min(len(word), self._longest_keyword) + 1):
            numbers = keyword_cues.get(word[:end])
            if numbers:
                found_cues.update(numbers)
        cues = tuple(sorted(found_cues))
        speech = word in self.rules.speech_verbs or any(
            phrase[0] == word for phrase in self.rules.source_after_phrases
        )
        dating = word in _DATE_WORDS or word.isdigit()
        found = (cues, speech, dating) if cues or speech or dating else ()
        if len(self.word_classes) > _WORD_CACHE_LIMIT:
            self.word_classes.clear()
        self.word_classes[word] = found
        return found

    def holder(self, iso3: str, kind: str | None, day: date | None) -> Speaker | None:
        """Return whoever held the country's office of this kind on the day."""
        if not kind:
            return None
        for candidate_kind in (kind, *self.rules.fallback_kinds.get(kind, ())):
            terms = self.holders.get((iso3, candidate_kind), [])
            if day is not None:
                terms = [(t, p) for t, p in terms if t.covers(day)]
                # Some posts have several holders at once (a ministry's spokespersons): naming
                # one would be a guess. A term starting that day is a handover, not a second
                # holder.
                if sum(term.start < day for term, _ in terms) > 1:
                    return None
            if len(terms) == 1 or (terms and day is not None):
                term, person = max(terms, key=lambda pair: pair[0].start)
                return Speaker(
                    country=iso3,
                    person=person,
                    office_kind=term.office_kind,
                    office_title=term.office_title,
                    office_key=term.office_key,
                )
        return None

    def office_of_phrase(self, phrase: str) -> tuple[str | None, str | None]:
        """Read an office kind and a country from a description: "Malaysia's prime minister"."""
        document = parse(phrase)
        kind = country = None
        for mention in self.index.find(document):
            if mention.kind == "title" and kind is None:
                kind = mention.ref
            elif mention.kind == "country" and country is None:
                if _AFFAIRS_AFTER_RE.match(phrase, mention.end):
                    continue  # "the Taiwan Affairs Office of China's State Council": its topic
                country = mention.ref
        return kind, country


def extract_candidates(
    text: str, *, gazetteer: Gazetteer, published: date | None = None
) -> list[Candidate]:
    """Extract candidate statements from one article (the gazetteer compiles once, on first
    use, and is reused by later calls)."""
    return Extractor.for_gazetteer(gazetteer).extract(text, published=published)
