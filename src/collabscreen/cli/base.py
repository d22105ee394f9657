"""Shared pieces of the command line: error handling, common options and small output helpers."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import sys
import traceback
from pathlib import Path

import click

from collabscreen.errors import CollabscreenError

EXIT_INPUT, EXIT_FAIL_ON = 1, 3


def fail(exc: CollabscreenError) -> None:
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
            fail(exc)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # output piped into `head` and the like: nothing went wrong
            sys.stderr.close()
            sys.exit(0)
        except Exception as exc:  # a bug: say so plainly, and show the traceback only on request
            if click.get_current_context().find_root().params.get("verbose"):
                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc}. Run again with -v for details and report it.",
                       err=True)
            sys.exit(EXIT_INPUT)

    return wrapper


def as_of_date(value: str | None) -> dt.date:
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


def say(ctx: click.Context, text: str = "") -> None:
    if not ctx.find_root().obj.get("quiet"):
        click.echo(text)


def policies_or_shipped(policies, lists):
    """The packs given, or every shipped pack (with any --list files) when none is given."""
    from collabscreen.pipeline import load_policy_set
    from collabscreen.policy import shipped_pack_names

    return load_policy_set(list(policies) or shipped_pack_names(), list(lists))


def write_rows(out: Path | None, columns: list[str], rows: list[dict]) -> None:
    from collabscreen.report.files import write_csv

    if out:
        write_csv(out, columns, rows)
        return
    writer = csv.DictWriter(sys.stdout, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


second_opinion_option = click.option(
    "--second-opinion", "second_opinion", is_flag=True,
    help="Let the packs' sentence model weigh in on term matches: it may flag a possible match or lower a flag "
         "from terms alone, never flag an area on its own (needs the semantic extra; see README).")
