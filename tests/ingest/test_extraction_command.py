"""`manage.py extract_stances` over the shipped reference data: the contract, the seed article,
the development set, and its messages for bad input."""

import importlib.util
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from actors.models import Country
from ingest.gazetteer import gazetteer_from_db
from stances.models import Statement

SHARED = Path(settings.BASE_DIR).parent / "shared"
SEED = SHARED / "corpus" / "000_13309baebbae5d13.txt"
DEV_SET = Path(settings.BASE_DIR) / "tests" / "data"
CONTRACT_KEYS = {
    "id", "actor_country", "actor", "speaker", "conflict", "conflict_name", "stance",
    "target_side", "kind", "date", "date_precision", "evidence", "start", "end", "confidence",
}  # fmt: skip

pytestmark = pytest.mark.django_db


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("extract_stances", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "tools" /
                                                  "score_extraction.py")  # fmt: skip
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("published", [None, "2022-03-03"])
def test_the_seed_article_gives_exactly_its_three_statements(published):
    args = [str(SEED)] + (["--published", published] if published else [])

    records = run(*args)

    found = {
        (r["actor_country"], r["conflict"], r["stance"], r["date"], r["speaker"]) for r in records
    }
    assert found == {
        ("KHM", "russia-ukraine-war", "neutral", "2022-03-02", "Hun Sen"),
        ("KHM", "russia-ukraine-war", "calls_for_negotiation", "2022-03-02", "Hun Sen"),
        ("MYS", "russia-ukraine-war", "neutral", "2022-02-24", "Ismail Sabri Yaakob"),
    }
    text = SEED.read_text()
    for record in records:
        assert set(record) == CONTRACT_KEYS
        assert record["id"] == SEED.stem
        assert record["evidence"] == text[record["start"] : record["end"]]
        assert 0 < record["confidence"] <= 1
    malaysia = next(r for r in records if r["actor_country"] == "MYS")
    assert malaysia["kind"] == "reported_speech"


def test_the_seed_article_gives_none_of_what_it_must_not():
    records = run(str(SEED))

    assert all(r["actor_country"] for r in records), "no ASEAN (bloc) statement"
    assert all(r["speaker"] != "Kin Phea" for r in records)
    assert not [r for r in records if r["stance"].startswith("supports_side")]


def test_extraction_changes_nothing_in_the_database():
    before = (Statement.objects.count(), Country.objects.count())

    run(str(SEED))

    assert (Statement.objects.count(), Country.objects.count()) == before


def test_jsonl_documents_are_read_from_standard_input(monkeypatch):
    document = {"id": "seed", "text": SEED.read_text(), "published": "2022-03-03"}

    records = run("--jsonl", "-", stdin=json.dumps(document) + "\n\n", monkeypatch=monkeypatch)

    assert {r["id"] for r in records} == {"seed"}
    assert len(records) == 3


def test_the_development_set_scores_above_the_bar(tmp_path):
    annotated = sorted(DEV_SET.glob("*.expected.json"))
    assert len(annotated) >= 30, f"the development set has {len(annotated)} texts, 30 wanted"
    scorer = load_scorer()
    documents = []
    for path in annotated:
        doc = json.loads(path.read_text())
        text = (path.parent / doc["file"]).read_text() if "file" in doc else doc["text"]
        documents.append(
            {"id": scorer.doc_id(path, doc), "text": text, "published": doc.get("published")}
        )
    inputs = tmp_path / "dev.jsonl"
    inputs.write_text("".join(json.dumps(d) + "\n" for d in documents))

    predictions = run("--jsonl", str(inputs))
    report = scorer.score([(p, json.loads(p.read_text())) for p in annotated], predictions)

    summary = {k: report[k] for k in ("f1", "precision", "recall", "date_accuracy",
                                      "speaker_accuracy")}  # fmt: skip
    assert report["f1"] >= 0.90, summary
    assert report["date_accuracy"] >= 0.90, summary
    assert report["speaker_accuracy"] >= 0.90, summary


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Give plain-text FILEs, or --jsonl INPUT"),
        (("missing.txt",), "missing.txt: no such file."),
        ((str(SEED), "--published", "3 March 2022"), "--published: '3 March 2022' is not a date"),
        (("--jsonl", "missing.jsonl"), "missing.jsonl: no such file."),
    ],
)
def test_bad_arguments_are_refused_with_a_clear_message(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": ', "line 2: not valid JSON"),
        ('{"id": "a", "text": "x", "published": "2022-13-01"}\n', "line 1: '2022-13-01' is not"),
        ('{"id": "a"}\n', 'line 1: expected an object with a "text" string'),
        ('{"text": "x"}\n', 'line 1: the document has no "id"'),
    ],
)
def test_a_bad_jsonl_line_is_reported_with_its_number(tmp_path, lines, message):
    inputs = tmp_path / "bad.jsonl"
    inputs.write_text(lines)

    with pytest.raises(CommandError, match=message):
        run("--jsonl", str(inputs))


def test_the_gazetteer_is_read_from_the_database_in_nine_queries(django_assert_num_queries):
    # Countries and their names; people and their terms (offices and countries joined); blocs
    # and their current memberships; conflicts and the countries on side A, then on side B.
    with django_assert_num_queries(9):
        gazetteer = gazetteer_from_db()

    cambodia = next(c for c in gazetteer.countries if c.iso3 == "KHM")
    assert ("Phnom Penh", "capital") in cambodia.names
    hun_sen = next(p for p in gazetteer.people if p.name == "Hun Sen")
    assert hun_sen.terms[0].country_iso3 == "KHM"
    assert hun_sen.terms[0].office_key is not None
    war = next(c for c in gazetteer.conflicts if c.slug == "russia-ukraine-war")
    assert (war.side_a_countries, war.side_b_countries) == (["UKR"], ["RUS"])
    assert "KHM" in next(b for b in gazetteer.blocs if b.slug == "asean").members


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one-China principle's own words name China's side
        (
            "Russia reaffirmed its support for the one-China principle on Tuesday.",
            ("RUS", "cross-strait-relations", "supports_side_b", None),
        ),
        # the RSF's commander by his nickname names its side
        (
            "Chad condemned the attacks by Hemedti's forces in Darfur on Tuesday.",
            ("TCD", "sudan-civil-war", "condemns", "b"),
        ),
        # rejecting a side's rival government condemns that side
        (
            "Egypt rejected the RSF's announcement of a parallel government in Sudan on Tuesday.",
            ("EGY", "sudan-civil-war", "condemns", "b"),
        ),
        # a place named after the victim side: the attacker is condemned
        (
            "Qatar condemned the drone attacks on Port Sudan on Tuesday.",
            ("QAT", "sudan-civil-war", "condemns", "b"),
        ),
        # a party's leader stands for its side
        (
            "China condemned Lai Ching-te's inauguration speech on Tuesday as a provocation.",
            ("CHN", "cross-strait-relations", "condemns", "a"),
        ),
    ],
)
def test_a_conflict_named_by_its_parties_and_their_words(text, expected, monkeypatch):
    document = json.dumps({"id": "t", "text": text, "published": "2024-05-28"})

    records = run("--jsonl", "-", stdin=document + "\n", monkeypatch=monkeypatch)

    found = {(r["actor_country"], r["conflict"], r["stance"], r["target_side"]) for r in records}
    assert found == {expected}


def test_a_region_named_after_a_country_is_no_country(monkeypatch):
    text = (
        "Several governments in Africa, Latin America and Asia said on Friday they would not "
        "take sides in the war in Ukraine."
    )
    document = json.dumps({"id": "t", "text": text, "published": "2023-02-24"})

    assert run("--jsonl", "-", stdin=document + "\n", monkeypatch=monkeypatch) == []
