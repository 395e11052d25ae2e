"""Who is speaking: actor phrases, speech verbs and their subjects, quotes, pronouns.

An *actor* is a phrase that can hold a position: a country or its capital or metonym
("Beijing", "the Kremlin"), a person of the gazetteer, an office ("Malaysia's prime minister",
"the premier"), an institution ("China's foreign ministry"), a bloc, or a pronoun. A *speech
event* is a speech verb with its subject ("Hun Sen said", "according to the Kremlin").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from .gazetteer import BlocEntry, PersonEntry, TermEntry
from .matcher import Mention
from .rules import VAGUE_OFFICE, Rules
from .text import Document, Quote, Sentence

_CAPITALISED_RE = re.compile(r"[A-Z][\w’'\-]*")
# Punctuation no name runs over.
_NAME_BREAK_RE = re.compile(r"[,;:()\[\]\"“”]")
# An envoy's posting between their title and their name: "to the UN, ", "to the United Nations, ".
_POSTING_RE = re.compile(
    r"(?:(?:to|at)\s+the\s+(?:UN|U\.N\.|United\s+Nations)|for\s+(?:[A-Z][\w-]+(?:\s+and\s+|\s+)?){1,4}"
    r"|(?:to|in)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
    r"\s*,\s*"
)
# The comma and article between a name and the office in apposition to it: "Ralph Gonsalves, the
# prime minister of ...".
_APPOSITION_GAP_RE = re.compile(r",\s+(?:the\s+|a\s+)?\Z")
# A body of the UN or another organisation of states, no state's: "the UN Office of ...".
_UN_NAME_RE = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations|International|European|African\s+Union)\b"
)
_UN_BEFORE_RE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s+(?:[Ss]pecial\s+)?\Z")
_IT_ADVERBS = frozenset(("also", "again", "still", "not", "never", "always", "once"))
# How long an opening phrase before a comma may be for the pronoun after it to open the
# main clause ("On the South China Sea, they ...").
_FRONTED_WORDS = 6
_ACTOR_MENTION_KINDS = frozenset(
    {
        "country",
        "person",
        "bloc",
        "title",
        "institution",
        "country_anaphor",
        "latter",
        "joint",
        "document",
        "host",
    }
)
# Words before a speech verb that are not its subject ("which said", "it said").
_NOT_SPEAKERS = frozenset(
    "it which who that this they there what also and but as so then "
    # the medium, not who speaks: "said in a statement posted on X", "a video released"
    "statement post message video letter speech interview tweet release readout phone "
    "telephone call".split()
)
# "s" is the possessive of "the court's prosecutor".
_NOUN_BEFORE_CALL = frozenset("a an the phone telephone video conference his her its their".split())
_INVERSION_MARKS = (",", "\u201d", '"')
# A formal finding's verbs speak only of what was found: "determined, on January 7, that the
# RSF had committed genocide", not "was determined to end the fighting".
_FINDING_VERBS = frozenset({"determined", "concluded"})
_FORMER_BEFORE_RE = re.compile(r"\b(?:former|ex-|retired)\s*\Z", re.IGNORECASE)
# A deputy's title ("Kenya's deputy foreign minister", "Vice President X", "the deputy UN
# ambassador"): a loose title, never the principal office's holder.
_DEPUTY_RE = re.compile(r"\b(?:deputy|vice)(?:\s+|-)(?:\w+\s+)?\Z", re.IGNORECASE)
_DEPUTY_TITLE_RE = re.compile(r"(?:deputy|vice)\b", re.IGNORECASE)
_THE_SECRETARY_RE = re.compile(r"the Secretary\b(?![\s-]*(?:General|of|for|-))")
_SPEAKS_FOR = frozenset("spokesperson spokesman spokeswoman speaking".split())
# UN meetings coverage's delegate by the country it speaks for: "The speaker for the Russian
# Federation said" (as "the representative of" is read through its title).
_SPEAKER_FOR_RE = re.compile(r"\b(?:[Tt]he|[Aa])\s+speaker\s+for\s+(?:the\s+)?\Z")
_NAME_PARTICLES = frozenset("al el bin bint ibn da de di do dos van von der".split())
_STATE_MODIFIERS = frozenset(
    "the member these those many other some both all several neighbouring neighboring western "
    "arab gulf island nation nuclear rogue frontline sovereign".split()
)
# A count before "states" makes it a noun: "the ten states voting against", "35 states".
_NUMBER_WORD_RE = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|dozen|few|most|remaining|abstaining|voting)(?:-\w+)?"
)
_DEMONYM_LIST_HEAD_RE = re.compile(
    r"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)[A-Z][\w-]+)*\s+(\w+)(?:\s+(\w+))?"
)
# "Saudi Arabia's foreign ministers", "Egypt's and Qatar's leaders": possessives before a
# plural office
_POSSESSIVE_LIST_HEAD_RE = re.compile(
    r"(?:['’]s?)?(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?)*\s+(\w+)(?:\s+(\w+))?"
)
_DELEGATE_ASIDE_RE = re.compile(r",\s+(?:also\s+)?\Z")
_POSSESSIVE_PRONOUNS = frozenset("his her its their".split())
# Speech verbs whose next word is whom they address: "told Putin to stop".
_OBJECT_SPEECH_VERBS = frozenset({"told", "tells"})
HONORIFICS = frozenset("dr mr mrs ms prof sheikh prince princess".split())
# A leader's office speaks in the leader's name: "Macron's office said he had ...".
_OWN_OFFICE = ("office",)
_DETERMINERS = frozenset("the a an its their his her our s".split())
_SENTENCE_OPENERS = frozenset(
    "the a an in on at but and speaking since despite after before while as it this that "
    "meanwhile however also yet still".split()
)


@dataclass
class Actor:
    start: int
    end: int
    first_word: int
    last_word: int
    country: str | None = None
    person: PersonEntry | None = None
    office_kind: str | None = None
    institution: bool = False
    bloc: object = None
    # first, third, latter, country, title, its_title, joint, document, answer
    pronoun: str | None = None
    possessive: bool = False
    demonym_only: bool = False
    unknown_name: str | None = None
    commentator: bool = False
    subject_like: bool = True
    # "His spokesman", "her spokesperson": of the person "his" or "her" means.
    principal: bool = False


@dataclass
class Speaker:
    """A resolved source or actor: the country it speaks for and who, if anyone, spoke."""

    country: str | None = None
    person: PersonEntry | None = None
    person_name: str | None = None
    office_kind: str | None = None
    office_title: str | None = None
    office_key: object = None
    bloc: BlocEntry | None = None
    commentator: bool = False
    first_person: bool = False
    # The signatories a joint statement speaks for ("The leaders reaffirmed ...").
    joint: tuple[Speaker, ...] = ()

    @classmethod
    def in_office(cls, person: PersonEntry, term: TermEntry) -> Speaker:
        """The person speaking in the office `term` of theirs gives them."""
        return cls(
            country=term.country_iso3,
            person=person,
            office_kind=term.office_kind,
            office_title=term.office_title,
            office_key=term.office_key,
        )

    @property
    def key(self):
        if self.person is not None:
            return ("person", self.person.key)
        if self.person_name:
            return ("name", self.person_name)
        return ("country", self.country) if self.country else None


@dataclass
class SpeechEvent:
    verb_start: int
    actor: Actor
    inverted: bool = False  # "said Hun Sen", "according to X": subject after the verb


@dataclass
class SentenceInfo:
    sentence: Sentence
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    speech: list[SpeechEvent] = field(default_factory=list)
    # From the first pass over the words: where cues may start (cue number -> word starts),
    # which words may be speech verbs, whether a date may be written here.
    cue_hits: dict[int, list[int]] = field(default_factory=dict)
    speech_words: list[int] = field(default_factory=list)
    may_date: bool = False
    cue_matches: list | None = None
    conflicts: list | None = None


@dataclass(frozen=True)
class Role:
    """What an unknown person's description says about them."""

    commentator: bool
    office_kind: str | None
    country: str | None
    # A state body the article named and then called by its acronym ("the PCG"): the country
    # speaks through it, with no person named.
    institution: bool = False


# Words a ministry's portfolio runs to at most ("Foreign Affairs and International Trade").
_LONGEST_PORTFOLIO = 5


def _next_word(words, index: int, limit: int):
    return words[index] if index < limit else None


def _country_after_of(words, mentions, following: int, cursor: int, limit: int):
    """The country mention right after an "of" at word `cursor` ("the representative of
    India", "the government of Egypt", "of the State of Palestine", "the Government of the
    Republic of Rwanda"), if the next mention is one."""
    word = _next_word(words, cursor, limit)
    if word is None or word.lower not in ("of", "from") or following >= len(mentions):
        return None  # also "the ambassador from Japan", "a delegate from Brazil"
    after = mentions[following]
    portfolio_end = _portfolio_end(words, cursor + 1, limit)
    if portfolio_end is not None and after.first_word > portfolio_end:
        # "the Ministry of Foreign Affairs of Ukraine": past the portfolio to the country.
        cursor = portfolio_end
    starts = cursor + 1
    article = _next_word(words, starts, limit)
    if article is not None and article.lower == "the":
        starts += 1
    if (
        after.kind == "country_anaphor"
        and after.first_word in (cursor + 1, starts)
        and words[after.last_word - 1].lower == "republic"
    ):
        # "of the Republic of Rwanda": the state's formal name, past "the Republic".
        return _country_after_of(words, mentions, following + 1, after.last_word, limit)
    return after if after.kind == "country" and after.first_word == starts else None


def _portfolio_end(words, index: int, limit: int) -> int | None:
    """The index of the "of" closing a ministry's capitalised portfolio that starts at word
    `index` ("of Foreign Affairs of", "of National Defence of", "of Trade and Industry of"),
    if one does: the state's name follows that second "of"."""
    position = index
    while position < limit and position - index < _LONGEST_PORTFOLIO:
        text = words.texts[position]
        if position > index and text.lower() == "of":
            return position
        if not (text[:1].isupper() or (position > index and text.lower() == "and")):
            return None
        position += 1
    return None


def _person_at(text: str, mentions, following: int, index: int, country) -> int | None:
    """The position of the gazetteer's person named at word `index` in apposition to a title
    of `country` ("India's representative, Ruchira Kamboj, said"), if any. The name must be
    closed by a comma and the person have held an office of that country: in "According to
    the Ukrainian president, Scholz promised ..." Scholz is the clause's subject."""
    for position in range(following, len(mentions)):
        mention = mentions[position]
        if mention.first_word != index or mention.kind != "person":
            continue
        closed = text[mention.end : mention.end + 1] == ","
        ours = country is None or any(t.country_iso3 == country for t in mention.ref.terms)
        return position if closed and ours else None
    return None


# Before an institution, what makes it part of a group's title: "CARICOM Heads of Government".
_HEADS_OF_RE = re.compile(r"\b(?:heads|leaders)\s+of\s+(?:state\s+and\s+)?\Z", re.IGNORECASE)


def _actor_mentions(mentions: list[Mention], document: Document) -> list[Mention]:
    """The mentions that make actor phrases. A side's label part naming a government right
    after a country's possessive ("Yemen's internationally recognised government") is that
    country's government, an institution, while it stays the side where sides are looked for
    ("condemned the internationally recognised government")."""
    kept: list[Mention] = []
    for mention in mentions:
        if mention.kind == "institution" and _HEADS_OF_RE.search(
            document.text, max(0, mention.start - 30), mention.start
        ):
            continue  # "CARICOM Heads of Government": a group's leaders, not a government
        if mention.kind in _ACTOR_MENTION_KINDS:
            kept.append(mention)
        elif (
            mention.kind == "vague_side"
            and document.words.lowers[mention.last_word - 1] == "government"
            and kept
            and kept[-1].kind == "country"
            and document.text[kept[-1].end : mention.start] in ("'s ", "’s ")
        ):
            kept.append(replace(mention, kind="institution", ref=None))
    return kept


def build_actors(document: Document, info: SentenceInfo, rules: Rules) -> None:
    """Group the sentence's mentions into actor phrases and mark which can be subjects."""
    words, text = document.words, document.text
    sentence = info.sentence
    mentions = _actor_mentions(info.mentions, document)
    actors: list[Actor] = []
    position = 0
    while position < len(mentions):
        mention = mentions[position]
        if mention.kind == "bloc" and mention.last_word < sentence.last_word:
            if words.lowers[mention.last_word] in rules.bloc_member_nouns:
                position += 1
                continue
        actor = Actor(mention.start, mention.end, mention.first_word, mention.last_word)
        cursor = mention.last_word
        following = position + 1
        if mention.kind == "country":
            actor.country = mention.ref
            speaker_for = _SPEAKER_FOR_RE.search(
                text, max(sentence.start, mention.start - 20), mention.start
            )
            if speaker_for is not None:
                # "The speaker for the Russian Federation said": the country's delegate.
                actor.start = speaker_for.start()
                actor.first_word = bisect_left(words.starts, actor.start)
                actor.office_kind = VAGUE_OFFICE
            named = _capitals_before_bracket(document, mention, sentence, info.mentions)
            if named is None:
                named = _name_before_of(document, mention, sentence, info.mentions)
            if named is not None:
                # UN meetings coverage: "T.S. TIRUMURTI (India) said", "Rabab Fatima of
                # Bangladesh said": the delegate, by name.
                actor.start, actor.first_word = named[0].start, named[0].index
                name = text[named[0].start : named[-1].end]
                actor.unknown_name = name.title() if name.isupper() else name
            word = _next_word(words, cursor, sentence.last_word)
            if word is not None and word.lower == "s" and text[word.start - 1] in "'’":
                actor.possessive = True
                cursor += 1
            elif _plural_possessive(text, mention.end):
                actor.possessive = True  # "the Philippines’ provocations"
            titled = False
            modified = cursor
            while modified < sentence.last_word and words.lowers[modified] in rules.title_modifiers:
                modified += 1  # "Iran's Deputy Foreign Minister"
            if following < len(mentions) and mentions[following].first_word == modified:
                cursor = modified
            # "In Beijing, foreign ministry spokeswoman Hua Chunying": a comma ends the place.
            while following < len(mentions) and mentions[following].first_word == cursor:
                nxt = mentions[following]
                if "," in text[words.ends[cursor - 1] : nxt.start]:
                    break  # "In Beijing, foreign ministry spokeswoman ...": a comma ends it
                if nxt.kind == "title":
                    actor.office_kind = _office_of_title(text, nxt, actor.start)
                elif nxt.kind == "institution":
                    actor.institution = True
                elif nxt.kind == "person":
                    actor.person = nxt.ref
                else:
                    break
                titled = True
                cursor = nxt.last_word
                following += 1
                # "Minister Dr. S. Jaishankar": an honorific between a title and a name.
                honorific = cursor
                while honorific < sentence.last_word and words.lowers[honorific] in HONORIFICS:
                    honorific += 1
                if following < len(mentions) and mentions[following].first_word == honorific:
                    cursor = honorific
            if (
                not titled
                and mention.name_kind == "demonym"
                and cursor + 1 < sentence.last_word
                and words.lowers[cursor] in rules.counterpart_heads
                and text[words.ends[cursor] : words.starts[cursor + 1]].strip() in ("", ",")
            ):
                # "his Jordanian counterpart (,) Ayman Safadi": one person, of that country.
                if following < len(mentions) and mentions[following].first_word == cursor + 1:
                    if mentions[following].kind == "person":
                        actor.person = mentions[following].ref
                        cursor = mentions[following].last_word
                        following += 1
                        titled = True
                elif not any(m.first_word == cursor + 1 for m in mentions):
                    name = _capitalised_run(words, cursor + 1, sentence.last_word, text)
                    if name:
                        actor.unknown_name = text[name[0].start : name[-1].end]
                        cursor = name[-1].index + 1
                        titled = True
            if titled:
                actor.possessive = False
                if actor.person is None and (actor.office_kind or not actor.institution):
                    # "China's U.N. Ambassador Zhang Jun", "Iran's foreign ministry spokesman
                    # Nasser Kanaani": a name the gazetteer does not hold; also after the
                    # posting ("India's Permanent Representative to the UN, Ruchira Kamboj").
                    cursor, following = _envoy_name(
                        document, actor, mentions, following, cursor, sentence.last_word
                    )
            elif (
                mention.name_kind == "demonym"
                and cursor < sentence.last_word
                and words.lowers[cursor] in rules.document_heads
            ):
                # "The Algerian statement reaffirmed ...": the country's own text speaks for it.
                actor.institution = True
                cursor += 1
            elif mention.name_kind == "demonym":
                actor.demonym_only = True
        elif mention.kind in ("title", "institution"):
            while following <= len(mentions):
                current = mentions[following - 1]
                if current.kind == "title":
                    actor.office_kind = _office_of_title(text, current, sentence.start)
                    if _THE_SECRETARY_RE.match(text, max(0, current.start - 4)):
                        # "the Secretary", in a State Department briefing: of State.
                        actor.office_kind = "foreign_minister"
                elif current.kind == "institution":
                    actor.institution = True
                cursor = current.last_word
                # "Foreign Minister Dr. Ahmed Awad bin Mubarak": an honorific before the name.
                honorific = cursor
                while honorific < sentence.last_word and words.lowers[honorific] in HONORIFICS:
                    honorific += 1
                if (
                    honorific > cursor
                    and following < len(mentions)
                    and mentions[following].first_word == honorific
                    and mentions[following].kind == "person"
                ):
                    cursor = honorific
                if following < len(mentions) and mentions[following].first_word == cursor:
                    if mentions[following].kind in ("title", "institution"):
                        following += 1
                        continue
                    if mentions[following].kind == "person":
                        actor.person = mentions[following].ref
                        cursor = mentions[following].last_word
                        following += 1
                break
            if actor.person is None:
                of = _country_after_of(words, mentions, following, cursor, sentence.last_word)
                if of is not None:
                    actor.country = of.ref
                    cursor = of.last_word
                    following = mentions.index(of, following) + 1
                    # "the representative of India, Ruchira Kamboj, said": their name;
                    # also after the posting ("of Algeria to the United Nations, Amar
                    # Bendjama").
                    cursor, following = _envoy_name(
                        document, actor, mentions, following, cursor, sentence.last_word
                    )
            owner = None
            if actor.person is None and actor.country is None:
                owner = _owner_before(text, words, sentence, mention, actors, rules)
                if owner is not None and owner.country:
                    # "Spain, whose government described the strikes as ...": the country's.
                    actor.country = owner.country
                    if actor.office_kind:
                        # "whose foreign minister, Jose Manuel Albares, said": their name.
                        cursor, following = _envoy_name(
                            document, actor, mentions, following, cursor, sentence.last_word
                        )
            international = None
            if actor.person is None and actor.country is None and cursor < sentence.last_word:
                # "President of the European Commission Ursula von der Leyen": an international
                # body's officer, no state's voice (as the UN's are).
                international = _INTERNATIONAL_OF_RE.match(text, words.starts[cursor])
                if international is not None:
                    cursor = bisect_left(words.starts, international.end(), cursor)
                    actor.commentator = True
            if actor.person is None and actor.country is None:
                # "Minister of Defence Ruben Brekelmans": the portfolio before the name.
                cursor = _past_portfolio(words, cursor, sentence.last_word, rules)
                name = _capitalised_run(words, cursor, sentence.last_word, text)
                if owner is not None:
                    # "His spokesman, Dmitry Peskov, said", "her spokesperson said": of the
                    # country of the person "his" or "her" means.
                    actor.principal = True
                    if name:
                        actor.unknown_name = text[name[0].start : name[-1].end]
                        cursor = name[-1].index + 1
                elif name:
                    actor.unknown_name = text[name[0].start : name[-1].end]
                    cursor = name[-1].index + 1
                    # "the UN Special Envoy, Hans Grundberg": a UN official, no country's.
                    actor.commentator = _un_before(text, mention.start) or bool(international)
                    # "Prime Minister Pham Minh Chinh of Viet Nam": the name's country after it.
                    if cursor < sentence.last_word and words.lowers[cursor] == "of":
                        after = [m for m in mentions[following:] if m.first_word == cursor + 1]
                        country = next((m for m in after if m.kind == "country"), None)
                        if country is not None:
                            actor.country = country.ref
                            cursor = country.last_word
                            following = mentions.index(country) + 1
                elif mention.first_word > 0 and words.lowers[mention.first_word - 1] in (
                    "its",
                    "their",
                ):
                    actor.pronoun = "its_title"  # "Its envoy": the country just spoken of
                elif _un_before(text, mention.start):
                    actor.commentator = True  # "The UN envoy, Staffan de Mistura": no country's
                elif not actor.institution and (
                    anonymous := _anonymous(text, sentence, actor, words.ends[cursor - 1], rules)
                ):
                    # "a Western diplomat", "a senior envoy who asked not to be named": no
                    # country's voice, but whom "the diplomat" and "he" mean next.
                    actor.commentator, actor.unknown_name = True, anonymous
                elif not actor.institution:
                    actor.pronoun = "title"
        elif mention.kind == "person":
            actor.person = mention.ref
            of = _country_after_of(words, mentions, following, cursor, sentence.last_word)
            if (
                of is not None
                and text.startswith((" of ", " from "), mention.end)
                and _SPEAKER_AFTER_OF_RE.match(text, of.end)
            ):
                # "Asim Iftikhar Ahmad of Pakistan said": the delegate speaks for the country
                # named, whatever office the gazetteer holds them in on the day.
                actor.country = of.ref
                cursor = of.last_word
                following = mentions.index(of, following) + 1
            elif following < len(mentions) and _bracketed_country(
                text, mention, mentions[following]
            ):
                # "Asim Iftikhar Ahmad (Pakistan) said", as UN meetings coverage names delegates.
                actor.country = mentions[following].ref
                cursor = mentions[following].last_word
                following += 1
            word = _next_word(words, cursor, sentence.last_word)
            if word is not None and word.lower == "s" and text[word.start - 1] in "'’":
                actor.possessive = True  # "Netanyahu's government": not Netanyahu himself
                after = _next_word(words, cursor + 1, sentence.last_word)
                if after is not None and after.lower in _OWN_OFFICE:
                    actor.possessive = False  # "Erdogan's office said": his readout
                    cursor += 2
        elif mention.kind == "bloc":
            actor.bloc = mention.ref
        elif mention.kind == "country_anaphor":
            of = _country_after_of(words, mentions, following, cursor, sentence.last_word)
            if of is not None:
                # "the government of DR Congo", "the ministry of Egypt": that country's.
                actor.country, actor.institution = of.ref, True
                cursor = of.last_word
                following = mentions.index(of, following) + 1
            else:
                actor.pronoun = "country"
        elif mention.kind == "latter":
            actor.pronoun = "latter"
        elif mention.kind in ("joint", "document", "host"):
            actor.pronoun = mention.kind
        actor.last_word = cursor
        actor.end = words.ends[cursor - 1]
        former_office = actor.unknown_name or (actor.office_kind and actor.person is None)
        if former_office and _FORMER_BEFORE_RE.search(text, max(0, actor.start - 12), actor.start):
            # "A former U.S. ambassador to Ukraine, William Taylor", "a former Indian diplomat"
            actor.commentator = True
        actors.append(actor)
        position = following
    if "," in text[sentence.start : sentence.end]:
        actors = _name_appositions(document, sentence, actors, mentions, rules)
    lowers = words.lowers
    pronouns = rules.pronoun_words
    for index in range(sentence.first_word, sentence.last_word):
        lower = lowers[index]
        if lower not in pronouns:
            continue
        if lower in rules.first_person and words.texts[index] != "US":
            kind = "first"
        elif lower in rules.third_person:
            kind = "third"
        elif lower in rules.plural_person and opens_clause(text, words, sentence, index):
            kind = "plural"  # "They urged ...", "On Taiwan, they urged ..." (cheap, and enough)
        elif lower in rules.neuter_person and (
            index == sentence.first_word or _after_quote(text, words.starts[index])
        ):
            following = lowers[index + 1] if index + 1 < sentence.last_word else ""
            if not following.isalpha():
                continue
            if following in rules.dummy_it_verbs and not _position_follows(info, words, index + 2):
                continue
            if following in _COPULAS and index + 2 < sentence.last_word:
                if lowers[index + 2] in _PREDICATE_DETERMINERS:
                    continue  # "It's their internal affair", "It is a matter for ...": nobody
            kind = "neuter"  # "It accused Azerbaijan of ...": the ministry just named
        else:
            continue
        start, end = words.starts[index], words.ends[index]
        actors.append(Actor(start, end, index, index + 1, pronoun=kind))
    actors.sort(key=lambda a: a.start)
    for actor in actors:
        actor.subject_like = _subject_like(document, sentence, actor, rules)
    info.actors = actors


# A role set off by commas around a person's name, or a name around a role: "Australia's envoy,
# Ambassador HK Yu, called ...", "Ibrahim Khraishi, Permanent Representative of the State of
# Palestine, called ...". The role's own words (lower-case, a title, "of the") run up to a comma;
# after a preposition a place or a portfolio may be capitalised ("envoy for the Middle East").
_ROLE_WORD_RE = re.compile(r"[a-z][\w'’-]*")
_ROLE_PREPOSITIONS = frozenset(("of", "for", "in", "to", "at"))
_APPOSITION_CLOSE_RE = re.compile(r"\s*,\s")
_LONGEST_ROLE = 8


def _role_reach(document, sentence, index: int, titled, rules, step: int) -> int | None:
    """From the word next to a role's country, the index of the role's last (step 1) or first
    (step -1) word: lower-case words and titles up to a comma; None where a name, a number
    or a quotation breaks in first."""
    words, text = document.words, document.text
    edge, placed = index - step, False
    for _ in range(_LONGEST_ROLE):
        if not sentence.first_word <= index < sentence.last_word:
            return None
        # The gap on the role's side of this word: a comma there ends the role.
        near, far = (edge, index) if step == 1 else (index, edge)
        gap = text[words.ends[near] : words.starts[far]]
        if "," in gap:
            return edge
        word = words.texts[index]
        if any(c in gap for c in '"“”(') or not (
            index in titled
            or _ROLE_WORD_RE.fullmatch(word)
            or words.lowers[index] in rules.title_modifiers
            or (placed and _CAPITALISED_RE.fullmatch(word))
        ):
            return None
        placed = placed or (step == 1 and words.lowers[index] in _ROLE_PREPOSITIONS)
        edge, index = index, index + step
    return None


def _name_appositions(document, sentence, actors: list[Actor], mentions, rules) -> list[Actor]:
    """Give a country's role the personal name set off by commas beside it, as one actor: the
    role before the name ("Brazil's chief foreign policy adviser, Celso Amorim, said", "The
    head of the Ethiopian government delegation, Redwan Hussien, said", "Australia's envoy,
    Ambassador HK Yu, called ...") or after a name opening the sentence ("Ibrahim Khraishi,
    Permanent Representative of the State of Palestine, called ..."). The gazetteer may hold no
    one of that name: the text says who spoke and for whom. Actors inside the role (a posting,
    "in Manila"; the title, "envoy") go with it."""
    words, text = document.words, document.text
    covered = {i for m in mentions for i in range(m.first_word, m.last_word)}
    titled = {i for m in mentions if m.kind in ("title", "institution")
              for i in range(m.first_word, m.last_word)}  # fmt: skip
    spans = []
    for actor in actors:
        if actor.country is None or actor.person or actor.unknown_name or actor.commentator:
            continue
        if actor.pronoun or actor.bloc or any(a <= actor.start < b for a, b in spans):
            continue
        first = _role_reach(document, sentence, actor.first_word - 1, titled, rules, -1)
        last = _role_reach(document, sentence, actor.last_word, titled, rules, 1)
        if last is None and _APPOSITION_CLOSE_RE.match(text, actor.end):
            last = actor.last_word - 1
        # A role, not a country's bare name ("India, Reuven Azar" is a posting, "the Russian
        # Federation, Vladimir Putin" a list): an office, a body, or a possessive or demonym
        # with role words ("Brazil's chief foreign policy adviser").
        worded = last is not None and (last >= actor.last_word or (
            first is not None and first < actor.first_word
        ))  # fmt: skip
        if not (actor.office_kind or actor.institution) and not (
            worded and (actor.possessive or actor.demonym_only)
        ):
            continue
        if last is None:
            continue
        # The role after a name opening the sentence: "Ibrahim Khraishi, Permanent ...,".
        if first is not None and first > sentence.first_word:
            run = []
            index = first - 1
            if "," in text[words.ends[index] : words.starts[first]]:
                while index >= sentence.first_word and len(run) < 5:
                    word = words[index]
                    if index in covered or not (
                        _CAPITALISED_RE.fullmatch(word.text)
                        or (run and word.lower in _NAME_PARTICLES)
                    ):
                        break
                    run.insert(0, word)
                    index -= 1
            if 2 <= len(run) <= 4 and run[0].index == sentence.first_word:
                if run[0].lower not in _SENTENCE_OPENERS and run[0].text not in _NAME_PARTICLES:
                    actor.unknown_name = text[run[0].start : run[-1].end]
                    actor.start, actor.first_word = run[0].start, run[0].index
                    actor.end, actor.last_word = words.ends[last], last + 1
                    actor.possessive = actor.institution = actor.demonym_only = False
                    spans.append((actor.start, actor.end))
                    continue
        # The name after a role: "Australia's envoy, Ambassador HK Yu,".
        start = last + 1
        if start >= sentence.last_word:
            continue
        nxt = next((a for a in actors if a.first_word == start and a is not actor), None)
        if nxt is not None:
            if nxt.country or nxt.pronoun or nxt.bloc or nxt.commentator:
                continue
            if not (nxt.person or nxt.unknown_name):
                continue
            if not _APPOSITION_CLOSE_RE.match(text, nxt.end):
                continue
            actor.person, actor.unknown_name = nxt.person, nxt.unknown_name
            actor.office_kind = actor.office_kind or nxt.office_kind
            actor.end, actor.last_word = nxt.end, nxt.last_word
        else:
            run = _capitalised_run(words, start, sentence.last_word, text)
            if not run or any(w.index in covered for w in run):
                continue
            if not _APPOSITION_CLOSE_RE.match(text, run[-1].end):
                continue
            actor.unknown_name = text[run[0].start : run[-1].end]
            actor.end, actor.last_word = run[-1].end, run[-1].index + 1
        actor.possessive = actor.institution = actor.demonym_only = False
        spans.append((actor.start, actor.end))
    if not spans:
        return actors
    # What the merged actors now cover goes with them: the posting, the title, the name.
    return [
        a
        for a in actors
        if not any(start <= a.start and a.end <= end for start, end in spans)
        or any(a.start == start and a.end == end for start, end in spans)
    ]


# "It is", "It's" ("s" after the apostrophe) and "It was" before a noun phrase ("It's an
# internal matter") describe the situation: "it" names no one.
_COPULAS = frozenset(("is", "s", "was"))
_PREDICATE_DETERMINERS = frozenset("a an the their our my your this that".split())


def _position_follows(info: SentenceInfo, words, index: int) -> bool:
    """Whether "It has", "It remained" go on to a position or a speech verb ("It remained
    firmly supportive of Kyiv", "It has repeatedly called for ..."), unlike "It remained
    unclear" or "It has been a year", where "it" names nobody."""
    lowers = words.lowers
    while index < info.sentence.last_word and (
        lowers[index] in _IT_ADVERBS or lowers[index].endswith("ly")
    ):
        index += 1
    if index >= info.sentence.last_word:
        return False
    start = words.starts[index]
    return index in info.speech_words or any(start in hits for hits in info.cue_hits.values())


def _office_of_title(text: str, title: Mention, opening: int) -> str | None:
    """The office kind a title names; a deputy's ("Kenya's deputy foreign minister", "Deputy
    Foreign Minister X") is a loose one, as "the minister" is: the principal's holder is
    someone else."""
    before = text[max(opening, title.start - 30) : title.start]
    if _DEPUTY_RE.search(before) or _DEPUTY_TITLE_RE.match(text, title.start):
        return VAGUE_OFFICE
    return title.ref


# A relative "whose" on a country before its state body: "Spain, whose government ...".
_WHOSE_GAP_RE = re.compile(r",\s+whose\s+", re.IGNORECASE)


def _owner_before(text, words, sentence, mention, actors, rules) -> Actor | None:
    """Whose office or body a title or institution names: the country right before ", whose"
    ("Spain, whose foreign minister ..."), or, after "his" or "her" ("His spokesman", "her
    chief spokesperson"), a person to resolve (an Actor with no country). Else None."""
    index = mention.first_word - 1
    while index > sentence.first_word and words.lowers[index] in rules.title_modifiers:
        index -= 1  # "his chief spokesman", "whose deputy foreign minister"
    if index < sentence.first_word:
        return None
    lower = words.lowers[index]
    if lower in ("his", "her"):
        return Actor(words.starts[index], words.ends[index], index, index + 1, pronoun="third")
    if lower == "whose" and actors and actors[-1].country and not actors[-1].possessive:
        if _WHOSE_GAP_RE.fullmatch(text, actors[-1].end, words.starts[index + 1]):
            return actors[-1]
    return None


def _anonymous(text: str, sentence: Sentence, actor: Actor, end: int, rules: Rules) -> str | None:
    """How the article describes a title with no country or name that is an anonymous source
    ("a senior Western diplomat"): a loose title after an indefinite article or a region's
    adjective ("one envoy", "the Western diplomat"), or any title followed by a request for
    anonymity ("the spokesman, who asked not to be named"). None for any other title."""
    before = max(sentence.start, actor.start - 60)
    described = rules.anonymous_before.search(text, before, actor.start)
    start = described.start() if described is not None else actor.start
    if rules.anonymous_after.match(text, end):
        return text[start:end]
    if actor.office_kind != VAGUE_OFFICE or described is None:
        return None
    return text[start:end]


# An international body after a title: "President of the European Commission", "Secretary-
# General of the Arab League", "Chairperson of the African Union Commission".
_INTERNATIONAL_OF_RE = re.compile(
    r"of\s+the\s+(?:European\s+(?:Commission|Council|Parliament|Union)|African\s+Union"
    r"(?:\s+Commission)?|United\s+Nations(?:\s+General\s+Assembly|\s+Security\s+Council)?"
    r"|UN|U\.N\.|Arab\s+League|League\s+of\s+Arab\s+States|Gulf\s+Cooperation\s+Council"
    r"|Organi[sz]ation\s+of\s+Islamic\s+Cooperation|North\s+Atlantic\s+Treaty\s+Organi[sz]ation"
    r"|International\s+Committee\s+of\s+the\s+Red\s+Cross|World\s+Bank)\b"
)


def _un_before(text: str, start: int) -> bool:
    """Whether "UN", "U.N." or "United Nations" comes right before a title: "The UN envoy"."""
    before = max(0, start - 16)
    return "U" in text[before:start] and _UN_BEFORE_RE.search(text, before, start) is not None


def _after_quote(text: str, start: int) -> bool:
    """Whether a word follows a quotation and its comma: '"...," it said'."""
    return text[start - 2 : start - 1] in ("\u201d", '"', "’")


def opens_clause(text: str, words, sentence: Sentence, index: int) -> bool:
    """Whether the word at `index` opens its sentence, or its main clause after a short
    fronted phrase and a comma ("On Taiwan, they ...", "In a rare move, they ...")."""
    if index == sentence.first_word:
        return True
    if index - sentence.first_word > _FRONTED_WORDS:
        return False
    return text[words.ends[index - 1] : words.starts[index]].strip() == ","


def _plural_possessive(text: str, end: int) -> bool:
    """Whether a name ending in "s" is followed by a bare apostrophe: "the Philippines' claims"."""
    after = text[end + 1 : end + 2]
    return text[end - 1 : end] in "sS" and text[end : end + 1] in "'’" and not after.isalnum()


def _bracketed_country(text: str, name, country) -> bool:
    """Whether a country mention stands in brackets right after a name: "X (Japan)"."""
    return (
        country.kind == "country"
        and text[name.end : country.start] == " ("
        and text[country.end : country.end + 1] == ")"
    )


def _capitals_before_bracket(document, mention, sentence, mentions=()) -> list | None:
    """The personal name right before a country in brackets, in capitals as UN records write
    it ("FERIT HOXHA (Albania)", "T.S. TIRUMURTI (India)") or as UN meetings coverage does
    ("Kazuyuki Yamazaki (Japan)", "Nicolas de Rivière (France)"): two to four words no other
    name covers, none a body's or an office's."""
    text, words = document.text, document.words
    if (
        text[mention.start - 2 : mention.start] != " ("
        or text[mention.end : mention.end + 1] != ")"
    ):
        return None
    run = []
    index = mention.first_word - 1
    capitals = index >= sentence.first_word and words.texts[index].isupper()
    while index >= sentence.first_word and len(run) < 6:
        word = words.texts[index]
        if capitals:
            if not word.isupper():
                break
        elif word.lower() in _NOT_PERSON_WORDS or any(
            m.first_word <= index < m.last_word for m in mentions
        ):
            return None  # "the Ministry (Egypt)", a known name: no unknown delegate
        elif not (_CAPITALISED_RE.fullmatch(word) or (run and word in _NAME_PARTICLES)):
            break
        run.insert(0, words[index])
        index -= 1
    if len(run) < 2 or run[-1].end != mention.start - 2:
        return None
    if not capitals and (len(run) > 4 or run[0].text in _NAME_PARTICLES):
        return None
    if index >= sentence.first_word and words.texts[index][:1].isupper():
        return None  # "the UN (United Nations)": part of a longer capitalised phrase
    if run[0].index == sentence.first_word and run[0].lower in _SENTENCE_OPENERS:
        return None
    return run


# Capitalised words before "of" and a country that name a body or a place, not a person: "the
# Central Bank of Egypt said", "the Islamic Republic of Iran said", "the Gulf of Oman".
_NOT_PERSON_WORDS = frozenset(
    "bank university ministry council office court institute people republic government state "
    "states kingdom union emirate emirates embassy mission parliament assembly army forces "
    "navy gulf sea bay coast islands island federation commonwealth sultanate principality "
    "president minister ambassador prime foreign secretary representative envoy king queen "
    "prince crown chief head delegation spokesman spokesperson party front judge judges "
    "justice professor dr".split()
)
# What follows a speaker's "Name of Country": a speech verb, or a comma opening an aside.
_SPEAKER_AFTER_OF_RE = re.compile(
    r"\s*(?:,|(?:also\s+|then\s+)?(?:said|says|told|stressed|noted|urged|added|called"
    r"|warned|expressed|emphasized|emphasised|underlined|insisted|argued)\b)"
)


def _name_before_of(document, mention, sentence, mentions) -> list | None:
    """The personal name right before "of" and a country a speaker is then named by ("Rabab
    Fatima of Bangladesh said", "T.S. Tirumurti of India, ..."), as UN meetings coverage names
    delegates: two to four capitalised words no other name covers."""
    text, words = document.text, document.words
    of = mention.first_word - 1
    if of - 2 < sentence.first_word or words.lowers[of] != "of":
        return None
    if not _SPEAKER_AFTER_OF_RE.match(text, mention.end):
        return None
    run = []
    index = of - 1
    while index >= sentence.first_word and len(run) < 5:
        word = words[index]
        if word.lower in _NOT_PERSON_WORDS:
            return None  # "Judges Xue Hanqin of China": a judge, no country's voice
        if not _CAPITALISED_RE.fullmatch(word.text):
            break
        if any(m.first_word <= index < m.last_word for m in mentions):
            return None
        run.insert(0, word)
        index -= 1
    if not 2 <= len(run) <= 4 or text[run[-1].end : words.starts[of]].strip():
        return None  # "the Presidents of Russia, Vladimir Putin, of France, ...": a list
    if index >= sentence.first_word and words.texts[index][:1].isupper():
        return None  # part of a longer capitalised phrase
    if run[0].index == sentence.first_word and run[0].lower in _SENTENCE_OPENERS:
        return None
    return run


def _envoy_name(document, actor, mentions, following: int, cursor: int, last_word: int):
    """Read the name an envoy's title or posting leads to ("Algeria's representative, Amar
    Bendjama", "of Algeria to the United Nations, Amar Bendjama"): a person the gazetteer holds,
    or else the capitalised run as an unknown name. Returns the cursor and next mention."""
    text, words = document.text, document.words
    cursor = _past_posting(document, cursor, last_word)
    cursor, following = _past_named_posting(document, mentions, following, cursor, last_word)
    named = _person_at(text, mentions, following, cursor, actor.country)
    name = _capitalised_run(words, cursor, last_word, text)
    if named is not None:
        actor.person = mentions[named].ref
        return mentions[named].last_word, named + 1
    if name and not any(m.first_word == cursor for m in mentions):
        actor.unknown_name = text[name[0].start : name[-1].end]
        cursor = name[-1].index + 1
    return cursor, following


# Words of a minister's portfolio after "of" or "for", besides the title modifiers ("Minister of
# Defence", "Minister for Foreign Affairs and Trade", "Minister of the Interior").
_PORTFOLIO_WORDS = frozenset(
    "affairs and foreign national security state interior home cooperation trade industry "
    "agriculture armed forces veterans".split()
)


def _past_portfolio(words, index: int, limit: int, rules: Rules) -> int:
    """The word after a portfolio that runs into a capitalised name ("of Defence Ruben
    Brekelmans"), else `index`."""
    if index >= limit or words.lowers[index] not in ("of", "for"):
        return index
    after = index + 1
    if after < limit and words.lowers[after] == "the":
        after += 1
    start = after
    while after < limit and (
        words.lowers[after] in rules.title_modifiers or words.lowers[after] in _PORTFOLIO_WORDS
    ):
        if not words.texts[after][:1].isupper() and words.lowers[after] != "and":
            return index
        after += 1
    if after == start or after >= limit or not words.texts[after][:1].isupper():
        return index
    if words.lowers[after - 1] == "and":
        return index
    return after


def _past_posting(document, index: int, limit: int) -> int:
    """The word after an envoy's posting and its comma ("to the UN,"), else `index`."""
    words = document.words
    if index >= limit:
        return index
    posting = _POSTING_RE.match(document.text, words[index].start)
    if posting is None:
        return index
    after = bisect_left(words.starts, posting.end(), index, limit)
    return after if after < limit else index


def _past_named_posting(document, mentions, following: int, index: int, limit: int):
    """The word after a posting to a named country that runs straight into the envoy's name,
    with no comma ("Ambassador to the Philippines Kazuhiko Koshikawa"), and the mention after
    the place; else `index` and `following` unchanged. The country's mention says where the
    place ends and the name begins."""
    words = document.words
    if index >= limit or words.lowers[index] not in ("to", "in"):
        return index, following
    start = index + 1
    if start < limit and words.lowers[start] == "the":
        start += 1
    later = range(following, len(mentions))
    place = next((p for p in later if mentions[p].first_word >= start), None)
    if place is None or mentions[place].first_word != start or mentions[place].kind != "country":
        return index, following
    after = mentions[place].last_word
    if any(m.first_word == after for m in mentions):
        return index, following  # "ambassador to China Wang Yi met": no envoy's name
    if not _capitalised_run(words, after, limit, document.text):
        return index, following
    return after, place + 1


def _capitalised_run(words, index: int, limit: int, text: str = "") -> list:
    run = []
    while index < limit and len(run) < 5:
        word = words[index]
        # "Tien Chung-kwang": a hyphen joins a given name's lower-case half.
        joined = (
            run
            and words.starts[index] == run[-1].end + 1
            and word.text.islower()
            and text[run[-1].end : run[-1].end + 1] == "-"
        )
        # "Basim al-Awadi", "Mohammed bin Salman", "Luiz Inacio Lula da Silva": a particle
        # between capitalised names.
        following = index + 1
        while following < limit and words.lowers[following] in _NAME_PARTICLES:
            following += 1  # "Ursula von der Leyen": particles in a row
        particle = (
            run
            and word.lower in _NAME_PARTICLES
            and following < limit
            and words.texts[following][:1].isupper()
        )
        if not (_CAPITALISED_RE.fullmatch(word.text) or joined or particle):
            break
        if run and text and _NAME_BREAK_RE.search(text, run[-1].end, word.start):
            break  # "said Kazuhiko Koshikawa, Japan's ambassador": a comma ends the name
        run.append(word)
        index += 1
    return run if len(run) >= 2 else []


# A name in apposition to a counterpart who is a verb's object: "phoned his Iranian counterpart,
# Abbas Araghchi, to stress ...", "held a call with her Iranian counterpart Hossein
# Amir-Abdollahian and urged ...", "met Chinese counterpart Wang Yi and called for ..." (not
# "... and his Jordanian counterpart, Ayman Safadi, said").
_OBJECT_COUNTERPART_RE = re.compile(
    r"\b([a-z]+)\s+(?:(?:his|her|its|their|the)\s+)?(?:[A-Z][\w-]*\s+)?counterparts?\s*,?\s*\Z"
)


# A state's formal title right before its name: "the State of", "the Islamic Republic of",
# "the Hashemite Kingdom of" (capitalised: "the state of the economy" is none).
FORMAL_TITLE_RE = re.compile(
    r"\s(?:[A-Z][\w'’-]+\s+){0,3}?(?:State|Republic|Kingdom|Sultanate|Emirate|Principality|"
    r"Federation|Union|Commonwealth|Grand\s+Duchy)\s+of\s+(?:the\s+)?\Z"
)


def _subject_like(document: Document, sentence: Sentence, actor: Actor, rules: Rules) -> bool:
    """Whether the actor can be a clause's subject: not possessive, not after a preposition
    or an object-taking verb, looking back over up to two lower-case words ("with senior
    Indian officials")."""
    words, text = document.words, document.text
    if actor.demonym_only and not actor.possessive:
        # "The Egyptian and Qatari foreign ministers called for ...": demonyms listed before a
        # plural office are its countries; a demonym alone names no actor.
        # "Qatari counterpart", "Egyptian and Qatari foreign ministers": the office is the
        # word after the demonyms or the one after that
        head = _DEMONYM_LIST_HEAD_RE.match(text, actor.end)
        if not _names_office(head, rules.collective_heads | rules.counterpart_heads):
            return False
    elif actor.possessive:
        # "Egypt, Qatar and Saudi Arabia's foreign ministers called for ...": the possessive
        # closes a list of countries whose plural office acts; one office is the possessor's.
        if not _names_office(
            _POSSESSIVE_LIST_HEAD_RE.match(text, actor.end), rules.collective_heads
        ):
            return False
    elif actor.demonym_only:
        return False
    apposed = None
    if "counterpart" in text[max(0, actor.start - 16) : actor.start]:  # cheap to test
        apposed = _OBJECT_COUNTERPART_RE.search(text, max(0, actor.start - 80), actor.start)
    if apposed is not None and _counterpart_is_object(apposed.group(1), rules):
        return False  # "phoned his Iranian counterpart, Abbas Araghchi, to stress ...": the object
    index, skipped = actor.first_word - 1, 0
    title, before = None, text[max(0, actor.start - 60) : actor.start]
    # The title ends on "of " or "of the ": only then is the slow search (tried at each space)
    # worth it.
    if before.rstrip().endswith(("of", "the")):
        title = FORMAL_TITLE_RE.search(text, max(0, actor.start - 60), actor.start)
    if title is not None:
        # "the ministers of the Federative Republic of Brazil": read back from the title
        index = bisect_left(words.starts, title.start() + 1) - 1
    if _collective_head(document, sentence, index, rules):
        return True  # "the prime ministers of Australia, Canada and ...": they act
    while index >= sentence.first_word:
        lower = words.lowers[index]
        if lower == "for" and index > sentence.first_word:
            if words.lowers[index - 1] in _SPEAKS_FOR:
                # "A spokesperson for the Iranian foreign ministry ... condemned" is the subject;
                # "The representative of Brazil, also speaking for Argentina, called ..." names
                # the subject's companions (`companions_in_subject`)
                return not _DELEGATE_ASIDE_RE.search(text, 0, words.starts[index - 1])
        if (
            lower == "of"
            and index - 2 >= sentence.first_word
            and words.lowers[index - 2] == "on"
            and words.lowers[index - 1] == "behalf"
        ):
            # "(Speaking) on behalf of the Russian Federation, its representative said": the
            # country the delegate speaks for, as after "speaking for"; an aside after the
            # subject ("..., also speaking on behalf of Argentina,") names its companions.
            opening = index - 2
            if opening > sentence.first_word and words.lowers[opening - 1] == "speaking":
                opening -= 1
            return not _DELEGATE_ASIDE_RE.search(text, 0, words.starts[opening])
        if tuple(words.lowers[index - 2 : index + 1]) == ("as", "well", "as"):
            # "Brazil, Mexico as well as Chile called": coordinated as by "and"; after a comma
            # ("Brazil, as well as Chile, called") a companion of the subject
            return "," not in text[words.ends[index - 3] : words.starts[index - 2]]
        gap = text[words.ends[index] : words.starts[index + 1]]
        # Most gaps are one space: no punctuation to look for.
        punctuated = gap != " " and any(c in gap for c in ',;:“”"')
        if lower in rules.object_markers and not punctuated:
            # "At the meeting, the United States, France and ... called": the comma closes
            # the phrase the marker opened.
            return False
        if lower == "that" and index + 1 == actor.first_word:
            return True  # "told reporters that Iran supports ...": a clause of its own
        if lower in rules.reporting_verbs and lower not in _OBJECT_SPEECH_VERBS:
            if index + 1 == actor.first_word:
                return True  # "quoted ... as saying Turkey supported ...": the same
        if lower in HONORIFICS:
            index -= 1  # "with Minister Dr. S. Jaishankar": the title is no subject's start
            continue
        if lower in _POSSESSIVE_PRONOUNS and index > sentence.first_word:
            if words.lowers[index - 1] in ("and", "or"):
                return True  # "Egypt's foreign minister and his Jordanian counterpart"
            before = text[words.ends[index - 1] : words.starts[index]]
            if words.texts[index - 1].islower() and not any(c in before for c in ',;:“”"'):
                return False  # "hosting his Egyptian counterpart": the object of a verb
        if punctuated and _object_list_before(words, sentence, index, gap):
            return False  # "thanked the UN, Riyadh and Muscat and called ...": all objects
        if punctuated or not words.texts[index].islower() or lower in ("and", "or"):
            return True
        if skipped == 0 and _past_verb(lower):
            return False  # "recognised the State of Palestine and called for ...": an object
        if lower not in ("the", "a", "an"):
            skipped += 1
            if skipped > 2:
                return True
        index -= 1
    return True


def _counterpart_is_object(before: str, rules: Rules) -> bool:
    """Whether the lower-case word before "(his) counterpart" makes the counterpart an object:
    a verb or preposition ("met", "with"), not "and" joining a second subject, nor a speech
    verb whose subject comes after it ('..., said his Iranian counterpart X')."""
    if before in ("and", "or", "but", "his", "her", "its", "their", "the"):
        return False  # the pronoun opens the phrase: "On Monday, her Iranian counterpart said"
    return not (before in rules.reporting_verbs and before not in _OBJECT_SPEECH_VERBS)


def _object_list_before(words, sentence: Sentence, index: int, gap: str) -> bool:
    """Whether the word at `index`, before a comma, ends the first items of a list that a
    past-tense verb takes as its object ("thanked the UN, Riyadh and ..."); names and "the"
    only, so "In Tokyo, Japan ..." (a preposition before them) is no such list."""
    if gap.strip() != "," or words.texts[index].islower():
        return False
    for back in range(index, max(sentence.first_word, index - 6) - 1, -1):
        lower = words.lowers[back]
        if words.texts[back].islower() and lower != "the":
            return _past_verb(lower)
    return False


def _names_office(head: re.Match | None, offices: frozenset[str]) -> bool:
    """Whether one of the two words a list-head pattern caught is one of the offices."""
    return head is not None and bool({(word or "").lower() for word in head.group(1, 2)} & offices)


def _past_verb(lower: str) -> bool:
    """A lower-case word that reads as a past-tense verb ("recognised", "hosted")."""
    return len(lower) >= 6 and lower.endswith("ed")


def _collective_head(document: Document, sentence: Sentence, index: int, rules: Rules) -> bool:
    """Whether the word at `index` closes "the (foreign) ministers of" (or "from") or a
    group's examples ("delegations, including those of", "countries such as"), with no object
    marker before the phrase ("met the leaders of ...", "hosted envoys from ...", "attacks on
    countries such as ..." are objects)."""
    words, text = document.words, document.text
    head = _group_head(words, sentence, index, rules)
    if head is None:
        return False
    before = head - 1
    while before >= sentence.first_word and before >= head - 4:
        lower = words.lowers[before]
        if lower in rules.object_markers or _past_verb(lower):
            return False
        if lower == "the" or any(
            c in text[words.ends[before] : words.starts[before + 1]] for c in ",;:"
        ):
            return True
        # a capitalised word may be the group's own ("Arab states", "Several delegations"), so
        # the verb before it still decides: "met Arab states including Egypt ..." is an object
        before -= 1
    return True


def _group_head(words, sentence: Sentence, index: int, rules: Rules) -> int | None:
    """The index of the plural noun whose members are listed after the word at `index`."""
    lowers = words.lowers
    if lowers[index] == "the" and index - 1 >= sentence.first_word:
        index -= 1  # "Western countries, including the United States, ..."
    if index - 1 >= sentence.first_word and lowers[index] in ("of", "from"):
        if lowers[index - 1] in rules.collective_heads:
            return index - 1
    if index - 1 >= sentence.first_word and lowers[index] in ("by", "from"):
        if lowers[index - 1] in rules.document_heads:
            return index - 1
    ends = rules.example_marker_ends
    if ends is not None and lowers[index] not in ends:
        return None  # most words end no marker: the markers need not be tried one by one
    for marker in rules.example_markers:
        head = index - len(marker)
        if head >= sentence.first_word and tuple(lowers[head + 1 : index + 1]) == marker:
            if lowers[head] in rules.example_groups:
                return head
    return None


def find_speech(
    document: Document, info: SentenceInfo, rules: Rules, registry, verbs: list[int]
) -> None:
    """Find the sentence's speech verbs (outside quotes) and their subjects. `verbs` are the
    indices of its words that may be one: speech verbs and the first words of
    `source_after_phrases` ("according")."""
    words = document.words
    sentence = info.sentence
    by_last_word = {actor.last_word: actor for actor in info.actors}
    by_first_word = {actor.first_word: actor for actor in info.actors}
    # "States" in "United States" is a name, not a speech verb.
    named = {i for m in info.mentions for i in range(m.first_word, m.last_word)}
    for index in verbs:
        word = words[index]
        if index in named or document.quote_at(word.start) is not None:
            continue
        if word.lower in ("states", "state") and index > sentence.first_word:
            before = words[index - 1]
            if (
                before.text[:1].isupper()
                or before.lower in _STATE_MODIFIERS
                or before.lower.isdigit()
                or _NUMBER_WORD_RE.fullmatch(before.lower)
            ):
                continue  # "the Baltic states", "member states", "the ten states": a noun
        if (
            word.lower in _FINDING_VERBS
            and "that" not in words.lowers[index + 1 : min(index + 9, sentence.last_word)]
        ):
            continue  # "was determined to end the fighting": resolve, no finding reported
        if word.lower in rules.characterising_verbs and (
            index + 1 >= sentence.last_word or words.lowers[index + 1] in rules.verb_particles
        ):
            continue  # "called for talks" is a cue's verb, not who speaks
        if word.lower in rules.characterising_verbs and index > sentence.first_word:
            if words.lowers[index - 1] in _NOUN_BEFORE_CALL:
                continue  # "in a phone call Sunday": a noun
        if (
            word.lower == "saying"
            and index > sentence.first_word
            and words.lowers[index - 1] == "as"
        ):
            # "Choe Son Hui ... was quoted by Russian state media as saying ...": the subject of
            # the sentence, not the media quoting them.
            opener = next((a for a in info.actors if a.start < word.start), None)
            if (
                opener is not None
                and opener.subject_like
                and opener.first_word == sentence.first_word
            ):
                info.speech.append(SpeechEvent(word.start, opener))
            continue
        if word.lower.endswith("ing") and document.text[: word.start].rstrip().endswith(","):
            # "..., Penny Wong announced, saying ...": the participle's subject is the clause's.
            if info.speech:
                info.speech.append(SpeechEvent(word.start, info.speech[-1].actor))
            elif word.lower in rules.reporting_verbs:
                # "Blinken welcomed the announcement, saying ...": the sentence's subject.
                opener = next((a for a in info.actors if a.start < word.start), None)
                if opener is not None and opener.subject_like and not opener.pronoun:
                    if opens_sentence(document.words, sentence, opener):
                        info.speech.append(SpeechEvent(word.start, opener))
            continue
        phrase = _source_after_phrase(words, index, sentence.last_word, rules)
        if phrase is not None:
            # "according to X", "assurances from X that ...": the source named after.
            subject = _subject_after(document, info, index + len(phrase), by_first_word, registry)
            if subject:
                info.speech.append(SpeechEvent(word.start, subject, inverted=True))
            continue
        if word.lower not in rules.speech_verbs:
            continue  # "commitment" without "from": a noun
        subject = _subject_before(document, info, index, rules, by_last_word, registry)
        inverted = False
        # "..., said Hun Sen" names the speaker after the verb; "and said Israel had every
        # right" does not: there Israel is what is said.
        if subject is None and document.text[: word.start].rstrip().endswith(_INVERSION_MARKS):
            subject = _subject_after(document, info, index + 1, by_first_word, registry)
            if subject is not None and subject.possessive:
                subject = None  # "..., said Beijing's position was ...": what is said
            inverted = subject is not None
        if subject is not None:
            info.speech.append(SpeechEvent(word.start, subject, inverted))


def opens_sentence(words, sentence: Sentence, actor) -> bool:
    """Whether an actor opens its sentence, perhaps after a possessive ("His spokesman,
    Ibrahim Kalin, went further, writing ..."): the sentence's subject."""
    first = sentence.first_word
    if actor.first_word == first + 1:
        return words.lowers[first] in _POSSESSIVE_PRONOUNS
    return actor.first_word == first


def _source_after_phrase(words, index, last_word, rules) -> tuple[str, ...] | None:
    for phrase in rules.source_after_phrases:
        end = index + len(phrase)
        if end <= last_word and all(
            words.lowers[index + i] == part for i, part in enumerate(phrase)
        ):
            return phrase
    return None


def _subject_before(document, info, verb_index, rules, by_last_word, registry):
    words, text = document.words, document.text
    sentence = info.sentence
    index = verb_index - 1
    # Step back over "has", "also", "on Tuesday", but not over a comma: "..., said".
    while (
        index >= sentence.first_word
        and words.lowers[index] in rules.auxiliaries
        and "," not in text[words.ends[index] : words.starts[index + 1]]
    ):
        index -= 1
    if index < sentence.first_word:
        return None
    anonymous = _anonymous_subject(document, info, words.ends[index], rules)
    if anonymous is not None:
        return anonymous  # "A senior diplomat who asked not to be named said ..."
    if (
        words.lowers[index] == "and"
        and "," not in text[words.ends[index] : words.starts[index + 1]]
    ):
        # "Kamikawa congratulated Lai in a statement and expressed ...": the subject the
        # sentence opens on goes on.
        first = next((a for a in info.actors if a.start < words.starts[index]), None)
        if first is not None and first.subject_like and first.first_word == sentence.first_word:
            return first
        return None
    gap = text[words.ends[index] : words.starts[index + 1]]
    named = by_last_word.get(index + 1)
    if (
        "," in gap
        and named is not None
        and (named.unknown_name or named.person)
        and "," in text[named.start : named.end]
    ):
        return named  # "China's deputy ambassador, Geng Shuang, said": the whole phrase
    if "," in gap:
        return _subject_before_apposition(document, info, index, by_last_word, registry)
    if words.lowers[index] == "who" and index > sentence.first_word:
        # "Prabowo Subianto, who told him that ...": the name before the relative clause.
        if "," in text[words.ends[index - 1] : words.starts[index]]:
            return by_last_word.get(index)
    actor = by_last_word.get(index + 1)
    if any(c in gap for c in '”"'):
        return None
    if actor is not None and not actor.subject_like:
        # "Israel's ambassador to India wrote": India is the ambassador's posting (also "to
        # the Philippines said": the article before the place).
        before = actor.first_word - 1
        if before > sentence.first_word and words[before].lower == "the":
            before -= 1
        if before > sentence.first_word and words[before].lower in rules.object_markers:
            owner = by_last_word.get(before)
            if owner is None and words[before].lower in ("in", "at"):
                # "A representative of the Polisario Front in Nairobi said": the place is where
                # the representative sits, whose body the gazetteer may not hold.
                owner = _head_of_named_body(document, info, words[before].start)
            return owner or actor
    if actor is not None:
        return actor  # also after a full stop that ends a name: "Marcos Jr. said"
    if "." in gap:
        return None
    actor = _unknown_person_before(document, sentence, index, registry)
    if actor is not None and actor.unknown_name and registry.is_commentator(actor.unknown_name):
        actor.commentator = True  # "Critics say ...", "Analysts said ..." opening a sentence
    determined = index > sentence.first_word and words[index - 1].lower in _DETERMINERS
    noun = words[index].text
    # "Analysts said" opens a sentence capitalised: a role, not a name.
    opening_role = index == sentence.first_word and registry.is_commentator(noun)
    lowered = noun.islower() or opening_role
    if actor is None and noun.isalpha() and lowered and (determined or noun.endswith("s")):
        if words[index].lower not in _NOT_SPEAKERS:
            # "the agency said", "diplomats said": someone who is no country's voice.
            word = words[index]
            actor = Actor(word.start, word.end, index, index + 1, unknown_name=word.text)
            actor.commentator = True
    return actor


# "of the Polisario Front", "for the Sahrawi Red Crescent": a named body after its member.
_OF_NAMED_BODY_RE = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+"
)


def _head_of_named_body(document, info, end: int) -> Actor | None:
    """The person a named body follows up to `end`: "a representative" in "a representative
    of the Polisario Front in ..."."""
    for actor in reversed(info.actors):
        if actor.end > end or actor.start < info.sentence.start:
            continue
        found = _OF_NAMED_BODY_RE.match(document.text, actor.end, end)
        return actor if found is not None and found.end() == end else None
    return None


# A relative clause after a name that says what the person is ("who is Jordan's foreign
# minister", "who heads the ..."), not what they did ("who was in Kyiv on Sunday").
_ROLE_AFTER_WHO = frozenset("is serves heads leads chairs represents".split())


def _relative_act(words, index: int) -> bool:
    """Whether the description opening at `index` is a relative clause telling an act or a
    place ("who was in Kyiv on Sunday", "who visited Moscow"): it gives no country."""
    if words.lowers[index] not in ("who", "which"):
        return False
    return index + 1 >= len(words.lowers) or words.lowers[index + 1] not in _ROLE_AFTER_WHO


def _anonymous_subject(document, info, end: int, rules: Rules) -> Actor | None:
    """The actor a request for anonymity ending at `end` follows, with no comma before the
    verb: "A senior diplomat who asked not to be named said"."""
    if not document.text.endswith(("named", "identified", "anonymity"), 0, end):
        return None
    for actor in reversed(info.actors):
        if actor.end >= end:
            continue
        found = rules.anonymous_after.match(document.text, actor.end, end)
        return actor if found is not None and found.end() == end else None
    return None


def _subject_before_apposition(document, info, index, by_last_word, registry):
    """'Kin Phea, director of the ... Institute, observed': the name before the apposition."""
    words, text = document.words, document.text
    sentence = info.sentence
    lowest = max(sentence.first_word, index - 30)
    for before in range(index, lowest, -1):
        gap = text[words[before - 1].end : words[before].start]
        if any(c in gap for c in '”"'):
            return None
        if "," not in gap:
            continue
        actor = by_last_word.get(before)
        role_text = text[words[before].start : words[index].end]
        if actor is None:
            actor = _unknown_person_before(document, sentence, before - 1, registry)
        if actor is not None:
            # "Ayman Safadi, hosting his Egyptian counterpart, said": an act, not a role; and a
            # person whose country their own phrase gives keeps it.
            if not words.lowers[before].endswith("ing") and not _relative_act(words, before):
                role = registry.classify(role_text)
                # "Spain, the former colonial power, said": a country described, no commentator.
                state = not (actor.person or actor.unknown_name or actor.office_kind)
                # "Cambodian Prime Minister Hun Sen, himself a former military commander,
                # said": the office the phrase gives them is why they speak; the aside is
                # their past.
                titled = actor.office_kind and actor.country and actor.pronoun is None
                if actor.country is None or (role.commentator and not state and not titled):
                    registry.apply(actor, role)
            return actor
        # "Araghchi flew to Damascus and, after meeting Assad, told reporters": the subject of
        # the clause the "and" continues.
        if words.lowers[before - 1] == "and":
            first = next((a for a in info.actors if a.start < words[before - 1].start), None)
            if first is not None and first.subject_like and first.first_word == sentence.first_word:
                return first
        # "A former Indian diplomat, who asked not to be named, said": a description, no name.
        head = text[sentence.start : words[before - 1].end].rsplit(",", 1)[-1]
        if registry.is_commentator(head):
            word = words[before - 1]
            return Actor(word.start, word.end, before - 1, before, unknown_name=head.strip(),
                         commentator=True)  # fmt: skip
        return None
    return None


def register_appositions(document: Document, info: SentenceInfo, registry) -> None:
    """Remember a person the gazetteer lacks by the office of a country their apposition gives,
    wherever in the sentence they are named ("the talks were hosted by Ralph Gonsalves, the
    prime minister of St Vincent and the Grenadines"): "Gonsalves said" later is that country's
    prime minister speaking."""
    words, text = document.words, document.text
    sentence = info.sentence
    for actor in info.actors:
        if actor.country is None or actor.office_kind is None:
            continue
        if actor.person or actor.unknown_name or actor.commentator:
            continue  # a title that names its holder itself ("Prime Minister X")
        gap = _APPOSITION_GAP_RE.search(text, max(sentence.start, actor.start - 8), actor.start)
        if gap is None:
            continue
        index = bisect_left(words.starts, gap.start(), sentence.first_word) - 1
        if index <= sentence.first_word:
            continue
        person = _unknown_person_before(document, sentence, index, registry)
        if person is None or person.commentator or person.last_word - person.first_word < 2:
            continue  # "On Tuesday, the president of France": a full name only
        if any(a.start < person.end and person.start < a.end for a in info.actors):
            continue  # "in Manila, the president of ...": a place the gazetteer knows
        registry.apply(person, Role(False, actor.office_kind, actor.country))


# A capitalised name followed by its acronym in brackets: "the Philippine Coast Guard (PCG)".
_ACRONYM_DEFINITION_RE = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’.-]*))*\s+\(([A-Z]{2,6})\)"
)
# What every definition ends on: a text without it (most) is not scanned name by name.
_BRACKETED_ACRONYM_RE = re.compile(r"\s\([A-Z]{2,6}\)")


def register_acronyms(document: Document, registry, rules: Rules) -> list[str]:
    """Remember the acronyms of state bodies the article defines ("the Philippine Coast Guard
    (PCG)", "the Ministry of Foreign Affairs of Qatar (MOFA)"): "The PCG said" later is the
    Philippines speaking through a body, not a person with no country. Movements and armies a
    country's name starts ("Syrian Democratic Forces (SDF)") are no state bodies. Returns the
    acronyms of bodies every state has, defined with no country ("the Department of Foreign
    Affairs (DFA)"): whose they are, the article as a whole says."""
    countryless = []
    if "(" not in document.text or not _BRACKETED_ACRONYM_RE.search(document.text):
        return countryless
    for definition in _ACRONYM_DEFINITION_RE.finditer(document.text):
        name = definition.group(0)[: definition.start(1) - definition.start() - 1]
        if not rules.state_body.search(name):
            continue
        _kind, country = registry.office_of(name)
        if country is not None:
            registry.name_institution(definition.group(1), country)
        elif rules.national_body.search(name) and not _UN_NAME_RE.search(name):
            countryless.append(definition.group(1))
    return countryless


def _unknown_person_before(document, sentence, index, registry) -> Actor | None:
    words = document.words
    run = []
    while index >= sentence.first_word and len(run) < 4:
        word = words[index]
        if not _CAPITALISED_RE.fullmatch(word.text):
            break
        if run and document.text[word.end : run[0].start].strip():
            break
        run.insert(0, word)
        index -= 1
    while run and run[0].index == sentence.first_word and run[0].lower in _SENTENCE_OPENERS:
        run.pop(0)
    if not run:
        return None
    name = " ".join(w.text for w in run)
    actor = Actor(run[0].start, run[-1].end, run[0].index, run[-1].index + 1, unknown_name=name)
    registry.describe(actor)
    before = document.text[max(sentence.start, run[0].start - 40) : run[0].start]
    if registry.is_commentator(before.rsplit(",", 1)[-1]):
        registry.apply(actor, Role(True, None, None))
    return actor


def _subject_after(document, info, index, by_first_word, registry):
    words = document.words
    sentence = info.sentence
    while index < sentence.last_word and words[index].lower in ("the", "a", "an"):
        index += 1
    if index >= sentence.last_word:
        return None
    actor = by_first_word.get(index)
    if actor is not None:
        return actor
    run = _capitalised_run(words, index, sentence.last_word, document.text)
    if not run:
        return None
    name = " ".join(w.text for w in run)
    actor = Actor(run[0].start, run[-1].end, run[0].index, run[-1].index + 1, unknown_name=name)
    registry.describe(actor)
    after = document.text[run[-1].end : sentence.end]
    if after.startswith(","):
        registry.apply(actor, registry.classify(re.split(r"[,.;]", after[1:], maxsplit=1)[0]))
    return actor


# "Mao Ning: China's position is consistent and clear." A transcript's speaker label.
_ANSWER_LABELS = frozenset({"A", "Answer"})
_SPEAKER_LABEL_RE = re.compile(r"([A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’-]+){0,4}):\s")
# What a country's own voice opens on after its label ("China: We urge ..."): the label is
# then its speaker, not a round-up's heading.
_FIRST_PERSON_OPENING_RE = re.compile(r"\s*(?:[\"“‘']|(?:We|I|Our|My|Us)\b)")


def section_heading(document: Document, info: SentenceInfo) -> str | None:
    """The country of a round-up's paragraph heading opening the sentence: a country's name
    alone before a colon, what follows telling in the third person who said what ("KENYA:
    President William Ruto urged ...", "Brazil: The foreign ministry called for ..."). Its
    paragraph is narration, not the country's own words, and the country is its place, as
    "In Nairobi," is a sentence's."""
    start, end = info.sentence.start, info.sentence.end
    for mention in info.mentions:
        if mention.start > start:
            break
        if mention.kind != "country" or mention.start != start:
            continue
        colon = mention.end
        if document.text.startswith(": ", colon) or document.text.startswith(":\n", colon):
            if _FIRST_PERSON_OPENING_RE.match(document.text, colon + 1, end) is None:
                return mention.ref
        dash = _HEADING_DASH_RE.match(document.text, colon, end)
        if (
            dash
            and document.paragraphs[info.sentence.paragraph][0] == start
            and not any(m.start == dash.end() and m.kind == "country" for m in info.mentions)
        ):
            # "Jordan - Foreign Minister Ayman Safadi told delegates ...": an entry of a
            # "what they said" round-up, its country set off by a dash opening the paragraph
            # (not "Russia - Ukraine talks ...", a pair of countries).
            if _FIRST_PERSON_OPENING_RE.match(document.text, dash.end(), end) is None:
                return mention.ref
    return None


# A round-up entry's country set off by a spaced dash: "Jordan - ", "CHINA — ".
_HEADING_DASH_RE = re.compile(r"[ \t]+[-–—][ \t]+(?=[A-Z])")


# A record's label naming the speaker and their office: "Olaf Scholz, Federal Chancellor: ".
_TITLED_LABEL_RE = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){1,4}),\s+"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|on)){0,8})(:)\s"
)
# An office's initials as the label of an interview's answers ("FM:", "DPM/FM:"), where the
# questions are labelled "Q:": the interviewee's, as "A:" would be.
_OFFICE_INITIALS_RE = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{2,5})*")
_QUESTION_LABEL_RE = re.compile(r"(?:^|\n)\s*Q:\s")
_ASKER_RE = re.compile(r"\s*(?:Q|Question|Journalist|Reporter)\s*\d*\s*\Z")
# A parliamentary or UN record's label, its notes in brackets: "The Secretary of State for
# Foreign Affairs (David Lammy):", "Mr David Lammy (Tottenham) (Lab):", "Mr Nebenzia (Russian
# Federation):".
_RECORD_LABEL_RE = re.compile(r"([A-Z][^():\n]{1,150}?)((?:\s*\([A-Z][^()\n:]{0,60}\))+):\s")
# The same label on a line of its own, as Hansard's pages print it: "The Parliamentary
# Under-Secretary of State ... (Mr Hamish Falconer)", "Priti Patel (Witham) (Con)"; and a
# member named again on a line of their own, "Mr Falconer".
_RECORD_LINE_RE = re.compile(r"([A-Z][^():\n]{1,150}?)((?:[ \t]*\([A-Z][^()\n:]{0,60}\))+)[ \t]*\n")
# A section heading's day in brackets ("THE VOTE (Friday, Oct 27)"): no member's seat or party.
_DAY_NOTE_RE = re.compile(
    r"\((?:[^()]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|[^()]*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
_MEMBER_LINE_RE = re.compile(
    r"((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[ \t]+[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+){0,2})()[ \t]*\n"
)
_PREPOSITIONS = frozenset(
    "to in at on of for from with between among by about against towards into over".split()
)
_OWN_POSITION_RE = re.compile(r"\s+(?:position|policy|stance|view)\b")
_PRESENT_AUXILIARIES = frozenset(
    "is are will would has have does do must should can cannot remains stands".split()
)
_BRACKETED_RE = re.compile(r"\(([^()]*)\)")
_HONORIFIC_TITLES_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Rt\.?\s+Hon\.?)\.?\s+)+"
)


def find_speaker_labels(document: Document, infos: list[SentenceInfo], registry) -> dict:
    """Treat a paragraph opening with "Name:" as that person's words: a quotation from the
    colon to the paragraph's end, attributed to a speech event at the colon. Return the
    paragraphs spoken in a parliamentary or UN record (several bracketed labels), each with
    its speaker."""
    by_start = {info.sentence.start: info for info in infos}
    # An unknown speaker's country from their own answers: "Guo Jiakun: China is deeply
    # worried ..." makes Guo Jiakun China's.
    unplaced: dict[str, list[Actor]] = {}
    countries: dict[str, list[str]] = {}
    labelled: dict[int, Actor] = {}
    records: set[int] = set()
    line_labels = _line_labels(document)
    for number, (start, end) in enumerate(document.paragraphs):
        info = by_start.get(start)
        record = line_labels.get(number)
        if record is None and document.text.find("):", start, min(end, start + 240)) != -1:
            record = _RECORD_LABEL_RE.match(document.text, start, end)  # the cheap test first
        if record is not None and _ASKER_RE.match(record.group(1)):
            record = None  # "Question (TASS): ...?": the asker's outlet, as "AFP: ...?" is
        if record is not None and info is not None:
            actor = _record_speaker(document, info, record, registry)
            colon = record.end(2)
            info.speech.append(SpeechEvent(colon, actor))
            document.quotes.append(Quote(start=colon + 1, end=end, paragraphs=[number]))
            labelled[number] = actor
            records.add(number)
            continue
        label = _SPEAKER_LABEL_RE.match(document.text, start, end)
        if label is None and info is not None:
            titled = _titled_label_speaker(document, info, registry, start, end)
            if titled is not None:
                actor, colon = titled
                info.speech.append(SpeechEvent(colon, actor))
                document.quotes.append(Quote(start=colon + 1, end=end, paragraphs=[number]))
                labelled[number] = actor
                continue
        if label is None or info is None:
            continue
        if document.text[start:end].rstrip("\"”’' ").endswith("?"):
            # "AFP: Iran's Foreign Ministry has called the strikes ...? ": the asker's outlet is
            # nobody's voice; what the question reports keeps its own subjects.
            continue
        colon = label.end(1)
        initials = _OFFICE_INITIALS_RE.fullmatch(label.group(1))
        if label.group(1) in _ANSWER_LABELS or (
            initials and _QUESTION_LABEL_RE.search(document.text)
        ):
            # "A: ..." answers in the name of the press conference's speaker.
            first = info.sentence.first_word
            actor = Actor(start, colon, first, first + 1, pronoun="answer")
            info.speech.append(SpeechEvent(colon, actor))
            document.quotes.append(Quote(start=colon + 1, end=end, paragraphs=[number]))
            continue
        if len(label.group(1)) < 3:
            continue
        if section_heading(document, info) is not None:
            continue  # "KENYA: President William Ruto urged ...": a round-up's heading
        actor = next((a for a in info.actors if a.end == colon and not a.pronoun), None)
        if actor is None:
            words = document.words
            first = info.sentence.first_word
            run = [words[i] for i in range(first, info.sentence.last_word) if words[i].end <= colon]
            if not run:
                continue
            name = document.text[start:colon]
            actor = Actor(start, colon, first, run[-1].index + 1, unknown_name=name)
            registry.describe(actor)
        if actor.unknown_name and actor.country is None and not actor.commentator:
            unplaced.setdefault(actor.unknown_name, []).append(actor)
            opening = next((a for a in info.actors if a.start > colon), None)
            if opening is not None and opening.country and opening.subject_like:
                if not document.text[colon + 1 : opening.start].strip():
                    countries.setdefault(actor.unknown_name, []).append(opening.country)
        info.speech.append(SpeechEvent(colon, actor))
        document.quotes.append(Quote(start=colon + 1, end=end, paragraphs=[number]))
        labelled[number] = actor
    recorded = {id(actor) for number, actor in labelled.items() if number in records}
    spoken: dict[int, Actor] = {}
    if len(recorded) > 1:
        spoken = _continue_records(document, infos, labelled)
    for info in infos:
        # A minister the record names by office alone speaks for the country they say does or
        # will do something now ("the United Kingdom is not taking sides", "Britain condemns"),
        # not one whose past acts they recount ("Russia struck Odesa").
        speaker = spoken.get(info.sentence.paragraph)
        if speaker is None or speaker.country or speaker.commentator or not speaker.unknown_name:
            continue
        # By surname: "Mr Falconer" later is the minister first named in full.
        surname = speaker.unknown_name.split()[-1]
        same_name = unplaced.setdefault(surname, [])
        if all(actor is not speaker for actor in same_name):
            same_name.append(speaker)
        # Not one a quoted party is said to act ("has stated that Pakistan reserves the right
        # to respond"); but "the UK's position ... has not changed" is the minister's own.
        reported = [e.verb_start for e in info.speech if e.verb_start > info.sentence.start]
        # nor one the minister quotes: "The Government of India have said that ..."
        quoted = {id(e.actor) for e in info.speech}
        named = [
            a.country
            for a in info.actors
            if a.country
            and (
                (
                    a.subject_like
                    and id(a) not in quoted
                    and _present_tense_after(document, a, info)
                    and not any(at < a.start for at in reported)
                    and not _after_preposition(document, a, info)
                )
                or (a.possessive and _OWN_POSITION_RE.match(document.text, a.end))
            )
        ]
        countries.setdefault(surname, []).extend(named)
    for name, actors in unplaced.items():
        # The country named most; two named as often leave the speaker unplaced rather than
        # placed by chance.
        ranked = Counter(countries.get(name, ())).most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            for actor in actors:
                actor.country = ranked[0][0]
    # "Mr Mitchell:" later in the record is the minister its first label named in full.
    placed: dict[str, Actor] = {}
    for number, a in labelled.items():
        if number in records and a.unknown_name and a.country:
            surname = a.unknown_name.split()[-1]
            if len(a.unknown_name) > len(placed.get(surname, a).unknown_name) or (
                surname not in placed
            ):
                placed[surname] = a
    for actor in labelled.values():
        if actor.unknown_name and not actor.commentator:
            same = placed.get(actor.unknown_name.split()[-1])
            if same is not None and same is not actor and actor.country in (None, same.country):
                actor.unknown_name, actor.country = same.unknown_name, same.country
                actor.office_kind = same.office_kind
    return spoken


def _titled_label_speaker(document, info, registry, start: int, end: int):
    """The speaker of a record's label naming a person with their office ("Olaf Scholz,
    Federal Chancellor: ...", "Annalena Baerbock, Federal Minister for Foreign Affairs: ..."),
    and where its colon stands; None where the paragraph opens on no such label (a place
    and its country, "Berlin, Germany:", is none)."""
    label = _TITLED_LABEL_RE.match(document.text, start, end)
    if label is None:
        return None
    colon = label.start(3)
    named = next(
        (
            a
            for a in info.actors
            if a.start == start and a.end <= colon and not a.pronoun and a.end > label.end(1) - 1
        ),
        None,
    )
    if named is not None and (named.person or named.unknown_name):
        return named, colon
    if named is not None or any(a.start == start for a in info.actors):
        return None  # a country or a body, not a person
    first = info.sentence.first_word
    actor = Actor(start, colon, first, first + 1, unknown_name=label.group(1))
    kind, country = registry.office_of(label.group(2))
    if kind is not None:
        actor.office_kind, actor.country = kind, country
    else:
        registry.describe(actor)
    return actor, colon


def _line_labels(document: Document) -> dict:
    """The paragraphs opening on a record's label on a line of its own, where the text has two
    or more bracketed ones (a record, not an article with a line in brackets)."""
    text = document.text
    labels = {}
    for number, (start, end) in enumerate(document.paragraphs):
        if text.find("\n", start, end) == -1:
            continue
        label = _RECORD_LINE_RE.match(text, start, end) or _MEMBER_LINE_RE.match(text, start, end)
        if label is not None and not _DAY_NOTE_RE.search(label.group(2)):
            labels[number] = label
    bracketed = sum(1 for label in labels.values() if label.group(2))
    return labels if bracketed >= 2 else {}


def _record_speaker(document: Document, info: SentenceInfo, record, registry) -> Actor:
    """Who a record's label names: the office holder in brackets after the office ("The
    Minister of State ... (Mr Andrew Mitchell)"), else the member named first, whose brackets
    give the country they speak for ("(Brazil)") or only their seat and party ("(Tottenham)
    (Lab)": a member of parliament, who speaks for no government)."""
    head = record.group(1).strip()
    notes = _BRACKETED_RE.findall(record.group(2))
    if not notes:
        # "Mr Falconer" on a line of their own: the member first named in full (see below).
        first = info.sentence.first_word
        return Actor(record.start(1), record.end(1), first, first + 1,
                     unknown_name=_HONORIFIC_TITLES_RE.sub("", head).strip())  # fmt: skip
    kind, country = registry.office_of(head)
    holder = kind is not None and not _HONORIFIC_TITLES_RE.match(head)
    name_start = record.start(2) + record.group(2).index(notes[0]) if holder else record.start(1)
    name = notes[0] if holder else head
    known = next(
        (a for a in info.actors if a.person and name_start <= a.start < record.end(2)), None
    )
    if known is not None:
        return known
    first = info.sentence.first_word
    actor = Actor(record.start(1), record.end(2), first, first + 1,
                  unknown_name=_HONORIFIC_TITLES_RE.sub("", name).strip())  # fmt: skip
    if holder:
        actor.office_kind, actor.country = kind, country
        return actor
    countries = [registry.office_of(note)[1] for note in notes]
    actor.country = next((c for c in countries if c), None)
    actor.commentator = actor.country is None
    return actor


def _continue_records(document: Document, infos: list[SentenceInfo], labelled) -> dict:
    """In a record of several labelled speakers, the paragraphs after a label, up to the next
    one, go on with the same speaker (a minister's statement runs over many). Return each
    paragraph spoken and its speaker."""
    firsts: dict[int, SentenceInfo] = {}
    for info in infos:
        firsts.setdefault(info.sentence.paragraph, info)
    speaker = None
    spoken = {}
    for number, (start, end) in enumerate(document.paragraphs):
        if number in labelled:
            speaker = spoken[number] = labelled[number]
            continue
        info = firsts.get(number)
        if speaker is None or info is None or document.quote_at(start + 1) is not None:
            continue
        info.speech.append(SpeechEvent(start - 1, speaker))
        document.quotes.append(Quote(start=start, end=end, paragraphs=[number]))
        spoken[number] = speaker
    return spoken


def _after_preposition(document: Document, actor: Actor, info: SentenceInfo) -> bool:
    """Whether a country, or the list it ends, is a preposition's object: "our message to both
    India and Pakistan has been", "our high commissioners in New Delhi and Islamabad are"."""
    words = document.words
    index = actor.first_word - 1
    while index >= info.sentence.first_word:
        lower = words.lowers[index]
        if lower in _PREPOSITIONS:
            return True
        capitalised = words.texts[index][:1].isupper()
        if not (capitalised or lower in ("and", "both", "the")):
            return False
        index -= 1
    return False


def _present_tense_after(document: Document, actor: Actor, info: SentenceInfo) -> bool:
    """Whether the word after a subject is a verb of the present or future: "Britain
    condemns", "the United Kingdom is", "we will" (not "Russia struck")."""
    index = actor.last_word
    if index >= info.sentence.last_word:
        return False
    word = document.words.lowers[index]
    return word in _PRESENT_AUXILIARIES or (word.endswith("s") and not word.endswith("ss"))


class PeopleRegistry:
    """People the article introduces who are not in the gazetteer: what their descriptions say
    ("director of an institute" makes a commentator), remembered by full name and surname as
    the article goes."""

    def __init__(self, rules: Rules, country_of_phrase):
        self._rules = rules
        self._country_of_phrase = country_of_phrase
        self._roles: dict[str, Role] = {}
        self._full_names: dict[str, str] = {}

    def apply(self, actor: Actor, role: Role) -> None:
        """Give an unknown person the role their description says, and remember it for when
        the article names them again ("Phea said")."""
        if role.commentator:
            actor.commentator = True
        elif actor.unknown_name and role.country:
            actor.country, actor.office_kind = role.country, role.office_kind
        else:
            return
        if actor.unknown_name:
            # Later the surname alone: the last word, or the first in family-name-first forms
            # ("Zhang Jun ... Zhang said").
            names = actor.unknown_name.split()
            for name in {actor.unknown_name, names[0], names[-1]}:
                self._roles.setdefault(name, role)
                self._full_names.setdefault(name, actor.unknown_name)

    def name_institution(self, acronym: str, country: str) -> None:
        """Remember an acronym the article defined for a country's state body."""
        self._roles.setdefault(acronym, Role(False, None, country, institution=True))

    def role_of(self, name: str) -> Role | None:
        """What the article said of someone it named, by full name or surname."""
        return self._roles.get(name)

    def full_name_of(self, name: str) -> str:
        """The full name the article first gave someone it now names by surname."""
        return self._full_names.get(name, name)

    def is_commentator(self, description: str) -> bool:
        return bool(self._rules.commentary_role.search(description))

    def office_of(self, phrase: str) -> tuple[str | None, str | None]:
        """The office kind and country a phrase names ("Secretary of State for Foreign
        Affairs", "Russian Federation")."""
        return self._country_of_phrase(phrase)

    def classify(self, description: str) -> Role:
        if self._rules.commentary_role.search(description):
            return Role(True, None, None)
        kind, country = self._country_of_phrase(description)
        return Role(False, kind, country)

    def describe(self, actor: Actor) -> None:
        role = self._roles.get(actor.unknown_name) or self._roles.get(
            actor.unknown_name.split()[-1]
        )
        if role is None:
            return
        actor.commentator = role.commentator
        if role.country:
            actor.office_kind, actor.country = role.office_kind, role.country
        if role.institution:
            actor.institution, actor.unknown_name = True, None
