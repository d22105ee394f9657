"""`collabscreen policy ...`: list, show, check, start and compare policy packs."""

from __future__ import annotations

from pathlib import Path

import click

from collabscreen.cli.base import handles_errors


@click.group()
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
    from collabscreen.errors import PolicyError, Problems
    from collabscreen.fields.classifier import cancelled_terms
    from collabscreen.policy import load_pack, resolve_pack_path

    pack = load_pack(resolve_pack_path(str(folder)))
    if problems := cancelled_terms(pack.area_sets):
        raise Problems(PolicyError(p) for p in problems)
    entries = sum(len(lst.entries) for lst in pack.lists)
    areas = sum(len(s.areas) for s in pack.area_sets)
    click.echo(f"{pack.id} {pack.version}: OK ({len(pack.lists)} lists, {entries} entries, {areas} areas, "
               f"{len(pack.rules)} rules; sha256 {pack.sha256})")


@policy.command("init")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--extends", "extends", required=True, metavar="PACK", help="The pack yours builds on, e.g. ca-strac.")
@click.option("--id", "pack_id", default=None, help="Your pack's id (default: the folder's name).")
@handles_errors
def policy_init(folder, extends, pack_id):
    """Start your office's own pack in FOLDER, extending PACK."""
    from collabscreen.policy.authoring import init_pack

    init_pack(folder, pack_id or folder.name, extends)
    click.echo(f"Wrote {folder}/policy.toml and {folder}/lists/additions.csv; check it with: "
               f"collabscreen policy check {folder}")


@policy.command("diff")
@click.argument("a")
@click.argument("b")
@handles_errors
def policy_diff(a, b):
    """What changed from pack A to pack B (names or folders): entries, areas, rules, thresholds."""
    from collabscreen.policy import load_pack, resolve_pack_path
    from collabscreen.policy.authoring import diff_packs

    click.echo(diff_packs(load_pack(resolve_pack_path(a)), load_pack(resolve_pack_path(b))).text())
