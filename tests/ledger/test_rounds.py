"""The issue's "done when", on the real pipeline's decisions: a dismissal holds in the next round, a list change
reopens it, and verify passes on the ledger and fails on a tampered copy."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from collabscreen.ledger import Ledger, entry_fingerprints
from collabscreen.pipeline import evaluate, load_policy_set, read

SAMPLE = Path(__file__).resolve().parents[2] / "sample_inputs" / "round-2026-autumn.xlsx"
AS_OF = dt.date(2026, 11, 28)


def screen_round(list_csv: Path):
    policies = load_policy_set(["ca-strac"], [list_csv])
    bundle = read([SAMPLE])
    decisions = [d for _, d in evaluate(bundle, policies, AS_OF)]
    run = {"run_id": "run-demo", "as_of": AS_OF.isoformat(), "outcome_counts": {},
           "input_files": [{"name": f.name, "sha256": f.sha256} for f in bundle.files]}
    return run, decisions, entry_fingerprints(policies)


def write_list(path: Path, aliases: str) -> Path:
    path.write_text("entry_id,name,aliases,country\n"
                    f"x-heu,Harbin Engineering University,{aliases},CN\n", encoding="utf-8")
    return path


def test_a_dismissal_holds_next_round_and_a_list_change_reopens_it(tmp_path):
    url = str(tmp_path / "ledger.sqlite")
    extra = write_list(tmp_path / "extra.csv", "HEU")
    run, decisions, fps = screen_round(extra)
    hits = [f for d in decisions for f in d.findings if f.entry_id == "x-heu"]
    assert hits, "the sample round has a Harbin Engineering University affiliation"
    with Ledger.open(url) as ledger:
        ledger.record_run(run, decisions, fps)
        ledger.review("dismiss", "A. Officer", "visiting fellowship ended in 2019", project_id=hits[0].project_id,
                      entry_id="x-heu")

    run2, decisions2, fps2 = screen_round(extra)  # the next round, nothing changed
    findings2 = [f for d in decisions2 for f in d.findings]
    with Ledger.open(url) as ledger:
        since = ledger.previous_run_for(run2["input_files"])
        changes = ledger.compare(since, findings2, fps2)
        applied = ledger.dispositions_for(findings2, fps2)
        ledger.record_run(run2, decisions2, fps2)
    assert set(changes.status.values()) == {"unchanged"} and changes.resolved == []
    dismissed = {f: a for f, a in applied.items() if f.project_id == hits[0].project_id}
    assert dismissed and {a.status for a in dismissed.values()} == {"applies"}

    write_list(extra, "HEU;Harbin Engineering Univ")  # the list gains an alias
    run3, decisions3, fps3 = screen_round(extra)
    findings3 = [f for d in decisions3 for f in d.findings]
    with Ledger.open(url) as ledger:
        applied = ledger.dispositions_for(findings3, fps3)
        changes = ledger.compare(run2["run_id"], findings3, fps3)
        assert ledger.verify() == []
    reopened = [f for f, a in applied.items() if f.entry_id == "x-heu" and f.project_id == hits[0].project_id]
    assert reopened and all(applied[f].status == "reopened" and changes.status[f] == "reopened" for f in reopened)

    copy = tmp_path / "copy.sqlite"
    shutil.copy(url, copy)
    db = sqlite3.connect(copy)
    db.execute("DROP TRIGGER entries_no_update")
    db.execute("UPDATE entries SET payload = replace(payload, 'visiting', 'current') WHERE kind = 'disposition'")
    db.commit()
    db.close()
    with Ledger.open(copy, create=False) as ledger:
        assert len(ledger.verify()) == 1
