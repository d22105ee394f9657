#!/usr/bin/env python3
"""Check org_matching_heldout.csv against the five reference lists.

(a) every positive's target_name is an exact row name in its target_source
    (NDAA rows must be fiscal_year_list=FY25; 1260H rows must be in_2026_06_08_edition=yes);
(b) no negative's text, or any comma/semicolon-separated part of it, equals (case- and
    punctuation-insensitively) a listed name or alias. Rows whose note starts with
    "homonym:" are exempt when their country differs from the listed entry's country.
Prints the number of conflicts (0 = clean). Exit code 1 if any.
"""
import csv
import os
import re
import sys
import unicodedata

REF = "/work/shared/reference"
HERE = os.path.dirname(os.path.abspath(__file__))
CA = "canada_named_research_organizations_2024-04-18.csv"
ASPI = "aspi_china_defence_universities_2020.csv"
NDAA = "us_ndaa_fy2019_section_1286_list.csv"
H1260 = "us_section_1260h_chinese_military_companies.csv"
BIS = "us_bis_entity_list_research_institutions_2026-07.csv"


def load(name):
    with open(os.path.join(REF, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[’‘`´']", "", s)          # apostrophes vanish (xi'an == xian)
    s = re.sub(r"[^\w]+", " ", s)           # other punctuation -> space (keeps CJK)
    return re.sub(r"\s+", " ", s).strip()


def norm_country(c):
    c = norm(c)
    return "china" if c in ("people s republic of china", "peoples republic of china", "prc") else c


def split_aliases(s):
    return [a.strip() for a in (s or "").split(";") if a.strip()]


def build():
    names = {}    # source -> set of exact names
    listed = []   # (normalized string, country, source, name)
    for r in load(CA):
        names.setdefault(CA, set()).add(r["name"])
        for s in [r["name"]] + split_aliases(r["known_aliases"]):
            listed.append((norm(s), norm_country(r["country"]), CA, r["name"]))
    for r in load(ASPI):
        names.setdefault(ASPI, set()).add(r["name_en"])
        for s in [r["name_en"], r["name_zh"]] + split_aliases(r["aliases"]):
            listed.append((norm(s), "china", ASPI, r["name_en"]))
    for r in load(NDAA):
        if r["fiscal_year_list"] != "FY25":
            continue
        names.setdefault(NDAA, set()).add(r["name"])
        for s in [r["name"]] + split_aliases(r["aliases"]):
            listed.append((norm(s), norm_country(r["country"]), NDAA, r["name"]))
    for r in load(H1260):
        if r["in_2026_06_08_edition"] != "yes":
            continue
        names.setdefault(H1260, set()).add(r["Clean Name"])
        for s in [r["Clean Name"], r["Name"]] + split_aliases(r["Alias"]) + split_aliases(r["Previous Name"]):
            listed.append((norm(s), "china", H1260, r["Clean Name"]))
    for r in load(BIS):
        names.setdefault(BIS, set()).add(r["name"])
        for s in [r["name"]] + split_aliases(r["aliases"]):
            listed.append((norm(s), norm_country(r["country"]), BIS, r["name"]))
    index = {}
    for key, country, src, name in listed:
        if key:
            index.setdefault(key, []).append((country, src, name))
    return names, index


def main():
    names, index = build()
    with open(os.path.join(HERE, "org_matching_heldout.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    conflicts = []
    for i, r in enumerate(rows, start=2):
        if r["label"] == "1":
            if r["target_source"] not in names:
                conflicts.append((i, "unknown target_source %r" % r["target_source"]))
            elif r["target_name"] not in names[r["target_source"]]:
                conflicts.append((i, "target_name %r not an exact row name in %s" % (r["target_name"], r["target_source"])))
        else:
            homonym = r["note"].lower().startswith("homonym:")
            parts = [r["text"]] + [p for p in re.split(r"[,;]", r["text"])]
            for p in parts:
                for country, src, name in index.get(norm(p), []):
                    if homonym and country and norm_country(r["country"]) != country:
                        continue
                    conflicts.append((i, "negative %r: part %r equals listed %r (%s, %s)" % (r["text"], p.strip(), name, src, country)))
    for line, msg in conflicts:
        print("line %d: %s" % (line, msg))
    pos = sum(r["label"] == "1" for r in rows)
    print("rows=%d positives=%d negatives=%d" % (len(rows), pos, len(rows) - pos))
    print("conflicts: %d" % len(conflicts))
    sys.exit(1 if conflicts else 0)


if __name__ == "__main__":
    main()
