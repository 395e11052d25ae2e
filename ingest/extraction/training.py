"""Train the learned stance cue (learned.py) on annotated texts.

    python -m ingest.extraction.training tests/data [--out FILE]

writes ingest/extraction/rules/learned_cues.json unless told otherwise.

Each sentence of each text is an example: labelled with the position of the annotated
statements whose evidence it overlaps (supports of either side are one label), or "none".
Votes are left out: the lexicon reads tallies, and a sentence of votes teaches nothing about
how a position is said. A multinomial logistic regression with L2, by full-batch gradient
descent, deterministic (same data, same model).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from .learned import NO_POSITION, features
from .text import parse

LABELS = (NO_POSITION, "supports", "condemns", "neutral", "calls_for_negotiation")
# A word whose weights all stay this small changes no decision: the file keeps the rest.
_SMALLEST_WEIGHT = 0.1
_LEFT_OUT = {"abstains", "other", "votes_for"}


def _label(stance: str) -> str:
    return "supports" if stance.startswith("supports") else stance


def digest(folders) -> str:
    """What the model was trained on, as one hash of every text and annotation: a test compares
    it with the development set, so that a changed set is not scored by a stale model."""
    hashed = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.expected.json")):
            text = path.with_name(path.name.removesuffix(".expected.json") + ".txt")
            for part in (path, text):
                hashed.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    return hashed.hexdigest()


def examples(folder: Path) -> list[tuple[str, str]]:
    found = []
    for annotation in sorted(folder.glob("*.expected.json")):
        document = json.loads(annotation.read_text(encoding="utf-8"))
        text = annotation.with_name(annotation.name.removesuffix(".expected.json") + ".txt")
        text = text.read_text(encoding="utf-8")
        spans = []
        for item in document["expected"] + document.get("optional", []):
            start = text.find(item["evidence"])
            if start >= 0:
                spans.append((start, start + len(item["evidence"]), _label(item["stance"])))
        for sentence in parse(text).sentences:
            labels = {lab for s, e, lab in spans if s < sentence.end and e > sentence.start}
            words = text[sentence.start : sentence.end]
            if labels & _LEFT_OUT:
                continue
            for label in sorted(labels) or [NO_POSITION]:
                found.append((words, label))
    return found


def train(samples, *, l2=1.0, steps=400, rate=4.0, min_count=2, threshold=0.7) -> dict:
    counts: dict[str, int] = {}
    featured = []
    for sentence, label in samples:
        names = sorted(set(features(sentence)))
        featured.append((names, LABELS.index(label)))
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = sorted(name for name, count in counts.items() if count >= min_count)
    column = {name: number for number, name in enumerate(vocabulary)}
    # The examples as a sparse 0/1 matrix: each row's feature columns, rows one after another.
    indices, starts = [], []
    for names, _ in featured:
        starts.append(len(indices))
        indices += [column[name] for name in names if name in column]
    indices = np.array(indices, dtype=np.int64)
    row_of = np.repeat(np.arange(len(featured)), np.diff(starts + [len(indices)]))
    y = np.zeros((len(featured), len(LABELS)))
    y[np.arange(len(featured)), [label for _, label in featured]] = 1.0
    w = np.zeros((len(vocabulary), len(LABELS)))
    b = np.zeros(len(LABELS))
    n = len(featured)
    for _ in range(steps):
        scores = np.zeros((n, len(LABELS)))
        np.add.at(scores, row_of, w[indices])
        scores += b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) / n
        gradient = np.zeros_like(w)
        np.add.at(gradient, indices, error[row_of])
        w -= rate * (gradient + l2 * w / n)
        b -= rate * error.sum(axis=0)
    weights = {
        name: [round(float(v), 3) for v in w[number]]
        for name, number in column.items()
        if np.abs(w[number]).max() >= _SMALLEST_WEIGHT
    }
    return {
        "labels": list(LABELS),
        "bias": [round(float(v), 4) for v in b],
        "weights": weights,
        "threshold": threshold,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "rules" / "learned_cues.json"
    )
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--rate", type=float, default=4.0)
    parser.add_argument("--steps", type=int, default=400)
    args = parser.parse_args(argv)
    samples = []
    for folder in args.folders:
        samples += examples(folder)
    model = train(samples, threshold=args.threshold, rate=args.rate, steps=args.steps)
    model["trained_on"] = digest(args.folders)
    args.out.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(samples)} examples, {len(model['weights'])} features kept -> {args.out}")


if __name__ == "__main__":
    main()
