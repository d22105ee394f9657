"""Findings and decisions: what the decide step produces for each project."""

from __future__ import annotations

from dataclasses import dataclass, field

from collabscreen.outcomes import Outcome

FINDING_COLUMNS = (
    "project_id", "subject_type", "subject_id", "check", "rule_id", "outcome", "score", "list_id", "entry_id",
    "entry_name", "matched_alias", "matched_text", "evidence", "source",
)


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer must see: a list match, a sensitive-area flag, or a rule that fired."""

    project_id: str
    subject_type: str  # project | partner | funding | person
    subject_id: str
    check: str  # list_match | sensitive_area | rule
    outcome: Outcome
    evidence: str
    source: str
    rule_id: str = ""
    score: float | None = None
    list_id: str = ""
    entry_id: str = ""
    entry_name: str = ""
    matched_alias: str = ""
    matched_text: str = ""
    # For the memo: what the rule or list is, and why it matters.
    title: str = ""
    rationale: str = ""
    citation: str = ""
    mitigations: tuple[str, ...] = ()
    pack: str = ""
    source_ref: str = ""  # "pack_id/source_id" of the public source(s) behind the list, area set or rule, ;-separated

    def row(self) -> dict[str, str]:
        """The findings.csv row (DESIGN.md section 4)."""
        values = {name: getattr(self, name) for name in FINDING_COLUMNS}
        values["outcome"] = self.outcome.value
        values["score"] = "" if self.score is None else f"{self.score:g}"
        return {k: "" if v is None else str(v) for k, v in values.items()}


@dataclass(frozen=True)
class Decision:
    """One outcome per project, with the findings and the rules behind it."""

    project_id: str
    title: str
    outcome: Outcome
    findings: tuple[Finding, ...]
    reasons: tuple[str, ...]
    mitigations: tuple[str, ...]

    @property
    def rules_fired(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.check == "rule" and f.rule_id)


@dataclass(frozen=True)
class Annotation:
    """What the office's memory says of a finding: its stable key, what changed since the previous run
    (new, unchanged, reopened), and the reviewer disposition in force, if any."""

    key: str
    change: str = "new"
    disposition: str = ""  # dismiss | confirm | accept_with_mitigations | override
    reason: str = ""
    note: str = ""  # e.g. 'dismissed by A. Reviewer on 2026-11-28: ...' or '... (reopened: the entry changed)'


@dataclass(frozen=True)
class Memory:
    """The ledger's view of a run, for the outputs: annotations per finding, project-level dispositions, and
    the previous run's findings that are gone."""

    previous_run_id: str | None = None
    annotations: dict[Finding, Annotation] = field(default_factory=dict)
    project_notes: dict[str, str] = field(default_factory=dict)  # project_id -> the project disposition in force
    resolved: dict[str, list[dict]] = field(default_factory=dict)  # project_id -> the previous run's rows now gone

    def of(self, finding: Finding) -> Annotation | None:
        return self.annotations.get(finding)
