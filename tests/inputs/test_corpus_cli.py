"""The whole corpus through `collabscreen screen`, as a user runs it: no traceback, ever.

Refused files are screened together (grouped by the limit options their case needs): the run exits 1 and prints
each file's exact message, all at once. Readable files are screened together in one run, which exits 0 with every
output written and run.json's counts adding up per sheet. Grouping keeps this to a handful of processes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from corpus import CASES

CLI = str(Path(sys.executable).with_name("collabscreen"))


def _screen(folder: Path, names: list[str], extra: tuple[str, ...]):
    paths = []
    for name in names:
        work = folder / name
        work.mkdir(parents=True)
        paths += CASES[name].build(work)
    out = folder / ("out-" + "-".join(extra).replace(".", "_") if extra else "out")
    result = subprocess.run(
        [CLI, "screen", *map(str, paths), "--policy", "ca-strac", "--out", str(out), "--as-of", "2026-11-28",
         "--no-memos", *extra],
        capture_output=True, text=True, timeout=300,
    )
    return names, result, out, paths


def test_the_whole_corpus_through_screen_prints_no_traceback(tmp_path):
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name, case in CASES.items():
        if case.error:
            groups[case.extra_args].append(name)
    readable = [name for name, case in CASES.items() if not case.error]
    jobs = [(names, extra) for extra, names in groups.items()] + [(readable, ())]
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda job: _screen(tmp_path / f"job{jobs.index(job)}", *job), jobs))

    for names, result, out, paths in results:
        output = result.stdout + result.stderr
        assert "Traceback" not in output and "internal error" not in output, output
        if CASES[names[0]].error:
            expected = "".join(f"error: {CASES[n].error}\n" for n in names)
            if len(names) > 1:
                expected += f"{len(names)} problems; nothing was screened.\n"
            assert (result.returncode, result.stderr) == (1, expected)
            assert not out.exists()
            continue
        assert result.returncode == 0, output
        run = json.loads((out / "run.json").read_text(encoding="utf-8"))
        assert len(run["input_files"]) == len(paths)
        for c in run["counts"]:
            assert c["rows_read"] == c["rows_screened"] + c["rows_rejected"], c
        with (out / "rejected.csv").open(encoding="utf-8-sig") as fh:
            assert sum(1 for _ in fh) - 1 == sum(c["rows_rejected"] for c in run["counts"])
