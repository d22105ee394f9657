"""The ledger: append-only, hash-chained SQLite; tampering behind the tool's back shows in verify()."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from collabscreen.errors import OutputError
from collabscreen.ledger import Ledger
from collabscreen.ledger.store import entry_hash
from collabscreen.outcomes import Outcome
from collabscreen.rules import Decision, Finding

RUN = {"run_id": "run-2026-11-28-abc123def456", "as_of": "2026-11-28",
       "outcome_counts": {"clear": 0, "note": 0, "mitigate": 0, "escalate": 1, "prohibited": 1}}


def finding(project_id: str, outcome: Outcome, rule_id: str) -> Finding:
    return Finding(project_id, "project", project_id, "rule", outcome, "because", "round.xlsx", rule_id=rule_id,
                   title=f"Rule {rule_id}", pack="test 1.0")


DECISIONS = [
    Decision("26001", "Quantum", Outcome.PROHIBITED,
             (finding("26001", Outcome.PROHIBITED, "CA-STRAC-001"), finding("26001", Outcome.ESCALATE, "CA-STRAC-003")),
             ("CA-STRAC-001: STRA research with an NRO",), ()),
    Decision("26002", "Soil", Outcome.ESCALATE, (finding("26002", Outcome.ESCALATE, "UKCN-003"),),
             ("UKCN-003: Chinese government funding",), ()),
]


@pytest.fixture
def ledger_path(tmp_path):
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        assert ledger.record_run(RUN, DECISIONS) == 6  # one run, two decisions, three findings
    return path


def rows(path) -> list[dict]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT * FROM entries ORDER BY seq")]
    finally:
        db.close()


def described(path, seq: int) -> str:
    """How verify() names an entry."""
    row = next(r for r in rows(path) if r["seq"] == seq)
    return f"entry {seq} ({row['kind']}, run {row['run_id']}, recorded {row['recorded_at'][:19]})"


def tamper(path, sql: str, *params) -> None:
    """Edit the file as an outsider would: drop the append-only triggers, then change rows."""
    db = sqlite3.connect(path)
    try:
        db.execute("DROP TRIGGER entries_no_update")
        db.execute("DROP TRIGGER entries_no_delete")
        db.execute(sql, params)
        db.commit()
    finally:
        db.close()


def verify(path, head=None) -> list[str]:
    with Ledger.open(path, create=False) as ledger:
        return ledger.verify(head)


def test_a_recorded_run_verifies(ledger_path):
    assert [(r["seq"], r["kind"], r["run_id"], r["project_id"]) for r in rows(ledger_path)] == [
        (1, "run", RUN["run_id"], None),
        (2, "decision", RUN["run_id"], "26001"),
        (3, "finding", RUN["run_id"], "26001"),
        (4, "finding", RUN["run_id"], "26001"),
        (5, "decision", RUN["run_id"], "26002"),
        (6, "finding", RUN["run_id"], "26002"),
    ]
    assert verify(ledger_path) == []


def test_runs_and_project_history(ledger_path):
    with Ledger.open(ledger_path) as ledger:
        ledger.record_run({**RUN, "run_id": "run-2026-12-01-000000000000"}, DECISIONS[:1])
        assert [(r["seq"], r["run_id"]) for r in ledger.runs()] == [(1, RUN["run_id"]),
                                                                   (7, "run-2026-12-01-000000000000")]
        assert [(h["run_id"], h["outcome"], h["findings"], h["reasons"], [f["rule_id"] for f in h["finding_rows"]])
                for h in ledger.project_history("26001")] == [
            (RUN["run_id"], "prohibited", 2, ["CA-STRAC-001: STRA research with an NRO"],
             ["CA-STRAC-001", "CA-STRAC-003"]),
            ("run-2026-12-01-000000000000", "prohibited", 2, ["CA-STRAC-001: STRA research with an NRO"],
             ["CA-STRAC-001", "CA-STRAC-003"]),
        ]
        assert ledger.verify() == []


def test_the_tool_cannot_update_or_delete_entries(ledger_path):
    db = sqlite3.connect(ledger_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="the ledger is append-only"):
            db.execute("UPDATE entries SET payload = '{}' WHERE seq = 2")
        with pytest.raises(sqlite3.IntegrityError, match="the ledger is append-only"):
            db.execute("DELETE FROM entries WHERE seq = 2")
    finally:
        db.close()


def test_an_edited_entry_is_named(ledger_path, tmp_path):
    copy = tmp_path / "tampered.sqlite"
    shutil.copy(ledger_path, copy)
    tamper(copy, "UPDATE entries SET payload = replace(payload, 'prohibited', 'clear') WHERE seq = 2")
    assert verify(copy) == [
        f"{described(copy, 2)} was edited after it was recorded: its content no longer matches its hash"]
    assert verify(ledger_path) == []  # the original is untouched


def test_an_edited_project_id_is_named(ledger_path):
    tamper(ledger_path, "UPDATE entries SET project_id = '26099' WHERE seq = 6")
    assert verify(ledger_path) == [
        f"{described(ledger_path, 6)} was edited after it was recorded: its content no longer matches its hash"]


def test_a_deleted_entry_shows(ledger_path):
    tamper(ledger_path, "DELETE FROM entries WHERE seq = 3")
    assert verify(ledger_path) == [
        f"entry 3 is missing: deleted from the ledger (the chain resumes at {described(ledger_path, 4)})"]


def test_entries_cut_off_the_end_show_against_the_head_kept_elsewhere(ledger_path):
    with Ledger.open(ledger_path) as ledger:
        head = ledger.head()
    assert head == (6, rows(ledger_path)[-1]["hash"])
    tamper(ledger_path, "DELETE FROM entries WHERE seq >= 5")
    assert verify(ledger_path) == []  # the chain alone cannot show a cut end
    assert verify(ledger_path, head) == ["entries after 4 up to 6 are missing: deleted from the end of the ledger"]


def test_a_rewritten_entry_with_a_recomputed_hash_breaks_the_link_to_the_next(ledger_path):
    row = rows(ledger_path)[1]
    row["payload"] = row["payload"].replace("prohibited", "clear")
    tamper(ledger_path, "UPDATE entries SET payload = ?, hash = ? WHERE seq = 2", row["payload"], entry_hash(row))
    assert verify(ledger_path) == [
        f"{described(ledger_path, 3)} does not follow entry 2: an entry was inserted, or entry 2 was rewritten with "
        "a new hash"]


def test_a_ledger_that_is_not_there(tmp_path):
    with pytest.raises(OutputError) as caught:
        Ledger.open(tmp_path / "nothing.sqlite", create=False)
    assert str(caught.value) == (
        f"{tmp_path / 'nothing.sqlite'}: there is no ledger here. Give the ledger a screen run wrote, e.g. "
        "--ledger out/ledger.sqlite.")
