"""Record: runs, findings and reviewer dispositions in an append-only, hash-chained SQLite ledger."""

from collabscreen.ledger.store import Ledger

__all__ = ["Ledger"]
