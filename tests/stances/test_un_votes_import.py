import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from stances.models import Resolution, Vote

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "stances" / "fixtures" / "unga"
OFFICIAL_EXTRA_COLUMNS = "undl_id,total_yes,total_no,total_abstentions,total_non_voting,undl_link"


def tally(symbol):
    votes = Vote.objects.filter(resolution__symbol=symbol)
    return {value: votes.filter(vote=value).count() for value in "YNAX"}


def test_it_imports_both_shipped_resolutions_with_their_official_tallies():
    call_command(
        "import_un_votes", *sorted(FIXTURES.glob("*.csv")), "--conflict", "russia-ukraine-war"
    )
    assert tally("A/RES/ES-11/1") == {"Y": 141, "N": 5, "A": 35, "X": 12}
    assert tally("A/RES/68/262") == {"Y": 100, "N": 11, "A": 58, "X": 24}
    es11 = Resolution.objects.get(symbol="A/RES/ES-11/1")
    assert (es11.body, es11.date.isoformat(), es11.conflict.slug) == (
        "UNGA",
        "2022-03-02",
        "russia-ukraine-war",
    )
    assert Vote.objects.get(resolution=es11, country__iso3="KHM").vote == "Y"
    assert Vote.objects.get(resolution=es11, country__iso3="VEN").vote == "X"


def test_importing_the_same_file_twice_changes_nothing():
    path = FIXTURES / "ES-11-1.csv"
    call_command("import_un_votes", path)
    before = list(Vote.objects.values_list("id", "country_id", "vote").order_by("id"))
    call_command("import_un_votes", path)
    assert list(Vote.objects.values_list("id", "country_id", "vote").order_by("id")) == before
    assert Resolution.objects.count() == 1


def write_variant(tmp_path, replace_line=None, with_official_columns=False):
    lines = (FIXTURES / "ES-11-1.csv").read_text().splitlines()
    if replace_line:
        number, text = replace_line
        lines[number - 1] = text
    if with_official_columns:
        lines = [lines[0] + "," + OFFICIAL_EXTRA_COLUMNS] + [
            line + ",2860236,141,5,35,12,https://digitallibrary.un.org/record/3959039"
            for line in lines[1:]
        ]
    path = tmp_path / "votes.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_it_accepts_the_official_export_with_its_extra_columns(tmp_path):
    call_command("import_un_votes", write_variant(tmp_path, with_official_columns=True))
    assert tally("A/RES/ES-11/1")["Y"] == 141


def test_an_unknown_country_code_is_rejected_with_file_and_row_and_nothing_is_imported(tmp_path):
    path = write_variant(
        tmp_path, (40, "ZZZ,Nowhere,Y,2022-03-02,ES-11,A/RES/ES-11/1,Aggression against Ukraine")
    )
    with pytest.raises(CommandError, match=rf"{path}, row 40: unknown country code 'ZZZ'"):
        call_command("import_un_votes", path)
    assert not Vote.objects.exists()
    assert not Resolution.objects.exists()


def test_an_unknown_vote_value_is_rejected_with_its_row_and_nothing_is_imported(tmp_path):
    lines = (FIXTURES / "ES-11-1.csv").read_text().splitlines()
    bad = lines[150].split(",")
    bad[2] = "maybe"
    path = write_variant(tmp_path, (151, ",".join(bad)))
    with pytest.raises(CommandError, match=r"row 151: unknown vote 'maybe'"):
        call_command("import_un_votes", path)
    assert not Vote.objects.exists()


def test_a_failing_file_does_not_stop_a_good_one_but_the_command_fails(tmp_path):
    bad = write_variant(tmp_path, (2, "AFG,Afghanistan,Q,2022-03-02,ES-11,A/RES/ES-11/1,x"))
    good = tmp_path / "68-262.csv"
    shutil.copy(FIXTURES / "68-262.csv", good)
    with pytest.raises(CommandError, match="row 2: unknown vote 'Q'"):
        call_command("import_un_votes", bad, good)
    assert list(Resolution.objects.values_list("symbol", flat=True)) == ["A/RES/68/262"]


def test_a_file_missing_a_required_column_is_refused(tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text("ms_code,ms_name,date\nKHM,Cambodia,2022-03-02\n")
    with pytest.raises(CommandError, match="missing column"):
        call_command("import_un_votes", path)
