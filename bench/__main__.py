"""Run every benchmark module (bench/bench_*.py), or the ones named: ``python -m bench [NAME ...]``.

Each module has a ``main() -> dict`` that prints its own report and returns its headline figures; the runner
writes them all to ``bench/results.json`` (not committed) so a run can be compared with the next.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv]
    unknown = [n for n in wanted if n not in names]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(names)}", file=sys.stderr)
        return 2
    results = {}
    for name in wanted or names:
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        results[name] = importlib.import_module(f"bench.{name}").main()
        print(f"({name} took {time.perf_counter() - start:.1f} s)", flush=True)
    (here / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
