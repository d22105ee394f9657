"""Memo rendering throughput: collabscreen's batched, parallel renderer against a naive baseline, same run.

The baseline is what a first implementation does: one ``HTML(...).write_pdf()`` per memo, in one process.
Both render the same memos (200 projects made from the sample round, each with its own project ID);
collabscreen's output is also PDF/A-3u with an attachment, so it does more work per memo, not less.

The run also measures what the naive way spends on per-document set-up (a fresh font configuration and
stylesheet, laid out around one word), and from it the most any renderer could gain here: removing all
set-up from every memo and using every core. That ceiling shows whether a missed target is the renderer's
fault or the machine's.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from weasyprint import HTML

from collabscreen.pipeline import evaluate, load_policy_set, read
from collabscreen.report.memo import MemoRenderer
from collabscreen.report.outputs import memo_context, write_memos
from collabscreen.run import RunInfo

ROOT = Path(__file__).resolve().parents[1]
PACKS = ["ca-strac", "uk-china-sti-2025", "uk-trusted-research", "aspi-cdut", "us-research-security"]
PROJECTS = 200
SETUP_SAMPLES = 20


def _round(n: int):
    policies = load_policy_set(PACKS)
    bundle = read([ROOT / "sample_inputs" / "round-2026-autumn.xlsx"])
    as_of = dt.date(2026, 11, 28)
    pairs = evaluate(bundle, policies, as_of)
    out = []
    for i in range(n):
        facts, decision = pairs[i % len(pairs)]
        pid = f"B{i:04d}-{decision.project_id}"
        out.append((replace(facts, project=replace(facts.project, project_id=pid)),
                    replace(decision, project_id=pid)))
    run = RunInfo.create(policies, bundle.files, as_of, {"bench": True})
    return policies, run, out


def main() -> dict:
    policies, run, pairs = _round(PROJECTS)
    renderer = MemoRenderer()
    workers = os.cpu_count() or 1

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for facts, decision in pairs:
            memo = memo_context(facts, decision, policies.lists, policies.area_sets)
            data = HTML(string=renderer.html(memo, run), base_url=str(renderer.folder) + "/").write_pdf()
            (Path(tmp) / f"{decision.project_id}.pdf").write_bytes(data)
    baseline = time.perf_counter() - start

    base_url = str(renderer.folder) + "/"
    tiny = '<html><head><link rel="stylesheet" href="memo.css"></head><body><p>x</p></body></html>'
    HTML(string=tiny, base_url=base_url).write_pdf()
    start = time.perf_counter()
    for _ in range(SETUP_SAMPLES):
        HTML(string=tiny, base_url=base_url).write_pdf()
    setup = (time.perf_counter() - start) / SETUP_SAMPLES
    per_memo = baseline / PROJECTS
    ceiling = workers * per_memo / (per_memo - setup)

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_memos(Path(tmp), run, pairs, policies.lists, policies.area_sets, renderer, workers)
        written = len(list((Path(tmp) / "memos").glob("*.pdf")))
    ours = time.perf_counter() - start
    assert written == PROJECTS, written

    result = {
        "projects": PROJECTS,
        "workers": workers,
        "baseline_memos_per_s": round(PROJECTS / baseline, 2),
        "collabscreen_memos_per_s": round(PROJECTS / ours, 2),
        "ratio": round(baseline / ours, 2),
        "naive_setup_ms": round(setup * 1000, 1),
        "naive_setup_share": round(setup / per_memo, 3),
        "ceiling_ratio": round(ceiling, 2),
    }
    print(f"{PROJECTS} memos: naive baseline {baseline:.1f} s ({result['baseline_memos_per_s']} memos/s), "
          f"collabscreen {ours:.1f} s with {workers} workers ({result['collabscreen_memos_per_s']} memos/s): "
          f"{result['ratio']}x the baseline's throughput (target 3x). Per-document set-up is "
          f"{result['naive_setup_ms']} ms of a naive memo's {per_memo * 1000:.0f} ms, so no renderer on {workers} "
          f"cores can exceed {result['ceiling_ratio']}x")
    return result


if __name__ == "__main__":
    main()
