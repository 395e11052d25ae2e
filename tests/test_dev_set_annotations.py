"""Checks the hand-written annotated development set in tests/data/ (no database needed).

Every NNN_name.expected.json must describe its NNN_name.txt consistently: evidence is an exact
substring of the text, labels, kinds, conflicts and dates are valid, and the set as a whole
covers all reference conflicts and every stance label.
"""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ANNOTATIONS = sorted(DATA.glob("*.expected.json"))

CONFLICTS = {
    "Russia-Ukraine war",
    "Israel-Hamas war",
    "Sudan civil war",
    "Nagorno-Karabakh conflict",
    "Tigray war",
    "South China Sea disputes",
    "Myanmar civil war",
    "Yemen civil war",
    "Syrian civil war",
    "Israel-Iran conflict",
    "India-Pakistan conflict",
    "Eastern DR Congo conflict",
    "Western Sahara conflict",
    "Cross-Strait relations",
    "Guyana-Venezuela Essequibo dispute",
}
STANCES = {
    "supports_side_a",
    "supports_side_b",
    "neutral",
    "condemns",
    "calls_for_negotiation",
    "abstains",
    "other",
}
KINDS = {"statement", "reported_speech", "vote", "action", "commentary"}
TARGETS = {"a", "b", None}
ISO3 = re.compile(r"^[A-Z]{3}$")
NAME = re.compile(r"^\d{3}_[a-z0-9-]+$")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def parse_date(value):
    assert isinstance(value, str), f"date must be a string or null, got {value!r}"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"not an ISO date: {value!r}"
    return dt.date.fromisoformat(value)


def items(doc):
    for key in ("expected", "optional"):
        for item in doc.get(key, []):
            yield key, item


@pytest.fixture(scope="module")
def docs():
    return {path.name: load(path) for path in ANNOTATIONS}


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_annotation_is_consistent(path):
    doc = load(path)
    stem = path.name.removesuffix(".expected.json")
    assert NAME.match(stem), f"file name should be NNN_short-name: {stem}"
    assert doc["id"] == stem
    assert doc["file"] == f"{stem}.txt"
    text_path = DATA / doc["file"]
    assert text_path.is_file(), f"missing text file {doc['file']}"
    text = text_path.read_text(encoding="utf-8")
    assert text.strip(), "empty text"

    published = doc["published"]
    published_date = parse_date(published) if published is not None else None
    assert doc["conflict"] in CONFLICTS, f"unknown main conflict {doc['conflict']!r}"
    assert isinstance(doc["expected"], list)
    assert isinstance(doc.get("optional", []), list)
    assert isinstance(doc.get("notes", []), list)
    assert all(isinstance(n, str) and n for n in doc.get("notes", []))
    assert isinstance(doc.get("must_not", []), list)
    assert all(isinstance(m, str) and m for m in doc.get("must_not", []))

    for key, item in items(doc):
        where = f"{key} item {item.get('evidence', '')[:60]!r}"
        country = item.get("actor_country")
        if key == "expected" or country is not None:
            assert isinstance(country, str) and ISO3.match(country), (
                f"{where}: actor_country must be ISO alpha-3, got {country!r}"
            )
        else:
            # An optional bloc reading (actor_country null) must say which bloc.
            assert item.get("actor"), f"{where}: a null actor_country needs an 'actor' (bloc)"
        assert item["conflict"] in CONFLICTS, f"{where}: unknown conflict {item['conflict']!r}"
        assert item["stance"] in STANCES, f"{where}: unknown stance {item['stance']!r}"
        target = item.get("target_side")
        assert target in TARGETS, f"{where}: bad target_side {target!r}"
        if item["stance"] != "condemns":
            assert target is None, f"{where}: target_side only applies to condemns"
        if "kind" in item or key == "expected":
            assert item.get("kind") in KINDS, f"{where}: bad kind {item.get('kind')!r}"
        speaker = item.get("speaker")
        assert speaker is None or (isinstance(speaker, str) and speaker.strip()), where
        evidence = item.get("evidence")
        assert isinstance(evidence, str) and evidence, f"{where}: evidence missing"
        assert evidence in text, f"{where}: evidence is not an exact substring of the text"
        date = item.get("date")
        if date is not None:
            day = parse_date(date)
            if published_date is not None:
                assert day <= published_date, f"{where}: statement dated after publication"
        if key == "expected":
            assert "date" in item, f"{where}: expected items must give a date (or null)"


def test_set_size_and_coverage(docs):
    assert len(docs) >= 30, f"only {len(docs)} annotated texts"

    expected = [item for doc in docs.values() for item in doc["expected"]]
    covered = {item["conflict"] for item in expected}
    assert covered == CONFLICTS, f"conflicts without an expected statement: {CONFLICTS - covered}"
    for conflict in CONFLICTS:
        texts = {
            name
            for name, doc in docs.items()
            if doc["conflict"] == conflict
            or any(i["conflict"] == conflict for i in doc["expected"])
        }
        assert len(texts) >= 2, f"{conflict} appears in fewer than two texts"

    labels = {item["stance"] for item in expected}
    assert labels == STANCES, f"labels never expected: {STANCES - labels}"
    targets = {item.get("target_side") for item in expected if item["stance"] == "condemns"}
    assert targets == TARGETS, f"condemns targets never expected: {TARGETS - targets}"
    kinds = {item["kind"] for item in expected}
    assert {"statement", "reported_speech", "vote", "action"} <= kinds


def test_negatives_long_texts_and_dates(docs):
    negatives = [name for name, doc in docs.items() if not doc["expected"]]
    assert len(negatives) >= 5, f"only {len(negatives)} negative texts"

    words = {
        name: len((DATA / doc["file"]).read_text(encoding="utf-8").split())
        for name, doc in docs.items()
    }
    long_texts = [name for name, n in words.items() if 700 <= n <= 1200]
    assert len(long_texts) >= 3, f"only {len(long_texts)} texts of 700-1200 words"

    assert any(doc["published"] is None for doc in docs.values()), (
        "no text without publication date"
    )
    expected = [item for doc in docs.values() for item in doc["expected"]]
    assert any(item["date"] is None for item in expected), "no statement with an unknowable day"
    assert any(item["speaker"] is None for item in expected), "no unnamed (ministry) speaker"
