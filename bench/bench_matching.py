"""Organisation matching: quality on the labelled set, side by side with OpenSanctions' matchers, and throughput.

``python -m bench matching`` (or ``make bench``). Three parts, all in one run:

1. **Quality.** ``bench/data/org_matching_labelled.csv`` (see its ``.SOURCES.md``) is screened against the shipped
   lists of ``ca-strac``, ``aspi-cdut`` and ``us-research-security``. A row counts as predicted positive when some
   list entry is matched at band ``match`` (the shipped thresholds). A positive row is a true positive only when a
   matched entry *is* the labelled organisation: the target row of ``target_source``, the same organisation on one
   of the lists the row's note names ("also in ..."), or a listed child whose ``parent`` is one of those. A hit on
   any other entry is a false positive (and the row is also a false negative).
2. **OpenSanctions.** The same rows go through nomenklatura's ``logic-v2`` and ``name-based`` algorithms: every
   list entry becomes an ``Organization`` (its name, aliases and country), every row a query ``Organization`` (the
   text as name, the typed country), and each query is scored against a generous shortlist of entries (see
   ``_shortlist``). Each algorithm is reported at the threshold that gives it its best F1 on this
   very set: an optimistic figure for them.
3. **Throughput.** Distinct affiliation strings per second through ``NameIndex.match``: against the shipped lists,
   and against a 30,000-name synthetic list (see ``synthetic_names``), each next to a brute-force rapidfuzz
   baseline (``process.extractOne`` of the normalised string over every normalised alias) in the same run.
"""

from __future__ import annotations

import csv
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from collabscreen.names import NameIndex
from collabscreen.names.normalise import normalise
from collabscreen.policy import load_policies
from collabscreen.policy.model import ListEntry, OrgList

DATA = Path(__file__).parent / "data" / "org_matching_labelled.csv"
HELDOUT = Path(__file__).parent / "data" / "heldout" / "org_matching_heldout.csv"
PACKS = ("ca-strac", "aspi-cdut", "us-research-security")

# The labelled set names the reference files; these are the shipped lists built from them.
SOURCE_LIST = {
    "aspi_china_defence_universities_2020.csv": "aspi-cdut",
    "canada_named_research_organizations_2024-04-18.csv": "ca-nro",
    "us_ndaa_fy2019_section_1286_list.csv": "us-1286",
    "us_section_1260h_chinese_military_companies.csv": "us-1260h",
    "us_bis_entity_list_research_institutions_2026-07.csv": "us-bis-research",
}
NOMENKLATURA_SHORTLIST = 60
SHORT_LIST = {"ASPI": "aspi-cdut", "NRO": "ca-nro", "1286": "us-1286", "1260H": "us-1260h", "BIS": "us-bis-research"}


@dataclass(frozen=True)
class Row:
    text: str
    country: str
    label: int
    form: str
    targets: frozenset[tuple[str, str]]  # (list_id, entry_id) pairs that count as the right organisation


# --- the labelled set and what counts as the right organisation ---------------------------------------------------


def _names(entry: ListEntry) -> set[str]:
    return {n for n in (normalise(a) for a in (entry.name, *entry.aliases)) if n and len(n.split()) > 1 or
            (n and len(n) > 6)}


def _bare(name: str) -> str:
    """A name compared without a trailing parenthetical: lists print "Dawning ... Co., Ltd. (Sugon)"."""
    return normalise(re.sub(r"\s*\([^)]*\)\s*$", "", name))


def load_rows(lists: tuple[OrgList, ...], path: Path = DATA) -> list[Row]:
    by_id = {lst.id: lst for lst in lists}
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            targets: set[tuple[str, str]] = set()
            if raw["label"] == "1":
                home = by_id[SOURCE_LIST[raw["target_source"]]]
                wanted = _bare(raw["target_name"])
                found = [e for e in home.entries if wanted in {_bare(a) for a in (e.name, *e.aliases)}]
                assert found, f"target not in {home.id}: {raw['target_name']}"
                names = set().union(*(_names(e) for e in found))
                targets |= {(home.id, e.entry_id) for e in found}
                also = re.search(r"also in ([A-Za-z0-9, ]+)", raw["note"])
                for short in (also.group(1).replace(" ", "").split(",") if also else ()):
                    other = by_id[SHORT_LIST[short]]
                    targets |= {(other.id, e.entry_id) for e in other.entries if _names(e) & names}
                if path != DATA:  # a set without "also in" notes: the same name on another list is the same body
                    targets |= {(lst.id, e.entry_id) for lst in lists for e in lst.entries if _names(e) & names}
                # A listed lab or subsidiary of the right organisation is the right organisation for screening.
                for lst in lists:
                    targets |= {(lst.id, e.entry_id) for e in lst.entries if (lst.id, e.parent) in targets}
            rows.append(Row(raw["text"], raw["country"], int(raw["label"]), raw["form"], frozenset(targets)))
    return rows


def score_rows(rows: list[Row], predictions: list[set[tuple[str, str]]]) -> dict:
    """Row-level precision, recall and F1; a positive row with only wrong hits is both an FP and an FN."""
    tp = fp = fn = 0
    per_form: dict[str, Counter] = defaultdict(Counter)
    for row, hits in zip(rows, predictions):
        right = bool(hits & row.targets)
        wrong = bool(hits) and not right
        tp += right
        fp += wrong
        fn += row.label == 1 and not right
        per_form[row.form]["rows"] += 1
        per_form[row.form]["correct"] += right if row.label else not hits
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    forms = {form: round(c["correct"] / c["rows"], 3) for form, c in sorted(per_form.items())}
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "tp": tp, "fp": fp,
            "fn": fn, "per_form": forms}


def ours(index: NameIndex, rows: list[Row]) -> list[set[tuple[str, str]]]:
    return [{(m.list_id, m.entry_id) for m in index.match(r.text, r.country or None) if m.band == "match"}
            for r in rows]


# --- nomenklatura ---------------------------------------------------------------------------------------------------


def nomenklatura_scores(lists: tuple[OrgList, ...], rows: list[Row], algorithm_name: str):
    """For each row, every (list_id, entry_id) with its score, from nomenklatura's own algorithm."""
    from followthemoney import model
    from followthemoney.entity import ValueEntity
    from nomenklatura.matching import get_algorithm
    from nomenklatura.matching.types import ScoringConfig

    from collabscreen.names.matcher import countries_in

    algorithm = get_algorithm(algorithm_name)
    config = ScoringConfig.defaults()
    schema = model.get("Organization")

    def entity(entity_id: str, names, countries) -> ValueEntity:
        # Each entity needs its own id: nomenklatura caches its name analysis by entity id.
        made = ValueEntity(schema, {"id": entity_id, "schema": "Organization", "properties": {}})
        for name in names:
            made.add("name", name)
        for country in countries:
            made.add("country", country.lower())
        return made

    entries = {(lst.id, e.entry_id): entity(f"{lst.id}/{e.entry_id}", (e.name, *e.aliases),
                                            [e.country] if e.country else [])
               for lst in lists for e in lst.entries}
    names = [(key, name.casefold()) for lst in lists for e in lst.entries for key in [(lst.id, e.entry_id)]
             for name in (e.name, *e.aliases)]
    out = []
    for number, row in enumerate(rows):
        query = entity(f"q{number}", [row.text], sorted(countries_in(row.country)) if row.country else [])
        out.append({key: algorithm.compare(query, entries[key], config).score
                    for key in _shortlist(row.text, names)})
    return out


def _shortlist(text: str, names: list[tuple[tuple[str, str], str]]) -> set[tuple[str, str]]:
    """Candidate entries for one query, the way yente puts a search index in front of nomenklatura: every entry
    sharing a word (or a Chinese character) with the text, plus the NOMENKLATURA_SHORTLIST names nearest it by
    rapidfuzz's WRatio (for typos and words run together). Scoring all ~1,000 entries with logic-v2 takes about
    a second per row. Checked with name-based on every 16th row: against a full scan, the shortlist changed the
    top score of 9 of 41 rows, all negatives and all downwards (the full scan found wrong entries scoring higher),
    so it flatters nomenklatura's precision rather than costing it recall."""
    from rapidfuzz import fuzz, process

    words = set(re.findall(r"[^\W\d_]{3,}", text.casefold())) | set(re.findall(r"[\u4e00-\u9fff]", text))
    words -= {"the", "and", "for", "university", "institute", "research", "technology", "science", "academy",
              "china", "center", "centre", "college", "company", "school", "state", "national"}
    keep = {key for key, name in names if words & (set(re.findall(r"[^\W\d_]{3,}", name)) |
                                                   set(re.findall(r"[\u4e00-\u9fff]", name)))}
    found = process.extract(text.casefold(), [n for _, n in names], scorer=fuzz.WRatio, limit=NOMENKLATURA_SHORTLIST)
    return keep | {names[index][0] for _, _, index in found}


def _at_threshold(rows: list[Row], scores: list[dict], threshold: float) -> dict:
    """Figures at one threshold: the top-scoring entries at or above it are what a user would review."""
    predictions = []
    for row_scores in scores:
        top = max(row_scores.values(), default=0.0)
        predictions.append({k for k, s in row_scores.items() if s >= threshold and s >= top - 1e-9})
    return score_rows(rows, predictions)


def best_threshold(rows: list[Row], scores: list[dict]) -> tuple[float, dict]:
    """The threshold (over every distinct score) that gives the best F1, and the figures there."""
    best = (0.0, {"f1": -1.0})
    candidates = sorted({round(s, 3) for row_scores in scores for s in row_scores.values() if s > 0.3})
    for threshold in candidates:
        result = _at_threshold(rows, scores, threshold)
        if result["f1"] > best[1]["f1"]:
            best = (threshold, result)
    return best


# --- throughput ------------------------------------------------------------------------------------------------------

PLACES = ["Beijing", "Shanghai", "Harbin", "Nanjing", "Wuhan", "Xi'an", "Chengdu", "Changsha", "Tianjin", "Hefei",
          "Shenyang", "Dalian", "Qingdao", "Jinan", "Zhengzhou", "Kunming", "Lanzhou", "Guangzhou", "Shenzhen",
          "Hangzhou", "Suzhou", "Xiamen", "Fuzhou", "Nanchang", "Taiyuan", "Changchun", "Urumqi", "Guiyang",
          "Moscow", "Novosibirsk", "Tomsk", "Kazan", "Samara", "Tehran", "Isfahan", "Tabriz", "Shiraz", "Minsk",
          "Karachi", "Lahore", "Pyongyang", "Damascus", "Almaty", "Tashkent", "Yerevan", "Baku", "Hanoi", "Dubai"]
SUBJECTS = ["Aeronautics", "Astronautics", "Optics", "Fine Mechanics", "Electronics", "Radio Engineering",
            "Applied Physics", "Metallurgy", "Chemical Engineering", "Materials Science", "Marine Engineering",
            "Nuclear Physics", "Automation", "Information Technology", "Precision Instruments", "Telecommunications",
            "Propulsion", "Semiconductors", "Biotechnology", "Geophysics", "Computing", "Lasers", "Acoustics",
            "Mining", "Petroleum", "Shipbuilding", "Avionics", "Robotics", "Photonics", "Cryogenics"]
KINDS = ["University of {s}", "{p} University of {s}", "{p} Institute of {s}", "{p} Research Institute of {s}",
         "{n}th Research Institute of {p}", "Institute of {s}, {p} Branch", "{p} {s} Company Limited",
         "{p} Academy of {s}", "State Key Laboratory of {s}, {p}", "{p} {s} Group Corporation",
         "{p} {s} Design Bureau", "{p} Polytechnic College of {s}"]


def synthetic_names(count: int = 30_000) -> OrgList:
    """A deterministic list of ``count`` real-looking names: a fixed seed picks a pattern, a place (Chinese,
    Russian, Iranian and other cities), a subject and a number, so tokens repeat the way a sanctions export's do."""
    rng = random.Random(20261128)
    seen: set[str] = set()
    entries = []
    while len(entries) < count:
        name = rng.choice(KINDS).format(p=rng.choice(PLACES), s=rng.choice(SUBJECTS), n=rng.randint(1, 999))
        if rng.random() < 0.3:
            name = f"{name} No. {rng.randint(1, 99)}"
        if name in seen:
            continue
        seen.add(name)
        entries.append(ListEntry(f"syn-{len(entries)}", name, (), rng.choice(["CN", "RU", "IR", ""])))
    return OrgList("synthetic", "Synthetic 30,000 names", "bench", "", None, None, 92, 85, tuple(entries))


DEPARTMENTS = ["Department of Physics", "School of Computer Science", "College of Materials", "Dept. of Chemistry",
               "Key Laboratory of Photonics", "Faculty of Engineering", "School of Medicine", "Centre for Robotics"]
STREETS = ["No. 92 West Dazhi Street", "37 Xueyuan Road", "800 Dongchuan Rd.", "Pervomayskaya St. 5", "1 Azadi Ave."]


def affiliation_strings(lists: tuple[OrgList, ...], count: int) -> list[str]:
    """``count`` distinct affiliation strings (department, organisation, street, city and postcode, country) built
    from the lists' own names and from unlisted-looking ones, half and half, with a fixed seed."""
    rng = random.Random(7)
    listed = [e.name for lst in lists for e in lst.entries]
    unlisted = [f"{p} {k}" for p in PLACES for k in ("Normal University", "Medical University", "University of Finance",
                                                      "Agricultural University", "Foreign Studies University")]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        org = rng.choice(listed if rng.random() < 0.5 else unlisted)
        text = (f"{rng.choice(DEPARTMENTS)}, {org}, {rng.choice(STREETS)}, {rng.choice(PLACES)} "
                f"{rng.randint(100000, 999999)}, {rng.choice(['China', 'P.R. China', 'Russia', 'Iran', 'USA'])}")
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _clear_caches() -> None:
    # By sys.modules: ``collabscreen.names.normalise`` as an attribute is the function the package re-exports.
    for name in ("collabscreen.names.normalise", "collabscreen.names.matcher", "collabscreen.names.countries"):
        module = sys.modules[name]
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def throughput(lists: tuple[OrgList, ...], texts: list[str]) -> dict:
    from rapidfuzz import fuzz, process

    index = NameIndex(lists)
    _clear_caches()
    start = time.perf_counter()
    for text in texts:
        index.match(text)
    ours_rate = len(texts) / (time.perf_counter() - start)
    choices = [normalise(a) for lst in lists for e in lst.entries for a in (e.name, *e.aliases)]
    sample = texts[: max(200, len(texts) // 20)]
    start = time.perf_counter()
    for text in sample:
        process.extractOne(normalise(text), choices, scorer=fuzz.WRatio)
    brute_rate = len(sample) / (time.perf_counter() - start)
    return {"aliases": len(index), "strings": len(texts), "ours_per_s": round(ours_rate),
            "rapidfuzz_brute_per_s": round(brute_rate), "ratio": round(ours_rate / brute_rate, 1)}


# --- report ----------------------------------------------------------------------------------------------------------


def main() -> dict:
    lists = load_policies(list(PACKS)).lists
    rows = load_rows(lists)
    index = NameIndex(lists)
    result: dict = {"rows": len(rows), "positives": sum(r.label for r in rows)}
    result["ours"] = score_rows(rows, ours(index, rows))
    result["nomenklatura"] = {}
    try:
        for algorithm in ("logic-v2", "name-based"):
            threshold, figures = best_threshold(rows, nomenklatura_scores(lists, rows, algorithm))
            result["nomenklatura"][algorithm] = {"threshold": threshold, **figures}
    except ImportError as exc:  # the bench extra is not installed: still report our own figures
        result["nomenklatura"] = {"unavailable": f"{exc}; install with pip install -e '.[bench]'"}

    print(f"{len(rows)} labelled rows ({result['positives']} positive), lists of {', '.join(PACKS)}")
    print(f"{'matcher':<34}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    table = [("collabscreen (shipped thresholds)", result["ours"])]
    table += [(f"nomenklatura {k} @ {v['threshold']:.3f}", v) for k, v in result["nomenklatura"].items()
              if "f1" in v]
    for label, figures in table:
        print(f"{label:<34}{figures['precision']:>7.3f}{figures['recall']:>7.3f}{figures['f1']:>7.3f}"
              f"{figures['tp']:>6}{figures['fp']:>6}{figures['fn']:>6}")
    print("\nper form (share of rows right: a positive found as the right organisation, a negative left alone)")
    forms = result["ours"]["per_form"]
    short = ["collabscreen", *(k for k, v in result["nomenklatura"].items() if "f1" in v)]
    print(f"{'form':<22}" + "".join(f"{label:>14}" for label in short))
    for form in forms:
        print(f"{form:<22}" + "".join(f"{figures['per_form'].get(form, 0):>14.3f}" for _, figures in table))

    if HELDOUT.exists():
        held = load_rows(lists, HELDOUT)
        result["heldout"] = {"rows": len(held), "ours": score_rows(held, ours(index, held)), "nomenklatura": {}}
        if "unavailable" not in result["nomenklatura"]:
            for algorithm, figures in result["nomenklatura"].items():
                scores = nomenklatura_scores(lists, held, algorithm)
                # At the threshold chosen on the development set (as ours was), and at their best on this set.
                result["heldout"]["nomenklatura"][algorithm] = _at_threshold(held, scores, figures["threshold"])
                threshold, best = best_threshold(held, scores)
                result["heldout"]["nomenklatura"][f"{algorithm} (best here @ {threshold:.3f})"] = best
        print(f"\nheld-out set ({len(held)} rows, built without seeing the matcher; thresholds as above)")
        for label, figures in [("collabscreen", result["heldout"]["ours"]),
                               *[(f"nomenklatura {k}", v) for k, v in result["heldout"]["nomenklatura"].items()]]:
            print(f"{label:<34}{figures['precision']:>7.3f}{figures['recall']:>7.3f}{figures['f1']:>7.3f}"
                  f"{figures['tp']:>6}{figures['fp']:>6}{figures['fn']:>6}")

    texts = affiliation_strings(lists, 10_000)
    result["throughput_shipped"] = throughput(lists, texts)
    result["throughput_30k"] = throughput((synthetic_names(),), texts)
    print("\nthroughput (distinct affiliation strings per second, one process)")
    for label, key in (("shipped lists", "throughput_shipped"), ("30,000 synthetic names", "throughput_30k")):
        t = result[key]
        print(f"  {label:<24} {t['aliases']:>6} aliases: collabscreen {t['ours_per_s']:>7}/s, "
              f"rapidfuzz brute force {t['rapidfuzz_brute_per_s']:>6}/s, ratio {t['ratio']}x")
    return result


if __name__ == "__main__":
    main()
