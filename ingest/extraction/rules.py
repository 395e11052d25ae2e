"""Load the rule data (rules/*.toml) the engine runs on: cues, negations, titles, roles, context.

Editors extend these files without touching code; docs/extraction.md describes each one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .events import Event, load_events
from .learned import StanceModel

RULES_DIR = Path(__file__).parent / "rules"
# "votes_for" takes the stance of the resolution the article describes; "backs_case" that of
# the legal case it reports on (condemning the side the case is brought against), and
# "opposes_case" the opposite (supporting that side).
# The office kind of a vague title: someone official, but no office to look up.
VAGUE_OFFICE = "official"
STANCE_LABELS = frozenset(
    {
        "supports",
        "neutral",
        "condemns",
        "calls_for_negotiation",
        "abstains",
        "other",
        "votes_for",
        "backs_case",
        "opposes_case",
    }
)


@dataclass(frozen=True)
class Cue:
    label: str
    keywords: tuple[str, ...]
    pattern: re.Pattern
    needs: str | None
    target: str
    kind: str
    confidence: float
    # How many words before its keyword the cue's match may start (the engine tries each).
    before: int = 8
    # A concern that names no side yields to a call for talks said with it in one sentence.
    preamble: bool = False
    # Whom support goes to: the side named ("named"), or its opponent ("opponent": "Russia
    # must lose this war", "opposes Taiwan independence").
    backs: str = "named"
    # Who holds the position: the cue's subject ("subject"), or the countries listed right
    # after it ("object": "Zelenskiy thanked Germany and Poland for their support" is their
    # support of the thanker's side).
    holder: str = "subject"
    # The learned cue (learned.py): its match is the whole clause said, subject included.
    learned: bool = False


@dataclass(frozen=True)
class Blocker:
    pattern: re.Pattern
    reach: str  # "clause" or "subject"
    spares: frozenset[str]


@dataclass(frozen=True)
class Rules:
    cues: tuple[Cue, ...]
    negation_window: int
    negator: re.Pattern
    blockers: tuple[Blocker, ...]
    speech_verbs: frozenset[str]
    characterising_verbs: frozenset[str]
    characterising: re.Pattern
    verb_particles: frozenset[str]
    reporting_verbs: frozenset[str]
    source_after_phrases: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    object_markers: frozenset[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    plural_person: frozenset[str]
    neuter_person: frozenset[str]
    dummy_it_verbs: frozenset[str]
    collective_heads: frozenset[str]
    counterpart_heads: frozenset[str]
    document_heads: frozenset[str]
    example_groups: frozenset[str]
    example_markers: tuple[tuple[str, ...], ...]
    latter: tuple[tuple[str, ...], ...]
    joint_subjects: tuple[tuple[str, ...], ...]
    document_subjects: tuple[tuple[str, ...], ...]
    host_subjects: tuple[tuple[str, ...], ...]
    hosted_event: re.Pattern
    possessed_acts: frozenset[str]
    agent_verbs: frozenset[str]
    companions_in_subject: re.Pattern
    companions_opening: re.Pattern
    allies_joiner: re.Pattern
    companions_joined: re.Pattern
    companions_voted_with: re.Pattern
    companions_joined_in: re.Pattern
    companions_joined_by: re.Pattern
    companions_after_cue: re.Pattern
    companions_with_opener: re.Pattern
    companions_with_after_list: re.Pattern
    companions_next_before_list: re.Pattern
    companions_next_after_list: re.Pattern
    companions_next_joined: re.Pattern
    companions_next_joined_after: re.Pattern
    joint_document: re.Pattern
    multilateral_document: re.Pattern
    country_anaphors: tuple[tuple[str, ...], ...]
    bloc_disclaimer: re.Pattern
    bloc_member_nouns: frozenset[str]
    office_titles: dict[tuple[str, ...], str]
    institutions: tuple[tuple[str, ...], ...]
    title_modifiers: frozenset[str]
    anonymous_before: re.Pattern
    anonymous_after: re.Pattern
    fallback_kinds: dict[str, tuple[str, ...]]
    commentary_role: re.Pattern
    state_body: re.Pattern
    national_body: re.Pattern
    conflict_anaphors: tuple[tuple[str, ...], ...]
    act_of_war: re.Pattern
    act_against_victim: re.Pattern
    event_word: re.Pattern
    passing_conflict: re.Pattern
    page_furniture: re.Pattern
    position_verbs: frozenset[str]
    ambiguous_names: dict[str, tuple[str, ...]]
    conflict_places: tuple[tuple[str, str], ...]
    side_names: tuple[tuple[str, str, str], ...]
    regions: tuple[str, ...]
    # The learned cue (learned.py), None where no model was trained.
    stance_model: StanceModel | None = None
    # Dated public events (events.toml): what places an undated article in time.
    events: tuple[Event, ...] = ()

    @cached_property
    def pronoun_words(self) -> frozenset[str]:
        """Every word of the person sets: a sentence's pronoun scan looks at these alone."""
        return self.first_person | self.third_person | self.plural_person | self.neuter_person

    @cached_property
    def example_marker_ends(self) -> frozenset[str] | None:
        """The last word of each example marker ("as" of "such as"); None if one is empty."""
        if not all(self.example_markers):
            return None
        return frozenset(marker[-1] for marker in self.example_markers)


def _read(name: str, directory: Path) -> dict:
    with open(directory / name, "rb") as handle:
        return tomllib.load(handle)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _word_alternation(words: list[str]) -> re.Pattern:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


# Words that end a loose title's description before it: "a statement by the envoy" is no
# anonymous envoy.
_NOT_DESCRIPTIONS = "the of from by with to for in on at and or his her its their our that this as"


def _anonymous_before(titles: dict) -> re.Pattern:
    """What before a loose title makes it anonymous: "a senior Western " (up to three words
    after the indefinite article, none of them a preposition or determiner), "Western "."""
    determiners = _word_alternation(titles["anonymous_determiners"]).pattern
    regions = _word_alternation(titles["anonymous_regions"]).pattern
    stop = "|".join(_NOT_DESCRIPTIONS.split())
    return re.compile(
        rf"(?:{determiners}\s+(?:(?!(?:{stop})\b)[\w-]+\s+){{0,3}}|{regions}\s+)\Z",
        re.IGNORECASE,
    )


def _cue(entry: dict, source: str) -> Cue:
    label = entry["label"]
    if label not in STANCE_LABELS:
        raise ValueError(f"{source}: unknown cue label {label!r}")
    # Words split at hyphens ("de-escalation" is "de", "escalation"): a hyphened keyword is
    # looked for by its longest part ("de-escalat" by "escalat", "cease-fire" by "cease").
    keywords = tuple(dict.fromkeys(max(k.lower().split("-"), key=len) for k in entry["keywords"]))
    if not keywords:
        raise ValueError(f"{source}: cue {entry['pattern']!r} has no keywords")
    try:
        pattern = re.compile(entry["pattern"], re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{source}: bad pattern {entry['pattern']!r}: {error}") from error
    backs = entry.get("backs", "named")
    if backs not in ("named", "opponent"):
        raise ValueError(f"{source}: cue {entry['pattern']!r} backs {backs!r}")
    holder = entry.get("holder", "subject")
    if holder not in ("subject", "object"):
        raise ValueError(f"{source}: cue {entry['pattern']!r} holder {holder!r}")
    return Cue(
        label=label,
        keywords=keywords,
        pattern=pattern,
        needs=entry.get("needs"),
        target=entry.get("target", "after"),
        kind=entry.get("kind", "statement"),
        confidence=float(entry.get("confidence", 0.8)),
        before=int(entry.get("before", 8)),
        preamble=bool(entry.get("preamble", False)),
        backs=backs,
        holder=holder,
    )


def load_rules(directory: Path = RULES_DIR) -> Rules:
    """Read and compile every rule file in `directory`."""
    cues = _read("cues.toml", directory)
    negation = _read("negation.toml", directory)
    attribution = _read("attribution.toml", directory)
    titles = _read("titles.toml", directory)
    commentary = _read("commentary.toml", directory)
    context = _read("context.toml", directory)
    vague = {_phrase(title) for title in titles.get("vague", ())}
    office_titles = {
        _phrase(title): VAGUE_OFFICE if _phrase(title) in vague else kind
        for kind, names in titles["office_kinds"].items()
        for title in names
    }
    return Rules(
        cues=tuple(_cue(entry, "cues.toml") for entry in cues["cue"]),
        negation_window=int(negation.get("window_words", 5)),
        negator=re.compile(
            r"(?:" + "|".join(negation["negators"]) + r")(?:\W+\w+){0,3}\W*$", re.IGNORECASE
        ),
        blockers=tuple(
            Blocker(
                pattern=re.compile(entry["pattern"], re.IGNORECASE),
                reach=entry.get("reach", "subject"),
                spares=frozenset(entry.get("spares", ())),
            )
            for entry in negation["blocker"]
        ),
        speech_verbs=frozenset(
            v.lower() for v in [*attribution["speech_verbs"], *attribution["characterising_verbs"]]
        ),
        characterising_verbs=frozenset(v.lower() for v in attribution["characterising_verbs"]),
        characterising=_word_alternation(attribution["characterising_verbs"]),
        verb_particles=frozenset(attribution["verb_particles"]),
        reporting_verbs=frozenset(v.lower() for v in attribution["reporting_verbs"]),
        source_after_phrases=tuple(_phrase(p) for p in attribution["source_after_phrases"]),
        auxiliaries=frozenset(attribution["auxiliaries"]),
        object_markers=frozenset(attribution["object_markers"]),
        first_person=frozenset(attribution["first_person"]),
        third_person=frozenset(attribution["third_person"]),
        plural_person=frozenset(attribution["plural_person"]),
        neuter_person=frozenset(attribution["neuter_person"]),
        dummy_it_verbs=frozenset(attribution["dummy_it_verbs"]),
        collective_heads=frozenset(attribution["collective_heads"]),
        counterpart_heads=frozenset(attribution["counterpart_heads"]),
        document_heads=frozenset(attribution["document_heads"]),
        example_groups=frozenset(attribution["example_groups"])
        | frozenset(attribution["collective_heads"]),
        example_markers=tuple(_phrase(p) for p in attribution["example_markers"]),
        latter=tuple(_phrase(p) for p in attribution["latter"]),
        joint_subjects=tuple(_phrase(p) for p in attribution["joint_subjects"]),
        document_subjects=tuple(_phrase(p) for p in attribution["document_subjects"]),
        host_subjects=tuple(_phrase(p) for p in attribution["host_subjects"]),
        hosted_event=_word_alternation(attribution["hosted_events"]),
        possessed_acts=frozenset(attribution["possessed_acts"]),
        agent_verbs=frozenset(attribution["agent_verbs"]),
        companions_in_subject=re.compile(attribution["companions_in_subject"], re.IGNORECASE),
        companions_opening=re.compile(attribution["companions_opening"], re.IGNORECASE),
        allies_joiner=re.compile(attribution["allies_joiner"], re.IGNORECASE),
        companions_joined=re.compile(attribution["companions_joined"], re.IGNORECASE),
        companions_voted_with=re.compile(attribution["companions_voted_with"], re.IGNORECASE),
        companions_joined_in=re.compile(attribution["companions_joined_in"], re.IGNORECASE),
        companions_joined_by=re.compile(attribution["companions_joined_by"], re.IGNORECASE),
        companions_after_cue=re.compile(attribution["companions_after_cue"], re.IGNORECASE),
        companions_with_opener=re.compile(attribution["companions_with_opener"], re.IGNORECASE),
        companions_with_after_list=re.compile(
            attribution["companions_with_after_list"], re.IGNORECASE
        ),
        companions_next_before_list=re.compile(
            attribution["companions_next_before_list"], re.IGNORECASE
        ),
        companions_next_after_list=re.compile(
            attribution["companions_next_after_list"], re.IGNORECASE
        ),
        companions_next_joined=re.compile(attribution["companions_next_joined"], re.IGNORECASE),
        companions_next_joined_after=re.compile(
            attribution["companions_next_joined_after"], re.IGNORECASE
        ),
        joint_document=re.compile("|".join(attribution["joint_documents"]), re.IGNORECASE),
        multilateral_document=re.compile(
            "|".join(attribution["multilateral_documents"]), re.IGNORECASE
        ),
        country_anaphors=tuple(_phrase(p) for p in attribution["country_anaphors"]),
        bloc_disclaimer=re.compile("|".join(attribution["bloc_disclaimers"]), re.IGNORECASE),
        bloc_member_nouns=frozenset(attribution["bloc_member_nouns"]),
        office_titles=office_titles,
        institutions=tuple(_phrase(p) for p in titles["institutions"]),
        title_modifiers=frozenset(titles.get("modifiers", ())),
        anonymous_before=_anonymous_before(titles),
        anonymous_after=re.compile(
            r"\s*,?\s*" + _word_alternation(titles["anonymous_after"]).pattern, re.IGNORECASE
        ),
        fallback_kinds={k: tuple(v) for k, v in titles.get("fallback_kinds", {}).items()},
        commentary_role=_word_alternation(commentary["roles"]),
        state_body=_word_alternation(attribution["state_bodies"]),
        national_body=_word_alternation(attribution["national_bodies"]),
        conflict_anaphors=tuple(_phrase(p) for p in context["anaphors"]),
        act_of_war=_word_alternation(context["acts_of_war"]),
        act_against_victim=re.compile(
            _word_alternation(
                [a for a in context["acts_against_victim"] if a not in context["acts_of_doer"]]
            ).pattern
            # "attacks on Port Sudan": a place named after the side is the side
            + r"[\"”’']?\s+(?:\w+\s+){0,2}?(?:of|on|against|in|into|upon)\s+(?:the\s+)?"
            + r"(?-i:[A-Z][\w-]*\s+)?$"
            # "the offensive of the M23": its doer; "the offensive on Goma": its victim
            + "|"
            + _word_alternation(context["acts_of_doer"]).pattern
            + r"[\"”’']?\s+(?:\w+\s+){0,2}?(?:on|against|in|into|upon)\s+(?:the\s+)?"
            + r"(?-i:[A-Z][\w-]*\s+)?$",
            re.IGNORECASE,
        ),
        event_word=_word_alternation(context["event_words"]),
        # "the latest spillover of the Gaza conflict": ends right before the conflict's name
        passing_conflict=re.compile(
            _word_alternation(context["passing_conflict"]).pattern + r"\s+(?:the\s+)?\Z",
            re.IGNORECASE,
        ),
        position_verbs=frozenset(context["position_verbs"]),
        page_furniture=re.compile(
            r"^[ \t]*"
            + _word_alternation(context["page_furniture"]).pattern
            + r"\s*(?:on\b|at\b|[:\-–—]).*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        conflict_places=tuple((place, slug) for place, slug in context.get("conflict_places", ())),
        side_names=tuple((name, slug, side) for name, slug, side in context.get("side_names", ())),
        regions=tuple(context.get("regions", ())),
        stance_model=StanceModel.load(directory / "learned_cues.json"),
        events=load_events(directory / "events.toml"),
        ambiguous_names={
            name.lower(): tuple(countries)
            for name, countries in context.get("ambiguous_names", {}).items()
        },
    )


@cache
def default_rules() -> Rules:
    return load_rules()
