"""`collabscreen screen` and `collabscreen validate`: the batch job and its dry run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from collabscreen.cli.base import (
    EXIT_FAIL_ON,
    as_of_date,
    handles_errors,
    list_option,
    policy_option,
    say,
    second_opinion_option,
)
from collabscreen.outcomes import OUTCOME_NAMES, Outcome


def limit_options(func):
    """--max-file-mb, --max-rows and --max-cell-chars: the input limits, each with its default shown."""
    from collabscreen.inputs.tables import DEFAULT_LIMITS as d

    for option in reversed((
        click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=d.max_file_mb,
                     show_default=True, help="Largest input file, in MB (a workbook may unpack to 10 times this)."),
        click.option("--max-rows", type=click.IntRange(min=1), default=d.max_rows, show_default=True,
                     help="Most rows in one sheet or csv file."),
        click.option("--max-cell-chars", type=click.IntRange(min=1), default=d.max_cell_chars, show_default=True,
                     help="Longest cell that is screened; a row with a longer cell is rejected."),
    )):
        func = option(func)
    return func


def _limits(max_file_mb, max_rows, max_cell_chars):
    from collabscreen.inputs import Limits

    return Limits(max_file_mb=max_file_mb, max_rows=max_rows, max_cell_chars=max_cell_chars)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@policy_option
@list_option
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
@click.option("--no-memos", is_flag=True, help="Skip the PDF memos (faster; csv, xlsx and json are still written).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes rendering memos (default: the number of cores).")
@click.option("--ledger", default=None, envvar="COLLABSCREEN_LEDGER", metavar="PATH_OR_URL",
              help="Ledger: a SQLite file or postgresql://... URL (default: $COLLABSCREEN_LEDGER, else OUT/ledger.sqlite).")
@click.option("--since", default=None, metavar="RUN_ID",
              help="Mark findings new/unchanged/reopened/resolved against this run (default: the last run on the "
                   "same inputs).")
@click.option("--as-of", "as_of", default=None, metavar="DATE", help="Screening date, YYYY-MM-DD (default: today).")
@click.option("--fail-on", type=click.Choice(OUTCOME_NAMES[1:]), default=None,
              help="Exit with code 3 when any project reaches this outcome or worse.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
              help="Folder with memo.html.j2 and memo.css (default: the shipped templates).")
@click.option("--columns", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="TOML file mapping your headers to fields, e.g. [partners] partner_name = \"Collaborator\".")
@second_opinion_option
@limit_options
@click.pass_context
@handles_errors
def screen(ctx, inputs, policies, lists, out, no_memos, workers, ledger, since, as_of, fail_on, templates, columns,
           second_opinion, max_file_mb, max_rows, max_cell_chars):
    """Screen a funding round: INPUT is one workbook with Projects/Partners/Funding/People sheets, or one file
    per kind (xlsx or csv)."""
    from collabscreen.pipeline import ScreenOptions
    from collabscreen.pipeline import screen as run_screen

    if not policies:
        raise click.UsageError("give at least one --policy (see `collabscreen policy list`).")
    options = ScreenOptions(
        inputs=list(inputs), policies=list(policies), out=out, lists=list(lists), memos=not no_memos,
        workers=workers or os.cpu_count() or 1, ledger=ledger, since=since, as_of=as_of_date(as_of), templates=templates,
        columns=columns, limits=_limits(max_file_mb, max_rows, max_cell_chars), second_opinion=second_opinion,
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
    for note in result.bundle.notes:
        click.echo(f"note: {note}", err=True)
    say(ctx, f"Run {run['run_id']} (as of {run['as_of']}): {len(result.decisions)} projects screened, "
              f"{len(result.bundle.rejected)} rows rejected.")
    for name in OUTCOME_NAMES:
        say(ctx, f"  {name:<11}{run['outcome_counts'][name]:>5}")
    changes = run["changes"]
    say(ctx, f"Findings since {run['since'] or '(no earlier run)'}: {changes['new']} new, {changes['unchanged']} "
             f"unchanged, {changes['reopened']} reopened, {changes['resolved']} resolved.")
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
@limit_options
@click.pass_context
@handles_errors
def validate(ctx, inputs, policies, columns, max_file_mb, max_rows, max_cell_chars):
    """List every input and policy problem at once, without screening (exit 1 if there are any)."""
    from collabscreen.pipeline import validate as run_validate
    from collabscreen.policy import shipped_pack_names

    bundle = run_validate(list(inputs), list(policies) or shipped_pack_names(), columns,
                          _limits(max_file_mb, max_rows, max_cell_chars))
    for c in bundle.counts:
        say(ctx, f"{c.file} › {c.sheet or c.kind}: {c.kind}, {c.rows_read} rows, {c.rows_blank} blank rows skipped")
    for issue in bundle.issues:
        click.echo(f"warning: {issue.location}: {issue.message}", err=True)
    for note in bundle.notes:
        click.echo(f"note: {note}", err=True)
    say(ctx, "No problems found.")


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--columns", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="TOML file mapping your headers to fields.")
@handles_errors
def inspect(inputs, columns):
    """Show how each sheet and column of INPUT was understood: kind, header row, field of each column."""
    from collabscreen.inputs import load_column_map
    from collabscreen.inputs.describe import describe_inputs

    for sheet in describe_inputs(list(inputs), load_column_map(columns)):
        if sheet.problem:
            click.echo(f"{sheet.location}: not understood: {sheet.problem}\n")
            continue
        click.echo(f"{sheet.location}: {sheet.kind}, header on row {sheet.header_row}, {sheet.data_rows} data rows")
        for name, letter, header in sheet.fields:
            click.echo(f"  {letter:>3}  {header!r:<40} -> {name}")
        for letter, header in sheet.ignored:
            click.echo(f"  {letter:>3}  {header!r:<40} -> (not used)")
        if sheet.missing:
            click.echo(f"  no column for: {', '.join(sheet.missing)}")
        click.echo("")
