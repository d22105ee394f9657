"""`collabscreen match` and `collabscreen classify`: screen names and texts ad hoc."""

from __future__ import annotations

from pathlib import Path

import click

from collabscreen.cli.base import (
    handles_errors,
    list_option,
    policies_or_shipped,
    policy_option,
    second_opinion_option,
    write_rows,
)


@click.command()
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
    from collabscreen.inputs.describe import read_column

    texts = list(names) + (read_column(input_file, column) if input_file else [])
    if not texts:
        raise click.UsageError("give NAMEs or --input FILE --column COL.")
    policy_set = policies_or_shipped(policies, lists)
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
    write_rows(out, ["row", "text", "outcome", "list_id", "entry_id", "entry_name", "matched_alias", "score",
                      "explanation"], rows)


@click.command()
@click.argument("text", required=False)
@click.option("--input", "input_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A csv or xlsx file of projects (first sheet).")
@click.option("--columns", "columns", help="Comma-separated columns of --input to classify, e.g. Title,Abstract.")
@click.option("--codes-column", "codes_column", metavar="COLUMN",
              help="A column of --input holding field codes, ;-separated (e.g. 'FOR:4602; HECoS:100115').")
@click.option("--code", "codes", multiple=True, metavar="CODE", help="A field code of TEXT, e.g. FOR:4602. Repeatable.")
@policy_option
@second_opinion_option
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write csv here instead of stdout.")
@handles_errors
def classify(text, input_file, columns, codes_column, codes, policies, second_opinion, out):
    """Classify a text, or the rows of a file, into the sensitive areas of the chosen packs."""
    from collabscreen.fields import AreaClassifier

    if input_file and not (columns or codes_column):
        raise click.UsageError("--input needs --columns, --codes-column or both.")
    # (field, text, codes): a free TEXT is read as a title, so one term in it flags, as a term in a project's title
    # does; the columns of a file row are joined and read as an abstract.
    texts: list[tuple[str, str, list[str]]] = [("title", text or "", list(codes))] if text or codes else []
    if input_file:
        from collabscreen.inputs.describe import read_column

        parts = [read_column(input_file, c.strip()) for c in (columns or "").split(",") if c.strip()]
        code_cells = read_column(input_file, codes_column) if codes_column else None
        rows_in = len(code_cells) if code_cells is not None else len(parts[0])
        for i in range(rows_in):
            row_codes = [c.strip() for c in code_cells[i].split(";") if c.strip()] if code_cells is not None else []
            texts.append(("abstract", " . ".join(values[i] for values in parts), row_codes))
    if not texts:
        raise click.UsageError("give TEXT, --code, or --input FILE --columns COLS.")
    policy_set = policies_or_shipped(policies, ())
    opinion = None
    if second_opinion:  # imported here: the pipeline brings the memo renderer, which a plain classify never needs
        from collabscreen.pipeline import load_second_opinion

        opinion = load_second_opinion(policy_set)
    classifier = AreaClassifier(policy_set.area_sets, opinion)
    classifier.warm((value, "") if where == "title" else ("", value) for where, value, _ in texts)
    rows = []
    for number, (where, value, field_codes) in enumerate(texts, start=1):
        hits = classifier.classify_text(**{where: value}, field_codes=field_codes)
        rows.append({"row": number, "areas": ";".join(h.area.area_id for h in hits),
                     "evidence": " | ".join(f"{h.area.area_id} ({h.band}): {'; '.join(h.evidence)}" for h in hits)})
    write_rows(out, ["row", "areas", "evidence"], rows)
