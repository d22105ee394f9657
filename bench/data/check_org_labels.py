#!/usr/bin/env python3
"""Verify bench/data/org_matching_labelled.csv against ALL reference lists.

For every NEGATIVE row (label 0) the text, and every segment of it (split on , ; / ( ) & and
" - "), is compared with every name and alias of every row of the five reference files:

  aspi_china_defence_universities_2020.csv     name_en, name_zh, aliases
  canada_named_research_organizations_...csv   name, known_aliases
  us_ndaa_fy2019_section_1286_list.csv         name, aliases
  us_section_1260h_chinese_military_companies  Name, Clean Name, Alias, Previous Name
  us_bis_entity_list_research_institutions_... name, aliases

Each listed string is expanded into variants: as written, with its parenthetical removed, the
parenthetical itself (e.g. "(BUAA)"), and its comma-separated pieces (>= 2 words or an acronym).
Comparison keys (case-insensitive):
  * spaced key: NFKC, lower case, & -> and, punctuation -> space, common abbreviations expanded
    (Univ., Inst., Natl., Technol., Sci., Acad., Lab., Eng., Res.), institut->institute,
    centre->center, defence->defense, leading "the" dropped;
  * unspaced key: the spaced key without spaces (catches "Tsing Hua" vs "Tsinghua");
  * Chinese key: Chinese characters only, traditional converted to simplified (opencc-purepy t2s);
  * pinyin key: pypinyin of each Chinese listed name, joined, compared with unspaced ASCII text.

A negative row is a CONFLICT if
  (1) the text or a segment equals a listed variant (any key) -- unless the note starts with
      "homonym:" AND the row's country differs from the country of every matching listed entry
      (a genuinely different organisation with an identical name/acronym, e.g. Northeastern
      University, Boston vs 东北大学), or
  (2) a listed variant of >= 2 words (>= 4 Chinese characters) occurs inside the text, or the text
      segment (>= 2 words) occurs inside a listed variant, and the row's note does not name that
      listed string (i.e. the overlap was not reviewed and explained).
For POSITIVE rows it checks that target_name is an exact name of a row in target_source.
Also checks the column set, labels and forms.  Prints the conflicts and "conflicts: N".

Run:  /tmp/probe/bin/python bench/data/check_org_labels.py
"""
import csv
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

from opencc_purepy import OpenCC
from pypinyin import lazy_pinyin

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.environ.get("COLLABSCREEN_REFERENCE_DIR", "/work/shared/reference")
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "org_matching_labelled.csv")

FILES = {
    "aspi_china_defence_universities_2020.csv": "ASPI",
    "canada_named_research_organizations_2024-04-18.csv": "NRO",
    "us_ndaa_fy2019_section_1286_list.csv": "1286",
    "us_section_1260h_chinese_military_companies.csv": "1260H",
    "us_bis_entity_list_research_institutions_2026-07.csv": "BIS",
}
FIELDS = ["text", "country", "label", "target_source", "target_name", "form", "note"]
POS_FORMS = {"exact", "alias", "acronym", "chinese_script", "traditional_chinese", "pinyin_no_spaces",
             "former_name", "abbreviated", "typo", "affiliation_string", "campus_or_lab", "multi_org"}
NEG_FORMS = {"hard_negative", "benign"}

T2S = OpenCC("t2s")
CJK = re.compile(r"[\u3400-\u9fff]")

ABBREV = {
    "univ": "university", "uni": "university", "inst": "institute", "institut": "institute",
    "natl": "national", "nat": "national", "technol": "technology", "tech": "technology",
    "sci": "science", "acad": "academy", "lab": "laboratory", "labs": "laboratories",
    "eng": "engineering", "res": "research", "centre": "center", "defence": "defense",
    "ctr": "center", "dept": "department", "st": "saint",
}


def country_key(c):
    c = unicodedata.normalize("NFKC", c or "").lower().replace("’", "'")
    c = re.sub(r"[^a-z\u4e00-\u9fff ]+", " ", c)
    c = " ".join(c.split())
    if not c:
        return ""
    table = {
        "china": "china", "p r china": "china", "pr china": "china", "prc": "china", "cn": "china",
        "people's republic of china": "china", "people s republic of china": "china",
        "peoples republic of china": "china", "china mainland": "china", "中国": "china",
        "usa": "usa", "us": "usa", "united states": "usa", "united states of america": "usa",
        "uk": "uk", "united kingdom": "uk", "russia": "russia", "russian federation": "russia",
        "ru": "russia", "russian fed": "russia", "iran": "iran", "i r iran": "iran",
        "islamic republic of iran": "iran", "ir": "iran", "korea": "south korea",
        "republic of korea": "south korea", "viet nam": "vietnam", "hong kong sar": "hong kong",
    }
    return table.get(c, c)


def key(s):
    """Spaced comparison key for Latin-script text."""
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "").replace("'", "").replace("‘", "").replace("“", "").replace("”", "")
    s = s.replace("&", " and ")
    s = re.sub(r"[^\w]+", " ", s)
    toks = [ABBREV.get(t, t) for t in s.split()]
    if toks and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


def zh_key(s):
    return "".join(CJK.findall(T2S.convert(s)))


# --------------------------------------------------------------------------- reference variants
def split(s, sep=";"):
    return [p.strip() for p in (s or "").split(sep) if p.strip()]


def load_entries():
    """list of (file, entry name, country, [listed strings])"""
    out = []

    def rd(f):
        with open(os.path.join(REF, f), encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    for r in rd("aspi_china_defence_universities_2020.csv"):
        out.append(("ASPI", r["name_en"], "china", [r["name_en"], r["name_zh"]] + split(r["aliases"])))
    for r in rd("canada_named_research_organizations_2024-04-18.csv"):
        out.append(("NRO", r["name"], country_key(r["country"].replace("People’s Republic of China", "China")),
                    [r["name"]] + split(r["known_aliases"])))
    rows1286 = rd("us_ndaa_fy2019_section_1286_list.csv")
    for r in rows1286:
        out.append(("1286", r["name"], country_key(r["country"]), [r["name"]] + split(r["aliases"])))
    for r in rd("us_section_1260h_chinese_military_companies.csv"):
        out.append(("1260H", r["Clean Name"], "", [r["Name"], r["Clean Name"]] + [a.strip() for a in re.split(r",(?=\S)", r["Alias"]) if a.strip()]
                    + split(r["Previous Name"])))
    for r in rd("us_bis_entity_list_research_institutions_2026-07.csv"):
        out.append(("BIS", r["name"], country_key(r["country"]), [r["name"]] + split(r["aliases"])))
    # fill unknown countries from other entries with the same normalised name
    by_name = defaultdict(set)
    for f, n, c, _ in out:
        if c:
            by_name[key(n)].add(c)
    filled = []
    for f, n, c, strings in out:
        cs = {c} if c else set(by_name.get(key(n), set()))
        filled.append((f, n, cs, strings))
    return filled


CORP_SUFFIX = {"ltd", "limited", "co", "inc", "llc", "corp", "corporation", "jsc", "pjsc", "oao", "ao",
               "zao", "s a", "sa", "plc", "company"}
PLACE_PARENS = {"USA", "UK", "PRC", "BVI", "HK"}


def _words(s):
    return re.findall(r"\w+", s)


def variants(s, inner_parens=True):
    """Listed string -> comparison variants (see module docstring)."""
    s = s.strip().strip('"').strip()
    v = {s}
    # drop a trailing (or leading) parenthetical only; "National (Shahid Beheshti) University" keeps it
    no_par = re.sub(r"\s*\([^)]*\)[\s*]*$", "", s).strip()
    no_par = re.sub(r"^\([^)]*\)\s*", "", no_par).strip()
    if no_par:
        v.add(no_par)
    if inner_parens:
        for inner in re.findall(r"\(([^)]*)\)", s):
            inner = inner.strip()
            acronym = (sum(ch.isupper() for ch in inner) >= 2 and len(_words(inner)) <= 3
                       and inner not in PLACE_PARENS)
            if inner and (len(_words(inner)) >= 3 or acronym):
                v.add(inner)
    for piece in no_par.split(","):
        piece = piece.strip()
        w = [x.lower() for x in _words(piece)]
        if not w or all(x in CORP_SUFFIX for x in w):
            continue
        if len(w) >= 2 or re.fullmatch(r"[A-Z][A-Z0-9\-]{2,}", piece):
            v.add(piece)
    return {x for x in v if x}


# Parent bodies that appear only as a comma piece of a listed sub-institute name, never as a listed
# entity on their own.  They are not counted as a listed name (a CAS institute that is not listed is
# not "listed" just because another CAS institute is).
PARENT_PIECES = {"chinese academy of sciences", "russian academy of sciences", "cas", "ras",
                 "siberian branch of russian academy of sciences", "far east branch russian academy of sciences"}


def build_index():
    entries = load_entries()
    lat = defaultdict(list)     # spaced key -> [(file, entry, countries, listed string)]
    lat_ns = defaultdict(list)  # unspaced key
    zh = defaultdict(list)      # chinese key
    py = defaultdict(list)      # pinyin key
    for f, n, cs, strings in entries:
        for s in strings:
            if not s:
                continue
            for v in variants(s, inner_parens=(f != "1260H")):
                if CJK.search(v):
                    k = zh_key(v)
                    if k:
                        zh[k].append((f, n, cs, v))
                        py["".join(lazy_pinyin(k))].append((f, n, cs, v))
                    continue
                k = key(v)
                if not k or k in PARENT_PIECES and v != s:
                    continue
                lat[k].append((f, n, cs, v))
                lat_ns[k.replace(" ", "")].append((f, n, cs, v))
    return lat, lat_ns, zh, py


def segments(text):
    segs = {text}
    for p in re.split(r"[,;/()]|\s&\s|\s-\s|\s–\s", text):
        p = p.strip()
        if p:
            segs.add(p)
    return segs


ORG_WORDS = {"university", "institute", "academy", "college", "laboratory", "laboratories", "center",
             "school", "corporation", "company", "observatory", "hospital", "polytechnic", "group"}


def contains_words(hay, needle):
    return re.search(r"(^| )" + re.escape(needle) + r"( |$)", hay) is not None


def main():
    lat, lat_ns, zh, py = build_index()
    # long latin variants for containment checks
    long_lat = {k: v for k, v in lat.items() if len(k.split()) >= 2 and len(k) >= 12}
    long_zh = {k: v for k, v in zh.items() if len(k) >= 4}

    with open(DATA, encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    problems = []
    if header != FIELDS:
        problems.append(f"bad header {header}")

    # names per file for positive target check
    exact_names = defaultdict(set)
    for f, n, cs, strings in load_entries():
        exact_names[f].add(n)
    short = FILES

    n_homonym = 0
    homonym_log = []
    n_reviewed_overlap = 0
    n_neg = 0
    for i, r in enumerate(rows, start=2):
        label, form = r["label"], r["form"]
        where = f"line {i}: {r['text']!r}"
        if label not in ("0", "1"):
            problems.append(f"{where}: bad label {label}")
            continue
        if label == "1":
            if form not in POS_FORMS:
                problems.append(f"{where}: bad positive form {form}")
            src = short.get(r["target_source"])
            if not src:
                problems.append(f"{where}: unknown target_source {r['target_source']!r}")
            elif r["target_name"] not in exact_names[src]:
                problems.append(f"{where}: target_name {r['target_name']!r} not a name in {r['target_source']}")
            continue
        # ----- negatives
        n_neg += 1
        if form not in NEG_FORMS:
            problems.append(f"{where}: bad negative form {form}")
        if r["target_source"] or r["target_name"]:
            problems.append(f"{where}: negative with a target")
        note = r["note"]
        note_keys = key(note)
        note_zh = zh_key(note)
        is_homonym = note.lower().startswith("homonym:")
        rc = country_key(r["country"])
        text = r["text"]
        hits = []          # exact-equality hits
        overlaps = []      # containment hits: (listed key, segment, entry, direction)
        for seg in segments(text):
            if CJK.search(seg):
                zk = zh_key(seg)
                hits += [("zh", seg, h) for h in zh.get(zk, [])]
                for lk, ents in long_zh.items():
                    if lk != zk and lk in zk:
                        overlaps += [(lk, seg, e, "listed-in-text") for e in ents]
                continue
            k = key(seg)
            if not k:
                continue
            hits += [("name", seg, h) for h in lat.get(k, [])]
            hits += [("name-nospace", seg, h) for h in lat_ns.get(k.replace(" ", ""), [])]
            if " " not in seg.strip():
                hits += [("pinyin", seg, h) for h in py.get(k.replace(" ", ""), [])]
            # text segment (naming an organisation) inside a longer listed string
            reverse_ok = (len(k.split()) >= 2 and len(k) >= 12 and k not in PARENT_PIECES
                          and ORG_WORDS & set(k.split()))
            for lk, ents in long_lat.items():
                if lk == k:
                    continue
                if contains_words(k, lk):
                    overlaps += [(lk, seg, e, "listed-in-text") for e in ents]
                elif reverse_ok and contains_words(lk, k):
                    overlaps += [(lk, seg, e, "text-in-listed") for e in ents]
        # (1) equality with a listed string
        seen = set()
        homonym_entries = set()
        for kind, seg, (f, n, cs, v) in hits:
            if (f, n, v) in seen:
                continue
            seen.add((f, n, v))
            if is_homonym and rc and cs and rc not in cs:
                n_homonym += 1
                homonym_entries.add((f, n))
                homonym_log.append(f"line {i}: {seg!r} ({r['country']}) = {f} '{n}' via {v!r} "
                                   f"(listed country {sorted(cs)})")
                continue
            problems.append(f"{where}: {kind} match of segment {seg!r} with {f} '{n}' (listed string {v!r}, "
                            f"listed country {sorted(cs) or '?'}, row country {r['country']!r})")
        # (2) containment must be acknowledged in the note
        def named(lk):
            return (lk in note_zh) if CJK.search(lk) else contains_words(note_keys, lk)
        by_seg = defaultdict(list)
        for lk, seg, (f, n, cs, v), direction in overlaps:
            if (f, n) in homonym_entries:      # same entry already accepted as a homonym in this row
                continue
            by_seg[(seg, direction)].append((lk, f, n, v))
        for (seg, direction), items in by_seg.items():
            if direction == "listed-in-text":
                # every listed string found inside the text must be named in the note
                for lk in sorted({it[0] for it in items}):
                    if named(lk):
                        n_reviewed_overlap += 1
                    else:
                        f, n, v = next((it[1], it[2], it[3]) for it in items if it[0] == lk)
                        problems.append(f"{where}: contains listed {f} '{n}' (string {v!r}); note does not name it")
            else:
                # the segment is part of longer listed names: the note must name at least one of them
                if any(named(it[0]) for it in items):
                    n_reviewed_overlap += 1
                else:
                    ex = sorted({f"{it[1]} '{it[3]}'" for it in items})[:4]
                    problems.append(f"{where}: segment {seg!r} is part of listed names {ex}; note names none")

    labels = Counter(r["label"] for r in rows)
    forms = Counter((r["label"], r["form"]) for r in rows)
    print(f"rows: {len(rows)}  positives: {labels['1']}  negatives: {labels['0']}")
    for (lab, form), n in sorted(forms.items()):
        print(f"  label={lab}  {form:22s} {n}")
    print(f"negatives checked against {len(lat)} Latin / {len(zh)} Chinese / {len(py)} pinyin listed keys "
          f"from {len(FILES)} files")
    print(f"homonym rows accepted (identical name/acronym, different country, note 'homonym:'): {n_homonym} match(es)")
    for h in homonym_log:
        print("  HOMONYM", h)
    print(f"near-name overlaps acknowledged in notes: {n_reviewed_overlap}")
    for p in problems:
        print("CONFLICT:", p)
    print(f"conflicts: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
