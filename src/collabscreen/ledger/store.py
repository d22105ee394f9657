"""The ledger: runs, decisions and findings in SQLite, append-only and hash-chained so tampering shows.

Each entry stores the sha256 of its own content and of the entry before it; ``verify`` recomputes the
chain and names the first entry that was edited, inserted or deleted.

>>> ledger = Ledger(Path("out/ledger.sqlite"))                 # doctest: +SKIP
>>> ledger.record_run(run_json, decisions)                     # doctest: +SKIP
>>> ledger.verify()                                            # doctest: +SKIP
[]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from collabscreen.errors import OutputError
from collabscreen.location import Location
from collabscreen.rules.findings import Decision

GENESIS = "0" * 64

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,          -- run | decision | finding | disposition
    run_id TEXT NOT NULL,
    project_id TEXT,
    recorded_at TEXT NOT NULL,
    payload TEXT NOT NULL,       -- canonical JSON
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_run ON entries (run_id);
CREATE INDEX IF NOT EXISTS entries_project ON entries (project_id);
CREATE TRIGGER IF NOT EXISTS entries_no_update BEFORE UPDATE ON entries
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS entries_no_delete BEFORE DELETE ON entries
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
"""


def _canonical(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, kind: str, run_id: str, project_id: str | None, recorded_at: str, payload: str) -> str:
    text = "\x1f".join([prev_hash, kind, run_id, project_id or "", recorded_at, payload])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Ledger:
    """An SQLite ledger file (created on first use)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise OutputError(f"the ledger could not be opened ({exc}).", Location(str(self.path)),
                              "Check the path, or give another with --ledger.") from None

    def close(self) -> None:
        self.db.close()

    def _append(self, rows: Sequence[tuple[str, str, str | None, dict]]) -> int:
        """Append entries in one transaction; concurrent writers wait for each other (BEGIN IMMEDIATE)."""
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            last = self.db.execute("SELECT hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
            prev = last[0] if last else GENESIS
            for kind, run_id, project_id, payload in rows:
                text = _canonical(payload)
                digest = entry_hash(prev, kind, run_id, project_id, now, text)
                self.db.execute(
                    "INSERT INTO entries (kind, run_id, project_id, recorded_at, payload, prev_hash, hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (kind, run_id, project_id, now, text, prev, digest),
                )
                prev = digest
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(rows)

    def record_run(self, run: dict, decisions: Sequence[Decision]) -> int:
        """One run entry, one entry per decision and per finding."""
        run_id = run["run_id"]
        rows: list[tuple[str, str, str | None, dict]] = [("run", run_id, None, run)]
        for d in decisions:
            rows.append(("decision", run_id, d.project_id, {"project_id": d.project_id, "outcome": d.outcome.value,
                                                            "findings": len(d.findings), "reasons": list(d.reasons)}))
            rows += [("finding", run_id, d.project_id, f.row()) for f in d.findings]
        return self._append(rows)

    def runs(self) -> list[dict]:
        rows = self.db.execute("SELECT seq, recorded_at, payload FROM entries WHERE kind = 'run' ORDER BY seq")
        return [{"seq": seq, "recorded_at": at, **json.loads(payload)} for seq, at, payload in rows]

    def project_history(self, project_id: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT run_id, recorded_at, payload FROM entries WHERE kind = 'decision' AND project_id = ? ORDER BY seq",
            (project_id,),
        )
        return [{"run_id": run_id, "recorded_at": at, **json.loads(payload)} for run_id, at, payload in rows]

    def verify(self) -> list[str]:
        """Problems with the hash chain (empty when the ledger is intact)."""
        problems = []
        prev = GENESIS
        expected_seq = None
        for seq, kind, run_id, project_id, at, payload, prev_hash, digest in self.db.execute(
            "SELECT seq, kind, run_id, project_id, recorded_at, payload, prev_hash, hash FROM entries ORDER BY seq"
        ):
            if expected_seq is not None and seq != expected_seq:
                problems.append(f"entries {expected_seq} to {seq - 1} are missing (deleted)")
            expected_seq = seq + 1
            if prev_hash != prev:
                problems.append(f"entry {seq} does not follow the entry before it (an entry was removed or inserted)")
            if entry_hash(prev_hash, kind, run_id, project_id, at, payload) != digest:
                problems.append(f"entry {seq} ({kind}, run {run_id}) was edited after it was recorded")
            prev = digest
        return problems
