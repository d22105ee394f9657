"""Record: runs, findings and reviewer dispositions in an append-only, hash-chained ledger (SQLite or PostgreSQL),
and the office's memory across rounds: which findings are new, unchanged, reopened or resolved, and which
reviewer decisions still hold."""

from collabscreen.ledger.dispositions import DECISIONS, Applied, Disposition, DispositionRequest
from collabscreen.ledger.keys import (
    KeyedFinding,
    entry_fingerprints,
    finding_fingerprint,
    finding_key,
    finding_slot,
)
from collabscreen.ledger.store import Comparison, ImportResult, Ledger

__all__ = [
    "DECISIONS", "Applied", "Comparison", "Disposition", "DispositionRequest", "ImportResult", "KeyedFinding", "Ledger",
    "entry_fingerprints", "finding_fingerprint", "finding_key", "finding_slot",
]
