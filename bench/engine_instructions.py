"""Count the extraction engine's instructions on a fixed set of articles, under callgrind.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \
        .venv/bin/python bench/engine_instructions.py --callgrind [--texts]

20 of bench_engine.py's articles with its synthetic gazetteer; --texts adds 20 texts of
tests/data with the reference gazetteer (read from the database, so after load_reference_data).

A shared machine's load moves the CPU time `bench_engine.py` reads by more than most changes
gain; an instruction count does not move. The gazetteers are compiled and warmed on other
articles first, then instrumentation is turned on (`callgrind_control -i on`) for the
extractions alone and off after them: valgrind's "Collected" line is their count, and it
repeats to 0.1 %.
"""

import argparse
import json
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_engine import synthetic_article, synthetic_gazetteer  # noqa: E402
from ingest.extraction import Extractor  # noqa: E402

PUBLISHED = date(2022, 3, 3)


def instrument(on: bool) -> None:
    """Turn callgrind's instrumentation of this process on or off."""
    command = ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())]
    subprocess.run(command, check=True, capture_output=True)


def reference_texts() -> tuple[Extractor, list[tuple[str, date | None]]]:
    """The reference gazetteer's extractor and the texts of tests/data, in name order."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from ingest.gazetteer import gazetteer_from_db

    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / expected["file"]).read_text(encoding="utf-8")
        published = expected.get("published")
        texts.append((text, date.fromisoformat(published) if published else None))
    return Extractor(gazetteer_from_db()), texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", action="store_true", help="also 20 texts of tests/data")
    parser.add_argument("--callgrind", action="store_true", help="running under callgrind")
    args = parser.parse_args()
    rng = random.Random(7)
    gazetteer = synthetic_gazetteer(rng)
    articles = [synthetic_article(rng, gazetteer, 1000) for _ in range(25)]
    extractor = Extractor(gazetteer)
    for article in articles[20:]:
        extractor.extract(article, published=PUBLISHED)
    reference, texts = reference_texts() if args.texts else (None, [])
    for text, published in texts[-5:]:
        reference.extract(text, published=published)

    if args.callgrind:
        instrument(True)
    found = sum(len(extractor.extract(a, published=PUBLISHED)) for a in articles[:20])
    found += sum(len(reference.extract(t, published=p)) for t, p in texts[0:200:10])
    if args.callgrind:
        instrument(False)
    print(f"{found} candidates")


if __name__ == "__main__":
    main()
