"""One extraction run over one article: reading it, finding who speaks, and turning each
cue into candidate statements (conflicts and sides in `sides.py`, dates in `dating.py`)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import compress, repeat
from operator import is_
from typing import TYPE_CHECKING

from .attribution import (
    FORMAL_TITLE_RE,
    HONORIFICS,
    Actor,
    PeopleRegistry,
    Role,
    SentenceInfo,
    Speaker,
    SpeechEvent,
    build_actors,
    find_speaker_labels,
    find_speech,
    opens_clause,
    opens_sentence,
    register_acronyms,
    register_appositions,
    section_heading,
)
from .candidate import Candidate
from .dates import (
    DateExpr,
    find_dateline,
    find_header_date,
    find_page_date,
    infer_anchor,
    renewal_days,
    year_clues,
)
from .dating import DatingMixin
from .events import COUNTED, days_counted_from_days, present_years
from .matcher import Mention
from .rules import VAGUE_OFFICE, Cue
from .sides import LIST_JOINERS, OTHER_TEXT_WORDS, RELATIVE_ASIDE_RE, SidesMixin
from .text import Document, Quote, parse

if TYPE_CHECKING:
    from .engine import Extractor

MIN_CONFIDENCE = 0.5
# A speech verb closed by a comma: ", he added,", ", she said on Friday,".
# A quotation that opens inside a phrase on a lower-case word ('called "for restraint', 'stood
# "in solidarity with'): the cues read the phrase through its opening mark, as a space.
_OPENING_MID_PHRASE_RE = re.compile(r"(?<=[a-z,] )[\"“‘](?=[a-z])")
_FRONTED_CONTRAST_RE = re.compile(r"\b(?:rather\s+than|instead\s+of)\b[^,]*,", re.IGNORECASE)
_PARENTHETICAL_RE = re.compile(r"[a-z]+(?:\s+(?:on|last|this|in|at)\s+[\w-]+)?,")
# Words of people's names that are not a name by themselves.
_NOT_NAMES = frozenset(
    "bin binti bint ibn van von der den del della prince king sheikh sheikha emir sultan jr "
    "crown".split()
)
# Two-letter words no name is called by alone: name particles ("al", "de") and the English
# words that open a sentence ("He", "An", "So"); "Fu", "Xi", "Li" are names.
_NOT_SHORT_NAMES = frozenset(
    "al el ad ud da de di do du la le lo ng am an as at be by go he hi if in is it me my no "
    "of oh ok on or so to up us we".split()
)
# How many words before its keyword a cue may start ("not ... take sides").
_CUE_WORDS_BEFORE = 8
# How many days after an event an undated article naming it is read from: its weekdays fall
# within three days either side of the event.
_EVENT_WEEK_AFTER = 3
# How far after an undated article's latest day a day counted from a day it writes may be and
# still be its news day ("nine days after ..., on January 7").
_COUNTED_DAYS_AFTER = 31
# An unnamed ministry or embassy ("the ministry said", "an embassy spokesperson said") is the
# country's whose ministry or embassy was just named (stems: "Ministry", "ministerial").
_UNNAMED_INSTITUTIONS = ("minist", "embass")
# What may stand between a speech verb and a cue it governs: "said, urging", "said that".
_SPEECH_TO_CUE_RE = re.compile(r"\s*,\s*(?:\w+ly\s+)?(?:\w+ing\s+)?")
# Days said on their own between a speech verb and its clause: "said yesterday it ...".
_DAY_WORDS = frozenset(
    "yesterday today tonight monday tuesday wednesday thursday friday saturday sunday".split()
)
# A quotation inside a clause describing a document: 'a statement by the SCO, of which it is a
# member, that "strongly condemned" ...' quotes the document.
_DOCUMENT_CLAUSE_RE = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|resolution|text|letter|document)\b"
    r"(?:\s+(?:by|from|of|issued\s+by)\b[^.;:\"“”]{0,100}?)?(?:,[^.;:\"“”]{0,60},)?"
    r"\s+(?:that|which)(?:\s+(?:had|has|have|also|was|were|is|would))?\s*[\"“]?\s*\Z"
)
# A document's header naming its issuer: the institution opens its line, or follows the kind of
# document ("Comment by the Information and Press Department of the Russian Foreign Ministry"),
# and nothing but what the document is about follows it ("on the vote ...").
_ISSUER_HEADER_CHARS = 250
_ISSUER_BEFORE_RE = re.compile(
    r"\s*(?:(?:comment|statement|press\s+(?:release|statement)|communiqu[eé]|readout|remarks|"
    r"note|information)\b[^.\n]{0,80}?\b(?:by|of|from)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# A press statement's byline: the kind of document in its header, and a line holding only the
# office holder's name (its first names before it) and title ("ANTONY J. BLINKEN, SECRETARY OF
# STATE").
_DOCUMENT_KIND_RE = re.compile(
    r"^\s*(?:press\s+statement|statement|press\s+release|readout|remarks)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE_BEFORE_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}")
_BYLINE_AFTER_RE = re.compile(r"\s*(?:,[^\n.;:]{0,80})?\s*")
_ISSUER_AFTER_RE = re.compile(
    r"\s*(?:\Z|\(|[-–—|:,]|(?:on|regarding|concerning|about|in\s+connection\s+with)\s)",
    re.IGNORECASE,
)
# How many of an op-ed's first paragraphs its byline may stand in ("OPINION", the headline, a
# standfirst, "By ...").
_OP_ED_HEADER_PARAGRAPHS = 4
# What may precede a country in a list after a vote cue: "against, along with Austria, ...".
_LIST_OPENERS = frozenset(
    {"", ",", "and", ", and", "were", "was", "included", "including", ":", "the", ", the",
     "and the", ", and the", "along with", ", along with", "together with", "were the",
     "included the", ", including", "such as", "(", "( the", ": the", ", among them",
     "among them", ", among them the", "as well as", ", as well as", ", as well as the",
     "as well as the", ", including the", "including the", "such as the", ", such as",
     ", such as the", "alongside", ", alongside", "alongside the", ", alongside the",
     "were also", "were also the", "were:", "were: the", "included:", "included: the"}
)  # fmt: skip
# A list laid out one member a line: "Abstained:\n- India\n- China" (a line break, with the
# bullet or number opening the next line, separates members as a comma does), and a label's
# count before its colon: "Against (5): Belarus, ...".
_LIST_LINE_BREAK_RE = re.compile(r"[ \t]*\n\s*(?:(?:[-–—•*▪]|\d{1,2}[.)])[ \t]+)?")
_ITSELF_RE = re.compile(r"\A\s*itself\b")
_RUN_ON_RE = re.compile(r"(?:[,;]|\band|\bor|\bas well as)\s*\Z")
# A label's bracketed count or qualifier: "Against (14):", "ABSTAINED (selected)".
_LABEL_COUNT_RE = re.compile(r"\A\s*\((?:\d+|[a-z]+(?:[ \t][a-z]+)?)\)")
# What may follow a vote label on its line when its list opens the next: "Voted against:",
# "VOTED AGAINST (14)", "Abstained (selected)".
_LABEL_REST_RE = re.compile(r"[ \t]*(?:\((?:\d+|[a-z]+(?:[ \t][a-z]+)?)\)[ \t]*)?:?[ \t]*")
_LINE_LIST_GAPS = frozenset({"", "the", ",", ", the", "and", "and the", ", and", ", and the"})
# What a label's examples open on, its colon aside: "Abstained (45), among them: Canada, ...".
_EXAMPLES_COLON_RE = re.compile(r"(?<=\w)\s*:\s*\Z")
# A count after a label's colon, before its examples: "Abstaining: 35 (including China, ...)".
_COLON_COUNT_RE = re.compile(
    r"\A:?\s*\d+\s*(?:\(\s*|[,–—-]\s*)?(?:including|among\s+them|such\s+as)?\s*\Z", re.IGNORECASE
)
# A heading that asks or labels who voted how, on a line of its own ("Who abstained?", "Voted
# against:", "Abstaining (35)"), and the answer under it: a sentence that is nothing but a list
# of countries, after a bullet or a count ("Fourteen countries:"), going on after "were joined
# by" ("The United States and Israel were joined by Austria, ..."), closing on "and 30 others".
_HEADING_MAX_WORDS = 10
_HEADING_REACH = 60
_ANSWER_OPENING_RE = re.compile(
    r"\s*(?:(?:[-–—•*▪]|\d{1,2}[.)]|A[.:]|Answer:)\s+)?(?:only\s+)?(?:(?:all\s+)?(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[a-z]+-[a-z]+)\s+"
    r"(?:countries|states|members|nations|delegations)\s*(?:[:,–—-]\s*|\s+)"
    r"(?:including\s+|among\s+them\s+|led\s+by\s+)?)?",
    re.IGNORECASE,
)
# A heading's answer that only counts: "Thirty-five.", "Five countries.", "A. 14."
_BARE_COUNT_RE = re.compile(
    r"\s*(?:A[.:]\s+)?(?:only\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|[a-z]+-[a-z]+|[a-z]+ty)"
    r"(?:\s+(?:countries|states|members|nations|delegations))?\s*[.:]?\s*",
    re.IGNORECASE,
)
_ANSWER_JOINED_RE = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?joined\s+by\s+(?:the\s+)?", re.IGNORECASE
)
_ANSWER_CLOSING_RE = re.compile(
    r"(?:,?\s+and\s+(?:\d+|[a-z]+)\s+others?)?\s*[.;]?\s*", re.IGNORECASE
)
# A results table's line: a country, a dash, colon or bar, and its vote ("United States –
# abstained", "Russia: No", "- China | in favour"); "did not vote" or "absent" is a line of the
# table that records no vote.
_TABLE_LINE_RE = re.compile(
    r"[ \t]*(?:(?:[-–—•*▪]|\d{1,2}[.)])[ \t]+)?(?P<name>[^\n]+?)[ \t]*(?:[–—:|]|[ \t]-|\t)[ \t]*"
    r"(?P<vote>(?:voted\s+)?(?:in\s+favou?r|for|yes|against|no)|abstained|abstain|abstaining"
    r"|abstention|did\s+not\s+vote|absent|not\s+voting|non-voting)[ \t]*[.;]?[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
_TABLE_VOTES = {"in": "voted in favour", "for": "voted in favour", "yes": "voted in favour",
                "against": "voted against", "no": "voted against"}  # fmt: skip
# A sentence that records a vote: where a bare "Congo" in its list of three or more countries
# is the Republic of the Congo, as UN rolls name it ("Abstaining were ..., China, the Congo,
# Cuba, ..."), the other one being "the Democratic Republic of the Congo" there.
_VOTE_ROLL_RE = re.compile(
    r"\b(?:abstain\w*|abstentions?|voted|voting|votes?\s+(?:for|against)|in\s+favou?r)\b",
    re.IGNORECASE,
)
_BARE_CONGO_RE = re.compile(r"(?:the\s+)?Congo", re.IGNORECASE)
# A clause between a person named as no subject and a pronoun meaning them: "the line Modi set
# on October 7, within hours of the attacks, when he wrote".
_WHEN_HE_RE = re.compile(r"\b(?:when|as|after|where)\s+\Z")
# A person's country given after their name: "Asim Iftikhar Ahmad of Pakistan", "Asim Iftikhar
# Ahmad (Pakistan)".
# How many sentences of officials' reactions a country's position is looked up in.
_REACTION_RUN = 3
# Subjects that speak as a body or an office: "the ministry", "the government", "its envoy".
_BODY_PRONOUNS = frozenset(("country", "title", "its_title", "document"))
_OF_COUNTRY_RE = re.compile(r"\s(?:of|from)\s|\s\(")
# A participle's vote cue before the voters' noun: "the 36 abstaining countries were China, ...".
_VOTERS_NOUN_RE = re.compile(
    r"\s+(?:countries|nations|states|members|delegations)\s+(?:were|included)\b", re.IGNORECASE
)
# Where or on what a participle's vote was cast, before the voters: "Joining Russia in voting no
# in the General Assembly were Belarus, ...", "abstaining on the text were ...".
_VOTE_ADJUNCT_RE = re.compile(
    r"\s+(?:in|at|on)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+(?=\s+(?:were|included)\b)"
)
# A sentence that lists examples of the previous sentence's tally: "35 states chose to abstain.
# Among them were China, India and Iran.", "... They included Brazil and Mexico.", "They were
# Belarus, Syria and ..." (not "They were worried").
# An opening phrase may name some of them first ("Besides China and India, they included ...",
# whose countries `_VOTERS_TOO_OPENING_RE` adds); "The others were ..." names the rest.
_TALLY_EXAMPLES_RE = re.compile(
    r"(?:(?i:besides|apart\s+from|aside\s+from|in\s+addition\s+to)\s+[^;:\n]{1,160}?,\s+)?"
    r"(?:(?i:among\s+(?:them|these|those)\s+(?:were|was)|(?:they|these|those)\s+included"
    r"|(?:the\s+)?(?:others|rest|remaining\s+ones)\s+included)\b\s*:?"
    r"|(?i:they|these|those|(?:the\s+)?others|the\s+rest)\s+were(?=\s+(?:the\s+)?[A-Z]))"
)
# The same examples before the phrase: "South Africa, Iran and Cuba were also among them."
_TALLY_MEMBERS_RE = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?among\s+(?:them|these|those)\s*[.!]?\s*\Z", re.IGNORECASE
)
_TALLIED_VOTERS_RE = re.compile(r"\b(?:countries|nations|states|members|delegations)\b")
# An opening phrase naming voters besides those a tally lists after it: "Apart from Russia, the
# resolution was opposed by ...".
_VOTERS_TOO_OPENING_RE = re.compile(
    r"(?:apart\s+from|aside\s+from|besides|in\s+addition\s+to|along\s+with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Words describing the list member before them, between commas and before the list goes on:
# "China, Myanmar's main trading partner, as well as Russia" (the description names no voter).
_LISTED_APPOSITION_RE = re.compile(
    r",\s+(?:(?:(?:the|its|their|a|an)\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w'’-]+\s+){0,6}?[\w'’-]+"
    r"|(?:which|who)\s+[^,;:.]{1,100}?)"
    r",\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:the\s+)?(?=[A-Z])"
)
# A description of the list members that follow it: "..., and the council's other two African
# members, Algeria and Mozambique", "..., two of our EU partners, Austria and Czechia", or where
# they are: "..., and, in Latin America, Guatemala and Paraguay".
_DESCRIBED_MEMBERS_RE = re.compile(
    r"(?:, )?(?:and |as well as )?(?:(?:\w+|\d+) of )?(?:the|its|their|our) (?:[\w'’-]+ ){0,5}"
    r"(?:members|countries|nations|states|neighbou?rs|allies|partners|powers),"
    r"|(?:, )?(?:and,? )?(?:in|from) (?:the )?(?:[\w'’-]+ ){0,2}[\w'’-]+,"
)
# What the voters a vote cue counts are before their examples: "Seventeen of the abstainers
# were African, among them South Africa, ...", "The no votes came from small island states,
# including Nauru and Tonga" (the first member only).
_DESCRIBED_VOTERS_RE = re.compile(
    r"(?:mostly |mainly |largely |all )?(?:[\w'’-]+ ){0,3}?[\w'’-]+,? "
    r"(?:among them|including|such as)(?: the)?"
    # "voted against, among them four European Union members - Austria, ...", "voted for it,
    # including the three African members, Algeria, ..."
    r"|(?:it|them)?,? (?:among them|including) (?:[\w'’-]+ ){0,5}?(?:members|countries|nations"
    r"|states|allies|partners) ?[-–—:,](?: the)?"
    # "put forward by the ten elected members of the council - Algeria, Ecuador, ..."
    r"|(?:the )?(?:[\w'’-]+ ){0,4}?(?:members|countries|nations|states|allies|partners)"
    r"(?: of (?:the )?[\w'’-]+(?: [\w'’-]+)?)? ?[-–—:](?: the)?"
    # "Abstained (23): Among them were the United Kingdom, ..."
    r"|:? ?(?:among them|among these) (?:were|was)(?: the)?"
)
# A list going on after "were joined by": "Against (10): The United States and Israel were
# joined by Austria, ...".
_JOINED_BY_GAP_RE = re.compile(r"(?:were|was) (?:also )?joined by(?: the)?")
_JOINED_BY_AFTER_RE = re.compile(r"\s+(?:were|was)\s+(?:also\s+)?joined\s+by\b")
# What may follow a member of a vote list before the list goes on: the UN's bracketed form of a
# name ("Micronesia (Federated States of), Nauru, ...") or the region it is in ("Zambia in
# Africa and Haiti, Panama and Uruguay in the Americas").
_LISTED_QUALIFIER_RE = re.compile(
    r"(?:\s*\([^()\d]{1,40}\)|\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?=\s*(?:,|and\b|as\s+well\s+as\b|[.;]|\Z))"
)
# Another vote's count between a list and a vote cue: the list is that vote's ("11 in favour -
# Ecuador, ..., the United States - none against, and four abstentions: ...").
_OTHER_TALLY_RE = re.compile(
    r"\b(?:none|no|nil|zero|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen)\s+(?:votes?\s+)?(?:against|in\s+favou?r|abstentions?)\b",
    re.IGNORECASE,
)
# Examples of a tally before its vote cue: "32 members, among them India, China and Iran,
# abstained" (the list runs up to the cue).
_VOTE_LIST_BEFORE_RE = re.compile(
    r"\b(?:members|countries|states|nations|delegations|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)"
    r"\s*,?\s+(?:among\s+them|among\s+which|including|such\s+as)\s+(?P<list>[^;()]+?)[\s,]*\Z",
    re.IGNORECASE,
)
# A cue opening on a past-tense verb, and the conjunctions that start a new predicate before it.
_PAST_VERB_RE = re.compile(r"[a-z]+ed\b")
# A first-person owner right before a title: "Our prime minister told ...".
_FIRST_PERSON_OWNER_RE = re.compile(r"\b(?:our|my)\s+\Z", re.IGNORECASE)
# What an act is called, restated after a comma: "called October 7 what it was, a terrorist
# attack".
_WHAT_IT_WAS_RE = re.compile(
    r"\bwhat\s+(?:it|they|this|that)\s+(?:was|were|is|are)\s*\Z", re.IGNORECASE
)
_AND_BUT_RE = re.compile(r"\b(?:and|but)\b")
# What after a country after a vote cue makes it no list member: a modifier of what was voted
# on ("vetoed the US draft", "the Russian-drafted text") or the subject of a clause of its own
# ("voted against it and Guyana abstained").
_VERB_AFTER_LISTED = (
    r"\s+(?:\w+ly\s+)?(?:voted|abstained|vetoed|backed|opposed|supported|rejected|said|did|was|"
    r"were|had|has|cast)\b"
)
_NOT_LISTED_AFTER_RE = re.compile(
    r"(?:['’]s\b|-(?:drafted|sponsored|backed|led|proposed|authored)\b"
    r"|\s+(?:draft|drafted|resolution|text|proposal|motion|amendment|plan|initiative)\b"
    rf"|{_VERB_AFTER_LISTED})",
    re.IGNORECASE,
)
_VERB_AFTER_LISTED_RE = re.compile(_VERB_AFTER_LISTED, re.IGNORECASE)
# What follows a participle's vote cue when a new clause, not its list, starts there.
_CLAUSE_GAPS = frozenset({"", ",", "and", ", and", "and the", ", and the", "the", ", the"})
_OTHER_TEXT_RE = re.compile(OTHER_TEXT_WORDS, re.IGNORECASE)
# A vote clause whose verb is left out after a first one: "China and Russia voted in favour,
# France and Japan against, and ..." (the list before the bare "against" is its subject).
_ELIDED_VOTE_RE = re.compile(r"\s+(against|in\s+favou?r)(?=\s*(?:[,;.]|and\b|\Z))")
_ELIDED_VOTE_VERBS = {"against": "voted against", "in": "voted in favour"}
# An absolute construction's subject: "with Britain abstaining".
_WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+)?\Z")
# "with Britain, France and Germany all denouncing it": nothing but these between list and cue
_ABSOLUTE_GAP_RE = re.compile(r"\s*(?:(?:all|also|too|both)\s+)?")
# A cue in a clause whose subject is a resolution voted on: "a resolution that called for ...",
# "the draft, which demands ...", "a text calling for ...".
# What may stand between a speech verb and the speaker's own vote: "said his delegation had
# abstained", "said that it would vote against".
_OWN_VOTER_WORDS = frozenset(
    "that it its he she his her they their we our country delegation government had has have "
    "was were would will also therefore".split()
)
# The text voted on as the subject right before a cue: "said the text called for a ceasefire",
# "said the resolution was a call for peace" describe the text (its drafter's position is its
# vote), not the speaker's own position.
_TEXT_SUBJECT_RE = re.compile(
    r"\b(?:the|this|its|their|our|his|her)\s+(?:draft\s+)?(?:resolution|draft|text|motion)\s+"
    r"(?:(?:also|itself|only|merely|simply|clearly)\s+)?"
    r"(?:(?:is|was|are|were|would\s+be|will\s+be)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)?\Z",
    re.IGNORECASE,
)
# A press conference asker's label: "AFP: ", "Phoenix TV: ", "Q: ".
# An asker's label, its outlet in brackets too: "AFP: ", "Question (TASS): ".
_QUESTION_LABEL_RE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*\([^()\n]{1,40}\))?:\s+"
)
# How long a clause describing a resolution may run before a predicate coordinated with its first.
_RESOLUTION_CLAUSE_WORDS = 40
_RESOLUTION_CLAUSE_RE = re.compile(
    r"\b(?:resolution|draft|text|motion)\s*,?\s+(?:that|which)\s+"
    # a document another issued: "a statement issued by the Shanghai Cooperation Organisation
    # that condemned the strikes" says what the statement did, not the sentence's subject
    r"|\b(?:statement|communiqu[eé]|declaration)\s+(?:(?:issued|released|adopted|put\s+out)\s+)?"
    r"by\s+(?:the\s+)?(?-i:(?:(?:[A-Z][\w'’.-]*|of|and|for)\s+){1,8}?),?\s*(?:that|which)\s+"
    r"(?=(?:\w+ly\s+)?(?!its\b|this\b|has\b|was\b)\w+(?:ed|s)\b)"
    r"|\b(?:resolution|draft|text|motion)\s*,?\s+(?=(?:calling|demanding|urging)\b)",
    re.IGNORECASE,
)
# A cue whose subject is a meeting's leaders, no country named, and where a report of the
# meeting names who attended: "African leaders meeting in Tanzania ... called for ...".
_COLLECTIVE_RE = re.compile(
    r"\b(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|participants|summit)\b"
)
_RELATIVE_RE = re.compile(r"\b(?:where|which|who|whom|while|whereas)\b")
_ATTENDED_RE = re.compile(r"\b(?:attended\s+by|joined\s+by|participants\s+(?:included|were))\s+")
# Capitalised words of a title left before an actor: ", Chief Cabinet Secretary X said", ", the
# Kenyan foreign ministry said".
_TITLE_WORDS_RE = re.compile(r"(?:\s+(?:the|[A-Z][a-z]+)){1,4}\s*\Z")
# Where a coordinated clause starts, and words that do not make a new subject there.
_CLAUSE_JOIN_RE = re.compile(r"\s(?:and|while|but|whereas)\s|,")
_NOT_SUBJECT_WORDS = frozenset(
    "has have had is was were are be been being will would also then not it they he she "
    "we to the a an".split()
)
# A press conference's question: "Q: ...", or "Reuters: ...?" (a reporter's outlet, a question
# mark at the end).
_QUESTION_RE = re.compile(r"(?:Q|Question)\s*\d*\s*[:.]\s|[^\n:]{1,60}:\s(?s:.*)\?[\s\"”’']*$")
_PLACE_MARKERS = frozenset({"in", "at", "from"})
_RELATIVE_SUBJECT_RE = re.compile(r",\s+who\s+(?:(?:also|then|later|had|has|\w+ly)\s+)?")
# "both sides", "the two countries", "the parties": two, not a statement's many signatories
_TWO_PARTIES_RE = re.compile(r"\b(?:both|two|parties)\b")
# "joined Egypt in condemning": what the companions joined in is the cue
_IN_CUE_RE = re.compile(r"\s+(?:in|among)\s+")
_VOTED_WITH_AGAINST_RE = re.compile(r"\s+against\b")
# The countries a vote's voters joined, whoever they are: "Only four countries joined Russia in
# voting no: Belarus, ...", "Fourteen members joined the United States in voting against".
_JOINED_IN_VOTE_RE = re.compile(r"\b(?:has\s+|have\s+|had\s+)?joined\s+(?:the\s+)?")
# ... and those leading them, between commas: "Ten countries, led by the United States and
# Israel, voted against".
_LED_BY_RE = re.compile(r",\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?")
_LED_BY_END_RE = re.compile(r"\s*,\s*(?:(?:also|all|then)\s+)?")
# A delegate's sentence opening on the countries it speaks for, listed (after a group's name
# and a dash, colon or bracket): "Speaking on behalf of Brazil and Chile, the representative of
# Peru said ...", 'Speaking for the "A3+" — Algeria, Mozambique and Guyana — the
# representative of Algeria said ...'.
_BEHALF_OPENING_RE = re.compile(
    r"(?:(?:also\s+)?speaking\s+(?:on\s+behalf\s+of|for)|on\s+behalf\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_BEHALF_GROUP_RE = re.compile(
    r"[\"“]?[\w+&.-]+(?:\s+[\w+&.-]+){0,3}[\"”]?\s*(?:[(—–:]|--?|,)\s*(?:the\s+)?"
)
_BEHALF_CLOSE_RE = re.compile(r"\s*(?:\)|—|–|--?)?\s*,?\s*(?:the\s+)?")
_LIST_FILLERS = frozenset({"the", "his", "her"})
# What may stand between a semicolon and the next country of a list: "; and the Netherlands"
_SEMICOLON_MEMBER_RE = re.compile(r"\s*(?:and\s+)?(?:the\s+)?")
# "Like Egypt, Jordan called ...": only a comma between the companions and the subject
_COMMA_RE = re.compile(r"\s*,\s*(?:the\s+)?")
# "said it hoped", "said his country abstained", "said her delegation supported": the speaker's.
_OWN_ACT_RE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
_RETALIATION_RE = re.compile(
    r"\b(?:in|as|an?)\s+(?:(?:direct|legitimate|necessary|measured)\s+)?(?:response|retaliation|reply|revenge)"
    r"\s+(?:to|for)\b|\bretaliat\w*\s+(?:for|against)\b",
    re.IGNORECASE,
)
# Who a delegate speaks for, opening the sentence: "Speaking for Mexico, Hector Vasconcelos ...".
_DELEGATES = frozenset({"speaking for", "on behalf of", "speaking on behalf of"})
_PLACE_OPENERS = _DELEGATES | {"in"}
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained"})
_MODALS = frozenset({"would", "will", "did", "does", "could", "can", "had", "has"})
_SPEAKER_PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "that", "his", "her", "its", "their", "our", "country",
     "delegation", "government"}
)  # fmt: skip
_FORMER_RE = re.compile(r"\b(?:former|ex-|then-|late)\b", re.IGNORECASE)
_HOLDER_RE = re.compile(r"\s+(?:has|have|had)\s+(?:a|the|every)?\s*(?:\w+\s+)?", re.IGNORECASE)
# Words that open a clause with its own subject ("after France threw ..."), which
# `object_markers` otherwise take for prepositions.
_CONJUNCTIONS = frozenset(
    "after before since until while when because although though once".split()
)
# Conjunctions that open a clause with a subject of its own after a speech verb's clause.
_CLAUSE_OPENERS = frozenset({"while", "whereas", "but"})
# A clause describing a noun with no relative word before its subject: "the exercises China
# launched around Taiwan", "the drills Beijing staged" (a determiner, up to three words, the
# noun; then the subject and its past-tense verb).
# noun; then the subject and its past-tense verb); not a phrase opening the sentence's main
# clause ("After the talks China issued ...", "In the statement Egypt urged ...").
_CONTACT_NOUN_RE = re.compile(
    r"(?<!\w)(?P<before>\w+\s+)?(?:the|these|those|this|its|their|his|her)\s+"
    r"(?:(?!(?:the|these|those|this|that|its|their|his|her|a|an)\b)[\w-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*)\s+\Z"
)
_ADVERBIAL_OPENERS = frozenset(
    "after before during following since despite at in on amid until when while as "
    "throughout within under".split()
)
_CONTACT_VERB_RE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?"
    r"(?:[a-z]+ed|began|held|made|took|sent|built|drew|set|struck|fought|won|lost|brought|gave)\b"
)
# Words that end a verb's phrase or open a clause rather than end a noun: "the ministry said
# China launched ..." has China as its clause's subject.
_NOT_CONTACT_NOUNS = frozenset(
    "and or but that which who when while as after before since because if whether where "
    "than though although once until so also then now week month year day morning afternoon "
    "evening night weekend time summer winter spring autumn".split()
)
# What may come before the country a quotation opens on: '"The United States stands ...'.
_QUOTE_OPENING_RE = re.compile(r"\s*[\"“‘']\s*(?:the\s+)?", re.IGNORECASE)
_SUBJECT_TO_VERB_RE = re.compile(
    r"\s+(?:(?:has|had|have|also|then|later|\w+ly)\s+)?(?:(?:chose|decided|opted)\s+to\s+)?"
)
# A dateline without a date or agency: "MANILA -", "MANILA, Philippines -", a capital alone on
# its line.
_PLAIN_DATELINE_RE = re.compile(
    r"(?:^|\n)([A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,2}(?:,\s+[A-Z][\w ]{2,30}?)?)"
    r"\s*(?:[-—–]{1,2}\s|\n)"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_INTERVIEW_RE = re.compile(
    r"\b(?:(?:spoke|talked|sat\s+down|speaking)\s+(?:to|with)|interview\s+with)\s+"
    rf"(?:[a-z]+\s+){{0,3}}?(?P<name>{_NAME})|(?P<name2>{_NAME})\s+in\s+(?:an\s+)?interview\b"
)
# What may stand between a subject and the quotation that opens its predicate: 'Iran "firmly
# supports ...', 'a U.S. statement on Thursday that "strongly urged" Beijing ...'.
_RIGHT_BEFORE_QUOTE_RE = re.compile(
    r"\s+(?:(?:statement|communiqu[eé]|declaration)\s+(?:on\s+\w+day\s+)?(?:that\s+|which\s+)?)?"
    r"(?:\w+ly\s+|has\s+|had\s+|also\s+)?[\"“‘]?"
)
# 'welcomed Kyiv's offer, and "called for Russia to ...': a quoted predicate after "and" is
# the clause subject's, over the objects named before it.
_QUOTED_PREDICATE_RE = re.compile(r"\sand\s[\"“‘][a-z]")
# "in voting against", "by abstaining": a participle that goes on with the clause's subject
_SAME_SUBJECT_PARTICIPLE_RE = re.compile(r"\b(?:in|by)\s+\Z", re.IGNORECASE)
_IN_PLACE_RE = re.compile(r"\s+in\s+")
# A country hosting a meeting: "Qatar hosted", "Egypt, which hosted", "Saudi Arabia will host",
# "Qatari-hosted talks"; hosted by it: "talks hosted by Qatar", "co-hosted on Sunday by ...".
_HOSTS_AFTER_RE = re.compile(
    r"(?:-|['’]s\s+|,?\s+(?:which|who)?\s*(?:(?:has|had|have|will|would|is|was|also|"
    r"jointly|to|recently)\s+)*)(?:co-?)?host(?:s|ed|ing)?\b(?!\s+(?:\w+\s+){0,3}?by\b)",
    re.IGNORECASE,
)
_HOSTED_BY_RE = re.compile(r"\b(?:co-?)?hosted\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?\Z", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# A relative clause on a country, about its state body: ", whose government ...".
_WHOSE_RE = re.compile(r",\s+whose\s+", re.IGNORECASE)
# What a state body's own words in such a clause may be: positions it states, not support.
_REPORTED_IN_ASIDE = frozenset(("condemns", "calls_for_negotiation", "neutral"))
# A relative clause that adds the subject's own reaction to the others a round-up lists.
_ALSO_ASIDE_RE = re.compile(r",\s+(?:which|who)\s+(?:also|likewise|too)\s+", re.IGNORECASE)
_VOTE_ASIDE_RE = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?", re.IGNORECASE)
# Between a vote left behind and the one cast: "from abstaining in October to voting yes".
_FROM_TO_RE = re.compile(r"\A\s+(?:[\w-]+\s+){0,4}?to\s+\Z")
# What follows a vote cue that casts no vote on the text reported: a gerund as the subject of a
# verb ('voting against the resolution "means approving ..."') or earlier votes ("had abstained
# on earlier resolutions").
_VOTE_NOT_CAST_RE = re.compile(
    r"(?:\s+(?:the|this|a|it)(?:\s+[\w-]+){0,2}?)?\s*[\"“]?\s*(?:means|meant|would\s+mean|amounts?\s+to"
    r"|is\s+(?:a|an|tantamount))\b"
    r"|\s+(?:on|in)\s+(?:the\s+)?(?:earlier|previous|past|prior|several)\s+(?:[\w-]+\s+)?"
    r"(?:resolutions|votes|texts|occasions)\b",
    re.IGNORECASE,
)
# A tally's count whose examples follow it: "35 abstentions, including China and India".
_TALLY_EXAMPLES_CUE_RE = re.compile(r",\s*(?:including|among\s+them|such\s+as)\Z")
# A relative clause on the text voted on, its voters its subject: ", on which Russia and Britain
# abstained".
_ON_WHICH_RE = re.compile(r",\s+(?:on|in|over|against|for)\s+which\s+(?:the\s+)?")
_ON_WHICH_GAP_RE = re.compile(r"\s+(?:(?:both|also|all|had|have|then)\s+)*")
# A relative clause on the list's last member (its end checked to close the sentence).
_FINAL_RELATIVE_RE = re.compile(r",\s+(?:which|who)\b")
# What a judged side is or has done: "Putin is the aggressor", "Iran has crossed red lines"
# (not "has to withdraw", an obligation).
_COPULA_RE = re.compile(
    r"(?:is|are|was|were|remains|remained|has|have|had)\b(?!\s+to\b)", re.IGNORECASE
)
_JUDGED_RE = re.compile(
    r"\s+(?:is|are|was|were|remains|remained)\s+(?:(?:a|an|the|not|simply|clearly)\s+)*"
    r"(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "Japan is condemning ...", "were strongly denouncing", "was sharply critical of": the
# subject acts, it is not judged.
_SUBJECT_ACTS_RE = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:\w+ing\b|critical\s+of\b).*",
    re.IGNORECASE | re.DOTALL,
)
_POSSESSIVE_RE = re.compile(r"[\w-]+['’]s")
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+(?=[A-Z])")
# A passive cue's agents: "was condemned by", "drew condemnation from", "calls ... came from";
# also the examples of a group of them ("from Western governments, including Britain, ...").
_PASSIVE_AGENT_RE = re.compile(
    r"(?:\s+(?:[a-z]+ly|swiftly|widely|also|on\s+\w+day))*\s+(?:by|from)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:governments|countries|leaders|capitals|allies|nations|states),?"
    r"\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?)?"
)
# A call made in the passive: "Israel and Iran were urged (by Egypt) to ...", "have been called
# on to ...", "are being asked to ...".
_URGING_PARTICIPLE_RE = re.compile(
    r"(?:urged|called\s+(?:on|upon)|asked|pressed|encouraged|invited|requested|pushed"
    r"|pressured|exhorted|implored|told)\b",
    re.IGNORECASE,
)
_PASSIVE_AUXILIARY_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+|also\s+|again\s+)?\Z", re.IGNORECASE
)
_BY_RE = re.compile(r"\bby\s+(?:the\s+)?")
_FINITE_PASSIVE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+)?been\s+(?:\w+ly\s+)?\Z", re.IGNORECASE
)
_THOSE_BEFORE_RE = re.compile(
    r"\b(?:among\s+)?(?:those|the\s+(?:countries|nations|states|governments))\s+\Z", re.IGNORECASE
)
_THOSE_WERE_RE = re.compile(r"\b(?:were|was|included)\s+(?:the\s+)?")
_CAME_FROM_RE = re.compile(r"\b(?:came|come|comes|poured\s+in)\s+from\s+(?:the\s+)?")
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|remains|remained|must|should|can|could|lies|lay|rests|rested|falls|fell)\b"
)
_GOVERNED_RE = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)
# A topic a sentence opens on: "For Qatar,", "In Brazil's view,", "From Beijing's perspective,",
# "As far as India is concerned,".
_TOPIC_OPENING_RE = re.compile(
    r"\s*(?:for|to|as\s+far\s+as|as\s+for|(?P<in>in|from))\s+(?:the\s+)?", re.IGNORECASE
)
_TOPIC_CLOSING_RE = re.compile(
    r"(?P<view>(?:['’]s?)?\s+(?:view|eyes|opinion|assessment|judge?ment|perspective"
    r"|point\s+of\s+view))?"
    r"(?:\s+is\s+concerned)?\s*,"
)
# Words that may stand between a passive verb and its "by" ("issued at the summit by").
_AGENT_VERB_REACH = 5
_MODAL_RE = re.compile(r"\s+(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b")
# A list item: a paragraph opening on a bullet or a number ("- agreed that ...", "1. To cease").
_WORD_END_RE = re.compile(r"\w+")
_THAT_RE = re.compile(r"\s+that\b")
_LIST_ITEM_RE = re.compile(r"(?:[-–—•*▪]|\(?(?:\d{1,2}|[a-h])[.)])\s+")


@dataclass
class CueMatch:
    cue: Cue
    start: int
    end: int
    # The subject, where the match itself knows it (a vote clause without its verb).
    subjects: tuple[Actor, ...] = ()


def _match_key(match: CueMatch) -> tuple[int, int, int]:
    """A cue match's identity across the calls that read it: its cue and its span."""
    return id(match.cue), match.start, match.end


@dataclass
class _Span:
    """Where a subject is looked for: up to `start` (a quotation's opening)."""

    start: int
    end: int


def _named_person(actor: Actor) -> bool:
    """Whether an actor names a person: the gazetteer's, or a titled name it lacks."""
    return not actor.pronoun and bool(
        actor.person or (actor.unknown_name and actor.office_kind and not actor.commentator)
    )


class Article(SidesMixin, DatingMixin):
    """The state of one extraction run over one article."""

    def __init__(self, extractor: Extractor, text: str, published: date | None):
        self.x = extractor
        self.rules = extractor.rules
        self.conflicts = extractor.gazetteer.conflicts
        self.text = text
        self.cue_text = _OPENING_MID_PHRASE_RE.sub(" ", text)
        self.published = published
        self.doc: Document = parse(text)
        self.infos = [SentenceInfo(sentence) for sentence in self.doc.sentences]
        # In text order, none overlapping: where an offset falls is a bisection away.
        self.sentence_starts = [sentence.start for sentence in self.doc.sentences]
        self.sentence_paragraphs = [sentence.paragraph for sentence in self.doc.sentences]
        dateline = find_dateline(text)
        # The dateline's places ("BAKU/YEREVAN, Sept 20 (Reuters) -") say where the story was
        # filed, not who spoke.
        self.dateline, *dateline_span = dateline if dateline else (None, 0, 0)
        self.dateline_start, self.dateline_end = dateline_span
        self._assign_mentions(skip=dateline_span)
        self.headline = self._headline()
        self.registry = PeopleRegistry(self.rules, extractor.office_of_phrase)
        countryless = register_acronyms(self.doc, self.registry, self.rules)
        self._classify_words()
        for info in self.infos:
            self._find_actors(info)
        if countryless:
            self._place_national_bodies(countryless)
        self.record_paragraphs = find_speaker_labels(self.doc, self.infos, self.registry)
        # A round-up's paragraph headings ("KENYA: President William Ruto urged ..."): the
        # country each heads is its paragraph's place.
        self.headings: dict[int, str] = {}
        for info in self.infos:
            if info.sentence.paragraph not in self.headings:
                heading = section_heading(self.doc, info)
                if heading is not None:
                    self.headings[info.sentence.paragraph] = heading
        self.byline: Speaker | None = None  # who signs a press statement, if named
        self.author: Speaker | None = None  # the office holder who signs an op-ed
        self.issuer = self._find_issuer()
        self.questions, self.answered = self._questions_and_answers()
        self.conflict_positions = sorted(
            position for info in self.infos for position in self._sentence_conflicts(info)
        )
        self.lead_resolution = self._lead_resolution_topic()
        self.main_conflict = self._main_conflict()
        # Lines of page furniture ("Updated - May 08, 2024"), wherever a paragraph breaks.
        self.furniture = [m.span() for m in self.rules.page_furniture.finditer(text)]
        page_date = find_page_date(text, self.furniture)
        if page_date is not None:
            # The page's own date line ("Published 14.04.2024 09:12") is the day it appeared,
            # what its undated statements and "yesterday" count from; it dates no statement.
            page_day, *line = page_date
            self.furniture.append(tuple(line))
            if published is None:
                self.published = published = page_day
        self.dates = [self._sentence_dates(info) for info in self.infos]
        self.section_dates = self._section_dates()
        self.dates = [
            self._with_section_year(exprs, info.sentence.paragraph)
            for info, exprs in zip(self.infos, self.dates, strict=True)
        ]
        began = self.conflicts[self.main_conflict].began if self.main_conflict is not None else None
        # Without a publication date, the days the article names without writing them (an
        # event's, a day counted from the war's start) are dates of its sentences too.
        self.named_days = [] if published is not None else self._add_named_days(began)
        days_named = [e for e in self.named_days if e.kind == "day"]
        near = [date(e.year, e.month, e.day) for e in days_named]
        all_dates = [expr for exprs in self.dates for expr in exprs]
        if published is None and self.dateline is not None and self.dateline.kind == "day":
            # A wire dateline ("BRASILIA, Jan 31 (Reuters) -") is the day the story was filed.
            weekdays = [expr for expr in all_dates if expr.kind == "weekday"]
            published_guess = infer_anchor(
                [self.dateline, *weekdays],
                began,
                weekday_lag=1,
                terms=self._named_terms(),
                near=near,
                until=self.x.horizon,
            )
            self.anchor = published_guess or infer_anchor(
                all_dates, began, near=near, until=self.x.horizon
            )
            # Filed that day: "yesterday" counts from it and an undated statement is of that day,
            # as with a publication date.
            self.published = published_guess
        else:
            self.anchor = published or infer_anchor(
                all_dates,
                began,
                terms=self._named_terms(),
                calendar=self._calendar(),
                near=near,
                until=self.x.horizon,
                clues=year_clues(text) + present_years(text, began),
                renewals=renewal_days(text),
            )
            if not published and self.anchor is not None:
                # "The move came nine days after ..., on January 7": the news is of a day
                # counted from a day the anchor placed, a few weeks on at most.
                later = [
                    d
                    for d in days_counted_from_days(text, self.anchor)
                    if 0 < (d - self.anchor).days <= _COUNTED_DAYS_AFTER
                ]
                self.anchor = max(later, default=self.anchor)
            written = self.anchor
            events = [d for d, e in zip(near, days_named, strict=True) if e.relative != COUNTED]
            if not published and events and self.anchor == max(near) == max(events):
                # Anchored by an event the article names, not by a day it writes: its weekdays
                # are those around the event ("on Wednesday" after Tuesday's vote is the day
                # after), so they are read back from three days after it.
                self.anchor += timedelta(days=_EVENT_WEEK_AFTER)
            headline = self.headline.sentence if self.headline is not None else None
            if not published and headline is not None and self.anchor is not None:
                # A day counted from the war's start in the headline ("Kyiv braces for third
                # night of assault") is the day it was written: "last night" counts from it.
                counted = [
                    date(e.year, e.month, e.day)
                    for e in days_named
                    if e.relative == COUNTED and headline.start <= e.start < headline.end
                ]
                if counted and self.anchor == counted[0]:
                    self.published = self.anchor
            if (
                not published
                and self.anchor is not None
                and self.dateline is not None
                and self.dateline.kind == "weekday"
            ):
                # "NEW DELHI, Monday -": filed on that weekday, on or after the latest day the
                # article names (an event's too: "hours after U.S. bombers struck ..."), the
                # first such weekday standing in for the publication date.
                floor = max([written, *near])
                self.anchor = floor + timedelta(days=(self.dateline.weekday - floor.weekday()) % 7)
                self.published = self.anchor
            header = None if published else find_header_date(text, self.doc.paragraphs)
            if header is not None:
                # A document headed by its day ("Regular Press Conference on June 13, 2025")
                # is of that day: its "today" and undated statements are.
                self.anchor = self.published = header
        self.speakers: dict[int, Speaker | None] = {}
        self._cases: dict[int, tuple[str, str | None] | None] = {}
        # Cue matches a blocker cancelled or read as the words of a text voted on (by cue,
        # start, end): their words are read, as another's position or no position, so the
        # learned cue may not read them again.
        self._blocked: set[tuple[int, int, int]] = set()
        self._aggressors: dict[int, str | None] = {}
        self._joint: tuple[Speaker, ...] | None = None
        self._joint_sentence: int | None = None
        # (person in focus, last voice) after each sentence: see _resolve_speech.
        self.context_after: list[tuple[Speaker | None, Speaker | None]] = []
        self.interviewee: Speaker | None = None
        self._read_interview()
        self._resolve_speech()
        self.date_records = self._date_records()

    # -- reading the article ------------------------------------------------------------

    def _classify_words(self) -> None:
        """One pass over the words: which may start a cue, be a speech verb, date something."""
        lowers, starts = self.doc.words.lowers, self.doc.words.starts
        classes, classify = self.x.word_classes, self.x.word_class
        found_all = list(map(classes.get, lowers))
        # The words not yet classified, picked out at C speed (no Python call a word).
        for index in compress(range(len(lowers)), map(is_, found_all, repeat(None))):
            found_all[index] = classify(lowers[index])
        for info in self.infos:
            first, last = info.sentence.first_word, info.sentence.last_word
            for index in compress(range(first, last), found_all[first:last]):
                cues, speech, dating = found_all[index]
                for number in cues:
                    info.cue_hits.setdefault(number, []).append(starts[index])
                if speech:
                    info.speech_words.append(index)
                info.may_date = info.may_date or dating

    def _find_actors(self, info: SentenceInfo) -> None:
        """The sentence's actor phrases and its speech verbs' subjects."""
        if info.mentions or info.speech_words or info.cue_hits:
            build_actors(self.doc, info, self.rules)
            self._known_surname_opening(info)
            for actor in info.actors:
                if actor.unknown_name and actor.commentator:
                    # "former Nigerian president Olusegun Obasanjo": "Obasanjo" later is a
                    # former office holder still, no voice of Nigeria.
                    self.registry.apply(actor, Role(True, None, None))
                elif actor.unknown_name and actor.country:
                    # "Iran's Foreign Minister Abbas Araghchi": "Araghchi" later is Iran's.
                    self.registry.apply(actor, Role(False, actor.office_kind, actor.country))
            register_appositions(self.doc, info, self.registry)
        if info.speech_words:
            find_speech(self.doc, info, self.rules, self.registry, info.speech_words)

    def _place_national_bodies(self, acronyms: list[str]) -> None:
        """ "The Department of Foreign Affairs (DFA) said ... The DFA added ...": a body every
        state has, defined with no country, is the country the article is about when that is
        unambiguous: its dateline's ("MANILA -"), else the only country whose officials speak
        in it. Its sentences are then read again."""
        country = self.dateline_country
        if country is None:
            officials = self._official_countries()
            country = next(iter(officials)) if len(officials) == 1 else None
        if country is None:
            return
        for acronym in acronyms:
            self.registry.name_institution(acronym, country)
        words = self.doc.words.texts
        named = set(acronyms)
        for info in self.infos:
            first, last = info.sentence.first_word, info.sentence.last_word
            if any(word in named for word in words[first:last]):
                info.actors, info.speech = [], []
                self._find_actors(info)

    def _official_countries(self) -> set[str]:
        """The countries whose officials (people, offices, ministries) are subjects in the
        article: "Philippine Defence Secretary Gilberto Teodoro said", "China's foreign ministry
        condemned", "Putin said"."""
        countries = set()
        for info in self.infos:
            subjects = [event.actor for event in info.speech]
            subjects += [a for a in info.actors if a.subject_like and not a.possessive]
            for actor in subjects:
                if actor.commentator or actor.pronoun:
                    continue
                country = actor.country
                if country is None and actor.person is not None and actor.person.terms:
                    country = actor.person.terms[-1].country_iso3
                if country and (actor.person or actor.office_kind or actor.institution):
                    countries.add(country)
        return countries

    def _headline(self) -> SentenceInfo | None:
        """A first paragraph with no closing punctuation, before the story: a headline. It
        repeats the story's statements without their speakers and dates."""
        if len(self.doc.paragraphs) < 2 or not self.infos:
            return None
        start, end = self.doc.paragraphs[0]
        text = self.text[start:end].rstrip()
        if text.endswith((".", "!", "?", '"', "”")) or len(text.split()) > 30:
            return None
        return self.infos[0]

    def _find_issuer(self) -> str | None:
        """The country whose ministry or office issues the document, named as its header in
        the short lines before the story ("Ministry of Foreign Affairs of Ukraine" over "Press
        release", "Comment by the Information and Press Department of the Russian Foreign
        Ministry on the vote ..."); not a headline saying what a ministry did ("Chinese foreign
        ministry condemns ...")."""
        for number, (start, end) in enumerate(self.doc.paragraphs[:3]):
            if end - start > _ISSUER_HEADER_CHARS:
                break
            infos = self._paragraph_infos(number)
            for actor in (a for i in infos for a in i.actors):
                if not (actor.institution and actor.country) or actor.office_kind:
                    continue
                line_start = self.text.rfind("\n", start, actor.start) + 1
                line_end = self.text.find("\n", actor.end, end)
                line_end = end if line_end == -1 else line_end
                if not _ISSUER_BEFORE_RE.fullmatch(self.text, max(start, line_start), actor.start):
                    continue
                if _ISSUER_AFTER_RE.match(self.text, actor.end, line_end):
                    return actor.country
        return self._byline_issuer()

    def _byline_issuer(self) -> str | None:
        """The country of the office holder a press statement's header names on a line of
        their own, under the kind of document ("PRESS STATEMENT" over "ANTONY J. BLINKEN,
        SECRETARY OF STATE"): the statement's "we" is that country's."""
        header = self.doc.paragraphs[:3]
        if not header:
            return None
        if not _DOCUMENT_KIND_RE.search(self.text, header[0][0], header[-1][1]):
            return self._op_ed_author()
        for number, (start, end) in enumerate(header):
            if end - start > _ISSUER_HEADER_CHARS:
                break
            for actor in (a for i in self._paragraph_infos(number) for a in i.actors):
                if actor.person is None:
                    continue
                line_start = self.text.rfind("\n", start, actor.start) + 1
                line_end = self.text.find("\n", actor.end, end)
                line_end = end if line_end == -1 else line_end
                if not _BYLINE_BEFORE_RE.fullmatch(self.text, line_start, actor.start):
                    continue
                if not _BYLINE_AFTER_RE.fullmatch(self.text, actor.end, line_end):
                    continue
                term = actor.person.term_on(self.published)
                if term is None:
                    return None
                self.byline = Speaker.in_office(actor.person, term)
                return term.country_iso3
        return None

    def _op_ed_author(self) -> None:
        """The office holder an op-ed is signed by, on a byline line of its own among its
        first lines ("By Penny Wong"): what it says in the writer's voice of their country,
        unquoted and told by no one else, is theirs, said the day it appeared."""
        for number, (start, end) in enumerate(self.doc.paragraphs[:_OP_ED_HEADER_PARAGRAPHS]):
            line = self.text[start:end].strip()
            if not line.startswith("By ") or end - start > _ISSUER_HEADER_CHARS:
                continue
            for actor in (a for i in self._paragraph_infos(number) for a in i.actors):
                if actor.person is None or not _BYLINE_AFTER_RE.fullmatch(
                    self.text, actor.end, end
                ):
                    continue
                if self.text[start : actor.start].strip() != "By":
                    continue
                term = actor.person.term_on(self.published)
                if term is not None:
                    self.author = Speaker.in_office(actor.person, term)
                return None
        return None

    def _questions_and_answers(self) -> tuple[set[int], dict[int, int]]:
        """A transcript's question paragraphs, and for each paragraph answering one, the
        question it answers (up to the next question)."""
        questions: set[int] = set()
        answered: dict[int, int] = {}
        for number, (start, end) in enumerate(self.doc.paragraphs):
            if _QUESTION_RE.match(self.text[start:end]):
                questions.add(number)
            elif questions:
                answered[number] = max(questions)
        return questions, answered

    def _known_surname_opening(self, info: SentenceInfo) -> None:
        """ "Kallas also called for more sanctions": a sentence opening on the surname of an
        official the article introduced ("Estonian Prime Minister Kaja Kallas") has them as
        its subject, though the gazetteer does not know them."""
        words = self.doc.words
        first = info.sentence.first_word
        # "Mr. Bendjama called on ...": the surname after an honorific.
        while first + 1 < info.sentence.last_word and words.lowers[first] in HONORIFICS:
            first += 1
        # "The PCG condemned ...": the acronym the article defined for a state body.
        determined = first + 1 < info.sentence.last_word and words.lowers[first] == "the"
        first += determined
        if first >= info.sentence.last_word or not words.texts[first][:1].isupper():
            return
        if any(actor.first_word in (info.sentence.first_word, first) for actor in info.actors):
            return
        role = self.registry.role_of(words.texts[first])
        if role is None or role.commentator or role.country is None:
            return
        if determined and not role.institution:
            return  # "The Kallas government": no person opens on "the"
        word = words[first]
        opening = words[info.sentence.first_word]
        name = None if role.institution else self.registry.full_name_of(word.text)
        actor = Actor(opening.start, word.end, info.sentence.first_word, first + 1,
                      country=role.country, office_kind=role.office_kind,
                      institution=role.institution, unknown_name=name)  # fmt: skip
        info.actors.insert(0, actor)

    def _read_interview(self) -> None:
        """An interview ("We spoke to Peter Szijjarto in Budapest", "... - Peter Szijjarto in
        interview"): its questions are the paragraphs ending in "?", and the paragraphs after
        each, up to the next, are the interviewee's answers, as if quoted."""
        if self.questions:
            return  # a labelled transcript ("Q:", "A:") says who speaks
        intro = [i for i in self.infos if i.sentence.paragraph <= 2]
        named = None
        for info in intro:
            named = _INTERVIEW_RE.search(self.text, info.sentence.start, info.sentence.end)
            if named:
                break
        if named is None:
            return
        paragraphs = self.doc.paragraphs
        asked = [
            number
            for number, (start, end) in enumerate(paragraphs)
            if number > 1 and self.text[start:end].rstrip(" \"”’'").endswith("?")
        ]
        if len(asked) < 2:
            return
        name = named.group("name") or named.group("name2")
        self.interviewee = self._interviewee(intro, name, named.start())
        if self.interviewee is None:
            return
        first_of = {info.sentence.paragraph: info for info in reversed(self.infos)}
        question = None
        for number, (start, end) in enumerate(paragraphs):
            if number in asked:
                question = number
                self.questions.add(number)
                continue
            paragraph_text = self.text[start:end]
            if question is None or number not in first_of or "interview" in paragraph_text:
                continue  # the introduction; an editor's note on the interview
            self.answered[number] = question
            info = first_of[number]
            first = info.sentence.first_word
            actor = Actor(start, start, first, first + 1, pronoun="interviewee")
            # The answer's speech event stands just before it, as a label's colon does.
            info.speech.append(SpeechEvent(max(0, start - 1), actor))
            self.doc.quotes.append(Quote(start=start, end=end, paragraphs=[number]))
        self.doc.quotes.sort(key=lambda quote: quote.start)

    def _interviewee(self, intro, name: str, near: int) -> Speaker | None:
        """Who an interview is with: the gazetteer's person, else the named person with the
        country and office the introduction gives ("Hungary's foreign minister")."""
        for info in intro:
            for actor in info.actors:
                if actor.person is not None and _fold(name).endswith(
                    _fold(actor.person.name).split()[-1]
                ):
                    return self._resolve(replace(actor, possessive=False), info, (None, None),
                                         self.anchor)  # fmt: skip
        titled = [a for info in intro for a in info.actors if a.country and a.office_kind]
        if not titled:
            return None
        office = min(titled, key=lambda a: abs(a.start - near))
        return Speaker(country=office.country, person_name=name, office_kind=office.office_kind)

    def _with_short_names(self, mentions: list[Mention]) -> list[Mention]:
        """Add the later, shorter mentions of people the article has named in full: "Sergei
        Lavrov ... Lavrov said", "Xi Jinping ... Xi said". A short name counts only if it
        belongs to one person named so far and to nothing else the gazetteer knows."""
        words = self.doc.words
        named: dict[str, list] = {}
        for mention in mentions:
            if mention.kind == "person":
                for token in _short_names(mention.ref.name):
                    named.setdefault(token, []).append((mention.start, mention.ref))
        if not named:
            return mentions
        taken = {i for m in mentions for i in range(m.first_word, m.last_word)}
        added = []
        lowers = words.lowers
        # Only the words that are some short name are looked at (found at C speed).
        for index in compress(range(len(lowers)), map(named.__contains__, lowers)):
            lower = lowers[index]
            people = named[lower]
            if index in taken or not words.texts[index][:1].isupper():
                continue
            earlier = {person.key: person for at, person in people if at < words.starts[index]}
            if len(earlier) == 1 and not self.x.index.knows(lower):
                (person,) = earlier.values()
                start, end = words.starts[index], words.ends[index]
                added.append(Mention("person", person, start, end, index, index + 1))
        return sorted(mentions + added, key=lambda m: m.first_word) if added else mentions

    def _with_ambiguous_names(self, mentions: list[Mention]) -> list[Mention]:
        """Add the countries named by a short name they share ("Congo"), where the article
        otherwise names one of them only: itself, or a conflict (or a side's label) it is a
        side of."""
        ambiguous = self.rules.ambiguous_names
        words = self.doc.words
        found = list(compress(range(len(words)), map(ambiguous.__contains__, words.lowers)))
        if not found:
            return mentions
        named = set()
        for mention in mentions:
            if mention.kind == "country":
                named.add(mention.ref)
            elif mention.kind in ("conflict", "side", "vague_side"):
                number = mention.ref if mention.kind == "conflict" else mention.ref[0]
                named.update(self.x.sides[number])
        taken = {i for m in mentions for i in range(m.first_word, m.last_word)}
        added = []
        for index in found:
            meant = [iso3 for iso3 in ambiguous[words.lowers[index]] if iso3 in named]
            if len(meant) == 1 and index not in taken and words.texts[index][:1].isupper():
                start, end = words.starts[index], words.ends[index]
                added.append(Mention("country", meant[0], start, end, index, index + 1, "name"))
        return sorted(mentions + added, key=lambda m: m.first_word) if added else mentions

    def _calendar(self) -> list[DateExpr]:
        """Every date the story gives, an event's too ("began war games on Thursday, May
        23"): what places an article without a year in time."""
        return [expr for info in self.infos for expr in self._story_dates(info.sentence)]

    def _named_terms(self) -> list[tuple[date, date | None]]:
        """The terms in office of the people the article names: what places an article
        without a year in time."""
        people = {
            id(mention.ref): mention.ref
            for info in self.infos
            for mention in info.mentions
            if mention.kind == "person"
        }
        return [(term.start, term.end) for person in people.values() for term in person.terms]

    def _assign_mentions(self, skip: list[int]) -> None:
        start, end = skip
        found = self.x.index.find(self.doc)
        mentions = [m for m in found if not start <= m.start < end]
        # "MANILA, Philippines -": where the story was filed, the country of an unnamed
        # "Department of Foreign Affairs" or "the government" it quotes.
        if start == end:
            plain = _PLAIN_DATELINE_RE.search(self.text, 0, 600)
            if plain is not None:
                start, end = plain.span(1)  # "MANILA - ...", "NAIROBI\n\n...": no date
        # "United Nations (United States) (AFP) -": a country in brackets only locates the place.
        bracket = self.text.find("(", start, end)
        place_end = end if bracket < 0 else bracket
        placed = {m.ref for m in found if start <= m.start < place_end and m.kind == "country"}
        self.dateline_country = placed.pop() if len(placed) == 1 else None
        mentions = self._with_short_names(mentions)
        mentions = self._with_ambiguous_names(mentions)
        position = 0
        for info in self.infos:
            sentence = info.sentence
            while position < len(mentions) and mentions[position].first_word < sentence.first_word:
                position += 1
            while position < len(mentions) and mentions[position].last_word <= sentence.last_word:
                info.mentions.append(mentions[position])
                position += 1
            self._congo_in_vote_roll(info)

    def _congo_in_vote_roll(self, info: SentenceInfo) -> None:
        """Read a bare "Congo" listed with three or more other countries in a sentence that
        records a vote as the Republic of the Congo: UN rolls (and the wires copying them) call
        it "the Congo" and the other one "the Democratic Republic of the Congo"."""
        countries = [m for m in info.mentions if m.kind == "country"]
        if len(countries) < 4 or not _VOTE_ROLL_RE.search(
            self.text, info.sentence.start, info.sentence.end
        ):
            return
        for number, mention in enumerate(info.mentions):
            if mention.kind != "country" or mention.ref != "COD":
                continue
            if _BARE_CONGO_RE.fullmatch(self.text, mention.start, mention.end):
                info.mentions[number] = replace(mention, ref="COG")

    def _resolve(self, actor: Actor, info: SentenceInfo, context, day):
        """Turn an actor phrase into a Speaker, or None when it cannot be resolved. `context`
        is (person in focus, last voice), for pronouns and bare titles."""
        focus, voice = context
        if actor.pronoun == "first":
            return Speaker(first_person=True)
        if actor.pronoun == "third":
            # "spokesman Basim al-Awadi decried what he called ...": the person the sentence
            # has as its subject before the pronoun, else the person in focus.
            earlier = [
                a
                for a in info.actors
                if a.end <= actor.start
                and a.subject_like
                and (
                    (
                        not a.pronoun
                        and (
                            a.person
                            or a.commentator
                            or (a.office_kind and (a.unknown_name or a.country))
                        )
                    )
                    # "The Prime Minister condemned ..., which he said ...": a bare title the
                    # sentence opens on is its subject too.
                    or (a.pronoun == "title" and self._opens_on_title(info, a))
                )
                and self.doc.quote_at(a.start) is None
            ]
            if earlier and earlier[-1].commentator:
                return None  # "The UN Secretary-General ... said he was concerned": no country's
            if earlier:
                return self._resolve(earlier[-1], info, context, day) or focus
            # "the line Prime Minister Narendra Modi set on October 7, ..., when he wrote":
            # the only person the sentence names before the pronoun, as no subject, is "he";
            # not the person in focus from an earlier paragraph.
            named = {
                a.person.key: a
                for a in info.actors
                if a.end <= actor.start
                and a.person is not None
                and not a.possessive
                and self.doc.quote_at(a.start) is None
            }
            if len(named) == 1 and (
                focus is None or focus.person is None or (focus.person.key not in named)
            ):
                (only,) = named.values()
                if _WHEN_HE_RE.search(self.text, only.end, actor.start):
                    return self._resolve(only, info, context, day) or focus
            return focus
        if actor.principal and actor.person is None:
            # "His spokesman, Dmitry Peskov, said": the spokesperson of the person "his" means
            # (the sentence's subject before it, else the person in focus) speaks for that
            # person's country.
            owner = self._resolve(
                replace(actor, pronoun="third", principal=False), info, context, day
            )
            if owner is None or owner.commentator or not owner.country:
                return None
            if not (owner.person or owner.person_name):
                return None
            return Speaker(country=owner.country, person_name=actor.unknown_name,
                           office_kind=actor.office_kind)  # fmt: skip
        if actor.pronoun == "plural":
            # "They urged ...": a multilateral statement's signatories, right after the
            # sentence (or in the sentence) that lists them; nobody otherwise.
            signatories = self._signatories()
            if self._signatories_continue(info.sentence.index):
                return Speaker(joint=signatories)
            return None
        if actor.pronoun == "interviewee":
            return self.interviewee
        if actor.pronoun == "neuter":
            signatories = self._signed_just_before(info, actor)
            if signatories:
                return Speaker(joint=signatories)
            speaker = self._previous_subject_country(info)
            if speaker is None and actor.first_word != info.sentence.first_word:
                # '"...," it said': the country last heard from.
                return Speaker(country=voice.country) if voice and voice.country else None
            return speaker
        if actor.pronoun == "answer":
            if focus is not None and focus.person and not self._named_in_question(info, focus):
                return focus
            named = self._first_person_named()
            if named is not None:
                return named
            # "A: China's position on the Ukraine crisis is ...": the country the answer opens on.
            opening = next((a for a in info.actors if a.start > actor.end and a.country), None)
            if opening is not None and not self.text[actor.end + 1 : opening.start].strip():
                return Speaker(country=opening.country)
            return None
        if actor.pronoun == "latter":
            earlier = [
                a for a in info.actors if a.end <= actor.start and (a.person or a.unknown_name)
            ]
            return self._resolve(earlier[-1], info, context, day) if earlier else None
        if actor.pronoun == "title":
            if actor.commentator:
                return None  # "President of the European Commission": no state's officer
            named = self._named_next(info, actor.office_kind)
            if named is not None:
                return self._resolve(named, self._info_of(named), context, day) or focus
            delegated = self._opening_place(info, _DELEGATES)
            if delegated is not None and info.actors[0].end <= actor.start:
                # "On behalf of the Syrian Arab Republic, the delegate voiced ...": the
                # country the sentence opens by speaking for.
                return Speaker(country=delegated, office_kind=actor.office_kind)
            own = self._paragraph_own_country(info, actor)
            if own is not None and _voice_country(voice) != own:
                # 'Beijing, meanwhile, called on the parties to stay calm. "We call on ...," a
                # spokesman said': the paragraph's country's, not the last voice's nor its person's.
                voice = Speaker(country=own)
                focus = focus if focus is not None and focus.country == own else None
            return self._resolve_title(actor.office_kind, focus, voice, day, info)
        if actor.pronoun == "joint":
            # Outside a joint statement "the two countries" is what the speaker talks about;
            # so are "both sides" beside a statement of three or more countries: the parties.
            signatories = self._signatories()
            phrase = self.text[actor.start : actor.end].lower()
            if len(signatories) > 2 and _TWO_PARTIES_RE.search(phrase):
                signatories = ()
            return Speaker(joint=signatories) if signatories else Speaker(first_person=True)
        if actor.pronoun == "host":
            # "The hosts called for ...": the country (or countries) hosting the talks or the
            # summit the article names; nobody where it names no host.
            hosts = self._hosts_before(info)
            if len(hosts) == 1:
                return hosts[0]
            return Speaker(joint=hosts) if hosts else None
        if actor.pronoun == "document":
            signatories = self._signatories()
            if signatories:
                return Speaker(joint=signatories)
            country = voice.country if voice is not None else self._issuer(info, actor)
            return Speaker(country=country) if country else None
        if actor.pronoun == "its_title":
            country = self._country_spoken_of(info, actor)
            if country is None:
                return None
            holder = self.x.holder(country, actor.office_kind, day)
            return holder or Speaker(country=country, office_kind=actor.office_kind)
        if actor.pronoun == "country":
            # "After a meeting chaired by Prime Minister Shehbaz Sharif, the government
            # declared ...": the office holder the sentence names before it.
            lowers = self.doc.words.lowers
            holders = [
                a
                for a in info.actors
                if a.end <= actor.start
                and a.person is not None
                and (a.subject_like or lowers[a.first_word - 1] == "by")  # not "told Blinken"
            ]
            if holders and holders[-1].person.terms:
                term = holders[-1].person.term_on(day)
                if term is not None:
                    return Speaker(country=term.country_iso3)
            placed = self._place_after(info, actor)
            if placed is not None:
                return Speaker(country=placed)  # "the foreign ministry in Muscat said"
            place = self._opening_place(info)
            if place is not None and place != _voice_country(voice):
                return Speaker(country=place)  # "In Tokyo, the foreign ministry said ..."
            own = self._paragraph_own_country(info, actor)
            if own is not None:
                # '"Brazil calls on ...," the foreign ministry said', after Turkey's ministry
                return Speaker(country=own)
            named = self._institution_named_before(info, actor)
            if named is not None:
                return Speaker(country=named)
            if self.issuer and self._issuing_body(actor):
                # "The Ministry calls on all states ...", in a ministry's own press release: the
                # issuer, not the country its round-up last quoted.
                return Speaker(country=self.issuer)
            if actor.first_word == info.sentence.first_word:
                # "Saudi Arabia hosted the talks. The kingdom reiterated ...": as "It" would.
                previous = self._previous_subject_country(info)
                if previous is not None:
                    return previous
            sole = self._sole_country_before(info, actor)
            if sole is not None:
                return Speaker(country=sole)  # "Saudi Arabia reacted. ... the kingdom's ..."
            # "The kingdom is ready ...", he said: only where someone is being reported.
            reported = info.speech or self.doc.quote_at(actor.start) is not None
            return Speaker(country=voice.country) if voice is not None and reported else None
        if actor.bloc is not None:
            return Speaker(bloc=actor.bloc)
        if actor.commentator:
            return Speaker(person_name=actor.unknown_name, commentator=True)
        if actor.person is not None:
            term = actor.person.term_on(day)
            # "(Japan's) Chief Cabinet Secretary Yoshimasa Hayashi": the text names an office the
            # gazetteer does not hold for them (yet); the text is right about today, and without
            # a country the person's own is the office's.
            terms = actor.person.terms
            country = actor.country or (terms[-1].country_iso3 if terms else None)
            if term is None and country and actor.office_kind and not actor.possessive:
                if not _FORMER_RE.search(self.text, max(0, actor.start - 12), actor.end):
                    return Speaker(country=country, person_name=actor.person.name,
                                   office_kind=actor.office_kind)  # fmt: skip
            if (
                term is None
                and actor.country
                and _OF_COUNTRY_RE.search(self.text, actor.start, actor.end)
                and not _FORMER_RE.search(self.text, max(0, actor.start - 12), actor.end)
            ):
                # "Asim Iftikhar Ahmad of Pakistan said", "Asim Iftikhar Ahmad (Pakistan) said":
                # the text names whom they speak for on a day the gazetteer holds them in no
                # office (between two postings).
                return Speaker(country=actor.country, person_name=actor.person.name)
            if term is None:
                # Not in office on that day: a former office holder's words are commentary.
                return Speaker(person=actor.person, commentator=True)
            return Speaker.in_office(actor.person, term)
        if actor.country is not None:
            if actor.office_kind and not actor.institution:
                holder = self.x.holder(actor.country, actor.office_kind, day)
                # "Qatar's Prime Minister Sheikh Mohammed": the holder, called by honorific and
                # given name.
                if holder is not None and _same_person(actor.unknown_name, holder):
                    return holder
                if holder is None and actor.unknown_name is None and focus is not None:
                    # "the Turkish leader" (a title too loose to look up): the person in focus,
                    # when of that country.
                    if focus.country == actor.country and (focus.person or focus.person_name):
                        return focus
            return Speaker(
                country=actor.country,
                person_name=actor.unknown_name,
                office_kind=actor.office_kind,
            )
        if actor.unknown_name is not None:
            # "In Islamabad, Prime Minister X said": the office is the opening place's; a
            # delegate without a title speaks for the country named ("Speaking for Mexico, X").
            country = self._opening_place(info, _PLACE_OPENERS if actor.office_kind else _DELEGATES)
            opener = info.actors[0] if info.actors else None
            if actor.office_kind and country is None:
                # "Britain offered to help, with Trade Secretary Jonathan Reynolds telling ...":
                # the country the sentence opens on; else ("South Korea has lodged protests with
                # Moscow. On Oct. 21, First Vice Foreign Minister Kim Hong-kyun summoned ...")
                # the country the sentence before was about.
                if opener is not None and opener is not actor and opener.subject_like:
                    opening = self.text[info.sentence.start : opener.start]
                    if opener.first_word == info.sentence.first_word or (
                        _QUOTE_OPENING_RE.fullmatch(opening)
                        and actor.start > opener.end
                        and not any(opener.country in sides for sides in self.x.sides)
                    ):
                        # '"The United States stands with ...," Ambassador X wrote': the
                        # country their own quoted words open on (not a party they speak of:
                        # '"Russia must withdraw," Ambassador X said').
                        country = opener.country
            if actor.office_kind and country is None:
                previous = self._previous_subject_country(info)
                country = previous.country if previous is not None else None
            if actor.office_kind and country is None and voice is None:
                country = self.dateline_country
            if (
                opener is not None
                and opener is not actor
                and country == opener.country
                and actor.start > opener.end
                and _QUOTE_OPENING_RE.fullmatch(self.text[info.sentence.start : opener.start])
            ):
                # '"China must stop its dangerous actions," Ambassador MaryKay Carlson wrote',
                # after a sentence about China's ships: the party the envoy's words are about
                # is not the envoy's country.
                country = None
            return Speaker(country=country, person_name=actor.unknown_name,
                           office_kind=actor.office_kind)  # fmt: skip
        if actor.institution or actor.office_kind:
            # "In Tehran, a foreign ministry spokesman said": the place the sentence opens on;
            # else the country last heard from ("China said it regretted ... . '...,' a
            # foreign ministry spokesperson said"); before any has spoken, the dateline's.
            country = self._place_after(info, actor) or self._opening_place(info)
            # 'Beijing, meanwhile, called on the parties to stay calm. "China calls on ...," a
            # foreign ministry spokesperson said': the paragraph's own country, not an earlier
            # paragraph's ministry.
            country = country or self._paragraph_own_country(info, actor)
            # "The Chinese embassy struck back. '...,' an embassy spokesperson said": the
            # embassy just named, not whoever spoke before it.
            country = country or self._institution_named_before(info, actor)
            country = country or self._sole_country_before(info, actor)
            country = country or _voice_country(voice) or self.dateline_country
            return Speaker(country=country, office_kind=actor.office_kind)
        return None

    def _place_after(self, info: SentenceInfo, actor: Actor) -> str | None:
        """The country of the place right after an institution: '"...," the foreign ministry
        in Muscat said' is Oman's, whoever spoke before."""
        for after in info.actors:
            if after.start > actor.end:
                if after.country and _IN_PLACE_RE.fullmatch(self.text, actor.end, after.start):
                    return after.country
                return None
        return None

    def _paragraph_own_country(self, info: SentenceInfo, actor: Actor) -> str | None:
        """The country an unnamed spokesperson or ministry speaks for by its paragraph: the
        country its quoted words open on ('"China calls on relevant parties ...," a foreign
        ministry spokesperson said'), else the country the sentence before had as its subject
        ("Beijing, meanwhile, called on the parties to stay calm. '...,' a spokesperson
        said"). Never a party to a conflict the article names: '"Iran must stop ...," a
        spokesperson said' is about Iran, and "Israel struck Iran. ..." tells of an act."""
        if self.doc.quote_at(actor.start) is not None:
            return None  # '"We hope the ministry will ...," he said': spoken of, not speaking
        parties = {iso3 for _, number in self.conflict_positions for iso3 in self.x.sides[number]}
        opener = info.actors[0] if info.actors else None
        if (
            opener is not None
            and opener is not actor
            and opener.end <= actor.start
            and opener.country
            and opener.subject_like
            and not (opener.possessive or opener.person or opener.unknown_name)
            and self.doc.quote_at(opener.start) is not None
            and _QUOTE_OPENING_RE.fullmatch(self.text, info.sentence.start, opener.start)
        ):
            if opener.country not in parties:
                return opener.country
        previous = self._previous_subject_country(info)
        if previous is None or previous.country in parties:
            return None
        index = info.sentence.index - 1
        while index >= 0 and self.doc.quote_at(self.infos[index].sentence.start + 1):
            index -= 1
        before = self.infos[index]
        opening = before.actors[0] if before.actors else None
        if (
            opening is None
            or opening.first_word != before.sentence.first_word
            or opening.country != previous.country
        ):
            return None  # "In Algiers, the ministry said the French government had ...": no lead
        allowed = parties | {previous.country}
        for named in info.actors:
            if named.end > actor.start:
                break
            if named.person or (named.country and named.country not in allowed):
                return None  # '"Russia must withdraw," a spokesperson said': another's voice
        return previous.country

    def _sole_country_before(self, info: SentenceInfo, actor: Actor) -> str | None:
        """ "Saudi Arabia has issued its first reaction. In a statement, the foreign ministry
        said ...": an institution (or "the kingdom") before any country of its sentence is of
        the one country the sentence before names, as its subject; with two named there
        ("Israel struck Iran"), of neither.
        """
        if any(a.country or a.person for a in info.actors if a.end <= actor.start):
            return None
        previous = self._previous_subject_country(info)
        if previous is None:
            return None
        before = self.infos[info.sentence.index - 1]
        if {a.country for a in before.actors if a.country} != {previous.country}:
            return None
        return previous.country

    def _issuer_we(self, actor: Actor | None, speaker: Speaker, source: Speaker | None) -> bool:
        """Whether a "we" is the issuing ministry's own, in its document's narration."""
        return bool(
            self.issuer
            and actor is not None
            and actor.pronoun == "first"
            and source is None
            and speaker.country == self.issuer
            and not (speaker.person or speaker.person_name)
            and self.doc.quote_at(actor.start) is None
        )

    def _issuing_body(self, actor: Actor) -> bool:
        """Whether an unnamed body ("the Ministry", "the Department") may be the document's
        issuer, outside quotations."""
        phrase = self.text[actor.start : actor.end].lower()
        return "minist" in phrase and self.doc.quote_at(actor.start) is None

    def _institution_named_before(self, info: SentenceInfo, actor: Actor) -> str | None:
        """ "Türkiye's Foreign Ministry welcomed the vote. '...,' the ministry said", "The
        Chinese embassy struck back. '...,' an embassy spokesperson said": the country of the
        ministry or embassy the actor names, the one last named in this paragraph or the one
        before."""
        phrase = self.text[actor.start : actor.end].lower()
        stem = next((stem for stem in _UNNAMED_INSTITUTIONS if stem in phrase), None)
        if stem is None:
            return None
        for index in range(info.sentence.index, -1, -1):
            earlier = self.infos[index]
            if earlier.sentence.paragraph < info.sentence.paragraph - 1:
                break
            for named in reversed(earlier.actors):
                if named.end > actor.start or not (named.institution and named.country):
                    continue
                if stem in self.text[named.start : named.end].lower():
                    return named.country
        return None

    def _named_next(self, info: SentenceInfo, kind: str | None) -> Actor | None:
        """'"...," the minister said. Sergey Lavrov added ...': the person the next sentence
        of the paragraph opens on, as the subject of its speech verb, when the bare title fits
        them (not "the spokesperson" before "Lavrov")."""
        index = info.sentence.index + 1
        if index >= len(self.infos) or not self.doc.quote_at(info.sentence.start + 1):
            return None
        after = self.infos[index]
        if after.sentence.paragraph != info.sentence.paragraph:
            return None
        opening = next((e.actor for e in after.speech if not e.inverted), None)
        if opening is None or opening.first_word != after.sentence.first_word:
            return None
        if opening.person is None:
            return None
        kinds = {term.office_kind for term in opening.person.terms}
        if kind in (None, VAGUE_OFFICE) or kind in kinds:
            return opening
        return None

    def _info_of(self, actor: Actor) -> SentenceInfo:
        return self._info_at(actor.start)

    def _signatories_continue(self, index: int) -> bool:
        """Whether "They" in sentence `index` means a multilateral statement's signatories:
        the sentence before lists them, or has them as its subject ("the ministers", "the
        statement", or a "They" that means them); another subject ("Critics in Moscow said
        ... . They ...") ends the run."""
        listed = self._joint_sentence
        if listed is None:
            return False
        for before in range(index - 1, listed - 1, -1):
            if before == listed:
                return True
            sentence = self.infos[before].sentence
            subject = next((a for a in self.infos[before].actors if a.subject_like), None)
            if subject is None or subject.pronoun not in ("plural", "joint", "document"):
                return False
            if not opens_clause(self.text, self.doc.words, sentence, subject.first_word):
                return False  # "Critics said the text was one-sided": not what opens it
            if subject.pronoun != "plural":
                return True
        return False

    def _signed_just_before(self, info: SentenceInfo, actor: Actor) -> tuple[Speaker, ...]:
        """What "It" opening a sentence means right after a statement's signatories are
        listed ("The statement was signed by Qatar, Egypt and Turkey. It called for ..."):
        each signatory."""
        index = info.sentence.index
        if actor.first_word != info.sentence.first_word or index == 0:
            return ()
        before = self.infos[index - 1].sentence
        if not self.rules.multilateral_document.search(self.text, before.start, before.end):
            return ()  # checked first: finding the signatories searches the whole text
        signatories = self._signatories()
        return signatories if self._joint_sentence == index - 1 else ()

    def _previous_subject_country(self, info: SentenceInfo) -> Speaker | None:
        """What "It" opening a sentence means: the country, capital or ministry that was the
        subject of the sentence before, in the same paragraph; no one else."""
        index = info.sentence.index - 1
        # Over the sentences of a quotation the "it" closes: '"We urge ... . Existing
        # channels ...," it said.'
        while index >= 0 and self.doc.quote_at(self.infos[index].sentence.start + 1):
            index -= 1
        if index < 0:
            return None
        previous = self.infos[index]
        if previous.sentence.paragraph != info.sentence.paragraph:
            return None
        first = next((a for a in previous.actors if a.subject_like and not a.pronoun), None)
        if first is None or first.person is not None or first.unknown_name:
            return None
        if first.country is None or first.commentator:
            return None
        return Speaker(country=first.country)

    def _named_in_question(self, info: SentenceInfo, person: Speaker) -> bool:
        """Whether the question an answer replies to names the person ("Prime Minister Modi
        said ... Are talks possible?"): who is asked about, not who answers."""
        question = self.answered.get(info.sentence.paragraph)
        if question is None or person.person is None:
            return False
        start, end = self.doc.paragraphs[question]
        return person.person.name.split()[-1] in self.text[start:end]

    def _first_person_named(self) -> Speaker | None:
        """The first office holder the article names: a transcript's speaker, named in its
        title ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference")."""
        for info in self.infos:
            for actor in info.actors:
                if actor.person is not None:
                    return self._resolve(replace(actor, possessive=False), info, (None, None),
                                         self.anchor)  # fmt: skip
        return None

    def _signatories(self) -> tuple[Speaker, ...]:
        """Who a joint statement's "we", "the leaders" or "both sides" are: the two countries
        of the first sentence that names two (with their people named as subjects nearby), in
        an article that is a joint statement or reports talks between them; else nobody."""
        if self._joint is None:
            self._joint = self._find_signatories()
        return self._joint

    def _find_signatories(self) -> tuple[Speaker, ...]:
        multilateral = self._multilateral_signatories()
        if multilateral:
            return multilateral
        for number, info in enumerate(self.infos):
            if info is self.headline:
                continue  # "Ishiba, Trump oppose ..., back Taiwan": its objects look like subjects
            countries = list(dict.fromkeys(filter(None, map(self._country_of, info.actors))))
            if len(countries) < 2:
                continue
            sentence = self.text[info.sentence.start : info.sentence.end]
            joint = self.rules.joint_document
            if len(countries) > 2 or not (joint.search(sentence) or joint.search(self.text)):
                return ()
            return self._signatory_speakers(number, countries)
        return ()

    def _multilateral_signatories(self) -> tuple[Speaker, ...]:
        """The countries listed (three or more, as subjects) in the first sentence naming a
        joint statement or communique: "In a joint statement, the foreign ministers of
        Australia, Canada, New Zealand ... said"."""
        pattern = self.rules.multilateral_document
        for number, info in enumerate(self.infos):
            if len(info.actors) < 3 and not any(a.pronoun == "joint" for a in info.actors):
                continue
            sentence = self.text[info.sentence.start : info.sentence.end]
            if not pattern.search(sentence):
                continue
            listed = self._listed_countries(info)
            if len(listed) < 3 and number and any(a.pronoun == "joint" for a in info.actors):
                # "The foreign ministers of Denmark, Estonia, ... said on Monday ... '...,' the
                # ministers said in a joint statement": the list is the sentence's before.
                before = self.infos[number - 1]
                if before is not self.headline and before.sentence.paragraph >= (
                    info.sentence.paragraph - 1
                ):
                    listed = self._listed_countries(before)
                    heads = [a for a in before.actors if listed and a.end <= listed[0].start]
                    if heads and not (heads[-1].pronoun == "joint" and heads[-1].subject_like):
                        listed = []  # "Blinken met the foreign ministers of ...": objects
                    number -= 1 if len(listed) >= 3 else 0
            if len(listed) < 3:
                continue
            countries = list(dict.fromkeys(actor.country for actor in listed))
            self._joint_sentence = number
            return self._signatory_speakers(number, countries)
        return ()

    def _listed_countries(self, info: SentenceInfo) -> list[Actor]:
        """The first list of three or more countries a sentence has as subjects (or agents)."""
        listed: list[Actor] = []
        listed_end = 0
        for actor in info.actors:
            if actor.person and listed and self._list_gap(listed_end, actor.start) == ",":
                # "We, the Presidents of Russia, Vladimir Putin, of France, ...": each
                # country's leader in apposition; the list goes on after the name.
                listed_end = actor.end
                continue
            if not actor.country or actor.possessive or actor.pronoun or actor.person:
                continue
            if listed:
                if self._list_gap(listed_end, actor.start) in LIST_JOINERS:
                    listed.append(actor)
                    listed_end = actor.end
                    continue
                if len(listed) >= 3:
                    break
            listed = [actor] if actor.subject_like or self._agent_listed(actor) else []
            listed_end = actor.end
        return listed if len(listed) >= 3 else []

    def _bloc_signatories(self, speaker: Speaker) -> tuple[Speaker, ...]:
        """The members of a bloc that signed the statement the article lists them for ("It was
        agreed by the leaders of Canada, France, ... and the United States." then '"We, the
        Leaders of the G7, condemn ...," the statement said'): each holds the bloc's words.
        Only a list of the bloc's own members: another bloc's statement is not theirs."""
        if speaker.bloc is None or speaker.country is not None:
            return ()
        signatories = self._signatories()
        if self._joint_sentence is None or len(signatories) < 3:
            return ()
        members = set(speaker.bloc.members)
        if not all(each.country in members for each in signatories):
            return ()
        return signatories

    def _list_gap(self, start: int, end: int) -> str:
        """The words between two items of a list, without "the" and "of" ("Canada, and of the
        United States" joins like "Canada and the United States") and without a formal title
        the gazetteer does not hold ("Kuwait, the State of Libya")."""
        gap = self.text[start:end]
        title = FORMAL_TITLE_RE.search(gap)
        if title is not None:
            gap = gap[: title.start()]
        return " ".join(w for w in gap.split() if w not in ("the", "of"))

    def _signatory_speakers(self, number: int, countries: list[str]) -> tuple[Speaker, ...]:
        """Each signatory country, with its person named as a subject in the sentence that
        lists them or the two after it ("Albanese, Trudeau and Luxon said in the statement")."""
        people: dict[str, Speaker] = {}
        for nearby in self.infos[number : number + 3]:
            for actor in nearby.actors:
                country = self._country_of(actor)
                if actor.subject_like and country in countries and country not in people:
                    if actor.person or actor.unknown_name:
                        speaker = self._resolve(actor, nearby, (None, None), self.anchor)
                        if speaker is not None and speaker.country == country:
                            people[country] = speaker
        return tuple(people.get(country) or Speaker(country=country) for country in countries)

    def _agent_listed(self, actor: Actor) -> bool:
        """Whether the actor opens a list after a passive verb's "by" ("endorsed by")."""
        first = actor.first_word
        if first < 2 or self.doc.words.lowers[first - 1] != "by":
            return False
        words = self.doc.words
        # "issued at the summit by Brazil, ...": a short adverbial may stand between the verb
        # and its "by", never a clause break.
        for verb in range(first - 2, max(-1, first - 2 - _AGENT_VERB_REACH), -1):
            if words.lowers[verb] in self.rules.agent_verbs:
                return True
            if any(c in self.text[words.ends[verb] : words.starts[verb + 1]] for c in ",.;:\n"):
                return False
        return False

    def _country_of(self, actor: Actor) -> str | None:
        if actor.person is not None:
            term = actor.person.term_on(self.anchor)
            return term.country_iso3 if term else None
        return None if actor.pronoun or actor.commentator else actor.country

    def _opening_place(self, info: SentenceInfo, openers: frozenset[str] = _PLACE_OPENERS):
        """The country a sentence opens on for its speaker: "In Kabul, ...", and in UN
        meetings coverage "Speaking for Mexico, ...", "On behalf of Brazil, ..."; also its
        topic ("As far as Brazil is concerned, ..., the foreign ministry said"); in a
        round-up, the country heading its paragraph ("BRAZIL: The foreign ministry ...")."""
        heading = self.headings.get(info.sentence.paragraph)
        if heading is not None:
            return heading
        first = info.actors[0] if info.actors else None
        if first is None or not first.country:
            return None
        opening = self.text[info.sentence.start : first.start].strip().lower()
        if opening.removesuffix(" the") in openers or self._topic_opening(info) is first:
            return first.country
        return None

    def _issuer(self, info: SentenceInfo, actor: Actor) -> str | None:
        """Who issued the document "the statement" means: the last ministry, office or office
        holder named as a subject, in this sentence or the one before."""
        previous = self.infos[info.sentence.index - 1].actors if info.sentence.index else []
        here = [a for a in info.actors if a.end <= actor.start]
        issuers = [
            a.country or (a.person.terms[-1].country_iso3 if a.person and a.person.terms else None)
            for a in [*previous, *here]
            if a.subject_like and (a.institution or a.office_kind or a.person)
        ]
        issuers = [country for country in issuers if country]
        return issuers[-1] if issuers else None

    def _country_spoken_of(self, info: SentenceInfo, actor: Actor) -> str | None:
        """The country an "its" points back to: the last country named as a subject before
        it, in this sentence or the one before."""
        previous = self.infos[info.sentence.index - 1].actors if info.sentence.index else []
        here = [a for a in info.actors if a.end <= actor.start]
        candidates = [a for a in [*previous, *here] if a.country and a.subject_like]
        return candidates[-1].country if candidates else None

    def _resolve_title(self, kind, focus, voice, day, info=None) -> Speaker | None:
        """ "The premier", "a spokesperson": the person in focus when the title fits them,
        else whoever holds that office in the country last heard from. A loose title ("the
        diplomat", "the envoy", "the minister") is the person in focus only when they were
        named in its paragraph or the one before; else nobody."""
        if focus is not None and (focus.person or focus.person_name):
            fitting = {kind, *self.rules.fallback_kinds.get(kind or "", ())}
            loose = kind in (None, VAGUE_OFFICE) or focus.office_kind is None
            if kind == VAGUE_OFFICE and info is not None and not self._named_near(info, focus):
                return None
            if loose or focus.office_kind == kind:
                return focus
            if focus.office_kind in fitting:
                # "President Erdogan telephoned Prime Minister Shehbaz Sharif. The Prime Minister
                # thanked ...": the person the article titled so, not the president in focus
                # whose country may have no prime minister.
                titled = self._titled_before(kind, info, day) if info is not None else None
                return titled or focus
        if voice is not None and voice.country:
            holder = self.x.holder(voice.country, kind, day)
            return holder or Speaker(country=voice.country, office_kind=kind)
        return None

    def _speaking_people(self, info: SentenceInfo, subject: Actor, context, day):
        """The people listed as one speech verb's subject, each resolved, the subject last
        ("Saudi Foreign Minister Faisal bin Farhan, Egyptian Foreign Minister Sameh Shoukry
        and Jordanian Foreign Minister Ayman Safadi told ...", and each "of" a country: "Prince
        Faisal of Saudi Arabia, Minister Sameh Shoukry of Egypt and ..."); empty unless two
        or more people, each resolved to a country, make the list."""
        if not _named_person(subject):
            return ()
        actors = info.actors
        index = next(i for i, a in enumerate(actors) if a is subject)
        units = [(subject, self._of_country(actors, index))]
        start = subject.start
        coordinated = False
        index -= 1
        while index >= 0:
            person, of_country = actors[index], None
            if index > 0 and self._is_of_country(actors[index - 1], person):
                person, of_country = actors[index - 1], person
                index -= 1
            if not _named_person(person) or self.doc.quote_at(person.start) is not None:
                break
            end = of_country.end if of_country else person.end
            gap = " ".join(
                word
                for word in self.text[end:start].split()
                if word.lower() not in self.rules.title_modifiers and word.lower() != "the"
            )
            if gap not in LIST_JOINERS:
                break
            coordinated = coordinated or gap != ","
            units.insert(0, (person, of_country))
            start = person.start
            index -= 1
        if len(units) < 2 or not coordinated:
            return ()
        opening = [
            word
            for word in self.text[info.sentence.start : start].split()
            if word.lower().strip(".") not in HONORIFICS
            and word.lower() not in self.rules.title_modifiers
            and word.lower() != "the"
        ]
        if opening and not opening[-1].endswith(","):
            return ()  # "spoke with X, Y and Z": the list is an object of what comes before it
        resolved = []
        for person, of_country in units:
            speaker = self._resolve(person, info, context, day)
            if speaker is not None and of_country is not None and not speaker.country:
                speaker = replace(speaker, country=of_country.country)
            if (
                speaker is None
                or not speaker.country
                or not (speaker.person or speaker.person_name)
            ):
                return ()
            resolved.append(speaker)
        return tuple(resolved)

    def _of_country(self, actors: list[Actor], index: int) -> Actor | None:
        after = actors[index + 1] if index + 1 < len(actors) else None
        return after if after is not None and self._is_of_country(actors[index], after) else None

    def _is_of_country(self, person: Actor, place: Actor) -> bool:
        """Whether a country follows a person as theirs: "Sameh Shoukry of Egypt"."""
        if not place.country or place.person or place.office_kind or place.possessive:
            return False
        between = self.text[person.end : place.start].split()
        return between in (["of"], ["of", "the"])

    def _answering(self, info: SentenceInfo) -> Speaker | None:
        """Who answers the question a paragraph replies to: the speaker of the label opening
        the answer's first paragraph ("Lin Jian: Let me first state the facts.")."""
        question = self.answered.get(info.sentence.paragraph)
        if question is None:
            return None
        first = min(n for n, q in self.answered.items() if q == question)
        event = self._answer_event(first)
        speaker = self.speakers.get(id(event)) if event is not None else None
        if speaker is None or speaker.first_person or speaker.joint or not speaker.country:
            return None
        return speaker

    def _opens_on_title(self, info: SentenceInfo, actor: Actor) -> bool:
        """Whether a bare title opens the sentence ("The Prime Minister condemned ...")."""
        return self.text[info.sentence.start : actor.start].strip().lower() in ("", "the")

    def _titled_before(self, kind, info: SentenceInfo, day) -> Speaker | None:
        """The last person the article named with this very title before the sentence ("Prime
        Minister Muhammad Shehbaz Sharif"), outside quotations, resolved."""
        for index in range(info.sentence.index, -1, -1):
            earlier = self.infos[index]
            for actor in reversed(earlier.actors):
                if index == info.sentence.index and actor.start >= info.sentence.end:
                    continue
                if actor.office_kind != kind or actor.pronoun:
                    continue
                if not (actor.person or actor.unknown_name):
                    continue
                if self.doc.quote_at(actor.start) is not None:
                    continue
                if actor.person is None:
                    # "Prime Minister Muhammad Shehbaz Sharif": the gazetteer's person inside
                    known = next(
                        (
                            a
                            for a in earlier.actors
                            if a.person and actor.start <= a.start and a.end <= actor.end
                        ),
                        None,
                    )
                    if known is not None:
                        actor = known
                speaker = self._resolve(actor, earlier, (None, None), day)
                if speaker is not None and (speaker.person or speaker.person_name):
                    return speaker
        return None

    def _hosts_before(self, info: SentenceInfo) -> tuple[Speaker, ...]:
        """The countries (or blocs) the last sentence up to this one that names a host of
        talks or a summit names as hosting it: "talks hosted by Qatar", "co-hosted by Egypt and
        Qatar", "Egypt, which hosted the summit", "Saudi Arabia will host talks",
        "Qatari-hosted talks" (not "hosted the African Cup": the sentence must name a
        meeting)."""
        for index in range(info.sentence.index, -1, -1):
            earlier = self.infos[index]
            sentence = earlier.sentence
            text = self.text[sentence.start : sentence.end]
            if "host" not in text or not self.rules.hosted_event.search(text):
                continue
            hosts: dict = {}
            for number, actor in enumerate(earlier.actors):
                host = _host_voice(actor)
                if host is None:
                    continue
                if _HOSTS_AFTER_RE.match(self.text, actor.end) or _HOSTED_BY_RE.search(
                    self.text, max(sentence.start, actor.start - 40), actor.start
                ):
                    hosts.setdefault(host.key or ("bloc", host.bloc.slug), host)
                    # "co-hosted by Egypt, Qatar and the African Union": the list goes on
                    for later in earlier.actors[number + 1 :]:
                        host = _host_voice(later)
                        if host is None or not _LIST_GAP_RE.fullmatch(
                            self.text, actor.end, later.start
                        ):
                            break
                        hosts.setdefault(host.key or ("bloc", host.bloc.slug), host)
                        actor = later
            if hosts:
                return tuple(hosts.values())
        return ()

    def _named_near(self, info: SentenceInfo, person: Speaker) -> bool:
        """Whether a person is named, or speaks as "he" or "she", in the sentence's paragraph,
        up to it, or in the paragraph before."""
        paragraph = info.sentence.paragraph
        for index in range(info.sentence.index, -1, -1):
            earlier = self.infos[index]
            if earlier.sentence.paragraph < paragraph - 1:
                return False
            for event in earlier.speech:
                spoken = self.speakers.get(id(event))
                if spoken is not None and spoken.key == person.key:
                    return True
            for actor in earlier.actors:
                if person.person is not None and actor.person is person.person:
                    return True
                name = actor.unknown_name
                if name and person.person_name in (name, self.registry.full_name_of(name)):
                    return True
        return False

    def _resolve_speech(self) -> None:
        """Resolve every speech event's subject in reading order, following pronouns. Two
        things are followed: the person in focus (whom "he" means) and the last voice with a
        country (what "the kingdom" or "a spokesperson" belongs to)."""
        focus: Speaker | None = None
        voice: Speaker | None = None
        for info in self.infos:
            day = self._guess_day(info)
            for event in info.speech:
                speaker = self._resolve(event.actor, info, (focus, voice), day)
                listed = any(a is event.actor for a in info.actors)
                if speaker is not None and event.actor.country and listed and not event.inverted:
                    # "the leaders of Canada, France and Japan said": all of them.
                    before = [a for a in info.actors if a.start <= event.actor.start]
                    group = self._group_ending_at(before, event.actor)
                    countries = list(dict.fromkeys(a.country for a in group if a.country))
                    if len(countries) > 1 and not speaker.person:
                        speaker = Speaker(joint=tuple(Speaker(country=c) for c in countries))
                if speaker is not None and listed and not event.inverted and not speaker.joint:
                    # "Saudi Foreign Minister Faisal bin Farhan, Egypt's Sameh Shoukry and ...
                    # told the Council", "X of Saudi Arabia, Y of Egypt and Z of Jordan each
                    # told ...": each of the people listed speaks.
                    people = self._speaking_people(info, event.actor, (focus, voice), day)
                    if people:
                        speaker = Speaker(joint=people)
                self.speakers[id(event)] = speaker
                if speaker is None:
                    continue
                if _FIRST_PERSON_OWNER_RE.search(
                    self.text, max(0, event.actor.start - 6), event.actor.start
                ):
                    # "Our prime minister told President Putin ...", in an answer: whom the one
                    # speaking reports; a later "we" is still the one speaking.
                    pass
                elif speaker.person or speaker.person_name or speaker.office_kind:
                    focus = speaker
                elif focus is not None and speaker.country and speaker.country != focus.country:
                    # "Beijing urged ... . '...,' the foreign ministry spokesperson said": another
                    # country's voice; the title is no longer the person before's.
                    focus = None
                if speaker.country:
                    voice = speaker
                elif speaker.joint and len({each.country for each in speaker.joint}) == 1:
                    # "Prime Minister X and Foreign Minister Y said ... '...,' it said": theirs
                    voice = speaker.joint[0]
            spoken = [self.speakers.get(id(event)) for event in info.speech]
            if not any(speaker and (speaker.person or speaker.person_name) for speaker in spoken):
                # "Erdogan spoke with ... . 'We call on ...,' he said": the sentence's named
                # subject is who a later "he" means.
                subject = next(
                    (
                        a
                        for a in info.actors
                        if a.subject_like
                        and (
                            a.person
                            or (a.unknown_name and a.office_kind and not a.commentator)
                            or (a.pronoun == "title" and self._opens_on_title(info, a))
                        )
                        and self.doc.quote_at(a.start) is None  # a name quoted is what is said
                    ),
                    None,
                )
                if subject is not None:
                    resolved = self._resolve(subject, info, (focus, voice), day)
                    if resolved is not None and subject.pronoun == "title":
                        # "The Prime Minister thanked ...": who a later "he" means, when a
                        # person; a title resolving to no one leaves the focus as it was.
                        resolved = resolved if (resolved.person or resolved.person_name) else None
                    focus = resolved or focus
            self.context_after.append((focus, voice))

    def _quote_event(self, quote) -> SpeechEvent | None:
        """The speech event a quotation is attributed to: for a quote inside a sentence ("said
        it was 'outrageous' that"), the one before it there; else right after it, else right
        before."""
        # A quote opening inside a sentence ('Congo accused its neighbour of a "declaration of
        # war"') is what a speaker after it says only if of the sentence's countries.
        reach, countries = len(self.text), None
        # Sentences do not overlap: the last one starting before the quote is the only one it
        # can open inside, and the last one starting at or before it the only one holding it.
        inside = bisect_left(self.sentence_starts, quote.start - 1) - 1
        holding = bisect_right(self.sentence_starts, quote.start) - 1
        for info in self.infos[max(inside, 0) : inside + 1]:
            sentence = info.sentence
            if sentence.start + 1 < quote.start < sentence.end:
                inline = [e for e in info.speech if e.verb_start < quote.start]
                if inline:
                    return inline[-1]
                window = max(sentence.start, quote.start - 120)
                if _DOCUMENT_CLAUSE_RE.search(self.text, window, quote.start):
                    # 'distanced itself from a statement by the SCO that "strongly condemned"
                    # the strikes': the document's words, no later speaker's.
                    return None
                reach = self._info_at(max(quote.start, quote.end - 1)).sentence.end
                countries = {a.country for a in info.actors if a.subject_like and a.country}
        after, before = None, None
        quote_opens = any(info.sentence.start + 1 >= quote.start
                             for info in self.infos[max(holding, 0) : holding + 1]
                             if info.sentence.start <= quote.start < info.sentence.end)  # fmt: skip
        paragraphs = self.sentence_paragraphs
        first = bisect_left(paragraphs, quote.paragraphs[0])
        last = bisect_right(paragraphs, quote.paragraphs[-1])
        for info in self.infos[first:last]:
            if info.sentence.paragraph not in quote.paragraphs:
                continue
            for event in info.speech:
                if event.verb_start >= quote.end and after is None:
                    if info.sentence.paragraph != quote.paragraphs[-1]:
                        continue
                    # '"...," Scholz posted.' closes a quoted sentence; a sentence after it with
                    # a subject of its own ("Merz said that ...") is someone else's.
                    if quote_opens and info.sentence.start >= quote.end and not event.inverted:
                        continue
                    speaker = self.speakers.get(id(event))
                    country = speaker.country if speaker is not None else None
                    if event.verb_start < reach or country in (countries or ()):
                        after = event
                elif event.verb_start < quote.start:
                    before = event
        return after or before or self._attribution_after(quote) or self._introduced_by(quote)

    def _attribution_after(self, quote) -> SpeechEvent | None:
        """A quotation standing as its own paragraph, its speaker named in the next one
        ('"Russia must end this war now." // The French foreign minister said on X ...'),
        unless that paragraph opens on a quotation of its own."""
        first, last = (
            self.doc.paragraphs[quote.paragraphs[0]],
            self.doc.paragraphs[quote.paragraphs[-1]],
        )
        if self.text[first[0] : quote.start].strip() or self.text[quote.end : last[1]].strip():
            return None
        following = quote.paragraphs[-1] + 1
        opening = next(iter(self._paragraph_infos(following)), None)
        if opening is None or not opening.speech:
            return None
        sentence = opening.sentence
        if any(sentence.start <= q.start < sentence.end for q in self.doc.quotes):
            return None
        return opening.speech[0]

    def _introduced_by(self, quote) -> SpeechEvent | None:
        """A quotation standing as its own paragraph after one that ends on a colon ('Keir
        Starmer wrote on X on Friday: // "... Now is the time for restraint."'): the speech
        event of that introducing paragraph."""
        first, last = (
            self.doc.paragraphs[quote.paragraphs[0]],
            self.doc.paragraphs[quote.paragraphs[-1]],
        )
        if self.text[first[0] : quote.start].strip() or self.text[quote.end : last[1]].strip():
            return None
        if first[0] == 0:
            return None
        introducing = self._info_at(first[0] - 1)
        if introducing.sentence.paragraph != quote.paragraphs[0] - 1 or not introducing.speech:
            return None
        sentence = introducing.sentence
        if not self.text[sentence.start : sentence.end].rstrip().endswith(":"):
            return None
        return introducing.speech[-1]

    # -- finding statements -------------------------------------------------------------

    def candidates(self) -> list[Candidate]:
        """Every candidate of the article, once per actor, conflict, stance, day and speaker
        (the surest kept), questions and the headline left out."""
        # Concern and a call said together, in one sentence or one quotation ('"We are
        # seriously concerned about the escalation. We urge the parties to stop the
        # bloodshed," she said'), are weighed together.
        units: dict[int, list[tuple[CueMatch, Candidate]]] = {}
        paragraphs: dict[int, list[tuple[CueMatch, Candidate]]] = {}
        unit_paragraph: dict[int, int] = {}
        for info in self.infos:
            if info is self.headline:
                continue
            if info.sentence.end and self.text[info.sentence.start : info.sentence.end].rstrip(
                "”\"’' "
            ).endswith("?"):
                continue
            matches = self._cue_matches(info)
            in_sentence = [(m, c) for m in matches for c in self._candidates_for(info, m)]
            if not in_sentence and not any(
                self._negated(info, m)
                or _match_key(m) in self._blocked
                or (m.cue.kind != "vote" and self._in_resolution_clause(info, m))
                for m in matches
            ):
                # Words no cue reads, or cues that found nobody: the learned cue's reading. A
                # negated or blocked cue has been read ("the only basis for a negotiated
                # solution" backs a plan), and so has a cue that is what a text says ("a
                # statement ... that condemned"): the model, blind to why, would read it again.
                learned = self._learned_matches(info)
                in_sentence = [(m, c) for m in learned for c in self._candidates_for(info, m)]
            if info.sentence.paragraph in self.questions:
                # "AFP: Pakistan's Foreign Office also condemned the attack. Does China ...?": a
                # question's premise reports the country it opens on, not the asker's words nor
                # whom others accuse ("Some Israeli officials say Beijing is supplying Iran").
                opening = self._premise_subject(info)
                in_sentence = [(m, c) for m, c in in_sentence if c.actor_country == opening]
            if not in_sentence:
                continue
            quote = self.doc.quote_at(info.sentence.start + 1)
            unit = -quote.start - 1 if quote is not None else info.sentence.index
            units.setdefault(unit, []).extend(in_sentence)
            paragraphs.setdefault(info.sentence.paragraph, [])
            if quote is not None:
                # Only a quoted call goes on in the concerned voice: "Germany later urged the
                # parties to return to talks" is another act.
                paragraphs[info.sentence.paragraph].extend(in_sentence)
            unit_paragraph.setdefault(unit, info.sentence.paragraph)
        found: dict[tuple, Candidate] = {}
        delegates = self._delegates() if units else {}
        for unit, in_unit in units.items():
            # '... said Canberra was "alarmed" by the escalation. "We call on all parties to
            # ...," she said': the call quoted in the same paragraph makes it a preamble.
            paragraph = [c for _, c in paragraphs[unit_paragraph[unit]]]
            for candidate in _without_preambles(in_unit, paragraph):
                delegate = delegates.get(candidate.actor_country)
                if candidate.kind == "vote" and candidate.speaker is None and delegate:
                    # "Algeria abstained. ... Explaining Algeria's vote, its Permanent
                    # Representative, Amar Bendjama, said ...": the envoy who cast it.
                    candidate = replace(
                        candidate,
                        speaker=_speaker_name(delegate),
                        speaker_key=delegate.person.key if delegate.person else None,
                        speaker_office=delegate.office_title,
                        speaker_office_key=delegate.office_key,
                    )
                key = (
                    candidate.actor_country or candidate.actor_bloc,
                    candidate.conflict,
                    candidate.stance,
                    candidate.date,
                    candidate.speaker,
                )
                if key not in found or found[key].confidence < candidate.confidence:
                    found[key] = candidate
        return sorted(found.values(), key=lambda c: c.start)

    def _delegates(self) -> dict[str, Speaker]:
        """Each country's one UN envoy who speaks in the article (by the reference data's
        office, or by a title the text gives: "Britain's ambassador Barbara Woodward told the
        Council"): who cast the country's vote the article reports. None where two speak."""
        found: dict[str, dict] = {}
        for speaker in self.speakers.values():
            if speaker is None or speaker.commentator or not speaker.country:
                continue
            if speaker.office_kind != "un_envoy" or not (speaker.person or speaker.person_name):
                continue
            found.setdefault(speaker.country, {})[speaker.key] = speaker
        return {c: next(iter(people.values())) for c, people in found.items() if len(people) == 1}

    def _premise_subject(self, info: SentenceInfo) -> str | None:
        """The country a question's declarative sentence opens on, past the asker's label."""
        start = info.sentence.start
        label = _QUESTION_LABEL_RE.match(self.text, start, info.sentence.end)
        if label is not None:
            start = label.end()
        opening = next((a for a in info.actors if a.start >= start), None)
        if opening is None or not opening.subject_like:
            return None
        if self.text[start : opening.start].strip().lower() not in ("", "the"):
            return None
        if opening.country is None and opening.person is not None and opening.person.terms:
            # "Question (Izvestia): Iranian Foreign Minister Abbas Araghchi ... said that ...":
            # an official's words the question reports.
            day = self._guess_day(info)
            term = opening.person.term_on(day) if day else None
            return term.country_iso3 if term is not None else None
        return opening.country

    def _info_at(self, offset: int) -> SentenceInfo:
        return self.infos[max(0, bisect_left(self.sentence_starts, offset + 1) - 1)]

    def _paragraph_infos(self, first: int, last: int | None = None) -> list[SentenceInfo]:
        """The sentences of paragraphs `first` to `last` (`first` alone by default), in order."""
        paragraphs = self.sentence_paragraphs
        last = first if last is None else last
        return self.infos[bisect_left(paragraphs, first) : bisect_right(paragraphs, last)]

    def _cue_matches(self, info: SentenceInfo) -> list[CueMatch]:
        if info.cue_matches is None:
            info.cue_matches = self._find_cue_matches(info)
        return info.cue_matches

    def _find_cue_matches(self, info: SentenceInfo) -> list[CueMatch]:
        """Try each triggered cue only where it can start: at the few words up to its
        keyword (a scan of the whole sentence costs far more)."""
        table = self._table_votes(info)
        if table is not None:
            return table
        matches = []
        sentence = info.sentence
        text, end = self.cue_text, sentence.end
        starts_of_words = self.doc.words.starts
        first, last = sentence.first_word, sentence.last_word
        cues, cue_openings = self.rules.cues, self.x.cue_openings
        for number, keyword_starts in info.cue_hits.items():
            cue = cues[number]
            match_at = cue.pattern.match
            openings = cue_openings[number] or ()
            reach = min(cue.before, _CUE_WORDS_BEFORE)
            # The keywords come in word order: each one's reach starts past what was tried.
            untried = first
            for keyword in keyword_starts:
                index = bisect_left(starts_of_words, keyword, first, last)
                for start in starts_of_words[max(untried, index - reach) : index + 1]:
                    pair = text[start : start + 2]
                    if openings and pair not in openings and len(pair) == 2 and pair.isascii():
                        continue  # no match opens on these letters (most tries fail on them)
                    found = match_at(text, start, end)
                    # A match starts where it was tried, at or before the keyword.
                    if found and keyword < found.end():
                        matches.append(CueMatch(cue, start, found.end()))
                untried = index + 1
        # The longest first; of two on one span, the one that asks for a side (a call on one
        # side to stop its violence condemns it; the same words to all are a call).
        matches.sort(key=lambda m: (m.end - m.start, m.cue.needs is not None), reverse=True)
        kept: list[CueMatch] = []
        for match in matches:
            # A position held by the countries a cue lists ("welcomed the signing of a truce
            # between A and B") leaves the subject's own on the same words standing.
            if all(
                match.end <= k.start or match.start >= k.end or match.cue.holder != k.cue.holder
                for k in kept
            ):
                kept.append(match)
        kept.sort(key=lambda m: m.start)
        elided = self._elided_votes(info, kept)
        if elided:
            kept = sorted(
                kept
                + [e for e in elided if all(e.end <= k.start or e.start >= k.end for k in kept)],
                key=lambda m: m.start,
            )
        if not kept:
            kept = self._tally_examples(info)
        if not kept:
            kept = self._heading_votes(info)
        return kept

    def _table_votes(self, info: SentenceInfo) -> list[CueMatch] | None:
        """The votes of a results table, a sentence whose every line is a country and its
        vote ("Algeria – in favour", "United States – abstained"): each line's vote is its
        country's alone. None where the sentence is no such table."""
        sentence = info.sentence
        if not info.actors or not _TABLE_LINE_RE.match(self.text, sentence.start, sentence.end):
            return None
        matches = []
        position = sentence.start
        while position < sentence.end:
            line = _TABLE_LINE_RE.match(self.text, position, sentence.end)
            if line is None:
                return None
            named = [
                a
                for a in info.actors
                if line.start("name") <= a.start and a.end <= line.end("name") and a.country
            ]
            gap = self._members_gap(line.start("name"), named[0].start) if named else None
            if (
                len(named) != 1
                or gap not in ("", "the")
                or named[0].end != line.end("name")
                or not self._plain_country(named[0])
            ):
                return None
            vote = [word for word in line.group("vote").lower().split() if word != "voted"]
            verb = "abstained" if vote[0].startswith("abst") else _TABLE_VOTES.get(vote[0])
            cue = next((c for c in self.rules.cues if verb and c.pattern.fullmatch(verb)), None)
            if cue is not None:
                matches.append(CueMatch(cue, line.start("vote"), line.end("vote"), (named[0],)))
            position = line.end()
            while position < sentence.end and self.text[position].isspace():
                position += 1
        return matches

    def _heading_votes(self, info: SentenceInfo) -> list[CueMatch]:
        """The vote of the heading a bare list of countries answers: "Who voted no?" then "The
        United States and Israel were joined by Austria, Croatia, ...", "Abstained:" then
        "- India", "- China" on lines of their own. The list must be the whole sentence, and
        only list sentences may stand between it and the heading (another heading, or any
        sentence of prose, ends the heading's reach)."""
        voters = self._answer_list(info)
        if not voters:
            return []
        cue = self._heading_cue(info.sentence.index)
        if cue is None:
            return []
        return [CueMatch(cue, voters[-1].end, info.sentence.end, tuple(voters))]

    def _heading_cue(self, index: int):
        """The vote cue of the heading the sentence at `index` answers, over the list
        sentences and bare counts ("Thirty-five.") between them, or None."""
        for earlier in range(index - 1, max(-1, index - _HEADING_REACH), -1):
            before = self.infos[earlier]
            if before is self.headline:
                return None
            if self._answer_list(before) or _BARE_COUNT_RE.fullmatch(
                self.text, before.sentence.start, before.sentence.end
            ):
                continue
            if self._is_heading(before):
                if any(a.country for a in before.actors):
                    return None
                votes = [m for m in self._cue_matches(before) if m.cue.kind == "vote"]
                if len(votes) != 1 or self._negated(before, votes[0]):
                    return None
                return votes[0].cue
            return None
        return None

    def _is_heading(self, info: SentenceInfo) -> bool:
        """Whether a sentence is a heading: a short question, or a short line of its own
        that ends on a colon or on no stop at all."""
        sentence = info.sentence
        words = sentence.last_word - sentence.first_word
        if not 0 < words <= _HEADING_MAX_WORDS:
            return False
        written = self.text[sentence.start : sentence.end].rstrip()
        if written.endswith("?"):
            return True
        opens_line = sentence.start == 0 or self.text[: sentence.start].rstrip(" \t").endswith("\n")
        after = self.text[sentence.end : sentence.end + 200]
        ends_line = not after.strip() or "\n" in after[: len(after) - len(after.lstrip())]
        return opens_line and ends_line and not written.endswith((".", "!", '"', "”"))

    def _answer_list(self, info: SentenceInfo) -> list[Actor]:
        """The countries of a sentence that is nothing but their list (see `_heading_votes`),
        or none."""
        sentence = info.sentence
        opening = _ANSWER_OPENING_RE.match(self.text, sentence.start, sentence.end)
        position = opening.end() if opening else sentence.start
        listed: list[Actor] = []
        while True:
            more = self._countries_listed(info, position)
            if not more or not all(self._plain_country(actor) for actor in more):
                return []
            if more[0].start > position and self._members_gap(position, more[0].start) not in (
                "",
                "the",
            ):
                return []
            listed += more
            joined = _ANSWER_JOINED_RE.match(self.text, more[-1].end, sentence.end)
            if joined is None:
                break
            position = joined.end()
        closing = _ANSWER_CLOSING_RE.match(self.text, listed[-1].end, sentence.end)
        return listed if closing and closing.end() == sentence.end else []

    def _learned_matches(self, info: SentenceInfo) -> list[CueMatch]:
        """The learned cue's reading of an attributed sentence no cue phrase matched: the
        words said (past "X said that", or before ", X said") stand as its match, so the
        speaker, conflict, side and day are found as for any cue."""
        model = self.rules.stance_model
        quote = self.doc.quote_at(info.sentence.start + 1)
        if model is None or not (info.speech or quote):
            return []
        sentence = info.sentence
        start, end = sentence.start, sentence.end
        if info.speech and quote is None:
            event = info.speech[0]
            if not event.inverted and event.actor.end <= event.verb_start:
                verb = _WORD_END_RE.search(self.text, event.verb_start, end)
                start = verb.end() if verb else end
                that = _THAT_RE.match(self.text, start, end)
                if that:
                    start = that.end()
            else:
                end = min(event.actor.start, event.verb_start)
        words = self.text[start:end]
        if len(words.split()) < 4:
            return []
        found = model.position(self.text[sentence.start : sentence.end])
        if found is None:
            return []
        start += len(words) - len(words.lstrip(" ,\"“”'‘’"))
        end -= len(words) - len(words.rstrip(" ,\"“”'‘’"))
        return [CueMatch(self.x.learned_cues[found[0]], start, end)]

    def _tally_examples(self, info: SentenceInfo) -> list[CueMatch]:
        """The previous sentence's vote cue, for a sentence that names examples of its tally
        ("35 states abstained. Among them were China, India and Iran."): the opening words
        stand for it, and the list after them is its voters."""
        index = info.sentence.index
        opener = _TALLY_EXAMPLES_RE.match(self.text, info.sentence.start, info.sentence.end)
        if opener is None and info.actors and info.actors[0].country:
            # "... South Africa, Iran and Cuba were among them.": the list before the phrase.
            opener = _TALLY_MEMBERS_RE.search(self.text, info.actors[0].end, info.sentence.end)
        if opener is None or index == 0:
            return []
        before = self.infos[index - 1]
        if _BARE_COUNT_RE.fullmatch(self.text, before.sentence.start, before.sentence.end):
            # "Which countries abstained?" then "Thirty-five. Among them were China, ..."
            cue = self._heading_cue(index - 1)
            return [CueMatch(cue, opener.start(), opener.end())] if cue is not None else []
        votes = [m for m in self._cue_matches(before) if m.cue.kind == "vote"]
        if not votes or not _TALLIED_VOTERS_RE.search(
            self.text, before.sentence.start, votes[-1].start
        ):
            return []
        return [CueMatch(votes[-1].cue, opener.start(), opener.end())]

    def _in_resolution_clause(self, info: SentenceInfo, match: CueMatch) -> bool:
        """Whether the cue is what a resolution voted on says, in a clause of which it is the
        subject ("a resolution that called for a just and lasting peace")."""
        # Up to the cue's end: "a resolution calling for a truce" looks ahead into the cue.
        for cue in (*self._cue_matches(info), match):
            # "said the text called for a ceasefire (and for talks)": the text's words, and
            # what it goes on to ask for in the same clause.
            if cue.end > match.start and cue is not match:
                continue
            window = max(info.sentence.start, cue.start - 60)
            if _TEXT_SUBJECT_RE.search(self.text, window, cue.start) and (
                cue is match or self._resolution_clause_runs(cue.end, match.start)
            ):
                return True
        openers = [
            opener
            for opener in _RESOLUTION_CLAUSE_RE.finditer(self.text, info.sentence.start, match.end)
            if opener.end() <= match.start
        ]
        if not openers:
            return False
        start = openers[-1].end()
        for earlier in self._cue_matches(info):
            # "a text which calls for de-escalation and a peaceful resolution": a cue inside
            # what one of the clause's own cues asks for is the text's too.
            if start <= earlier.start and earlier.end <= match.start:
                if self._resolution_clause_runs(start, earlier.start):
                    start = earlier.end
        return self._resolution_clause_runs(start, match.start)

    def _resolution_clause_runs(self, start: int, end: int) -> bool:
        """Whether a clause describing a resolution, from `start`, still runs at `end`."""
        between = self.text[start:end]
        words = between.lower().split()
        # "the text, which demands that Russia ... withdraw all of its forces ... and calls
        # for de-escalation": a predicate coordinated with the clause's first is the text's too.
        coordinated = bool(words) and words[-1] == "and" and len(words) <= _RESOLUTION_CLAUSE_WORDS
        return (
            (len(words) <= 12 or coordinated)
            and ";" not in between
            and not any(word.strip(",") in self.rules.reporting_verbs for word in words)
        )

    def _in_aside_before(self, info: SentenceInfo, offset: int, cue_start: int) -> bool:
        """Whether the offset lies in a relative clause closed before the cue: "Iran, which is
        accused of arming the Houthis, welcomed the truce" (the accusation is not the cue's)."""
        return any(
            aside.start() <= offset and aside.end() <= cue_start
            for aside in RELATIVE_ASIDE_RE.finditer(self.text, info.sentence.start, cue_start)
        )

    def _in_relative_aside(self, info: SentenceInfo, match: CueMatch) -> bool:
        sentence = info.sentence
        return any(
            aside.start() < match.start
            and match.end <= aside.end()
            # "the UAE, which also condemned the strikes, urged ...": a round-up's reaction
            and not _ALSO_ASIDE_RE.fullmatch(self.text, aside.start(), match.start)
            # "Canada, which abstained, said ...": the vote the story reports, told in passing
            # (not "which abstained in October", another vote)
            and not (
                match.cue.kind == "vote"
                and match.end == aside.end() - 1
                and _VOTE_ASIDE_RE.fullmatch(self.text, aside.start(), match.start)
            )
            # "the strikes, which he described as a flagrant aggression, ...": words the aside
            # reports someone saying are that speaker's, not background
            and not any(aside.start() < event.verb_start < match.start for event in info.speech)
            and not self._state_body_aside(info, aside.start(), match)
            # "We called October 7 what it was, a terrorist attack, and ...": what the act is
            # called, not an aside about it
            and not _WHAT_IT_WAS_RE.search(self.text, max(0, aside.start() - 24), aside.start())
            for aside in RELATIVE_ASIDE_RE.finditer(self.text, sentence.start, sentence.end)
        )

    def _state_body_aside(self, info: SentenceInfo, start: int, match: CueMatch) -> bool:
        """ "Spain, whose government condemned the strikes, ...": a relative clause on a
        country whose government, ministry or official takes a position there (condemns, calls
        for talks, declares neutrality) reports that country's words. Support in such a clause
        ("whose government has long backed Kyiv") stays background."""
        if match.cue.label not in _REPORTED_IN_ASIDE or match.cue.kind == "action":
            return False
        opening = _WHOSE_RE.match(self.text, start)
        if opening is None:
            return False
        body = next((a for a in info.actors if a.start >= opening.end()), None)
        return (
            body is not None
            and body.start < match.start
            and body.country is not None
            and (body.institution or body.office_kind is not None)
            # "whose deputy foreign minister": a title's modifiers may come first
            and all(
                word in self.rules.title_modifiers
                for word in self.text[opening.end() : body.start].lower().split()
            )
        )

    def _negated(self, info: SentenceInfo, match: CueMatch, since: int = 0) -> bool:
        start = max(info.sentence.start, match.start - 80, since)
        window = self.text[start : match.start]
        for stop in ';:“”"(':
            window = window.rsplit(stop, 1)[-1]
        # "No. We don't support either party": an answer's "No." is a sentence of its own.
        window = _SENTENCE_BREAK_RE.split(window)[-1]
        # "Rather than trading threats, we should ...": the contrast closes at its comma.
        window = _FRONTED_CONTRAST_RE.sub(" ", window)
        if _PAST_VERB_RE.match(self.text, match.start):
            # "said weapons would not bring peace and urged all parties to ...": a new
            # predicate after "and" or "but" is out of the negation's reach.
            window = _AND_BUT_RE.split(window)[-1]
        words = window.split()[-self.rules.negation_window :]
        return self.x.negates(" ".join(words) + " ")

    def _candidates_for(self, info: SentenceInfo, match: CueMatch) -> list[Candidate]:
        if self._negated(info, match):
            return []
        if match.cue.kind == "vote" and _VOTE_NOT_CAST_RE.match(self.text, match.end):
            # 'said that voting against the resolution "means approving this senseless war"',
            # "had abstained on earlier resolutions": no vote cast on the text reported
            return []
        if self._in_relative_aside(info, match):
            return []  # "Germany, which has supplied air defences to Ukraine, said ...": background
        if match.cue.kind != "vote" and self._in_resolution_clause(info, match):
            # "abstained on a resolution that called for peace": the text's words (nor may the
            # learned cue read them as the speaker's).
            self._blocked.add(_match_key(match))
            return []
        quote = self.doc.quote_at(match.start)
        source_event = self._source_event(info, match, quote)
        source = self.speakers.get(id(source_event)) if source_event else None
        if source is not None and source.commentator:
            return []
        boundary = info.sentence.start
        if quote is not None:
            boundary = max(boundary, quote.start)
        if source_event is not None and source_event.verb_start < match.start:
            if not source_event.inverted and source_event.actor.end <= match.start:
                boundary = max(boundary, source_event.verb_start)
        semicolon = self.text.rfind(";", boundary, match.start)
        if semicolon >= 0:
            semicolon = self._semicolon_list_start(info, boundary, semicolon)
        boundary = max(boundary, semicolon + 1)
        group = list(match.subjects) or self._subject_group(info, boundary, match, quote)
        if not group and quote is not None and quote.start > info.sentence.start:
            # 'told reporters that Iran "firmly supports ..."': a quotation that opens inside a
            # clause keeps the subject written right before it.
            clause = info.sentence.start
            if source_event is not None and source_event.verb_start < quote.start:
                if not source_event.inverted and info.sentence.start <= source_event.verb_start:
                    clause = source_event.verb_start  # 'said China "urges ..."'
            opened = self._subject_group(info, clause, _Span(quote.start, match.end), None)
            if opened and (
                _RIGHT_BEFORE_QUOTE_RE.fullmatch(self.text, opened[-1].end, quote.start)
                or _QUOTED_PREDICATE_RE.match(self.text, quote.start - 5)
            ):
                group = opened
        if not group and source_event is None and quote is None:
            group = self._topic(info, match) or self._list_lead_subject(info)
        if match.cue.kind == "vote":
            group = self._on_which_voters(info, match) or group
        if group and match.cue.kind == "vote":
            group = self._relative_antecedent(info, group, match)
        if group and self._urged_passively(match):
            # "Israel and Iran were urged (by Egypt) to show restraint": those urged are asked,
            # not asking; the caller is the agent after "by", or the sentence's speaker.
            group = []
        if group and self._subject_changes(info, group[-1].end, match):
            group = []
        if (
            group
            and match.cue.kind == "vote"
            and _OTHER_TALLY_RE.search(self.text, group[-1].end, match.start)
        ):
            group = []  # "- the United States - none against, and four abstentions: ..."
        if group and self.text[match.end - 1] == "(":
            group = []  # "5 against (Russia, Pakistan), with 35 abstentions (China, ...)"
        if (
            group
            and match.cue.kind == "vote"
            and _TALLY_EXAMPLES_CUE_RE.search(self.text, match.start, match.end)
        ):
            group = []  # "demanding that Russia withdraw ..., five against, including Belarus"
        if group and self._listed_in_brackets(info, group[-1], match):
            # "with 4 abstentions (Algeria, China, ...), the Council demanded that ...": the
            # voters a tally lists, not the subject of what comes after it.
            group = []
        # "Putin is the aggressor", Britain said: who is judged, not who judges; and in
        # "Britain said Russia was the aggressor" the judgement is the speaker's clause.
        judged = bool(
            group and match.cue.target == "before" and _COPULA_RE.match(self.text, match.start)
        )
        if (
            group
            and match.cue.label == "condemns"
            and _JUDGED_RE.fullmatch(self.text, group[-1].end, match.start)
            and not _SUBJECT_ACTS_RE.fullmatch(self.text, group[-1].end, match.end)
        ):
            judged = True  # '"Putin is a war criminal," he wrote': the same; not "is condemning"
        if judged:
            group = []
        holds = self.text.startswith("right", match.start)
        if group and holds and _HOLDER_RE.fullmatch(self.text, group[-1].end, match.start):
            # "Israel has a right to defend itself": who holds the right, not who says so.
            group = []
        if (
            group
            and match.cue.label == "condemns"
            and _OWN_ACT_RE.search(self.text, group[-1].end, match.start)
            and self.text[match.start : match.end].split(None, 1)[0].lower()
            not in self.rules.possessed_acts
        ):
            # "said China was escalating its coercion of the Philippines": the subject's own
            # act, named by the speaker; the subject is who is judged, not who judges. But
            # "expresses its strong condemnation of ..." is the subject's word.
            group = []
        advised = bool(group and (source or quote) and _MODAL_RE.match(self.text, group[-1].end))
        if advised:
            # "ASEAN should keep talking to all parties", Hun Manet said: his advice, not
            # ASEAN's position (and in a quotation of nobody known, nobody's).
            group = []
        elif not group and quote is None:
            # "Britain said Russia was the aggressor": the speaker names whom it judges; but
            # "said Australia was deeply alarmed" is Australia's state, not the speaker's act.
            speaker_judges = judged and match.cue.target == "before"
            if (
                not speaker_judges
                and not match.cue.learned
                and self._clause_has_other_subject(source_event, match)
            ):
                return []
        subject_end = group[-1].end if group else boundary
        # Most cues have no blocker before them: one scan of all blockers together says so.
        anywhere = self.x.any_blocker.search(self.text, min(boundary, subject_end), match.end)
        blockers = self.rules.blockers if anywhere and anywhere.start() < match.start else ()
        for blocker in blockers:
            if match.cue.label in blocker.spares:
                continue
            # Before the cue, though seeing into it: "considers Morocco's autonomy proposal
            # ... to be the most serious basis" is a judgement, "is considering sanctions" not.
            start = boundary if blocker.reach == "clause" else subject_end
            found = blocker.pattern.search(self.text, start, match.end)
            if found is not None and found.start() < match.start:
                # "Tokyo opposed any ... and supported the Philippines' call": not governed;
                # nor by a relative clause about the subject ("Iran, which is accused of ...,").
                if self._next_predicate(found.end(), match.end) is None and not (
                    self._in_aside_before(info, found.start(), match.start)
                ):
                    self._blocked.add(_match_key(match))
                    return []
        day_guess = self._guess_day(info)
        focus, voice = self.context_after[info.sentence.index]
        if source is not None and (source.person or source.person_name):
            focus = source
        context = (focus, voice)
        actors: list[tuple[Speaker, Actor | None]] = []
        for actor in group:
            speaker = self._resolve(actor, info, context, day_guess)
            if speaker is not None and speaker.first_person:
                # "We call for ...": the source; in a joint statement, its signatories; in a
                # briefing's answer that runs on past its label ("Lin Jian: ..." then "We
                # urge ..."), the one answering, whatever talks the briefing reports.
                answering = self._answering(info) if source is None else None
                signatories = self._signatories() if source is None and not answering else ()
                speaker = Speaker(joint=signatories) if signatories else (answering or source)
                if speaker is None and self.issuer and quote is None:
                    # "We call on Morocco and the Polisario Front ...", in the narration of a
                    # ministry's own comment: the issuing country's.
                    speaker = self.byline or Speaker(country=self.issuer)
            if speaker is not None:
                actors += [(each, actor) for each in speaker.joint or [speaker]]
                actors += [(each, actor) for each in self._bloc_signatories(speaker)]
        co_actors = set()
        if group:
            named = {speaker.country for speaker, _ in actors}
            if source is not None and source.country in named and len(named) > 1:
                # "The Egyptian and Saudi foreign ministers called for ..., the Saudi foreign
                # ministry said": one of the subjects reports what all of them said.
                co_actors = {id(a) for speaker, a in actors if speaker.country != source.country}
            for companion in self._companions(info, group, match):
                speaker = self._resolve(companion, info, context, day_guess)
                if speaker is not None and speaker.country not in named:
                    actors.append((speaker, companion))
                    co_actors.add(id(companion))
        if not group and source is not None and not source.first_person:
            actors += [(each, None) for each in source.joint or [source]]
            if source_event is not None and source.country:
                # 'Speaking for the "A3+" — Algeria, Mozambique and Guyana — the representative
                # of Algeria said ...': the members share what the delegate says for them.
                named = {source.country}
                for member in self._behalf_members(info, source_event.actor):
                    if member.country not in named:
                        named.add(member.country)
                        actors.append((Speaker(country=member.country), member))
                        co_actors.add(id(member))
        if not actors and not group and quote is None and self._leaders_subject(boundary, match):
            actors += self._attendees(info)
        if match.cue.kind == "vote" or match.cue.label == "votes_for":
            if self._voter_is_other(info, match, source_event):
                actors = []
            before = self._listed_before(info, match)
            if before and self._final_relative(info, match) is not None:
                before = []  # "..., such as Saudi Arabia and Qatar, and the UAE, which had ..."
            if before:
                # "Austria and Czechia voted against and eight, including Germany and Italy,
                # abstained": the examples of the count are the cue's voters, not who came
                # before the count.
                first = before[0][1].start
                actors = [(each, a) for each, a in actors if a is None or a.start >= first]
            listed = self._listed_after(info, match) + before
            actors += listed + self._voters_before_list(info, listed)
            actors += self._hyphened_agent(info, match)
            actors += self._absolute_subject(info, match)
            named = {speaker.country for speaker, _ in actors}
            actors += [
                each for each in self._joined_in_vote(info, match) if each[0].country not in named
            ]
        elif quote is None:
            # "..., with Britain and France condemning the strike": theirs, whatever comes before
            actors = self._absolute_subject(info, match) or actors
            agents = self._passive_agents(info, match)
            if agents:
                # "The strike was condemned by France, Germany and Japan": the agents hold the
                # position; the subject is what they condemn.
                actors = agents
                passive = _PASSIVE_AGENT_RE.match(self.text, match.end) is not None
                if (
                    passive
                    and match.cue.target == "after"
                    and match.cue.label
                    in (
                        "condemns",
                        "supports",
                    )
                ):
                    match = CueMatch(replace(match.cue, target="before"), match.start, match.end)
        if match.cue.holder == "object":
            # "Zelenskiy thanked Germany for its support": Germany's support of Kyiv's side;
            # the thanker takes no position of its own.
            listed = self._countries_listed(info, match.end)
            actors = [(Speaker(country=actor.country), actor) for actor in listed]
        results = []
        for speaker, actor in actors:
            # A co-actor shares the statement the speech verb reports; that verb's speaker
            # does not assert it for them.
            own_source = None if id(actor) in co_actors else source
            candidate = self._candidate(
                info, match, quote, source_event, own_source, speaker, actor
            )
            if candidate is not None and candidate.confidence >= MIN_CONFIDENCE:
                results.append(candidate)
        return results

    def _relative_antecedent(self, info, group: list[Actor], match) -> list[Actor]:
        """The one voter a vote in a relative clause ending the sentence is about: "..., but also
        Saudi Arabia and Qatar, and the United Arab Emirates, which had abstained in the
        council." is the Emirates' abstention alone."""
        aside = self._final_relative(info, match)
        if aside is None:
            return group
        antecedent = [actor for actor in group if actor.end == aside.start()]
        return antecedent or group

    def _on_which_voters(self, info, match) -> list[Actor]:
        """The voters of a relative clause on the text voted on: "a Brazilian draft calling for
        humanitarian pauses, on which Russia and Britain abstained"."""
        openers = list(_ON_WHICH_RE.finditer(self.text, info.sentence.start, match.start))
        if not openers:
            return []
        listed = self._countries_listed(info, openers[-1].end())
        if listed and _ON_WHICH_GAP_RE.fullmatch(self.text, listed[-1].end, match.start):
            return listed
        return []

    def _final_relative(self, info, match) -> re.Match | None:
        """The relative clause ending the sentence that holds a cue (no comma after its
        "which" or "who")."""
        asides = list(_FINAL_RELATIVE_RE.finditer(self.text, info.sentence.start, match.start))
        aside = asides[-1] if asides else None
        if aside is None or re.search(r"[,;]", self.text[aside.end() : info.sentence.end]):
            return None
        return aside

    def _listed_in_brackets(self, info: SentenceInfo, actor: Actor, match: CueMatch) -> bool:
        """Whether an actor is in a bracketed list ("(Algeria, China, Mozambique)") closed
        before the cue; a single name in brackets ("Barbara Woodward (United Kingdom)") is a
        speaker's country."""
        opening = self.text.rfind("(", info.sentence.start, actor.start)
        if opening == -1 or self.text.find(")", opening, actor.start) != -1:
            return False
        closing = self.text.find(")", actor.end, match.start)
        return closing != -1 and "," in self.text[opening:closing]

    def _topic(self, info: SentenceInfo, match: CueMatch) -> list[Actor]:
        """The country a sentence opens on as its topic, whose position the clause after the
        comma gives: "For Qatar, the priority is ...", "In Brazil's view, only dialogue ...",
        "As far as India is concerned, ..." (a place, "In Brazil, ...", is no topic)."""
        topic = self._topic_opening(info)
        if topic is None or self.text.find(",", topic.end) >= match.start:
            return []
        return [topic]

    def _list_lead_subject(self, info: SentenceInfo) -> list[Actor]:
        """The subject of the words that open a list, for an item that has none of its own:
        "In the declaration, Guyana and Venezuela:" then "- agreed that neither will use
        force" (the parties' commitment, not that of whoever reports the list)."""
        number = info.sentence.paragraph
        paragraphs = self.doc.paragraphs
        if not _LIST_ITEM_RE.match(self.text, paragraphs[number][0]):
            return []
        lead = number - 1
        while lead >= 0 and _LIST_ITEM_RE.match(self.text, paragraphs[lead][0]):
            lead -= 1
        if lead < 0 or not self.text[paragraphs[lead][0] : paragraphs[lead][1]].endswith(":"):
            return []
        opening = next(i for i in reversed(self.infos) if i.sentence.paragraph <= lead)
        colon = paragraphs[lead][1] - 1
        return self._subject_group(opening, opening.sentence.start, _Span(colon, colon), None)

    def _topic_opening(self, info: SentenceInfo) -> Actor | None:
        first = info.actors[0] if info.actors else None
        if first is None or first.country is None:
            return None
        opening = _TOPIC_OPENING_RE.fullmatch(self.text, info.sentence.start, first.start)
        if opening is None:
            return None
        closing = _TOPIC_CLOSING_RE.match(self.text, first.end)
        if closing is None or (opening.group("in") and not closing.group("view")):
            return None
        return first

    def _voter_is_other(self, info: SentenceInfo, match: CueMatch, source_event) -> bool:
        """Whether a vote is someone's the speaker names, not the speaker's: "said the
        aggressor had vetoed its own aggression" (but "said his country had abstained")."""
        if source_event is None or source_event.inverted:
            return False
        if not info.sentence.start <= source_event.verb_start < match.start:
            return False  # a quotation's or an answer's speaker: their own "we voted no"
        verb_end = self.text.find(" ", source_event.verb_start, match.start)
        if verb_end < 0 or any(a.country and verb_end < a.start < match.start for a in info.actors):
            return False
        between = self.text[verb_end : match.start].lower().replace(",", " ").split()
        return bool(between) and not all(word in _OWN_VOTER_WORDS for word in between)

    def _subject_changes(self, info: SentenceInfo, since: int, match: CueMatch) -> bool:
        """Whether another subject takes over between an actor and a cue: in "Russia and
        China condemning the attack and European leaders defending Israel's right", the
        defending is the European leaders'; but in "Hungary sided with Russia in voting
        against it" the voting is still Hungary's."""
        if _SAME_SUBJECT_PARTICIPLE_RE.search(self.text, max(0, match.start - 6), match.start):
            if self.text[match.start : match.end].split(None, 1)[0].lower().endswith("ing"):
                return False
        position = previous = since
        stops = [m.start for m in self._cue_matches(info) if since <= m.start < match.start]
        if stops and match.cue.kind == "vote":
            # "India, which abstained in October, this time voted in favour": a vote told in
            # an aside about the subject hands no clause to another subject.
            asides = [a.span() for a in RELATIVE_ASIDE_RE.finditer(self.text, since, match.start)]
            stops = [stop for stop in stops if not any(a < stop < b for a, b in asides)]
        for stop in [*stops, match.start]:
            if position != since:
                between = self.text[position:stop]
                tail = _CLAUSE_JOIN_RE.split(between)[-1].lower().split()
                if tail[:1] == ["to"]:
                    # "express concern ... and underline the need to halt ... and to work
                    # towards de-escalation": an infinitive goes on with the subject's verb.
                    tail = []
                elif tail and _PAST_VERB_RE.fullmatch(tail[0]):
                    # "welcomed the deal on Wednesday night, stressed the need to ...": one more
                    # verb of the same subject ("armed groups stressed" is a subject of its own).
                    tail = tail[1:]
                if (
                    tail[-1:] == ["to"]
                    and stop == match.start
                    and _FROM_TO_RE.fullmatch(between)
                    and self.text[match.start : match.end].split(None, 1)[0].endswith("ing")
                    and self.text[max(0, previous - 6) : previous].endswith("from ")
                ):
                    # "moved from abstaining in October to voting yes": the same subject's
                    # later vote.
                    tail = []
                if any(word not in _NOT_SUBJECT_WORDS and not word.endswith("ly") for word in tail):
                    return True
            previous = stop
            position = next(m.end for m in [*self._cue_matches(info), match] if m.start == stop)
        return False

    def _clause_has_other_subject(self, source_event, match) -> bool:
        """ "Hun Sen said military assistance for Ukraine will not ...": words stand between
        the speech verb and the cue, so the cue's subject is not the speaker."""
        if source_event is None or source_event.inverted:
            return False
        verb_end = self.text.find(" ", source_event.verb_start)
        if not source_event.verb_start < match.start or verb_end >= match.start:
            return False
        if self.text[source_event.verb_start : verb_end].lower() not in self.rules.reporting_verbs:
            return False  # "reaffirmed Israel's right to ...": the cue is the verb's object
        between = self.text[verb_end : match.start]
        if _SPEECH_TO_CUE_RE.fullmatch(between) or len(between.split()) > 2:
            return False
        if all(
            word in ("a", "an", "the") or _POSSESSIVE_RE.fullmatch(word)
            for word in between.lower().split()
        ):
            # "said a ceasefire was the top priority", "said Israel's strikes were justified":
            # a cue that is a whole clause is what is said; "said military assistance for
            # Ukraine will not ..." is not.
            if _CLAUSE_VERB_RE.search(self.text, match.start, match.end):
                return False
        # "said yesterday it condemned", "said Sunday it hoped": a date, then the speaker again
        pronouns = [word for word in between.lower().split() if word not in _DAY_WORDS]
        if pronouns and pronouns[-1] in _COPULAS | _MODALS:
            # "said it was deeply concerned", "said it would not take sides": the speaker's
            # own state or intent
            pronouns.pop()
        if pronouns and all(word in _SPEAKER_PRONOUNS for word in pronouns):
            return False  # "said it hoped": the speaker again
        # Right after the verb, only a participle continues the speaker's own clause ("said,
        # urging"), or the speaker's own possessive ("declared its neutrality"); a noun phrase
        # there ("said military assistance for ...") is a new subject.
        first_word = self.text[match.start : match.end].split()[0].lower()
        if not pronouns and first_word in _SPEAKER_PRONOUNS:
            return False
        return not first_word.endswith("ing")

    def _source_event(self, info, match, quote) -> SpeechEvent | None:
        if quote is not None:
            return self._quote_event(quote)
        before = [e for e in info.speech if e.verb_start < match.end and e.actor.end <= match.start]
        before = [e for e in before if self.doc.quote_at(e.verb_start) is None]
        # "A political analyst said India maintains balanced relations with both": a speech
        # verb whose object is the cue ("maintains", "insists on") is the act itself; the
        # speech reporting it is the one before it, or after ("..., analysts say").
        reporting = [e for e in before if not self._verb_governs(e, match)]
        if reporting:
            event = max(reporting, key=lambda e: e.verb_start)
            return None if self._new_clause_between(info, event.verb_start, match.start) else event
        after = [e for e in info.speech if e.verb_start >= match.end and self._trailing(e)]
        if after:
            return after[0]
        if not before:
            # "The only way to stop the killing, he added, was a ceasefire": a speech verb set
            # off by commas inside the cue's words.
            inside = [e for e in info.speech if match.start < e.actor.start and e.verb_start <
                      match.end and _PARENTHETICAL_RE.match(self.text, e.verb_start)]  # fmt: skip
            inside = [e for e in inside if self.text[: e.actor.start].rstrip().endswith(",")]
            return inside[0] if inside else None
        return max(before, key=lambda e: e.verb_start)

    def _verb_governs(self, event: SpeechEvent, match: CueMatch) -> bool:
        """Whether a speech verb takes the cue as its object ("maintains balanced relations")."""
        if match.start <= event.verb_start:
            return event.verb_start < match.end  # "insists on strategic autonomy"
        verb_end = self.text.find(" ", event.verb_start, match.start)
        return verb_end != -1 and bool(_GOVERNED_RE.fullmatch(self.text, verb_end, match.start))

    def _new_clause_between(self, info: SentenceInfo, start: int, end: int) -> bool:
        """Whether a clause with a subject of its own opens between a speech verb and a cue:
        "Baku calls the operation 'anti-terrorist' while Armenia accuses its neighbour of ...":
        what follows "while" is Armenia's, not what Baku calls it."""
        lowers = self.doc.words.lowers
        return any(
            start < actor.start < end
            and actor.subject_like
            and (actor.country or actor.person)
            and actor.first_word > 0
            and lowers[actor.first_word - 1] in _CLAUSE_OPENERS
            for actor in info.actors
        )

    def _trailing(self, event: SpeechEvent) -> bool:
        """Whether a speech event after a cue attributes it (", Hun Sen said"), rather than
        open a clause of its own (", and Vietnam's foreign ministry said ...")."""
        if event.inverted:
            return True
        before = self.text[max(0, event.actor.start - 80) : event.actor.start]
        return _TITLE_WORDS_RE.sub("", before).rstrip().endswith((",", "”", '"', "—", "-"))

    def _subject_group(self, info, boundary, match, quote) -> list[Actor]:
        """The actor (or coordinated actors) right before the cue in its clause, over any
        clause describing the subject ("Oman, which mediates between the Houthis and Riyadh,
        condemned ...")."""
        asides = [
            aside.span() for aside in RELATIVE_ASIDE_RE.finditer(self.text, boundary, match.start)
        ]
        inside = [
            a
            for a in info.actors
            if a.start >= boundary
            and a.end <= match.start
            and (quote is None or a.start >= quote.start)
            and (quote is not None or self.doc.quote_at(a.start) is None)
            and not any(start < a.start < end for start, end in asides)
            and not self._in_contact_clause(a, match)
        ]
        last = inside[-1] if inside else None
        if last is not None and (last.person or last.unknown_name or last.office_kind):
            if _RELATIVE_SUBJECT_RE.fullmatch(self.text, last.end, match.start):
                # "received a call from Iranian President Masoud Pezeshkian, who called for":
                # a relative clause's subject is the person it follows.
                return [last]
        possessor = self._possessor(inside, match)
        if possessor:
            # "suspended aid over Rwanda's support for the M23": the support is Rwanda's.
            return possessor
        if inside and not inside[-1].subject_like and (inside[-1].country or inside[-1].person):
            # "withdrew its ambassador after France threw its weight behind ...": a clause of
            # its own after a conjunction; its subject is the cue's.
            last = inside[-1]
            lowers = self.doc.words.lowers
            before = last.first_word - 1
            if before > 0 and lowers[before] == "the":
                before -= 1  # "after the United States chose to abstain"
            if before >= 0 and lowers[before] in _CONJUNCTIONS:
                if _SUBJECT_TO_VERB_RE.fullmatch(self.text, last.end, match.start):
                    return [last]
        listed_from = None
        for subject in reversed([a for a in inside if a.subject_like]):
            if listed_from is not None:
                gap = " ".join(self.text[subject.end : listed_from].split())
                if gap in LIST_JOINERS:
                    listed_from = subject.start
                    continue  # a part of the object list already passed over
            group = self._group_ending_at(inside, subject)
            if group:
                return group
            listed_from = subject.start
        return self._possessor(inside, match)

    def _in_contact_clause(self, actor: Actor, match: CueMatch) -> bool:
        """Whether an actor is the subject of a clause describing the noun before it, with no
        relative word ("Japan is watching the exercises China launched around Taiwan and hopes
        that ...": Japan hopes), the cue coming after that clause's own verb."""
        if not actor.subject_like or actor.possessive or actor.end >= match.start:
            return False
        verb = _CONTACT_VERB_RE.match(self.text, actor.end, match.start)
        if verb is None or verb.end() >= match.start:
            return False
        noun = _CONTACT_NOUN_RE.search(self.text, max(0, actor.start - 80), actor.start)
        if noun is None:
            return False
        word = noun.group("noun")
        before = (noun.group("before") or "").strip().lower()
        if before in _ADVERBIAL_OPENERS or not noun.group("before"):
            return False  # "After the talks China issued ...", "The drills China staged ..."
        if word in _NOT_CONTACT_NOUNS or word.endswith(("ed", "ly")):
            return False
        return word not in self.rules.speech_verbs

    def _possessor(self, inside: list[Actor], match: CueMatch) -> list[Actor]:
        """ "China's call for a ceasefire", "Brazil's renewed offer to mediate": a speech act
        named by a noun belongs to the possessive just before it."""
        if not inside or not inside[-1].possessive:
            return []
        first_word = self.text[match.start : match.end].split(None, 1)[0].lower()
        between = self.text[inside[-1].end : match.start].split()[1:]  # after the "'s"
        if first_word in self.rules.possessed_acts and len(between) <= 2:
            if all(word.islower() for word in between):
                return [inside[-1]]
        return []

    def _group_ending_at(self, inside: list[Actor], subject: Actor) -> list[Actor]:
        """The subject with the countries listed before it ("China and India urged"); empty
        when the list turns out to be an object ("spoke with Indian and Pakistani officials
        and urged ...": the subject is further back)."""
        group = [subject]
        coordinated = semicolons = False
        for actor in reversed(inside[: inside.index(subject)]):
            # "his" before a counterpart: "Egypt's minister and his Jordanian counterpart"
            gap = " ".join(
                w for w in self.text[actor.end : group[0].start].split() if w not in _LIST_FILLERS
            )
            listable = (actor.country or actor.person) and (
                not actor.possessive or actor.subject_like  # "Egypt's and Qatar's ministers"
            )
            if gap.startswith(";") and self._semicolon_listed(inside, actor, group, semicolons):
                gap, semicolons = "," + gap[1:], True  # "Israel; Austria; and Paraguay voted"
            joined = gap in LIST_JOINERS or self.rules.allies_joiner.fullmatch(gap)
            if not joined or not listable:
                break  # "Biden and Modi agreed ...": people are listed as countries are
            coordinated = coordinated or gap.endswith("and") or gap in ("&", "as well as")
            if not actor.subject_like:
                # "spoke with senior Indian and Pakistani officials", "an initiative by Brazil,
                # India and South Africa": the list is an object; "Speaking in Berlin, the
                # chancellor", "In Copenhagen, Brazil, India and ...": the place is no part of
                # the subject.
                lowers = self.doc.words.lowers
                if self._agent_listed(actor) and not any(
                    earlier.subject_like and (earlier.country or earlier.person)
                    for earlier in inside[: inside.index(actor)]
                ):
                    # "endorsed by Brazil, India and South Africa": the list is who acts, unless
                    # it describes another subject's object ("Brazil welcomed a statement
                    # issued by Egypt and Qatar and called for ...").
                    group.insert(0, actor)
                    continue
                marker = actor.first_word - 1
                if marker > 0 and lowers[marker] == "the":
                    marker -= 1
                if marker >= 0 and lowers[marker] in _CONJUNCTIONS:
                    # "after India, China and Russia chose to abstain": a clause's subject
                    group.insert(0, actor)
                    break
                marker = actor.first_word - 1
                words = self.doc.words
                opens = marker == 0 or any(
                    c in self.text[words.ends[marker - 1] : words.starts[marker]] for c in ",.;\n"
                )
                # a place that opens the sentence or a clause, not "hosted envoys from Qatar"
                place = lowers[marker] in _PLACE_MARKERS and opens
                if coordinated and not place:
                    return []
                break
            group.insert(0, actor)
        return group

    def _semicolon_list_start(self, info: SentenceInfo, boundary: int, semicolon: int) -> int:
        """The semicolon that opens a clause (-1 for none), over those joining its subject's
        countries ("The United States; Israel; and Austria voted against": none), where at
        least two in a row stand between plain country names."""
        countries = [a for a in info.actors if a.start >= boundary and self._plain_country(a)]
        joins, opening = 0, semicolon
        while opening >= 0:
            before = next((a for a in reversed(countries) if a.end <= opening), None)
            after = next((a for a in countries if a.start > opening), None)
            if (
                before is None
                or after is None
                or self.text[before.end : opening].strip()
                or not _SEMICOLON_MEMBER_RE.fullmatch(self.text, opening + 1, after.start)
            ):
                break
            joins += 1
            opening = self.text.rfind(";", boundary, before.start)
        return opening if joins >= 2 else semicolon

    def _semicolon_listed(self, inside, actor, group, semicolons: bool) -> bool:
        """Whether a semicolon joins a country to the list after it as a comma would: plain
        country names with at least two semicolons in a row between them ("the United States;
        Israel; and Austria voted against", not "Israel struck; Iran and Syria condemned")."""
        if not (self._plain_country(actor) and self._plain_country(group[0])):
            return False
        if semicolons:
            return True
        before = inside[: inside.index(actor)]
        if not before or not self._plain_country(before[-1]):
            return False
        return self.text[before[-1].end : actor.start].split()[:1] == [";"]

    def _listed_after(self, info, match):
        """Countries listed right after a vote cue: "abstaining were China, India and Brazil"."""
        listed = []
        previous_end = match.end
        words = self.text[match.start : match.end].split()
        participle = bool(words) and words[0].lower().endswith("ing")
        semicolons, clause_start = False, 0
        if participle and (noun := _VOTERS_NOUN_RE.match(self.text, match.end)):
            previous_end = noun.end()
        elif participle and (adjunct := _VOTE_ADJUNCT_RE.match(self.text, match.end)):
            previous_end = adjunct.end()
        for actor in info.actors:
            if actor.start < previous_end or not actor.country:
                continue
            gap = self._members_gap(previous_end, actor.start)
            apposition = _LISTED_APPOSITION_RE.match(self.text, previous_end) if listed else None
            if apposition and gap in _LIST_OPENERS and self._plain_country(actor):
                # "Germany, Italy, the Netherlands and Hungary, as well as ...": a country after
                # the comma's "the" is the next member, not a description of the one before
                # ("China, the Philippine government's ally, as well as ..." is one).
                apposition = None
            if apposition:
                if actor.start < apposition.end():
                    continue  # a country inside the description ("Myanmar's partner")
                gap = " ".join(self.text[apposition.end() : actor.start].lower().split())
            if listed and gap.startswith(";"):
                # "Argentina; Bulgaria; ...; and Uruguay": semicolons join a list of countries
                # as commas do, where at least two do so in a row (not "China abstained with
                # India; Brazil ...", one semicolon between clauses).
                if not self._plain_country(actor) or not (
                    semicolons or self._semicolon_follows(info, actor)
                ):
                    break  # "...; Argentina's envoy said": a clause of its own
                gap, semicolons, clause_start = "," + gap[1:], True, len(listed)
            if gap not in _LIST_OPENERS and not (
                (_DESCRIBED_MEMBERS_RE.fullmatch(gap) or _JOINED_BY_GAP_RE.fullmatch(gap))
                if listed
                else _DESCRIBED_VOTERS_RE.fullmatch(gap)
            ):
                break
            if not self._line_member(info, previous_end, actor):
                break  # "Abstained:\n- China\nFrance's envoy regretted ...": prose, no member
            if participle and previous_end == match.end and gap in _CLAUSE_GAPS:
                break  # "with Britain abstaining and the United States voting against"
            joined = _JOINED_BY_AFTER_RE.match(self.text, actor.end, info.sentence.end)
            if not joined and _NOT_LISTED_AFTER_RE.match(self.text, actor.end, info.sentence.end):
                if semicolons:
                    if _VERB_AFTER_LISTED_RE.match(self.text, actor.end):
                        del listed[clause_start:]  # "...; Britain; France and Spain voted yes"
                    break
                if (
                    listed
                    and gap in LIST_JOINERS
                    and _VERB_AFTER_LISTED_RE.match(self.text, actor.end)
                ):
                    return []  # "voted against, and Albania, Brazil and Malta abstained"
                break
            listed.append((Speaker(country=actor.country), actor))
            previous_end = actor.end
            if qualifier := _LISTED_QUALIFIER_RE.match(self.text, actor.end):
                previous_end = qualifier.end()
        if listed and _ELIDED_VOTE_RE.match(self.text, listed[-1][1].end):
            return []  # "voted in favour, France and Japan against": a vote clause of its own
        return listed

    def _semicolon_follows(self, info: SentenceInfo, actor: Actor) -> bool:
        """Whether a semicolon joins a country to the next one in its sentence as a comma
        would: "Bulgaria; Cape Verde" (not "Bulgaria; the resolution ...")."""
        after = next((a for a in info.actors if a.start >= actor.end and a.country), None)
        if after is None or not self._plain_country(after):
            return False
        gap = self._members_gap(actor.end, after.start)
        return gap.startswith(";") and "," + gap[1:] in _LIST_OPENERS

    def _line_member(self, info: SentenceInfo, previous_end: int, actor: Actor) -> bool:
        """Whether a country after a line break is a member of the list laid out one a line:
        a plain country with nothing but punctuation after it on its line."""
        gap = self.text[previous_end : actor.start]
        if "\n" not in gap or _RUN_ON_RE.search(gap.split("\n", 1)[0]):
            return True  # "Austria,\nCroatia and Fiji": a list running on over a line
        line_end = self.text.find("\n", actor.end, info.sentence.end)
        if _LABEL_REST_RE.fullmatch(gap.split("\n", 1)[0]) and self._line_lists_countries(
            info, actor, info.sentence.end if line_end < 0 else line_end
        ):
            # "VOTED AGAINST (14)\nIsrael, United States, Austria": the label's whole list on
            # the line under it, commas and all.
            return True
        rest = self.text[actor.end : info.sentence.end if line_end < 0 else line_end]
        return self._plain_country(actor) and not rest.strip(" \t,;.")

    def _line_lists_countries(self, info: SentenceInfo, first: Actor, line_end: int) -> bool:
        """Whether the line from `first` to `line_end` is nothing but a list of plain
        countries ("Israel, United States, Austria and Fiji.")."""
        previous_end = first.start
        for actor in info.actors:
            if actor.start < first.start or actor.start >= line_end or not actor.country:
                continue
            if not self._plain_country(actor) or (
                self._members_gap(previous_end, actor.start) not in _LINE_LIST_GAPS
            ):
                return False
            previous_end = actor.end
        return not self.text[previous_end:line_end].strip(" \t,;.")

    def _members_gap(self, start: int, end: int) -> str:
        """What stands between two list members (or a cue and the first), lower-cased and
        spaces collapsed; a line break opening a bulleted or numbered line is a comma, and a
        label's count goes, bracketed before its colon or after it before the examples
        ("Against (5):\n- Belarus\n- Eritrea": ":" then ","; "Abstaining: 35 (including"),
        and so does the colon after the words opening the examples ("(45), among them:")."""
        raw = self.text[start:end]
        if "\n" in raw:
            raw = _LIST_LINE_BREAK_RE.sub(",", raw).replace(":,", ":").lstrip(",")
            raw = ",".join(filter(None, raw.split(","))) if raw.strip(", ") else raw
        if "itself" in raw:
            raw = _ITSELF_RE.sub("", raw)  # "Russia itself, Belarus, ..."
        if "(" in raw:
            raw = _LABEL_COUNT_RE.sub("", raw)
        if ":" in raw or "(" in raw:
            raw = _COLON_COUNT_RE.sub(":", raw)
            raw = _EXAMPLES_COLON_RE.sub("", raw)
        return " ".join(raw.lower().split())

    def _plain_country(self, actor: Actor) -> bool:
        """Whether an actor is a country by its name alone ("the Netherlands"), not a
        possessive, a demonym or a country's institution ("the Peruvian government's")."""
        return bool(
            actor.country
            and not actor.possessive
            and not actor.demonym_only
            and not actor.institution
            and not actor.office_kind
            and not self.text.startswith(("'", "’"), actor.end)
        )

    def _voters_before_list(self, info, listed):
        """Countries an opening phrase adds to the voters a tally lists: "Apart from Russia,
        the resolution was opposed by Belarus, Eritrea and Syria" (without a list, "Apart from
        Russia, all members voted in favour" leaves Russia out)."""
        if not listed:
            return []
        opener = _VOTERS_TOO_OPENING_RE.match(self.text, info.sentence.start, info.sentence.end)
        if opener is None:
            return []
        before = self._countries_listed(info, opener.end())
        if not before or not _COMMA_RE.match(self.text, before[-1].end):
            return []
        return [(Speaker(country=actor.country), actor) for actor in before]

    def _elided_votes(self, info: SentenceInfo, kept: list[CueMatch]) -> list[CueMatch]:
        """The bare "against" or "in favour" of a vote clause after a first vote cue, as the
        cue its verb would make ("France and Japan against" is "France and Japan voted
        against")."""
        first_vote = next((m for m in kept if m.cue.kind == "vote"), None)
        if first_vote is None:
            return []
        elided = []
        run: list[Actor] = []
        for actor in info.actors:
            if actor.start < first_vote.end or not actor.country:
                continue
            gap = " ".join(self.text[run[-1].end : actor.start].split()) if run else None
            run = [*run, actor] if gap in LIST_JOINERS or gap in ("the", ", the") else [actor]
            word = _ELIDED_VOTE_RE.match(self.text, actor.end, info.sentence.end)
            if word is None:
                continue
            verb = _ELIDED_VOTE_VERBS[word.group(1).split()[0].lower()]
            cue = next((c for c in self.rules.cues if c.pattern.fullmatch(verb)), None)
            if cue is not None:
                elided.append(CueMatch(cue, word.start(1), word.end(1), tuple(run)))
            run = []
        return elided

    def _passive_agents(self, info, match):
        """The countries after a passive cue's "by" or "from" ("was condemned by France,
        Germany and Japan", "drew condemnation from Turkey and Egypt", "calls for a ceasefire
        came from Brazil and Chile")."""
        agent = _PASSIVE_AGENT_RE.match(self.text, match.end)
        if match.cue.label == "calls_for_negotiation" and self._urged_passively(match):
            # "Israel and Iran were urged by Egypt to show restraint", "... were urged to show
            # restraint by Egypt": the agent calls.
            agent = _BY_RE.search(self.text, match.start, match.end) or agent
        elif agent is not None and match.cue.label == "calls_for_negotiation":
            # "called for restraint from Israel and Hamas", "called for restraint by Israel and
            # Iran", "a halt to attacks by ...": a call's match ends on what it asks for, and
            # whoever is to do it is asked, not asking.
            agent = None
        if agent is not None and match.cue.label == "supports" and "from" not in agent.group():
            if not _FINITE_PASSIVE_RE.search(self.text, max(0, match.start - 20), match.start):
                # "forces, backed by Russian air power", "the RSF is backed by the UAE":
                # narration; "Ukraine has been backed by Britain" is Britain's record.
                return []
        if match.cue.needs == "target":
            return []  # "territory illegally occupied by Pakistan": the doer, not a judge
        if agent is None and _THOSE_BEFORE_RE.search(
            self.text, max(0, match.start - 24), match.start
        ):
            # "Among those condemning the invasion were Japan, South Korea and Australia", "Among
            # the countries calling for a ceasefire were ...".
            agent = _THOSE_WERE_RE.search(self.text, match.end, info.sentence.end)
            if agent is None:
                return []
        if agent is None:
            clause_end = min(info.sentence.end, match.end + 60)
            agent = _CAME_FROM_RE.search(self.text, match.end, clause_end)
            if agent is None or "," in self.text[match.end : agent.start()]:
                return []
        return [(Speaker(country=a.country), a) for a in self._countries_listed(info, agent.end())]

    def _urged_passively(self, match: CueMatch) -> bool:
        """Whether a call's match opens on a passive urging ("were urged to show restraint",
        "have been called on to ..."): its subject is who is asked."""
        return (
            match.cue.label == "calls_for_negotiation"
            and _URGING_PARTICIPLE_RE.match(self.text, match.start, match.end) is not None
            and _PASSIVE_AUXILIARY_RE.search(self.text, max(0, match.start - 30), match.start)
            is not None
        )

    def _countries_listed(self, info, start: int, people: bool = False) -> list[Actor]:
        """The countries (or also, with `people`, office holders) listed from `start` on
        ("France, Germany and the United States", "German Chancellor Olaf Scholz")."""
        listed = []
        previous_end = start
        for actor in info.actors:
            if actor.start < start or not (actor.country or (people and actor.person)):
                continue
            gap = self._members_gap(previous_end, actor.start)
            if listed and gap == "(" and actor.country == listed[-1].country:
                # "the Democratic Republic of the Congo (DRC) and Rwanda": its initials
                if self.text.startswith(")", actor.end):
                    previous_end = actor.end + 1
                    continue
            if gap not in _LIST_OPENERS or actor.demonym_only:
                break  # "backed by Turkish-made drones": no country acting
            listed.append(actor)
            previous_end = actor.end
        return listed

    def _companions(self, info, group: list[Actor], match) -> list[Actor]:
        """Countries that share the subject's position without being its subject: "Ireland,
        along with Norway and Spain, called for ...", "Jordan joined Egypt in condemning ...",
        "Russia was joined in voting no by Belarus and Syria", "..., as did Jordan and the UAE",
        "..., a call echoed by Turkey", "..., with Iran making similar calls"."""
        subject_end = group[-1].end
        rules = self.rules
        opener = rules.companions_in_subject.match(self.text, subject_end, match.start)
        if opener is not None:
            listed = self._countries_listed(info, opener.end(), people=True)
            if listed and self.text.startswith(",", listed[-1].end):
                return listed
        opener = rules.companions_opening.match(self.text, info.sentence.start, group[0].start)
        if opener is not None:
            listed = self._countries_listed(info, opener.end(), people=True)
            listed = [actor for actor in listed if actor.end <= group[0].start]
            if listed and _COMMA_RE.fullmatch(self.text, listed[-1].end, group[0].start):
                return listed
        behalf = self._behalf_members(info, group[0])
        if behalf:
            return behalf
        opener = rules.companions_voted_with.match(self.text, match.start, match.end)
        if opener is not None and match.cue.kind == "vote":
            # "Liberia voted with the United States against the resolution"
            listed = self._countries_listed(info, opener.end())
            if listed and _VOTED_WITH_AGAINST_RE.match(self.text, listed[-1].end):
                return listed
        opener = rules.companions_joined.match(self.text, subject_end, match.start)
        if opener is not None:
            listed = self._countries_listed(info, opener.end(), people=True)
            if listed and _IN_CUE_RE.fullmatch(self.text, listed[-1].end, match.start):
                return listed
        if rules.companions_joined_in.fullmatch(self.text, subject_end, match.start):
            opener = rules.companions_joined_by.match(self.text, match.end, info.sentence.end)
            if opener is not None:
                return self._countries_listed(info, opener.end(), people=True)
        # Up to the next cue: "Austria voted no, while Germany abstained, as did Georgia" gives
        # Georgia Germany's abstention, not Austria's vote.
        reach = min(
            (m.start for m in self._cue_matches(info) if m.start >= match.end),
            default=info.sentence.end,
        )
        opener = rules.companions_after_cue.search(self.text, match.end, reach)
        if opener is not None and self.doc.quote_at(opener.start()) is None:
            return self._countries_listed(info, opener.end(), people=True)
        opener = rules.companions_with_opener.search(self.text, match.end, info.sentence.end)
        if opener is not None:
            listed = self._countries_listed(info, opener.end(), people=True)
            end = info.sentence.end
            if listed and rules.companions_with_after_list.match(self.text, listed[-1].end, end):
                return listed
        return self._companions_next_sentence(info)

    def _behalf_members(self, info, subject: Actor) -> list[Actor]:
        """The countries a delegate's sentence opens by speaking for ("Speaking on behalf of
        Brazil and Chile, the representative of Peru said ...", also after the group's name:
        'Speaking for the "A3+" — Algeria, Mozambique and Guyana — the representative of
        Algeria'); none where only a group is named ("Speaking for the Arab Group, ...")."""
        opener = _BEHALF_OPENING_RE.match(self.text, info.sentence.start, subject.start)
        if opener is None:
            return []
        starts = [opener.end()]
        if group := _BEHALF_GROUP_RE.match(self.text, opener.end(), subject.start):
            starts.append(group.end())
        for start in starts:
            listed = [a for a in self._countries_listed(info, start) if a.end <= subject.start]
            if listed and _BEHALF_CLOSE_RE.fullmatch(self.text, listed[-1].end, subject.start):
                return listed
        return []

    def _companions_next_sentence(self, info) -> list[Actor]:
        """Countries the next sentence says took the same position: "Similar calls came from
        Turkey and Iran.", "So did Iraq.", "Jordan and Qatar made similar calls."."""
        if info.sentence.index + 1 >= len(self.infos):
            return []
        following = self.infos[info.sentence.index + 1]
        start, end = following.sentence.start, following.sentence.end
        if self.doc.quote_at(start) is not None:
            return []
        rules = self.rules
        opener = rules.companions_next_before_list.match(self.text, start, end)
        if opener is not None:
            return self._countries_listed(following, opener.end(), people=True)
        opener = rules.companions_next_joined.match(self.text, start, end)
        if opener is not None:
            # "They were joined by Qatar and Oman (in condemning the strike)."
            listed = self._countries_listed(following, opener.end(), people=True)
            if listed and rules.companions_next_joined_after.match(self.text, listed[-1].end, end):
                return listed
            return []
        listed = self._countries_listed(following, start, people=True)
        if listed and rules.companions_next_after_list.match(self.text, listed[-1].end, end):
            return listed
        return []

    def _leaders_subject(self, boundary: int, match) -> bool:
        """Whether a meeting's leaders are the cue's subject, nothing between them and it
        opening another clause ("leaders meeting in Tanzania on Saturday called for")."""
        found = list(_COLLECTIVE_RE.finditer(self.text, boundary, match.start))
        if not found:
            return False
        between = self.text[found[-1].end() : match.start]
        return "," not in between and not _RELATIVE_RE.search(between)

    def _attendees(self, info):
        """The countries a meeting's report names as attending, in the sentence of a cue whose
        subject is its leaders or the next one: "leaders meeting in Tanzania called for a
        ceasefire. The summit, attended by Kenyan President William Ruto, ...")."""
        index = info.sentence.index
        for near in self.infos[index : index + 2]:
            sentence = near.sentence
            opener = _ATTENDED_RE.search(self.text, sentence.start, sentence.end)
            if opener is None:
                continue
            countries = []
            for actor in near.actors:
                if actor.start < opener.end():
                    continue
                country = actor.country
                if country is None and actor.person is not None and actor.person.terms:
                    country = actor.person.terms[-1].country_iso3
                if country and country not in countries:
                    countries.append(country)
            return [(Speaker(country=country), None) for country in countries]
        return []

    def _absolute_subject(self, info, match):
        """The countries of an absolute construction: "with Britain abstaining", "..., with
        Britain, France and Germany all denouncing it"."""
        for actor in info.actors:
            if actor.country and _WITH_BEFORE_RE.search(
                self.text, max(0, actor.start - 12), actor.start
            ):
                listed = self._countries_listed(info, actor.start)
                if listed and _ABSOLUTE_GAP_RE.fullmatch(self.text, listed[-1].end, match.start):
                    return [(Speaker(country=each.country), each) for each in listed]
        return []

    def _joined_in_vote(self, info, match):
        """The countries the voters joined in their vote, right before its cue: "Only four
        countries joined Russia in voting no: Belarus, ..." is Russia's vote too, as "Ten
        countries, led by the United States and Israel, voted against" is theirs."""
        for opener_re, closer_re in (
            (_JOINED_IN_VOTE_RE, _IN_CUE_RE),
            (_LED_BY_RE, _LED_BY_END_RE),
        ):
            openers = list(opener_re.finditer(self.text, info.sentence.start, match.start))
            if not openers:
                continue
            listed = self._countries_listed(info, openers[-1].end())
            if listed and closer_re.fullmatch(self.text, listed[-1].end, match.start):
                return [(Speaker(country=actor.country), actor) for actor in listed]
        return []

    def _hyphened_agent(self, info, match):
        """The country a cue is hyphened to: "the British-drafted text", "a US-sponsored
        resolution"."""
        if match.start == 0 or self.text[match.start - 1] != "-":
            return []
        return [
            (Speaker(country=actor.country), actor)
            for actor in info.actors
            if actor.country and actor.end == match.start - 1
        ]

    def _listed_before(self, info, match):
        """Countries named as examples of a tally right before its vote cue: "32 members,
        among them India, China and South Africa, abstained"."""
        head = _VOTE_LIST_BEFORE_RE.search(self.text, info.sentence.start, match.start)
        if head is None:
            return []
        return [
            (Speaker(country=actor.country), actor)
            for actor in info.actors
            if actor.country and head.start("list") <= actor.start and actor.end <= match.start
        ]

    # -- one candidate --------------------------------------------------------------------

    def _candidate(self, info, match, quote, source_event, source, speaker, actor):
        cue = match.cue
        if speaker.commentator:
            return None
        bloc = speaker.bloc
        if bloc is not None and self._blocs_disclaimed():
            return None
        conflict_number, conflict_confidence = self._conflict_for(
            info, match, quote, speaker.country
        )
        if conflict_number is None:
            return None
        conflict = self.conflicts[conflict_number]
        country = speaker.country
        if bloc is None and country is None:
            if source is not None and source.country and speaker.office_kind is None:
                country = source.country
            else:
                return None
        if source is not None and source.country and country and source.country != country:
            possessed = actor is not None and actor.possessive
            if not possessed and self._party_as_topic(conflict_number, speaker, source, cue.label):
                # "Russia committed the error of invading", Lula said: Russia is what Brazil
                # speaks about, not who speaks.
                speaker, country, actor = source, source.country, None
            elif speaker is not source and not (speaker.person or speaker.person_name):
                # One country's speaker asserting another's position: not that country's word.
                return None
        target = self._target_side(info, match, conflict_number, conflict)
        stance = cue.label
        if stance == "votes_for":
            resolution = self._resolution_stance(conflict_number)
            if _OTHER_TEXT_RE.search(self.text, info.sentence.start, info.sentence.end):
                # "rejected a competing Russian text calling for a humanitarian ceasefire:
                # China, Gabon ... voted in favour": the yes is for what that text says.
                resolution = self._text_stance_in(info, conflict_number)
            else:
                resolution = self._drafted_text_stance(info, conflict_number) or resolution
            if resolution is None:
                return None
            stance, target = resolution
        if stance == "supports" and target is None:
            if self._backs_applicant(info, match, conflict_number):
                stance = "backs_case"
        if stance in ("backs_case", "opposes_case"):
            case = self._legal_case(conflict_number)
            if case is None:
                return None
            respondent = case[0]
            if stance == "backs_case":
                stance, target = "condemns", respondent
            else:
                stance, target = f"supports_side_{respondent}", None
        elif cue.needs == "side":
            if target is None:
                return None
            if cue.backs == "opponent":
                target = "b" if target == "a" else "a"
            stance = f"supports_side_{target}"
        if cue.needs == "object" and not self._has_object(info, match, conflict_number, target):
            return None
        if cue.needs == "target" and target is None:
            return None
        own_side = self.x.side_of(conflict_number, country)
        if own_side is not None:
            if stance in ("neutral", "abstains") or stance.startswith("supports_side"):
                return None
            if _RETALIATION_RE.search(self.text, info.sentence.start, match.start):
                # "carried out a strike in response to Kyiv's 'terrorist attacks'": a party
                # justifying its own operation.
                return None
            if stance == "condemns" and target == own_side and cue.target == "either":
                # "Russia blamed Ukraine for ...": the side before the cue was its subject.
                target = self._target_side(info, match, conflict_number, conflict, after_only=True)
            if stance == "condemns" and target == own_side:
                return None
        person_speaker = self._speaker_for(info, speaker, source, country, source_event, cue.kind)
        if quote is not None and source is not None and person_speaker in (source, None):
            quoted = self._quoted_principal(info, quote, source, country)
            if quoted is not None:
                person_speaker = quoted
        if (
            self.author is not None
            and source_event is None
            and country == self.author.country
            and (person_speaker is None or person_speaker.person is None)
            and self.doc.quote_at(match.start) is None
        ):
            # "Australia condemns this conduct", in an op-ed its foreign minister signs: hers.
            person_speaker = self.author
        if self._issuer_we(actor, speaker, source):
            person_speaker = None  # a ministry's own "we": no person of the country in focus
        resolved, date_confidence = self._statement_date(
            info, source_event, match, person_speaker, country
        )
        if person_speaker is not None and person_speaker.person is not None and resolved.day:
            term = person_speaker.person.term_on(resolved.day)
            if term is None:
                return None
        kind = cue.kind
        if kind == "statement" and self._reported(info, source_event, country):
            kind = "reported_speech"
        start, end = self._evidence_span(info, match, quote, source_event, actor)
        attribution_confidence = 1.0 if actor is not None else 0.93
        confidence = cue.confidence * conflict_confidence * attribution_confidence
        confidence *= date_confidence
        return Candidate(
            actor_country=country if bloc is None else None,
            actor=bloc.name if bloc is not None else self._country_name(country),
            actor_bloc=bloc.slug if bloc is not None else None,
            speaker=_speaker_name(person_speaker),
            speaker_key=person_speaker.person.key
            if person_speaker and person_speaker.person
            else None,
            speaker_office=person_speaker.office_title if person_speaker else None,
            speaker_office_key=person_speaker.office_key if person_speaker else None,
            conflict=conflict.slug,
            conflict_name=conflict.name,
            conflict_key=conflict.key,
            stance=stance,
            target_side=target if stance == "condemns" else None,
            kind=kind,
            date=resolved.day,
            date_precision=resolved.precision,
            date_period=resolved.period,
            evidence=self.text[start:end],
            start=start,
            end=end,
            confidence=round(min(confidence, 1.0), 3),
        )

    def _blocs_disclaimed(self) -> bool:
        """Whether a speaker disowns a bloc's voice anywhere in the article (searched only
        when a bloc seems to speak: the search reads the whole text)."""
        return bool(self.rules.bloc_disclaimer.search(self.text))

    def _country_name(self, iso3: str) -> str:
        entry = self.x.countries.get(iso3)
        return entry.name if entry else iso3

    def _speaker_for(
        self, info, speaker: Speaker, source: Speaker | None, country, event=None, kind=None
    ):
        """Who spoke: the actor if a person, else the source if of the same country, else a
        person of that country speaking earlier in the sentence ("Macron said France
        reaffirmed ..."), else the person of that country an aside names between the source
        and its verb ("France, in a letter from President Macron, affirmed ..."), else that
        country's person in focus when nobody is quoted, else, for what is said (not a vote or
        an act), the official of that country whose words open the next sentence, else the
        holder of the actor's office."""
        if speaker.person is not None or (speaker.person_name and speaker.country == country):
            return speaker  # a named official the gazetteer lacks is no office's holder
        if source is not None and (source.person or source.person_name):
            if source.country == country:
                return source
            if source.country is None and source.office_kind and not source.commentator:
                # "Serbia will stay neutral, President Aleksandar Vucic said": an office holder
                # the gazetteer lacks, named with a title, speaks for the clause's country.
                return Speaker(country=country, person_name=source.person_name,
                               office_kind=source.office_kind)  # fmt: skip
        for event in info.speech:
            earlier = self.speakers.get(id(event))
            if earlier is not None and earlier.person is not None and earlier.country == country:
                return earlier
        aside = self._voice_in_aside(info, event, country)
        if aside is not None:
            return aside
        focus = self.context_after[info.sentence.index][0]
        if not info.speech and focus is not None and focus.person and focus.country == country:
            return focus  # "China supports ...", unattributed, in a readout of Wang Yi's talks
        if kind in ("statement", "action") and self._nobody_named_speaks(info, source, country):
            following = self._voice_opening_next(info, country)
            if following is not None:
                return following
        if source is not None and source.country == country and source.office_kind is None:
            # '"We do not take sides," the statement read', after Mr Mudavadi's words: the
            # person in focus, of that country, is the statement's voice.
            if focus is not None and focus.country == country:
                day = self._guess_day(info)
                if focus.person is not None and day and focus.person.term_on(day) is None:
                    return None  # not yet, or no longer, in office on the statement's day
                if focus.person or (focus.person_name and focus.office_kind):
                    return focus
        if speaker.office_kind and country:
            return self.x.holder(country, speaker.office_kind, self.anchor) or speaker
        return None

    def _nobody_named_speaks(self, info, source: Speaker | None, country) -> bool:
        """Whether a sentence tells a country's position with no official speaking: no speech
        verb, or only the country's own ("Germany said it would intervene ..."), or someone
        who is no country's voice ("welcomed the truce announced by the UN envoy")."""
        if source is not None and country not in {v.country for v in source.joint or [source]}:
            return False
        for event in info.speech:
            actor = event.actor
            if actor.institution or actor.office_kind or actor.pronoun in _BODY_PRONOUNS:
                # "Taiwan's defence ministry said ...": the ministry's words, not those of the
                # official who speaks next ("Presidential office spokeswoman Karen Kuo said").
                return False
            voice = self.speakers.get(id(event))
            for each in (voice.joint or [voice]) if voice is not None else ():
                if (each.person or each.person_name) and not each.commentator:
                    return False  # not the UN envoy who "announced" a truce the country welcomed
        return True

    def _voice_opening_next(self, info, country) -> Speaker | None:
        """The named official of `country` whose words open a next sentence of the paragraph,
        after a sentence telling the country's position with no one speaking: "Moscow also
        condemned the strikes. Kremlin spokesman Dmitry Peskov called them 'unacceptable'.",
        "Oman condemned the attack. Its foreign minister, Badr Albusaidi, said ...". After a
        list of countries ("Luxembourg and Malta announced ..."), the run of sentences that
        each open on a named official gives each country its own."""
        index = info.sentence.index + 1
        while index < len(self.infos) and index <= info.sentence.index + _REACTION_RUN:
            following = self.infos[index]
            if following.sentence.paragraph != info.sentence.paragraph or not following.speech:
                return None
            event = following.speech[0]
            opening = self.text[following.sentence.start : event.actor.start].lower().split()
            if event.inverted or not (
                opens_sentence(self.doc.words, following.sentence, event.actor)
                # "Deputy Foreign Minister X told ...": a title's modifier before it.
                or (opening and all(w in self.rules.title_modifiers for w in opening))
            ):
                return None
            voice = self.speakers.get(id(event))
            if voice is None or voice.commentator or not (voice.person or voice.person_name):
                return None
            if voice.country == country:
                return voice
            index += 1
        return None

    def _quoted_principal(self, info, quote, source: Speaker, country) -> Speaker | None:
        """The person of `country` whose words or stance a spokesperson quotes: the subject
        right before a quoted predicate ('Secretary of State Antony Blinken "reaffirmed ...,"
        spokesperson Matthew Miller said'), or the person in focus a spokesperson's quotation
        opens on as "he" or "she" ('Keir Starmer had spoken to both leaders. "He retains
        unwavering support for Ukraine," a spokesperson said'). The spokesperson only reports."""
        if quote.start < info.sentence.start:
            return None
        for actor in info.actors:
            if actor.end > quote.start or self.text[actor.end : quote.start].strip():
                continue
            if not (actor.person or actor.unknown_name) or actor.possessive:
                return None
            if not opens_sentence(self.doc.words, info.sentence, actor):
                return None
            day = self._guess_day(info)
            named = self._resolve(actor, info, self.context_after[info.sentence.index], day)
            if named is None or named.commentator or named.country != country:
                return None
            return named if named.key != source.key else None
        if source.person or source.person_name or source.country != country:
            return None
        opening = self.text[quote.start : quote.start + 5].lstrip("\"“‘'")
        if not opening.startswith(("He ", "She ")):
            return None
        # "He" is the one person of the country the sentence before named (in the paragraph).
        index = info.sentence.index - 1
        if index < 0 or self.infos[index].sentence.paragraph != info.sentence.paragraph:
            return None
        before = self.infos[index]
        day = self._guess_day(info)
        people = {}
        for actor in before.actors:
            if actor.person is None or actor.possessive or self.doc.quote_at(actor.start):
                continue
            named = self._resolve(actor, before, (None, None), day)
            if named is not None and named.country == country and not named.commentator:
                people[named.key] = named
        return next(iter(people.values())) if len(people) == 1 else None

    def _voice_in_aside(self, info, event, country) -> Speaker | None:
        """The one person of `country` named in an aside set off by commas between a speech
        event's subject and its verb: "France, in a letter from President Emmanuel Macron,
        affirmed", "Russia, through its envoy Vassily Nebenzia, said"."""
        if event is None or event.inverted or event.actor.end >= event.verb_start:
            return None
        aside = self.text[event.actor.end : event.verb_start].strip()
        if not (aside.startswith(",") and aside.endswith(",")):
            return None
        named = [
            a
            for a in info.actors
            if event.actor.end <= a.start and a.end <= event.verb_start and a.person
        ]
        day = self._guess_day(info)
        voices = [self._resolve(a, info, (None, None), day) for a in named]
        voices = [v for v in voices if v is not None and v.country == country]
        return voices[0] if len(voices) == 1 else None

    def _reported(self, info, source_event, country) -> bool:
        """Another country's speaker in the same sentence relays this one's words."""
        for event in info.speech:
            if event is source_event or (
                source_event and event.verb_start > source_event.verb_start
            ):
                continue
            speaker = self.speakers.get(id(event))
            if speaker is not None and speaker.country and speaker.country != country:
                return True
        return False

    # -- evidence ------------------------------------------------------------------------

    def _evidence_span(self, info, match, quote, source_event, actor) -> tuple[int, int]:
        start, end = info.sentence.start, info.sentence.end
        if match.subjects and "\n" in self.text[start:end]:
            # A results table's line ("United States – abstained"): that line alone.
            line_start = self.text.rfind("\n", start, match.subjects[0].start) + 1 or start
            line_end = self.text.find("\n", match.end, end)
            if line_start <= match.start:
                return line_start, end if line_end < 0 else line_end
        if quote is not None:
            start = max(start, quote.start)
            end = min(end, quote.end)
        elif source_event is not None:
            if source_event.verb_start < match.start and not source_event.inverted:
                if info.sentence.start <= source_event.actor.start < match.start:
                    nested = [e for e in info.speech if e.verb_start < source_event.verb_start]
                    if nested:
                        start = source_event.actor.start
            elif source_event.verb_start >= match.end:
                comma = self.text.rfind(",", match.end, source_event.actor.start + 1)
                if comma != -1:
                    end = comma
        if actor is not None:
            start = min(start, actor.start)
            if actor.start >= info.sentence.end:
                # "... Jordan and Qatar made similar calls.": the sentence naming them is evidence
                end = self.infos[info.sentence.index + 1].sentence.end
        if self.dateline_end > start:
            start = min(self.dateline_end, end)
        while start < end and self.text[start] in " “\"‘'":
            start += 1
        while end > start and self.text[end - 1] in " ,”\"’'":
            end -= 1
        return start, end


def _without_preambles(
    found: list[tuple[CueMatch, Candidate]], paragraph: list[Candidate]
) -> list[Candidate]:
    """Concern at "the escalation" that names no side, said with a call for restraint by the
    same actor in the same sentence or quotation, or by the same voice in the same paragraph,
    is the call's preamble, not a condemnation of its own."""
    calling = {
        (c.actor_country or c.actor_bloc, c.conflict)
        for _, c in found
        if c.stance == "calls_for_negotiation"
    }
    calling_on = {
        (c.actor_country or c.actor_bloc, c.conflict, c.speaker)
        for c in paragraph
        if c.stance == "calls_for_negotiation"
    }
    return [
        c
        for match, c in found
        if not (
            match.cue.preamble
            and c.target_side is None
            and (
                (c.actor_country or c.actor_bloc, c.conflict) in calling
                or (c.actor_country or c.actor_bloc, c.conflict, c.speaker) in calling_on
            )
        )
    ]


def _host_voice(actor: Actor) -> Speaker | None:
    """The country or bloc an actor named as a host stands for ("Qatar", "the African Union",
    "Qatar's emir" by their office's country), or None."""
    if actor.pronoun or actor.commentator:
        return None
    if actor.bloc is not None:
        return Speaker(bloc=actor.bloc)
    country = actor.country
    if country is None and actor.person is not None and actor.person.terms:
        country = actor.person.terms[-1].country_iso3
    return Speaker(country=country) if country else None


def _voice_country(voice: Speaker | None) -> str | None:
    return voice.country if voice is not None else None


def _short_names(name: str) -> set[str]:
    """The words a person may later be called by alone: the first (Xi, Anwar, Hun) and the
    last (Scholz, Lavrov, Fu), leaving out particles and titles."""
    words = [
        w
        for w in re.findall(r"\w+", name.lower())
        if len(w) > 1 and w not in _NOT_NAMES and w not in _NOT_SHORT_NAMES
    ]
    return {words[0], words[-1]} if words else set()


def _same_person(name: str | None, holder: Speaker) -> bool:
    """Whether the name an article gives (none, or "Sheikh Mohammed", "Prince Faisal") can be
    the office holder's: each of its words, honorifics aside, is one of theirs."""
    if name is None:
        return True
    if holder.person is None:
        return False
    theirs = set(_fold(holder.person.name).split())
    for alias in holder.person.aliases:
        theirs.update(_fold(alias).split())
    ours = [word for word in _fold(name).split() if word not in _NOT_NAMES]
    return bool(ours) and all(word in theirs for word in ours)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")


def _speaker_name(speaker: Speaker | None) -> str | None:
    """The gazetteer's name for the speaker, else the name the article gives."""
    if speaker is None:
        return None
    return speaker.person.name if speaker.person is not None else speaker.person_name
