# ruff: noqa: F811  (the fixtures come from ledger_support by name)
"""Tampering behind the tool's back, on SQLite and PostgreSQL; concurrent writers lose nothing; migrations."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from ledger_support import decision, ledger_url, match, pg_url, rule, run  # noqa: F401
from sqlalchemy import create_engine, text

from collabscreen.errors import OutputError
from collabscreen.ledger import Ledger


def _raw(url: str):
    if "://" not in url:
        url = f"sqlite:///{url}"
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def tamper(url: str, sql: str) -> None:
    """As an outsider with write access: switch off the append-only guard, then change rows."""
    engine = _raw(url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE entries DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER entries_no_update"))
            conn.execute(text("DROP TRIGGER entries_no_delete"))
        conn.execute(text(sql))
    engine.dispose()


@pytest.fixture
def recorded(ledger_url):
    with Ledger.open(ledger_url) as ledger:
        ledger.record_run(run(), [decision("26001", match(), rule()), decision("26002", rule("26002"))])
        ledger.review("dismiss", "A. Officer", "false positive", project_id="26001", entry_id="hit-1")
    return ledger_url


def problems(url):
    with Ledger.open(url, create=False) as ledger:
        return ledger.verify()


def test_the_guard_refuses_updates_and_deletes(recorded):
    engine = _raw(recorded)
    for sql in ("UPDATE entries SET payload = '{}' WHERE seq = 2", "DELETE FROM entries WHERE seq = 2"):
        with pytest.raises(Exception, match="the ledger is append-only"), engine.begin() as conn:
            conn.execute(text(sql))
    engine.dispose()
    assert problems(recorded) == []


def test_an_edited_disposition_shows(recorded):
    tamper(recorded, "UPDATE entries SET payload = replace(payload, 'false positive', 'approved') WHERE kind = "
                     "'disposition'")
    [problem] = problems(recorded)
    assert problem.startswith("entry 7 (disposition, run run-2026-11-28-aaaaaaaaaaaa, recorded ")
    assert problem.endswith("was edited after it was recorded: its content no longer matches its hash")


def test_a_deleted_finding_shows(recorded):
    tamper(recorded, "DELETE FROM entries WHERE seq = 3")
    [problem] = problems(recorded)
    assert problem.startswith("entry 3 is missing: deleted from the ledger (the chain resumes at entry 4 (finding")


def test_an_edited_index_column_shows(recorded):
    tamper(recorded, "UPDATE entries SET finding_key = 'forged' WHERE seq = 3")
    assert problems(recorded)[0].endswith("its content no longer matches its hash")


def test_the_cli_exits_1_on_a_tampered_ledger(recorded):
    from click.testing import CliRunner

    from collabscreen.cli import main

    ok = CliRunner().invoke(main, ["ledger", "verify", recorded])
    assert (ok.exit_code, ok.output.strip().endswith(": intact")) == (0, True)
    tamper(recorded, "UPDATE entries SET project_id = '26099' WHERE seq = 5")
    bad = CliRunner().invoke(main, ["ledger", "verify", recorded])
    assert bad.exit_code == 1
    assert "tampered: entry 5 (decision" in bad.output


def _writer(url: str, n: int, worker: int) -> None:
    with Ledger.open(url) as ledger:
        for i in range(n):
            rid = f"run-w{worker}-{i}"
            ledger.record_run(run(rid), [decision(f"P{worker}-{i}", match(f"P{worker}-{i}"), rule(f"P{worker}-{i}"))])


def test_two_processes_writing_at_once_both_complete_and_lose_nothing(ledger_url):
    Ledger.open(ledger_url).close()  # the schema exists before the race, as after any first run
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(ledger_url, 15, w)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Ledger.open(ledger_url) as ledger:
        runs = ledger.runs()
        assert sorted(r["run_id"] for r in runs) == sorted(f"run-w{w}-{i}" for w in (1, 2) for i in range(15))
        assert ledger.head()[0] == 30 * 4  # run, decision and two findings each
        assert ledger.verify() == []


def test_two_processes_creating_a_new_ledger_at_once(tmp_path):
    url = str(tmp_path / "new.sqlite")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(url, 3, w)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Ledger.open(url) as ledger:
        assert len(ledger.runs()) == 6 and ledger.verify() == []


def test_a_ledger_from_before_schema_versions_is_refused_with_advice(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE entries (seq INTEGER PRIMARY KEY, kind TEXT)")
    with pytest.raises(OutputError, match="before ledger schema versions .* give a new ledger with --ledger"):
        Ledger.open(path)


def test_migrations_are_recorded_once(ledger_url):
    Ledger.open(ledger_url).close()
    Ledger.open(ledger_url).close()
    engine = _raw(ledger_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_migrations")).scalars().all() == [1]
    engine.dispose()
