"""Command line: parse options, call the core, print, map errors to exit codes (0 done, 1 input/policy, 2 usage,
3 ``--fail-on`` reached). No screening logic lives here."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import os
import sys
import traceback
from pathlib import Path

import click

from collabscreen import __version__
from collabscreen.errors import CollabscreenError
from collabscreen.outcomes import OUTCOME_NAMES, Outcome

EXIT_INPUT, EXIT_FAIL_ON = 1, 3


def _fail(exc: CollabscreenError) -> None:
    problems = getattr(exc, "problems", [exc])
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if len(problems) > 1:
        click.echo(f"{len(problems)} problems; nothing was screened.", err=True)
    sys.exit(EXIT_INPUT)


def handles_errors(func):
    """Turn the core's errors into messages and exit codes; never show a traceback unless -v was given."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CollabscreenError as exc:
            _fail(exc)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so plainly, and show the traceback only on request
            if click.get_current_context().find_root().params.get("verbose"):
                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc}. Run again with -v for details and report it.",
                       err=True)
            sys.exit(EXIT_INPUT)

    return wrapper


def _as_of(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f'"{value}" is not a date; use YYYY-MM-DD, e.g. 2026-11-28.') from None


policy_option = click.option("--policy", "-p", "policies", multiple=True, metavar="NAME_OR_DIR",
                             help="Policy pack: a shipped name (see `collabscreen policy list`) or a folder. Repeatable.")
list_option = click.option("--list", "lists", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
                           metavar="CSV", help="Extra organisation list (entry_id, name, aliases, country). Repeatable.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="collabscreen")
@click.option("-v", "--verbose", is_flag=True, help="Show more detail, including tracebacks of internal errors.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool, quiet: bool) -> None:
    """Screen research collaborations against named-organisation lists, sensitive research areas and funding
    rules, and write audit-grade review memos."""
    ctx.ensure_object(dict)
    ctx.obj.update(verbose=verbose, quiet=quiet)


def _say(ctx: click.Context, text: str = "") -> None:
    if not ctx.find_root().obj.get("quiet"):
        click.echo(text)


@main.command()
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
        workers=workers or os.cpu_count() or 1, ledger=ledger, as_of=_as_of(as_of), templates=templates,
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
    _say(ctx, f"Run {run['run_id']} (as of {run['as_of']}): {len(result.decisions)} projects screened, "
              f"{len(result.bundle.rejected)} rows rejected.")
    for name in OUTCOME_NAMES:
        _say(ctx, f"  {name:<11}{run['outcome_counts'][name]:>5}")
    _say(ctx, f"Outputs in {out}/ (decisions.csv, findings.csv, rejected.csv, summary.xlsx, run.json"
              f"{', memos/' if not no_memos else ''}); ledger {result.ledger_path}.")
    if fail_on:
        level = Outcome(fail_on).severity
        if any(d.outcome.severity >= level for d in result.decisions):
            sys.exit(EXIT_FAIL_ON)


@main.command()
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
        _say(ctx, f"{c.file} › {c.sheet or c.kind}: {c.kind}, {c.rows_read} rows, {c.rows_blank} blank rows skipped")
    for issue in bundle.issues:
        click.echo(f"warning: {issue.location}: {issue.message}", err=True)
    _say(ctx, "No problems found.")


def _policies_or_shipped(policies, lists):
    """The packs given, or every shipped pack (with any --list files) when none is given."""
    from collabscreen.pipeline import load_policy_set
    from collabscreen.policy import shipped_pack_names

    return load_policy_set(list(policies) or shipped_pack_names(), list(lists))


def _write_rows(out: Path | None, columns: list[str], rows: list[dict]) -> None:
    from collabscreen.report.files import write_csv

    if out:
        write_csv(out, columns, rows)
        return
    writer = csv.DictWriter(sys.stdout, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _column_values(path: Path, column: str) -> list[str]:
    from collabscreen.inputs.tables import read_tables
    from collabscreen.inputs.headers import header_key
    from collabscreen.errors import InputError
    from collabscreen.location import Location

    table = read_tables(path)[0]
    header = table.rows[0][1] if table.rows else []
    keys = [header_key(h) for h in header]
    if header_key(column) not in keys:
        raise InputError(f'no column "{column}".', Location(path.name, table.sheet, 1),
                         f"Columns: {', '.join(str(h) for h in header if h)}.")
    index = keys.index(header_key(column))
    return [str(values[index] or "") if index < len(values) else "" for _, values in table.rows[1:]]


@main.command()
@click.argument("names", nargs=-1)
@click.option("--input", "input_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A csv or xlsx file of names (first sheet).")
@click.option("--column", help="The column of --input that holds the names.")
@click.option("--country", help="ISO code of the country the names are in, as evidence.")
@policy_option
@list_option
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write csv here instead of stdout.")
@handles_errors
def match(names, input_file, column, country, policies, lists, out):
    """Screen organisation names or whole affiliation strings against the lists, ad hoc."""
    from collabscreen.names import NameIndex

    if input_file and not column:
        raise click.UsageError("--input needs --column.")
    texts = list(names) + (_column_values(input_file, column) if input_file else [])
    if not texts:
        raise click.UsageError("give NAMEs or --input FILE --column COL.")
    policy_set = _policies_or_shipped(policies, lists)
    index = NameIndex(policy_set.lists)
    rows = []
    for number, text in enumerate(texts, start=1):
        found = index.match(text, country)
        if not found:
            rows.append({"row": number, "text": text, "outcome": "clear", "list_id": "", "entry_id": "",
                         "entry_name": "", "matched_alias": "", "score": "", "explanation": "no list entry matched"})
        for m in found:
            rows.append({"row": number, "text": text, "outcome": m.band, "list_id": m.list_id, "entry_id": m.entry_id,
                         "entry_name": m.entry_name, "matched_alias": m.matched_alias, "score": f"{m.score:g}",
                         "explanation": m.explanation})
    _write_rows(out, ["row", "text", "outcome", "list_id", "entry_id", "entry_name", "matched_alias", "score",
                      "explanation"], rows)


@main.command()
@click.argument("text", required=False)
@click.option("--input", "input_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A csv or xlsx file of projects (first sheet).")
@click.option("--columns", "columns", help="Comma-separated columns of --input to classify, e.g. Title,Abstract.")
@policy_option
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write csv here instead of stdout.")
@handles_errors
def classify(text, input_file, columns, policies, out):
    """Classify a text, or the rows of a file, into the sensitive areas of the chosen packs."""
    from collabscreen.fields import AreaClassifier

    if input_file and not columns:
        raise click.UsageError("--input needs --columns.")
    texts: list[str] = [text] if text else []
    if input_file:
        parts = [_column_values(input_file, c.strip()) for c in columns.split(",") if c.strip()]
        texts += [" . ".join(values) for values in zip(*parts)]
    if not texts:
        raise click.UsageError("give TEXT or --input FILE --columns COLS.")
    classifier = AreaClassifier(_policies_or_shipped(policies, ()).area_sets)
    rows = []
    for number, value in enumerate(texts, start=1):
        hits = classifier.classify_text(abstract=value)
        rows.append({"row": number, "areas": ";".join(h.area.area_id for h in hits),
                     "evidence": " | ".join(f"{h.area.area_id} ({h.band}): {'; '.join(h.evidence)}" for h in hits)})
    _write_rows(out, ["row", "areas", "evidence"], rows)


@main.group()
def policy():
    """List, show and check policy packs."""


@policy.command("list")
@handles_errors
def policy_list():
    """The shipped policy packs."""
    from collabscreen.policy import load_pack, resolve_pack_path, shipped_pack_names

    for name in shipped_pack_names():
        pack = load_pack(resolve_pack_path(name))
        click.echo(f"{pack.id:<24}{pack.version:<16}{pack.title}")


@policy.command("show")
@click.argument("name")
@handles_errors
def policy_show(name):
    """A pack's sources, lists, areas and rules."""
    from collabscreen.policy import load_pack, resolve_pack_path

    pack = load_pack(resolve_pack_path(name))
    click.echo(f"{pack.id} {pack.version}: {pack.title}\neffective {pack.effective}, jurisdiction {pack.jurisdiction}"
               f"\nsha256 {pack.sha256}\n\n{pack.description}\n")
    for s in pack.sources:
        click.echo(f"source {s.id}: {s.title} ({s.url or 'no url'}, retrieved {s.retrieved or '?'})")
    for lst in pack.lists:
        click.echo(f"list {lst.id}: {lst.title}, {len(lst.entries)} entries, match ≥ {lst.match:g}, "
                   f"possible ≥ {lst.possible:g}")
    for s in pack.area_sets:
        click.echo(f"areas {s.id}: {s.title}, {len(s.areas)} areas")
    for r in pack.rules:
        click.echo(f"rule {r.id} [{r.outcome.value}] {r.title}")


@policy.command("check")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@handles_errors
def policy_check(folder):
    """Validate a pack folder; list every problem (exit 1 if any)."""
    from collabscreen.policy import load_pack, resolve_pack_path

    pack = load_pack(resolve_pack_path(str(folder)))
    entries = sum(len(lst.entries) for lst in pack.lists)
    areas = sum(len(s.areas) for s in pack.area_sets)
    click.echo(f"{pack.id} {pack.version}: OK ({len(pack.lists)} lists, {entries} entries, {areas} areas, "
               f"{len(pack.rules)} rules; sha256 {pack.sha256})")


@main.command()
@click.argument("project_id", required=False)
@click.option("--ledger", type=click.Path(path_type=Path, dir_okay=False, exists=True), required=True,
              help="The ledger file, e.g. out/ledger.sqlite.")
@handles_errors
def history(project_id, ledger):
    """Past runs, or one project's decisions over time."""
    from collabscreen.ledger import Ledger

    store = Ledger(ledger)
    try:
        if project_id:
            for row in store.project_history(project_id):
                click.echo(f"{row['recorded_at']}  {row['run_id']}  {row['outcome']:<11}{row['findings']} findings")
        else:
            for run in store.runs():
                counts = ", ".join(f"{k} {v}" for k, v in run["outcome_counts"].items() if v)
                click.echo(f"{run['recorded_at']}  {run['run_id']}  as of {run['as_of']}  {counts}")
    finally:
        store.close()


@main.group("ledger")
def ledger_group():
    """Check the ledger's integrity."""


@ledger_group.command("verify")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@handles_errors
def ledger_verify(path):
    """Recompute the hash chain; exit 1 if any entry was edited, inserted or deleted."""
    from collabscreen.ledger import Ledger

    store = Ledger(path)
    try:
        problems = store.verify()
    finally:
        store.close()
    for p in problems:
        click.echo(f"tampered: {p}", err=True)
    if problems:
        sys.exit(EXIT_INPUT)
    click.echo(f"{path}: intact")


if __name__ == "__main__":
    main()
