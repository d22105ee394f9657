"""`collabscreen calibrate`: precision and recall at each threshold on an office's own labelled names."""

from __future__ import annotations

from pathlib import Path

import click

from collabscreen.cli.base import handles_errors, list_option, policies_or_shipped, policy_option


@click.command()
@click.argument("labelled", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@policy_option
@list_option
@click.option("--list-id", help="Score only this list's matches (default: the best match on any list).")
@click.option("--from", "low", type=click.FloatRange(0, 100), default=80, show_default=True,
              help="Lowest threshold shown.")
@click.option("--step", type=click.FloatRange(0.5, 50), default=1, show_default=True, help="Threshold step.")
@handles_errors
def calibrate(labelled, policies, lists, list_id, low, step):
    """Precision, recall and F1 at each threshold for the names in LABELLED.csv (columns text, country, label;
    label 1 when the text names a listed organisation, 0 when not), so thresholds can be set before a round."""
    from collabscreen.names import NameIndex
    from collabscreen.names.calibrate import calibrate as run
    from collabscreen.names.calibrate import read_labelled

    rows = read_labelled(labelled)
    if not rows:
        raise click.UsageError(f"{labelled.name} has no labelled rows.")
    org_lists = policies_or_shipped(policies, lists).lists
    if list_id and list_id not in {lst.id for lst in org_lists}:
        raise click.UsageError(f'no list "{list_id}"; the lists are: {", ".join(lst.id for lst in org_lists)}.')
    thresholds = []
    value = float(low)
    while value <= 100:
        thresholds.append(round(value, 2))
        value += step
    points = run(NameIndex(org_lists), rows, thresholds, list_id)
    positives = sum(r.label for r in rows)
    click.echo(f"{len(rows)} labelled rows ({positives} positive, {len(rows) - positives} negative); "
               f"scored against {list_id or 'every list'}")
    for lst in org_lists:
        if list_id in (None, lst.id):
            click.echo(f"  {lst.id}: match >= {lst.match:g}, possible >= {lst.possible:g}")
    best = max(points, key=lambda p: (p.f1, p.threshold))
    click.echo(f"{'threshold':>9} {'precision':>9} {'recall':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5}")
    for p in points:
        mark = "  <- best F1" if p is best else ""
        click.echo(f"{p.threshold:>9g} {p.precision:>9.3f} {p.recall:>6.3f} {p.f1:>6.3f} {p.tp:>5} {p.fp:>5} "
                   f"{p.fn:>5} {p.tn:>5}{mark}")
