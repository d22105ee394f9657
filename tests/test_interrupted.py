"""A run killed at any moment leaves the previous outputs and the ledger intact; re-running finishes the job.

The first run screens a small round (the "previous outputs"); a second run on a bigger round is killed with
SIGKILL while it works; every file of the first run must still be there, byte for byte, the ledger must verify,
and the same command run again must complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

CLI = str(Path(sys.executable).with_name("collabscreen"))
AS_OF = "2026-11-28"
PROJECTS_HEADER = ["Project ID", "Title", "Abstract"]
PARTNERS_HEADER = ["Project ID", "Partner", "Country"]
BIG = 24  # projects in the run that is killed: long enough to kill mid-way, short enough to re-run


def round_xlsx(path: Path, n: int) -> Path:
    book = openpyxl.Workbook()
    projects = book.active
    projects.title = "Projects"
    projects.append(PROJECTS_HEADER)
    partners = book.create_sheet("Partners")
    partners.append(PARTNERS_HEADER)
    for i in range(1, n + 1):
        projects.append([f"R{i:03}", f"Quantum sensing study {i}", "Satellite remote sensing and robotics."])
        partners.append([f"R{i:03}", "Harbin Institute of Technology" if i % 2 else "University of Toronto",
                         "China" if i % 2 else "Canada"])
    book.save(path)
    return path


def snapshot(out: Path) -> dict[str, str]:
    """Every visible output file (not the ledger, which the next test checks on its own) and its sha256."""
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)
        and not p.name.startswith("ledger.sqlite")
    }


def screen_args(path: Path, out: Path) -> list[str]:
    return [CLI, "screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--workers", "1"]


def verify_ledger(out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, "ledger", "verify", str(out / "ledger.sqlite")], capture_output=True, text=True)


def started_writing(out: Path, before: dict[str, float]) -> bool:
    """True once the running job has created or changed any file under OUT (staging folders included)."""
    for p in out.rglob("*"):
        if p.is_file() and before.get(str(p)) != p.stat().st_mtime_ns:
            return True
    return False


@pytest.mark.parametrize("when", ["as soon as it writes", "mid-way through the memos"])
def test_a_killed_run_leaves_the_previous_outputs_and_ledger_intact(tmp_path, when):
    out = tmp_path / "out"
    first = subprocess.run(screen_args(round_xlsx(tmp_path / "small.xlsx", 3), out), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    previous = snapshot(out)
    previous_run = json.loads((out / "run.json").read_text())["run_id"]
    assert verify_ledger(out).returncode == 0

    big = round_xlsx(tmp_path / "big.xlsx", BIG)
    before = {str(p): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    job = subprocess.Popen(screen_args(big, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and job.poll() is None and not started_writing(out, before):
            time.sleep(0.02)
        if when != "as soon as it writes":
            time.sleep(1.5)
        assert job.poll() is None, "the run finished before it could be killed; make the round bigger"
        os.killpg(job.pid, signal.SIGKILL)  # the job and its memo workers, all at once, as a power cut would
    finally:
        job.wait(timeout=30)

    assert snapshot(out) == previous, "a killed run changed the previous outputs"
    assert json.loads((out / "run.json").read_text())["run_id"] == previous_run
    verified = verify_ledger(out)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    again = subprocess.run(screen_args(big, out), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    run = json.loads((out / "run.json").read_text())
    assert run["run_id"] != previous_run
    assert sum(run["outcome_counts"].values()) == BIG
    assert len(list((out / "memos").glob("*.pdf"))) == BIG
    assert verify_ledger(out).returncode == 0
