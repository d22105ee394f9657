"""`collabscreen history` and `collabscreen ledger verify`: the ledger's past runs and integrity."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from collabscreen.cli.base import EXIT_INPUT, handles_errors


@click.command()
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


@click.group("ledger")
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
