"""Command line: parse options, call the core, print, map errors to exit codes (0 done, 1 input/policy, 2 usage,
3 ``--fail-on`` reached). No screening logic lives here; each command group has its own module."""

from __future__ import annotations

import click

from collabscreen import __version__
from collabscreen.cli import adhoc, calibrate, ledger, policy, review, screen, templates


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


for command in (screen.screen, screen.validate, screen.inspect, adhoc.match, adhoc.classify, calibrate.calibrate,
                policy.policy, review.review, ledger.history, ledger.ledger_group, templates.templates):
    main.add_command(command)
