"""`collabscreen screen` and `collabscreen validate`: the batch job and its dry run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from collabscreen.cli.base import EXIT_FAIL_ON, as_of_date, handles_errors, list_option, policy_option, say
from collabscreen.outcomes import OUTCOME_NAMES, Outcome


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@policy_option
@list_option
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
@click.option("--no-memos", is_flag=True, help="Skip the PDF memos (faster; csv, xlsx and json are still written).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes rendering memos (default: the number of cores).")
@click.option("--ledger", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="SQLite ledger file (default: OUT/ledger.sqlite).")
@click.option("--as-of", "as_of", default=None, metavar="DATE", help="Screening date, YYYY-MM-DD (default: today).")
@click.option("--fail-on", type=click.Choice(OUTCOME_NAMES[1:]), default=None,
              help="Exit with code 3 when any project reaches this outcome or worse.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
              help="Folder with memo.html.j2 and memo.css (default: the shipped templates).")
@click.option("--columns", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="TOML file mapping your headers to fields, e.g. [partners] partner_name = \"Collaborator\".")
@click.pass_context
@handles_errors
def screen(ctx, inputs, policies, lists, out, no_memos, workers, ledger, as_of, fail_on, templates, columns):
    """Screen a funding round: INPUT is one workbook with Projects/Partners/Funding/People sheets, or one file
    per kind (xlsx or csv)."""
    from collabscreen.pipeline import ScreenOptions
    from collabscreen.pipeline import screen as run_screen

    if not policies:
        raise click.UsageError("give at least one --policy (see `collabscreen policy list`).")
    options = ScreenOptions(
        inputs=list(inputs), policies=list(policies), out=out, lists=list(lists), memos=not no_memos,
        workers=workers or os.cpu_count() or 1, ledger=ledger, as_of=as_of_date(as_of), templates=templates,
        columns=columns,
    )
    bar_state: dict = {}
    show_bar = sys.stderr.isatty() and not ctx.find_root().obj.get("quiet") and not no_memos

    def on_total(total: int) -> None:
        if show_bar:
            bar_state["bar"] = click.progressbar(length=total, label="Rendering memos", file=sys.stderr)
            bar_state["bar"].__enter__()

    def progress(n: int) -> None:
        if "bar" in bar_state:
            bar_state["bar"].update(n)

    try:
        result = run_screen(options, progress, on_total)
    finally:
        if "bar" in bar_state:
            bar_state["bar"].__exit__(None, None, None)
    run = result.run
    for r in result.bundle.rejected:
        click.echo(f"rejected: {r.location}: {r.reason} {r.hint}".rstrip(), err=True)
    say(ctx, f"Run {run['run_id']} (as of {run['as_of']}): {len(result.decisions)} projects screened, "
              f"{len(result.bundle.rejected)} rows rejected.")
    for name in OUTCOME_NAMES:
        say(ctx, f"  {name:<11}{run['outcome_counts'][name]:>5}")
    say(ctx, f"Outputs in {out}/ (decisions.csv, findings.csv, rejected.csv, summary.xlsx, run.json"
              f"{', summary.pdf, memos/' if not no_memos else ''}); ledger {result.ledger_path}.")
    if fail_on:
        level = Outcome(fail_on).severity
        if any(d.outcome.severity >= level for d in result.decisions):
            sys.exit(EXIT_FAIL_ON)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@policy_option
@click.option("--columns", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="TOML file mapping your headers to fields.")
@click.pass_context
@handles_errors
def validate(ctx, inputs, policies, columns):
    """List every input and policy problem at once, without screening (exit 1 if there are any)."""
    from collabscreen.pipeline import validate as run_validate
    from collabscreen.policy import shipped_pack_names

    bundle = run_validate(list(inputs), list(policies) or shipped_pack_names(), columns)
    for c in bundle.counts:
        say(ctx, f"{c.file} › {c.sheet or c.kind}: {c.kind}, {c.rows_read} rows, {c.rows_blank} blank rows skipped")
    for issue in bundle.issues:
        click.echo(f"warning: {issue.location}: {issue.message}", err=True)
    say(ctx, "No problems found.")
