"""The batch job, end to end: read -> screen -> decide -> render -> record.

>>> result = screen(ScreenOptions(inputs=[Path("round.xlsx")], policies=["ca-strac"], out=Path("out")))  # doctest: +SKIP
>>> result.run["outcome_counts"]["prohibited"]                                                        # doctest: +SKIP
3
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from collabscreen.errors import CollabscreenError, InputError, raise_all
from collabscreen.inputs import load_column_map, read_inputs
from collabscreen.inputs.records import InputBundle
from collabscreen.ledger import Ledger
from collabscreen.policy.loader import load_list_files, load_policies
from collabscreen.policy.model import PolicySet
from collabscreen.report import MemoRenderer, write_outputs
from collabscreen.rules import Decision, decide
from collabscreen.run import RunInfo
from collabscreen.screen import ProjectFacts, Screener


@dataclass
class ScreenOptions:
    inputs: Sequence[Path]
    policies: Sequence[str]
    out: Path
    lists: Sequence[Path] = ()
    memos: bool = True
    workers: int = 1
    ledger: Path | None = None  # default: OUT/ledger.sqlite
    as_of: dt.date = field(default_factory=dt.date.today)
    templates: Path | None = None
    columns: Path | None = None


@dataclass(frozen=True)
class ScreenResult:
    run: dict
    decisions: tuple[Decision, ...]
    bundle: InputBundle
    ledger_path: Path


def load_policy_set(policies: Sequence[str], lists: Sequence[Path] = ()) -> PolicySet:
    policy_set = load_policies(policies)
    extra = load_list_files(lists)
    return PolicySet((*policy_set.packs, extra)) if extra else policy_set


def read(inputs: Sequence[Path], columns: Path | None = None) -> InputBundle:
    return read_inputs(inputs, load_column_map(columns))


def evaluate(bundle: InputBundle, policies: PolicySet, as_of: dt.date) -> list[tuple[ProjectFacts, Decision]]:
    screener = Screener(policies)
    return [(facts, decide(facts, policies, as_of)) for facts in screener.screen(bundle)]


def screen(options: ScreenOptions, progress: Callable[[int], None] | None = None,
           on_total: Callable[[int], None] | None = None) -> ScreenResult:
    """Run the whole job and write every output. Raises CollabscreenError for input or policy errors."""
    policies = load_policy_set(options.policies, options.lists)
    renderer = MemoRenderer(options.templates) if options.memos else None
    bundle = read(options.inputs, options.columns)
    out = Path(options.out)
    if out.exists() and not out.is_dir():
        raise InputError("the output path exists and is not a folder.", None, "Give a folder with --out.")
    pairs = evaluate(bundle, policies, options.as_of)
    run = RunInfo.create(policies, bundle.files, options.as_of, {"memos": options.memos})
    if on_total:
        on_total(len(pairs))
    record = write_outputs(out, run, bundle, pairs, policies.lists, policies.area_sets, renderer,
                           options.workers, progress)
    ledger_path = options.ledger or out / "ledger.sqlite"
    ledger = Ledger(ledger_path)
    try:
        ledger.record_run(record, [d for _, d in pairs])
    finally:
        ledger.close()
    return ScreenResult(record, tuple(d for _, d in pairs), bundle, ledger_path)


def validate(inputs: Sequence[Path], policies: Sequence[str], columns: Path | None = None) -> InputBundle:
    """Every input and policy problem, without screening. Rejected rows count as problems here."""
    problems: list[CollabscreenError] = []
    bundle = None
    for step in (lambda: load_policy_set(policies), lambda: read(inputs, columns)):
        try:
            result = step()
        except CollabscreenError as exc:
            problems.extend(getattr(exc, "problems", [exc]))
            continue
        if isinstance(result, InputBundle):
            bundle = result
            problems += [InputError(r.reason, r.location, r.hint) for r in result.rejected]
    raise_all(problems)
    assert bundle is not None
    return bundle
