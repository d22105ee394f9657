"""Write every output file of DESIGN.md section 4 for a run.

Everything is first written to a staging folder inside the output folder, then moved into place (memos first,
run.json last), so a run killed at any moment leaves the previous outputs intact, and a run.json always
describes a complete set.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from collabscreen.inputs.records import InputBundle
from collabscreen.outcomes import OUTCOME_NAMES
from collabscreen.report.charts import bars, stacked_bars
from collabscreen.report.files import safe_filename, write_bytes, write_csv, write_json
from collabscreen.report.memo import MemoJob, MemoRenderer
from collabscreen.report.workbook import workbook_bytes
from collabscreen.rules.findings import FINDING_COLUMNS, Decision, Memory
from collabscreen.run import RunInfo
from collabscreen.screen import ProjectFacts

DECISION_COLUMNS = ("project_id", "title", "outcome", "findings", "memo")
# findings.csv: the DESIGN.md columns, then the ledger's: a stable key, what changed since the previous run, and
# the disposition in force. A reviewer fills disposition and reason and imports the file back (collabscreen
# review import).
REVIEW_COLUMNS = ("finding_key", "change", "disposition", "reason")
FINDINGS_CSV_COLUMNS = (*FINDING_COLUMNS, *REVIEW_COLUMNS)
REJECTED_COLUMNS = ("kind", "file", "sheet", "row", "column", "header", "location", "reason", "hint")


def memo_names(project_ids: Sequence[str]) -> dict[str, str]:
    """A safe, unique memo file name for each project ID (``../x`` cannot leave the memos folder)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for pid in project_ids:
        base = safe_filename(pid)
        name = f"{base}.pdf"
        n = 2
        while name.casefold() in used:
            name = f"{base}-{n}.pdf"
            n += 1
        used.add(name.casefold())
        names[pid] = name
    return names


def _negatives(facts: ProjectFacts, decision: Decision, lists, area_sets) -> list[str]:
    hit_lists = {f.list_id for f in decision.findings if f.check == "list_match"}
    hit_sets = {f.list_id for f in decision.findings if f.check == "sensitive_area"}
    subjects = len(facts.partners) + len(facts.funding) + sum(len(p.affiliations) for p in facts.people)
    out = [f"List {lst.id} ({lst.title}, {len(lst.entries)} entries): no match among {subjects} partner, funder "
           f"and affiliation names" for lst in lists if lst.id not in hit_lists]
    out += [f"Area set {s.id} ({s.title}, {len(s.areas)} areas): not flagged" for s in area_sets if s.id not in hit_sets]
    return out


def memo_context(facts: ProjectFacts, decision: Decision, lists, area_sets, memory: Memory | None = None) -> dict:
    """What the memo template is given for one project: its facts, decision, negative results and the ledger's
    notes on its findings."""
    memory = memory or Memory()
    return {"project": facts.project, "facts": facts, "decision": decision,
            "negatives": _negatives(facts, decision, lists, area_sets),
            "notes": [memory.of(x) for x in decision.findings],
            "project_note": memory.project_notes.get(decision.project_id, ""),
            "resolved": memory.resolved.get(decision.project_id, []), "since": memory.previous_run_id}


_WORKER: MemoRenderer | None = None


def _init_worker(templates: Path) -> None:
    global _WORKER
    _WORKER = MemoRenderer(templates)


def _render_memo(job: tuple[str, MemoJob, str], renderer: MemoRenderer | None = None) -> None:
    html, memo_job, path = job
    renderer = renderer or _WORKER
    assert renderer is not None
    write_bytes(Path(path), renderer.memo_pdf(html, memo_job))


def _attachment(run: RunInfo, decision: Decision) -> str:
    return json.dumps({"run_id": run.run_id, "as_of": run.as_of, "project_id": decision.project_id,
                       "outcome": decision.outcome.value, "reasons": list(decision.reasons),
                       "mitigations": list(decision.mitigations), "policy_packs": run.pack_records(),
                       "input_files": run.input_records(), "second_opinion": run.second_opinion,
                       "findings": [f.row() for f in decision.findings]},
                      ensure_ascii=False, indent=1)


def _change_counts(findings: list[dict], memory: Memory) -> dict[str, int]:
    counts = Counter(row["change"] for row in findings if row["change"])
    return {"new": counts["new"], "unchanged": counts["unchanged"], "reopened": counts["reopened"],
            "resolved": sum(len(rows) for rows in memory.resolved.values())}


def _finding_row(finding, memory: Memory) -> dict[str, str]:
    row = finding.row()
    note = memory.of(finding)
    row.update({"finding_key": note.key if note else "", "change": note.change if note else "",
                "disposition": note.disposition if note else "", "reason": note.reason if note else ""})
    return row


def write_memos(out: Path, run: RunInfo, pairs: Sequence[tuple[ProjectFacts, Decision]], lists, area_sets,
                renderer: MemoRenderer, workers: int, progress: Callable[[int], None] | None = None,
                memory: Memory | None = None) -> dict[str, str]:
    """One PDF per project in out/memos/, rendered in parallel when workers > 1."""
    names = memo_names([d.project_id for _, d in pairs])
    jobs = [(renderer.html(memo_context(f, d, lists, area_sets, memory), run),
             MemoJob(f"{run.run_id}/{d.project_id}", _attachment(run, d), run.as_of),
             str(out / "memos" / names[d.project_id]))
            for f, d in pairs]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(min(workers, len(jobs)), initializer=_init_worker,
                                 initargs=(renderer.folder,)) as pool:
            for _ in pool.map(_render_memo, jobs, chunksize=2):
                if progress:
                    progress(1)
    else:
        for job in jobs:
            _render_memo(job, renderer)
            if progress:
                progress(1)
    return {pid: f"memos/{name}" for pid, name in names.items()}


def write_outputs(out: Path, run: RunInfo, bundle: InputBundle, pairs: Sequence[tuple[ProjectFacts, Decision]],
                  lists, area_sets, renderer: MemoRenderer | None, workers: int = 1,
                  progress: Callable[[int], None] | None = None, memory: Memory | None = None) -> dict:
    """Write memos and summary.pdf (unless renderer is None), decisions.csv, findings.csv, rejected.csv,
    summary.xlsx and run.json. Returns the run.json content."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".staging-*"):  # left by a run that was killed
        shutil.rmtree(stale, ignore_errors=True)
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        record = _write_all(stage, run, bundle, pairs, lists, area_sets, renderer, workers, progress,
                            memory or Memory())
        _publish(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return record


def _publish(stage: Path, out: Path) -> None:
    """Move the staged files into place: memos, then the tables, then run.json; drop memos of an earlier run."""
    (out / "memos").mkdir(exist_ok=True)
    staged_memos = sorted((stage / "memos").glob("*.pdf")) if (stage / "memos").is_dir() else []
    for memo in staged_memos:
        os.replace(memo, out / "memos" / memo.name)
    keep = {m.name for m in staged_memos}
    for old in (out / "memos").glob("*.pdf"):
        if old.name not in keep:
            old.unlink()
    for name in ("decisions.csv", "findings.csv", "rejected.csv", "summary.xlsx", "summary.pdf"):
        if (stage / name).exists():
            os.replace(stage / name, out / name)
        elif name == "summary.pdf":
            (out / name).unlink(missing_ok=True)
    os.replace(stage / "run.json", out / "run.json")


def _summary_pdf(out: Path, run: RunInfo, pairs, findings: list[dict], rejected: list, renderer: MemoRenderer,
                 outcome_counts: Counter) -> None:
    by_department: dict[str, Counter] = {}
    for facts, d in pairs:
        by_department.setdefault(facts.project.department or "(no department)", Counter())[d.outcome.value] += 1
    by_list = Counter(f["list_id"] for f in findings if f["list_id"])
    html = renderer.summary_html(
        run=run, decisions=[d for _, d in pairs], findings_count=len(findings), rejected_count=len(rejected),
        outcomes=OUTCOME_NAMES, outcome_counts={n: outcome_counts.get(n, 0) for n in OUTCOME_NAMES},
        by_department=stacked_bars(dict(sorted(by_department.items())), OUTCOME_NAMES),
        by_list=bars(dict(sorted(by_list.items(), key=lambda kv: (-kv[1], kv[0])))),
    )
    if html is not None:
        write_bytes(out / "summary.pdf", renderer.pdf(html, f"{run.run_id}/summary"))


def _write_all(out: Path, run: RunInfo, bundle: InputBundle, pairs: Sequence[tuple[ProjectFacts, Decision]],
               lists, area_sets, renderer: MemoRenderer | None, workers: int,
               progress: Callable[[int], None] | None, memory: Memory) -> dict:
    memos = write_memos(out, run, pairs, lists, area_sets, renderer, workers, progress, memory) if renderer else {}
    decisions = [
        {"project_id": d.project_id, "title": d.title, "outcome": d.outcome.value, "findings": len(d.findings),
         "memo": memos.get(d.project_id, "")}
        for _, d in pairs
    ]
    findings = [_finding_row(f, memory) for _, d in pairs for f in d.findings]
    rejected = [
        {"kind": r.kind, "file": r.location.file, "sheet": r.location.sheet or "", "row": r.location.row or "",
         "column": r.location.column or "", "header": r.location.header or "", "location": str(r.location),
         "reason": r.reason, "hint": r.hint}
        for r in bundle.rejected
    ]
    write_csv(out / "decisions.csv", DECISION_COLUMNS, decisions)
    write_csv(out / "findings.csv", FINDINGS_CSV_COLUMNS, findings)
    write_csv(out / "rejected.csv", REJECTED_COLUMNS, rejected)

    outcome_counts = Counter(d.outcome.value for _, d in pairs)
    counts = [
        {"kind": c.kind, "file": c.file, "sheet": c.sheet, "rows_read": c.rows_read, "rows_screened": c.rows_screened,
         "rows_rejected": c.rows_rejected, "rows_blank": c.rows_blank, "rows_hidden": c.rows_hidden}
        for c in bundle.counts
    ]
    summary = [
        ("Run ID", run.run_id),
        ("As of", run.as_of),
        ("Tool version", run.tool_version),
        *[(f"Policy pack {p.id}", f"{p.version} · sha256 {p.sha256}") for p in run.packs],
        *[(f"Input {f.name}", f"sha256 {f.sha256}") for f in run.inputs],
        ("Projects screened", len(pairs)),
        *[(f"Outcome: {name}", outcome_counts.get(name, 0)) for name in OUTCOME_NAMES],
        ("Findings", len(findings)),
        ("Rows rejected", len(rejected)),
        *[(f"{c['file']} › {c['sheet'] or c['kind']}", f"read {c['rows_read']}, screened {c['rows_screened']}, "
           f"rejected {c['rows_rejected']}, blank rows skipped {c['rows_blank']}, hidden rows screened "
           f"{c['rows_hidden']}") for c in counts],
    ]
    columns = {"decisions": DECISION_COLUMNS, "findings": FINDINGS_CSV_COLUMNS, "rejected": REJECTED_COLUMNS}
    write_bytes(out / "summary.xlsx", workbook_bytes(summary, decisions, findings, rejected, columns))
    if renderer:
        _summary_pdf(out, run, pairs, findings, rejected, renderer, outcome_counts)
    record = {
        "run_id": run.run_id,
        "tool_version": run.tool_version,
        "started": run.started,
        "finished": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "as_of": run.as_of,
        "policy_packs": run.pack_records(),
        "input_files": run.input_records(),
        "counts": counts,
        "outcome_counts": {name: outcome_counts.get(name, 0) for name in OUTCOME_NAMES},
        "since": memory.previous_run_id,
        "changes": _change_counts(findings, memory),
        "second_opinion": run.second_opinion,
    }
    write_json(out / "run.json", record)
    return record
