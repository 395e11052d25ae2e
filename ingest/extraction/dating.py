"""When a statement was made: the dates of its sentence, its speaker's, or the story's."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from .attribution import SentenceInfo, Speaker
from .dates import UNKNOWN, DateExpr, ResolvedDate, find_dates, resolve, resolve_sequel
from .events import named_days
from .matcher import _fold_accents

# A date naming an attack: "its Oct. 7 attack", "the March 22 strikes", "the Pahalgam incident
# of 22 April", "the April 22 killing of 26 men".
_ACTS = (
    r"(?:attacks?|assaults?|invasion|massacre|strikes?|airstrikes?|raids?|bombings?|barrage|"
    r"bombardment|shelling|incursion|offensive|missile\s+attack|drone\s+attack|incidents?|"
    r"killings?)"
)
_DATED_ATTACK_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?" + _ACTS + r"\b")
# The event words that name an act, which a verb of taking a position may take as its object
# ("condemned the invasion of Ukraine on Monday"), unlike "since", "launched", "began".
_ACT_NOUNS = frozenset(["invasion", "outbreak"])
# The night before publication: it dates what its own sentence says was said then ("condemned
# the strikes overnight"), never the story's news day ("missiles hit Kyiv overnight").
_NIGHT_BEFORE = frozenset(["last night", "overnight"])
# A day owning an attack: "condemned Sunday's attack", "Saturday's Iranian drone strikes".
_DAYS_ATTACK_RE = re.compile(r"['’]s\b" + _DATED_ATTACK_RE.pattern)

_ATTACK_OF_RE = re.compile(
    r"\b" + _ACTS + r"\b"
    r"(?:\s+[\w'’-]+){0,3}[\s\"”]+of\s*$",
    re.IGNORECASE,
)

# The occasion of what was said, right before its date: "in a speech on Tuesday".
_SPEECH_ACT_RE = re.compile(
    r"\b(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|statement|interview|briefing|call|address|post|news\s+conference|"
    r"press\s+conference|meeting|message|letter|video|session|debate|summit)\s+"
    r"(?:on\s+|late\s+|early\s+)*$",
    re.IGNORECASE,
)
# After a date, a comma or a preposition goes on with the predicate the date closes ("hit out
# at Moscow on Wednesday over its invasion", "on Wednesday, calling the invasion a crime"): the
# act named next is no event the date belongs to, unlike "its Oct. 7 attack".
_PREDICATE_GOES_ON_RE = re.compile(
    r"\s*(?:[,;(]|(?:over|after|following|amid|as|in|at|during|against|about|for|with|to|and|"
    r"when|while|saying|calling)\b)",
    re.IGNORECASE,
)
_ATTACK_ON_RE = re.compile(
    r"\b(?:attacks?|assaults?|massacre|raids?|bombings?|barrage|strikes?)\b"
    r"(?:\s+(?:in|on|against|by|from)\s+[\w'’-]+)?\s+(?:(?:late|early)\s+)?on\s*$",
    re.IGNORECASE,
)

# A document's own date: "the Jeddah Declaration signed on May 11, 2023", "the truce agreed in
# March", "the ceasefire between Pakistan and India reached on May 10", "the Geneva Agreement
# of 17 February 1966", "the Geneva Agreement dated February 17".
_DOCUMENT_DATED_RE = re.compile(
    r"\b(?:declaration|agreement|accord|deal|treaty|communiqu\w*|resolution|cease-?fire|truce|"
    r"charter|memorandum|protocol)\s+(?:(?:between|among|with)\s+(?:[\w'’.-]+\s+){1,5}?)?"
    r"(?:(?:was\s+|were\s+)?(?:signed|adopted|agreed|reached|"
    r"concluded|brokered|issued)\s+(?:on|in)\s+(?:the\s+)?|dated\s+|of\s+)$",
    re.IGNORECASE,
)
# A relative clause about something named: "the Luanda and Nairobi processes, which were merged
# last month at a summit".
_RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|whose|where)\b[^,;:\"“”]*$", re.IGNORECASE)
# An aside about someone, up to a date in it: "Bolsonaro, who visited Putin in Moscow last
# month, told reporters on Sunday".
_WHO_CLAUSE_RE = re.compile(r",\s+who\b[^,;:\"“”]*$", re.IGNORECASE)

# A deadline right before its day: "until 31 October 2025", "expiring on 15 March".
_DEADLINE_RE = re.compile(
    r"\b(?:until|till|through|expir(?:es|ing)\s+on|no\s+later\s+than)\s+$", re.IGNORECASE
)

# A plan's day, told in the future or as what was due: "said he would meet NATO allies this
# week", "talks had been due in Muscat on Sunday" (a weekday or a relative day: an explicit one
# after publication is a deadline's already, one before it no plan's, "will recall the vote on
# 12 December").
_PLAN_RE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+to|due|scheduled|slated|(?:set|expected|"
    r"planned|plans?|planning|going)\s+to)\b[^,;:\"“”]*$",
    re.IGNORECASE,
)

# The occasion a day is told for, which sets the scene: "At an emergency session on Sunday", "the
# vote in the General Assembly on 12 December" (a call for something is no occasion: "the call
# for a truce on 27 October").
_OCCASION_RE = re.compile(
    r"\b(?:sessions?|meetings?|summit|debate|conference|briefing|briefed|interview|interviewed|"
    r"spoke|talks|call(?!\s+for\b)|vote|voted|met|convened|gathered)\b(?:\s+[\w'’.-]+){0,6}?\s+(?:(?:late|early)\s+)?on\s*$",
    re.IGNORECASE,
)

# An occasion told after its day: "On 22 December the Council adopted Resolution 2720", "On
# Friday, the Assembly voted ...".
_OCCASION_AFTER_RE = re.compile(
    r"\s*,?\s*(?:[\w'’.-]+\s+){0,4}?(?:voted|adopted|approved|vetoed|met|convened|gathered)\b",
    re.IGNORECASE,
)

# A day told of someone's words, not of the vote they report: "said on Wednesday that Tokyo had
# voted in favour", "Speaking on Wednesday, ... explained that Berlin abstained".
_SPEECH_DAY_RE = re.compile(
    r"\b(?:said|says|told|explained|explaining|stated|added|argued|insisted|speaking|spoke|wrote"
    r"|declared|stressed|defended|justified)\b(?:\s+[\w'’.-]+){0,3}?\s*$",
    re.IGNORECASE,
)
# A sentence recording a vote, whose day is the vote's: "The Assembly resolution on October 27
# passed by 120 votes to 14", "The UN General Assembly on Tuesday demanded ...".
_VOTE_RECORD_RE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|vetoe?[ds]?|veto|adopt(?:ed|s)|passed|abstain\w*|abstentions?)\b"
    r"|\b(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)(?:\s+(?:on\s+\w+"
    r"|\w+ly)){0,2}\s+(?:demanded|called|urged|condemned|deplored)\b"
)
# A day told of another text, in a description of it or a clause told in passing: "than a
# resolution adopted Oct. 27", "the draft that was vetoed on Friday", "came after the United
# States vetoed a council draft on Friday", or of a vote told in the past perfect: "It had
# also abstained in the 15-member Security Council on Friday".
_DESCRIBED_VOTE_DAY_RE = re.compile(
    r"\b(?:resolution|text|draft|measure|one)\s+(?:that\s+|which\s+)?(?:was\s+|had\s+been\s+)?"
    r"(?:adopted|passed|approved|vetoed|rejected)\s+(?:on\s+)?\Z"
    r"|\b(?:after|following|since|before|than|like|unlike)\s+(?:[\w'’.-]+\s+){0,8}?"
    r"(?:vot|veto|adopt|pass|reject|approv)\w*\s+(?:[\w'’.-]+\s+){0,6}?(?:on\s+)?\Z"
    r"|\bhad\s+(?:\w+\s+){0,2}?(?:vot|veto|abstain|adopt|pass|reject|approv|back|cast)\w*\s+"
    r"(?:[\w'’.-]+\s+){0,10}?(?:on\s+)?\Z",
    re.IGNORECASE,
)
# A vote told with its day: "voted on Thursday", "adopted the text on Thursday", "Thursday's UN
# General Assembly vote", "On Thursday the Assembly voted".
_VOTE_BEFORE_DAY_RE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|vetoe?d|adopted|passed|abstained)\b(?:\s+[\w'’.-]+){0,6}?\s*$",
    re.IGNORECASE,
)
_VOTE_AFTER_DAY_RE = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+){0,5}?(?:vote|ballot|session)\b"
    r"|\s*,?\s*(?:[\w'’.-]+\s+){0,4}?(?:voted|adopted|vetoed|passed)\b",
    re.IGNORECASE,
)
# A day told of the same vote cast before: "voted no, as they did in October".
_REPEATED_VOTE_RE = re.compile(
    r"\b(?:as|like)\s+(?:(?:it|they|he|she|we)\s+(?:did|had|had\s+done)\s+)?(?:in\s+|on\s+)?$"
)
# A day right after a vote cue is that vote's: "moved from abstaining in October to voting
# yes", "India, which abstained in October, this time voted in favour".
_AFTER_VOTE_RE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,2}\Z")

# An article's word on the day of the reactions it gathers, the day told after what it says
# of them: "Here is a round-up of reactions, issued on Friday unless stated otherwise:", "Below
# are some of the statements made yesterday, 8 July, by leaders of foreign states".
_REACTIONS_BEFORE_DAY_RE = re.compile(
    r"\b(?:reactions?|statements?|responses?|comments?|remarks?|messages?|reacted|responded)\b"
    r"[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
# ... in a sentence that introduces them: what comes "below", "the following", "unless stated
# otherwise", or a colon closing it (not "following" the attack).
_INTRODUCES_RE = re.compile(
    r"\b(?:unless|otherwise|below|the\s+following|as\s+follows|here\s+(?:is|are))\b|:\s*$",
    re.IGNORECASE,
)

# A heading's day in brackets closing it: "THE VOTE (Friday, Oct 27)".
_BRACKETED_DAY_RE = re.compile(r"\([^()\n]{3,40}\)[ \t]*$", re.MULTILINE)

# A place alone on its line, a dateline ("NAIROBI", "ISTANBUL/NEW YORK"): no section's heading.
_PLACE_LINE_RE = re.compile(r"^[A-Z][A-Z .'’/-]*$")
# A byline: "By Jane Doe", or a reporter's role in the paper's name ("Special Correspondent",
# "Staff Reporter", "Our Bureau", "NATION Correspondent"), no section's heading either.
_BYLINE_RE = re.compile(
    r"^(?:By\s|(?:[\w'’.-]+\s+){0,3}(?:Correspondents?|Reporters?|Staff|Bureau|Writers?|Desk)$)"
)

# A verb in the past perfect: "had summoned", "had already been shelled" (not "had to").
_PAST_PERFECT_RE = re.compile(
    r"\bhad\s+(?:(?:already|earlier|also|not|previously)\s+)?(?!to\b)[a-z]+"
)
# What may come before a day that opens its sentence: "On March 3, ...", "Late on Sunday, ...".
_DAY_OPENS_RE = re.compile(r"\s*[\"“]?(?:(?:on|late|early|by|in)\s+)*", re.IGNORECASE)
# How many words a day may stand from the past perfect it belongs to ("On March 3, the
# ministry had summoned": five).
_PAST_PERFECT_REACH = 8

# How many days a wire story's dateline may lie before its publication date.
_FILING_DAYS = 3

# How far before publication the article's news day may lie: a summit "last week" is news,
# an attack two years ago background.
_NEWS_DAYS = 14
# How many paragraphs of prose the story's lead runs to: a day first told further down ("Yesterday
# I attended the council ..." in a speech's twelfth paragraph) dates what it governs there, not
# the whole story.
_LEAD_PARAGRAPHS = 5


class DatingMixin:
    """Date resolution for `Article` (which holds the state these read)."""

    def _sentence_dates(self, info: SentenceInfo) -> list[DateExpr]:
        sentence = info.sentence
        exprs = []
        if not info.may_date:
            return exprs
        for expr in self._story_dates(sentence):
            before = self.text[max(sentence.start, expr.start - 60) : expr.start]
            after = self.text[expr.end : min(sentence.end, expr.end + 40)]
            if expr.kind in ("weekday", "relative") and _PLAN_RE.search(before):
                continue  # "said he would meet NATO allies this week": the meeting's
            near = expr.kind in ("weekday", "relative")
            if expr.kind == "sequel" and expr.relative in ("after", "before"):
                exprs.append(expr)  # "condemned the invasion hours after the strike on Sunday"
            elif not self._dates_an_event(before, after, near=near):
                exprs.append(expr)
        return exprs

    def _story_dates(self, sentence) -> list[DateExpr]:
        """The dates of a sentence that are the story's: not the dateline's, the page's, a
        speaker's own "today" or a deadline's."""
        exprs = []
        for expr in find_dates(self.text, sentence.start, sentence.end, self.doc.words):
            if self.dateline is not None and self.dateline_start <= expr.start < self.dateline_end:
                continue  # the dateline's day ("KYIV, March 7 (Reuters) -", "PRETORIA, Saturday -")
            if any(start <= expr.start < end for start, end in self.furniture):
                continue
            if expr.kind == "relative" and self.doc.quote_at(expr.start) is not None:
                continue  # "Today, Russia is the aggressor": the speaker's today, not the story's
            if expr.kind == "day" and _DEADLINE_RE.search(
                self.text, max(sentence.start, expr.start - 20), expr.start
            ):
                continue  # "extended the mandate until 31 October 2025": a deadline's day
            if not self._after_publication(expr):
                exprs.append(expr)
        return exprs

    def _dates_an_event(self, before: str, after: str, *, near: bool = False) -> bool:
        """Whether a date belongs to an event ("since Russia launched its offensive a week
        ago", "its Oct. 7 attack") rather than to what somebody said ("said on Monday"); `near`
        for a weekday or a relative day ("yesterday"), a recent day a position may be taken on."""
        speech_verbs = self.rules.speech_verbs
        if _DAYS_ATTACK_RE.match(after):
            return True  # "condemned Sunday's attack": whatever the verb, the attack's day
        if _SPEECH_ACT_RE.search(before):
            return False  # "condemned the invasion of Ukraine in a speech on Tuesday"
        if _ATTACK_OF_RE.search(before):
            return True  # "its terror attacks on Israel of Oct. 7"
        if _DOCUMENT_DATED_RE.search(before):
            return True  # "to return to the Jeddah Declaration signed on May 11, 2023"
        relative = _RELATIVE_CLAUSE_RE.search(before)
        if relative and not any(
            word in self.rules.speech_verbs for word in relative.group().lower().split()
        ):
            return True  # "the processes, which were merged last month": what they describe
        words = before.lower().split()
        events = list(self.rules.event_word.finditer(before))
        # The verb of taking a position may stand before an act it names as its object:
        # "condemned Russia's invasion of Ukraine on Monday" (not "since", "launched", ...).
        taken = before[: events[-1].start()] if events else before
        if (
            near
            and (not events or events[-1].group().lower() in _ACT_NOUNS)
            and any(
                word.strip('"“”,') in self.rules.position_verbs for word in taken.lower().split()
            )
        ):
            # "slammed Russia's 'barbaric' attack on Kyiv on Wednesday", "condemned the
            # invasion of Ukraine yesterday": a weekday or a relative day after a verb of taking
            # a position, the act between them, is the position's day.
            return False
        recent = words[-6:]
        if any(word in speech_verbs for word in recent):
            return False
        if _ATTACK_ON_RE.search(before) and not any(
            word in self.rules.position_verbs for word in recent
        ):
            return True  # "The terror attacks in Israel on October 7 were shocking"
        if events:
            since = before[events[-1].end() :].lower().split()
            if not any(word in speech_verbs for word in since):
                return True
        said = speech_verbs | self.rules.position_verbs
        if _PREDICATE_GOES_ON_RE.match(after):
            return False  # "lashed out at Russia on Wednesday over its invasion": the verb's day
        attack = _DATED_ATTACK_RE.match(after)
        if attack and not any(word in said for word in attack.group().lower().split()):
            return True
        event = self.rules.event_word.search(after)
        return event is not None and not any(
            word in said for word in after[: event.start()].lower().split()
        )

    def _add_named_days(self, began: date | None) -> list[DateExpr]:
        """Add to their sentences' dates the days the article names without writing them: a
        dated event's ("resolution 2722"), a day counted from the war's start ("a week after
        the invasion") or from a written date; return them. Not in the dateline or the page's
        furniture."""
        starts = [info.sentence.start for info in self.infos]
        added = []
        for expr in named_days(self.text, self.rules.events, began, self._named_terms()):
            if self.dateline is not None and expr.start < self.dateline_end:
                continue
            if any(start <= expr.start < end for start, end in self.furniture):
                continue
            index = bisect_left(starts, expr.start + 1) - 1
            if index < 0 or expr.start >= self.infos[index].sentence.end:
                continue
            exprs = self.dates[index]
            exprs.append(expr)
            exprs.sort(key=lambda e: e.start)
            added.append(expr)
        return added

    def _sentence_named_day(self, info: SentenceInfo, relative: DateExpr) -> ResolvedDate | None:
        """The day of the event named in the sentence of a "yesterday" or "today" (undated
        articles only): what the writer's day word points at."""
        if relative.relative not in ("yesterday", "today"):
            return None
        sentence = info.sentence
        days = [
            date(e.year, e.month, e.day)
            for e in self.named_days
            if e.kind == "day" and sentence.start <= e.start < sentence.end
        ]
        return ResolvedDate(days[0], "day") if len(set(days)) == 1 else None

    def _paragraph_named_day(self, info: SentenceInfo) -> ResolvedDate | None:
        """The latest day an event named in the statement's paragraph gives (undated articles
        only): "Resolution 2722 was adopted by 11 votes ... and 4 abstentions (Algeria, ...)"."""
        paragraph = self.doc.paragraphs[info.sentence.paragraph]
        days = [
            date(e.year, e.month, e.day)
            for e in self.named_days
            if e.kind == "day" and paragraph[0] <= e.start < paragraph[1]
        ]
        return ResolvedDate(max(days), "day") if days else None

    def _section_dates(self) -> dict[int, DateExpr]:
        """The day a heading gives the paragraphs under it, up to the next heading ("Monday",
        "Sunday: the Commonwealth three", "Monday 28 September"): a live blog's, a diary's; or
        the month a timeline's heading gives ("MARCH 2022 - MADRID"), a month with its year."""
        sections: dict[int, DateExpr] = {}
        current = None
        headline = self.headline.sentence.paragraph if self.headline is not None else None
        for number, (start, end) in enumerate(self.doc.paragraphs):
            line = self.text[start:end].strip()
            if any(s <= start and end <= e for s, e in self.furniture):
                continue  # the page's own date line ("Dec 13, 2023") heads no section
            if number == headline:
                continue  # the headline's month ("... in March 2022") heads no section
            if _is_heading(line):
                day = self._heading_day(start, end)
                if day is not None:
                    current = day
                    continue
            elif "\n" in line:
                # a heading on the paragraph's first line, its lines under it: "WHAT CAME NEXT
                # (Tuesday, Oct 31)" over "- Bolivia broke off diplomatic relations ..."
                first = start + line.index("\n")
                if _is_heading(self.text[start:first].strip()):
                    current = self._heading_day(start, first) or current
            if current is not None:
                sections[number] = current
        return sections

    def _with_section_year(self, exprs: list[DateExpr], paragraph: int) -> list[DateExpr]:
        """Give the yearless dates under a timeline's heading written with its year the
        heading's year: "On 18 March" under "MARCH 2022 - MADRID" is 2022's, whenever the
        timeline was published."""
        section = self.section_dates.get(paragraph)
        if section is None or section.year is None:
            return exprs
        return [
            replace(e, year=section.year) if e.kind == "day" and e.year is None else e
            for e in exprs
        ]

    def _day_under_heading(self, info: SentenceInfo) -> ResolvedDate | None:
        """The day a heading's statement is told on under it: "10:30 a.m. - Washington urges
        restraint" over "A senior Biden administration official said on Thursday ..." (the
        first day its paragraphs give, up to the next heading). Not the headline's."""
        number = info.sentence.paragraph
        if (
            self.headline is not None and number == self.headline.sentence.paragraph
        ) or not self._heads(number):
            return None
        published = self.published is not None
        for later in self.infos[info.sentence.index + 1 :]:
            paragraph = later.sentence.paragraph
            if paragraph == number:
                continue
            if self._heads(paragraph):
                return None
            for expr in self.dates[later.sentence.index]:
                if expr.kind in ("month", "year", "sequel", "session"):
                    continue
                resolved = resolve(expr, self.anchor, published=published)
                return resolved if resolved.day else None
        return None

    def _heading_day(self, start: int, end: int) -> DateExpr | None:
        """The day a heading opens on ("Monday", "Monday 28 September") or closes on in brackets
        ("THE VOTE (Friday, Oct 27)", its date before its weekday); else a month it gives with
        its year ("MARCH 2022 - MADRID", "LATE MAY 2025 - NAIROBI"), a timeline's."""
        found = find_dates(self.text, start, end, self.doc.words)
        if found and found[0].start == start and found[0].kind in ("weekday", "day"):
            if len(found) > 1 and found[1].kind == "day" and found[1].start - found[0].end <= 2:
                return found[1]  # "Tuesday, 7 March": its date
            return found[0]
        month = next((e for e in found if e.kind == "month" and e.year), None)
        if month is not None and len(found) == 1:
            return month
        bracket = _BRACKETED_DAY_RE.search(self.text, start, end)
        if bracket is None:
            return None
        days = [e for e in found if e.start >= bracket.start() and e.kind in ("weekday", "day")]
        return next((e for e in days if e.kind == "day"), days[0] if days else None)

    def _guess_day(self, info: SentenceInfo) -> date | None:
        for expr in self.dates[info.sentence.index]:
            resolved = resolve(expr, self.anchor, published=self.published is not None)
            if resolved.day:
                return resolved.day
            if self.published is None and expr.kind == "month" and resolved.period:
                # Undated: "in December 2020, when then-president Donald Trump recognised ..."
                # is told of that month, whoever held office on the day the article is placed.
                year, month = map(int, resolved.period.split("-"))
                return date(year, month, 1)
        return self.anchor

    def _date_records(self) -> dict:
        """Per speaker, the dated sentences they speak or appear in: (sentence, date). A date
        inside a quotation ('"on 9 January they mounted a direct attack," he said') is what
        the speaker speaks of, not when."""
        records: dict = {}
        has_published = self.published is not None
        for info in self.infos:
            if info.sentence.paragraph in self.questions:
                continue  # "President Ali, the Maduro government says ... in May?": the asker's
            exprs = [
                expr
                for expr in self.dates[info.sentence.index]
                if self.doc.quote_at(expr.start) is None
            ]
            if not exprs:
                continue
            keyed = [
                (self.speakers.get(id(event)), event.verb_start, True) for event in info.speech
            ]
            keyed += [(Speaker(person=a.person), a.start, False) for a in info.actors if a.person]
            for speaker, position, spoke in keyed:
                if speaker is None or speaker.key is None:
                    continue
                nearest = min(exprs, key=lambda expr, at=position: abs(expr.start - at))
                resolved = resolve(nearest, self.anchor, published=has_published)
                if resolved.known:
                    records.setdefault(speaker.key, []).append(
                        (info.sentence.index, resolved, spoke)
                    )
        return records

    def _day_before(self, info: SentenceInfo, sequel: DateExpr) -> date | None:
        """The day the story gave last before a sequel, an event's too ("attacked on Saturday.
        The next day, ..."): what "the next day" counts from. A month or a year ("in June")
        names no day and is passed over; after a time that is no day ("last week, and Vietnam
        said the same day") the day is unknown."""
        for earlier in reversed(self.infos[: info.sentence.index + 1]):
            told = self._with_section_year(
                self._story_dates(earlier.sentence), earlier.sentence.paragraph
            )
            for expr in reversed(told):
                if expr.start >= sequel.start or expr.kind in ("month", "year", "session"):
                    continue
                if expr.kind == "sequel":
                    # "Within minutes, ... Later that day, ...": counts on from the same day
                    return resolve_sequel(expr, self._day_before(earlier, expr)).day
                return resolve(expr, self.anchor, published=self.published is not None).day
        return None

    def _day_after(self, info: SentenceInfo, sequel: DateExpr) -> date | None:
        """The day told right after "hours after" in its sentence, an event's too ("hours
        after the strike on Saturday")."""
        told = self._with_section_year(self._story_dates(info.sentence), info.sentence.paragraph)
        for expr in told:
            if expr.start >= sequel.end and expr.kind not in ("month", "year", "sequel", "session"):
                return resolve(expr, self.anchor, published=self.published is not None).day
        return None

    def _in_aside_without(self, info: SentenceInfo, expr: DateExpr, reference: int) -> bool:
        """Whether a date stands in an aside about someone that does not hold `reference`, the
        statement's verb: "Bolsonaro, who visited Putin in Moscow last month, told reporters on
        Sunday" was said on Sunday ("Zelenskyy, who on July 8 had called it ..." holds its
        verb)."""
        sentence = info.sentence
        before = self.text[max(sentence.start, expr.start - 60) : expr.start]
        aside = _WHO_CLAUSE_RE.search(before)
        if aside is None:
            return False
        start = expr.start - len(before) + aside.start()
        end = self.text.find(",", expr.end, sentence.end)
        return not start <= reference < (sentence.end if end < 0 else end)

    @cached_property
    def _days_told(self) -> list[tuple[SentenceInfo, list[DateExpr]]]:
        """The sentences that tell a day, with those days, in order: worked out once an
        article, as every statement's scene is looked for among them ("last met in November"
        is background, no new scene)."""
        told = []
        for earlier in self.infos:
            exprs = self.dates[earlier.sentence.index]
            days = [e for e in exprs if e.kind not in ("month", "year")]
            if days:
                told.append((earlier, days))
        return told

    @cached_property
    def _scenes_read(self) -> dict[int, tuple[bool, ResolvedDate, bool]]:
        """What `_read_scene` said of each sentence telling a day, by its index."""
        return {}

    def _read_scene(self, earlier: SentenceInfo, days: list[DateExpr], published: bool):
        """(whether the sentence sets no scene: two days, or a question; its first day; whether
        that day is an occasion's): the same for every statement after it, so read once."""
        paragraph_start, paragraph_end = self.doc.paragraphs[earlier.sentence.paragraph]
        before = self.text[max(earlier.sentence.start, days[0].start - 80) : days[0].start]
        unsettled = len(days) > 1 or self.text[paragraph_start:paragraph_end].rstrip().endswith("?")
        resolved = resolve(days[0], self.anchor, published=published)
        after = self.text[days[0].end : min(earlier.sentence.end, days[0].end + 60)]
        occasion = bool(
            (_OCCASION_RE.search(before) or _OCCASION_AFTER_RE.match(after))
            # "the council had met on Monday": a look back, no scene
            and not self._told_in_past_perfect(earlier, days[0])
        )
        return unsettled, resolved, occasion

    def _scene_date(self, info: SentenceInfo, *, vote: bool = False) -> ResolvedDate | None:
        """The day of the occasion the story last set ("At an emergency session on Sunday",
        "The Assembly voted on Thursday", "met in Capri on Friday"): it holds for what is said
        after it until a sentence gives another day (a new scene; a month or a year is
        background). Two days in that sentence ("visited Kyiv on Friday and met Putin on
        Saturday") or a question naming the occasion set no scene. A day before the scene's
        told between, outside the statement's paragraph ("told the council on Sunday ...
        Kinshasa cut ties on Saturday."), looks back and leaves the scene standing."""
        published = self.published is not None
        look_back: date | None = None  # the latest day told since the sentence in question
        told = self._days_told
        earlier_count = bisect_left(told, info.sentence.index, key=_sentence_index)
        read = self._scenes_read
        for earlier, days in reversed(told[:earlier_count]):
            scene = read.get(earlier.sentence.index)
            if scene is None:
                scene = read[earlier.sentence.index] = self._read_scene(earlier, days, published)
            unsettled, resolved, occasion = scene
            if earlier.sentence.paragraph != info.sentence.paragraph and (
                earlier.sentence.paragraph in self.headings
            ):
                # "Jordan - Safadi, addressing the session on Thursday, ...": a round-up
                # entry's day is that entry's, not the next country's.
                continue
            if unsettled:
                return None
            if not occasion:
                if resolved.day is None or earlier.sentence.paragraph == info.sentence.paragraph:
                    return None  # a day in the statement's own paragraph is its context's
                look_back = max(look_back or resolved.day, resolved.day)
                continue
            if not resolved.day or (self._background(resolved.day) and not vote):
                return None
            return resolved if look_back is None or look_back < resolved.day else None
        return None

    def _paragraph_day(self, info: SentenceInfo, country: str | None) -> ResolvedDate | None:
        """The day the statement's paragraph last told for the same country's words: "The
        UAE, in a statement on Saturday, welcomed the resolution. The ministry stressed ..."
        goes on with Saturday's statement. A day told of another country ("Chile on Friday
        ...; Uruguay, in a communiqué, ...") says nothing of this one's."""
        if country is None:
            return None
        for earlier in reversed(self.infos[: info.sentence.index]):
            if earlier.sentence.paragraph != info.sentence.paragraph:
                return None
            days = [
                e for e in self.dates[earlier.sentence.index] if e.kind not in ("month", "year")
            ]
            if not days:
                continue
            if len(days) > 1 or not earlier.actors or self._told_in_past_perfect(earlier, days[0]):
                return None
            subject = min(earlier.actors, key=lambda actor: actor.start)
            if subject.country != country:
                return None
            resolved = resolve(days[0], self.anchor, published=self.published is not None)
            return resolved if resolved.day else None
        return None

    @cached_property
    def _declared_days(self) -> list[tuple[int, ResolvedDate]]:
        """The article's own word on the day of the reactions it gathers, each with the
        sentence telling it: "Here is a round-up of reactions from around the world, issued on
        Friday unless stated otherwise:", "Below are some of the statements made yesterday, 8
        July, by leaders of foreign states". Not a day told of one statement ("Russia's
        remarks on Friday drew criticism"), which introduces nothing."""
        declared = []
        published = self.published is not None
        for info in self.infos:
            sentence = info.sentence
            if not self.dates[sentence.index]:
                continue
            if not _INTRODUCES_RE.search(self.text, sentence.start, sentence.end):
                continue
            for expr in self.dates[sentence.index]:
                if expr.kind in ("month", "year", "sequel", "session"):
                    continue
                before = self.text[max(sentence.start, expr.start - 80) : expr.start]
                if not _REACTIONS_BEFORE_DAY_RE.search(before):
                    continue
                resolved = resolve(expr, self.anchor, published=published)
                if resolved.day is not None:
                    declared.append((sentence.index, resolved))
                    break
        return declared

    def _declared_day(self, info: SentenceInfo) -> ResolvedDate | None:
        """The day the article last declared for the reactions it gathers, before `info`."""
        day = None
        for index, resolved in self._declared_days:
            if index >= info.sentence.index:
                break
            day = resolved
        return day

    @cached_property
    def _lead_end(self) -> int:
        """The paragraph where the story's lead ends: the first section heading after the story
        has begun ("United States" over a round-up's reactions, a live blog's "12.20 BST"). The
        lines before the story (a byline, the page's date, a dateline's places) head nothing,
        and an explainer's questions ("What did France say?") walk through one story, the news
        in the first answer."""
        begun = False
        for number, (start, end) in enumerate(self.doc.paragraphs):
            line = self.text[start:end].strip()
            if not _is_heading(line):
                begun = begun or self.headline is None or number > self.headline.sentence.paragraph
            elif begun and not (
                # a byline over its dateline ("Special Correspondent" then "NEW DELHI")
                all(
                    _BYLINE_RE.match(part.strip()) or _PLACE_LINE_RE.match(part.strip())
                    for part in line.splitlines()
                )
                or line.endswith("?")
                or any(s < end and start < e for s, e in self.furniture)
            ):
                return number
        return len(self.doc.paragraphs)

    def _speaker_records(self, speaker: Speaker | None, info: SentenceInfo) -> list:
        """The dated sentences of a speaker that may date what they say undated in `info`: a
        day or month weeks before publication ("December 2023, when Blinken concluded ...")
        is a look back, and holds only in its own paragraph; a later sentence counts only
        where the speaker speaks in it."""
        if speaker is None or speaker.key not in self.date_records:
            return []
        paragraph = info.sentence.paragraph
        return [
            (index, resolved)
            for index, resolved, spoke in self.date_records[speaker.key]
            if (
                self.infos[index].sentence.paragraph == paragraph
                or not self._background_period(resolved)
            )
            # Told later, a day dates the speaker's words only where they speak: "Duda received
            # Ramaphosa on Thursday" after what Ramaphosa said is no day of his words.
            and (spoke or index <= info.sentence.index)
        ]

    def _background_period(self, resolved: ResolvedDate) -> bool:
        """Whether a day, a month or a year ends weeks before publication."""
        if resolved.day is not None:
            return self._background(resolved.day)
        if self.published is None or resolved.period is None:
            return False
        year, _, month = resolved.period.partition("-")
        if month:
            last = date(int(year), int(month), 1) + timedelta(days=31)
            last = last.replace(day=1) - timedelta(days=1)
        else:
            last = date(int(year), 12, 31)
        return self._background(last)

    @cached_property
    def _lead_date(self) -> ResolvedDate | None:
        """The first day the story's lead dates anything to (events aside): its news day. A
        day under a section heading is that section's: a round-up's "United States" or a live
        blog's entry does not date the reactions under the others; nor does a day first told
        after the lead's few paragraphs of prose ("Yesterday I attended the council" deep in a
        minister's speech). Asked for statement after statement, once the article's dates and
        anchor are set: worked out once."""
        prose = 0  # paragraphs of prose before the sentence's own
        paragraph = None
        for info in self.infos:
            if info.sentence.paragraph >= self._lead_end:
                return None
            if info.sentence.paragraph != paragraph:
                if paragraph is not None and not self._heads(paragraph):
                    prose += 1
                    if prose >= _LEAD_PARAGRAPHS:
                        return None
                paragraph = info.sentence.paragraph
            for expr in self.dates[info.sentence.index]:
                if self._told_in_past_perfect(info, expr):
                    continue  # "On March 3, the ministry had summoned ...": a look back
                if expr.relative in _NIGHT_BEFORE:
                    continue  # "missiles hit Kyiv overnight": the night the news day follows
                resolved = resolve(expr, self.anchor, published=self.published is not None)
                if resolved.day and not self._background(resolved.day):
                    return resolved
        return None

    def _told_in_past_perfect(self, info: SentenceInfo, expr: DateExpr) -> bool:
        """Whether a day belongs to a verb in the past perfect, no speech verb between: before
        it ("the ambassador had been summoned on Sunday") or after it where the day opens the
        sentence ("On March 3, the ministry had summoned the ambassador"); a look back to what
        happened before the news, not its day. Not "told the council on Sunday that Rwandan
        troops had crossed": that day is the telling's."""
        sentence = info.sentence
        said = self.rules.speech_verbs | self.rules.position_verbs
        head = sentence.start
        if head <= self.dateline_end <= expr.start:
            head = self.dateline_end  # "KYIV, March 7 (Reuters) - On March 3, ..."
        opens = _DAY_OPENS_RE.fullmatch(self.text, head, expr.start) is not None
        start = sentence.start if opens else max(sentence.start, expr.start - 80)
        end = min(sentence.end, expr.end + 80) if opens else expr.start
        for had in _PAST_PERFECT_RE.finditer(self.text, start, end):
            lo, hi = sorted((had.start(), expr.start))
            between = self.text[lo:hi].lower().split()
            if len(between) <= _PAST_PERFECT_REACH and not any(
                word.strip(',"“”') in said for word in between
            ):
                return True
        return False

    def _heads(self, number: int) -> bool:
        """Whether a paragraph is the headline or a heading, no paragraph of the story's prose."""
        if self.headline is not None and number == self.headline.sentence.paragraph:
            return True
        start, end = self.doc.paragraphs[number]
        return _is_heading(self.text[start:end].strip())

    def _background(self, day: date) -> bool:
        """Whether a day lies weeks before publication ("the hostages taken on October 7,
        2023"): background, not the news the article reports."""
        return self.published is not None and (self.published - day).days > _NEWS_DAYS

    def _after_publication(self, expr: DateExpr) -> bool:
        """A day after publication ("extended the mandate until 31 October 2025") dates a
        deadline, not what was said."""
        if self.published is None or expr.kind != "day":
            return False
        day = resolve(expr, self.published, published=True).day
        return day is not None and day > self.published

    def _sitting_day(self) -> ResolvedDate:
        """The day of a parliamentary or UN record's sitting: the first date of its header
        ("Volume 769: debated on Monday 16 June 2025"), else the publication date."""
        first = min(self.record_paragraphs)
        for info in self.infos:
            if info.sentence.paragraph >= first:
                break
            for expr in self.dates[info.sentence.index]:
                resolved = resolve(expr, self.anchor, published=self.published is not None)
                if resolved.day:
                    return resolved
        return ResolvedDate(self.published, "day") if self.published else UNKNOWN

    def _section_day(self, info: SentenceInfo) -> date | None:
        """The day of the heading a statement's paragraph sits under, written with its date
        ("Tuesday, 7 March"): what "yesterday" and "on Sunday" under it count from."""
        section = self.section_dates.get(info.sentence.paragraph)
        if section is None or section.kind != "day":
            return None
        return resolve(section, self.anchor, published=self.published is not None).day

    def _entry_stamp(self, info: SentenceInfo) -> date | None:
        """The day a live blog's entry is stamped with ("14 Jun 2025, 08:05 GMT" opening its
        paragraph): what "yesterday" and "on Sunday" in the entry count from."""
        start = self.doc.paragraphs[info.sentence.paragraph][0]
        first = self.infos[info.sentence.index]
        while first.sentence.index > 0:
            before = self.infos[first.sentence.index - 1]
            if before.sentence.paragraph != info.sentence.paragraph:
                break
            first = before
        for expr in self.dates[first.sentence.index]:
            if expr.start == start and expr.kind == "day" and expr.year:
                return resolve(expr, None, published=False).day
        return None

    def _statement_date(
        self, info, source_event, match, speaker, country=None
    ) -> tuple[ResolvedDate, float]:
        has_published = self.published is not None
        exprs = self.dates[info.sentence.index]
        vote = match.cue.kind == "vote"
        if vote and exprs:
            exprs = self._vote_exprs(info, match, exprs)
        if exprs and self.named_days and info.sentence.paragraph in self.section_dates:
            # Under a dated heading, an event the sentence only names ("backed the call for an
            # inquiry into the Pahalgam attack") does not date what was said there.
            exprs = [e for e in exprs if e not in self.named_days]
        if exprs and speaker is not None and speaker.person is not None:
            # "The Pakistani account, posted on Thursday, said Erdogan had conveyed ...": the
            # day is the report's; what it reports the speaker did had been done before.
            exprs = [e for e in exprs if not self._reports_earlier_words(e, match, speaker)]
        member = self.record_paragraphs.get(info.sentence.paragraph)
        if member is not None and not (exprs and _reports_another(member, speaker)):
            # What a member says in the chamber is said on the sitting's day; the days in their
            # words ("on Friday, Israel launched strikes") are what they speak of. What they
            # report another saying on a day ("Minister Araghchi told me on Saturday") was
            # said that day.
            return self._sitting_day(), 0.97
        if exprs:
            reference = source_event.verb_start if source_event else match.start
            in_sentence = info.sentence.start <= reference < info.sentence.end
            reference = reference if in_sentence else match.start
            told = [e for e in exprs if not self._in_aside_without(info, e, reference)]
            # "On Wednesday, a day after the announcement, ...": the sequel only explains the day
            told = [
                e
                for e in told
                if e.kind != "sequel"
                or not any(
                    d.end <= e.start and not self.text[d.end : e.start].strip(", ") for d in told
                )
            ]
            nearest = min(told or exprs, key=lambda e: abs(e.start - reference))
            # a live blog's entry stamped with its day, or a day's heading over it
            stamp = (None if has_published else self._entry_stamp(info)) or self._section_day(info)
            if nearest.kind == "sequel":
                if nearest.relative in ("after", "before"):
                    # "condemned the attack hours after the strike on Saturday": that day;
                    # "a day after the strike on Sunday": the day after it
                    following = self._day_after(info, nearest)
                    if following is not None:
                        return resolve_sequel(nearest, following), 1.0
                return resolve_sequel(nearest, self._day_before(info, nearest)), 1.0
            between = self.text[min(nearest.end, match.start) : max(nearest.start, match.start)]
            if nearest.kind == "session" and ";" not in between:
                # "Earlier in the session, India had said ...": some day of it ("; India
                # abstained on today's text" is another clause, told of the story's day).
                return UNKNOWN, 1.0
            if stamp is not None:
                resolved = resolve(nearest, stamp, published=True)
                if nearest.kind == "weekday" and has_published and stamp < self.anchor:
                    # A week-in-review written after its days: "posted on Thursday" under
                    # "WEDNESDAY, MAY 7" is the next day, the writer's Thursday, where that
                    # falls within the week after the heading's day.
                    later = resolve(nearest, self.anchor, published=True)
                    if later.day and 0 < (later.day - stamp).days < 7:
                        resolved = later
            else:
                resolved = resolve(nearest, self.anchor, published=has_published)
            if not resolved.known and nearest.kind == "relative" and self.named_days:
                # Undated: "The Council yesterday adopted resolution 2722" is the event's day.
                resolved = self._sentence_named_day(info, nearest) or resolved
            if resolved.known:
                return resolved, 1.0
        if speaker is not None and speaker is self.author and self.published is not None:
            # An op-ed's own words are said the day it appeared, whatever day its story opens on
            # ("A week ago today, ...").
            return ResolvedDate(self.published, "day"), 0.95
        told_under = self._day_under_heading(info)
        if told_under is not None:
            return told_under, 0.95
        section = self.section_dates.get(info.sentence.paragraph)
        if section is not None:
            resolved = resolve(section, self.anchor, published=has_published)
            if resolved.known:
                return resolved, 0.97
        declared = self._declared_day(info)
        if declared is not None:
            return declared, 0.97
        if vote:
            told = self._vote_day(info)
            if told is not None:
                return told, 0.95
        scene = self._scene_date(info, vote=vote)
        if scene is not None:
            return scene, 0.95
        records = self._speaker_records(speaker, info)
        if records:
            earlier = [r for r in records if r[0] <= info.sentence.index]
            return (earlier[-1] if earlier else records[0])[1], 0.97
        own = self._paragraph_day(info, country)
        if own is not None:
            return own, 0.95
        told = self._paragraph_named_day(info) if self.named_days else None
        if told is not None:
            return told, 0.93
        lead = self._lead_date
        if lead is not None:
            return lead, 0.93
        filed = self._filing_day
        if filed is not None:
            return ResolvedDate(filed, "day"), 0.9
        if self.published is not None:
            return ResolvedDate(self.published, "day"), 0.9
        return UNKNOWN, 0.9

    def _reports_earlier_words(self, expr: DateExpr, match, speaker: Speaker) -> bool:
        """Whether a day told before a speech verb dates only the report of what the speaker
        had said or done, told after it in the past perfect: "posted by Sharif on Thursday,
        it said Erdogan had conveyed ..." (not "Erdogan said on Thursday that Turkey had ...",
        the speaker's own telling)."""
        if expr.end > match.start:
            return False
        # up to the cue's first words: "said Scholz had condemned ..."
        between = _fold_accents(self.text[expr.end : min(match.end, match.start + 20)])
        surname = re.escape(_fold_accents(speaker.person.name.split()[-1]))
        reported = re.search(
            rf"\b(?:said|says|reported|wrote|posted|stated|added|according\s+to)\b[^.;:]*?"
            rf"\b{surname}\s+had\s+(?:(?:already|earlier|also)\s+)?(?!to\b)[a-z]+",
            between,
        )
        if reported is None:
            return False
        # the speaker's own name before the speech verb makes the telling theirs
        return re.search(rf"\b{surname}\b", between[: reported.start()]) is None

    def _vote_exprs(self, info, match, exprs: list[DateExpr]) -> list[DateExpr]:
        """The days in a vote's sentence that may be its own: not a day told of words that
        report it ("said on Wednesday that Tokyo had voted in favour"), nor a day right after
        another vote in the sentence ("moved from abstaining in October to voting yes"), nor
        the day of the same vote cast before ("voted no, as they did in October")."""
        others = [
            m for m in self._cue_matches(info) if m.cue.kind == "vote" and m.start != match.start
        ]
        text, start = self.text, info.sentence.start
        return [
            e
            for e in exprs
            if not (
                e.start < match.start
                and _SPEECH_DAY_RE.search(text, max(start, e.start - 40), e.start)
            )
            and not any(
                m.end <= e.start and _AFTER_VOTE_RE.fullmatch(text, m.end, e.start) for m in others
            )
            and not _REPEATED_VOTE_RE.search(text, max(start, e.start - 30), e.start)
        ]

    def _vote_day(self, info) -> ResolvedDate | None:
        """The day of the vote the story first records ("The UN General Assembly on Tuesday
        demanded an immediate ceasefire"), its sentence's one day not told of someone's words:
        what later sentences tell of the vote ("France voted in favour") happened then, however
        many days of reactions come between (an earlier vote told later, "after Russia vetoed
        a similar draft on Friday", is background)."""
        published = self.published is not None
        told = self._days_told
        earlier_count = bisect_left(told, info.sentence.index, key=_sentence_index)
        nearby = self._nearby_vote_day(info, told[:earlier_count])
        if nearby is not None:
            return nearby
        for earlier, days in told[:earlier_count]:
            own = self._vote_sentence_days(earlier, days)
            if own is None:
                continue
            if len(own) != 1 or own[0].kind == "session":
                continue
            if own[0].kind == "sequel":
                if own[0].relative in ("after", "before"):
                    continue  # "a day after the strike on Sunday": not the vote's own day
                # "The next day the Security Council unanimously adopted resolution 2773"
                resolved = resolve_sequel(own[0], self._day_before(earlier, own[0]))
            else:
                resolved = resolve(own[0], self.anchor, published=published)
            if resolved.day is not None:
                return resolved
        return None

    def _vote_sentence_days(self, earlier: SentenceInfo, days: list[DateExpr]):
        """The days a sentence recording a vote tells it with (None if it records none): not
        the dateline's nor a speech's ("said on Monday"), and of several, the one the vote is
        told with ("PRETORIA, Saturday - ... in Thursday's UN General Assembly vote")."""
        start, end = earlier.sentence.start, earlier.sentence.end
        if not _VOTE_RECORD_RE.search(self.text, start, end):
            return None
        own = [
            e
            for e in days
            if e.start >= self.dateline_end
            and not _SPEECH_DAY_RE.search(self.text, max(start, e.start - 40), e.start)
        ]
        if len(own) > 1:
            own = [e for e in own if self._day_of_vote(e, start, end)]
        return own

    def _nearby_vote_day(self, info, told) -> ResolvedDate | None:
        """The day of a vote told in the statement's paragraph or the one before it, the
        latest such: "On Friday, Russia and China vetoed a US draft. Eleven members voted for
        it; Algeria joined them in voting against" is Friday's vote, though the story's first
        vote was Monday's (the Human Rights Council "voted on Friday", then "Russia and
        Eritrea voted no." in the next paragraph). A vote told in the past perfect ("had
        vetoed three drafts, most recently on February 20") is a look back, no scene."""
        paragraph = info.sentence.paragraph
        published = self.published is not None
        for earlier, days in reversed(told):
            if earlier.sentence.paragraph < paragraph - 1:
                return None
            own = self._vote_sentence_days(earlier, days)
            if own is None:
                continue
            if len(own) != 1 or own[0].kind in ("sequel", "session"):
                return None
            if self._told_in_past_perfect(earlier, own[0]) or _DESCRIBED_VOTE_DAY_RE.search(
                self.text, max(earlier.sentence.start, own[0].start - 100), own[0].start
            ):
                return None
            resolved = resolve(own[0], self.anchor, published=published)
            return resolved if resolved.day is not None else None
        return None

    @cached_property
    def _filing_day(self) -> date | None:
        """The day a wire dateline gives, days before the publication date ("WASHINGTON, March
        6 (Reuters) -" published on the 7th): the news day its undated statements are of."""
        if self.dateline is None or self.dateline.kind != "day" or self.published is None:
            return None
        day = resolve(self.dateline, self.published, published=True).day
        if day is None or not 0 < (self.published - day).days <= _FILING_DAYS:
            return None
        return day

    def _day_of_vote(self, expr: DateExpr, start: int, end: int) -> bool:
        """Whether a day is told with the vote its sentence records: "Thursday's UN General
        Assembly vote", "voted on Thursday", "adopted the text on Thursday"."""
        before = self.text[max(start, expr.start - 60) : expr.start]
        after = self.text[expr.end : min(end, expr.end + 60)]
        return bool(_VOTE_BEFORE_DAY_RE.search(before) or _VOTE_AFTER_DAY_RE.match(after))


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: a section's heading ("Monday", "United
    States", "12.41 BST") or a line of the page's top."""
    # Most paragraphs end in a full stop; and a ninth word is as far as the words need counting.
    return not line.endswith((".", '"', "”")) and len(line.split(None, 8)) <= 8


def _reports_another(member, speaker: Speaker | None) -> bool:
    """Whether a statement in a record's paragraph is another person's, reported by the
    member who speaks there (known to the reference data, or by the name the record labels
    them with: "Mr Lammy")."""
    if speaker is None or speaker.person is None:
        return False
    if member.person is not None:
        return speaker.person is not member.person
    label = (member.unknown_name or "").split()
    return bool(label) and label[-1] not in speaker.person.name.split()


def _sentence_index(told: tuple[SentenceInfo, list[DateExpr]]) -> int:
    return told[0].sentence.index
