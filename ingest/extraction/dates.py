"""Find date expressions in text and resolve them to a day, a month or a year.

Expressions are resolved against an anchor: the publication date when known. Without one, the
explicit month-and-day dates of the article are placed in the year that the conflict's start
and the weekdays the article names agree on ("March 2" and "Wednesday" after a war that began
on 24 February 2022 make 2 March 2022), and the latest of them anchors the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Words

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A timeline's or a week-in-review's headings write their days in capitals ("TUESDAY, 19
# SEPTEMBER 2023"): the body's dates take those too (a dateline's keep to their own style).
_ANY_MONTH = f"(?:{_MONTH}|{_MONTH.upper()})"
_ANY_WEEKDAY = f"(?:{_WEEKDAY}|{_WEEKDAY.upper()})"
DATE_RE = re.compile(
    rf"\b(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})(?:\b|(?=T\d))"
    rf"|\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_ANY_MONTH})"
    rf"(?:,?\s+(?P<y1>{_YEAR})|\s+(?P<ly1>(?:last|next)\s+year)\b)?"
    rf"|\b(?P<m2>{_ANY_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<y2>{_YEAR})|\s+(?P<ly2>(?:last|next)\s+year)\b)?"
    rf"|\b(?P<m3>{_ANY_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    rf"|\b(?P<last>[Ll]ast\s+)?(?P<weekday>{_ANY_WEEKDAY})\b"
    r"|\b(?P<relative>(?i:yesterday|today|(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:days?|weeks?)\s+ago|last\s+(?:week|month|year|night)|overnight|"
    r"(?:earlier\s+)?this\s+(?:week|month)))\b"
    rf"|\b(?P<in_last>in|[Ll]ast)\s+(?P<m4>{_ANY_MONTH})(?!\s+\d)\b"
    rf"|\bin\s+(?P<y4>{_YEAR})\b"
)
# The words DATE_RE's matches can open on, lower-cased (besides a word opening on a digit):
# every branch opens on a word's first letter, so only these words need trying.
_DATE_OPENERS = frozenset(
    [*_MONTHS, *_WEEKDAYS, *_NUMBERS] + "last yesterday today overnight earlier this in".split()
)

# A day told from the day the story last gave; looked for apart, only where " day" is written.
_SEQUEL_RE = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+day|"
    r"the\s+(?:following|next|previous)\s+day|(?:a|one)\s+day\s+(?:later|earlier|before|after)|"
    r"the\s+day\s+(?:after|before))\b",
    re.IGNORECASE,
)

# A time within the day the story last gave, or the day told right after it ("condemned the
# attack hours after the strike on Saturday"): "within hours", "hours later", "minutes after",
# "shortly afterwards".
_SAME_DAY_RE = re.compile(
    r"\b(?:within\s+(?:hours|minutes)|(?:(?:just|only|a\s+few|several)\s+)?(?:hours|minutes)\s+"
    r"(?:later|after(?:wards)?)|shortly\s+(?:after(?:wards)?|later))\b",
    re.IGNORECASE,
)

# A time inside a sitting that may run for weeks (a council's or an assembly's session): no
# knowable day, and no fallback to the story's day either.
_WITHIN_SESSION_RE = re.compile(
    r"\b(?:earlier|previously)\s+(?:in\s+the|this|during\s+the)\s+session\b", re.IGNORECASE
)


# Agencies that sign a dateline without brackets: "TOKYO, June 18 Kyodo -".
_AGENCY = r"(?:Kyodo|Xinhua|AFP|AP|Reuters|IANS|PTI|ANI|Bernama|Yonhap|WAM|SPA|KUNA|QNA|MENA|IRNA)"

# "BRASILIA, Jan 31 (Reuters) -" or "KHARTOUM/RIYADH, April 16 (Wire) -" opening a paragraph;
# also the house styles "TOKYO, June 18 Kyodo -", "MOSCOW, March 4. /TASS/." and a line of its
# own with the year ("NEW DELHI, February 24, 2023", The Hindu); the weekday alone of papers
# that write no date ("PRETORIA, Saturday -").
_DATELINE_RE = re.compile(
    rf"^[A-Z][A-Z.'’ -]+(?:/[A-Z][A-Z.'’ -]+)*(?:,(?!\s*{_WEEKDAY}\b)\s*[A-Za-z.' ]+)?(?:,\s+"
    rf"(?:{_WEEKDAY},?\s+(?={_MONTH}|\d))?"
    rf"(?P<date>(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})"
    rf"|(?P<weekday>{_WEEKDAY}))"
    r"(?:,?\s+(?P<year>\d{4}))?)?\s*"
    rf"(?:(?P<agency>\([^)]{{1,40}}\)\s*|{_AGENCY}\s+)?[-–—]+|(?P<tass>\.?\s*/TASS/\.?)"
    r"|(?<=\d{4})[ \t]*$)",
    re.MULTILINE,
)

# AFP's house style, a place in title case, perhaps with its country, and the agency in
# brackets: "Paris (AFP) -", "United Nations (United States) (AFP) -".
_TITLE_DATELINE_RE = re.compile(
    r"^[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3}(?:\s+\([A-Z][\w'’. -]{1,30}\))?"
    rf"\s+(?P<agency>\({_AGENCY}\))\s*[-–—]+",
    re.MULTILINE,
)


# A page's own numeric date: "14.04.2024", "14/04/2024" (day first unless that cannot be).
_NUMERIC_DATE_RE = re.compile(rf"\b(\d{{1,2}})([./])(\d{{1,2}})\2({_YEAR})\b")
# How far down a page its date line may stand when no furniture word opens it, how long a
# byline with a date may be ("By John Smith | Reuters | April 14, 2024 9:12 AM GMT"), and how
# many other words a date line may have ("Last updated on", "Islamabad,").
_PAGE_TOP = 600
_DATE_LINE_WORDS = 12
_DATE_LINE_OTHER_WORDS = 3
# How many words a document's heading line may have (a transcript's title with its date).
_HEADER_WORDS = 20
# How many years after a conflict's start (or an open term's) an undated article may be.
_YEARS_AFTER = 25


# A year written beside "last year", "this year" or "next year" gives the article's own year:
# "Last year's renewal, in October 2024" is written in 2025.
_YEAR_CLUE_RE = re.compile(
    rf"\b(?P<which>last|this|next)\s+year(?:['’]s(?:\s+[a-z-]+){{1,2}})?,?\s+in\s+"
    rf"(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_YEAR_CLUE_SHIFT = {"last": 1, "this": 0, "next": -1}
# A mandate renewed "until 31 October next year" runs a year from when the old one lapses: the
# renewal is made on or before that day of the article's year.
_RENEWAL_RE = re.compile(
    r"\b(?:renew|extend|prolong)\w*\b[^.;]{0,120}?\buntil\s+(?:the\s+end\s+of\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}))"
    r",?\s+next\s+year\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    kind: str  # day, month, year, weekday, relative, sequel, session
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str = ""
    shift: int = 0  # a sequel's days after the day the story last gave ("the next day": 1)


@dataclass(frozen=True)
class ResolvedDate:
    day: date | None
    precision: str  # day, month or year
    period: str | None = None  # "2022-03" or "2022" when the day is unknown

    @property
    def known(self) -> bool:
        return self.day is not None or self.period is not None


UNKNOWN = ResolvedDate(None, "year", None)


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _date_matches(text: str, start: int, stop: int, words: Words | None) -> Iterator[re.Match]:
    """DATE_RE's matches in text[start:stop], as `finditer` finds them; given the text's
    words, tried only at the words that may open a date instead of at every character."""
    if words is None:
        yield from DATE_RE.finditer(text, start, stop)
        return
    lowers, starts = words.lowers, words.starts
    resume = start
    for index in range(bisect_left(starts, start), bisect_left(starts, stop)):
        lower = lowers[index]
        # A word with other than ASCII letters may still match a branch case-insensitively
        # ("ſix days ago"): it is tried too.
        if lower in _DATE_OPENERS or lower[0].isdigit() or not lower.isascii():
            at = starts[index]
            if at >= resume:
                match = DATE_RE.match(text, at, stop)
                if match is not None:
                    resume = match.end()
                    yield match


def find_dates(
    text: str, start: int = 0, end: int | None = None, words: Words | None = None
) -> list[DateExpr]:
    """The date expressions in text[start:end]; `words`, the text's words, makes it faster."""
    stop = len(text) if end is None else end
    found = []
    for match in _date_matches(text, start, stop, words):
        group = match.groupdict()
        span = (match.start(), match.end())
        if group["iso"]:
            y, m, d = map(int, group["iso"].split("-"))
            found.append(DateExpr(*span, "day", y, m, d))
        elif group["d1"] or group["d2"]:
            day = int(group["d1"] or group["d2"])
            month = _month(group["m1"] or group["m2"])
            year = group["y1"] or group["y2"]
            # "December 5 last year": the year before the anchor's; "31 October next year" the
            # year after it
            said = group["ly1"] or group["ly2"]
            last = " ".join(said.lower().split()) if said else ""
            if 1 <= day <= 31:
                found.append(
                    DateExpr(*span, "day", int(year) if year else None, month, day, relative=last)
                )
        elif group["m3"]:
            found.append(DateExpr(*span, "month", int(group["y3"]), _month(group["m3"])))
        elif group["m4"]:
            # "last December": the latest December before the anchor's month
            last = "last" if group["in_last"].lower() == "last" else ""
            found.append(DateExpr(*span, "month", None, _month(group["m4"]), relative=last))
        elif group["y4"]:
            found.append(DateExpr(*span, "year", int(group["y4"])))
        elif group["weekday"]:
            found.append(
                DateExpr(
                    *span,
                    "weekday",
                    weekday=_WEEKDAYS.index(group["weekday"].lower()),
                    relative="last" if group["last"] else "",
                )
            )
        else:
            found.append(DateExpr(*span, "relative", relative=group["relative"].lower()))
    found = _weeks_ago(text, _with_weekdays(text, found))
    if " day" in text[start:stop]:
        found += [
            # "a day after the strike on Sunday": from the day told right after it, if any
            DateExpr(
                *sequel.span(), "sequel", relative=_relative_to(phrase), shift=_sequel_shift(phrase)
            )
            for sequel in _SEQUEL_RE.finditer(text, start, stop)
            for phrase in [sequel.group().lower()]
        ]
        found.sort(key=lambda expr: expr.start)
    if any(word in text[start:stop] for word in ("ours", "inutes", "hortly")):
        found += [
            # "hours after" what a day is told right after: that day ("after" in `relative`)
            DateExpr(*same.span(), "sequel", relative=same.group().lower().rsplit(None, 1)[-1])
            for same in _SAME_DAY_RE.finditer(text, start, stop)
        ]
        found.sort(key=lambda expr: expr.start)
    if " session" in text[start:stop]:
        found += [
            DateExpr(*within.span(), "session")
            for within in _WITHIN_SESSION_RE.finditer(text, start, stop)
        ]
        found.sort(key=lambda expr: expr.start)
    return found


def _with_weekdays(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """Give a day without its year the weekday written right before it ("Thursday, 21
    September"): only some years agree with it, which `resolve` weighs."""
    for number in range(1, len(found)):
        expr, before = found[number], found[number - 1]
        if (
            expr.kind == "day"
            and expr.year is None
            and before.kind == "weekday"
            and text[before.end : expr.start] in (" ", ", ")
        ):
            found[number] = replace(expr, weekday=before.weekday)
    return found


def _weeks_ago(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """Join a weekday and the week it is told of: "on Monday last week", "Tuesday of last
    week" is that weekday of the week before publication's, one day."""
    joined: list[DateExpr] = []
    for expr in found:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == "weekday"
            and expr.kind == "relative"
            and expr.relative == "last week"
            and text[before.end : expr.start] in (" ", " of ")
        ):
            joined[-1] = replace(before, end=expr.end, relative="last week")
        else:
            joined.append(expr)
    return joined


def _relative_to(phrase: str) -> str:
    """ "after" or "before" where a sequel counts from what it names next ("the day after the
    vote on Friday"), else nothing."""
    last = phrase.rsplit(None, 1)[-1]
    return last if last in ("after", "before") else ""


def _sequel_shift(phrase: str) -> int:
    if phrase.endswith(("later", "after")) or " following " in phrase or " next " in phrase:
        return 1
    if phrase.endswith(("earlier", "before")) or " previous " in phrase:
        return -1
    return 0  # "earlier in the day", "later that day", "the same day"


def find_dateline(text: str) -> tuple[DateExpr | None, int, int] | None:
    """Return a wire dateline near the top of the text ("BRASILIA, Jan 31 (Reuters) -",
    "ISLAMABAD (Reuters) -", "PRETORIA, Saturday -"), if it has one: its date if it gives one,
    where it starts and where it ends."""
    match = _DATELINE_RE.search(text, 0, 800)
    if match is None or not (match.group("date") or match.group("agency") or match.group("tass")):
        titled = _TITLE_DATELINE_RE.search(text, 0, 800)
        return (None, titled.start(), titled.end()) if titled else None
    if not match.group("date"):
        return None, match.start(), match.end()
    if match.group("weekday"):
        # "PRETORIA, Saturday -": the day the story was filed, by its weekday alone.
        weekday = _WEEKDAYS.index(match.group("weekday").lower())
        expr = DateExpr(match.start("date"), match.end("weekday"), "weekday", weekday=weekday)
        return expr, match.start(), match.end()
    month = _month(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    year = int(match.group("year")) if match.group("year") else None
    expr = DateExpr(match.start("date"), match.end("date"), "day", year, month, day)
    return expr, match.start(), match.end()


def find_page_date(text: str, furniture: list[tuple[int, int]]) -> tuple[date, int, int] | None:
    """Return the day a page's own date line gives ("Published 14.04.2024 09:12", "Updated:
    2024-04-14T09:12:00Z", "Sunday, April 14, 2024", a byline with its date), with where the
    line starts and ends: a line of page furniture anywhere, or a short unpunctuated line near
    the top. Only a full date with its year makes one."""
    lines = [(span, True) for span in furniture] + [
        (line.span(), False)
        for line in re.finditer(r"^[^\n]+$", text[:_PAGE_TOP], re.MULTILINE)
        # a cheap bound first: the words beside the date, and the date's own four at most
        if len(line.group().split()) <= _DATE_LINE_WORDS + 4
    ]
    for (start, end), is_furniture in sorted(lines):
        found = _full_date(text, start, end)
        if found is None:
            continue
        day, date_start, date_end = found
        if is_furniture or _is_date_line(text[start:date_start] + text[date_end:end]):
            return day, start, end
    return None


def find_header_date(text: str, paragraphs: list[tuple[int, int]]) -> date | None:
    """Return the full date in the lines that head a document, before its first sentence of
    prose ("Regular Press Conference on June 13, 2025", "Algiers, 30 July 2024"), if any."""
    for start, end in paragraphs:
        line = text[start:end].strip()
        if start > _PAGE_TOP or line.endswith((".", '"', "”", "?")):
            return None  # the body has begun
        if len(line.split()) > _HEADER_WORDS:
            return None
        found = _full_date(text, start, end)
        if found is not None:
            return found[0]
    return None


def _is_date_line(rest: str) -> bool:
    """Whether what a line holds beside its date is a page's ("Published", "Islamabad,",
    "Sunday,", "| 09:12 IST", a byline), not a headline's words ("Press Conference on")."""
    if rest.lstrip().startswith("By "):
        return len(rest.split()) <= _DATE_LINE_WORDS
    words = [
        word
        for word in re.findall(r"[A-Za-z]+", rest)
        if not word.isupper() and word.lower() not in _WEEKDAYS and word.lower() not in _MONTHS
    ]
    return len(words) <= _DATE_LINE_OTHER_WORDS


def _full_date(text: str, start: int, end: int) -> tuple[date, int, int] | None:
    """The first date with its year in text[start:end], and where it stands."""
    numeric = _NUMERIC_DATE_RE.search(text, start, end)
    if numeric is not None:
        first, _, second, year = numeric.groups()
        day, month = (int(first), int(second)) if int(second) <= 12 else (int(second), int(first))
        found = _safe_date(int(year), month, day)
        return (found, *numeric.span()) if found else None
    for expr in find_dates(text, start, end):
        if expr.kind == "day" and expr.year:
            found = _safe_date(expr.year, expr.month, expr.day)
            return (found, expr.start, expr.end) if found else None
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_clues(text: str) -> list[int]:
    """The years the article says it is written in: "last year's vote, in March 2024" (2025),
    "this year, in 2023" (2023)."""
    return [
        int(match.group("year")) + _YEAR_CLUE_SHIFT[match.group("which").lower()]
        for match in _YEAR_CLUE_RE.finditer(text)
    ]


def renewal_days(text: str) -> list[DateExpr]:
    """The days of the article's year a mandate it says was renewed "until 31 October next year"
    lapsed on: the renewal's day or a few days after it (each a day without its year)."""
    found = []
    for match in _RENEWAL_RE.finditer(text):
        if "mandate" not in match.group().lower():
            continue
        month, day = _month(match.group("m1") or match.group("m2")), int(match["d1"] or match["d2"])
        if 1 <= day <= 31:
            found.append(DateExpr(*match.span(), "day", None, month, day))
    return found


def infer_anchor(
    expressions: list[DateExpr],
    began: date | None,
    *,
    weekday_lag: int = 0,
    terms: list[tuple[date, date | None]] = (),
    calendar: list[DateExpr] = (),
    near: list[date] = (),
    until: int | None = None,
    clues: list[int] = (),
    renewals: list[DateExpr] = (),
) -> date | None:
    """Stand in for an unknown publication date: the latest explicit date of the article,
    its year taken from the article or else chosen to agree with the conflict's start, with
    the weekdays the article names (up to `weekday_lag` days before the date: a wire story
    filed on March 2 reports what was said "on Tuesday", March 1) and with the `terms` in
    office of the people it names ("President Joe Biden" on a Friday "April 1": 2022, not
    2016). Without the conflict's start the years looked at are those of the terms, for a
    dateline's day or a day with its weekday beside it. The
    `calendar`, every date of the article, events' too, helps choose the year: a weekday
    written beside its date ("on Thursday, May 23") fixes it above all, and then its latest
    day stands in when `expressions` hold none. Last, the years it names ("in March 2022")
    are mostly behind it: of two years that fit alike, the one after them. The days `near`
    (of events the article names) place a date without its year first: in the year that puts it
    from a week before to two months after one of them. No year after `until` (the last the
    reference data knows of) is taken, nor, where the article names people in office, a year
    none of them held office in. The years the article says it is written in (`clues`: "last
    year's vote, in March 2024") are taken before the conflict's; a day said to be "next year"
    places nothing, and the day a mandate renewed for a year lapsed (`renewals`) stands in
    where no other day is written."""
    explicit = [e for e in expressions if e.kind == "day" and e.relative != "next year"]
    paired = _weekdays_beside_days([*expressions, *calendar])
    if not explicit and paired:
        explicit = [e for e in calendar if e.kind == "day" and e.relative != "next year"]
    if not explicit:
        explicit = list(renewals)
    if not explicit:
        return None
    own_years = [e.year for e in explicit if e.year]
    event_years = [e.year for e in calendar if e.kind == "day" and e.year and e not in explicit]
    if own_years:
        years = [max(own_years)]
    elif clues:
        years = sorted(set(clues))
    elif event_years:
        # An event's dated day ("the war that began on 3 November 2020") is behind the
        # article or on its year: "Friday, 17 December" after it is 2021's.
        years = [max(event_years), max(event_years) + 1]
    elif began is not None:
        # a conflict begun long ago still runs: up to the last year the reference data knows
        last = max(began.year + _YEARS_AFTER - 1, until or 0)
        years = list(range(began.year, last + 1))
    elif terms and (weekday_lag or paired):
        # the terms place a dateline's day or a weekday's date, not any day the article names
        first = min(start.year for start, _ in terms)
        last = max(end.year if end else start.year + _YEARS_AFTER for start, end in terms)
        years = list(range(first, last + 1))
    elif near:
        years = sorted({d.year + shift for d in near for shift in (-1, 0, 1)})
    else:
        return None
    if until is not None:
        years = [year for year in years if year <= until] or years
    if terms:
        held = [
            year
            for year in years
            if any(start.year <= year <= _last_year(end, until, year) for start, end in terms)
        ]
        years = held or years
    weekdays = {e.weekday for e in expressions if e.kind == "weekday"}
    named_years = [e.year for e in calendar if e.kind in ("month", "year") and e.year]

    def fit(year: int) -> tuple[int, int, int, int, int, int]:
        days = [d for e in explicit if (d := _safe_date(e.year or year, e.month, e.day))]
        close = sum(1 for d in days for n in near if -7 <= (d - n).days <= 60)
        beside = sum(
            1
            for weekday, expr in paired
            if (d := _safe_date(expr.year or year, expr.month, expr.day)) and d.weekday() == weekday
        )
        after_start = sum(1 for d in days if began is None or d >= began)
        weekday_hits = len(
            weekdays & {(d.weekday() - lag) % 7 for d in days for lag in range(weekday_lag + 1)}
        )
        latest = max(days, default=None)
        in_office = latest is not None and sum(
            1 for start, end in terms if start <= latest and (end is None or latest <= end)
        )
        named_before = sum(1 for named in named_years if named <= year)
        return close, beside, after_start, in_office, weekday_hits, named_before

    best = max(years, key=lambda year: (fit(year), -year))
    days = [_safe_date(e.year or best, e.month, e.day) for e in explicit]
    return max((d for d in days if d), default=None)


def _last_year(end: date | None, until: int | None, year: int) -> int:
    """The last year of a term in office: an open one runs to `until`, if known."""
    return end.year if end else until or year


def _weekdays_beside_days(expressions: list[DateExpr]) -> list[tuple[int, DateExpr]]:
    """The weekdays written right before a day ("Thursday, May 23", "Sunday 1 December"),
    each with its day: what only some years agree with."""
    weekdays = {e.end: e.weekday for e in expressions if e.kind == "weekday"}
    return [
        (weekdays[gap], e)
        for e in expressions
        if e.kind == "day"
        for gap in (e.start - 1, e.start - 2)
        if gap in weekdays
    ]


def resolve(expr: DateExpr, anchor: date | None, *, published: bool) -> ResolvedDate:
    """Resolve one expression. Relative words ("yesterday") need a real publication date."""
    if expr.kind == "day":
        if expr.year:
            day = _safe_date(expr.year, expr.month, expr.day)
            return ResolvedDate(day, "day") if day else UNKNOWN
        if anchor is None:
            return UNKNOWN
        if expr.relative in ("last year", "next year"):
            shift = -1 if expr.relative == "last year" else 1
            day = _safe_date(anchor.year + shift, expr.month, expr.day)
            return ResolvedDate(day, "day") if day else UNKNOWN
        day = _safe_date(anchor.year, expr.month, expr.day)
        if day and day > anchor + timedelta(days=2):
            day = _safe_date(anchor.year - 1, expr.month, expr.day)
        if day and expr.weekday is not None and day.weekday() != expr.weekday:
            # "Thursday, 21 September" in a look back a year later: the year its weekday fits
            earlier = _safe_date(day.year - 1, expr.month, expr.day)
            if earlier and earlier.weekday() == expr.weekday:
                day = earlier
        return ResolvedDate(day, "day") if day else UNKNOWN
    if expr.kind == "month":
        year = expr.year
        if year is None and anchor is not None:
            last = expr.relative == "last"  # "last March", written in March: a year ago
            year = anchor.year if expr.month < anchor.month + (not last) else anchor.year - 1
        return ResolvedDate(None, "month", f"{year:04d}-{expr.month:02d}") if year else UNKNOWN
    if expr.kind == "year":
        return ResolvedDate(None, "year", f"{expr.year:04d}")
    if anchor is None or expr.kind in (
        "sequel",
        "session",
    ):  # a sequel counts from the story's last day
        return UNKNOWN
    if expr.kind == "weekday":
        if expr.relative == "last week":
            # "Monday last week": the Monday of the week before the anchor's
            return ResolvedDate(anchor - timedelta(days=anchor.weekday() + 7 - expr.weekday), "day")
        back = (anchor.weekday() - expr.weekday) % 7
        if back == 0 and expr.relative == "last":
            back = 7  # "last Thursday", written on a Thursday: a week ago
        return ResolvedDate(anchor - timedelta(days=back), "day")
    if not published:
        return UNKNOWN
    return _resolve_relative(expr.relative, anchor)


def resolve_sequel(expr: DateExpr, last_day: date | None) -> ResolvedDate:
    """Resolve "earlier in the day", "the next day" against the day the story last gave."""
    if last_day is None:
        return UNKNOWN
    return ResolvedDate(last_day + timedelta(days=expr.shift), "day")


def _resolve_relative(phrase: str, anchor: date) -> ResolvedDate:
    words = phrase.split()
    if phrase == "yesterday":
        return ResolvedDate(anchor - timedelta(days=1), "day")
    if phrase == "today":
        return ResolvedDate(anchor, "day")
    if phrase in ("last night", "overnight"):
        return ResolvedDate(anchor - timedelta(days=1), "day")
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _NUMBERS.get(words[0], 1)
        unit = 7 if words[1].startswith("week") else 1
        return ResolvedDate(anchor - timedelta(days=count * unit), "day")
    if phrase == "last week":
        return _month_of(anchor - timedelta(days=7))
    if phrase == "last month":
        return _month_of(anchor.replace(day=1) - timedelta(days=1))
    if phrase == "last year":
        return ResolvedDate(None, "year", f"{anchor.year - 1:04d}")
    return _month_of(anchor)


def _month_of(day: date) -> ResolvedDate:
    return ResolvedDate(None, "month", f"{day.year:04d}-{day.month:02d}")
