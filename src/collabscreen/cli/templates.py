"""`collabscreen templates init DIR`: copy the shipped memo templates to start an office's own."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from collabscreen.cli.base import handles_errors


@click.group()
def templates():
    """Memo and summary templates."""


@templates.command("init")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@handles_errors
def templates_init(folder):
    """Copy the shipped templates (memo.html.j2, summary.html.j2, memo.css) into FOLDER to brand your own;
    then screen with --templates FOLDER."""
    from collabscreen.report import default_templates_dir

    source = default_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for item in sorted(source.iterdir()):
        if item.is_file() and item.suffix in (".j2", ".css", ".svg", ".png", ".ttf", ".otf", ".woff2"):
            target = folder / item.name
            if target.exists():
                raise click.ClickException(f"{target} exists; choose an empty folder.")
            shutil.copyfile(item, target)
            written.append(item.name)
    click.echo(f"Copied {', '.join(written)} to {folder}/; edit them, then use --templates {folder}.")
