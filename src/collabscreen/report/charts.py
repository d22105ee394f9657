"""Small SVG bar charts for the round summary, drawn without a plotting library (weasyprint renders inline SVG).

Every label is escaped: department and list names come from input files and policy packs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

OUTCOME_COLOURS = {
    "clear": "#2e7d32",
    "note": "#1565c0",
    "mitigate": "#b26a00",
    "escalate": "#c62828",
    "prohibited": "#6a1b9a",
}


def stacked_bars(rows: Mapping[str, Mapping[str, int]], order: Sequence[str], width: int = 640,
                 label_width: int = 220, bar_height: int = 14) -> Markup:
    """One horizontal bar per row, split by outcome, with a legend."""
    total_max = max((sum(r.values()) for r in rows.values()), default=0) or 1
    scale = (width - label_width - 40) / total_max
    parts = []
    y = 4
    for label, counts in rows.items():
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 3}" text-anchor="end" font-size="9">'
                     f"{escape(label[:42])}</text>")
        x = float(label_width)
        for name in order:
            n = counts.get(name, 0)
            if n:
                w = n * scale
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                             f'fill="{OUTCOME_COLOURS[name]}"/>')
                x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + bar_height - 3}" font-size="9">{sum(counts.values())}</text>')
        y += bar_height + 6
    legend_x = label_width
    for name in order:
        parts.append(f'<rect x="{legend_x}" y="{y + 4}" width="10" height="10" fill="{OUTCOME_COLOURS[name]}"/>'
                     f'<text x="{legend_x + 14}" y="{y + 13}" font-size="9">{name}</text>')
        legend_x += 80
    height = y + 20
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                  f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>')


def bars(rows: Mapping[str, int], width: int = 640, label_width: int = 260, bar_height: int = 12,
         colour: str = "#455a64") -> Markup:
    """One horizontal bar per row."""
    top = max(rows.values(), default=0) or 1
    scale = (width - label_width - 40) / top
    parts = []
    y = 4
    for label, n in rows.items():
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height - 2}" text-anchor="end" font-size="8.5">'
                     f"{escape(label[:52])}</text>"
                     f'<rect x="{label_width}" y="{y}" width="{n * scale:.1f}" height="{bar_height}" fill="{colour}"/>'
                     f'<text x="{label_width + n * scale + 4:.1f}" y="{y + bar_height - 2}" font-size="8.5">{n}</text>')
        y += bar_height + 5
    height = y + 4
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                  f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>')
