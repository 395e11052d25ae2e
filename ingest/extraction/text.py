"""Split an article into paragraphs, sentences, words and quotations, keeping character offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

WORD_RE = re.compile(r"\w+")
_WORD_SPLIT_RE = re.compile(r"(\w+)")
# Blank lines separate paragraphs; texts without any use one paragraph a line.
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_LINE_BREAK_RE = re.compile(r"\n")
_LABELLED_LINE_RE = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:(?:Q|A|Question|Answer|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}):"
    r"|(?:Q|A)\.)\s)"
)
# A line break before a bullet or a number opening the next line, or a short label and its
# colon ("Against (15): ..."): where a list item begins.
_BULLET_LINE_RE = re.compile(
    r"[ \t]*\n[ \t]*(?=(?:[-–—•*▪]|\d{1,2}[.)])[ \t]"
    r"|[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*(?:\(\d+\)[ \t]*)?:[ \t])"
)
# A line break inside a list that starts a line of its own: not after a comma, a colon or a
# joining word, and before a capital or a quotation mark.
_LINE_AFTER_ITEM_RE = re.compile(r"(?<![,;:])(?<!\band)(?<!\bor)[ \t]*\n[ \t]*(?=[\"“‘A-Z])")
# Every match opens on one of [.!?]: `_sentence_ends` tries the pattern at those alone.
_SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?:(?=\s+[\"“‘(\[]?[A-Z0-9])|\s*$)")
# A list item's number: "2. Abstained: ...".
_LIST_NUMBER_RE = re.compile(r"\d{1,2}")
# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres amb jan feb mar apr jun jul "
    "aug sep sept oct nov dec no vs etc inc ltd co corp jr sr u s n e g i mt ft messrs adm cmdr "
    "brig rev hon dept govt".split()
)
OPENING_QUOTES = '“"‘'
CLOSING_QUOTES = '”"'
_QUOTE_MARK_RE = re.compile(r'[“”"‘’]')
# British single quotes: "‘" opens after a space or a bracket; "’" closes only where it is no
# apostrophe ("Britain’s"), that is where no letter follows.
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"


@dataclass(slots=True)
class Word:
    """One word: its lower-cased form and where it stands."""

    text: str
    lower: str
    start: int
    end: int
    index: int


class Words(Sequence):
    """The text's words. Hot loops read the plain lists (`lowers`, `starts`, `ends`); a
    `Word` object is only made for the few words looked at closely."""

    def __init__(self, text: str):
        # One split for all four lists: the pieces alternate gap, word, gap, ..., so the words'
        # offsets are the running sums of the pieces' lengths (no match object a word).
        pieces = _WORD_SPLIT_RE.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.texts = pieces[1::2]
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        self.lowers = list(map(str.lower, self.texts))
        self._made: list[Word | None] = [None] * len(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        word = self._made[index]
        if word is None:
            if index < 0:
                index += len(self.texts)
            word = Word(
                self.texts[index], self.lowers[index], self.starts[index], self.ends[index], index
            )
            self._made[index] = word
        return word


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    # Index range of the sentence's words in Document.words.
    first_word: int = 0
    last_word: int = 0  # one past the last


@dataclass
class Quote:
    """A quotation, possibly running over several paragraphs (each reopening with a quote mark)."""

    start: int
    end: int
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Document:
    text: str
    words: Words
    paragraphs: list[tuple[int, int]]
    sentences: list[Sentence]
    quotes: list[Quote]

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= offset < quote.end:
                return quote
        return None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-empty paragraph, trimmed of surrounding blanks. A line
    opening with a transcript's label ("Q:", "A:", "Mao Ning:", also "Q." and "A.") starts a
    paragraph even without a blank line before it."""
    separator = _LABELLED_LINE_RE if _BLANK_LINE_RE.search(text) else _LINE_BREAK_RE
    spans, position = [], 0
    for match in separator.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            offset = start + chunk.index(stripped)
            trimmed.append((offset, offset + len(stripped)))
    return trimmed


def _stops(text: str) -> list[int]:
    """Where the text has a full stop, a question or an exclamation mark, in order."""
    stops = []
    for mark in ".!?":
        found = text.find(mark)
        while found >= 0:
            stops.append(found)
            found = text.find(mark, found + 1)
    stops.sort()
    return stops


def _sentence_ends(text: str, start: int, end: int, stops: list[int]) -> Iterator[re.Match]:
    """_SENTENCE_END_RE's matches in text[start:end], as `finditer` finds them: every match
    opens on a stop, so the pattern is tried at the stops alone (found at C speed) rather than
    scanned for."""
    resume = start
    for stop in stops[bisect_left(stops, start) : bisect_left(stops, end)]:
        if stop >= resume:
            match = _SENTENCE_END_RE.match(text, stop, end)
            if match is not None:
                resume = match.end()
                yield match


def _sentence_spans(text: str, start: int, end: int, stops: list[int]) -> list[tuple[int, int]]:
    spans, sentence_start = [], start
    for match in _sentence_ends(text, start, end, stops):
        # From the right, once: splitting the whole sentence for its last word cost more.
        last_words = text[sentence_start : match.start()].rsplit(None, 1)
        last_word = last_words[-1] if last_words else ""
        tail = last_word.lower().strip("(\"“'").split(".")[-1]
        if text[match.start()] == "." and (
            tail in _ABBREVIATIONS
            or (len(tail) == 1 and not tail.isdigit())
            or (tail.isdigit() and _numbering(text, sentence_start, match.start() - len(tail), end))
        ):
            # An abbreviation, an initial ("J. Smith"), a list's number ("2. Abstained: ...",
            # "demands: 1. Withdrawal ..."); a number else ends the sentence ("passed by 141
            # votes to 5. India abstained"), as "No. 5" and "5.5 per cent" never reach here.
            continue
        spans.append((sentence_start, match.end()))
        sentence_start = match.end()
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end and text[sentence_start:end].strip():
        spans.append((sentence_start, end))
    return spans


def _numbering(text: str, sentence_start: int, number_start: int, end: int) -> bool:
    """Whether the number at `number_start` numbers a list item: short, and opening the
    sentence ("2. Abstained: ..."), or after a colon, a semicolon or a bracket with its
    neighbour in the list ("demands: 1. Withdrawal ...; 2. Release ..."), where
    "Abstentions: 35. India abstained" is a count."""
    if not text[number_start].isdigit():
        return False
    stop = text.index(".", number_start)
    if not _LIST_NUMBER_RE.fullmatch(text, number_start, stop):
        return False
    before = text[sentence_start:number_start].rstrip()
    if not before:
        return True
    if before[-1] not in ":;([":
        return False
    number = int(text[number_start:stop])
    neighbour = re.compile(rf"[:;,(\[]\s*(?:{number - 1}|{number + 1})[.)]\s")
    return neighbour.search(text, sentence_start, end) is not None


def _quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Pair quotation marks; a quote left open at a paragraph's end runs into the next one
    when that paragraph opens with a quotation mark (the wire-report convention)."""
    quotes: list[Quote] = []
    open_quote: Quote | None = None
    opened_with = ""
    for number, (start, end) in enumerate(paragraphs):
        position = start
        if open_quote is not None:
            if text[start] in OPENING_QUOTES:
                open_quote.paragraphs.append(number)
                position += 1
            else:
                open_quote = None
        for match in _QUOTE_MARK_RE.finditer(text, position, end):
            char, position = match.group(), match.start()
            if open_quote is None and char in OPENING_QUOTES:
                if char == _SINGLE_OPEN and position > start and text[position - 1] not in " (—–":
                    continue
                open_quote = Quote(start=position, end=end, paragraphs=[number])
                opened_with = char
                quotes.append(open_quote)
            elif open_quote is not None and _closes(text, position, char, opened_with):
                open_quote.end = position + 1
                open_quote = None
        if open_quote is not None:
            open_quote.end = end
    return quotes


def _closes(text: str, position: int, char: str, opened_with: str) -> bool:
    """Whether a quotation mark closes the quotation `opened_with` opened."""
    if opened_with == _SINGLE_OPEN:
        following = text[position + 1 : position + 2]
        return char == _SINGLE_CLOSE and not following.isalnum()
    return char in CLOSING_QUOTES


def _bulleted_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut where a line opens on a bullet, a number or a short label ("- Voted
    against (14): ...", "2. Abstained: ...", "Against (15): ..."): each item is a sentence of
    its own (or more), whatever the line before it ends on."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    cuts = list(_BULLET_LINE_RE.finditer(text, start, end))
    if cuts:
        # Once a list has begun, a line of its own after an item ends it: "- China\nFrance's
        # envoy regretted the vote." (not a line running on after a comma or an "and").
        first = cuts[0].start()
        cuts = sorted(
            {
                m.span(): m for m in [*cuts, *_LINE_AFTER_ITEM_RE.finditer(text, first, end)]
            }.values(),
            key=lambda m: m.start(),
        )
    pieces, piece_start = [], start
    for item in cuts:
        if item.start() > piece_start:
            pieces.append((piece_start, item.start()))
        piece_start = max(piece_start, item.end())
    pieces.append((piece_start, end))
    return pieces


def parse(text: str) -> Document:
    paragraphs = split_paragraphs(text)
    words = Words(text)
    sentences: list[Sentence] = []
    stops = _stops(text)
    for number, (start, end) in enumerate(paragraphs):
        spans = [
            span
            for piece_start, piece_end in _bulleted_lines(text, start, end)
            for span in _sentence_spans(text, piece_start, piece_end, stops)
        ]
        for sentence_start, sentence_end in spans:
            sentence = Sentence(len(sentences), number, sentence_start, sentence_end)
            sentence.first_word = bisect_left(words.starts, sentence_start)
            sentence.last_word = bisect_right(words.ends, sentence_end)
            sentences.append(sentence)
    return Document(text, words, paragraphs, sentences, _quotes(text, paragraphs))
