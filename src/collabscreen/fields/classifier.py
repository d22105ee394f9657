"""Classify a project into the sensitive areas of the chosen packs, from its text and its field codes.

A term counts more where it means more: in the title (3), in the keywords (2), in the abstract (1).
A project is flagged for an area at a weight of 3 or a mapped field code, and is a possible match
from a single mention in the abstract. Every hit carries the terms or codes that triggered it, with a snippet.

>>> classifier = AreaClassifier(policies.area_sets)               # doctest: +SKIP
>>> [h.area.area_id for h in classifier.classify(project)]        # doctest: +SKIP
['stra-quantum-computing']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from collabscreen.inputs.records import Project
from collabscreen.names.normalise import fold
from collabscreen.policy.model import Area, AreaSet

WEIGHTS = {"title": 3, "keywords": 2, "abstract": 1}
FLAG_AT = 3
POSSIBLE_AT = 1
SNIPPET = 60


@dataclass(frozen=True)
class AreaHit:
    """One area a project was classified into, and why."""

    area: Area
    band: str  # "flag" or "possible"
    weight: int
    terms: tuple[str, ...]
    codes: tuple[str, ...]
    evidence: tuple[str, ...]


def _prepare(text: str) -> str:
    """Case-folded text with hyphens and slashes as spaces, so "remote-sensing" reads as "remote sensing"."""
    return re.sub(r"[\s\-‐‑/_]+", " ", fold(text))


def _term_pattern(terms: Sequence[str]) -> re.Pattern | None:
    parts = []
    for term in terms:
        words = _prepare(term).split()
        if not words:
            continue
        # Whole words; the last word may take a plural ending (qubit -> qubits, battery -> batteries).
        last = re.escape(words[-1])
        last = f"{last[:-1]}(?:y|ies)" if words[-1].endswith("y") else f"{last}(?:s|es)?"
        parts.append(r"\s+".join([*(re.escape(w) for w in words[:-1]), last]))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])")


def _code_key(code: str) -> str:
    code = code.strip().upper().replace(" ", "")
    return code.split(":", 1)[1] if ":" in code else code


@dataclass(frozen=True)
class _CompiledArea:
    area: Area
    terms: re.Pattern | None
    exclude: re.Pattern | None
    context: re.Pattern | None
    codes: tuple[str, ...]


class AreaClassifier:
    """The areas of the chosen packs, compiled once per run."""

    def __init__(self, area_sets: Sequence[AreaSet]):
        self.area_sets = tuple(area_sets)
        self._areas = [
            _CompiledArea(
                area,
                _term_pattern(area.terms),
                _term_pattern(area.exclude),
                _term_pattern(area.context),
                tuple(_code_key(c) for c in area.codes),
            )
            for area_set in self.area_sets
            for area in area_set.areas
        ]

    def classify(self, project: Project) -> list[AreaHit]:
        return self.classify_text(project.title, project.abstract, "; ".join(project.keywords), project.field_codes)

    def classify_text(
        self, title: str = "", abstract: str = "", keywords: str = "", field_codes: Sequence[str] = ()
    ) -> list[AreaHit]:
        fields = {"title": _prepare(title), "keywords": _prepare(keywords), "abstract": _prepare(abstract)}
        whole = " ".join(fields.values())
        codes = [_code_key(c) for c in field_codes if c.strip()]
        hits = []
        for compiled in self._areas:
            hit = self._one(compiled, fields, whole, codes)
            if hit is not None:
                hits.append(hit)
        return hits

    def _one(self, compiled: _CompiledArea, fields: dict[str, str], whole: str, codes: list[str]) -> AreaHit | None:
        weight, terms, evidence = 0, [], []
        if compiled.terms is not None and (compiled.context is None or compiled.context.search(whole)):
            for where, text in fields.items():
                if compiled.exclude is not None:
                    text = compiled.exclude.sub(" ", text)
                found = {m.group(0): m for m in compiled.terms.finditer(text)}
                for term, m in found.items():
                    weight += WEIGHTS[where]
                    terms.append(term)
                    start, end = max(0, m.start() - SNIPPET), min(len(text), m.end() + SNIPPET)
                    snippet = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
                    evidence.append(f'"{term}" in {where}: {snippet}')
        matched_codes = tuple(c for c in codes if any(c == k or c.startswith(k) for k in compiled.codes))
        for code in matched_codes:
            evidence.append(f"field code {code} maps to {compiled.area.area_id}")
        if weight >= FLAG_AT or matched_codes:
            band = "flag"
        elif weight >= POSSIBLE_AT:
            band = "possible"
        else:
            return None
        return AreaHit(compiled.area, band, weight, tuple(dict.fromkeys(terms)), matched_codes, tuple(evidence))
