"""Days an undated article gives without writing them: the dated public events it names
(rules/events.toml: "resolution 2722", "Operation Rising Lion"), days counted from the
conflict's start ("a week after the invasion", "on the tenth day of the war", "the third
anniversary of the coup") and days counted from a written date ("13 days before Donald
Trump's inauguration on January 20, 2025").

Each is given as a `DateExpr` of a full day at the words that name it, so the article's other
dates are placed and read against it as against a written one. Only articles whose
publication date is unknown are read for them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .dates import DateExpr, find_dates

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "hundredth": 100,
}  # fmt: skip
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7}
# How far after "anniversary of" an event's name may start ("of the signing of the ...").
_ANNIVERSARY_REACH = 25

# What a conflict's start is called: "the invasion", "Russia's full-scale invasion", "the war",
# "the fighting", "the coup" (Myanmar's war began with it).
_START = (
    r"(?:(?:the\s+|its\s+|their\s+|(?:[A-Z][\w-]*(?:['’]s)?\s+){1,2})?(?:full-scale\s+|military\s+)?"
    r"(?P<what>invasion|war|fighting|conflict|hostilities|coup|takeover|seizure\s+of\s+power"
    r"|assault|offensive)\b"
    r"|(?:[A-Z][\w-]*\s+){1,2}(?:troops\s+|forces\s+)?(?:invaded|crossed\s+into)\b)"
)
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(_COUNTS) + r")"
_ORDINAL = r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
# "a week after the invasion", "two months into the war", "ten days since the coup"
_COUNTED_RE = re.compile(
    rf"\b{_COUNT}\s+(?P<unit>days?|weeks?|months?)\s+(?:after|into|since)\s+{_START}",
    re.IGNORECASE,
)
# "on the tenth day of the war", "the 100th day of Russia's invasion"; a night is its day's
# ("braces for a third night of assault": the war's third day)
_NTH_DAY_RE = re.compile(
    rf"\b(?:(?:the|an?)\s+)?{_ORDINAL}\s+(?:day|night)\s+of\s+{_START}", re.IGNORECASE
)
# "the third anniversary of Russia's full-scale invasion", "the second anniversary of the war",
# "on the eve of the third anniversary of the army's seizure of power" (the day before)
_ANNIVERSARY_RE = re.compile(
    rf"\b(?P<eve>eve\s+of\s+)?(?:the\s+)?{_ORDINAL}\s+anniversary\s+of\s+(?P<rest>.{{0,60}})",
    re.IGNORECASE | re.DOTALL,
)
# "13 days before Donald Trump's inauguration on January 20, 2025": a day counted from a date
# written with its year a few words on.
_BEFORE_DATE_RE = re.compile(
    rf"\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+(?P<way>before|after)\s+(?P<what>[^.;:!?\"“”]{{0,60}}?)"
    r"\b(?:on|of)\s+$",
    re.IGNORECASE,
)


# "The war, now in its 22nd month": the time of writing, counted from the conflict's start.
_NOW_IN_ITS_RE = re.compile(
    rf"{_START}[^.;]{{0,30}}?\bnow\s+in\s+its\s+{_ORDINAL}\s+(?P<unit>month|year)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Event:
    """A dated public event and the names that mean it (rules/events.toml); or a kind of event
    that happened on several days (`days`), each description of which is the one of those days
    the people the article names were in office on."""

    name: str
    day: date | None
    pattern: re.Pattern
    context: re.Pattern | None = None
    days: tuple[date, ...] = ()


def load_events(path: Path) -> tuple[Event, ...]:
    """The events of an events.toml (none where there is no such file); a bad entry fails."""
    if not path.exists():
        return ()
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    events = []
    for entry in data.get("event", []):
        day, days = entry.get("date"), tuple(entry.get("dates", ()))
        if not all(isinstance(d, date) for d in (day, *days) if d is not None) or (
            (day is None) == (not days)
        ):
            raise ValueError(f"events.toml: {entry.get('name')!r} needs a date or dates")
        if not entry.get("patterns"):
            raise ValueError(f"events.toml: {entry['name']!r} names no pattern")
        pattern = re.compile("|".join(rf"(?:\b(?:{p}))" for p in entry["patterns"]), re.IGNORECASE)
        context = entry.get("context")
        compiled = re.compile(context) if context else None
        events.append(Event(entry["name"], day, pattern, compiled, days))
    return tuple(events)


# What marks a day counted rather than an event's own: the writer's day, no event to read
# weekdays around.
COUNTED = "counted"
# "four days since the ceasefire between Pakistan and India was announced": a day counted
# from a listed event named right after.
_BEFORE_EVENT_RE = re.compile(
    rf"\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+(?:since|after)\s+(?:the\s+)?$", re.IGNORECASE
)


def _day(day: date, start: int, end: int, relative: str = "") -> DateExpr:
    return DateExpr(start, end, "day", day.year, day.month, day.day, relative=relative)


def _number(word: str, table: dict[str, int]) -> int:
    word = word.lower()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else table[word]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def named_days(
    text: str,
    events: tuple[Event, ...],
    began: date | None,
    terms: list[tuple[date, date | None]] = (),
) -> list[DateExpr]:
    """The days the text gives by naming an event or counting from the conflict's start
    (`began`) or from a written date, each at the words that give it, in text order. A kind
    of event of several days is the one when most of the `terms` in office of the people the
    article names were running, where one day has the most."""
    found: list[DateExpr] = []
    for event in events:
        if event.context is not None and event.context.search(text) is None:
            continue
        day = event.day or _day_in_office(event.days, terms)
        if day is None:
            continue
        for match in event.pattern.finditer(text):
            found.append(_day(day, *match.span()))
            counted = _BEFORE_EVENT_RE.search(text, max(0, match.start() - 40), match.start())
            if counted is not None:
                unit = counted.group("unit").lower().rstrip("s")
                shift = _number(counted.group("count"), _COUNTS) * _UNIT_DAYS[unit]
                later = day + timedelta(days=shift)
                found.append(_day(later, counted.start(), counted.end(), COUNTED))
    if began is not None:
        for match in _COUNTED_RE.finditer(text):
            count = _number(match.group("count"), _COUNTS)
            unit = match.group("unit").lower().rstrip("s")
            if unit == "month":
                # "eight months into its war": that month, no day of it
                month = _add_months(began, count)
                found.append(DateExpr(*match.span(), "month", month.year, month.month))
                continue
            later = began + timedelta(days=count * _UNIT_DAYS[unit])
            found.append(_day(later, *match.span(), COUNTED))
        for match in _NTH_DAY_RE.finditer(text):
            nth = _number(match.group("ordinal"), _ORDINALS)
            found.append(_day(began + timedelta(days=nth - 1), *match.span(), COUNTED))
    for match in _ANNIVERSARY_RE.finditer(text):
        years = _number(match.group("ordinal"), _ORDINALS)
        rest = match.start("rest")
        what = _anniversary_of(text, rest, match.end("rest"), events, began)
        if what is not None:
            day = _add_years(what, years) - timedelta(days=1 if match.group("eve") else 0)
            found.append(_day(day, match.start(), rest))
    for written in find_dates(text):
        if written.kind != "day" or not written.year:
            continue
        match = _BEFORE_DATE_RE.search(text, max(0, written.start - 90), written.start)
        if match is None:
            continue
        try:
            day = date(written.year, written.month, written.day)
        except ValueError:
            continue
        unit = match.group("unit").lower().rstrip("s")
        shift = _number(match.group("count"), _COUNTS) * _UNIT_DAYS[unit]
        day += timedelta(days=-shift if match.group("way").lower() == "before" else shift)
        found.append(_day(day, match.start(), match.start("what"), COUNTED))
    found.sort(key=lambda expr: expr.start)
    return found


def present_years(text: str, began: date | None) -> list[int]:
    """The years the text is written in by its count of the conflict's time ("the war, now in
    its 22nd month", of a war begun in April 2023: 2025; "now in its third year": both years
    that year of the war spans)."""
    if began is None:
        return []
    years = set()
    for match in _NOW_IN_ITS_RE.finditer(text):
        nth = _number(match.group("ordinal"), _ORDINALS)
        if match.group("unit").lower() == "month":
            first, last = _add_months(began, nth - 1), _add_months(began, nth) - timedelta(days=1)
        else:
            first, last = _add_years(began, nth - 1), _add_years(began, nth) - timedelta(days=1)
        years.update(range(first.year, last.year + 1))
    return sorted(years)


def days_counted_from_days(text: str, anchor: date) -> list[date]:
    """The days counted from a day written without its year ("The move came nine days after
    the minister determined, on January 7, that ..."), that day placed by the `anchor`: the
    year of an undated article is known before such a day is."""
    found = []
    for written in find_dates(text):
        if written.kind != "day" or written.year or written.relative:
            continue
        match = _BEFORE_DATE_RE.search(text, max(0, written.start - 90), written.start)
        if match is None:
            continue
        try:
            day = date(anchor.year, written.month, written.day)
        except ValueError:
            continue
        if day > anchor + timedelta(days=2):
            day = _add_years(day, -1)
        unit = match.group("unit").lower().rstrip("s")
        shift = _number(match.group("count"), _COUNTS) * _UNIT_DAYS[unit]
        before = match.group("way").lower() == "before"
        found.append(day + timedelta(days=-shift if before else shift))
    return found


def _day_in_office(days: tuple[date, ...], terms: list[tuple[date, date | None]]) -> date | None:
    """Of the days a kind of event happened on, the one most of the terms were running on, if
    one has more than any other: "Israel's strikes on Iran" with Secretary of State Marco
    Rubio and Foreign Minister Abbas Araghchi named are those of June 2025."""
    running = sorted(
        (sum(1 for start, end in terms if start <= d and (end is None or d <= end)), d)
        for d in days
    )
    if not running or running[-1][0] == 0:
        return None
    if len(running) > 1 and running[-2][0] == running[-1][0]:
        return None
    return running[-1][1]


def _anniversary_of(
    text: str, start: int, end: int, events: tuple[Event, ...], began: date | None
) -> date | None:
    """The day whose anniversary the words from `start` name: an event's, else the
    conflict's start ("of Russia's full-scale invasion")."""
    for event in events:
        match = event.pattern.search(text, start, end)
        if event.day and match is not None and match.start() - start <= _ANNIVERSARY_REACH:
            return event.day
    if began is not None and re.match(_START, text[start:end], re.IGNORECASE):
        return began
    return None
