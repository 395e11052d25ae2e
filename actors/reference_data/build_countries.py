"""Build countries.json from pycountry (codes, official names), country_converter (UN M49
sub-region, UN membership) and the hand-curated table below.

Run:  .venv/bin/python actors/reference_data/build_countries.py
It checks the file's constraints (193 members, 2 observers, every alias/demonym/capital/metonym
pointing to exactly one country) and refuses to write when one fails.
"""

import json
import os
import sys

import country_converter
import pandas as pd
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "countries.json")

# Curated rows: ISO3 | short name ("" = keep) | capital | aliases | demonyms | metonyms
# Lists are ";"-separated. Capitals only for UN members, observers, Taiwan and Kosovo.
CURATED = """
AFG||Kabul|Islamic Emirate of Afghanistan|Afghan|Taliban
ALB||Tirana||Albanian|
DZA||Algiers||Algerian|
AND||Andorra la Vella||Andorran|
AGO||Luanda||Angolan|
ATG||St. John's|Antigua|Antiguan;Barbudan|
ARG||Buenos Aires|Argentine Republic|Argentine;Argentinian|Casa Rosada
ARM||Yerevan||Armenian|
AUS||Canberra|Commonwealth of Australia|Australian|
AUT||Vienna||Austrian|
AZE||Baku||Azerbaijani;Azeri|
BHS|Bahamas|Nassau|The Bahamas;Commonwealth of The Bahamas|Bahamian|
BHR||Manama||Bahraini|
BGD||Dhaka||Bangladeshi|
BRB||Bridgetown||Barbadian;Bajan|
BLR||Minsk|Byelorussia;Belorussia|Belarusian;Belarusan|
BEL||Brussels||Belgian|
BLZ||Belmopan||Belizean|
BEN||Porto-Novo||Beninese|
BTN||Thimphu||Bhutanese|
BOL|Bolivia|Sucre||Bolivian|La Paz
BIH||Sarajevo|Bosnia;Bosnia-Herzegovina;BiH|Bosnian;Herzegovinian|
BWA||Gaborone||Motswana;Batswana;Botswanan|
BRA||Brasília|Brasilia|Brazilian|Planalto Palace;Itamaraty
BRN|Brunei|Bandar Seri Begawan|Brunei Darussalam|Bruneian|
BGR||Sofia||Bulgarian|
BFA||Ouagadougou|Burkina|Burkinabe;Burkinabè|
BDI||Gitega||Burundian|
CPV|Cape Verde|Praia|Cabo Verde|Cape Verdean;Cabo Verdean|
KHM||Phnom Penh|Kampuchea|Cambodian;Khmer|
CMR||Yaoundé|Yaounde|Cameroonian|
CAN||Ottawa||Canadian|
CAF||Bangui||Central African|
TCD||N'Djamena|Ndjamena|Chadian|
CHL||Santiago||Chilean|La Moneda
CHN||Beijing|PRC;mainland China;Peking|Chinese|Zhongnanhai
COL||Bogotá|Bogota|Colombian|Casa de Nariño;Casa de Narino
COM||Moroni|the Comoros;Union of the Comoros|Comorian|
COG|Republic of the Congo|Brazzaville|Congo-Brazzaville;Congo Republic;Congo Brazzaville;Republic of Congo||
COD|Democratic Republic of the Congo|Kinshasa|DRC;DR Congo;D.R. Congo;Democratic Republic of Congo;Congo-Kinshasa;Congo Kinshasa;Congo;Zaire|DR Congolese;Congolese|
CRI||San José||Costa Rican|
CIV|Ivory Coast|Yamoussoukro|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire;Cote d’Ivoire|Ivorian|
HRV||Zagreb||Croatian;Croat|
CUB||Havana||Cuban|
CYP||Nicosia||Cypriot|
CZE|Czech Republic|Prague|Czechia|Czech|
DNK||Copenhagen||Danish;Dane|
DJI||Djibouti City||Djiboutian|
DMA||Roseau|Commonwealth of Dominica||
DOM||Santo Domingo|||
ECU||Quito||Ecuadorian;Ecuadorean|
EGY||Cairo||Egyptian|
SLV||San Salvador||Salvadoran;Salvadorean|
GNQ||Malabo||Equatorial Guinean;Equatoguinean|
ERI||Asmara||Eritrean|
EST||Tallinn||Estonian|
SWZ||Mbabane|Swaziland|Swazi|
ETH||Addis Ababa||Ethiopian|
FJI||Suva||Fijian|
FIN||Helsinki||Finnish;Finn|
FRA||Paris||French|Élysée;Elysee;Élysée Palace;Elysee Palace;the Elysee;the Élysée;Quai d'Orsay
GAB||Libreville||Gabonese|
GMB||Banjul|The Gambia|Gambian|
GEO||Tbilisi||Georgian|
DEU||Berlin||German|
GHA||Accra||Ghanaian|
GRC||Athens||Greek|
GRD||St. George's||Grenadian|
GTM||Guatemala City||Guatemalan|
GIN||Conakry|Guinea-Conakry||
GNB||Bissau||Bissau-Guinean|
GUY||Georgetown||Guyanese|
HTI||Port-au-Prince||Haitian|
HND||Tegucigalpa||Honduran|
HUN||Budapest||Hungarian|
ISL||Reykjavík|Reykjavik|Icelandic;Icelander|
IND||New Delhi|Bharat|Indian|South Block
IDN||Jakarta||Indonesian|
IRN|Iran|Tehran|Persia;Teheran|Iranian|
IRQ||Baghdad||Iraqi|
IRL||Dublin|Republic of Ireland;Eire;Éire|Irish|
ISR||Jerusalem||Israeli|Zionist regime;the Zionist regime;Zionist entity;the Zionist entity
ITA||Rome||Italian|Palazzo Chigi;Farnesina
JAM||Kingston||Jamaican|
JPN||Tokyo||Japanese|
JOR||Amman||Jordanian|
KAZ||Astana|Nur-Sultan|Kazakh;Kazakhstani|
KEN||Nairobi||Kenyan|
KIR||Tarawa|South Tarawa|I-Kiribati|
PRK|North Korea|Pyongyang|DPRK;D.P.R.K.|North Korean|
KOR|South Korea|Seoul|Republic of Korea;ROK|South Korean|Blue House;Cheong Wa Dae
KWT||Kuwait City||Kuwaiti|
KGZ||Bishkek|Kirghizia|Kyrgyz;Kyrgyzstani|
LAO|Laos|Vientiane|Lao PDR|Lao;Laotian|
LVA||Riga||Latvian|
LBN||Beirut||Lebanese|
LSO||Maseru||Basotho;Mosotho|
LBR||Monrovia||Liberian|
LBY||Tripoli||Libyan|
LIE||Vaduz||Liechtensteiner|
LTU||Vilnius||Lithuanian|
LUX||Luxembourg City||Luxembourger;Luxembourgish|
MDG||Antananarivo||Malagasy|
MWI||Lilongwe||Malawian|
MYS||Kuala Lumpur||Malaysian|Putrajaya;Wisma Putra
MDV||Malé|the Maldives|Maldivian|
MLI||Bamako||Malian|
MLT||Valletta||Maltese|
MHL||Majuro||Marshallese|
MRT||Nouakchott||Mauritanian|
MUS||Port Louis||Mauritian|
MEX||Mexico City||Mexican|
FSM|Micronesia|Palikir||Micronesian|
MDA|Moldova|Chișinău|Chisinau|Moldovan|
MCO||Monaco||Monegasque;Monégasque|
MNG||Ulaanbaatar|Ulan Bator|Mongolian|
MNE||Podgorica||Montenegrin|
MAR||Rabat||Moroccan|
MOZ||Maputo||Mozambican|
MMR||Naypyidaw|Burma;Nay Pyi Taw;Naypyitaw|Burmese|
NAM||Windhoek||Namibian|
NRU||Yaren||Nauruan|
NPL||Kathmandu||Nepali;Nepalese|
NLD||Amsterdam|the Netherlands;Holland|Dutch|
NZL||Wellington|Aotearoa|New Zealander|
NIC||Managua||Nicaraguan|
NER||Niamey||Nigerien|
NGA||Abuja||Nigerian|
MKD||Skopje|FYROM;Former Yugoslav Republic of Macedonia;Republic of Macedonia|North Macedonian|
NOR||Oslo||Norwegian|
OMN||Muscat||Omani|
PAK||Islamabad||Pakistani|
PLW||Ngerulmud||Palauan|
PAN||Panama City||Panamanian|
PNG||Port Moresby|PNG|Papua New Guinean|
PRY||Asunción|Asuncion|Paraguayan|
PER||Lima||Peruvian|
PHL||Manila|the Philippines|Filipino;Philippine|Malacañang;Malacanang;Malacañang Palace;Malacanang Palace
POL||Warsaw||Polish|
PRT||Lisbon||Portuguese|
QAT||Doha||Qatari|
ROU||Bucharest||Romanian|
RUS|Russia|Moscow||Russian|Kremlin;the Kremlin
RWA||Kigali||Rwandan;Rwandese|
KNA||Basseterre|St Kitts and Nevis;St. Kitts and Nevis;St Kitts;St. Kitts;Saint Kitts|Kittitian;Nevisian|
LCA||Castries|St Lucia;St. Lucia|Saint Lucian;St Lucian|
VCT||Kingstown|St Vincent and the Grenadines;St. Vincent and the Grenadines;St Vincent;St. Vincent;Saint Vincent|Vincentian|
WSM||Apia|Western Samoa|Samoan|
SMR||City of San Marino||Sammarinese|
STP|São Tomé and Príncipe|São Tomé|Sao Tome and Principe;Sao Tome|Santomean|
SAU||Riyadh|KSA|Saudi;Saudi Arabian|
SEN||Dakar||Senegalese|
SRB||Belgrade||Serbian;Serb|
SYC||Victoria|the Seychelles|Seychellois|
SLE||Freetown||Sierra Leonean|
SGP||Singapore||Singaporean|
SVK||Bratislava||Slovak;Slovakian|
SVN||Ljubljana||Slovenian;Slovene|
SLB||Honiara||Solomon Islander|
SOM||Mogadishu||Somali;Somalian|
ZAF||Pretoria||South African|Union Buildings
SSD||Juba||South Sudanese|
ESP||Madrid||Spanish;Spaniard|Moncloa
LKA||Sri Jayawardenepura Kotte|Ceylon|Sri Lankan|Colombo
SDN||Khartoum||Sudanese|
SUR||Paramaribo|Surinam|Surinamese|
SWE||Stockholm||Swedish;Swede|
CHE||Bern|Berne|Swiss|
SYR|Syria|Damascus||Syrian|
TJK||Dushanbe||Tajik;Tajikistani|
TZA|Tanzania|Dodoma||Tanzanian|
THA||Bangkok|Siam|Thai|
TLS|East Timor|Dili|Timor-Leste;Timor Leste|Timorese;East Timorese|
TGO||Lomé|Lome|Togolese|
TON||Nuku'alofa|Nukualofa|Tongan|
TTO||Port of Spain|Trinidad|Trinidadian;Tobagonian|
TUN||Tunis||Tunisian|
TUR|Turkey|Ankara|Türkiye;Turkiye|Turkish;Turk|
TKM||Ashgabat|Ashkhabad|Turkmen|
TUV||Funafuti||Tuvaluan|
UGA||Kampala||Ugandan|
UKR||Kyiv|Kiev|Ukrainian|
ARE||Abu Dhabi|UAE;U.A.E.|Emirati|
GBR||London|UK;U.K.;the UK;Britain;Great Britain|British;Briton|Downing Street;Whitehall;Number 10
USA||Washington|US;U.S.;the US;the U.S.;USA;U.S.A.;America;Washington, D.C.|American|White House;the White House;Pentagon;the Pentagon;Foggy Bottom;State Department
URY||Montevideo||Uruguayan|
UZB||Tashkent||Uzbek;Uzbekistani|
VUT||Port Vila||Ni-Vanuatu|
VEN|Venezuela|Caracas||Venezuelan|Miraflores Palace
VNM|Vietnam|Hanoi|Viet Nam|Vietnamese|
YEM||Sanaa|Sana'a|Yemeni|
ZMB||Lusaka||Zambian|
ZWE||Harare||Zimbabwean|
VAT|Vatican City|Vatican City|Holy See;the Holy See;the Vatican;Vatican||
PSE|Palestine|East Jerusalem|Palestinian Authority|Palestinian|Ramallah
TWN|Taiwan|Taipei|ROC;Chinese Taipei;Formosa|Taiwanese|
XKX|Kosovo|Pristina|Prishtina|Kosovar;Kosovan|
HKG||||Hong Konger;Hongkonger|
MAC|Macau||Macao|Macanese|
GRL||||Greenlandic;Greenlander|
PRI||||Puerto Rican|
FLK|Falkland Islands||Falklands;Malvinas;Islas Malvinas|Falkland Islander|
ESH||||Sahrawi|
BES|Bonaire, Sint Eustatius and Saba||Caribbean Netherlands||
VGB|British Virgin Islands||||
VIR|United States Virgin Islands||US Virgin Islands;U.S. Virgin Islands||
MAF|Saint Martin||||
SXM|Sint Maarten||||
BLM|Saint Barthélemy||St. Barts;St Barts;St. Barths;St Barths||
SHN|Saint Helena, Ascension and Tristan da Cunha||Saint Helena;St Helena||
SJM|Svalbard and Jan Mayen||||
PCN|Pitcairn Islands||Pitcairn||
REU|Réunion||Reunion||
CUW|Curaçao||Curacao||
ALA|Åland Islands||Aland Islands;Åland;Aland||
"""

# Official names where pycountry has none, an outdated one, or a codes-list form.
OFFICIAL = {
    "ARE": "United Arab Emirates",
    "AUS": "Commonwealth of Australia",
    "BHS": "Commonwealth of The Bahamas",
    "BRN": "Brunei Darussalam",
    "BIH": "Bosnia and Herzegovina",
    "COD": "Democratic Republic of the Congo",
    "DOM": "Dominican Republic",
    "ERI": "State of Eritrea",
    "KOR": "Republic of Korea",
    "LAO": "Lao People's Democratic Republic",
    "MMR": "Republic of the Union of Myanmar",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TWN": "Republic of China",
    "VAT": "Vatican City State",
    "PSE": "State of Palestine",
    "XKX": "Republic of Kosovo",
    "STP": "Democratic Republic of São Tomé and Príncipe",
    "SXM": "Sint Maarten",
    "MAF": "Collectivity of Saint Martin",
    "VIR": "Virgin Islands of the United States",
    "FLK": "Falkland Islands",
    "GMB": "Republic of The Gambia",
    "BOL": "Plurinational State of Bolivia",
    "COM": "Union of the Comoros",
    "DMA": "Commonwealth of Dominica",
    "MDA": "Republic of Moldova",
}

# UN M49 intermediate region -> the sub-region the file uses.
INTERMEDIATE = {
    "Caribbean": "Latin America and the Caribbean",
    "Central America": "Latin America and the Caribbean",
    "South America": "Latin America and the Caribbean",
    "Eastern Africa": "Sub-Saharan Africa",
    "Middle Africa": "Sub-Saharan Africa",
    "Southern Africa": "Sub-Saharan Africa",
    "Western Africa": "Sub-Saharan Africa",
}
REGION_OF = {
    "Northern Africa": "Africa",
    "Sub-Saharan Africa": "Africa",
    "Latin America and the Caribbean": "Americas",
    "Northern America": "Americas",
    "Central Asia": "Asia",
    "Eastern Asia": "Asia",
    "South-eastern Asia": "Asia",
    "Southern Asia": "Asia",
    "Western Asia": "Asia",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
}
# Corrections to country_converter's M49 table.
SUBREGION_FIX = {"NRU": "Micronesia", "TWN": "Eastern Asia", "XKX": "Southern Europe"}

OBSERVERS = {"VAT", "PSE"}


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def load_curated():
    rows = {}
    for line in CURATED.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 6:
            sys.exit(f"bad curated line: {line!r}")
        iso3 = parts[0]
        if iso3.endswith("_"):
            continue
        if iso3 in rows:
            sys.exit(f"duplicate curated row {iso3}")
        rows[iso3] = {
            "name": parts[1].strip(),
            "capital": parts[2].strip(),
            "aliases": split(parts[3]),
            "demonyms": split(parts[4]),
            "metonyms": split(parts[5]),
        }
    return rows


def coco_table():
    path = os.path.join(os.path.dirname(country_converter.__file__), "country_data.tsv")
    data = pd.read_csv(path, sep="\t", keep_default_na=False, dtype=str)
    return {row.ISO3: row for row in data.itertuples()}


def short_name(c):
    return getattr(c, "common_name", None) or c.name


def build():
    curated = load_curated()
    coco = coco_table()
    entries = []
    isos = [(c.alpha_3, c.alpha_2, c.numeric, short_name(c), getattr(c, "official_name", ""))
            for c in pycountry.countries]
    isos.append(("XKX", "XK", "", "Kosovo", ""))
    for iso3, iso2, numeric, name, official in isos:
        cur = curated.get(iso3, {"name": "", "capital": "", "aliases": [], "demonyms": [],
                                 "metonyms": []})
        name = cur["name"] or name
        official = OFFICIAL.get(iso3) or official or name
        if official.lower().startswith("the "):
            official = official[4:]
        row = coco[iso3]
        if iso3 == "ATA":
            region, sub = "Antarctica", ""
        else:
            sub = SUBREGION_FIX.get(iso3) or INTERMEDIATE.get(row.UNregion, row.UNregion)
            region = REGION_OF[sub]
        if iso3 in OBSERVERS:
            status = "observer"
        elif row.UNmember.strip():
            status = "member"
        else:
            status = "none"
        own = {name.lower(), official.lower()}
        entries.append({
            "iso3": iso3, "iso2": iso2, "numeric": numeric, "name": name,
            "official_name": official, "region": region, "subregion": sub,
            "un_status": status, "capital": cur["capital"],
            "aliases": [a for a in cur["aliases"] if a.lower() not in own],
            "demonyms": cur["demonyms"], "metonyms": cur["metonyms"],
        })
    unknown = set(curated) - {e["iso3"] for e in entries}
    if unknown:
        sys.exit(f"curated rows for unknown codes: {sorted(unknown)}")
    entries.sort(key=lambda e: e["iso3"])
    return entries


def check(entries):
    errors = []
    by_status = {}
    for e in entries:
        by_status.setdefault(e["un_status"], []).append(e["iso3"])
    if len(by_status.get("member", [])) != 193:
        errors.append(f"{len(by_status.get('member', []))} members, not 193")
    if sorted(by_status.get("observer", [])) != ["PSE", "VAT"]:
        errors.append(f"observers: {by_status.get('observer')}")
    if len(entries) != 250:
        errors.append(f"{len(entries)} entries, not 250")
    for key in ("iso3", "iso2", "name"):
        vals = [e[key].lower() for e in entries]
        if len(vals) != len(set(vals)):
            errors.append(f"duplicate {key}")
    nums = [e["numeric"] for e in entries if e["numeric"]]
    if len(nums) != len(set(nums)):
        errors.append("duplicate numeric")
    # Each country's own names; no other country may use them.
    owner = {}
    for e in entries:
        for n in {e["name"].lower(), e["official_name"].lower()}:
            if n in owner and owner[n] != e["iso3"]:
                errors.append(f"name {n!r} of {e['iso3']} and {owner[n]}")
            owner[n] = e["iso3"]
    names = {}
    for e in entries:
        extra = e["aliases"] + e["demonyms"] + e["metonyms"]
        if e["capital"]:
            extra.append(e["capital"])
        for n in extra:
            low = n.lower()
            if low in owner and owner[low] != e["iso3"]:
                errors.append(f"{n!r} of {e['iso3']} is a name of {owner[low]}")
            if low in names and names[low] != e["iso3"]:
                errors.append(f"{n!r} of {e['iso3']} also of {names[low]}")
            names[low] = e["iso3"]
        if e["capital"] and e["capital"] in e["metonyms"]:
            errors.append(f"capital repeated in metonyms of {e['iso3']}")
        for kind in ("aliases", "demonyms", "metonyms"):
            if len({x.lower() for x in e[kind]}) != len(e[kind]):
                errors.append(f"duplicate in {kind} of {e['iso3']}")
        if e["un_status"] != "none" or e["iso3"] in {"TWN", "XKX"}:
            if not e["capital"]:
                errors.append(f"no capital for {e['iso3']}")
        if e["region"] not in {"Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica"}:
            errors.append(f"region {e['region']!r} of {e['iso3']}")
    members_without_demonym = [e["iso3"] for e in entries
                               if e["un_status"] == "member" and not e["demonyms"]]
    return errors, by_status, members_without_demonym


def main():
    entries = build()
    errors, by_status, nodem = check(entries)
    for err in errors:
        print("ERROR", err)
    print({k: len(v) for k, v in by_status.items()}, "entries:", len(entries))
    print("members left without a demonym (ambiguous ones omitted):", nodem)
    if errors:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(entries, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
