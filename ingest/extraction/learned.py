"""A learned stance cue: a linear model over a sentence's words that says which position, if
any, an attributed sentence carries when no cue phrase of the lexicon matched it.

The lexicon misses positions said in words nobody listed ("Assad cannot be part of Syria's
future", "Rewarding the aggressor would be an invitation to every would-be invader"). The model
is trained on the annotated development set (`python -m ingest.extraction.training`) and
stored as data beside the rules (rules/learned_cues.json); the engine asks it only about
sentences that carry an attribution and no cue, and only takes its answer when it is sure.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import reduce
from operator import add
from pathlib import Path

# Words, and numbers as one token: names are reduced to their shape so that the model learns
# how positions are said, not who said them.
_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+")
NO_POSITION = "none"


def features(sentence: str) -> list[str]:
    """The sentence's words (lower case; a capitalised word inside the sentence is a name and
    becomes "<name>", a number "<num>") and each pair of neighbours."""
    tokens = ["<s>"]
    for number, word in enumerate(_TOKEN_RE.findall(sentence)):
        if word[0].isdigit():
            tokens.append("<num>")
        elif number and word[0].isupper():
            tokens.append("<name>")
        else:
            tokens.append(word.lower().replace("’", "'"))
    tokens.append("</s>")
    return tokens[1:-1] + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


@dataclass(frozen=True)
class StanceModel:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    # The least probability of its best position at which the engine takes the model's word.
    threshold: float

    @classmethod
    def load(cls, path: Path) -> StanceModel | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            labels=tuple(data["labels"]),
            bias=tuple(data["bias"]),
            weights={feature: tuple(row) for feature, row in data["weights"].items()},
            threshold=data["threshold"],
        )

    def probabilities(self, sentence: str) -> dict[str, float]:
        weights = self.weights
        rows = [
            row for feature in set(features(sentence)) if (row := weights.get(feature)) is not None
        ]
        # Each label's score summed feature by feature, in the order a loop over the rows
        # would add them, at C speed: reduce adds left to right, so the floats are the same.
        scores = list(self.bias)
        if rows:
            columns = zip(*rows, strict=True)
            scores = [
                reduce(add, column, score) for score, column in zip(scores, columns, strict=True)
            ]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def position(self, sentence: str) -> tuple[str, float] | None:
        """The position the sentence carries and the model's probability, or None when the
        model is not sure of one."""
        probabilities = self.probabilities(sentence)
        label = max(probabilities, key=probabilities.get)
        if label == NO_POSITION or probabilities[label] < self.threshold:
            return None
        return label, probabilities[label]
