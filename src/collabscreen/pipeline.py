"""The batch job, end to end: read -> screen -> decide -> render -> record.

>>> result = screen(ScreenOptions(inputs=[Path("round.xlsx")], policies=["ca-strac"], out=Path("out")))  # doctest: +SKIP
>>> result.run["outcome_counts"]["prohibited"]                                                        # doctest: +SKIP
3
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from collabscreen.errors import CollabscreenError, InputError, PolicyError, raise_all
from collabscreen.fields.opinion import SecondOpinion
from collabscreen.inputs import Limits, load_column_map, read_inputs
from collabscreen.inputs.records import InputBundle
from collabscreen.ledger import Ledger, entry_fingerprints, finding_key
from collabscreen.outcomes import Outcome
from collabscreen.policy.loader import load_list_files, load_policies
from collabscreen.policy.model import PolicySet
from collabscreen.report import MemoRenderer, write_outputs
from collabscreen.rules import Decision, decide
from collabscreen.rules.findings import Annotation, Memory
from collabscreen.run import RunInfo
from collabscreen.screen import ProjectFacts, Screener


@dataclass
class ScreenOptions:
    inputs: Sequence[Path]
    policies: Sequence[str]
    out: Path
    lists: Sequence[Path] = ()
    memos: bool = True
    workers: int = 1
    ledger: str | Path | None = None  # SQLite path or URL; default: OUT/ledger.sqlite
    since: str | None = None  # compare with this run; default: the last run on the same inputs
    as_of: dt.date = field(default_factory=dt.date.today)
    templates: Path | None = None
    columns: Path | None = None
    limits: Limits = field(default_factory=Limits)
    second_opinion: bool = False  # let the packs' sentence-model heads weigh in on term matches (fields.opinion)


@dataclass(frozen=True)
class ScreenResult:
    run: dict
    decisions: tuple[Decision, ...]
    bundle: InputBundle
    ledger_path: str
    memory: Memory


def load_policy_set(policies: Sequence[str], lists: Sequence[Path] = ()) -> PolicySet:
    policy_set = load_policies(policies)
    extra = load_list_files(lists)
    return PolicySet((*policy_set.packs, extra)) if extra else policy_set


def read(inputs: Sequence[Path], columns: Path | None = None, limits: Limits | None = None) -> InputBundle:
    return read_inputs(inputs, load_column_map(columns), limits)


def evaluate(bundle: InputBundle, policies: PolicySet, as_of: dt.date,
             opinion: SecondOpinion | None = None) -> list[tuple[ProjectFacts, Decision]]:
    screener = Screener(policies, opinion)
    return [(facts, decide(facts, policies, as_of)) for facts in screener.screen(bundle)]


def load_second_opinion(policies: PolicySet) -> SecondOpinion:
    """The second opinion of the chosen packs, its model loaded and checked; an error when no pack has heads."""
    opinion = SecondOpinion(policies.area_sets)
    if not opinion.opinions:
        raise PolicyError("none of the chosen packs has second-opinion heads, so --second-opinion has nothing to "
                          "weigh.", None, "Add --policy ca-strac or --policy uk-china-sti-2025, or leave the option "
                          "out.")
    return opinion


def screen(options: ScreenOptions, progress: Callable[[int], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> ScreenResult:
    """Run the whole job and write every output. Raises CollabscreenError for input or policy errors."""
    policies = load_policy_set(options.policies, options.lists)
    opinion = load_second_opinion(policies) if options.second_opinion else None
    renderer = MemoRenderer(options.templates) if options.memos else None
    bundle = read(options.inputs, options.columns, options.limits)
    out = Path(options.out)
    if out.exists() and not out.is_dir():
        raise InputError("the output path exists and is not a folder.", None, "Give a folder with --out.")
    inputs = [{"name": f.name, "sha256": f.sha256} for f in bundle.files]
    with Ledger.open(options.ledger or out / "ledger.sqlite") as ledger:
        fingerprints = entry_fingerprints(policies)
        pairs, memory = decide_with_memory(bundle, policies, options.as_of, ledger, fingerprints, options.since,
                                           inputs, opinion)
        # Dispositions change outcomes, so they are part of what identifies the run.
        notes = sorted({a.note for a in memory.annotations.values() if a.note} | set(memory.project_notes.values()))
        run = RunInfo.create(policies, bundle.files, options.as_of, {"memos": options.memos, "dispositions": notes},
                             opinion.describe() if opinion else None)
        if on_total:
            on_total(len(pairs))
        record = write_outputs(out, run, bundle, pairs, policies.lists, policies.area_sets, renderer,
                               options.workers, progress, memory)
        ledger.record_run(record, [d for _, d in pairs], fingerprints)
        return ScreenResult(record, tuple(d for _, d in pairs), bundle, ledger.display, memory)


def decide_with_memory(bundle: InputBundle, policies: PolicySet, as_of: dt.date, ledger: Ledger, fingerprints,
                       since: str | None, inputs: list[dict],
                       opinion: SecondOpinion | None = None) -> tuple[list[tuple[ProjectFacts, Decision]], Memory]:
    """Decide every project with the office's memory: matches a reviewer dismissed (and that have not changed
    since) no longer feed the rules, project overrides set the outcome, and each finding is marked new,
    unchanged or reopened against the previous run."""
    pairs = evaluate(bundle, policies, as_of, opinion)
    applied = ledger.dispositions_for([f for _, d in pairs for f in d.findings], fingerprints)
    overrides = {pid: a for pid, a in ledger.project_dispositions([d for _, d in pairs], fingerprints).items()
                 if a.holds and a.disposition.decision == "override" and a.disposition.outcome}
    dismissed: dict[str, set] = {}
    for finding, a in applied.items():
        if a.holds and a.disposition.decision == "dismiss" and finding.check == "list_match":
            dismissed.setdefault(finding.project_id, set()).add((finding.subject_id, finding.list_id, finding.entry_id))
    if dismissed or overrides:
        pairs = [
            (facts, decide(facts, policies, as_of, frozenset(dismissed.get(d.project_id, ())),
                           _override(overrides.get(d.project_id))))
            if d.project_id in dismissed or d.project_id in overrides else (facts, d)
            for facts, d in pairs
        ]
    findings = [f for _, d in pairs for f in d.findings]
    previous = since or ledger.previous_run_for(inputs)
    comparison = ledger.compare(previous, findings, fingerprints)
    applied = ledger.dispositions_for(findings, fingerprints)
    annotations = {}
    for f in findings:
        a = applied.get(f)
        note = ""
        if a is not None:
            note = a.disposition.describe() + ("" if a.holds else " (reopened: the finding or list entry changed)")
        annotations[f] = Annotation(finding_key(f), comparison.status.get(f, "new"),
                                    a.disposition.decision if a else "", a.disposition.reason if a else "", note)
    project_notes = {pid: a.disposition.describe() + ("" if a.holds else " (reopened: the findings changed)")
                     for pid, a in ledger.project_dispositions([d for _, d in pairs], fingerprints).items()}
    resolved: dict[str, list[dict]] = {}
    for row in comparison.resolved:
        resolved.setdefault(str(row.get("project_id", "")), []).append(row)
    return pairs, Memory(comparison.previous_run_id, annotations, project_notes, resolved)


def _override(applied) -> tuple[Outcome, str] | None:
    return (Outcome(applied.disposition.outcome), applied.disposition.describe()) if applied else None


def validate(inputs: Sequence[Path], policies: Sequence[str], columns: Path | None = None,
             limits: Limits | None = None) -> InputBundle:
    """Every input and policy problem, without screening. Rejected rows count as problems here."""
    problems: list[CollabscreenError] = []
    bundle = None
    for step in (lambda: load_policy_set(policies), lambda: read(inputs, columns, limits)):
        try:
            result = step()
        except CollabscreenError as exc:
            problems.extend(getattr(exc, "problems", [exc]))
            continue
        if isinstance(result, InputBundle):
            bundle = result
            problems += [InputError(r.reason, r.location, r.hint) for r in result.rejected]
    raise_all(problems)
    assert bundle is not None
    return bundle
