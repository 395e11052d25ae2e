"""Build blocs.json. Dates are only given where they are well documented; null otherwise.

Run:  .venv/bin/python actors/reference_data/build_blocs.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blocs.json")

AFRICA_UN = (
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB "
    "GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE "
    "SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE"
).split()


def m(iso3, joined=None, left=None, role="member"):
    return {"iso3": iso3, "joined": joined, "left": left, "role": role}


def group(codes, joined=None, role="member"):
    return [m(c, joined, role=role) for c in codes.split()]


def asean():
    f = "1967-08-08"
    return group("IDN MYS PHL SGP THA", f) + [
        m("BRN", "1984-01-07"), m("VNM", "1995-07-28"), m("LAO", "1997-07-23"),
        m("MMR", "1997-07-23"), m("KHM", "1999-04-30"), m("TLS", "2025-10-26"),
    ]


def eu():
    return (
        group("BEL FRA DEU ITA LUX NLD", "1958-01-01")
        + group("DNK IRL", "1973-01-01")
        + [m("GBR", "1973-01-01", "2020-01-31"), m("GRC", "1981-01-01")]
        + group("ESP PRT", "1986-01-01")
        + group("AUT FIN SWE", "1995-01-01")
        + group("CYP CZE EST HUN LVA LTU MLT POL SVK SVN", "2004-05-01")
        + group("BGR ROU", "2007-01-01")
        + [m("HRV", "2013-07-01")]
    )


def nato():
    return (
        group("BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA", "1949-04-04")
        + group("GRC TUR", "1952-02-18")
        + [m("DEU", "1955-05-06"), m("ESP", "1982-05-30")]
        + group("CZE HUN POL", "1999-03-12")
        + group("BGR EST LVA LTU ROU SVK SVN", "2004-03-29")
        + group("ALB HRV", "2009-04-01")
        + [m("MNE", "2017-06-05"), m("MKD", "2020-03-27"), m("FIN", "2023-04-04"),
           m("SWE", "2024-03-07")]
    )


def au():
    # Every OAU member became a member when the AU was launched; Morocco (re)joined in 2017
    # and South Sudan in 2011 (days not recorded here). ESH stands for the Sahrawi Arab
    # Democratic Republic, an AU member. Suspensions do not end a membership.
    founded = "2002-07-09"
    later = {"MAR", "SSD"}
    rows = [m(c, None if c in later else founded) for c in AFRICA_UN]
    rows.append(m("ESH", founded))
    return rows


def nam():
    founders = (
        "AFG DZA MMR KHM LKA COD CUB ETH GHA GIN IND IDN IRQ LBN MLI MAR NPL SAU SOM SDN TUN "
        "EGY YEM"
    ).split()
    africa = [c for c in AFRICA_UN if c != "SSD"]
    asia = (
        "AFG BHR BGD BTN BRN KHM IND IDN IRN IRQ JOR KWT LAO LBN MYS MDV MNG MMR NPL PRK OMN "
        "PAK PSE PHL QAT SAU SGP LKA SYR THA TLS TKM ARE UZB VNM YEM FJI PNG VUT"
    ).split()
    americas = (
        "ATG BHS BRB BLZ BOL CHL COL CUB DMA DOM ECU GRD GTM GUY HTI HND JAM NIC PAN PER KNA "
        "LCA VCT SUR TTO VEN"
    ).split()
    europe = ["AZE", "BLR"]
    codes = africa + asia + americas + europe
    assert len(codes) == len(set(codes)) == 120, len(set(codes))
    return [m(c, "1961-09-01" if c in founders else None) for c in codes]


def brics():
    f = "2009-06-16"
    return (
        group("BRA RUS IND CHN", f)
        + [m("ZAF")]
        + group("EGY ETH IRN ARE", "2024-01-01")
        + [m("IDN", "2025-01-06")]
        + group("BLR BOL CUB KAZ MYS THA UGA UZB", "2025-01-01", role="partner")
        + group("NGA VNM", None, role="partner")
    )


def sco():
    return (
        group("CHN KAZ KGZ RUS TJK UZB", "2001-06-15")
        + group("IND PAK", "2017-06-09")
        + [m("IRN", "2023-07-04"), m("BLR", "2024-07-04"), m("MNG", role="observer")]
    )


def g7():
    return group("FRA DEU ITA JPN GBR USA", "1975-11-15") + [m("CAN")]


def g20():
    return group("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA")


def gcc():
    return group("BHR KWT OMN QAT SAU ARE", "1981-05-25")


def arab_league():
    return (
        group("EGY IRQ JOR LBN SAU SYR", "1945-03-22")
        + [m("YEM", "1945-05-05")]
        + group("LBY SDN MAR TUN KWT DZA BHR QAT OMN ARE MRT SOM PSE DJI COM")
    )


def oic():
    members = group(
        "AFG ALB DZA AZE BHR BGD BEN BRN BFA CMR TCD COM CIV DJI EGY GAB GMB GIN GNB GUY IDN "
        "IRN IRQ JOR KAZ KWT KGZ LBN LBY MYS MDV MLI MRT MAR MOZ NER NGA OMN PAK PSE QAT SAU "
        "SEN SLE SOM SDN SUR SYR TJK TGO TUN TUR TKM UGA ARE UZB YEM"
    )
    assert len(members) == 57, len(members)
    return members + group("BIH CAF RUS THA", role="observer")


def csto():
    return group("ARM BLR KAZ KGZ RUS TJK", "2002-10-07")


def quad():
    return group("AUS IND JPN USA")


def aukus():
    return group("AUS GBR USA", "2021-09-15")


def cis():
    # Moldova (withdrawing), Ukraine (never ratified the charter) and Turkmenistan
    # (associate) are left out: their status is not a plain membership.
    return (
        group("RUS BLR", "1991-12-08")
        + group("ARM AZE KAZ KGZ TJK UZB")
        + [m("GEO", None, "2009-08-18")]
    )


def mercosur():
    return group("ARG BRA PRY URY", "1991-03-26") + [m("VEN", "2012-07-31"), m("BOL")]


def ecowas():
    f = "1975-05-28"
    return (
        group("BEN CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO", f)
        + [m("CPV")]
        + [m(c, f, "2025-01-29") for c in ("MLI", "BFA", "NER")]
    )


BLOCS = [
    ("asean", "Association of Southeast Asian Nations", "ASEAN",
     ["the Association of Southeast Asian Nations", "Association of South-East Asian Nations"],
     "1967-08-08", asean),
    ("eu", "European Union", "EU", ["the European Union", "the EU"], "1993-11-01", eu),
    ("nato", "North Atlantic Treaty Organization", "NATO",
     ["the North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
      "North Atlantic Alliance", "Atlantic Alliance", "OTAN"], "1949-04-04", nato),
    ("au", "African Union", "AU", ["the African Union"], "2002-07-09", au),
    ("nam", "Non-Aligned Movement", "NAM",
     ["the Non-Aligned Movement", "Nonaligned Movement", "Non-Aligned Movement countries",
      "Movement of Non-Aligned Countries"], "1961-09-01", nam),
    ("brics", "BRICS", "BRICS",
     ["BRICS group", "BRICS bloc", "BRICS+", "BRICS Plus", "BRICS nations"], "2009-06-16",
     brics),
    ("sco", "Shanghai Cooperation Organisation", "SCO",
     ["Shanghai Cooperation Organization", "the Shanghai Cooperation Organisation"],
     "2001-06-15", sco),
    ("g7", "Group of Seven", "G7", ["G-7", "Group of 7", "the G7"], "1975-11-15", g7),
    ("g20", "Group of Twenty", "G20", ["G-20", "Group of 20", "the G20"], None, g20),
    ("gcc", "Gulf Cooperation Council", "GCC",
     ["Cooperation Council for the Arab States of the Gulf", "the Gulf Cooperation Council"],
     "1981-05-25", gcc),
    ("arab-league", "Arab League", "",
     ["League of Arab States", "the Arab League"], "1945-03-22", arab_league),
    ("oic", "Organisation of Islamic Cooperation", "OIC",
     ["Organization of Islamic Cooperation", "Organisation of the Islamic Conference",
      "Organization of the Islamic Conference"], "1969-09-25", oic),
    ("csto", "Collective Security Treaty Organization", "CSTO",
     ["Collective Security Treaty Organisation"], "2002-10-07", csto),
    ("quad", "Quadrilateral Security Dialogue", "Quad", ["the Quad", "Quad grouping"], None,
     quad),
    ("aukus", "AUKUS", "AUKUS", ["AUKUS pact", "AUKUS partnership", "AUKUS alliance"],
     "2021-09-15", aukus),
    ("cis", "Commonwealth of Independent States", "CIS",
     ["the Commonwealth of Independent States"], "1991-12-08", cis),
    ("mercosur", "Mercosur", "Mercosur", ["Southern Common Market", "Mercosul", "MERCOSUR"],
     "1991-03-26", mercosur),
    ("ecowas", "Economic Community of West African States", "ECOWAS",
     ["the Economic Community of West African States", "CEDEAO"], "1975-05-28", ecowas),
]


def main():
    with open(os.path.join(HERE, "countries.json"), encoding="utf-8") as fh:
        known = {c["iso3"] for c in json.load(fh)}
    out, errors, seen_alias = [], [], {}
    for slug, name, acronym, aliases, founded, members_fn in BLOCS:
        members = members_fn()
        codes = [x["iso3"] for x in members]
        if len(codes) != len(set(codes)):
            errors.append(f"{slug}: duplicate member")
        errors += [f"{slug}: unknown {c}" for c in codes if c not in known]
        for x in members:
            if x["left"] and x["joined"] and x["left"] < x["joined"]:
                errors.append(f"{slug}: {x['iso3']} left before joining")
            if x["role"] not in ("member", "observer", "partner"):
                errors.append(f"{slug}: role {x['role']}")
        for a in [name, acronym, *aliases]:
            if a and seen_alias.setdefault(a.lower(), slug) != slug:
                errors.append(f"{a!r} of {slug} and {seen_alias[a.lower()]}")
        out.append({"slug": slug, "name": name, "acronym": acronym, "aliases": aliases,
                    "founded": founded, "members": members})
        print(f"{slug}: {sum(x['role'] == 'member' and not x['left'] for x in members)} current "
              f"members, {len(members)} rows")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
