"""Reviewer dispositions: what a reviewer decided about a finding or a project, and reading them in bulk.

A disposition is one of ``dismiss`` (a false positive), ``confirm`` (a true match), ``accept_with_mitigations``
and ``override`` (with the outcome the reviewer sets), always with a reviewer and a reason. The latest
disposition on a finding (or project) is the one in force; it *applies* while what the reviewer saw is unchanged
and is *reopened* once it changes (see ``collabscreen.ledger.keys``).

Bulk: a reviewer fills ``disposition`` and ``reason`` columns (and ``outcome`` for an override) in findings.csv
or in the Findings sheet of summary.xlsx; ``read_disposition_rows`` reads them back with each row's Location.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from collabscreen.errors import InputError
from collabscreen.location import Location, column_letter
from collabscreen.outcomes import OUTCOME_NAMES

DECISIONS = ("dismiss", "confirm", "accept_with_mitigations", "override")
FINDING_ONLY = ("dismiss", "confirm")

# What a reviewer may type in a spreadsheet's disposition column.
_SYNONYMS = {
    "dismiss": "dismiss", "dismissed": "dismiss", "false positive": "dismiss", "fp": "dismiss",
    "not a match": "dismiss",
    "confirm": "confirm", "confirmed": "confirm", "true match": "confirm", "true positive": "confirm",
    "accept": "accept_with_mitigations", "accepted": "accept_with_mitigations",
    "accept with mitigations": "accept_with_mitigations", "accept_with_mitigations": "accept_with_mitigations",
    "mitigate": "accept_with_mitigations",
    "override": "override", "overridden": "override",
}


def parse_decision(text: str) -> str | None:
    """The decision a reviewer meant, or None. ``"False positive"`` -> ``"dismiss"``."""
    return _SYNONYMS.get(re.sub(r"[\s_\-]+", " ", str(text or "")).strip().casefold())


@dataclass(frozen=True)
class Disposition:
    """One recorded decision of a reviewer, as read back from the ledger."""

    seq: int
    recorded_at: str
    reviewer: str
    reason: str
    decision: str
    target: str  # finding | project
    project_id: str
    finding_key: str = ""
    slot: str = ""
    fingerprint: str = ""
    outcome: str = ""  # for override: the outcome the reviewer set
    run_id: str = ""  # the run whose finding (or project) the reviewer saw
    subject: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_payload(cls, seq: int, recorded_at: str, payload: Mapping) -> Disposition:
        names = ("reviewer", "reason", "decision", "target", "project_id", "finding_key", "slot", "fingerprint",
                 "outcome", "run_id")
        return cls(seq, recorded_at, *(str(payload.get(n) or "") for n in names),
                   subject=dict(payload.get("subject") or {}))

    def describe(self) -> str:
        what = self.decision.replace("_", " ") + (f" ({self.outcome})" if self.outcome else "")
        return f"{what} by {self.reviewer} on {self.recorded_at[:10]}: {self.reason}"


@dataclass(frozen=True)
class Applied:
    """A disposition as it stands for a current finding or project."""

    disposition: Disposition
    status: str  # applies | reopened

    @property
    def holds(self) -> bool:
        return self.status == "applies"


@dataclass(frozen=True)
class DispositionRequest:
    """What a reviewer asks to record: on a finding (its key, or a unique prefix of 8+ hex digits) or, with
    only ``project_id``, on a whole project."""

    reviewer: str
    reason: str
    decision: str
    finding_key: str = ""
    project_id: str = ""
    outcome: str = ""
    location: Location | None = None  # where a bulk row came from, for error messages

    def problems(self) -> list[str]:
        out = []
        if self.decision not in DECISIONS:
            out.append(f'"{self.decision}" is not a disposition; use one of {", ".join(DECISIONS)}.')
        if not self.reviewer.strip():
            out.append("no reviewer given; every disposition names its reviewer.")
        if not self.reason.strip():
            out.append("no reason given; every disposition says why.")
        if self.decision == "override" and self.outcome not in OUTCOME_NAMES:
            out.append(f"an override needs the outcome it sets: one of {', '.join(OUTCOME_NAMES)}.")
        if self.decision != "override" and self.outcome:
            out.append("only an override sets an outcome.")
        if not self.finding_key and not self.project_id:
            out.append("say which finding (its key) or which project the disposition is about.")
        if self.decision in FINDING_ONLY and not self.finding_key:
            out.append(f"{self.decision} is about one finding: give the finding's key, not only the project.")
        return out


# ---------------------------------------------------------------------------------------------------------------
# Bulk: findings.csv or summary.xlsx with disposition and reason columns


def _header(name: object) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name or "").strip().casefold()).strip("_")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_disposition_rows(path: Path) -> list[tuple[Location, dict[str, str]]]:
    """The rows of a findings.csv, or of summary.xlsx's Findings sheet, with a filled ``disposition`` cell.

    Each row comes with its Location (the ``disposition`` cell), keys are normalised headers
    (``Disposition`` -> ``disposition``). Raises InputError when the file has no ``disposition`` column.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("the file does not exist.", Location(path.name), "Give the findings.csv or summary.xlsx "
                         "you filled in.")
    sheet = None
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = next((n for n in book.sheetnames if n.casefold() == "findings"), book.sheetnames[0])
            raw = [[_cell(v) for v in row] for row in book[sheet].iter_rows(values_only=True)]
        finally:
            book.close()
    else:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            raw = [[_cell(v) for v in row] for row in csv.reader(handle)]
    where = Location(path.name, sheet)
    if not raw:
        raise InputError("the file is empty.", where, "Export findings.csv again and fill in its disposition column.")
    headers = [_header(h) for h in raw[0]]
    if "disposition" not in headers:
        raise InputError('there is no "disposition" column.', where.at(1),
                         'Add columns "disposition" and "reason" and fill them for the findings you decided on.')
    column = headers.index("disposition")
    out = []
    for number, values in enumerate(raw[1:], start=2):
        row = {h: (values[i] if i < len(values) else "") for i, h in enumerate(headers) if h}
        if row.get("disposition"):
            out.append((where.at(number, column_letter(column + 1), raw[0][column]), row))
    return out
