"""The learned cue: a linear model over an attributed sentence's words, asked only where no
cue phrase of the lexicon matched; its training from annotated texts; the shipped model."""

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from ingest.extraction import Extractor
from ingest.extraction.learned import StanceModel, features
from ingest.extraction.rules import RULES_DIR, default_rules
from ingest.extraction.training import LABELS, digest, examples, train
from tests.ingest.test_extraction_gazetteer import small_gazetteer

DEV_SET = Path(settings.BASE_DIR) / "tests" / "data"


def model_knowing(word: str, label: str, *, threshold: float = 0.7) -> StanceModel:
    """A model sure of `label` when the sentence holds `word`, and of no position otherwise."""
    row = tuple(6.0 if each == label else 0.0 for each in LABELS)
    return StanceModel(
        labels=LABELS,
        bias=tuple(3.0 if each == "none" else 0.0 for each in LABELS),
        weights={word: row},
        threshold=threshold,
    )


def stances(model, text, published=date(2024, 3, 5)):
    rules = replace(default_rules(), stance_model=model)
    extractor = Extractor(small_gazetteer(), rules)
    return {
        (c.actor_country, c.conflict, c.stance, c.target_side)
        for c in extractor.extract(text, published=published)
    }


def test_features_keep_words_and_their_neighbours_and_reduce_names_and_numbers():
    found = features("Türkiye said Russia's 2 strikes were outrageous.")

    assert "outrageous" in found
    assert "were outrageous" in found and "outrageous </s>" in found
    assert "<name>'s" not in found and "<name>" in found  # "Russia's" is a name
    assert "<num>" in found and "<num> strikes" in found
    assert "russia" not in found


def test_the_model_answers_only_when_sure_and_never_with_no_position():
    model = model_knowing("outrageous", "condemns")

    assert model.position("The strikes were outrageous.")[0] == "condemns"
    assert model.position("The strikes were reported.") is None
    assert model_knowing("outrageous", "condemns", threshold=0.999).position(
        "The strikes were outrageous."
    ) is None  # fmt: skip


def test_a_rules_folder_without_a_model_loads_none(tmp_path):
    assert StanceModel.load(tmp_path / "learned_cues.json") is None


TEXT = "Germany's foreign minister said Russia wanted to wipe Kharkiv off the map."


def test_an_attributed_sentence_no_cue_matches_takes_the_models_position():
    assert stances(None, TEXT) == set()

    found = stances(model_knowing("map", "condemns"), TEXT)

    assert found == {("DEU", "russia-ukraine-war", "condemns", "b")}


@pytest.mark.parametrize(
    "text",
    [
        # Nobody speaks: no attribution, no position.
        "Russia wanted to wipe Kharkiv off the map.",
        # A commentator's words are nobody's position.
        "An analyst at a Berlin think tank said Russia wanted to wipe Kharkiv off the map.",
        # A negated cue of the lexicon is the sentence's reading: the model is not asked.
        "Germany's foreign minister refused to condemn Russia, which wants Kharkiv off the map.",
        # Support must still name a side, as the lexicon's support cues must.
        "Germany's foreign minister said the map of the talks had changed.",
    ],
)
def test_the_model_is_not_asked_or_not_followed_where_a_cue_would_not_be(text):
    assert stances(model_knowing("map", "condemns"), text) == set()
    assert not {s for s in stances(model_knowing("map", "supports"), text) if "supports" in s[2]}


def test_a_sentence_a_cue_already_reads_is_left_to_the_cue():
    text = "Germany's foreign minister said Berlin condemned Russia's attack on Kyiv's map office."

    found = stances(model_knowing("map", "calls_for_negotiation"), text)

    assert found == {("DEU", "russia-ukraine-war", "condemns", "b")}


def write_annotated(folder: Path, name: str, text: str, items: list[dict]):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    annotation = {"id": name, "file": f"{name}.txt", "published": None, "expected": items}
    (folder / f"{name}.expected.json").write_text(json.dumps(annotation), encoding="utf-8")


def test_each_sentence_is_an_example_labelled_by_the_evidence_it_overlaps(tmp_path):
    write_annotated(
        tmp_path,
        "001_example",
        "Poland said it stood with Ukraine. Markets were calm. India abstained in the vote.",
        [
            {"stance": "supports_side_a", "evidence": "it stood with Ukraine"},
            {"stance": "abstains", "evidence": "India abstained"},
        ],
    )

    assert examples(tmp_path) == [
        ("Poland said it stood with Ukraine.", "supports"),
        ("Markets were calm.", "none"),
    ]  # votes are left out: the lexicon reads tallies


def test_training_learns_a_position_from_its_words_and_is_repeatable():
    samples = [(f"Country {n} said the attack was outrageous.", "condemns") for n in range(12)]
    samples += [(f"Country {n} said the harvest was good.", "none") for n in range(12)]
    samples += [(f"Country {n} urged talks without delay.", "calls_for_negotiation")
                for n in range(12)]  # fmt: skip

    trained = train(samples, min_count=2)
    model = StanceModel(
        labels=tuple(trained["labels"]),
        bias=tuple(trained["bias"]),
        weights={f: tuple(row) for f, row in trained["weights"].items()},
        threshold=trained["threshold"],
    )

    assert model.position("France said the bombing was outrageous.")[0] == "condemns"
    assert model.position("France urged talks.")[0] == "calls_for_negotiation"
    assert model.position("France said the harvest was good.") is None
    assert train(samples, min_count=2) == trained


def test_the_shipped_model_was_trained_on_the_development_set_as_it_is():
    """Retrain after changing tests/data: python -m ingest.extraction.training tests/data"""
    shipped = json.loads((RULES_DIR / "learned_cues.json").read_text(encoding="utf-8"))

    assert shipped["trained_on"] == digest([DEV_SET])
    assert default_rules().stance_model is not None
