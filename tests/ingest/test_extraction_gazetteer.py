"""The engine's gazetteer: a small hand-built one the engine tests share, and its round trip."""

import ast
import copy
import subprocess
import sys
from datetime import date
from pathlib import Path

from ingest.extraction import Extractor, Gazetteer

ENGINE_DIR = Path(__file__).resolve().parents[2] / "ingest" / "extraction"

SMALL_GAZETTEER = {
    "countries": [
        {"iso3": "KHM", "name": "Cambodia", "names": [["Cambodian", "demonym"],
                                                     ["Phnom Penh", "capital"]]},
        {"iso3": "MYS", "name": "Malaysia", "names": [["Malaysian", "demonym"],
                                                     ["Kuala Lumpur", "capital"]]},
        {"iso3": "UKR", "name": "Ukraine", "names": [["Ukrainian", "demonym"],
                                                    ["Kyiv", "capital"]]},
        {"iso3": "RUS", "name": "Russia", "names": [["Russian", "demonym"], ["Moscow", "capital"],
                                                   ["Kremlin", "metonym"],
                                                   ["Russian Federation", "official"]]},
        {"iso3": "CHN", "name": "China", "names": [["Chinese", "demonym"],
                                                  ["Beijing", "capital"]]},
        {"iso3": "IND", "name": "India", "names": [["Indian", "demonym"],
                                                  ["New Delhi", "capital"]]},
        {"iso3": "PAK", "name": "Pakistan", "names": [["Pakistani", "demonym"]]},
        {"iso3": "BRA", "name": "Brazil", "names": [["Brazilian", "demonym"]]},
        {"iso3": "ZAF", "name": "South Africa", "names": [["South African", "demonym"]]},
        {"iso3": "ISR", "name": "Israel", "names": [["Israeli", "demonym"]]},
        {"iso3": "PSE", "name": "Palestine", "names": [["Palestinian", "demonym"]]},
        {"iso3": "TUR", "name": "Türkiye", "names": [["Turkey", "alias"], ["Turkish", "demonym"],
                                                    ["Ankara", "capital"]]},
        {"iso3": "USA", "name": "United States", "names": [["US", "alias"], ["U.S.", "alias"],
                                                          ["Washington", "capital"]]},
        {"iso3": "DEU", "name": "Germany", "names": [["German", "demonym"], ["Berlin", "capital"]]},
        {"iso3": "PHL", "name": "Philippines", "names": [["Philippine", "demonym"],
                                                        ["Manila", "capital"]]},
        {"iso3": "GBR", "name": "United Kingdom", "names": [["Britain", "alias"],
                                                           ["British", "demonym"],
                                                           ["London", "capital"]]},
        {"iso3": "QAT", "name": "Qatar", "names": [["Qatari", "demonym"], ["Doha", "capital"]]},
        {"iso3": "EGY", "name": "Egypt", "names": [["Egyptian", "demonym"], ["Cairo", "capital"]]},
        {"iso3": "IRN", "name": "Iran", "names": [["Iranian", "demonym"], ["Tehran", "capital"]]},
        {"iso3": "SAU", "name": "Saudi Arabia", "names": [["Saudi", "demonym"],
                                                         ["Riyadh", "capital"]]},
    ],
    "people": [
        {"name": "Hun Sen", "aliases": [], "terms": [
            {"country_iso3": "KHM", "office_title": "Prime Minister of Cambodia",
             "office_kind": "head_of_government", "start": "1985-01-14", "end": "2023-08-22"}]},
        {"name": "Ismail Sabri Yaakob", "aliases": ["Ismail Sabri"], "terms": [
            {"country_iso3": "MYS", "office_title": "Prime Minister of Malaysia",
             "office_kind": "head_of_government", "start": "2021-08-21", "end": "2022-11-24"}]},
        {"name": "Anwar Ibrahim", "aliases": ["Anwar"], "terms": [
            {"country_iso3": "MYS", "office_title": "Prime Minister of Malaysia",
             "office_kind": "head_of_government", "start": "2022-11-24", "end": None}]},
        {"name": "Wang Yi", "aliases": [], "terms": [
            {"country_iso3": "CHN", "office_title": "Minister of Foreign Affairs of China",
             "office_kind": "foreign_minister", "start": "2013-03-16", "end": "2022-12-30"},
            {"country_iso3": "CHN", "office_title": "Minister of Foreign Affairs of China",
             "office_kind": "foreign_minister", "start": "2023-07-25", "end": None}]},
        {"name": "Luiz Inácio Lula da Silva", "aliases": ["Lula"], "terms": [
            {"country_iso3": "BRA", "office_title": "President of Brazil",
             "office_kind": "head_of_state", "start": "2023-01-01", "end": None}]},
        {"name": "Olaf Scholz", "aliases": ["Scholz"], "terms": [
            {"country_iso3": "DEU", "office_title": "Chancellor of Germany",
             "office_kind": "head_of_government", "start": "2021-12-08", "end": "2025-05-06"}]},
        {"name": "Narendra Modi", "aliases": ["Modi"], "terms": [
            {"country_iso3": "IND", "office_title": "Prime Minister of India",
             "office_kind": "head_of_government", "start": "2014-05-26", "end": None}]},
        {"name": "Vladimir Putin", "aliases": ["Putin"], "terms": [
            {"country_iso3": "RUS", "office_title": "President of Russia",
             "office_kind": "head_of_state", "start": "2012-05-07", "end": None}]},
        {"name": "Recep Tayyip Erdoğan", "aliases": ["Erdogan", "Tayyip Erdogan"], "terms": [
            {"country_iso3": "TUR", "office_title": "President of Türkiye",
             "office_kind": "head_of_state", "start": "2014-08-28", "end": None}]},
    ],
    "blocs": [
        {"slug": "asean", "name": "Association of Southeast Asian Nations", "acronym": "ASEAN",
         "aliases": [], "members": ["KHM", "MYS", "PHL"]},
        {"slug": "eu", "name": "European Union", "acronym": "EU", "aliases": [],
         "members": ["DEU"]},
    ],
    "conflicts": [
        {"slug": "russia-ukraine-war", "name": "Russia-Ukraine war",
         "aliases": ["war in Ukraine", "Russia-Ukraine conflict", "Russian invasion of Ukraine",
                     "invasion of Ukraine", "Ukraine war"],
         "side_a_label": "Ukraine", "side_a_countries": ["UKR"],
         "side_b_label": "Russia", "side_b_countries": ["RUS"], "began": "2022-02-24"},
        {"slug": "israel-hamas-war", "name": "Israel-Hamas war",
         "aliases": ["Gaza war", "war in Gaza", "Gaza"],
         "side_a_label": "Israel", "side_a_countries": ["ISR"],
         "side_b_label": "Hamas and Palestinian armed groups", "side_b_countries": [],
         "began": "2023-10-07"},
        {"slug": "india-pakistan-conflict", "name": "India-Pakistan conflict",
         "aliases": ["Kashmir conflict"],
         "side_a_label": "India", "side_a_countries": ["IND"],
         "side_b_label": "Pakistan", "side_b_countries": ["PAK"]},
        {"slug": "south-china-sea-disputes", "name": "South China Sea disputes",
         "aliases": ["South China Sea"],
         "side_a_label": "Philippines", "side_a_countries": ["PHL"],
         "side_b_label": "China", "side_b_countries": ["CHN"]},
    ],
}  # fmt: skip


def small_gazetteer(*, countries=(), people=(), conflicts=()) -> Gazetteer:
    """The small gazetteer, with the given countries, people and conflicts added."""
    data = copy.deepcopy(SMALL_GAZETTEER)
    data["countries"] += countries
    data["people"] += people
    data["conflicts"] += conflicts
    return Gazetteer.from_dict(data)


def triples(candidates) -> set[tuple]:
    """The (country, conflict, stance) of each candidate, as the scorer compares them."""
    return {(c.actor_country, c.conflict, c.stance) for c in candidates}


def test_a_gazetteer_survives_a_round_trip_through_plain_data():
    gazetteer = small_gazetteer()

    again = Gazetteer.from_dict(gazetteer.to_dict())

    assert again.to_dict() == gazetteer.to_dict()
    hun_sen = next(p for p in again.people if p.name == "Hun Sen")
    assert hun_sen.terms[0].start == date(1985, 1, 14)
    assert hun_sen.term_on(date(2024, 1, 1)) is None


def test_a_person_resolves_to_the_office_held_on_the_day():
    wang_yi = next(p for p in small_gazetteer().people if p.name == "Wang Yi")

    assert wang_yi.term_on(date(2022, 3, 1)).country_iso3 == "CHN"
    assert wang_yi.term_on(date(2023, 3, 1)) is None  # Qin Gang's months


def test_the_compiled_extractor_is_built_once_per_gazetteer():
    gazetteer = small_gazetteer()

    assert Extractor.for_gazetteer(gazetteer) is Extractor.for_gazetteer(gazetteer)


def test_the_engine_package_imports_nothing_from_django():
    for path in ENGINE_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text())
        imported = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ] + [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [name for name in imported if name.split(".")[0] == "django"], path


def test_the_engine_runs_where_django_cannot_be_imported():
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'django':\n"
        "            raise ImportError('django is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from ingest.extraction import Gazetteer, extract_candidates\n"
        "print(extract_candidates('Nothing here.', gazetteer=Gazetteer()))\n"
    )
    root = ENGINE_DIR.parents[1]

    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
