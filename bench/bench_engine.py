"""Time the stance extraction engine alone, on one core.

    .venv/bin/python bench/bench_engine.py [--articles 400] [--words 1000]

Builds a synthetic gazetteer the size of the real one at its largest (250 countries with
aliases, demonyms, capitals and metonyms; 500 people with dated offices; 20 blocs; 15 conflicts
with aliases) and synthetic wire-style articles of about 1,000 words mixing attributed quotes,
stance cues, dates and plain background, then prints articles per second (CPU time, the best
of a few rounds: shared machines are noisy). The target is at least 200 articles a second.
"""

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extraction import Extractor, Gazetteer  # noqa: E402

TARGET_PER_SECOND = 200
SYLLABLES = "ka lo ri ma ten sur vel dan mo ri za pe lu na tor gan bel is ar um os".split()
KINDS = ["head_of_state", "head_of_government", "foreign_minister", "un_envoy", "spokesperson"]
FILLER = (
    "the of and to in a is that for on with as was by at from it an be has have are this which "
    "but they had were their its been more also would about after who over into new other "
    "market prices officials economy region week government report growth trade exports year "
    "month city talks people police court election minister parliament budget shipping oil "
    "wheat energy analysts investors company shares bank inflation rates border aid refugees"
).split()


def made_up_name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def synthetic_gazetteer(rng: random.Random) -> Gazetteer:
    countries, used = [], set()
    while len(countries) < 250:
        name = made_up_name(rng, rng.randint(2, 3))
        if name in used:
            continue
        used.add(name)
        iso3 = f"{chr(65 + len(countries) // 26 % 26)}{chr(65 + len(countries) % 26)}X"
        names = [
            [f"{name}ian", "demonym"],
            [f"Republic of {name}", "alias"],
            [made_up_name(rng, 3) + " City", "capital"],
        ]
        if len(countries) % 5 == 0:
            names.append([f"{made_up_name(rng, 2)} Palace", "metonym"])
        countries.append({"iso3": iso3, "name": name, "names": names})
    people = []
    for number in range(500):
        country = countries[number % len(countries)]
        first, last = made_up_name(rng, 2), made_up_name(rng, 2)
        start = date(2010, 1, 1) + timedelta(days=rng.randint(0, 4000))
        people.append(
            {
                "name": f"{first} {last}",
                "aliases": [last] if number % 3 else [],
                "terms": [
                    {
                        "country_iso3": country["iso3"],
                        "office_title": f"Office {number} of {country['name']}",
                        "office_kind": KINDS[number % len(KINDS)],
                        "start": start.isoformat(),
                        "end": None if number % 2 else (start + timedelta(days=1500)).isoformat(),
                    }
                ],
            }
        )
    conflicts = []
    for number in range(15):
        a, b = countries[number * 7], countries[number * 7 + 3]
        conflicts.append(
            {
                "slug": f"conflict-{number}",
                "name": f"{a['name']}-{b['name']} war",
                "aliases": [f"war in {a['name']}", f"{b['name']}n invasion of {a['name']}",
                            f"{a['name']} crisis", f"conflict in {a['name']}"],
                "side_a_label": a["name"],
                "side_a_countries": [a["iso3"]],
                "side_b_label": f"{b['name']} and {made_up_name(rng, 2)} Front",
                "side_b_countries": [b["iso3"]],
                "began": "2020-02-24",
            }
        )  # fmt: skip
    blocs = [
        {
            "slug": f"bloc-{number}",
            "name": f"{made_up_name(rng, 2)} Union",
            "acronym": made_up_name(rng, 2).upper()[:5],
            "members": [c["iso3"] for c in rng.sample(countries, 8)],
        }
        for number in range(20)
    ]
    data = {"countries": countries, "people": people, "conflicts": conflicts, "blocs": blocs}
    return Gazetteer.from_dict(data)


def synthetic_article(rng: random.Random, gazetteer: Gazetteer, words: int) -> str:
    """About `words` words: background sentences with a statement paragraph every few."""
    paragraphs, count = [], 0
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    while count < words:
        if rng.random() < 0.35:
            person = rng.choice(gazetteer.people)
            term = person.terms[0]
            country = next(c for c in gazetteer.countries if c.iso3 == term.country_iso3)
            conflict = rng.choice(gazetteer.conflicts)
            statement = rng.choice(
                [
                    f"{country.name} does not side with any of the parties in the "
                    f"{conflict.name}, {person.name} said on {rng.choice(weekdays)}.",
                    f'"We urge both sides to return to talks and agree a ceasefire," '
                    f"{person.name} told reporters in {country.names[2][0]}.",
                    f"{country.name} condemned the invasion of {conflict.side_a_label}, the "
                    f"{country.names[0][0]} foreign ministry said in a statement on March 2.",
                    f"{country.name} abstained in the vote on the {conflict.name}, while "
                    f"{person.name} said the {conflict.aliases[0]} must end.",
                ]
            )
            paragraphs.append(statement)
            count += len(statement.split())
        else:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                length = rng.randint(12, 28)
                sentence = " ".join(rng.choice(FILLER) for _ in range(length))
                if rng.random() < 0.3:
                    sentence += f" in {rng.choice(gazetteer.countries).name}"
                sentences.append(sentence.capitalize() + ".")
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gazetteer = synthetic_gazetteer(rng)
    articles = [synthetic_article(rng, gazetteer, args.words) for _ in range(args.articles)]

    started = time.perf_counter()
    extractor = Extractor(gazetteer)
    compiled = time.perf_counter() - started
    extractor.extract(articles[0], published=date(2022, 3, 3))  # warm the word caches

    # CPU time of each round over all articles; the best round is the engine's speed, the
    # median shows how much a shared machine's load costs.
    rounds = []
    for _ in range(args.rounds):
        candidates = 0
        started = time.process_time()
        for article in articles:
            candidates += len(extractor.extract(article, published=date(2022, 3, 3)))
        rounds.append(len(articles) / (time.process_time() - started))

    best, median = max(rounds), statistics.median(rounds)
    words = sum(len(a.split()) for a in articles) / len(articles)
    print(
        f"{best:.0f} articles/second (median of {args.rounds} rounds {median:.0f}; "
        f"{words:.0f} words each, {len(articles)} articles, {candidates} candidates; "
        f"gazetteer of {len(gazetteer.countries)} countries, {len(gazetteer.people)} people, "
        f"{len(gazetteer.conflicts)} conflicts compiled in {compiled * 1000:.0f} ms); "
        f"target {TARGET_PER_SECOND}: {'met' if best >= TARGET_PER_SECOND else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
