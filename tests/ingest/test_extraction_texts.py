"""The engine on realistic texts it was not tuned on (`tests/ingest/texts/`): joint statements,
press-conference transcripts, second conflicts, background dates, British quotes, speculation.
Each text comes with its annotation; the set is scored as the development set is."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from tests.ingest.test_extraction_command import load_scorer, run

TEXTS = Path(settings.BASE_DIR) / "tests" / "ingest" / "texts"

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def annotated():
    return sorted(TEXTS.glob("*.expected.json"))


@pytest.fixture
def report(annotated, tmp_path):
    scorer = load_scorer()
    documents = []
    for path in annotated:
        doc = json.loads(path.read_text())
        text = (path.parent / doc["file"]).read_text()
        documents.append({"id": scorer.doc_id(path, doc), "text": text,
                          "published": doc.get("published")})  # fmt: skip
    inputs = tmp_path / "texts.jsonl"
    inputs.write_text("".join(json.dumps(d) + "\n" for d in documents))
    predictions = run("--jsonl", str(inputs))
    return scorer.score([(p, json.loads(p.read_text())) for p in annotated], predictions)


def test_there_are_at_least_fifteen_texts(annotated):
    assert len(annotated) >= 15


def test_the_unseen_texts_score_above_the_bar(report):
    summary = {k: report[k] for k in ("f1", "precision", "recall", "date_accuracy",
                                      "speaker_accuracy")}  # fmt: skip
    assert report["precision"] >= 0.95, summary
    assert report["f1"] >= 0.90, summary
    assert report["date_accuracy"] >= 0.90, summary
    assert report["speaker_accuracy"] >= 0.90, summary


def test_a_text_where_no_country_takes_a_position_gives_nothing(annotated, report):
    negatives = {p.name.removesuffix(".expected.json") for p in annotated
                 if not json.loads(p.read_text())["expected"]}  # fmt: skip
    assert negatives
    extras = {d["id"]: d["extra"] for d in report["documents"] if d["id"] in negatives}
    assert not any(extras.values()), extras
