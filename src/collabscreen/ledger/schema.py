"""The ledger's tables and their versioned migrations, the same for SQLite and PostgreSQL (SQLAlchemy Core).

One table, ``entries``, holds every run, decision, finding and disposition as an append-only, hash-chained
entry; ``schema_migrations`` records which migrations were applied. A migration is a function of a connection
inside a locked transaction, so two processes opening a new ledger at once apply it once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text, inspect, select, text
from sqlalchemy.engine import Connection

metadata = MetaData()

migrations_table = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(40), nullable=False),
)

entries = Table(
    "entries", metadata,
    # Given by the writer (last + 1) under the ledger's lock, never by a sequence: a gap means a deleted entry.
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(16), nullable=False),  # run | decision | finding | disposition
    Column("batch", Integer, nullable=False),  # seq of the first entry written by the same call
    Column("run_id", String(200), nullable=False),
    Column("project_id", Text),
    Column("finding_key", String(64)),
    Column("recorded_at", String(40), nullable=False),
    Column("payload", Text, nullable=False),  # canonical JSON
    Column("prev_hash", String(64), nullable=False, unique=True),  # unique: the chain cannot fork
    Column("hash", String(64), nullable=False, unique=True),
    Index("entries_kind_run", "kind", "run_id"),
    Index("entries_project", "project_id"),
    Index("entries_finding_key", "finding_key"),
)

_SQLITE_GUARDS = [
    "CREATE TRIGGER IF NOT EXISTS entries_no_update BEFORE UPDATE ON entries "
    "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS entries_no_delete BEFORE DELETE ON entries "
    "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END",
]

_POSTGRES_GUARDS = [
    "CREATE OR REPLACE FUNCTION collabscreen_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the ledger is append-only'; END $$",
    "CREATE TRIGGER entries_no_change BEFORE UPDATE OR DELETE ON entries "
    "FOR EACH ROW EXECUTE FUNCTION collabscreen_append_only()",
    "CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION collabscreen_append_only()",
]


def _v1_entries(conn: Connection) -> None:
    entries.create(conn)
    guards = _POSTGRES_GUARDS if conn.dialect.name == "postgresql" else _SQLITE_GUARDS
    for statement in guards:
        conn.execute(text(statement))


Migration = tuple[int, str, Callable[[Connection], None]]

MIGRATIONS: list[Migration] = [
    (1, "entries: hash-chained runs, decisions, findings and dispositions; append-only triggers", _v1_entries),
]

LATEST = MIGRATIONS[-1][0]


class SchemaProblem(Exception):
    """The database is not a ledger this version can use; the message says why and what to do."""


def current_version(conn: Connection) -> int:
    names = set(inspect(conn).get_table_names())
    if "schema_migrations" not in names:
        if "entries" in names:
            raise SchemaProblem("this ledger was written by collabscreen before ledger schema versions (0.1.0 "
                                "development builds) and cannot be extended without breaking its hash chain. "
                                "Keep it as the record of those runs and give a new ledger with --ledger.")
        return 0
    return conn.execute(select(migrations_table.c.version).order_by(migrations_table.c.version.desc())).scalar() or 0


def migrate(conn: Connection) -> int:
    """Apply the migrations this database lacks, in order; the caller holds the ledger's lock."""
    version = current_version(conn)
    if version > LATEST:
        raise SchemaProblem(f"this ledger has schema version {version}, newer than this collabscreen knows "
                            f"({LATEST}). Upgrade collabscreen to use it.")
    if version == 0:
        migrations_table.create(conn, checkfirst=True)
    for number, description, apply in MIGRATIONS:
        if number > version:
            apply(conn)
            now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            conn.execute(migrations_table.insert().values(version=number, description=description, applied_at=now))
    return LATEST
