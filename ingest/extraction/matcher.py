"""Find every known name in an article in one pass over its words.

All names (countries and their aliases, people, blocs, conflicts, the words of each side's
label, and the title and anaphor phrases of the rules) go into one index keyed by their first
word, so matching costs a dictionary look-up a word, whatever the size of the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import compress
from typing import Any

from .gazetteer import ConflictEntry, Gazetteer
from .rules import Rules
from .text import Document

# "M23 (and Rwanda)": the "and" inside a bracket joins too, so "Rwanda" is the name, not
# "and Rwanda" (which would swallow the country in "Congo and Rwanda signed").
_SIDE_LABEL_SPLIT_RE = re.compile(r"\s+and\s+|[(),;/]\s*(?:and\s+)?|\s+-\s+")
# Side-label words too vague to stand for a side on their own.
_VAGUE_SIDE_WORDS = frozenset({"allies", "forces", "government", "groups", "coalition"})
# What may stand between two words of one name: a space, a hyphen, an apostrophe, a dot.
# Words that may follow a name without being part of it ("Putin Tuesday", AP style).
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec".split()
)
_NAME_GAP_RE = re.compile(r"[\s.\-'’]{0,3}")


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    kind: str
    ref: Any
    case: str  # "any", "capital" (first letter upper) or "upper" (acronym)
    name_kind: str = ""


@dataclass
class Mention:
    kind: str
    ref: Any
    start: int
    end: int
    first_word: int
    last_word: int  # one past the last
    name_kind: str = ""


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name.lower()))


# Transliterations of one Slavic ending: Zelenskyy, Zelenskiy, Zelensky, Zelenskii.
_SLAVIC_ENDING_RE = re.compile(r"(?<=\w{3})(?:yy|iy|ii|yi|y)$")
_SLAVIC_ENDINGS = ("yy", "iy", "y", "ii")


def _fold_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _spellings(name: str) -> set[str]:
    """Other ways news spells a name: without its accents, with another transliteration of
    a Slavic ending."""
    folded = _fold_accents(name)
    found = {folded}
    words = folded.split()
    for position, word in enumerate(words):
        if len(word) >= 6 and _SLAVIC_ENDING_RE.search(word):
            for ending in _SLAVIC_ENDINGS:
                other = _SLAVIC_ENDING_RE.sub(ending, word)
                found.add(" ".join([*words[:position], other, *words[position + 1 :]]))
    found.discard(name)
    return found


def _case_of(name: str) -> str:
    letters = re.sub(r"\W", "", name)
    if letters.isupper() and len(letters) <= 6:
        return "upper"
    return "capital" if name[:1].isupper() else "any"


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name.strip())


def side_phrases(conflict: ConflictEntry, side: str) -> list[tuple[str, bool]]:
    """Split a side's label into the names it holds, each with whether it is distinctive
    enough to point at this conflict on its own ("Hamas", "Rapid Support Forces", "M23")."""
    label = conflict.side_a_label if side == "a" else conflict.side_b_label
    phrases = []
    for part in _SIDE_LABEL_SPLIT_RE.split(label):
        part = _strip_article(part)
        if not part or part.lower() in _VAGUE_SIDE_WORDS:
            continue
        words = part.split()
        distinctive = any(c.isupper() for c in part[1:]) or (len(words) == 1 and part[:1].isupper())
        phrases.append((part, distinctive))
        if len(words) >= 3 and all(word[:1].isupper() for word in words):
            # News writes a multi-word name by its initials: "Rapid Support Forces", "RSF".
            phrases.append(("".join(word[0] for word in words), True))
        if len(words) == 1 and part.endswith("is") and len(part) > 4:
            # "Houthis": also "the Houthi militia"; not "Hamas" as "Hama" (a Syrian city)
            phrases.append((part[:-1], distinctive))
    return phrases


class NameIndex:
    """The compiled index of every name the engine looks for."""

    def __init__(self, gazetteer: Gazetteer, rules: Rules):
        self._by_first_word: dict[str, list[Entry]] = {}
        by_slug = {conflict.slug: index for index, conflict in enumerate(gazetteer.conflicts)}
        # Before the countries: a place that names one conflict wins over a country of the same
        # name ("the UN mission in Western Sahara" names the Western Sahara conflict; the
        # territory stays inside it as a country named, as "Ukraine" inside "war in Ukraine").
        for place, slug in rules.conflict_places:
            if slug in by_slug:
                self._add(place, "conflict", by_slug[slug])
        for country in gazetteer.countries:
            self._add(country.name, "country", country.iso3, name_kind="name")
            for name, name_kind in country.names:
                self._add(name, "country", country.iso3, name_kind=name_kind)
        for index, conflict in enumerate(gazetteer.conflicts):
            for name in [conflict.name, *conflict.aliases]:
                self._add(name, "conflict", index)
        for name, slug, side in rules.side_names:
            if slug in by_slug and side in ("a", "b"):
                self._add(name, "side", (by_slug[slug], side), only_if_new=True)
        for region in rules.regions:
            self._add(region, "region", None)
        # After the countries: a side label that is a country's name ("Ukraine") stays a country.
        for index, conflict in enumerate(gazetteer.conflicts):
            for side in ("a", "b"):
                for phrase, distinctive in side_phrases(conflict, side):
                    kind = "side" if distinctive else "vague_side"
                    case = "upper" if phrase.isupper() else "any"  # "RSF", not "rsf"
                    self._add(phrase, kind, (index, side), case=case, only_if_new=True)
        for bloc in gazetteer.blocs:
            for name in [bloc.name, bloc.acronym, *bloc.aliases]:
                if name:
                    self._add(name, "bloc", bloc)
        for person in gazetteer.people:
            for name in [person.name, *person.aliases]:
                self._add(name, "person", person)
            for name in [person.name, *person.aliases]:
                # Other spellings of the same name: "Erdogan" for "Erdoğan", "Zelenskiy" and
                # "Zelensky" for "Zelenskyy".
                for variant in _spellings(name):
                    self._add(variant, "person", person, only_if_new=True)
            given, *rest = person.name.split()
            if len(rest) == 1:
                # The family name first, as East Asian names are often written: "Kishida Fumio".
                self._add(f"{rest[0]} {given}", "person", person)
        for words, kind in rules.office_titles.items():
            self._add_words(words, "title", kind, case="upper" if words == ("pm",) else "any")
        for words in rules.institutions:
            self._add_words(words, "institution", None, case="any")
        for words in rules.country_anaphors:
            self._add_words(words, "country_anaphor", None, case="any")
        for words in rules.latter:
            self._add_words(words, "latter", None, case="any")
        for words in rules.joint_subjects:
            self._add_words(words, "joint", None, case="any")
        for words in rules.host_subjects:
            self._add_words(words, "host", None, case="any")
        for words in rules.document_subjects:
            self._add_words(words, "document", None, case="any")
        # Per first word: the longer names by their second word, then the one-word names, so
        # that a frequent first word ("the") costs two look-ups, not a walk through its names.
        self._by_first_two: dict[str, tuple[dict[str, list[Entry]], list[Entry]]] = {}
        for first, entries in self._by_first_word.items():
            entries.sort(key=lambda entry: len(entry.words), reverse=True)
            longer: dict[str, list[Entry]] = {}
            for entry in entries:
                if len(entry.words) > 1:
                    longer.setdefault(entry.words[1], []).append(entry)
            self._by_first_two[first] = (longer, [e for e in entries if len(e.words) == 1])

    def _add(self, name, kind, ref, *, case="", name_kind="", only_if_new=False):
        name = _strip_article(name)
        words = _words(name)
        if only_if_new and any(e.words == words for e in self._by_first_word.get(words[0], [])):
            return
        if words:
            self._add_words(words, kind, ref, case=case or _case_of(name), name_kind=name_kind)

    def _add_words(self, words, kind, ref, *, case, name_kind=""):
        entries = self._by_first_word.setdefault(words[0], [])
        if not any(e.words == words and e.kind == kind for e in entries):
            entries.append(Entry(words, kind, ref, case, name_kind))

    def knows(self, word: str) -> bool:
        """Whether some name of the gazetteer or the rules is this one word."""
        return any(len(entry.words) == 1 for entry in self._by_first_word.get(word, ()))

    def find(self, document: Document) -> list[Mention]:
        """Return the mentions of known names, longest match first, left to right."""
        words, text = document.words, document.text
        lowers = words.lowers
        mentions: list[Mention] = []
        count = len(words)
        by_first_two = self._by_first_two
        # Only the words that start some name are looked at (found at C speed).
        starting = compress(range(count), map(by_first_two.__contains__, lowers))
        resume = 0
        for index in starting:
            if index < resume:
                continue
            matched = None
            longer, single = by_first_two[lowers[index]]
            following = longer.get(lowers[index + 1]) if index + 1 < count else None
            for entry in [*following, *single] if following else single:
                if index + len(entry.words) > count:
                    continue
                if self._matches(entry, words, index, text):
                    matched = entry
                    break
            if matched is None:
                continue
            size = len(matched.words)
            if lowers[index] == "the" and self._longer_after_article(words, index, size, text):
                continue  # "the Republic of Korea": the country's name, not "the republic"
            if matched.kind == "region":
                resume = index + size  # "Latin America": no country, nobody
                continue
            if matched.kind == "person" and size == 1 and self._longer_name(words, index, text):
                continue  # "Abbas Mousavi" is not Mahmoud Abbas
            if matched.kind == "country" and matched.name_kind == "capital" and size == 1:
                if self._inside_proper_name(words, index, text):
                    continue  # "the OSCE Minsk Group", "the Washington Post": no country
            if matched.kind == "conflict":
                mentions.extend(self._countries_inside(words, index, index + size, text))
            start, end = words.starts[index], words.ends[index + size - 1]
            mentions.append(
                Mention(matched.kind, matched.ref, start, end, index, index + size,
                        matched.name_kind)
            )  # fmt: skip
            resume = index + size
        return mentions

    def _longer_after_article(self, words, index: int, size: int, text: str) -> bool:
        """Whether a name starting right after a matched phrase's "the" runs on past the
        phrase's end ("the Republic of Korea" over "the republic")."""
        following = index + 1
        if following >= len(words) or words.lowers[following] not in self._by_first_two:
            return False
        longer, _ = self._by_first_two[words.lowers[following]]
        after = longer.get(words.lowers[following + 1]) if following + 1 < len(words) else None
        return any(
            len(entry.words) >= size
            and following + len(entry.words) <= len(words)
            and self._matches(entry, words, following, text)
            for entry in after or ()
        )

    def _longer_name(self, words, index: int, text: str) -> bool:
        """Whether a one-word name runs on into a capitalised word no name starts with: the
        person's alias is then part of someone else's name."""
        following = index + 1
        if following >= len(words) or not words.texts[following][:1].isupper():
            return False
        if words.lowers[following] in _CALENDAR or words.lowers[following] in self._by_first_two:
            return False
        return bool(_NAME_GAP_RE.fullmatch(text, words.ends[index], words.starts[following]))

    def _inside_proper_name(self, words, index: int, text: str) -> bool:
        """Whether a capital runs on, after a space only, into a capitalised word no name
        starts with ("Minsk Group", "Washington Post"): a name of its own."""
        following = index + 1
        if following >= len(words) or not words.texts[following][:1].isupper():
            return False
        if words.lowers[following] in _CALENDAR or self.knows(words.lowers[following]):
            return False
        return text[words.ends[index] : words.starts[following]] == " "

    def _countries_inside(self, words, start: int, end: int, text: str) -> list[Mention]:
        """Countries named inside a conflict's name ("invasion of Ukraine"): they tell which
        side a condemnation is about, though they are not actors themselves."""
        inside = []
        for index in range(start, end):
            for entry in self._by_first_word.get(words.lowers[index], ()):
                size = len(entry.words)
                if entry.kind != "country" or index + size > end:
                    continue
                if self._matches(entry, words, index, text):
                    first, last = words.starts[index], words.ends[index + size - 1]
                    inside.append(
                        Mention("inner_country", entry.ref, first, last, index, index + size,
                                entry.name_kind)
                    )  # fmt: skip
                    break
        return inside

    @staticmethod
    def _matches(entry: Entry, words, index: int, text: str) -> bool:
        lowers, starts, ends, texts = words.lowers, words.starts, words.ends, words.texts
        for offset in range(1, len(entry.words)):
            at = index + offset
            if lowers[at] != entry.words[offset]:
                return False
            if not _NAME_GAP_RE.fullmatch(text, ends[at - 1], starts[at]):
                return False
        if entry.case == "capital":
            return texts[index][:1].isupper()
        if entry.case == "upper":
            return all(texts[index + k].isupper() for k in range(len(entry.words)))
        return True
