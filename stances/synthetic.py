"""Synthetic data at scale over the real reference data, for the benchmarks (bench/).

Every country and conflict of the reference data gets statements, with the skew real coverage
has: a few countries and conflicts carry most of them (Zipf weights), coverage grows towards
the present and spikes when a conflict breaks out. Around them: people holding terms in
synthetic offices, articles the statements quote, resolutions and every UN member's vote.

Reproducible: the same seed and the same `until` give the same rows (ids aside), because
nothing reads the clock. Articles, resolutions and sources live under SYNTHETIC_HOST and
SYNTHETIC_SYMBOL, which marks them. Nothing is ever deleted or updated, except the derived
stance changes, rebuilt from all the statements at the end.

PostgreSQL is filled with COPY (psycopg 3), anything else with executemany; the two big tables
get explicit ids so that statements can point at articles without reading them back.
"""

import bisect
import hashlib
import itertools
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection, models, transaction

from actors.choices import OfficeKind, UNStatus
from actors.models import Bloc, Country, Office, Person, Term
from ingest.choices import ArticleState, SubmissionSource
from ingest.models import Article

from .choices import DatePrecision, Origin, ReviewStatus, Stance, StatementKind
from .models import Conflict, Resolution, Statement, Vote
from .services import stance_changes_rebuild

SYNTHETIC_HOST = "synthetic.invalid"
SYNTHETIC_SYMBOL = "A/RES/SYN-"
DEFAULT_SINCE = date(2019, 1, 1)
DEFAULT_UNTIL = date(2026, 10, 31)
# executemany batch on backends without COPY.
INSERT_BATCH = 2000

# Who is covered most, in order; every other country follows in a seeded order.
PROMINENT = (
    "USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "ISR", "IRN", "TUR", "IND", "JPN",
    "SAU", "QAT", "EGY", "PAK", "BRA", "ZAF", "KOR", "ITA", "CAN", "AUS", "POL", "ARE",
)  # fmt: skip
STANCE_WEIGHTS = {
    Stance.SUPPORTS_SIDE_A: 22,
    Stance.SUPPORTS_SIDE_B: 8,
    Stance.CONDEMNS: 20,
    Stance.NEUTRAL: 12,
    Stance.CALLS_FOR_NEGOTIATION: 25,
    Stance.ABSTAINS: 5,
    Stance.OTHER: 8,
}
KIND_WEIGHTS = {
    StatementKind.STATEMENT: 60,
    StatementKind.REPORTED_SPEECH: 20,
    StatementKind.VOTE: 4,
    StatementKind.ACTION: 6,
    StatementKind.COMMENTARY: 10,
}
STATUS_WEIGHTS = {ReviewStatus.APPROVED: 85, ReviewStatus.PENDING: 10, ReviewStatus.REJECTED: 5}
PRECISION_WEIGHTS = {DatePrecision.DAY: 95, DatePrecision.MONTH: 4, DatePrecision.YEAR: 1}
ARTICLE_STATE_WEIGHTS = {
    ArticleState.EXTRACTED: 90,
    ArticleState.DUPLICATE: 4,
    ArticleState.FAILED: 3,
    ArticleState.FETCHED: 2,
    ArticleState.QUEUED: 1,
}
SYNTHETIC_OFFICES = (
    (OfficeKind.FOREIGN_MINISTER, "Deputy Foreign Minister of {}"),
    (OfficeKind.UN_ENVOY, "Permanent Representative of {} to the United Nations"),
    (OfficeKind.SPOKESPERSON, "Spokesperson of the Foreign Ministry of {}"),
    (OfficeKind.UN_ENVOY, "Special Envoy of {} for Peace Talks"),
)
OUTLETS = (
    "Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera", "The Guardian",
    "The New York Times", "Le Monde", "Deutsche Welle", "Kyiv Independent", "TASS", "Xinhua",
    "Times of Israel", "Haaretz", "Dawn", "The Hindu", "Anadolu Agency", "Nikkei Asia",
    "South China Morning Post", "Khmer Times", "Daily Maverick", "Folha de S.Paulo",
    "El País", "Yonhap", "Kyodo", "The Straits Times", "Arab News", "Premium Times",
    "Addis Standard", "Sudan Tribune", "Myanmar Now", "Hespress", "Stabroek News",
    "Taipei Times", "Asharq Al-Awsat", "Azatutyun", "APA", "Radio Okapi", "The East African",
    "Politico Europe",
)  # fmt: skip
FIRST_NAMES = (
    "Ana", "Ahmed", "Olena", "Wei", "Maria", "John", "Fatima", "Kenji", "Amara", "Luis",
    "Sofia", "Ivan", "Priya", "Omar", "Chen", "Elena", "Kwame", "Yuki", "Nadia", "Carlos",
    "Lena", "Tariq", "Ines", "Dmitri", "Aisha", "Jonas", "Mei", "Samuel", "Leila", "Pablo",
    "Hana", "Mikhail", "Zainab", "Thomas", "Lucia", "Yusuf", "Ingrid", "Arjun", "Rania",
    "Marek", "Chiara", "Kofi", "Sakura", "Hassan", "Eva", "Rafael", "Nguyen", "Amina", "Piotr",
)  # fmt: skip
LAST_NAMES = (
    "Silva", "Haddad", "Kovalenko", "Zhang", "Garcia", "Smith", "Rahman", "Tanaka", "Okafor",
    "Fernandez", "Rossi", "Petrov", "Sharma", "Khalil", "Liu", "Popescu", "Mensah", "Sato",
    "Karimi", "Lopez", "Novak", "Aziz", "Moreau", "Volkov", "Bello", "Schmidt", "Wang",
    "Mwangi", "Nasser", "Ortega", "Kim", "Sokolov", "Diallo", "Jensen", "Romano", "Yilmaz",
    "Larsen", "Iyer", "Saleh", "Nowak", "Bianchi", "Asante", "Suzuki", "Mansour", "Dubois",
    "Costa", "Tran", "Abubakar", "Kowalski", "Hughes", "Ivanova", "Mendes", "Park", "Osei",
)  # fmt: skip
STANCE_PHRASES = {
    Stance.SUPPORTS_SIDE_A: (
        "stands firmly with {a} in the {name}",
        "reaffirmed its support for {a} and its sovereignty in the {name}",
        "will keep supplying {a} for as long as the {name} lasts",
    ),
    Stance.SUPPORTS_SIDE_B: (
        "backs {b} and its security concerns in the {name}",
        "expressed solidarity with {b} over the {name}",
        "understands the position of {b} in the {name}",
    ),
    Stance.CONDEMNS: (
        "condemns in the strongest terms the attacks in the {name}",
        "strongly condemned the latest strikes and the killing of civilians in the {name}",
        "denounced the violations of international law in the {name}",
    ),
    Stance.NEUTRAL: (
        "does not take sides in the {name}",
        "maintains a neutral position on the {name}",
        "will remain impartial in the {name}",
    ),
    Stance.CALLS_FOR_NEGOTIATION: (
        "calls for an immediate ceasefire and negotiations to end the {name}",
        "urged both parties to return to dialogue over the {name}",
        "offered to mediate talks between {a} and {b} in the {name}",
    ),
    Stance.ABSTAINS: (
        "abstained on the resolution about the {name}",
        "chose to abstain in the vote on the {name}",
    ),
    Stance.OTHER: (
        "is following developments in the {name} closely",
        "discussed the {name} with its partners",
    ),
}
# Common topics first: the Zipf weights make the first ones frequent and the last ones rare.
TOPICS = (
    "humanitarian aid", "civilians", "the ceasefire", "sanctions", "international law",
    "refugees", "the United Nations", "peace talks", "security", "territorial integrity",
    "energy prices", "food security", "hostages", "reconstruction", "the blockade", "drones",
    "air defence", "grain exports", "shipping lanes", "prisoner exchanges", "mediation",
    "war crimes", "the nuclear plant", "landmines", "the border crossing", "famine",
    "cluster munitions", "the maritime boundary", "the peacekeeping mission", "cyberattacks",
    "the arms embargo", "phosphate exports", "cobalt mining", "the oil pipeline",
    "the water treaty", "the evacuation corridor", "the hospital ship", "desalination plants",
)  # fmt: skip
QUOTE_OPENINGS = (
    "{actor} {phrase}.",
    "“{Actor} {phrase},” the {role} told reporters.",
    "In a statement, {actor} said it {phrase}.",
    "Speaking in {capital}, the {role} said {actor} {phrase}.",
)
TOPIC_SENTENCES = (
    "The {role} also raised {topic} and {topic2}.",
    "Talks in {capital} focused on {topic}.",
    "Officials stressed that {topic} must come first.",
    "Diplomats said {topic} would be discussed again next week.",
    "The statement made no mention of {topic}.",
)


def _zipf(n: int, exponent: float) -> list[float]:
    """Return cumulative Zipf weights for n ranked items, for random.choices(cum_weights=)."""
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(n)))


@dataclass(frozen=True)
class Plan:
    """How much synthetic data to make, over which period, from which seed."""

    statements: int
    articles: int
    people: int | None = None
    resolutions: int | None = None
    seed: int = 1
    since: date = DEFAULT_SINCE
    until: date = DEFAULT_UNTIL

    @property
    def people_count(self) -> int:
        return self.people if self.people is not None else max(200, self.statements // 200)

    @property
    def resolutions_count(self) -> int:
        if self.resolutions is not None:
            return self.resolutions
        return min(300, max(15, self.statements // 5000))


@dataclass(frozen=True)
class _Term:
    start: date
    end: date | None
    person_id: int
    office_id: int


@dataclass(frozen=True)
class _ArticleRef:
    id: int
    url: str
    title: str
    outlet: str
    published: date


class _Weighted:
    """Draw from a fixed population with fixed weights, fast (cumulative weights once)."""

    def __init__(self, rng: random.Random, population, weights):
        self.rng, self.population = rng, list(population)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self):
        return self.population[bisect.bisect(self.cum, self.rng.random() * self.total)]


class _Generator:
    """Hold the reference data and the random state for one run."""

    def __init__(self, plan: Plan, *, progress: Callable[[int], None]):
        self.plan, self.progress = plan, progress
        self.rng = random.Random(plan.seed)
        # Streams of their own for what depends on the database's state (offices already
        # there, terms), so that the statements stay the same whatever it held before.
        self.people_rng = random.Random(f"{plan.seed}-people")
        self.speaker_rng = random.Random(f"{plan.seed}-speakers")
        rng = self.rng
        countries = list(Country.objects.order_by("iso3"))
        if not countries:
            raise ValueError("No countries: load the reference data first.")
        self.conflicts = list(Conflict.objects.order_by("pk"))
        if not self.conflicts:
            raise ValueError("No conflicts: load the reference data first.")
        by_iso3 = {c.iso3: c for c in countries}
        rest = [c for c in countries if c.iso3 not in PROMINENT]
        rng.shuffle(rest)
        self.countries = [by_iso3[i] for i in PROMINENT if i in by_iso3] + rest
        self.country = _Weighted(rng, self.countries, _diffs(_zipf(len(self.countries), 1.05)))
        self.conflict = _Weighted(rng, self.conflicts, _diffs(_zipf(len(self.conflicts), 0.9)))
        self.blocs = list(Bloc.objects.order_by("slug"))
        self.stance = _Weighted(rng, STANCE_WEIGHTS, STANCE_WEIGHTS.values())
        self.kind = _Weighted(rng, KIND_WEIGHTS, KIND_WEIGHTS.values())
        self.status = _Weighted(rng, STATUS_WEIGHTS, STATUS_WEIGHTS.values())
        self.precision = _Weighted(rng, PRECISION_WEIGHTS, PRECISION_WEIGHTS.values())
        self.outlet = _Weighted(rng, OUTLETS, _diffs(_zipf(len(OUTLETS), 1.0)))
        self.topic = _Weighted(rng, TOPICS, _diffs(_zipf(len(TOPICS), 1.1)))
        self.capital = _Weighted(
            rng,
            [c.capital for c in self.countries if c.capital],
            _diffs(_zipf(sum(1 for c in self.countries if c.capital), 0.8)),
        )
        self.days = (plan.until - plan.since).days + 1
        # Each country leans one way on each conflict: most of its statements say that.
        self.disposition = {
            (country.pk, conflict.pk): self.stance()
            for country in self.countries
            for conflict in self.conflicts
        }
        self.terms: dict[int, dict[int, list[_Term]]] = {}
        self.articles: list[_ArticleRef] = []

    # Dates ------------------------------------------------------------------------------------

    def statement_date(self, conflict: Conflict) -> date:
        """Coverage grows towards the present, and spikes in the weeks after an outbreak."""
        rng = self.rng
        began = conflict.began
        if began and began >= self.plan.since and rng.random() < 0.15:
            day = began + timedelta(days=int(rng.expovariate(1 / 20)))
        else:
            start = max(began, self.plan.since) if began else self.plan.since
            span = (self.plan.until - start).days
            day = start + timedelta(days=int(span * rng.random() ** 0.6))
        return min(day, self.plan.until)

    def moment(self, day: date) -> datetime:
        return datetime.combine(day, time(), tzinfo=UTC) + timedelta(
            seconds=self.rng.randrange(6 * 3600, 22 * 3600)
        )

    # People and offices -------------------------------------------------------------------------

    def people_and_terms(self) -> int:
        """Create synthetic offices and the people holding them, one term after another."""
        rng, plan = self.people_rng, self.plan
        existing = set(Office.objects.values_list("country_id", "title"))
        offices = Office.objects.bulk_create(
            [
                Office(country=country, kind=kind, title=title.format(country.name)[:150])
                for country in self.countries
                for kind, title in SYNTHETIC_OFFICES
                if (country.pk, title.format(country.name)[:150]) not in existing
            ]
        )
        by_country = defaultdict(list)
        for office in offices:
            by_country[office.country_id].append(office)
        # People per country follow coverage, at least one per synthetic office.
        weights = _diffs(_zipf(len(self.countries), 1.05))
        total = sum(weights)
        people, holders = [], []
        for country, weight in zip(self.countries, weights, strict=True):
            country_offices = by_country.get(country.pk, [])
            count = max(len(country_offices), round(plan.people_count * weight / total))
            for n in range(count if country_offices else 0):
                people.append(Person(name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"))
                holders.append(country_offices[n % len(country_offices)])
        Person.objects.bulk_create(people)
        # Each office's holders serve one after the other from `since` on; the last stays.
        terms, starts = [], defaultdict(lambda: plan.since - timedelta(days=365 * 2))
        by_office = defaultdict(list)
        for person, office in zip(people, holders, strict=True):
            by_office[office.pk].append(person)
        for office_id, holders_of_office in by_office.items():
            start = starts[office_id]
            for n, person in enumerate(holders_of_office):
                last = n == len(holders_of_office) - 1
                end = None if last else start + timedelta(days=rng.randrange(300, 1500))
                terms.append(
                    Term(
                        person=person,
                        office_id=office_id,
                        start=start,
                        end=end,
                        source="synthetic",
                    )
                )
                if end:
                    start = end + timedelta(days=1)
        Term.objects.bulk_create(terms)
        # Real terms too: a statement may quote a real head of state in office that day.
        for term in Term.objects.select_related("office"):
            offices_of = self.terms.setdefault(term.office.country_id, {})
            offices_of.setdefault(term.office_id, []).append(
                _Term(term.start, term.end, term.person_id, term.office_id)
            )
        for offices_of in self.terms.values():
            for office_terms in offices_of.values():
                office_terms.sort(key=lambda t: t.start)
        return len(people)

    def speaker_on(self, country_id: int, day: date) -> tuple[int | None, int | None]:
        offices_of = self.terms.get(country_id)
        if not offices_of or self.speaker_rng.random() < 0.3:
            return None, None
        office_terms = offices_of[self.speaker_rng.choice(sorted(offices_of))]
        at = bisect.bisect_right([t.start for t in office_terms], day) - 1
        if at < 0 or (office_terms[at].end and office_terms[at].end < day):
            return None, None
        return office_terms[at].person_id, office_terms[at].office_id

    # Articles --------------------------------------------------------------------------------

    def article_rows(self, first_id: int) -> Iterator[tuple]:
        rng = self.rng
        for n in range(self.plan.articles):
            pk = first_id + n
            outlet = self.outlet()
            conflict = self.conflict()
            published = self.statement_date(conflict)
            country = self.country()
            title = f"{country.name} on the {conflict.name}: {self.topic()} in focus"
            text = "\n\n".join(
                self.topic_sentence(role="foreign minister") for _ in range(rng.randrange(8, 16))
            )
            url = f"https://{SYNTHETIC_HOST}/{_slug(outlet)}/{pk}"
            self.articles.append(_ArticleRef(pk, url, title, outlet, published))
            state = rng.choices(list(ARTICLE_STATE_WEIGHTS), list(ARTICLE_STATE_WEIGHTS.values()))[
                0
            ]
            fetched = self.moment(published)
            yield (
                pk,
                url,
                url,
                None,
                SubmissionSource.URL,
                outlet,
                title,
                text,
                published,
                "en",
                hashlib.sha256(text.encode()).hexdigest(),
                "",
                None,
                state,
                "Synthetic failure." if state == ArticleState.FAILED else "",
                1,
                False,
                fetched,
                fetched + timedelta(minutes=1) if state == ArticleState.EXTRACTED else None,
                None,
                fetched,
                fetched,
            )

    # Statements ------------------------------------------------------------------------------

    def topic_sentence(self, *, role: str) -> str:
        return self.rng.choice(TOPIC_SENTENCES).format(
            role=role, topic=self.topic(), topic2=self.topic(), capital=self.capital()
        )

    def statement_rows(self, first_id: int) -> Iterator[tuple]:
        rng = self.rng
        for n in range(self.plan.statements):
            conflict = self.conflict()
            bloc = self.blocs and rng.random() < 0.02
            country = None if bloc else self.country()
            actor_name = rng.choice(self.blocs).name if bloc else country.name
            stance = (
                self.disposition[(country.pk, conflict.pk)]
                if country is not None and rng.random() < 0.65
                else self.stance()
            )
            target = rng.choice("ab") if stance == Stance.CONDEMNS and rng.random() < 0.6 else ""
            day = self.statement_date(conflict)
            precision = self.precision()
            if precision == DatePrecision.MONTH:
                day = day.replace(day=1)
            elif precision == DatePrecision.YEAR:
                day = day.replace(month=1, day=1)
            speaker_id, office_id = (
                self.speaker_on(country.pk, day) if country is not None else (None, None)
            )
            role = "foreign minister" if speaker_id else "spokesperson"
            phrase = rng.choice(STANCE_PHRASES[stance]).format(
                a=conflict.side_a_label, b=conflict.side_b_label, name=conflict.name
            )
            quote = " ".join(
                [
                    rng.choice(QUOTE_OPENINGS).format(
                        actor=actor_name,
                        Actor=actor_name,
                        phrase=phrase,
                        role=role,
                        capital=self.capital(),
                    ),
                    *(self.topic_sentence(role=role) for _ in range(rng.randrange(1, 3))),
                ]
            )
            summary = f"{actor_name} {phrase}." if rng.random() < 0.3 else ""
            article = rng.choice(self.articles) if self.articles and rng.random() < 0.6 else None
            outlet = article.outlet if article else self.outlet()
            status = self.status()
            pipeline = article is not None and rng.random() < 0.8
            created = self.moment(day)
            # A few statements are undated: the rule ignores them and lists put them last.
            undated = rng.random() < 0.003
            yield (
                first_id + n,
                None if bloc else country.pk,
                rng.choice(self.blocs).pk if bloc else None,
                speaker_id,
                office_id,
                conflict.pk,
                stance,
                target,
                self.kind(),
                None if undated else day,
                precision,
                quote,
                summary,
                article.url if article else f"https://{SYNTHETIC_HOST}/{_slug(outlet)}/s{n}",
                article.title[:500] if article else f"{actor_name} on the {conflict.name}",
                outlet,
                article.published if article else day,
                article.id if article else None,
                None,
                None,
                round(rng.uniform(0.5, 1.0), 3) if pipeline else None,
                status,
                None,
                created + timedelta(hours=20) if status != ReviewStatus.PENDING else None,
                Origin.PIPELINE if pipeline else Origin.EDITOR,
                None,
                created,
                created,
            )

    # Resolutions and votes -------------------------------------------------------------------

    def resolutions_and_votes(self) -> tuple[int, int]:
        rng = self.rng
        first = (Resolution.objects.aggregate(m=models.Max("pk"))["m"] or 0) + 1
        resolutions = Resolution.objects.bulk_create(
            [
                Resolution(
                    symbol=f"{SYNTHETIC_SYMBOL}{first + n}",
                    date=self.statement_date(conflict),
                    title=f"The situation in the {conflict.name}",
                    conflict=conflict,
                )
                for n, conflict in enumerate(
                    self.conflict() for _ in range(self.plan.resolutions_count)
                )
            ]
        )
        members = [c for c in self.countries if c.un_status == UNStatus.MEMBER]
        leaning = {
            Stance.SUPPORTS_SIDE_A: "YYYYYA",
            Stance.SUPPORTS_SIDE_B: "NNNAAX",
            Stance.NEUTRAL: "AAAAYX",
            Stance.ABSTAINS: "AAAAAX",
        }
        votes = [
            Vote(
                resolution=resolution,
                country=country,
                vote=rng.choice(
                    leaning.get(self.disposition[(country.pk, resolution.conflict_id)], "YYYANX")
                ),
            )
            for resolution in resolutions
            for country in members
        ]
        Vote.objects.bulk_create(votes, batch_size=INSERT_BATCH)
        return len(resolutions), len(votes)


ARTICLE_FIELDS = (
    "id", "url", "canonical_url", "feed", "source", "outlet", "title", "text", "published",
    "language", "content_hash", "fingerprint", "duplicate_of", "state", "failure_reason",
    "attempts", "awaiting_broker", "fetched_at", "extracted_at", "submitted_by", "created_at",
    "updated_at",
)  # fmt: skip
STATEMENT_FIELDS = (
    "id", "actor_country", "actor_bloc", "speaker", "speaker_office", "conflict", "stance",
    "target_side", "kind", "date", "date_precision", "quote", "summary", "source_url",
    "source_title", "source_outlet", "source_published", "article", "evidence_start",
    "evidence_end", "confidence", "status", "reviewed_by", "reviewed_at", "origin",
    "created_by", "created_at", "updated_at",
)  # fmt: skip


def _diffs(cumulative: list[float]) -> list[float]:
    return [b - a for a, b in zip([0.0, *cumulative], cumulative, strict=False)]


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def _batched(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    # itertools.batched is Python 3.12; the project supports 3.11.
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _next_id(model: type[models.Model]) -> int:
    return (model.objects.aggregate(m=models.Max("pk"))["m"] or 0) + 1


def _insert(
    model: type[models.Model],
    fields: tuple[str, ...],
    rows: Iterable[tuple],
    progress: Callable[[int], None],
) -> None:
    """Insert rows given in `fields` order: COPY on PostgreSQL, executemany elsewhere."""
    meta = model._meta
    columns = [meta.get_field(name) for name in fields]
    table = connection.ops.quote_name(meta.db_table)
    names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for batch in _batched(rows, INSERT_BATCH):
                    for row in batch:
                        copy.write_row(row)
                    progress(len(batch))
            # Explicit ids bypass the identity sequence: move it past them.
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{meta.db_table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )
            cursor.execute(f"ANALYZE {table}")
            return
        placeholders = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({names}) VALUES ({placeholders})"
        for batch in _batched(rows, INSERT_BATCH):
            cursor.executemany(
                sql,
                [
                    [f.get_db_prep_save(v, connection) for f, v in zip(columns, row, strict=True)]
                    for row in batch
                ],
            )
            progress(len(batch))


def synthetic_generate(*, plan: Plan, progress: Callable[[int], None] = lambda n: None) -> dict:
    """Add synthetic people, articles, statements, resolutions and votes; return the counts.

    `progress` is called with the number of article and statement rows written since the last
    call. One transaction: a failure leaves nothing behind.
    """
    with transaction.atomic():
        generator = _Generator(plan, progress=progress)
        people = generator.people_and_terms()
        _insert(Article, ARTICLE_FIELDS, generator.article_rows(_next_id(Article)), progress)
        _insert(
            Statement, STATEMENT_FIELDS, generator.statement_rows(_next_id(Statement)), progress
        )
        resolutions, votes = generator.resolutions_and_votes()
        # COPY bypasses the signals that keep the stance changes.
        stance_changes_rebuild()
    return {
        "people": people,
        "articles": plan.articles,
        "statements": plan.statements,
        "resolutions": resolutions,
        "votes": votes,
    }
