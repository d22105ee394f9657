"""Sensitive-area classification quality on real, labelled research abstracts.

The labelled set (``bench/data/abstracts/abstracts_labelled.csv``, sources in ``SOURCES.md``) carries Canada's STRA
categories (``stra:<category>``) and the UK–China agreement's areas (``ukcn:<area>``). The shipped ``ca-strac`` and
``uk-china-sti-2025`` packs are classified at their shipped settings; an area hit in band ``flag`` predicts its label
(ca-stra areas by their ``category`` column, uk-china-sti areas by area id). ``possible`` hits are not predictions.

Reported per label: precision, recall, support and the share of all projects flagged under it (a degenerate classifier
that flags most projects under one label shows there at once); then micro-F1 over all labels. Because the shipped
vocabulary was tuned by looking at errors on part of this set, every figure is given for the whole set, for the
``dev`` half (the half that was looked at) and for the ``held-out`` half (never looked at while tuning); the halves
are fixed by the sha256 of each row's id, so they never move.

The baseline, measured in the same run, is plain case-insensitive substring search for the same pack terms, any
mention anywhere flagging the area: what a spreadsheet filter would do.

Rows of the ``test`` and ``validation`` splits (column ``split``, batches labelled after the vocabulary and the heads
were fixed) were never looked at while tuning the vocabulary and never train heads. The test split is the figure a
new round can expect: it chooses nothing. The validation rows choose the second opinion's two thresholds
(``policies/_build/train_opinion.py --choose``), because the tuning rows cannot: their term matches are right more
often than a new round's, the vocabulary having been fitted to them.

With the semantic extra installed, the same figures are given for ``--second-opinion`` (``fields.opinion``). Its
heads are trained on the tuning rows (no ``split``), so scoring the shipped heads on those rows would score
abstracts the heads were trained on. Those rows are cross-fitted instead: split into five folds by the sha256 of
their ids, each fold is scored by heads trained on the other four (``train_heads`` with the settings of
``policies/_build/train_opinion.py``). Validation and test rows are scored by the shipped heads themselves.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from collabscreen.errors import SetupError
from collabscreen.fields import AreaClassifier
from collabscreen.fields.opinion import Encoder, SecondOpinion, model_dir, model_files, project_text, train_heads
from collabscreen.policy import load_policies

DATA = Path(__file__).parent / "data" / "abstracts" / "abstracts_labelled.csv"
SECOND = DATA.with_name("second_labels.csv")  # a second labeller's labels for some rows (SOURCES.md)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "policies" / "_build"))
PACKS = ("ca-strac", "uk-china-sti-2025")
TARGET_F1, TARGET_PRECISION = 0.85, 0.70

STRA_LABELS = {
    "Advanced Digital Infrastructure Technology": "stra:advanced-digital-infrastructure",
    "Advanced Energy Technology": "stra:advanced-energy",
    "Advanced Materials and Manufacturing": "stra:advanced-materials-manufacturing",
    "Advanced Sensing and Surveillance": "stra:advanced-sensing-surveillance",
    "Advanced Weapons": "stra:advanced-weapons",
    "Aerospace, Space and Satellite Technology": "stra:aerospace-space-satellite",
    "Artificial Intelligence and Big Data Technology": "stra:ai-big-data",
    "Human-Machine Integration": "stra:human-machine-integration",
    "Life Science Technology": "stra:life-science",
    "Quantum Science and Technology": "stra:quantum-science",
    "Robotics and Autonomous Systems": "stra:robotics-autonomous",
}
UKCN_LABELS = {
    "ukcn-in-health": "ukcn:health",
    "ukcn-in-climate": "ukcn:climate",
    "ukcn-in-planetary": "ukcn:planetary",
    "ukcn-in-agri": "ukcn:agri",
    "ukcn-dropped-satellites": "ukcn:satellites",
    "ukcn-dropped-remote-sensing": "ukcn:remote-sensing",
    "ukcn-dropped-robotics": "ukcn:robotics",
}
LABELS = sorted(STRA_LABELS.values()) + sorted(UKCN_LABELS.values())


def label_of(set_id: str, area_id: str, category: str) -> str | None:
    """The evaluation label an area maps to, or None for areas outside the two labelled vocabularies."""
    if set_id == "ca-stra":
        return STRA_LABELS.get(category)
    if set_id == "uk-china-sti":
        return UKCN_LABELS.get(area_id)
    return None


FOLDS = 5


def half(row_id: str) -> str:
    """``dev`` or ``held-out``, fixed by the id's sha256 so the split never moves."""
    return "dev" if int(hashlib.sha256(row_id.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


FRESH = ("validation", "test")  # the splits labelled after the vocabulary and the heads were fixed


def split_of(row: dict[str, str]) -> str:
    """``validation`` or ``test`` for the fresh splits, else the tuning row's half."""
    return row["split"] if row.get("split") in FRESH else half(row["id"])


def fold(row_id: str) -> int:
    """The cross-fitting fold of a tuning row, fixed by its id's sha256."""
    return int(hashlib.sha256(f"fold:{row_id}".encode()).hexdigest(), 16) % FOLDS


def read_rows(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["gold"] = {x.strip() for x in row["labels"].split(";") if x.strip()}
    return rows


def read_second(path: Path = SECOND) -> dict[str, set[str]]:
    """A second, independent labeller's labels, by row id (empty when there is no such file)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["id"]: {x.strip() for x in r["labels"].split(";") if x.strip()} for r in csv.DictReader(fh)}


def agreement(rows: list[dict[str, str]], second: dict[str, set[str]], predictions: dict[str, dict[str, set[str]]]):
    """How far two human labellers are apart, next to how far collabscreen is from each, on the doubly labelled
    rows: the ceiling a classifier can be measured against."""
    both = [r for r in rows if r["id"] in second]
    if not both:
        return {}
    as_second = [{**r, "gold": second[r["id"]]} for r in both]
    out = {"rows": len(both), "labellers_micro_f1": score(both, second)["micro_f1"]}
    for name, predicted in predictions.items():
        out[f"{name}_vs_first"] = score(both, predicted)["micro_f1"]
        out[f"{name}_vs_second"] = score(as_second, predicted)["micro_f1"]
    return out


def classifier_predict(classifier: AreaClassifier, bands: tuple[str, ...] = ("flag",)) -> Callable[[dict[str, str]],
                                                                                                    set[str]]:
    """The labels a row's hits in ``bands`` stand for (``("flag", "possible")``: every label shown to a reviewer)."""
    def predict(row: dict[str, str]) -> set[str]:
        hits = classifier.classify_text(title=row["title"], abstract=row["abstract"])
        return {lab for h in hits if h.band in bands
                if (lab := label_of(h.area.set_id, h.area.area_id, h.area.category))}
    return predict


def reach(rows: Iterable[dict[str, str]], shown: dict[str, set[str]]) -> float:
    """The share of gold labels a reviewer sees at all, as a flag or a possible match."""
    pairs = [(r["id"], label) for r in rows for label in r["gold"]]
    return round(sum(1 for rid, label in pairs if label in shown[rid]) / len(pairs), 3) if pairs else 0.0


class CachedEncoder:
    """The model's embeddings, computed once for the whole bench (the folds score the same texts)."""

    def __init__(self, encoder: Encoder):
        self.encoder, self.cache, self.dimension = encoder, {}, encoder.dimension

    def embed(self, texts):
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.encoder.embed(todo)))
        return [self.cache[t] for t in texts]


def load_encoder() -> CachedEncoder | None:
    try:
        folder = model_dir()
        return CachedEncoder(Encoder(folder, model_files(folder)))
    except SetupError as exc:
        print(f"second opinion not measured: {exc}")
        return None


def label_key(area_set, label: str) -> str | None:
    """The head key (category or area id) of an area set that an evaluation label stands for."""
    if area_set.id == "ca-stra":
        return next((c for c, lab in STRA_LABELS.items() if lab == label), None)
    return next((a for a, lab in UKCN_LABELS.items() if lab == label), None)


def retrained(area_sets, rows: list[dict[str, str]], encoder: CachedEncoder, c: float) -> list:
    """The area sets with their heads trained on ``rows`` only."""
    embeddings = encoder.embed([project_text(r["title"], r["abstract"]) for r in rows])
    out = []
    for area_set in area_sets:
        if area_set.opinion is None:
            out.append(area_set)
            continue
        keys = {label_key(area_set, label): label for label in LABELS if label_key(area_set, label)}
        heads = train_heads(embeddings, {k: [lab in r["gold"] for r in rows] for k, lab in keys.items()}, c)
        out.append(replace(area_set, opinion=replace(area_set.opinion, heads=tuple(sorted(heads.items())))))
    return out


def opinion_predict(area_sets, encoder: CachedEncoder) -> Callable[[dict[str, str]], set[str]]:
    return classifier_predict(AreaClassifier(area_sets, SecondOpinion(area_sets, encoder)))


def substring_predict(area_sets) -> Callable[[dict[str, str]], set[str]]:
    terms = [(label_of(s.id, a.area_id, a.category), [t.lower() for t in a.terms]) for s in area_sets for a in s.areas]

    def predict(row: dict[str, str]) -> set[str]:
        text = f"{row['title']} {row['abstract']}".lower()
        return {lab for lab, ts in terms if lab and any(t in text for t in ts)}
    return predict


def score(rows: Iterable[dict[str, str]], predicted: dict[str, set[str]]) -> dict:
    rows = list(rows)
    per_label, tp_all, fp_all, fn_all = {}, 0, 0, 0
    for label in LABELS:
        tp = sum(1 for r in rows if label in r["gold"] and label in predicted[r["id"]])
        fp = sum(1 for r in rows if label not in r["gold"] and label in predicted[r["id"]])
        fn = sum(1 for r in rows if label in r["gold"] and label not in predicted[r["id"]])
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per_label[label] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "support": tp + fn,
            "flagged": tp + fp,
            "flagged_share": round((tp + fp) / len(rows), 3) if rows else 0.0,
        }
    p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    precisions = [v["precision"] for v in per_label.values() if v["precision"] is not None]
    return {"rows": len(rows), "micro_precision": round(p, 3), "micro_recall": round(r, 3), "micro_f1": round(f1, 3),
            "min_label_precision": min(precisions) if precisions else None, "per_label": per_label}


def fmt(v) -> str:
    return "  -  " if v is None else f"{v:5.2f}"


def report(name: str, result: dict) -> None:
    print(f"\n{name}: {result['rows']} abstracts  micro-P {result['micro_precision']:.3f}  "
          f"micro-R {result['micro_recall']:.3f}  micro-F1 {result['micro_f1']:.3f}  "
          f"min label P {fmt(result['min_label_precision']).strip()}")


def main() -> dict:
    rows = read_rows()
    policies = load_policies(PACKS)
    ours = classifier_predict(AreaClassifier(policies.area_sets))
    base = substring_predict(policies.area_sets)
    predicted = {r["id"]: ours(r) for r in rows}
    shown_by = classifier_predict(AreaClassifier(policies.area_sets), ("flag", "possible"))
    shown = {r["id"]: shown_by(r) for r in rows}
    baseline = {r["id"]: base(r) for r in rows}
    splits = {"all": rows, "tuning": [r for r in rows if split_of(r) not in FRESH],
              **{name: [r for r in rows if split_of(r) == name] for name in ("dev", "held-out", *FRESH)}}
    splits = {name: subset for name, subset in splits.items() if subset}
    results = {name: score(subset, predicted) for name, subset in splits.items()}
    base_results = {name: score(subset, baseline) for name, subset in splits.items()}
    encoder = load_encoder()
    crossfit = None
    if encoder is not None:
        from train_opinion import C  # the shipped heads' settings (policies/_build/train_opinion.py)

        tuned = [r for r in rows if split_of(r) not in FRESH]
        crossed: dict[str, set[str]] = {}
        for k in range(FOLDS):
            train = [r for r in tuned if fold(r["id"]) != k]
            predict = opinion_predict(retrained(policies.area_sets, train, encoder, C), encoder)
            crossed.update({r["id"]: predict(r) for r in tuned if fold(r["id"]) == k})
        shipped = opinion_predict(policies.area_sets, encoder)
        crossed.update({r["id"]: shipped(r) for name in FRESH for r in splits.get(name, [])})
        crossfit = {name: score(subset, crossed) for name, subset in splits.items()}
    print(f"{'label':40} {'P':>5} {'R':>5} {'sup':>4} {'flag%':>6} | {'dev P':>5} {'dev R':>5} | "
          f"{'ho P':>5} {'ho R':>5} | {'base P':>6} {'base R':>6}")
    for label in LABELS:
        a, d, h, b = (x["per_label"][label] for x in (results["all"], results["dev"], results["held-out"],
                                                       base_results["all"]))
        print(f"{label:40} {fmt(a['precision'])} {fmt(a['recall'])} {a['support']:4d} "
              f"{100 * a['flagged_share']:5.1f}% | {fmt(d['precision'])} {fmt(d['recall'])} | "
              f"{fmt(h['precision'])} {fmt(h['recall'])} | {fmt(b['precision']):>6} {fmt(b['recall']):>6}")
    for name in splits:
        report(f"collabscreen, {name}", results[name])
    print("\nreach (the share of gold labels shown to a reviewer as a flag or a possible match): "
          + ", ".join(f"{name} {reach(subset, shown):.3f}" for name, subset in splits.items()))
    report("baseline (substring search), all", base_results["all"])
    whole = results["all"]
    met = whole["micro_f1"] >= TARGET_F1 and (whole["min_label_precision"] or 0) >= TARGET_PRECISION
    print(f"\ntarget micro-F1 >= {TARGET_F1} and every label's precision >= {TARGET_PRECISION}: "
          f"{'met' if met else 'NOT met'} (all rows, terms and codes alone)")
    second = read_second()
    agreed = {}
    for name, subset in (("all", rows), ("test", splits.get("test", []))):
        predictions = {"terms": predicted, **({"second_opinion": crossed} if crossfit is not None else {})}
        if found := agreement(subset, second, predictions):
            agreed[name] = found
            print(f"\ntwo labellers, {name} ({found['rows']} rows labelled twice, blind): micro-F1 of one against the "
                  f"other {found['labellers_micro_f1']:.3f}; collabscreen against the first / the second: "
                  + "; ".join(f"{p} {found[p + '_vs_first']:.3f} / {found[p + '_vs_second']:.3f}" for p in predictions))
    opinion = {}
    if crossfit is not None:
        print(f"\n--second-opinion (tuning rows: each of {FOLDS} folds scored by heads trained on the "
              f"others; validation and test rows by the shipped heads):\n{'label':40} {'P':>5} {'R':>5} {'flag%':>6}")
        for label in LABELS:
            a = crossfit["all"]["per_label"][label]
            print(f"{label:40} {fmt(a['precision'])} {fmt(a['recall'])} {100 * a['flagged_share']:5.1f}%")
        for name in splits:
            how = "shipped heads" if name in FRESH else "mixed" if name == "all" else "cross-fitted"
            report(f"collabscreen --second-opinion, {how}, {name}", crossfit[name])
        cross = crossfit["all"]
        # the target is judged without the validation rows, which chose the thresholds
        judged = score([r for r in rows if split_of(r) != "validation"], crossed)
        opinion_met = judged["micro_f1"] >= TARGET_F1 and (judged["min_label_precision"] or 0) >= TARGET_PRECISION
        print(f"\ntarget: {'met' if opinion_met else 'NOT met'} (--second-opinion, tuning rows cross-fitted and test "
              f"rows: micro-F1 {judged['micro_f1']:.3f}, min label P {fmt(judged['min_label_precision']).strip()})")
        opinion = {
            "second_opinion_micro_f1": cross["micro_f1"], "second_opinion_micro_precision": cross["micro_precision"],
            "second_opinion_micro_recall": cross["micro_recall"],
            "second_opinion_min_label_precision": cross["min_label_precision"],
            "second_opinion_held_out_micro_f1": crossfit["held-out"]["micro_f1"],
            **{f"second_opinion_{name}_micro_f1": crossfit[name]["micro_f1"] if name in crossfit else None
               for name in FRESH},
            "second_opinion_target_met": opinion_met,
        }
    return {
        "micro_f1": whole["micro_f1"], "micro_precision": whole["micro_precision"],
        "micro_recall": whole["micro_recall"], "min_label_precision": whole["min_label_precision"],
        "dev_micro_f1": results["dev"]["micro_f1"], "held_out_micro_f1": results["held-out"]["micro_f1"],
        **{f"{name}_micro_f1": results[name]["micro_f1"] if name in results else None for name in FRESH},
        "held_out_min_label_precision": results["held-out"]["min_label_precision"],
        "baseline_micro_f1": base_results["all"]["micro_f1"], "target_met": met,
        "reach": reach(rows, shown),
        "labellers": agreed,
        **opinion,
        "per_label": whole["per_label"],
    }


if __name__ == "__main__":
    main()
