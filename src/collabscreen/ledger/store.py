"""The ledger: runs, decisions, findings and reviewer dispositions, append-only and hash-chained.

SQLite by default (a file path or ``sqlite:///...``), PostgreSQL through ``postgresql://...`` with the same code
(SQLAlchemy Core; install the ``postgres`` extra for the driver). Every entry stores the sha256 of its content
and of the entry before it; ``verify`` recomputes the chain and names the first entry that was edited, inserted
or deleted. Writers take the ledger's lock (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL), so
concurrent runs append one after the other and none is lost.

>>> with Ledger.open("out/ledger.sqlite") as ledger:                              # doctest: +SKIP
...     fps = entry_fingerprints(policies)
...     since = ledger.previous_run_for(run["input_files"])
...     changes = ledger.compare(since, findings, fps)   # new | unchanged | reopened, and what was resolved
...     applied = ledger.dispositions_for(findings, fps)  # finding -> Applied(disposition, applies|reopened)
...     ledger.record_run(run, decisions, fps)
...     ledger.verify()
[]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from collabscreen.errors import InputError, OutputError, raise_all
from collabscreen.ledger.dispositions import (
    Applied,
    Disposition,
    DispositionRequest,
    parse_decision,
    read_disposition_rows,
)
from collabscreen.ledger.keys import EntryFingerprints, KeyedFinding, digest, finding_key
from collabscreen.ledger.schema import SchemaProblem, entries, migrate
from collabscreen.location import Location
from collabscreen.outcomes import OUTCOME_NAMES
from collabscreen.rules.findings import Decision, Finding

GENESIS = "0" * 64
_PG_LOCK = 0x636F6C6C  # "coll": the advisory lock every writer of a PostgreSQL ledger takes


def _canonical(payload: Mapping) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(row: Mapping) -> str:
    """sha256 over every column of an entry but its own hash, the previous entry's hash included."""
    fields = [str(row["seq"]), row["kind"], str(row["batch"]), row["run_id"], row["project_id"] or "",
              row["finding_key"] or "", row["recorded_at"], row["payload"], row["prev_hash"]]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Comparison:
    """What changed since a previous run: each current finding's status, and the findings that went away."""

    previous_run_id: str | None
    status: dict[Finding, str]  # new | unchanged | reopened
    resolved: list[dict] = field(default_factory=list)  # the previous run's findings.csv rows (with key) now gone

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "unchanged": 0, "reopened": 0, "resolved": len(self.resolved)}
        for s in self.status.values():
            out[s] += 1
        return out


@dataclass(frozen=True)
class ImportResult:
    recorded: list[Disposition]
    unchanged: int  # rows whose disposition was already the one in force


def _resolve_url(url_or_path: str | os.PathLike, create: bool) -> str:
    text_url = os.fspath(url_or_path)
    if text_url.startswith("sqlite:///"):
        path = Path(text_url[len("sqlite:///"):])
    elif "://" in text_url:
        return text_url
    else:
        path = Path(text_url).expanduser()
    if not create and not path.is_file():
        raise OutputError("there is no ledger here.", Location(str(path)),
                          "Give the ledger a screen run wrote, e.g. --ledger out/ledger.sqlite.")
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def _set_wal(dbapi_conn, seconds: float = 120.0) -> None:
    """Switch a SQLite file to WAL. Two processes creating the same new ledger race for this switch, and SQLite
    answers "database is locked" at once rather than waiting for it: retry, with a bounded back-off."""
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class Ledger:
    """A ledger database, created and migrated on first use. ``Ledger.open(url_or_path)``; close when done
    (or use it as a context manager)."""

    def __init__(self, url_or_path: str | os.PathLike, create: bool = True):
        self.url = _resolve_url(url_or_path, create)
        try:
            self.engine = self._engine(self.url)
            self.dialect = self.engine.dialect.name
            with self._writing() as conn:
                migrate(conn)
        except SchemaProblem as exc:
            raise OutputError(str(exc), Location(self.display)) from None
        except (SQLAlchemyError, ArgumentError, NoSuchModuleError, ImportError, OSError) as exc:
            raise OutputError(f"the ledger could not be opened ({_short(exc)}).", Location(self.display),
                              _open_hint(self.url)) from None

    @classmethod
    def open(cls, url_or_path: str | os.PathLike, create: bool = True) -> Ledger:
        """A SQLite file path, ``sqlite:///path`` or ``postgresql://user@host/db``; with ``create=False`` a
        SQLite file that does not exist is an error rather than a new, empty ledger."""
        return cls(url_or_path, create)

    @property
    def display(self) -> str:
        """The URL without its password, for messages."""
        if self.url.startswith("sqlite:///"):
            return self.url[len("sqlite:///"):]
        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except ArgumentError:
            return self.url

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -----------------------------------------------------------------------------------------------------------
    # Connections and the lock

    @staticmethod
    def _engine(url: str) -> Engine:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 120})

            @event.listens_for(engine, "connect")
            def _sqlite_connect(dbapi_conn, _record):
                # Let us issue BEGIN ourselves (pysqlite's own transaction handling cannot take a write lock up
                # front), wait for other writers rather than fail, and let readers work while one writes.
                dbapi_conn.isolation_level = None
                dbapi_conn.execute("PRAGMA busy_timeout = 120000")
                _set_wal(dbapi_conn)

            return engine
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return create_engine(url)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One transaction holding the ledger's write lock: appends from other processes wait for it."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """One consistent snapshot for a read."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN")
            else:
                conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            try:
                yield conn
            finally:
                conn.rollback()

    def _append(self, rows: Sequence[tuple[str, str, str | None, str | None, Mapping]]) -> list[dict]:
        """Append (kind, run_id, project_id, finding_key, payload) entries as one batch, in one transaction."""
        try:
            with self._writing() as conn:
                last = conn.execute(select(entries.c.seq, entries.c.hash).order_by(entries.c.seq.desc()).limit(1)).first()
                seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
                batch, now, out = seq + 1, _now(), []
                for kind, run_id, project_id, key, payload in rows:
                    seq += 1
                    row = {"seq": seq, "kind": kind, "batch": batch, "run_id": run_id, "project_id": project_id,
                           "finding_key": key, "recorded_at": now, "payload": _canonical(payload), "prev_hash": prev}
                    row["hash"] = prev = entry_hash(row)
                    out.append(row)
                if out:
                    conn.execute(entries.insert(), out)
                return out
        except SQLAlchemyError as exc:
            raise OutputError(f"the ledger could not be written ({_short(exc)}).", Location(self.display),
                              "Check that the file or database is writable; nothing was recorded.") from None

    # -----------------------------------------------------------------------------------------------------------
    # Runs

    def record_run(self, run: Mapping, decisions: Sequence[Decision], fingerprints: EntryFingerprints | None = None) -> int:
        """Record one run (its run.json), each project's decision and each finding, with the finding's key, slot
        and fingerprint (``fingerprints`` from ``entry_fingerprints(policies)``). Returns the entries written.

        The same run ID may be recorded again (the same inputs screened again): each recording is its own batch
        and the latest is the one ``compare`` and ``history`` read."""
        run_id = str(run["run_id"])
        rows: list[tuple[str, str, str | None, str | None, Mapping]] = [("run", run_id, None, None, dict(run))]
        for d in decisions:
            keyed = [KeyedFinding.of(f, fingerprints) for f in d.findings]
            rows.append(("decision", run_id, d.project_id, None, {
                "project_id": d.project_id, "title": d.title, "outcome": d.outcome.value, "findings": len(d.findings),
                "reasons": list(d.reasons), "mitigations": list(d.mitigations), "fingerprint": _project_fp(keyed)}))
            for k in keyed:
                rows.append(("finding", run_id, d.project_id, k.key, {
                    **k.finding.row(), "key": k.key, "slot": k.slot, "fingerprint": k.fingerprint,
                    "title": k.finding.title, "pack": k.finding.pack}))
        return len(self._append(rows))

    def _payloads(self, conn: Connection, *where) -> list[tuple]:
        query = select(entries.c.seq, entries.c.run_id, entries.c.recorded_at, entries.c.payload).where(*where)
        return [(r.seq, r.run_id, r.recorded_at, json.loads(r.payload)) for r in conn.execute(query.order_by(entries.c.seq))]

    def runs(self) -> list[dict]:
        """Every recording of a run, oldest first: run.json plus ``seq`` and ``recorded_at``."""
        with self._reading() as conn:
            return [{"seq": seq, "recorded_at": at, **p} for seq, _, at, p in self._payloads(conn, entries.c.kind == "run")]

    def _latest_batch(self, conn: Connection, run_id: str) -> int | None:
        return conn.execute(select(func.max(entries.c.batch)).where(entries.c.kind == "run",
                                                                     entries.c.run_id == run_id)).scalar()

    def run(self, run_id: str) -> dict | None:
        """The latest recording of a run, or None."""
        return next((r for r in reversed(self.runs()) if r["run_id"] == run_id), None)

    def findings_of(self, run_id: str) -> list[dict]:
        """The findings of a run's latest recording: findings.csv rows plus ``key``, ``slot``, ``fingerprint``."""
        with self._reading() as conn:
            batch = self._latest_batch(conn, run_id)
            if batch is None:
                return []
            return [p for *_, p in self._payloads(conn, entries.c.kind == "finding", entries.c.batch == batch)]

    def previous_run_for(self, inputs: Iterable[Mapping | str], exclude: str | None = None) -> str | None:
        """The latest run on the same input files (by sha256), else on files of the same names, else None.

        ``inputs`` is run.json's ``input_files`` (dicts with name and sha256) or plain sha256 strings."""
        items = list(inputs)
        shas = {i["sha256"] if isinstance(i, Mapping) else str(i) for i in items}
        names = {i["name"] for i in items if isinstance(i, Mapping) and i.get("name")}
        runs = [r for r in reversed(self.runs()) if r.get("run_id") != exclude]
        for wanted, field_name in ((shas, "sha256"), (names, "name")):
            for r in runs:
                if wanted and {f.get(field_name) for f in r.get("input_files", [])} == wanted:
                    return r["run_id"]
        return None

    def project_history(self, project_id: str) -> list[dict]:
        """One project over time, oldest first: per recorded run its decision (``outcome``, ``findings`` count,
        ``reasons``, ``run_id``, ``recorded_at``) and ``finding_rows`` (findings.csv rows with key and slot)."""
        query = (select(entries.c.kind, entries.c.batch, entries.c.run_id, entries.c.recorded_at, entries.c.payload)
                 .where(entries.c.project_id == project_id, entries.c.kind.in_(("decision", "finding")))
                 .order_by(entries.c.seq))
        out: dict[int, dict] = {}
        with self._reading() as conn:
            for r in conn.execute(query):
                p = json.loads(r.payload)
                if r.kind == "decision":
                    out[r.batch] = {"run_id": r.run_id, "recorded_at": r.recorded_at, **p, "finding_rows": []}
                elif r.batch in out:
                    out[r.batch]["finding_rows"].append(p)
        return list(out.values())

    def find_findings(self, project_id: str | None = None, *, key: str = "", list_id: str = "", entry_id: str = "",
                      rule_id: str = "", check: str = "") -> list[dict]:
        """Findings as last recorded (per key, the latest recording), filtered; ``key`` may be a prefix."""
        with self._reading() as conn:
            where = [entries.c.kind == "finding"]
            if project_id:
                where.append(entries.c.project_id == project_id)
            if key:
                where.append(entries.c.finding_key.startswith(key.lower(), autoescape=True))
            latest: dict[str, dict] = {}
            for seq, run_id, at, p in self._payloads(conn, *where):
                latest[p["key"]] = {**p, "run_id": run_id, "recorded_at": at, "seq": seq}
        wanted = {"list_id": list_id, "entry_id": entry_id, "rule_id": rule_id, "check": check}
        return [p for p in latest.values() if all(not v or p.get(n) == v for n, v in wanted.items())]

    # -----------------------------------------------------------------------------------------------------------
    # Dispositions

    def dispositions(self) -> list[Disposition]:
        """Every disposition ever recorded, oldest first."""
        with self._reading() as conn:
            return [Disposition.from_payload(seq, at, p)
                    for seq, _, at, p in self._payloads(conn, entries.c.kind == "disposition")]

    def record_disposition(self, reviewer: str, reason: str, decision: str, *, finding_key: str = "",
                           project_id: str = "", outcome: str = "") -> Disposition:
        """Record one disposition on a finding (its key or a unique prefix) or, with only ``project_id``, on a
        project. Raises InputError when the request is incomplete or names no recorded finding or project."""
        request = DispositionRequest(reviewer, reason, decision, finding_key, project_id, outcome)
        return self.record_dispositions([request])[0]

    def record_dispositions(self, requests: Sequence[DispositionRequest]) -> list[Disposition]:
        """Record several dispositions at once, all or none: every problem is raised together."""
        problems: list[InputError] = []
        payloads = []
        for r in requests:
            where, errors = r.location or Location(self.display), r.problems()
            problems += [InputError(e, where) for e in errors]
            if errors:
                continue
            try:
                payloads.append(self._disposition_payload(r))
            except InputError as exc:
                problems.append(InputError(exc.message, r.location or exc.location, exc.hint))
        raise_all(problems)
        rows = [("disposition", p["run_id"], p["project_id"], p["finding_key"] or None, p) for p in payloads]
        written = self._append(rows)
        return [Disposition.from_payload(w["seq"], w["recorded_at"], p) for w, p in zip(written, payloads)]

    def _disposition_payload(self, r: DispositionRequest) -> dict:
        base = {"reviewer": r.reviewer.strip(), "reason": r.reason.strip(), "decision": r.decision,
                "outcome": r.outcome}
        if r.finding_key:
            found = self.find_findings(r.project_id or None, key=r.finding_key)
            if len(r.finding_key) < 8 or not found:
                raise InputError(f'no recorded finding has the key "{r.finding_key}".', Location(self.display),
                                 "Copy the key from findings.csv (column finding_key) or `collabscreen history "
                                 "PROJECT_ID`; give at least 8 characters.")
            if len(found) > 1:
                raise InputError(f'the key "{r.finding_key}" is the start of {len(found)} findings\' keys.',
                                 Location(self.display), "Give more of the key.")
            f = found[0]
            subject = {n: f.get(n, "") for n in ("subject_type", "subject_id", "check", "rule_id", "list_id",
                                                 "entry_id", "entry_name", "matched_alias", "matched_text", "outcome")}
            return {**base, "target": "finding", "project_id": f["project_id"], "finding_key": f["key"],
                    "slot": f["slot"], "fingerprint": f["fingerprint"], "run_id": f["run_id"], "subject": subject}
        history = self.project_history(r.project_id)
        if not history:
            raise InputError(f'project "{r.project_id}" is not in the ledger.', Location(self.display),
                             "Screen it first, with --ledger pointing at this ledger.")
        last = history[-1]
        return {**base, "target": "project", "project_id": r.project_id, "finding_key": "", "slot": "",
                "fingerprint": last.get("fingerprint", ""), "run_id": last["run_id"],
                "subject": {"outcome": last["outcome"], "title": last.get("title", "")}}

    def review(self, decision: str, reviewer: str, reason: str, keys: Sequence[str] = (), *, project_id: str = "",
               list_id: str = "", entry_id: str = "", rule_id: str = "", outcome: str = "") -> list[Disposition]:
        """What ``collabscreen review`` does: record ``decision`` on the findings with these keys (or prefixes);
        with none, on the project's last recorded findings that match ``list_id``/``entry_id``/``rule_id``; with
        only ``project_id``, on the project itself."""
        if keys:
            requests = [DispositionRequest(reviewer, reason, decision, k, project_id, outcome) for k in keys]
        elif project_id and (list_id or entry_id or rule_id):
            found = self.find_findings(project_id, list_id=list_id, entry_id=entry_id, rule_id=rule_id)
            if not found:
                raise InputError(f'project "{project_id}" has no recorded finding on '
                                 f'{" ".join(v for v in (list_id, entry_id, rule_id) if v)}.', Location(self.display),
                                 f"See its findings with `collabscreen history {project_id}`.")
            requests = [DispositionRequest(reviewer, reason, decision, f["key"], "", outcome) for f in found]
        else:
            requests = [DispositionRequest(reviewer, reason, decision, "", project_id, outcome)]
        return self.record_dispositions(requests)

    def import_dispositions(self, path: Path, reviewer: str) -> ImportResult:
        """Record the dispositions filled in a findings.csv or summary.xlsx (columns ``disposition``, ``reason``,
        ``outcome`` for an override; a ``finding_key`` column when present, else the finding's own columns
        identify it). All or nothing: every bad row is reported at once with its location. Rows whose
        disposition is already the one in force are skipped, so importing the same file twice records once."""
        requests, problems = [], []
        for where, row in read_disposition_rows(path):
            raw = row["disposition"]
            decision = parse_decision(raw)
            outcome = row.get("outcome_override") or row.get("override_outcome") or ""
            if decision is None and raw.casefold().startswith("override"):
                decision, outcome = "override", raw[len("override"):].strip(" :=-").casefold()
            if decision is None:
                problems.append(InputError(f'"{raw}" is not a disposition.', where,
                                           "Use dismiss, confirm, accept or override (with the outcome, e.g. "
                                           '"override: escalate"), or leave the cell empty.'))
                continue
            if decision == "override" and not outcome:
                outcome = row.get("outcome", "") if row.get("outcome", "") in OUTCOME_NAMES else ""
            key = row.get("finding_key") or (finding_key(row) if row.get("check") else "")
            project = row.get("project_id", "")
            if not key and not project:
                problems.append(InputError("the row says neither which finding nor which project it is about.", where,
                                           "Keep the project_id and finding columns of the exported file."))
                continue
            requests.append(DispositionRequest(reviewer, row.get("reason", ""), decision, key,
                                               "" if key else project, outcome if decision == "override" else "",
                                               where))
        raise_all(problems)
        current = {(d.finding_key, d.project_id if not d.finding_key else ""): d for d in self.dispositions()}
        fresh = []
        for r in requests:
            d = current.get((r.finding_key, r.project_id))
            if d and (d.decision, d.reason, d.reviewer, d.outcome) == (r.decision, r.reason.strip(), r.reviewer.strip(),
                                                                         r.outcome):
                continue
            fresh.append(r)
        recorded = self.record_dispositions(fresh) if fresh else []
        return ImportResult(recorded, len(requests) - len(fresh))

    def _in_force(self) -> tuple[dict[str, Disposition], dict[str, Disposition], dict[str, Disposition]]:
        by_key, by_slot, by_project = {}, {}, {}
        for d in self.dispositions():  # oldest first: the latest one wins
            if d.target == "finding":
                by_key[d.finding_key] = d
                by_slot[d.slot] = d
            else:
                by_project[d.project_id] = d
        return by_key, by_slot, by_project

    def dispositions_for(self, findings: Iterable[Finding], fingerprints: EntryFingerprints | None = None
                         ) -> dict[Finding, Applied]:
        """The disposition in force for each finding that has one: ``applies`` while the finding's fingerprint
        is the one the reviewer saw, ``reopened`` once it changed. A finding whose text changed (so its key did)
        gets the disposition on its old text in the same slot, reopened. Findings without one are left out."""
        by_key, by_slot, _ = self._in_force()
        keyed = [KeyedFinding.of(f, fingerprints) for f in findings]
        current_keys = {k.key for k in keyed}
        out = {}
        for k in keyed:
            d = by_key.get(k.key)
            if d is not None:
                out[k.finding] = Applied(d, "applies" if d.fingerprint == k.fingerprint else "reopened")
            elif (d := by_slot.get(k.slot)) is not None and d.finding_key not in current_keys:
                out[k.finding] = Applied(d, "reopened")
        return out

    def project_dispositions(self, decisions: Iterable[Decision], fingerprints: EntryFingerprints | None = None
                             ) -> dict[str, Applied]:
        """The project-level disposition in force for each project that has one: ``applies`` while the project's
        findings are the ones the reviewer saw (same keys and fingerprints), ``reopened`` otherwise."""
        _, _, by_project = self._in_force()
        out = {}
        for d in decisions:
            if (disp := by_project.get(d.project_id)) is not None:
                fp = _project_fp([KeyedFinding.of(f, fingerprints) for f in d.findings])
                out[d.project_id] = Applied(disp, "applies" if disp.fingerprint == fp else "reopened")
        return out

    def compare(self, previous_run_id: str | None, findings: Iterable[Finding],
                fingerprints: EntryFingerprints | None = None) -> Comparison:
        """Each current finding against the previous run's latest recording:

        * ``unchanged``: the same finding (key) with the same fingerprint;
        * ``reopened``: the same finding, or the same slot with edited text, whose fingerprint changed (a new
          alias, a new list version, an edited partner name), or one whose disposition no longer holds;
        * ``new``: anything else (everything, when ``previous_run_id`` is None).

        ``resolved`` lists the previous run's findings that are gone."""
        keyed = [KeyedFinding.of(f, fingerprints) for f in findings]
        previous = self.findings_of(previous_run_id) if previous_run_id else []
        prev_by_key = {p["key"]: p for p in previous}
        prev_by_slot: dict[str, list[dict]] = {}
        for p in previous:
            prev_by_slot.setdefault(p["slot"], []).append(p)
        current_keys = {k.key for k in keyed}
        applied = self.dispositions_for([k.finding for k in keyed], fingerprints)
        status, matched = {}, set()
        for k in keyed:
            if (p := prev_by_key.get(k.key)) is not None:
                matched.add(k.key)
                state = "unchanged" if p["fingerprint"] == k.fingerprint else "reopened"
            else:
                gone = [p for p in prev_by_slot.get(k.slot, []) if p["key"] not in current_keys]
                matched.update(p["key"] for p in gone)
                state = "reopened" if gone else "new"
            if k.finding in applied and not applied[k.finding].holds:
                state = "reopened"
            status[k.finding] = state
        resolved = [p for p in previous if p["key"] not in matched and p["key"] not in current_keys]
        return Comparison(previous_run_id, status, resolved)

    # -----------------------------------------------------------------------------------------------------------
    # Integrity

    def head(self) -> tuple[int, str] | None:
        """(seq, hash) of the last entry: keep it elsewhere (run.json, the memo) and pass it to ``verify`` to
        also catch entries cut off the end of the chain, which the chain alone cannot show."""
        with self._reading() as conn:
            last = conn.execute(select(entries.c.seq, entries.c.hash).order_by(entries.c.seq.desc()).limit(1)).first()
        return (last.seq, last.hash) if last else None

    def verify(self, head: tuple[int, str] | None = None) -> list[str]:
        """Problems with the hash chain, first problem first (empty when the ledger is intact).

        Catches an edited entry (its hash no longer matches its content), a deleted entry (a gap in the
        sequence), an inserted or rewritten entry (the next entry no longer follows it) and, given the
        ``head`` recorded earlier, entries removed from the end."""
        problems: list[str] = []
        prev, expected, last = GENESIS, 1, None
        with self._reading() as conn:
            for r in conn.execute(select(entries).order_by(entries.c.seq)):
                row = r._asdict()
                seq = row["seq"]
                what = f"entry {seq} ({row['kind']}, run {row['run_id']}, recorded {row['recorded_at'][:19]})"
                if seq != expected:
                    span = f"entry {expected} is" if seq == expected + 1 else f"entries {expected} to {seq - 1} are"
                    problems.append(f"{span} missing: deleted from the ledger (the chain resumes at {what})")
                elif row["prev_hash"] != prev:
                    problems.append(f"{what} does not follow entry {seq - 1}: an entry was inserted, or "
                                    f"entry {seq - 1} was rewritten with a new hash")
                if entry_hash(row) != row["hash"]:
                    problems.append(f"{what} was edited after it was recorded: its content no longer matches "
                                    "its hash")
                prev, expected, last = row["hash"], seq + 1, (seq, row["hash"])
        if head is not None and (last is None or last[0] < head[0]):
            problems.append(f"entries after {last[0] if last else 0} up to {head[0]} are missing: deleted from the "
                            "end of the ledger")
        elif head is not None and self._hash_at(head[0]) != head[1]:
            problems.append(f"entry {head[0]} is not the entry recorded as the head: the ledger was rewritten")
        return problems

    def _hash_at(self, seq: int) -> str | None:
        with self._reading() as conn:
            return conn.execute(select(entries.c.hash).where(entries.c.seq == seq)).scalar()


def _project_fp(keyed: Sequence[KeyedFinding]) -> str:
    return digest(sorted({(k.key, k.fingerprint) for k in keyed}))


def _short(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__


def _open_hint(url: str) -> str:
    if url.startswith("sqlite"):
        return "Check the path, or give another with --ledger."
    if "postgres" in url:
        return ("Check that the server is running and the URL (postgresql://USER@HOST:PORT/DB) is right; the "
                "PostgreSQL driver comes with `pip install 'collabscreen[postgres]'`.")
    return "Give a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB."


__all__ = ["Comparison", "ImportResult", "Ledger", "entry_hash"]
