"""`collabscreen review`: record reviewers' dispositions on findings and projects, one by one or in bulk."""

from __future__ import annotations

from pathlib import Path

import click

from collabscreen.cli.base import handles_errors
from collabscreen.cli.ledger import ledger_option
from collabscreen.outcomes import OUTCOME_NAMES

reviewer_option = click.option("--reviewer", required=True, help="Who decides (name or staff id).")
reason_option = click.option("--reason", required=True, help="Why: recorded with the disposition and shown in memos.")


def _targeting(func):
    for option in reversed([
        click.argument("keys", nargs=-1, metavar="[FINDING_KEY]..."),
        click.option("--project", "project_id", default="", help="The project (alone: the whole project)."),
        click.option("--list", "list_id", default="", help="With --project: its findings on this list."),
        click.option("--entry", "entry_id", default="", help="With --project: its findings on this list entry."),
        click.option("--rule", "rule_id", default="", help="With --project: its findings from this rule."),
        ledger_option, reviewer_option, reason_option,
    ]):
        func = option(func)
    return func


def _record(decision, keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason, outcome=""):
    from collabscreen.ledger import Ledger

    if not keys and not project_id:
        raise click.UsageError("say what the disposition is about: FINDING_KEY..., or --project ID "
                               "(with --entry/--list/--rule for its findings).")
    with Ledger.open(ledger_url, create=False) as store:
        recorded = store.review(decision, reviewer, reason, keys, project_id=project_id, list_id=list_id,
                                entry_id=entry_id, rule_id=rule_id, outcome=outcome)
    for d in recorded:
        what = d.subject.get("entry_name") or d.subject.get("rule_id") or d.subject.get("check")
        target = f"project {d.project_id}, finding {d.finding_key[:12]} ({what})" if d.finding_key \
            else f"project {d.project_id}"
        click.echo(f"recorded: {target}: {d.describe()}")


@click.group()
def review():
    """Record reviewers' decisions: they last across rounds until what they were about changes."""


@review.command()
@_targeting
@handles_errors
def dismiss(keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason):
    """Dismiss a match as a false positive; it stays dismissed while the partner text and list entry are the same."""
    _record("dismiss", keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason)


@review.command()
@_targeting
@handles_errors
def confirm(keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason):
    """Confirm a match or flag as true."""
    _record("confirm", keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason)


@review.command()
@_targeting
@handles_errors
def accept(keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason):
    """Accept a finding or a whole project with mitigations (name them in --reason)."""
    _record("accept_with_mitigations", keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason)


@review.command()
@_targeting
@click.option("--outcome", required=True, type=click.Choice(OUTCOME_NAMES), help="The outcome the reviewer sets.")
@handles_errors
def override(keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason, outcome):
    """Override the outcome of a finding or a whole project."""
    _record("override", keys, project_id, list_id, entry_id, rule_id, ledger_url, reviewer, reason, outcome)


@review.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@ledger_option
@reviewer_option
@handles_errors
def import_(path, ledger_url, reviewer):
    """Record the dispositions filled in a findings.csv or summary.xlsx: columns "disposition" (dismiss, confirm,
    accept, override) and "reason", and "outcome" for an override. All rows or none."""
    from collabscreen.ledger import Ledger

    with Ledger.open(ledger_url, create=False) as store:
        result = store.import_dispositions(path, reviewer)
    click.echo(f"{len(result.recorded)} dispositions recorded, {result.unchanged} already in force, from {path}.")
