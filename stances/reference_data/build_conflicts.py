"""Build conflicts.json: the 15 reference conflicts of EXTRACTION.md, sides in dyad order.

Run:  .venv/bin/python stances/reference_data/build_conflicts.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "conflicts.json")
COUNTRIES = os.path.join(HERE, "..", "..", "actors", "reference_data", "countries.json")


def side(label, *countries):
    return {"label": label, "countries": list(countries)}


CONFLICTS = [
    {
        "slug": "russia-ukraine-war",
        "name": "Russia-Ukraine war",
        "aliases": [
            "war in Ukraine", "Russian invasion of Ukraine", "Russia's invasion of Ukraine",
            "invasion of Ukraine", "Ukraine war", "Ukraine crisis", "the Ukraine crisis",
            "Russian-Ukraine war", "Russia-Ukraine conflict", "Russian-Ukrainian war",
            "Russo-Ukrainian war", "Ukraine-Russia war", "Ukraine-Russia conflict",
            "conflict in Ukraine", "Ukraine conflict", "Ukrainian conflict", "Ukrainian crisis",
            "crisis in Ukraine", "situation in Ukraine", "war against Ukraine",
            "Russia's war in Ukraine", "Russia's war against Ukraine",
            "Russian aggression against Ukraine", "aggression against Ukraine",
            "special military operation", "Ukraine peace summit", "Summit on Peace in Ukraine",
        ],
        "side_a": side("Ukraine", "UKR"),
        "side_b": side("Russia", "RUS"),
        "began": "2022-02-24",
        "ended": None,
        "summary": "Russia's full-scale invasion of Ukraine, launched on 24 February 2022, "
        "escalating the conflict that began with the annexation of Crimea in 2014.",
    },
    {
        "slug": "israel-hamas-war",
        "name": "Israel-Hamas war",
        "aliases": [
            "Gaza war", "war in Gaza", "Israel-Gaza war", "Israel-Hamas conflict",
            "Hamas-Israel war", "Hamas-Israel conflict", "conflict in Gaza", "Gaza conflict",
            "Gaza crisis", "crisis in Gaza", "situation in Gaza", "war on Gaza",
            "Israeli war on Gaza", "Israel's war in Gaza", "Israel's war on Gaza",
            "Israel-Gaza conflict", "Gaza Strip war", "October 7 attack", "October 7 attacks",
            "Hamas attack on Israel", "Al-Aqsa Flood", "Operation Al-Aqsa Flood",
            "Operation Swords of Iron", "Gaza", "Gaza Strip",
        ],
        "side_a": side("Israel", "ISR"),
        "side_b": side("Hamas and Palestinian armed groups"),
        "began": "2023-10-07",
        "ended": None,
        "summary": "The war in the Gaza Strip that followed the Hamas-led attack on southern "
        "Israel of 7 October 2023 and Israel's military campaign against Hamas in Gaza.",
    },
    {
        "slug": "sudan-civil-war",
        "name": "Sudan civil war",
        "aliases": [
            "war in Sudan", "Sudan war", "Sudan's war", "Sudan conflict", "conflict in Sudan",
            "Sudanese conflict", "Sudanese civil war", "civil war in Sudan", "Sudan's civil war",
            "Sudan crisis", "crisis in Sudan", "fighting in Sudan", "SAF-RSF war",
            "SAF-RSF conflict", "RSF-SAF war", "army-RSF war",
        ],
        "side_a": side("Sudanese Armed Forces", "SDN"),
        "side_b": side("Rapid Support Forces"),
        "began": "2023-04-15",
        "ended": None,
        "summary": "The war between the Sudanese Armed Forces and the paramilitary Rapid "
        "Support Forces that broke out in Khartoum on 15 April 2023.",
    },
    {
        "slug": "nagorno-karabakh-conflict",
        "name": "Nagorno-Karabakh conflict",
        "aliases": [
            "Karabakh conflict", "Nagorno Karabakh conflict", "Nagorno-Karabakh war",
            "Karabakh war", "Second Karabakh War", "44-day war", "Nagorno-Karabakh dispute",
            "Karabakh dispute", "Nagorno-Karabakh issue", "Karabakh issue",
            "Nagorno-Karabakh crisis", "Karabakh crisis", "conflict over Nagorno-Karabakh",
            "Armenia-Azerbaijan conflict", "Azerbaijan-Armenia conflict",
            "Armenian-Azerbaijani conflict", "Azerbaijani-Armenian conflict",
        ],
        "side_a": side("Azerbaijan", "AZE"),
        "side_b": side("Armenia and the Karabakh Armenians", "ARM"),
        "began": "1988-02-20",
        "ended": None,
        "summary": "The ethnic and territorial conflict between Azerbaijan and Armenia over "
        "Nagorno-Karabakh, fought in wars in 1988-1994 and 2020 and ended on the ground by "
        "Azerbaijan's offensive of September 2023.",
    },
    {
        "slug": "tigray-war",
        "name": "Tigray war",
        "aliases": [
            "Tigray conflict", "war in Tigray", "conflict in Tigray", "Tigray crisis",
            "crisis in Tigray", "Ethiopia-Tigray war", "Ethiopian civil war",
            "war in northern Ethiopia", "conflict in northern Ethiopia",
            "northern Ethiopia conflict",
        ],
        "side_a": side("Ethiopian federal government and allies", "ETH", "ERI"),
        "side_b": side("Tigray forces (TPLF)"),
        "began": "2020-11-04",
        "ended": "2022-11-02",
        "summary": "The war between Ethiopia's federal government, with Eritrea and regional "
        "forces, and the Tigray People's Liberation Front, ended by the Pretoria cessation of "
        "hostilities agreement of 2 November 2022.",
    },
    {
        "slug": "south-china-sea-disputes",
        "name": "South China Sea disputes",
        "aliases": [
            "South China Sea dispute", "South China Sea issue", "South China Sea conflict",
            "South China Sea tensions", "tensions in the South China Sea",
            "South China Sea territorial disputes", "maritime dispute in the South China Sea",
            "maritime disputes in the South China Sea", "West Philippine Sea dispute",
            "West Philippine Sea", "Second Thomas Shoal", "Ayungin Shoal", "Scarborough Shoal",
            "Spratly Islands dispute", "Spratlys dispute", "Paracel Islands dispute",
            "South China Sea arbitration", "nine-dash line",
        ],
        "side_a": side("Philippines", "PHL"),
        "side_b": side("China", "CHN"),
        "began": None,
        "ended": None,
        "summary": "Overlapping claims to islands, reefs and waters of the South China Sea, "
        "coded here as the dispute between the Philippines and China, whose claims an "
        "arbitral tribunal largely rejected in 2016.",
    },
    {
        "slug": "myanmar-civil-war",
        "name": "Myanmar civil war",
        "aliases": [
            "Myanmar conflict", "conflict in Myanmar", "Myanmar crisis", "crisis in Myanmar",
            "Myanmar's crisis", "situation in Myanmar", "war in Myanmar", "civil war in Myanmar",
            "Myanmar's civil war", "Burmese civil war", "Burma civil war", "Myanmar coup",
            "Myanmar military coup", "military coup in Myanmar", "post-coup crisis in Myanmar",
        ],
        "side_a": side("Military junta (SAC)", "MMR"),
        "side_b": side("National Unity Government and resistance forces"),
        "began": "2021-02-01",
        "ended": None,
        "summary": "The armed conflict that followed the military coup of 1 February 2021, "
        "between the junta and the National Unity Government, its People's Defence Forces "
        "and ethnic armed organisations.",
    },
    {
        "slug": "yemen-civil-war",
        "name": "Yemen civil war",
        "aliases": [
            "war in Yemen", "Yemen war", "Yemen's war", "Yemen conflict", "conflict in Yemen",
            "Yemeni conflict", "Yemeni civil war", "civil war in Yemen", "Yemen's civil war",
            "Yemen crisis", "crisis in Yemen", "situation in Yemen",
            "Saudi-led intervention in Yemen", "Saudi-led war in Yemen",
        ],
        "side_a": side(
            "Internationally recognised government and Saudi-led coalition", "YEM", "SAU", "ARE"
        ),
        "side_b": side("Houthis (Ansar Allah)"),
        "began": None,
        "ended": None,
        "summary": "The war between Yemen's internationally recognised government, backed by "
        "a Saudi-led coalition from 2015, and the Houthi movement, which seized Sanaa in "
        "September 2014.",
    },
    {
        "slug": "syrian-civil-war",
        "name": "Syrian civil war",
        "aliases": [
            "Syria war", "Syrian war", "war in Syria", "Syria conflict", "Syrian conflict",
            "conflict in Syria", "civil war in Syria", "Syria's civil war", "Syria crisis",
            "Syrian crisis", "crisis in Syria", "situation in Syria", "Syrian uprising",
        ],
        "side_a": side("Assad government", "SYR"),
        "side_b": side("Syrian opposition"),
        "began": "2011-03-15",
        "ended": "2024-12-08",
        "summary": "The war that grew out of the 2011 uprising against Bashar al-Assad and "
        "ended with the fall of his government to an opposition offensive on 8 December 2024.",
    },
    {
        "slug": "israel-iran-conflict",
        "name": "Israel-Iran conflict",
        "aliases": [
            "Iran-Israel conflict", "Israel-Iran war", "Iran-Israel war",
            "Israeli-Iranian conflict", "Iranian-Israeli conflict", "Twelve-Day War",
            "12-day war", "Israel-Iran tensions", "Iran-Israel tensions",
            "tensions between Israel and Iran", "Israel-Iran hostilities",
            "Israeli strikes on Iran", "Israeli attack on Iran", "Iranian strikes on Israel",
            "Iranian attack on Israel", "Operation True Promise", "Operation Rising Lion",
        ],
        "side_a": side("Israel", "ISR"),
        "side_b": side("Iran", "IRN"),
        "began": "2024-04-13",
        "ended": None,
        "summary": "Direct military confrontation between Israel and Iran, from Iran's first "
        "direct strike on Israel in April 2024 to the twelve-day war of June 2025.",
    },
    {
        "slug": "india-pakistan-conflict",
        "name": "India-Pakistan conflict",
        "aliases": [
            "Kashmir conflict", "Kashmir dispute", "Kashmir issue", "Kashmir question",
            "Kashmir crisis", "Jammu and Kashmir dispute", "India-Pakistan tensions",
            "India-Pakistan dispute", "India-Pakistan crisis", "India-Pakistan war",
            "Pakistan-India conflict", "Pakistan-India tensions", "Indo-Pakistani conflict",
            "Indo-Pakistani war", "Indo-Pak conflict", "tensions between India and Pakistan",
            "Operation Sindoor", "Pahalgam attack",
        ],
        "side_a": side("India", "IND"),
        "side_b": side("Pakistan", "PAK"),
        "began": None,
        "ended": None,
        "summary": "The rivalry between India and Pakistan over Kashmir since partition in "
        "1947, with wars and crises including the May 2025 strikes after the Pahalgam attack.",
    },
    {
        "slug": "eastern-dr-congo-conflict",
        "name": "Eastern DR Congo conflict",
        "aliases": [
            "eastern Congo conflict", "conflict in eastern Congo", "war in eastern Congo",
            "crisis in eastern Congo", "eastern DRC conflict", "conflict in eastern DRC",
            "conflict in the eastern DRC", "eastern DRC crisis", "conflict in eastern DR Congo",
            "eastern DR Congo crisis", "conflict in eastern Democratic Republic of the Congo",
            "Kivu conflict", "M23 conflict", "M23 rebellion", "M23 insurgency", "M23 offensive",
            "M23 crisis", "DRC-Rwanda conflict", "DR Congo-Rwanda conflict",
            "Congo-Rwanda conflict", "Rwanda-DRC tensions",
        ],
        "side_a": side("DR Congo", "COD"),
        "side_b": side("M23 (and Rwanda)", "RWA"),
        "began": None,
        "ended": None,
        "summary": "The conflict in North and South Kivu between the Congolese state and the "
        "M23 rebels, backed by Rwanda according to UN experts, resurgent since late 2021.",
    },
    {
        "slug": "western-sahara-conflict",
        "name": "Western Sahara conflict",
        "aliases": [
            "Western Sahara dispute", "Western Sahara issue", "Western Sahara question",
            "question of Western Sahara", "Western Sahara war", "conflict over Western Sahara",
            "dispute over Western Sahara", "Sahara issue", "Sahara dispute",
            "Moroccan Sahara issue", "Moroccan Sahara", "Sahrawi conflict",
            "Morocco-Polisario conflict", "Moroccan autonomy plan",
            "Moroccan autonomy initiative",
        ],
        "side_a": side("Morocco", "MAR"),
        "side_b": side("Polisario Front"),
        "began": None,
        "ended": None,
        "summary": "The dispute over the former Spanish colony of Western Sahara between "
        "Morocco, which controls most of it, and the Polisario Front, which seeks independence.",
    },
    {
        "slug": "cross-strait-relations",
        "name": "Cross-Strait relations",
        "aliases": [
            "Taiwan Strait tensions", "tensions in the Taiwan Strait", "Taiwan Strait crisis",
            "Taiwan Strait issue", "Taiwan question", "Taiwan issue", "Taiwan dispute",
            "cross-strait tensions", "cross-Taiwan Strait relations", "China-Taiwan tensions",
            "China-Taiwan conflict", "China-Taiwan relations", "Beijing-Taipei tensions",
            "one-China policy", "one-China principle", "One China policy",
            "One China principle", "Taiwan independence",
        ],
        "side_a": side("Taiwan", "TWN"),
        "side_b": side("China", "CHN"),
        "began": None,
        "ended": None,
        "summary": "The unresolved status of Taiwan, governed by the Republic of China since "
        "1949 and claimed by the People's Republic of China.",
    },
    {
        "slug": "guyana-venezuela-essequibo-dispute",
        "name": "Guyana-Venezuela Essequibo dispute",
        "aliases": [
            "Essequibo dispute", "Essequibo region", "Essequibo", "Essequibo crisis",
            "Essequibo controversy", "Essequibo referendum", "Guayana Esequiba",
            "territorial dispute over Essequibo", "Guyana-Venezuela border dispute",
            "Venezuela-Guyana border dispute", "Guyana-Venezuela dispute",
            "Venezuela-Guyana dispute", "Guyana-Venezuela crisis", "Venezuela-Guyana crisis",
            "Guyana-Venezuela controversy",
        ],
        "side_a": side("Guyana", "GUY"),
        "side_b": side("Venezuela", "VEN"),
        "began": None,
        "ended": None,
        "summary": "Venezuela's claim to the Essequibo region, about two-thirds of Guyana, "
        "which an 1899 arbitral award gave to British Guiana and which is before the "
        "International Court of Justice.",
    },
]

SLUGS = [
    "russia-ukraine-war", "israel-hamas-war", "sudan-civil-war", "nagorno-karabakh-conflict",
    "tigray-war", "south-china-sea-disputes", "myanmar-civil-war", "yemen-civil-war",
    "syrian-civil-war", "israel-iran-conflict", "india-pakistan-conflict",
    "eastern-dr-congo-conflict", "western-sahara-conflict", "cross-strait-relations",
    "guyana-venezuela-essequibo-dispute",
]


def main():
    with open(COUNTRIES, encoding="utf-8") as fh:
        known = {c["iso3"] for c in json.load(fh)}
    errors = []
    if [c["slug"] for c in CONFLICTS] != SLUGS:
        errors.append("slugs differ from EXTRACTION.md")
    names = {c["name"].lower(): c["slug"] for c in CONFLICTS}
    if len(names) != len(CONFLICTS):
        errors.append("duplicate names")
    seen = {}
    for c in CONFLICTS:
        for a in c["aliases"]:
            low = a.lower()
            if low in names:
                errors.append(f"alias {a!r} of {c['slug']} is a conflict name")
            if seen.setdefault(low, c["slug"]) != c["slug"] or c["aliases"].count(a) > 1:
                errors.append(f"alias {a!r} of {c['slug']} repeated")
        for s in ("side_a", "side_b"):
            errors += [f"{c['slug']}: unknown {x}" for x in c[s]["countries"] if x not in known]
        if c["began"] and c["ended"] and c["ended"] < c["began"]:
            errors.append(f"{c['slug']}: ends before it begins")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(CONFLICTS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {OUT}: {len(CONFLICTS)} conflicts, {len(seen)} aliases")


if __name__ == "__main__":
    main()
