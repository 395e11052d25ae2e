import json
from datetime import date

import pycountry
import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from actors.choices import OfficeKind
from actors.models import Bloc, Country, CountryName, Office, Person, Term
from actors.selectors import bloc_members_on, terms_on
from stances.models import Conflict

pytestmark = pytest.mark.django_db


def test_every_iso_entry_and_kosovo_is_loaded_with_193_members_and_2_observers():
    assert Country.objects.count() == len(pycountry.countries) + 1
    assert Country.objects.filter(iso3="XKX", name="Kosovo").exists()
    assert Country.objects.filter(un_status="member").count() == 193
    observers = set(Country.objects.filter(un_status="observer").values_list("iso3", flat=True))
    assert observers == {"VAT", "PSE"}


def test_iso_codes_are_unique_and_well_formed():
    codes = list(Country.objects.values_list("iso3", "iso2"))
    assert len({iso3 for iso3, _ in codes}) == len(codes)
    assert len({iso2 for _, iso2 in codes}) == len(codes)
    with pytest.raises(IntegrityError), transaction.atomic():
        Country.objects.create(iso3="KHM", iso2="QQ", name="Second Cambodia")


# Their demonyms ("Congolese", "Dominican", "Guinean") are shared with another country, and a
# name must point to one country, so these four have none.
AMBIGUOUS_DEMONYMS = {"COG", "DMA", "DOM", "GIN"}


def test_every_un_member_has_a_capital_a_region_and_an_unambiguous_demonym():
    members = Country.objects.filter(un_status="member")
    assert not members.filter(capital="").exists()
    assert not members.filter(region="").exists()
    without_demonym = members.exclude(names__kind="demonym").values_list("iso3", flat=True)
    assert set(without_demonym) == AMBIGUOUS_DEMONYMS


def test_every_alias_and_demonym_points_to_exactly_one_country():
    names = [n.lower() for n in CountryName.objects.values_list("name", flat=True)]
    assert len(names) == len(set(names))
    with pytest.raises(IntegrityError), transaction.atomic():
        CountryName.objects.create(
            country=Country.objects.get(iso3="FRA"), name="cambodian", kind="demonym"
        )


def test_common_names_and_metonyms_resolve_to_their_country():
    def holder(name):
        return CountryName.objects.get(name__iexact=name).country.iso3

    assert holder("Cambodian") == "KHM"
    assert holder("Phnom Penh") == "KHM"
    assert holder("the Kremlin") == "RUS"
    assert holder("Taliban") == "AFG"  # "the Taliban administration said"
    assert holder("Beijing") == "CHN"
    assert holder("Washington") == "USA"
    # Iranian officials' name for Israel ("the Zionist regime has committed a crime")
    assert holder("the Zionist regime") == "ISR"
    assert holder("Zionist entity") == "ISR"
    # news on the M23 says "Congo" and "Congolese" of Kinshasa, "Congo Republic" of Brazzaville
    assert holder("Congo") == "COD"
    assert holder("Congolese") == "COD"
    assert holder("Democratic Republic of Congo") == "COD"
    assert holder("Congo-Brazzaville") == "COG"


def test_the_blocs_and_the_fifteen_conflicts_are_loaded():
    for slug in ("asean", "eu", "nato", "au", "nam", "brics", "sco", "g7", "g20", "gcc"):
        assert Bloc.objects.filter(slug=slug).exists(), slug
    assert Conflict.objects.count() == 15
    war = Conflict.objects.get(slug="russia-ukraine-war")
    assert (war.side_a_label, war.side_b_label, war.began) == (
        "Ukraine",
        "Russia",
        date(2022, 2, 24),
    )
    assert list(war.side_b_countries.values_list("iso3", flat=True)) == ["RUS"]


def test_bloc_membership_is_dated():
    eu = Bloc.objects.get(slug="eu")
    assert bloc_members_on(bloc=eu, on=date(2019, 6, 1)).filter(iso3="GBR").exists()
    assert not bloc_members_on(bloc=eu, on=date(2021, 6, 1)).filter(iso3="GBR").exists()
    nato = Bloc.objects.get(slug="nato")
    assert not bloc_members_on(bloc=nato, on=date(2023, 1, 1)).filter(iso3="FIN").exists()
    assert bloc_members_on(bloc=nato, on=date(2023, 5, 1)).filter(iso3="FIN").exists()


def holder_of(title, on):
    office = Office.objects.get(title=title)
    return [term.person.name for term in terms_on(office=office, on=on)]


def test_cambodias_prime_minister_is_hun_sen_in_2022_and_hun_manet_in_2024():
    assert holder_of("Prime Minister of Cambodia", date(2022, 3, 2)) == ["Hun Sen"]
    assert holder_of("Prime Minister of Cambodia", date(2024, 1, 1)) == ["Hun Manet"]


def test_malaysias_prime_minister_on_the_day_of_the_invasion_is_ismail_sabri_yaakob():
    assert holder_of("Prime Minister of Malaysia", date(2022, 2, 24)) == ["Ismail Sabri Yaakob"]


@pytest.mark.parametrize(
    ("title", "on", "holder"),
    [
        ("Emir of Kuwait", date(2022, 1, 1), "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
        ("Emir of Kuwait", date(2024, 1, 1), "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
        ("Prime Minister of Lebanon", date(2023, 10, 8), "Najib Mikati"),
        ("Prime Minister of Jordan", date(2023, 10, 8), "Bisher Khasawneh"),
        ("Prime Minister of Hungary", date(2022, 2, 24), "Viktor Orbán"),
        ("Prime Minister of Hungary", date(2026, 6, 1), "Péter Magyar"),
        ("Chancellor of Austria", date(2025, 2, 1), "Alexander Schallenberg"),
        ("Minister of Foreign Affairs of Vietnam", date(2023, 1, 1), "Bùi Thanh Sơn"),
        ("Prime Minister of Senegal", date(2025, 1, 1), "Ousmane Sonko"),
        ("Prime Minister of Estonia", date(2022, 2, 24), "Kaja Kallas"),
        ("Prime Minister of Belarus", date(2022, 2, 24), "Roman Golovchenko"),
        ("President of Georgia", date(2025, 6, 1), "Mikheil Kavelashvili"),
        ("Minister of Foreign Affairs of Lithuania", date(2022, 2, 24), "Gabrielius Landsbergis"),
        ("Minister for Foreign Affairs of Iceland", date(2024, 1, 1), "Bjarni Benediktsson"),
        ("Prime Minister of New Zealand", date(2023, 6, 1), "Chris Hipkins"),
        ("Prime Minister of New Zealand", date(2023, 12, 13), "Christopher Luxon"),
        ("President of Bolivia", date(2022, 2, 24), "Luis Arce"),
        ("Prime Minister of Mali", date(2025, 1, 1), "Abdoulaye Maïga"),
        ("Minister of Foreign Affairs of Colombia", date(2025, 3, 1), "Laura Sarabia"),
        ("Minister of Foreign Affairs of Ecuador", date(2024, 6, 1), "Gabriela Sommerfeld"),
        (
            "Permanent Representative of Algeria to the United Nations",
            date(2024, 1, 1),
            "Amar Bendjama",
        ),
        (
            "Permanent Representative of India to the United Nations",
            date(2023, 1, 1),
            "Ruchira Kamboj",
        ),
        (
            "Spokesperson of the Ministry of Foreign Affairs of Pakistan",
            date(2021, 1, 1),
            "Zahid Hafeez Chaudhri",
        ),
    ],
)
def test_the_newer_office_holders_change_with_the_date(title, on, holder):
    assert holder_of(title, on) == [holder]


def test_ukraines_un_envoy_and_mfa_spokesperson_change_with_the_date():
    assert holder_of(
        "Permanent Representative of Ukraine to the United Nations", date(2022, 2, 24)
    ) == ["Sergiy Kyslytsya"]
    assert holder_of(
        "Permanent Representative of Ukraine to the United Nations", date(2025, 6, 1)
    ) == ["Andrii Melnyk"]
    spokesperson = "Spokesperson of the Ministry of Foreign Affairs of Ukraine"
    assert holder_of(spokesperson, date(2023, 5, 1)) == ["Oleg Nikolenko"]
    assert holder_of(spokesperson, date(2025, 5, 1)) == ["Heorhii Tykhyi"]


def test_a_foreign_minister_or_un_envoy_office_has_one_holder_at_a_time():
    kinds = (OfficeKind.FOREIGN_MINISTER, OfficeKind.UN_ENVOY)
    for office in Office.objects.filter(kind__in=kinds):
        terms = list(office.terms.order_by("start"))
        for earlier, later in zip(terms, terms[1:], strict=False):
            assert earlier.end is not None and earlier.end <= later.start, (earlier, later)


def test_offices_of_a_country_on_a_date_are_one_selector_call():
    cambodia = Country.objects.get(iso3="KHM")
    terms = terms_on(country=cambodia, on=date(2022, 3, 2))
    kinds = {term.office.kind for term in terms}
    assert OfficeKind.HEAD_OF_GOVERNMENT in kinds


def test_every_term_names_its_source_and_ends_after_it_starts():
    assert not Term.objects.filter(source="").exists()
    for term in Term.objects.exclude(end=None):
        assert term.end >= term.start, term


def test_loading_the_reference_data_again_changes_nothing():
    before = [model.objects.count() for model in (Country, CountryName, Bloc, Person, Office, Term)]
    call_command("load_reference_data", verbosity=0)
    after = [model.objects.count() for model in (Country, CountryName, Bloc, Person, Office, Term)]
    assert after == before


RECORD = {
    "person": "Jane Example",
    "qid": None,
    "aliases": ["J. Example"],
    "country": "KHM",
    "office": "Minister of Examples of Cambodia",
    "kind": "spokesperson",
    "start": "2024-01-01",
    "end": None,
    "source": "Wikipedia: Example",
}


def test_office_holders_import_from_json_and_csv(tmp_path):
    json_path = tmp_path / "holders.json"
    json_path.write_text(json.dumps([RECORD]))
    call_command("import_office_holders", json_path)
    csv_path = tmp_path / "holders.csv"
    csv_path.write_text(
        "person,qid,aliases,country,office,kind,start,end,source\n"
        "Jane Example,,J. Example;Jane E.,KHM,Minister of Examples of Cambodia,spokesperson,"
        "2024-01-01,2025-02-01,Wikipedia: Example\n"
    )
    call_command("import_office_holders", csv_path)
    term = Term.objects.get(person__name="Jane Example")
    assert (term.start, term.end) == (date(2024, 1, 1), date(2025, 2, 1))
    assert term.person.aliases == ["J. Example", "Jane E."]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"country": "ZZZ"}, "record 2: unknown country code 'ZZZ'"),
        ({"kind": "emperor"}, "record 2: unknown office kind 'emperor'"),
        ({"start": "2024-13-01"}, "record 2: '2024-13-01' is not a date"),
        ({"end": "2023-01-01"}, "record 2: the term ends"),
        ({"source": ""}, "record 2: missing source"),
        ({"source": "https://example.org/" + "x" * 1000}, "record 2: source is longer than 1000"),
    ],
)
def test_a_bad_office_holder_record_is_refused_and_nothing_of_the_file_imported(
    tmp_path, change, message
):
    path = tmp_path / "holders.json"
    path.write_text(json.dumps([RECORD, {**RECORD, "person": "Second", **change}]))
    with pytest.raises(CommandError, match=message):
        call_command("import_office_holders", path)
    assert not Person.objects.filter(name__in=["Jane Example", "Second"]).exists()
