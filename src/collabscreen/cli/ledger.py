"""`collabscreen history` and `collabscreen ledger verify`: the ledger's past runs and its integrity."""

from __future__ import annotations

import sys

import click

from collabscreen.cli.base import EXIT_INPUT, handles_errors

ledger_option = click.option(
    "--ledger", "ledger_url", required=True, envvar="COLLABSCREEN_LEDGER", metavar="PATH_OR_URL",
    help="The ledger: a SQLite file such as out/ledger.sqlite, or postgresql://USER@HOST/DB "
         "(default: $COLLABSCREEN_LEDGER).")


@click.command()
@click.argument("project_id", required=False)
@ledger_option
@handles_errors
def history(project_id, ledger_url):
    """Past runs, or one project's outcomes, findings and dispositions over time."""
    from collabscreen.ledger import Ledger

    with Ledger.open(ledger_url, create=False) as store:
        if not project_id:
            for run in store.runs():
                counts = ", ".join(f"{k} {v}" for k, v in run.get("outcome_counts", {}).items() if v)
                click.echo(f"{run['recorded_at'][:19]}  {run['run_id']}  as of {run.get('as_of', '?')}  {counts}")
            return
        rounds = store.project_history(project_id)
        if not rounds:
            click.echo(f'Project "{project_id}" is not in this ledger.', err=True)
            sys.exit(EXIT_INPUT)
        dispositions = [d for d in store.dispositions() if d.project_id == project_id]
        for r in rounds:
            click.echo(f"{r['recorded_at'][:19]}  {r['run_id']}  {r['outcome']:<11}{r['findings']} findings")
            for f in r["finding_rows"]:
                what = f.get("entry_name") or f.get("rule_id") or f.get("entry_id")
                text = f" ({f['matched_text']})" if f.get("check") == "list_match" else ""
                click.echo(f"    {f['key'][:12]}  {f['outcome']:<11}{f['check']}: {what}{text}")
        for d in dispositions:
            target = f"finding {d.finding_key[:12]}" if d.finding_key else "the project"
            click.echo(f"{d.recorded_at[:19]}  {target}: {d.describe()}")


@click.group("ledger")
def ledger_group():
    """Check the ledger's integrity."""


@ledger_group.command("verify")
@click.argument("ledger_url", metavar="LEDGER")
@click.option("--head", default=None, metavar="SEQ:HASH",
              help="The last entry as recorded earlier (see `ledger head`), to catch entries cut off the end.")
@handles_errors
def ledger_verify(ledger_url, head):
    """Recompute the hash chain of LEDGER (a SQLite file or postgresql:// URL); exit 1 if any entry was edited,
    inserted or deleted."""
    from collabscreen.ledger import Ledger

    expected = None
    if head:
        seq, _, digest = head.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise click.BadParameter("give SEQ:HASH as printed by `collabscreen ledger head`.", param_hint="--head")
        expected = (int(seq), digest)
    with Ledger.open(ledger_url, create=False) as store:
        problems = store.verify(expected)
        shown = store.display
    for p in problems:
        click.echo(f"tampered: {p}", err=True)
    if problems:
        sys.exit(EXIT_INPUT)
    click.echo(f"{shown}: intact")


@ledger_group.command("head")
@click.argument("ledger_url", metavar="LEDGER")
@handles_errors
def ledger_head(ledger_url):
    """Print the last entry as SEQ:HASH; keep it apart from the ledger and give it to `ledger verify --head`."""
    from collabscreen.ledger import Ledger

    with Ledger.open(ledger_url, create=False) as store:
        head = store.head()
    click.echo(f"{head[0]}:{head[1]}" if head else "0:" + "0" * 64)
