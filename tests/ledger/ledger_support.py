"""Fixtures and builders for the ledger tests (import the fixtures by name).

``ledger_url`` runs a test on SQLite and, when a server is reachable, on PostgreSQL.

PostgreSQL tests read a server URL from COLLABSCREEN_TEST_PG (``.ci/with-postgres`` starts one and sets it, and
``.ci/run`` uses it, so CI exercises them); each test gets a database of its own, dropped afterwards. Without the
variable they skip, saying why; with it set but the server unreachable they fail rather than pass silently.
"""

from __future__ import annotations

import os
import uuid

import pytest

from collabscreen.outcomes import Outcome, worst
from collabscreen.rules.findings import Decision, Finding

PG_ENV = "COLLABSCREEN_TEST_PG"


@pytest.fixture
def pg_url():
    base = os.environ.get(PG_ENV)
    if not base and os.environ.get("COLLABSCREEN_REQUIRE_PG"):
        pytest.fail(f"{PG_ENV} is not set but COLLABSCREEN_REQUIRE_PG is: .ci/with-postgres did not start a server")
    if not base:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://USER@HOST:PORT/DB (.ci/with-postgres does)")
    from sqlalchemy import create_engine, text

    name = f"ledger_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite")
    return request.getfixturevalue("pg_url")



def match(project_id="26001", text="Harbin Engineering Univ.", entry="hit-1", subject="partner-1", list_id="nro",
          outcome=Outcome.ESCALATE) -> Finding:
    return Finding(project_id, "partner", subject, "list_match", outcome, f'"{text}" ~ entry', "round.xlsx",
                   score=95.0, list_id=list_id, entry_id=entry, entry_name="Harbin Engineering University",
                   matched_alias="Harbin Engineering University", matched_text=text, pack="ca-strac")


def rule(project_id="26001", rule_id="CA-STRAC-001", evidence="STRA area with an NRO partner") -> Finding:
    return Finding(project_id, "project", project_id, "rule", Outcome.PROHIBITED, evidence, "round.xlsx",
                   rule_id=rule_id, pack="ca-strac 2026.11.28-1")


def decision(project_id="26001", *findings: Finding) -> Decision:
    return Decision(project_id, f"Project {project_id}", worst(f.outcome for f in findings), tuple(findings), (), ())


def run(run_id="run-2026-11-28-aaaaaaaaaaaa", sha="a" * 64, name="round.xlsx") -> dict:
    return {"run_id": run_id, "as_of": "2026-11-28", "input_files": [{"name": name, "sha256": sha}],
            "outcome_counts": {"clear": 0, "note": 0, "mitigate": 0, "escalate": 1, "prohibited": 0}}
