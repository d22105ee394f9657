"""Calibration: precision and recall at each threshold on an office's own labelled names.

An office labels names or affiliation strings it has seen (``text, country, label`` with label 1 when the text
names a listed organisation, 0 when not) and sees, before a round, what each threshold would have caught and
missed. A row's score is the best score of any list entry matched in it; a row is flagged at a threshold when
that score reaches it.

>>> rows = [LabelledName("Harbin Institute of Technology", "CN", 1), LabelledName("Harbin Medical University", "", 0)]
>>> [(p.threshold, p.tp, p.fp) for p in calibrate(index, rows, [90])]            # doctest: +SKIP
[(90, 1, 0)]
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from collabscreen.errors import InputError, Problems
from collabscreen.location import Location
from collabscreen.names.matcher import NameIndex

REQUIRED = ("text", "country", "label")
LOWEST = 50.0  # scores below this are not worth a reviewer's time at any threshold


@dataclass(frozen=True)
class LabelledName:
    text: str
    country: str
    label: int


@dataclass(frozen=True)
class Point:
    """The figures at one threshold."""

    threshold: float
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_labelled(path: Path) -> list[LabelledName]:
    """The rows of a labelled csv; every problem is reported at once, with its row and column."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise InputError(f"no column {', '.join(repr(c) for c in missing)}.", Location(path.name, row=1),
                             f"A labelled file needs the columns {', '.join(REQUIRED)} (label 1 or 0).")
        rows, problems = [], []
        for number, raw in enumerate(reader, start=2):
            record = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
            if not record["text"]:
                continue
            if record["label"] not in ("0", "1"):
                column = chr(ord("A") + header.index("label"))
                problems.append(InputError(f'label "{record["label"]}" is not 1 or 0.',
                                           Location(path.name, row=number, column=column, header="label"),
                                           "Use 1 when the text names a listed organisation, 0 when it does not."))
                continue
            rows.append(LabelledName(record["text"], record["country"], int(record["label"])))
    if problems:
        raise Problems(problems)
    return rows


def best_scores(index: NameIndex, rows: Iterable[LabelledName], list_id: str | None = None) -> list[float]:
    """Each row's best score on any list (or on ``list_id``), 0 when nothing came near."""
    out = []
    for row in rows:
        found = index.match(row.text, row.country or None, floor=LOWEST)
        out.append(max((m.score for m in found if list_id in (None, m.list_id)), default=0.0))
    return out


def calibrate(index: NameIndex, rows: Sequence[LabelledName], thresholds: Iterable[float],
              list_id: str | None = None) -> list[Point]:
    scores = best_scores(index, rows, list_id)
    points = []
    for threshold in thresholds:
        tp = sum(1 for r, s in zip(rows, scores) if r.label and s >= threshold)
        fp = sum(1 for r, s in zip(rows, scores) if not r.label and s >= threshold)
        fn = sum(1 for r, s in zip(rows, scores) if r.label and s < threshold)
        tn = len(rows) - tp - fp - fn
        points.append(Point(threshold, tp, fp, fn, tn))
    return points
