"""Which conflict a statement is about, and which side it names."""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution import Actor, SentenceInfo, Speaker
from .gazetteer import ConflictEntry

# How many words after a cue may name the side it is about.
TARGET_WINDOW_WORDS = 15
# Support names its side at once: "support for Ukraine", "stands firmly with the people of",
# "solidarity with the government and people of the Islamic Republic of Iran".
_SIDE_REACH_WORDS = 8
# What may stand between a support cue and the side it supports.
# Both sides as one object: "supported India and Pakistan in ...".
_BOTH_SIDES_RE = re.compile(r"\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")
_SUPPORTED_OBJECT_RE = re.compile(
    # 'said it "continues to support" President Assad': a quoted verb's object after the quote
    r"[\"”]?\s*[\"“]?(?:(?:the|its|their|our|a|an)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:people|nation|"
    r"government|state|forces|army|military|citizens|cause|sovereignty|territorial\s+integrity|"
    r"independence|rights?|struggle|efforts?|fight|defen[cs]e|steps|actions|measures|ally|allies|"
    r"authorities|leadership|position)(?:\s+taken)?\s+(?:of|by)\s+(?:the\s+)?|"
    # "stands with our ally the Philippines", "its partner, Ukraine"
    r"(?:[\w-]+\s+)?(?:ally|allies|partners?|friends?),?\s+(?:the\s+)?|"
    # "stands with brotherly Pakistan", "the heroic Ukrainian people"
    r"(?:brotherly|fraternal|sisterly|friendly|heroic|brave|embattled)\s+|"
    # "respected 'the territorial integrity of Ukraine'": the cue ends on what is upheld
    r"\s*of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_SUBJECT_ACT_RE = re.compile(
    r"([^,;:\"“”]*)\s+(?:is|was|are|were|had\s+been|has\s+been|remains)\s+(?:\w+\s+){0,2}?[\"“]?\s*$"
)
# The same subject right after its speech verb, commas allowed: 'said the shelling by Armenian
# forces on villages in Terter, Aghdam and Fuzuli was "reprehensible"' (a list of places).
_SAID_SUBJECT_RE = re.compile(
    r"\s+(?:that\s+)?[\"“]?([^;:]+?)\s+(?:is|was|are|were|had\s+been|has\s+been|remains)"
    r"\s+(?:\w+\s+){0,2}?[\"“]?\s*"
)
# An act referred back to, or named only by what the speaker calls it: "strongly condemns this
# action", "these moves", 'condemned what it called "irrational actions"'.
_ACT_REFERRED_RE = re.compile(
    r"\s+(?:(?:this|these|such)\s+|what\s+\w+\s+(?:called|described\s+as|termed)\s+[\"“]?)"
    r"(?:[\w-]+\s+){0,2}?(?:actions?|acts?|moves?|behaviou?r|conduct)\b",
    re.IGNORECASE,
)
# A pronoun as what is condemned ('"We strongly condemn it," he said'), not a new clause's
# subject ("condemned, as it was ...").
_PRONOUN_OBJECT_RE = re.compile(
    r"[\"”’]?\s+(?:it|them)\b(?!\s+(?:is|was|were|are|has|had|will|would|said)\b)", re.IGNORECASE
)
# A side named as the agent of an act ("the shelling by Armenian forces"): no victim.
_AGENT_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+)?\Z", re.IGNORECASE)
# An act named again in apposition to the clause that reports it, with a relative clause of
# its own: "Tsai met McCarthy on Wednesday, a meeting that Beijing had warned against".
_APPOSED_ACT_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:that|which)\s", re.IGNORECASE
)
_PRELUDE_DAYS = 60
# What describes a subject between commas: "France, which co-chairs the Minsk Group, ...",
# "Russia, a close ally of Caracas, ...", "Belarus, Russia's closest ally, ...", "China,
# Pakistan's closest ally and India's rival, ...", "Russia, his main military backer, ...".
RELATIVE_ASIDE_RE = re.compile(
    r",\s+(?:(?:which|who|whose|where|a|an)\b[^,;]*"
    r"|(?:[A-Z][\w-]*['’]s|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:all(?:y|ies)|supporters?|backers?|partners?|donors?|suppliers?|patrons?|sponsors?)"
    r"(?:\s+(?:and|in|among|since)\s+[^,;]*)?)"
    r","
)
_COUNTRY_POSSESSIVE_RE = re.compile(r"['’]s\s+")
_DIRECT_OBJECT_RE = re.compile(r"\s+(?:the\s+)?")
_AGAINST_RE = re.compile(r"\bagainst\s+(?:the\s+)?\Z", re.IGNORECASE)
_PEOPLE_OF_RE = re.compile(r"\b(?:people|population|civilians|citizens)\s+of\s+(?:the\s+)?\Z")
_PEOPLE_RE = re.compile(r"\s+(?:people|population|civilians|nation|citizens)\b")
# Another text than the one an article describes ("a competing Russian text").
OTHER_TEXT_WORDS = r"\b(?:rival|competing|alternative|separate)\b"
# What is voted on or endorsed: a resolution, or a summit's communiqué or declaration.
# What describes the resolution voted on: the word (not "a peaceful resolution of the
# conflict"), or the vote's purpose ("voted overwhelmingly on Wednesday to condemn ...").
_RESOLUTION_RE = re.compile(
    r"\b(?<!peaceful\s)(?<!political\s)(?<!negotiated\s)(?<!diplomatic\s)resolution\b"
    r"|\b(?:draft|motion|communiqu\w*|declaration)\b|\b(?:the|this)\s+text\b"
    rf"|{OTHER_TEXT_WORDS}\s+(?:[\w-]+\s+)?text\b"
    r"|\bvot(?:ed|es|ing)\s+(?:[\w-]+\s+){0,4}?to\s+(?:condemn|deplore|demand|call|urge|reject)"
    r"|\ba\s+text\s+(?:that|which|calling|demanding|urging|condemning)\b",
    re.IGNORECASE,
)
# A body adopting a text as a sentence's subject: what it demanded is what its text does ("The
# UN General Assembly on Tuesday overwhelmingly demanded ...").
_UN_BODY = (
    r"(?:U\.?N\.?\s+|United\s+Nations\s+|UN\s+)?(?:Security\s+Council|General\s+Assembly"
    r"|Human\s+Rights\s+Council)"
)
# (named plainly, the body needs its article: a headline's "Council demands Gaza ceasefire"
# may tell of a meeting)
_PLAIN_BODY = r"(?:\d+-(?:member|nation)\s+)?(?:[Aa]ssembly|[Cc]ouncil|world\s+body)"
_BODY_VERB = (
    r"(?:\s+(?:on\s+\w+|\w+ly)){0,2}\s+"
    r"(?:demanded|demands|called|calls|urged|urges|condemned|condemns|deplored|deplores)\b"
)
_ADOPTING_BODY_RE = re.compile(rf"(?:(?:The\s+)?{_UN_BODY}|The\s+{_PLAIN_BODY}){_BODY_VERB}")
# The same body as the subject of a clause told in passing or after an opening phrase: "Five
# days after the UN General Assembly called for a humanitarian truce, ...", "since the Security
# Council demanded ...", "In a 153-10 vote on Tuesday, the General Assembly called for ...".
_ADOPTING_BODY_CLAUSE_RE = re.compile(
    rf"\b(?:after|since|when|once|as|before)\s+(?:the\s+)?{_UN_BODY}{_BODY_VERB}"
    rf"|(?:\b(?:after|since|when|once|as|before)\s+|,\s+)the\s+(?:{_UN_BODY}|{_PLAIN_BODY})"
    rf"{_BODY_VERB}"
)
# "It" opening the sentence after one naming a text voted on, with the text's own verb.
_TEXT_AS_IT_RE = re.compile(
    r"It\s+(?:also\s+)?(?:demands|demanded|calls|called|urges|urged|condemns|condemned"
    r"|deplores|deplored)\b"
)
# A legal case against a party ("South Africa's genocide case against Israel", "proceedings
# against Myanmar") and who brought it: the possessor, or the country after "brought by".
_CASE_AGAINST_RE = re.compile(
    r"\b(?:case|proceedings|application|lawsuit|complaint)\s+(?:\w+\s+){0,4}?against\s+"
    r"(?:the\s+)?(?:State\s+of\s+)?",
    re.IGNORECASE,
)
_APPLICANT_BEFORE_RE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?\Z")
# What ends the clause describing a resolution (outside a quotation).
_CLAUSE_STOP_RE = re.compile(r"[,;:]")
_AND_VERB_RE = re.compile(r",?\s+and\s+(\w+)")
_PAST = frozenset({"said", "told", "wrote", "held", "read"})
_CLAUSE_MARKS = (" that ", ",", ";")
# A comma that goes on with a list of one owner's things: ", its annexation referendum and".
_LISTED_ITEM_RE = re.compile(r",\s+(?:its|their|his|her)\s", re.IGNORECASE)
# A side named as the aggressor: "Russia is the aggressor", "the Russian aggressor", "Russia,
# the aggressor," (the side before) or "the aggressor, Russia," (the side after); then "the
# aggressor" alone, elsewhere in the article, is that side.
# A text named by the country that drafted it: "the U.S. text", "a rival U.S.-drafted
# resolution", "France's draft" (after the country's name).
_DRAFTER_TEXT_RE = re.compile(
    r"\.?(?:-(?:drafted|sponsored|proposed|authored)\s+|['’]s\s+|\s+)(?:[\w-]+\s+)?(?:text|draft|resolution)\b",
    re.IGNORECASE,
)
_DRAFTED_BY_RE = re.compile(r"\b(?:drafted|sponsored|proposed|authored)\s+by\s+(?:the\s+)?\Z")
_AGGRESSOR_RE = re.compile(r"\bthe\s+aggressor\b", re.IGNORECASE)
# "described the plan as the most credible basis": a plan the article has named before.
_DEFINITE_PLAN_RE = re.compile(
    r"\bthe\s+(?:autonomy\s+|peace\s+)?(?:plan|proposal|initiative)\b", re.IGNORECASE
)
# What follows a side that owns a plan: "Morocco's autonomy plan", "the Moroccan initiative".
_OWNED_PLAN_RE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|initiative)\b")
# What comes before one: "the autonomy plan proposed by Morocco in 2007".
_PLAN_BY_RE = re.compile(
    r"\b(?:plan|proposal|initiative)\s+(?:proposed|presented|submitted|put\s+forward|tabled)"
    r"\s+by\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_NAMED_BEFORE_AGGRESSOR_RE = re.compile(
    r",?\s+(?:(?:is|was|remains|remained|as)\s+)?(?:clearly\s+|plainly\s+)?(?:the\s+|an\s+)?",
    re.IGNORECASE,
)
_NAMED_AFTER_AGGRESSOR_RE = re.compile(r"(?:\s+(?:state|country))?\s*[,:(]\s*")
LIST_JOINERS = frozenset({",", "and", ", and", "as well as", "&"})
# What may stand between a vote's voters and its cue: before it, "India and Pakistan (also)
# abstained"; after it, "Abstaining: India and Pakistan", "opposed by ...", "..., as did ...",
# "Against: 5 (Russia, ...)", "abstained, among them ...".
_VOTERS_BEFORE_RE = re.compile(
    r"(?:\s*,?\s*(?:also|both|all|each|too|then|instead|later|had|have|has|were|was))*\s*,?\s*"
)
_VOTERS_AFTER_RE = re.compile(
    r"(?:\s*[:(,\u2013\u2014-]?\s*(?:by|from|were|was|are|as\s+did|as\s+were|including|among"
    r"\s+them|such\s+as|the|\d+))*\s*[:(,\u2013\u2014-]?\s*",
    re.IGNORECASE,
)


class SidesMixin:
    """Conflict and side resolution for `Article` (which holds the state these read)."""

    def _main_conflict(self) -> int | None:
        """The conflict the article is about: named (or both its sides named together) most
        often, and, less, whose side's countries and leaders it mentions most."""
        scores: dict[int, float] = {}
        for _, number in self.conflict_positions:
            scores[number] = scores.get(number, 0) + 3
        for info in self.infos:
            # Countries in a list of three or more ("Abstained: China, India, Pakistan, ...")
            # and a vote's voters ("India and Pakistan abstained") are not the sides the
            # article is about.
            listed = self._aside_ids(info, plain=True)
            for actor in info.actors:
                if id(actor) in listed:
                    continue
                conflicts = self.x.conflicts_of_country.get(self._party_country(actor), ())
                for number in conflicts:
                    scores[number] = scores.get(number, 0) + 1 / len(conflicts)
        # A war that began months after the article appeared is not what it is about (an
        # article of March 2020 on Russia and Turkey is not about the war in Ukraine); the
        # weeks before its start are its prelude (the consulate strike of April 2024).
        scores = {n: score for n, score in scores.items() if not self._not_yet(n)}
        # An article whose lead reports a vote is about the conflict of the resolution voted on
        # ("abstained on a resolution condemning attacks by Yemen's Houthi movement ..., that
        # ignores the aggression in Gaza"), however often it names another.
        if self.lead_resolution is not None and not self._not_yet(self.lead_resolution):
            return self.lead_resolution
        # On a tie, the conflict the article names over the one its countries sit on.
        named = [number for _, number in self.conflict_positions]
        return max(scores, key=lambda n: (scores[n], named.count(n), -n)) if scores else None

    @staticmethod
    def _party_country(actor) -> str | None:
        """The country an actor names, a person by the last office held ("Assad's regime",
        named after his fall, is still Syria's)."""
        if actor.country is None and actor.person is not None and actor.person.terms:
            return actor.person.terms[-1].country_iso3
        return actor.country

    def _lead_resolution_topic(self) -> int | None:
        """The conflict of the resolution the headline or first paragraph describes."""
        for info in self.infos:
            if info.sentence.paragraph > 1:
                break
            topic = self._resolution_topic(info)
            if topic is not None:
                return topic
        return None

    def _resolution_topic(self, info: SentenceInfo) -> int | None:
        """The conflict a resolution the sentence describes by what it does is on: the names
        in the clause after the word ("a resolution condemning attacks by Yemen's Houthi
        movement", "a draft that would have deplored the Russian Federation's aggression
        against Ukraine"), where they name one conflict."""
        if not info.mentions:
            return None
        sentence_end = info.sentence.end
        for found in _RESOLUTION_RE.finditer(self.text, info.sentence.start, sentence_end):
            end = sentence_end
            for stop in _CLAUSE_STOP_RE.finditer(self.text, found.end(), sentence_end):
                if self.doc.quote_at(stop.start()) is None:
                    end = stop.start()
                    break
            inside = [m for m in info.mentions if found.end() <= m.start < end]
            named = {m.ref for m in inside if m.kind == "conflict"}
            named |= {m.ref[0] for m in inside if m.kind == "side"}
            if not named:
                countries = {m.ref for m in inside if m.kind == "country"}
                named = {
                    number
                    for c in countries
                    for number in self.x.conflicts_of_country.get(c, ())
                    if {"a", "b"} <= {self.x.side_of(number, other) for other in countries}
                }
            if len(named) == 1:
                return named.pop()
        return None

    def _not_yet(self, conflict_number: int) -> bool:
        began = self.conflicts[conflict_number].began
        return bool(began and self.published and (began - self.published).days > _PRELUDE_DAYS)

    def _country_chains(self, info: SentenceInfo) -> list[list[Actor]]:
        """The sentence's countries, grouped into lists ("China, India and Brazil")."""
        chains: list[list[Actor]] = []
        for actor in (a for a in info.actors if a.country):
            gap = " ".join(self.text[chains[-1][-1].end : actor.start].split()) if chains else ""
            if chains and gap.removesuffix(" the") in LIST_JOINERS:
                chains[-1].append(actor)
            else:
                chains.append([actor])
        return chains

    def _chained_ids(self, info: SentenceInfo, plain: bool = False) -> set[int]:
        """The sentence's countries in a list of three or more ("China, India and Brazil");
        `plain`: of countries named as such only (not "Russia and Ukraine, the Japanese
        government said")."""
        return {
            id(a)
            for chain in self._country_chains(info)
            if len(chain) > 2 and not (plain and not all(map(self._plain_country, chain)))
            for a in chain
        }

    def _voter_ids(self, info: SentenceInfo) -> set[int]:
        """The sentence's countries a vote cue lists as its voters, right before it ("India
        and Pakistan abstained") or right after it ("Abstaining: India and Pakistan", "...,
        as did India and Pakistan")."""
        if not any(a.country for a in info.actors):
            return set()
        votes = [m for m in self._cue_matches(info) if m.cue.kind == "vote"]
        if not votes:
            return set()
        text, found = self.text, set()
        for chain in self._country_chains(info):
            first, last = chain[0].start, chain[-1].end
            if any(
                (last <= m.start and _VOTERS_BEFORE_RE.fullmatch(text, last, m.start))
                or (m.end <= first and _VOTERS_AFTER_RE.fullmatch(text, m.end, first))
                for m in votes
            ):
                found |= {id(a) for a in chain}
        return found

    def _aside_ids(self, info: SentenceInfo, plain: bool = False) -> set[int]:
        """The sentence's countries that name no conflict by being named: those in a list of
        three or more (`plain`: of countries only), and a vote's voters, however few."""
        return self._chained_ids(info, plain) | self._voter_ids(info)

    def _opposed_conflicts(self, info: SentenceInfo) -> list[int]:
        """Conflicts whose two sides both have a country named in the sentence. Countries in
        a list of three or more ("China, India, Pakistan and Iran abstained") and a vote's
        voters ("India and Pakistan abstained") do not count."""
        if sum(1 for a in info.actors if a.country or a.person is not None) < 2:
            return []  # most sentences: two sides need two countries
        aside = self._aside_ids(info)
        countries = {a.country for a in info.actors if a.country and id(a) not in aside}
        # A party's leader stands for its side: "China condemned Lai Ching-te's speech".
        countries |= {
            a.person.terms[-1].country_iso3
            for a in info.actors
            if a.country is None and a.person is not None and a.person.terms
        }
        found = []
        for number in {n for c in countries for n in self.x.conflicts_of_country.get(c, ())}:
            if self._not_yet(number):
                continue  # Iran and Israel in 2023: no war between them yet
            sides = {self.x.side_of(number, country) for country in countries}
            if {"a", "b"} <= sides:
                found.append(number)
        return found

    def _main_party_in(self, infos: list[SentenceInfo], other: int) -> bool:
        """Whether these sentences name a party to the article's main conflict that is no
        party to `other`, and the article's opening set the main conflict's sides against
        each other."""
        main = self.main_conflict
        if main is None or main == other or not self._opens_on(main):
            return False
        for info in infos:
            for actor in info.actors:
                if actor.country and self.x.side_of(main, actor.country) is not None:
                    if self.x.side_of(other, actor.country) is None:
                        return True
        return False

    def _named_after_only(self, infos: list[SentenceInfo], info: SentenceInfo, other: int) -> bool:
        """Whether another conflict than the one the article opens on is named in the paragraph
        only after the cue's sentence: a reason or a comparison ("calls on the parties to
        exercise restraint. ... It describes the situation as the latest spillover of the
        conflict in Gaza"), not what the cue is about."""
        main = self.main_conflict
        if main is None or main == other or not self._opens_on(main):
            return False
        if any(a.country and self.x.side_of(other, a.country) is not None for a in info.actors):
            return False  # "all parties in Myanmar": the cue names the other conflict's party
        return self._named_only_after(infos, info, other)

    def _named_only_after(self, infos: list[SentenceInfo], info: SentenceInfo, other: int) -> bool:
        """Whether these sentences name `other` only after the cue's sentence."""
        return all(
            i.sentence.index > info.sentence.index
            for i in infos
            if other in {n for _, n in self._sentence_conflicts(i)}
        )

    def _own_war_spoken_of(self, infos, info, other: int, speaker_country) -> int | None:
        """The civil war whose government speaks, when its sentence speaks of a war
        ("committed to resolving the armed conflicts through dialogue") or of its own country
        as a place ("thanked China for promoting peace in northern Myanmar"), and the paragraph
        names another, one it is no party to, only after it ("Myanmar adheres to the one-China
        principle"). A party to a war between states is not assumed to mean its own: "Moscow
        also condemned the strikes" is on the strikes its paragraph goes on to name."""
        own = [
            n for n in self.x.conflicts_of_country.get(speaker_country, ()) if not self._not_yet(n)
        ]
        if len(own) != 1 or own[0] == other:
            return None
        war = self.conflicts[own[0]]
        if war.side_a_countries and war.side_b_countries:
            return None
        place = any(a.country == speaker_country and not a.subject_like for a in info.actors)
        if (place or self._refers_to_conflict(info)) and self._named_only_after(infos, info, other):
            return own[0]
        return None

    def _opens_on(self, conflict_number: int) -> bool:
        """Whether the headline or first paragraph names the conflict or both its sides."""
        first = [i for i in self.infos if i.sentence.paragraph <= 1]
        return any(
            conflict_number in {n for _, n in self._sentence_conflicts(i)}
            or conflict_number in self._opposed_conflicts(i)
            for i in first
        )

    def _main_party_aside(self, info: SentenceInfo, named: set[int]) -> bool:
        """Whether the sentence names, aside (not as a subject), a party to the article's main
        conflict that is party to none of the conflicts it names."""
        main = self.main_conflict
        if main is None or main in named:
            return False
        for actor in info.actors:
            if actor.subject_like:
                continue  # the speaker's own country is no party named aside
            if actor.country and self.x.side_of(main, actor.country) is not None:
                if all(self.x.side_of(n, actor.country) is None for n in named):
                    return True
        return False

    def _party_as_topic(
        self, conflict_number: int, speaker: Speaker, source: Speaker, label: str | None = None
    ) -> bool:
        """Whether a party named as the subject is what the source speaks about ("Russia
        committed the error of invading", Lula said); also, in a condemnation, what the other
        party says of it ('"Pakistan has made terrorism an instrument of state policy,"
        Jaishankar said')."""
        bare_country = not (speaker.person or speaker.person_name or speaker.office_kind)
        side = self.x.side_of(conflict_number, speaker.country)
        own = self.x.side_of(conflict_number, source.country)
        return (
            bare_country
            and side is not None
            and (own is None or (label == "condemns" and own != side))
        )

    def _sentence_conflicts(self, info: SentenceInfo) -> list[tuple[int, int]]:
        """(position, conflict) of what the sentence says about conflicts, strongest kind
        only: a conflict's name, else both sides' countries ("Iran fired missiles at Israel"),
        else a side's label ("Hamas") - which may be named in passing."""
        if info.conflicts is None:
            named = [
                (m.start, m.ref)
                for m in info.mentions
                if m.kind == "conflict" and not self._named_in_passing(info, m)
            ]
            opposed = self._opposed_conflicts(info) if not named else []
            if opposed:
                # "as long as the Palestinian-Israeli conflict was unresolved": both sides
                # named in passing are no more than the name would be. (Looked for only once
                # two sides are named: the search runs from the sentence's start.)
                passing = {
                    m.ref
                    for m in info.mentions
                    if m.kind == "country" and self._named_in_passing(info, m)
                }
                named = [
                    (info.sentence.start, n)
                    for n in opposed
                    if not any(self.x.side_of(n, country) for country in passing)
                ]
            if not named:
                named = [(m.start, m.ref[0]) for m in info.mentions if m.kind == "side"]
                named += [
                    (m.start, number)
                    for m in info.mentions
                    if m.kind == "country" and (number := self._side_name_conflict(m)) is not None
                ]
                # A side's name names no war not yet begun: "the Islamic Republic" in 2020 is
                # Iran, not a side in its war with Israel.
                named = [(at, number) for at, number in named if not self._not_yet(number)]
            info.conflicts = named
        return info.conflicts

    def _named_in_passing(self, info: SentenceInfo, mention) -> bool:
        """Whether a conflict's name gives a cause or a condition ("the latest spillover of
        the Gaza conflict", "as long as the Palestinian-Israeli conflict was unresolved"), not
        what the sentence is about."""
        return bool(
            self.rules.passing_conflict.search(self.text, info.sentence.start, mention.start)
        )

    def _side_name_conflict(self, mention) -> int | None:
        """The conflict a country's name given to a side names ("the Sahrawi people": the
        Western Sahara conflict's, though "Sahrawi" is also Western Sahara's demonym)."""
        named = self.x.side_names.get(self.text[mention.start : mention.end].lower())
        if named is None:
            return None
        return next((n for n, c in enumerate(self.conflicts) if c.slug == named[0]), None)

    def _conflict_for(self, info, match, quote, speaker_country) -> tuple[int | None, float]:
        named = self._sentence_conflicts(info)
        if match.cue.kind == "vote":
            # "abstained on a resolution condemning attacks by Yemen's Houthi movement ...,
            # saying it ignored Gaza": the vote is on what its resolution is described doing,
            # else on the resolution the lead describes ("... abstained, citing Gaza").
            described = self._resolution_topic(info)
            if described is not None:
                return described, 1.0
            if self.lead_resolution is not None:
                return self.lead_resolution, 0.95
        if named and self.main_conflict is not None:
            start, end = self._predicate_span(info, match)
            if not any(start <= at < end for at, _ in named) and self.main_conflict not in {
                number for _, number in named
            }:
                # "Britain condemned the attack and called for a ceasefire in Gaza", in an
                # article on Iran's strikes on Israel: Gaza is the other predicate's.
                return self.main_conflict, 0.85
        if named:
            if self._main_party_aside(info, {number for _, number in named}):
                # "urged de-escalation of the Iranian crisis, including a ceasefire in Gaza" in
                # an article about Israel and Iran: another conflict named in passing.
                return self.main_conflict, 0.9
            if not any(m.kind == "conflict" for m in info.mentions):
                # "China ... summoned the Philippine ambassador" in a paragraph on "the Taiwan
                # question": the conflict its paragraph names, not the one its two countries
                # also meet in.
                paragraph = info.sentence.paragraph
                names = {
                    m.ref
                    for i in self._paragraph_infos(paragraph)
                    for m in i.mentions
                    if m.kind == "conflict"
                }
                if len(names) == 1 and names.isdisjoint(number for _, number in named):
                    other = names.pop()
                    if any(self.x.side_of(other, a.country) for a in info.actors if a.country):
                        return other, 0.85
            return min((abs(start - match.start), number) for start, number in named)[1], 1.0
        countries = {
            m.ref
            for m in info.mentions
            if m.kind == "country"
            and match.start <= m.start
            and m.end <= match.end
            and _COUNTRY_POSSESSIVE_RE.match(self.text, m.end)
        }
        inside = {
            number
            for country in countries
            for number in self.x.conflicts_of_country.get(country, ())
            if not self._not_yet(number)
        }
        own = self.x.conflicts_of_country.get(speaker_country, ()) if speaker_country else ()
        if len(inside) > 1 and speaker_country in countries and len(inside & set(own)) == 1:
            # 'Zelenskiy ... thanked India "for India's support of Ukraine's sovereignty"': a
            # party naming itself in its own words speaks of its own war.
            inside &= set(own)
        if len(inside) == 1:
            # "thanked India for India's support of Ukraine's sovereignty": the side whose
            # sovereignty, territory or act the cue's own words name tells its conflict, not a
            # country beside it (India's own war).
            return inside.pop(), 0.9
        paragraph = info.sentence.paragraph
        if paragraph in self.answered:
            asked = self._conflict_asked(paragraph, match)
            if asked[0] is not None or match.cue.kind != "vote":
                return asked
            # "Q. Who voted against? A. Only Belarus.": the vote the article reports
        if self.main_conflict is not None and any(
            m.cue.kind == "vote" for m in self._cue_matches(info)
        ):
            # "Beijing had abstained because ...": the vote the article reports, on its
            # conflict; so is what the voter says beside it ("said his country had abstained
            # because ... and called on all parties to exercise restraint").
            return self.main_conflict, 0.9
        in_paragraph = self._paragraph_infos(paragraph)
        if quote is not None:
            in_paragraph += [
                i
                for i in self._paragraph_infos(quote.paragraphs[0], quote.paragraphs[-1])
                if i.sentence.paragraph in quote.paragraphs and i not in in_paragraph
            ]
        paragraph_named = [n for i in in_paragraph for _, n in self._sentence_conflicts(i)]
        if len(set(paragraph_named)) == 1:
            own = self._own_war_spoken_of(in_paragraph, info, paragraph_named[0], speaker_country)
            if own is not None:
                return own, 0.9
            if self._main_party_in(in_paragraph, paragraph_named[0]) or self._named_after_only(
                in_paragraph, info, paragraph_named[0]
            ):
                # "China called for restraint. ... the latest spillover of the Gaza conflict",
                # in a paragraph on Iran's strikes on Israel: the Gaza war named in passing.
                return self.main_conflict, 0.9
            return paragraph_named[0], 0.95
        # A country on one side of one conflict only ("violence in Myanmar"), the speaker's
        # own aside.
        own = {speaker_country} if speaker_country else set()
        sided = self._aside_conflicts([info], own, self._listed_ids([info]))
        if len(sided) == 1:
            return sided.pop(), 0.9
        if not sided:
            # "Albusaidi said the nuclear talks between Iran and the United States would not
            # take place. 'Diplomacy remains the only path,' he wrote": a sentence naming no
            # party speaks of the one its paragraph names aside.
            sided = self._aside_conflicts(
                [i for i in in_paragraph if i is not info], own, self._listed_ids(in_paragraph)
            )
            if len(sided) == 1:
                return sided.pop(), 0.85
        current = self._current_conflict(match.start)
        if current is not None:
            previous = self._paragraph_infos(paragraph - 1)
            if self._refers_to_conflict(info) or any(
                self._refers_to_conflict(i) for i in in_paragraph
            ):
                if self._main_party_in([*previous, *in_paragraph], current):
                    return self.main_conflict, 0.85
                return current, 0.9
            # A paragraph that names nothing still continues the conflict of the one before;
            # of several there, the article's own.
            if any(self._names_conflict(i) or self._refers_to_conflict(i) for i in previous):
                if current != self.main_conflict and (
                    any(self.main_conflict in self._opposed_conflicts(i) for i in previous)
                    or self._main_party_in([*previous, *in_paragraph], current)
                ):
                    return self.main_conflict, 0.85
                return current, 0.85
        if current is not None and len({number for _, number in self.conflict_positions}) == 1:
            return current, 0.85
        # An article that names no conflict but whose parties' countries all sit on one: that
        # (not its voters': "Abstaining: Argentina, Ukraine, ..." names no war).
        if not self.conflict_positions:
            aside = {listed for i in self.infos for listed in self._aside_ids(i, plain=True)}
            sided_all = {
                number
                for i in self.infos
                for actor in i.actors
                if id(actor) not in aside
                for number in self.x.conflicts_of_country.get(actor.country, ())
            }
            if len(sided_all) == 1:
                return sided_all.pop(), 0.85
        # A party to one conflict only, on an act it does not name ("Taiwan's defence ministry
        # condemned the drills"): its own conflict.
        own_conflicts = self.x.conflicts_of_country.get(speaker_country, ())
        if len(own_conflicts) == 1 and self.rules.act_of_war.search(
            self.text, info.sentence.start, info.sentence.end
        ):
            return own_conflicts[0], 0.85
        return None, 0.0

    def _listed_ids(self, infos: list[SentenceInfo]) -> set[int]:
        """The actors of these sentences that say nothing of a conflict: countries in a list of
        three or more, a vote's voters, and those of a relative clause describing the subject
        ("France, which co-chairs the Minsk Group with Russia, called for ...")."""
        listed = set()
        for info in infos:
            listed |= self._aside_ids(info)
            asides = [
                m.span()
                for m in RELATIVE_ASIDE_RE.finditer(
                    self.text, info.sentence.start, info.sentence.end
                )
            ]
            listed |= {id(a) for a in info.actors if any(s <= a.start < e for s, e in asides)}
        return listed

    def _aside_conflicts(self, infos: list[SentenceInfo], own: set[str], listed: set[int]):
        """The conflicts whose sides the countries (or party leaders: "Assad's regime") named
        aside in these sentences sit on, neither the speaker's own nor listed ones."""
        return {
            number
            for info in infos
            for actor in info.actors
            if (country := self._party_country(actor))
            and country not in own
            and not actor.subject_like
            and id(actor) not in listed
            and not self._capital_as_place(info, actor)
            for number in self.x.conflicts_of_country.get(country, ())
            if not self._not_yet(number)  # Israel in October 2023: Gaza's war, not Iran's
        }

    def _capital_as_place(self, info: SentenceInfo, actor) -> bool:
        """Whether a capital is named as the place where something happened ("the strike on
        its consulate in Damascus"), not as its government."""
        return (
            any(
                m.kind == "country" and m.name_kind == "capital" and m.start == actor.start
                for m in info.mentions
            )
            and self.text[max(info.sentence.start, actor.start - 4) : actor.start].lower() == " in "
        )

    def _conflict_asked(self, paragraph: int, match) -> tuple[int | None, float]:
        """In a press conference's answer, the conflict the question (or the answer so far)
        names, or the one last named when the question refers to one ("your comment on the
        war?"); never one carried over from an earlier question."""
        question = self.answered[paragraph]
        scope = [i for i in self.infos if question <= i.sentence.paragraph <= paragraph]
        named = {number for i in scope for _, number in self._sentence_conflicts(i)}
        if not named:
            # "What is China's comment on the situation in Sudan?": a country on one side.
            speaker = self.speakers.get(id(self._answer_event(paragraph)))
            own = speaker.country if speaker is not None else None
            named = {
                number
                for i in scope
                for actor in i.actors
                if actor.country and actor.country != own
                for number in self.x.conflicts_of_country.get(actor.country, ())
            }
            if len(named) == 1:
                return named.pop(), 0.85
            earlier = [q for q in self.questions if q < question]
            if len(named) > 1 and earlier:
                # "So Hungary stands with Israel?" after a question on Gaza: of the conflicts
                # the follow-up could mean, the one the question before named.
                before = max(earlier)
                previous = {
                    n for i in self._paragraph_infos(before) for _, n in self._sentence_conflicts(i)
                }
                if len(named & previous) == 1:
                    return (named & previous).pop(), 0.85
            named = set()
        if len(named) == 1:
            return named.pop(), 0.9
        asked = [i for i in scope if i.sentence.paragraph == question]
        if not named and any(self._refers_to_conflict(i) for i in asked):
            current = self._current_conflict(match.start)
            return (current, 0.85) if current is not None else (None, 0.0)
        return None, 0.0

    def _answer_event(self, paragraph: int):
        """The speech event of the answer's label ("Mao Ning:"), if it has one."""
        start = self.doc.paragraphs[paragraph][0]
        for info in self.infos:
            if info.sentence.start == start:
                return next(iter(info.speech), None)
        return None

    def _names_conflict(self, info: SentenceInfo) -> bool:
        return bool(self._sentence_conflicts(info))

    def _refers_to_conflict(self, info: SentenceInfo) -> bool:
        lowers = self.doc.words.lowers[info.sentence.first_word : info.sentence.last_word]
        if not self.x.anaphor_words.isdisjoint(lowers):
            return True
        lowered = self.text[info.sentence.start : info.sentence.end].lower()
        return any(phrase in lowered for phrase in self.x.anaphor_phrases)

    def _current_conflict(self, position: int) -> int | None:
        before = [number for start, number in self.conflict_positions if start <= position]
        return before[-1] if before else self.main_conflict

    def _side_mentions(self, info, conflict_number: int, conflict: ConflictEntry, people=False):
        """(start, end, inside a conflict's name?, side) of each mention naming a side."""
        found = []
        for mention in info.mentions:
            side = None
            if mention.kind in ("country", "inner_country"):
                side = self.x.side_of(conflict_number, mention.ref)
                if side and self._a_people_in_civil_war(mention, conflict, side):
                    continue
                if side is None:
                    # "the Sahrawi people": a demonym the gazetteer gives a country, which
                    # `side_names` gives a side of this conflict.
                    named = self.x.side_names.get(self.text[mention.start : mention.end].lower())
                    if named is not None and named[0] == conflict.slug:
                        side = named[1]
            elif mention.kind in ("side", "vague_side") and mention.ref[0] == conflict_number:
                side = mention.ref[1]
            elif people and mention.kind == "person" and mention.ref.terms:
                # "Putin is the aggressor": a party's leader stands for its side.
                side = self.x.side_of(conflict_number, mention.ref.terms[-1].country_iso3)
            if side:
                found.append((mention.start, mention.end, mention.kind == "inner_country", side))
        if people and "aggressor" in self.text[info.sentence.start : info.sentence.end]:
            aggressor = self._named_aggressor(conflict_number)
            if aggressor is not None:
                # "The aggressor must be held to account": the side the article calls so.
                for named in _AGGRESSOR_RE.finditer(
                    self.text, info.sentence.start, info.sentence.end
                ):
                    found.append((named.start(), named.end(), False, aggressor))
                found.sort()
        return found

    def _named_aggressor(self, conflict_number: int) -> str | None:
        """The side of a conflict the article names as the aggressor, if it does."""
        if conflict_number not in self._aggressors:
            self._aggressors[conflict_number] = self._find_aggressor(conflict_number)
        return self._aggressors[conflict_number]

    def _find_aggressor(self, conflict_number: int) -> str | None:
        conflict = self.conflicts[conflict_number]
        for word in re.finditer(r"aggressor", self.text, re.IGNORECASE):
            info = self._info_at(word.start())
            for start, end, inner, side in self._side_mentions(info, conflict_number, conflict):
                if inner:
                    continue
                if _NAMED_BEFORE_AGGRESSOR_RE.fullmatch(
                    self.text, end, word.start()
                ) or _NAMED_AFTER_AGGRESSOR_RE.fullmatch(self.text, word.end(), start):
                    return side
        return None

    def _a_people_in_civil_war(self, mention, conflict: ConflictEntry, side: str) -> bool:
        """ "The Syrian people" are no side of Syria's civil war (the government is): a
        demonym with "people" names a side only when both sides are states."""
        of_people = _PEOPLE_OF_RE.search(self.text, max(0, mention.start - 30), mention.start)
        if of_people is None and (
            mention.name_kind != "demonym" or not _PEOPLE_RE.match(self.text, mention.end)
        ):
            return False
        other = conflict.side_b_countries if side == "a" else conflict.side_a_countries
        return not other

    def _target_side(self, info, match, conflict_number, conflict, *, after_only=False):
        # "Putin is the aggressor", "Zelenskiy thanked Germany": a party's leader is its side
        people = match.cue.label == "condemns" or match.cue.holder == "object"
        mentions = self._side_mentions(info, conflict_number, conflict, people)
        if match.cue.target in ("before", "either") and not after_only:
            # A place in a conflict's name ("in the Taiwan Strait by force or coercion") is no
            # side named before the cue, unless the name says what was done to it ("Russia's
            # invasion of Ukraine was a flagrant breach").
            close_before = [
                m
                for m in mentions
                if m[1] <= match.start
                and match.start - m[1] <= 25
                and (not m[2] or self._victim_named(m[0]))
            ]
            # What an act is called: "called Venezuela's referendum ... an 'existential threat'".
            window = max(info.sentence.start, match.start - 80)
            called = self.rules.characterising.search(self.text, window, match.start)
            if not close_before and called:
                close_before = [m for m in mentions if called.end() <= m[0] and m[1] <= match.start]
            said = None if close_before or called else self._said_act(info, match)
            if said is not None:
                # 'said the shelling by Armenian forces ... was "reprehensible"': the act's
                # first side named, its agent or (flipped below) its victim.
                close_before = [m for m in mentions if said[0] <= m[0] and m[1] <= said[1]][:1]
            if not close_before and match.cue.target == "before":
                # "said that the Chinese coast guard's use of force was aggressive": the
                # clause's subject, its first side named.
                opened = max(
                    self.text.rfind(mark, info.sentence.start, match.start)
                    for mark in _CLAUSE_MARKS
                )
                while opened > info.sentence.start and _LISTED_ITEM_RE.match(self.text, opened):
                    # "Venezuela's threats, its annexation referendum and its new maps are an
                    # outright attack": a list of what the subject did, not a new clause.
                    opened = max(
                        self.text.rfind(mark, info.sentence.start, opened) for mark in _CLAUSE_MARKS
                    )
                clause_start = max(info.sentence.start, opened)
                in_clause = [m for m in mentions if clause_start <= m[0] and m[1] <= match.start]
                close_before = in_clause[:1]
            if close_before:
                start, _, _, side = close_before[-1]
                if self._victim_named(start):
                    return "b" if side == "a" else "a"  # "called the invasion of Ukraine illegal"
                against = _AGAINST_RE.search(self.text, max(0, start - 14), start)
                if against and match.cue.label == "supports":
                    # "Ukraine's fight against Russia has been supported by ...": the opponent.
                    return "b" if side == "a" else "a"
                return side
        if match.cue.label == "condemns" and self._third_country_condemned(
            info, match, conflict_number
        ):
            return None  # "slammed Hungary's Orban for his visit to Moscow": Hungary, no side
        reach = _SIDE_REACH_WORDS if match.cue.needs == "side" else TARGET_WINDOW_WORDS
        clause_end = self._clause_end(info, match.end, reach)
        if match.cue.target == "inside":
            # "accusing NATO of wanting to end Russia": the accused, not what follows "of".
            clause_end = match.end
        # The learned cue's match is the clause said: the side it opens on is its first.
        first = match.start - 1 if match.cue.learned else match.start
        after = [m for m in mentions if first < m[0] < clause_end]
        if match.cue.needs == "side":
            # Support goes to its direct object: "support for (the people of) Ukraine", not
            # "support for refugees from Ukraine".
            after = [m for m in after if m[0] <= match.end or self._supported(match.end, m[0])]
        if not after:
            if match.cue.needs == "side" and match.cue.label == "supports":
                return self._plan_owner_named_before(info, match, conflict_number, conflict)
            if match.cue.label == "condemns":
                return self._apposed_act_doer(info, match, mentions)
            return None
        if match.cue.needs == "side":
            first_end, first_side = after[0][1], after[0][3]
            joined = _BOTH_SIDES_RE.match(self.text, first_end)
            if joined and any(m[0] == joined.end() and m[3] != first_side for m in mentions):
                return None  # "supported India and Pakistan in resolving ...": neither side
            owned = _COUNTRY_POSSESSIVE_RE.match(self.text, first_end)
            if owned:
                # "support for Yemen's Ansarullah movement": the country's armed group.
                for start, _, _, side in mentions:
                    if start == owned.end() and side != first_side:
                        return side
        first_start, first_end, _, first_side = after[0]
        between = self.text[max(0, first_start - 8) : first_start].lower().endswith("between ")
        if match.cue.preamble and between:
            joined = _BOTH_SIDES_RE.match(self.text, first_end)
            if joined and any(m[0] == joined.end() and m[3] != first_side for m in mentions):
                # "concerned at the escalation of hostilities between Israel and Iran": both
                # sides' act, neither condemned (but "no equivalence between Russia and
                # Ukraine" blames the first).
                return None
        for start, _, inner, side in after:
            if self.rules.act_against_victim.search(self.text, match.start, start):
                # "the invasion of Ukraine", "attacks on Israel": the other side is the attacker.
                return "b" if side == "a" else "a"
            if not inner or start < match.end:
                return side
            # A place in a conflict's name ("the war in Ukraine") is not a side condemned; one
            # inside the cue's own words is its side ("the one-China principle", "opposes
            # Taiwan independence").
        return None

    def _apposed_act_doer(self, info, match, mentions) -> str | None:
        """The side that did an act condemned in a relative clause set in apposition to the
        clause reporting it: "Taiwan President Tsai Ing-wen met U.S. House Speaker Kevin
        McCarthy on Wednesday, a meeting that Beijing had warned against and described as a
        serious provocation" condemns Taiwan, the reporting clause's first side named."""
        apposed = None
        for found in _APPOSED_ACT_RE.finditer(self.text, info.sentence.start, match.start):
            apposed = found
        if apposed is None:
            return None
        before = [m for m in mentions if info.sentence.start <= m[0] and m[1] <= apposed.start()]
        if not before or before[0][2]:
            return None  # none, or a place in a conflict's name ("the war in Ukraine")
        return before[0][3]

    def _plan_owner_named_before(self, info, match, conflict_number, conflict) -> str | None:
        """The side whose plan "the plan" is: "Morocco's autonomy plan ... Spain described the
        plan as the most credible basis". Only when the article names one side's plan before
        the sentence; when it names both sides' plans, "the plan" is either."""
        window = max(info.sentence.start, match.start - 20)
        if _DEFINITE_PLAN_RE.search(self.text, window, match.end) is None:
            return None
        owners = {
            side
            for earlier in self.infos
            if earlier.sentence.start < info.sentence.start
            for start, end, inner, side in self._side_mentions(earlier, conflict_number, conflict)
            if not inner
            and (
                _OWNED_PLAN_RE.match(self.text, end)
                or _PLAN_BY_RE.search(self.text, max(0, start - 60), start)
            )
        }
        return owners.pop() if len(owners) == 1 else None

    def _victim_named(self, side_start: int) -> bool:
        """Whether an act against a victim names the side ("the invasion of Ukraine"; not
        "the shelling by Armenian forces", its agent)."""
        if _AGENT_BEFORE_RE.search(self.text, max(0, side_start - 10), side_start):
            return False
        return bool(
            self.rules.act_against_victim.search(self.text, max(0, side_start - 40), side_start)
        )

    def _said_act(self, info, match) -> tuple[int, int] | None:
        """The act a speaker characterises, as the subject of the clause right after the
        speech verb, if it names an act of war: 'the Foreign Office said the shelling by
        Armenian forces on villages in Terter, Aghdam and Fuzuli was "reprehensible"'."""
        verbs = [e for e in info.speech if not e.inverted and e.verb_start < match.start]
        if not verbs:
            return None
        verb_end = self.text.find(" ", verbs[-1].verb_start, match.start)
        if verb_end == -1:
            return None
        found = _SAID_SUBJECT_RE.fullmatch(self.text, verb_end, match.start)
        if found is None or not self.rules.act_of_war.search(self.text, *found.span(1)):
            return None
        return found.span(1)

    def _predicate_span(self, info, match) -> tuple[int, int]:
        """The part of the sentence that is the cue's own predicate: from the last "and" with
        a past verb of speech or of taking a position before it to the next one after it."""
        start = info.sentence.start
        while (joined := self._next_predicate(start, match.start)) is not None:
            start = joined.end()
        after = self._next_predicate(match.end, info.sentence.end)
        return start, after.start() if after is not None else info.sentence.end

    def _third_country_condemned(self, info, match, conflict_number: int) -> bool:
        """Whether the cue's direct object is a country that is no side of the conflict."""
        for mention in info.mentions:
            if mention.start >= match.end and mention.kind == "country":
                return bool(
                    _DIRECT_OBJECT_RE.fullmatch(self.text, match.end, mention.start)
                    and self.x.side_of(conflict_number, mention.ref) is None
                    and self.text[mention.start : mention.end].lower() not in self.x.side_names
                )
        return False

    def _supported(self, cue_end: int, side_start: int) -> bool:
        return bool(_SUPPORTED_OBJECT_RE.fullmatch(self.text, cue_end, side_start))

    def _next_predicate(self, start: int, end: int):
        """Where "and" with a past verb of speech or of taking a position opens another
        predicate ("denounced 'a new war crime' and said ...", "opposed ... and supported
        ..."; not the noun in "alarm ... and calls for calm"), if it does between two points."""
        if self.text.find("and", start, end) == -1:
            return None  # most stretches: no "and" at all (found at C speed, not scanned for)
        verbs = (self.rules.speech_verbs, self.rules.position_verbs)
        for joined in _AND_VERB_RE.finditer(self.text, start, end):
            verb = joined.group(1).lower()
            if any(verb in each for each in verbs) and (verb.endswith("ed") or verb in _PAST):
                return joined
        return None

    def _clause_end(self, info, position: int, reach: int = TARGET_WINDOW_WORDS) -> int:
        """Where a cue's object ends: a semicolon, the sentence's end, or `reach` words on."""
        end = info.sentence.end
        semicolon = self.text.find(";", position, end)
        if semicolon != -1:
            end = semicolon
        # "denounced 'a new war crime' and said Paris stood with Ukraine": another predicate.
        joined = self._next_predicate(position, end)
        if joined is not None:
            end = joined.start()
        quote = self.doc.quote_at(position - 1) if position else None
        if quote is not None and quote.end > position:
            # '"I condemn the attack," Biden said after speaking with Netanyahu': a quoted
            # sentence ends the object; a quoted phrase ('"strongly condemn" the regime') not.
            if self.text[quote.start : quote.end].rstrip("”\"’' ")[-1:] in (",", ".", "!", "?"):
                end = min(end, quote.end)
        starts = self.doc.words.starts
        first = bisect_left(starts, position, info.sentence.first_word, info.sentence.last_word)
        if first + reach < info.sentence.last_word:
            end = min(end, starts[first + reach])
        return end

    def _has_object(self, info, match, conflict_number, target) -> bool:
        if target is not None:
            return True
        clause_end = self._clause_end(info, match.end)
        window = self.text[match.start : clause_end]
        if self.rules.act_of_war.search(window):
            return True
        # What an act is called: "called the strike on the consulate 'a heinous act'".
        called = self.text[max(info.sentence.start, match.start - 60) : match.start]
        if self.rules.characterising.search(called) and self.rules.act_of_war.search(called):
            return True
        if match.cue.target in ("before", "either"):
            # "said that Russia's military operation was 'unacceptable'": the act is the
            # clause's subject.
            subject = _SUBJECT_ACT_RE.search(called)
            if subject and self.rules.act_of_war.search(subject.group(1)):
                return True
            if self._said_act(info, match) is not None:
                return True
        if match.cue.label == "condemns" and _ACT_REFERRED_RE.match(self.text, match.end):
            # "Japan strongly condemns this action": the act the report is about.
            return True
        if match.cue.label == "condemns" and _PRONOUN_OBJECT_RE.match(self.text, match.end):
            # 'said the strikes were regrettable. "We strongly condemn it," he added': the act
            # named in this sentence or the one before.
            index = info.sentence.index
            since = self.infos[index - 1].sentence.start if index else info.sentence.start
            if self.rules.act_of_war.search(self.text, since, match.start):
                return True
        return any(
            m.kind == "conflict" and match.end <= m.start < clause_end for m in info.mentions
        )

    def _legal_case(self, conflict_number: int) -> tuple[str, str | None] | None:
        """The side the legal case the article reports on is brought against, and the country
        that brought it (when the article says): (respondent side, applicant ISO3)."""
        if conflict_number not in self._cases:
            self._cases[conflict_number] = self._find_legal_case(conflict_number)
        return self._cases[conflict_number]

    def _find_legal_case(self, conflict_number: int) -> tuple[str, str | None] | None:
        conflict = self.conflicts[conflict_number]
        for found in _CASE_AGAINST_RE.finditer(self.text):
            info = self._info_at(found.start())
            sides = self._side_mentions(info, conflict_number, conflict)
            respondent = next((s for s in sides if s[0] == found.end() and not s[2]), None)
            if respondent is None:
                continue
            # "South Africa's case against", "the case brought by South Africa against"
            applicant = next(
                (
                    m.ref
                    for m in info.mentions
                    if m.kind == "country"
                    and (
                        found.start() < m.start < found.end()
                        or _APPLICANT_BEFORE_RE.fullmatch(self.text, m.end, found.start())
                    )
                ),
                None,
            )
            return respondent[3], applicant
        return None

    def _backs_applicant(self, info, match, conflict_number: int) -> bool:
        """ "Malaysia stands with South Africa", in an article on South Africa's case."""
        case = self._legal_case(conflict_number)
        if case is None or case[1] is None:
            return False
        return any(
            m.kind == "country"
            and m.ref == case[1]
            and match.end <= m.start
            and self._supported(match.end, m.start)
            for m in info.mentions
        )

    def _resolution_stance(self, conflict_number: int) -> tuple[str, str | None] | None:
        """What the resolution the article reports on does: its first call for a truce or
        talks, or its first condemnation (with the side it condemns). The body that adopted
        it says so too ("The U.N. Security Council on Monday demanded an immediate
        cease-fire"), as does "It" opening the sentence after one naming the text ("The
        resolution ... was adopted by 14 votes. It demands a cease-fire ...")."""
        previous = None
        concern = None
        for info in self.infos:
            stance = self._text_stance_in(info, conflict_number)
            if stance is None:
                opens = info.sentence.start
                if opens < self.dateline_end < info.sentence.end:
                    # "UNITED NATIONS, March 25 (Reuters) - The U.N. Security Council ..."
                    opens = self.dateline_end
                    while self.text[opens].isspace():
                        opens += 1
                opening = _ADOPTING_BODY_RE.match(
                    self.text, opens
                ) or _ADOPTING_BODY_CLAUSE_RE.search(self.text, opens, info.sentence.end)
                if opening is None and previous is not None:
                    opening = _TEXT_AS_IT_RE.match(self.text, info.sentence.start)
                    if opening is not None and not _RESOLUTION_RE.search(
                        self.text, previous.sentence.start, previous.sentence.end
                    ):
                        opening = None
                if opening is not None:
                    stance = self._text_stance_in(info, conflict_number, opening)
            if stance == ("condemns", None) and concern is None:
                # "a declaration expressing 'deep concern' at the rise in tensions ... The text
                # ... urges both Caracas and Georgetown to return to dialogue": concern that
                # names no side yields to the text's call, where it makes one.
                concern = stance
            elif stance is not None and (concern is None or stance[0] == "calls_for_negotiation"):
                return stance
            previous = info
        return concern

    def _drafted_text_stance(self, info, conflict_number: int) -> tuple[str, str | None] | None:
        """What the text a yes vote names by its drafter does, where the article describes it:
        "the original U.S. text was adopted ... The United States, China and Guyana voted
        yes" takes the stance of "a rival U.S.-drafted resolution that implores an end to the
        war", not that of the resolution the lead reports (the vote's sentence, else the one
        before it, names the text)."""
        index = info.sentence.index
        for near in (info, self.infos[index - 1] if index else None):
            if near is None:
                continue
            drafters = self._drafters_in(near)
            if drafters:
                break
        else:
            return None
        for each in self.infos:
            if drafters & self._drafters_in(each, by_too=True):
                stance = self._text_stance_in(each, conflict_number)
                if stance is not None:
                    return stance
        return None

    def _drafters_in(self, info, by_too: bool = False) -> set[str]:
        """The countries that name a text in the sentence as its drafters ("the U.S. text",
        and with `by_too` "a resolution drafted by Ukraine")."""
        text, start = self.text, info.sentence.start
        return {
            actor.country
            for actor in info.actors
            if actor.country
            and (
                _DRAFTER_TEXT_RE.match(text, actor.end, info.sentence.end)
                or (
                    by_too
                    and _DRAFTED_BY_RE.search(text, max(start, actor.start - 30), actor.start)
                )
            )
        }

    def _text_stance_in(
        self, info, conflict_number: int, named_by: re.Match | None = None
    ) -> tuple[str, str | None] | None:
        """What a text voted on does, in a sentence that names one. Before the word, a cue
        with a country as its subject is that voter's act, not the text's ("U.S. sides with
        Russia against UN resolution", "Hungary sided with Russia in voting against a
        resolution that condemned ..."); "The Assembly called for ... in a resolution" is."""
        conflict = self.conflicts[conflict_number]
        named = [named_by] if named_by is not None else []
        named += _RESOLUTION_RE.finditer(self.text, info.sentence.start, info.sentence.end)
        if not named:
            return None
        for match in self._cue_matches(info):
            # "the Council rejected a draft calling for a ceasefire": what came of the
            # vote, before the text is named, does not negate what the text says.
            since = max((n.end() for n in named if n.end() <= match.start), default=0)
            if self._negated(info, match, since):
                continue
            if match.start < named[0].start() and any(
                actor.subject_like and actor.country and actor.end <= match.start
                for actor in info.actors
            ):
                continue
            if match.cue.label == "calls_for_negotiation":
                return "calls_for_negotiation", None
            if match.cue.label == "condemns":
                return "condemns", self._target_side(info, match, conflict_number, conflict)
            if match.cue.label == "supports":
                side = self._target_side(info, match, conflict_number, conflict)
                if side is not None:
                    return f"supports_side_{side}", None
        return None
