"""Classify a project into the sensitive areas of the chosen packs, from its text and its field codes.

How a project reaches an area (each step is the published explanation a reviewer can read in the memo):

1. **Terms.** Each area's ``terms`` are found by phrase and word form (``collabscreen.fields.phrases``): stems,
   plurals, hyphenation and British/American spelling, whole words only.
2. **Where a term is found.** A distinct term counts 3 in the title, 2 in the keywords and 1 in the abstract;
   a term mentioned again in the abstract counts once more (``REPEAT``), since a project that keeps returning to a
   technology is about it. Overlapping terms of one area count once (the longest).
3. **Exclusions.** A term inside one of the area's ``exclude`` phrases does not count ("satellite cells").
4. **Context.** When an area has ``context`` words, its terms count only if one of them appears somewhere in the
   project's text ("scramjet" counts with "hypersonic" or "Mach" nearby).
5. **Bands.** A total of ``FLAG_AT`` (3) or more flags the area; anything less is a ``possible`` match for review.
   A mapped field code flags the area on its own.
6. **Pooling.** In an area set with ``pool_by = "category"`` (policy.toml), the areas of one category add up: when
   the distinct terms found for all of them together reach ``FLAG_AT``, every one of them that was found flags
   ("machine learning" and "computer vision" in one abstract flag Artificial Intelligence's sub-areas). A term found
   for two areas of the category counts once. Sets whose categories are not one subject (uk-china-sti's "in scope"
   and "dropped") are not pooled.
7. **Framing.** An area set may list ``framing`` phrases (policy.toml), such as "history of" or "oral history".
   When the project's title contains one, the set's terms alone make at most a ``possible`` match: a history of
   aviation is not aviation research, however often it names aircraft. A mapped field code still flags.
8. **Second opinion** (optional, ``fields.opinion``). Given a ``SecondOpinion``, a sentence model's reading of the
   whole text may turn a possible match from terms into a flag, or a flag from terms alone into a possible match,
   in area sets whose pack has heads for it. It never adds an area that no term or code reached.

>>> classifier = AreaClassifier(policies.area_sets)               # doctest: +SKIP
>>> [h.area.area_id for h in classifier.classify(project)]        # doctest: +SKIP
['stra-quantum-computing']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from collabscreen.fields.codes import FieldCode, code_matches
from collabscreen.fields.opinion import SecondOpinion, project_text
from collabscreen.fields.phrases import PhraseIndex, PhraseMatch, PreparedText
from collabscreen.inputs.records import Project
from collabscreen.policy.model import Area, AreaSet

WEIGHTS = {"title": 3, "keywords": 2, "abstract": 1}
REPEAT = {"title": 0, "keywords": 0, "abstract": 1}
FLAG_AT = 3
POSSIBLE_AT = 1
SNIPPET = 60

_TERM, _EXCLUDE, _CONTEXT = "term", "exclude", "context"


@dataclass(frozen=True)
class TermMatch:
    """One counted occurrence of an area term: the pack's term, the text it matched, where, and a snippet."""

    term: str
    text: str
    field: str
    snippet: str
    weight: int


@dataclass(frozen=True)
class AreaHit:
    """One area a project was classified into, and why."""

    area: Area
    band: str  # "flag" or "possible"
    weight: int
    terms: tuple[str, ...]  # the matched text of each distinct term, as found (e.g. "solid state batteries")
    codes: tuple[str, ...]  # the project's field codes that mapped to the area
    evidence: tuple[str, ...]  # one line per term or code, for findings.csv and the memo
    matches: tuple[TermMatch, ...] = ()


def _snippet(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def _overlaps(a: PhraseMatch, b: PhraseMatch) -> bool:
    return a.first <= b.last and b.first <= a.last


def _longest_first(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """The matches that no longer match of the same area overlaps, in text order."""
    kept: list[PhraseMatch] = []
    for m in sorted(matches, key=lambda m: (m.first - m.last, m.first)):
        if not any(_overlaps(m, k) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.first)


class AreaClassifier:
    """The areas of the chosen packs, compiled once per run into one phrase index."""

    def __init__(self, area_sets: Sequence[AreaSet], opinion: SecondOpinion | None = None):
        self.area_sets = tuple(area_sets)
        self.opinion = opinion
        self.areas: tuple[Area, ...] = tuple(a for s in self.area_sets for a in s.areas)
        self._codes = [tuple(FieldCode.parse(c) for c in a.codes if c.strip()) for a in self.areas]
        # the pool each area's terms add up in: (set id, category) when its set pools by category, else None
        self._pool_of = [(s.id, a.category) if s.pool_by == "category" and a.category else None
                         for s in self.area_sets for a in s.areas]
        # the set each area belongs to, and each set's framing phrases (searched in the title only)
        self._set_of = [s.id for s in self.area_sets for a in s.areas]
        self._framing = PhraseIndex((phrase, s.id) for s in self.area_sets for phrase in s.framing)
        self._index = PhraseIndex(
            (phrase, (i, kind))
            for i, area in enumerate(self.areas)
            for kind, phrases in ((_TERM, area.terms), (_EXCLUDE, area.exclude), (_CONTEXT, area.context))
            for phrase in phrases
            if phrase.strip()
        )

    def classify(self, project: Project) -> list[AreaHit]:
        return self.classify_text(project.title, project.abstract, "; ".join(project.keywords), project.field_codes)

    def classify_text(
        self, title: str = "", abstract: str = "", keywords: str = "", field_codes: Sequence[str] = ()
    ) -> list[AreaHit]:
        """The areas ``title``, ``abstract``, ``keywords`` (``;``-separated) and ``field_codes`` fall into."""
        texts = {"title": title, "keywords": keywords, "abstract": abstract}
        # per area: field -> term matches; per area: exclusion spans per field; areas whose context was seen
        terms: dict[int, dict[str, list[PhraseMatch]]] = defaultdict(lambda: defaultdict(list))
        excluded: dict[tuple[int, str], list[PhraseMatch]] = defaultdict(list)
        context_seen: set[int] = set()
        prepared = {}
        for where, raw in texts.items():
            prepared[where] = PreparedText.of(raw or "")
            for m in self._index.find(prepared[where]):
                i, kind = m.value
                if kind == _TERM:
                    terms[i][where].append(m)
                elif kind == _EXCLUDE:
                    excluded[(i, where)].append(m)
                else:
                    context_seen.add(i)
        project_codes = [FieldCode.parse(c) for c in field_codes if c and c.strip()]
        framed: dict[str, str] = {}  # set id -> the framing phrase found in the title
        for m in self._framing.find(prepared["title"]):
            framed.setdefault(m.value, m.text)

        found = {i: self._filtered(i, terms[i], excluded)
                 for i in terms if not self.areas[i].context or i in context_seen}
        counted = {i: self._count(by_field, prepared) for i, by_field in found.items()}
        pooled = self._pooled(found, prepared)

        embedded = project_text(title, abstract) if self.opinion else ""  # what the second opinion reads
        hits = []
        for i, area in enumerate(self.areas):
            mapped = {pc.value: ac for pc in project_codes for ac in self._codes[i] if code_matches(pc, ac)}
            codes = tuple(mapped)
            matches = counted.get(i, [])
            weight = sum(m.weight for m in matches)
            pool_weight = pooled.get(self._pool_of[i], 0) if weight else 0
            frame = framed.get(self._set_of[i])
            if codes:
                band = "flag"
            elif frame and weight >= POSSIBLE_AT:
                band = "possible"
            elif weight >= FLAG_AT:
                band = "flag"
            elif weight >= POSSIBLE_AT and pool_weight >= FLAG_AT:
                band = "flag"
            elif weight >= POSSIBLE_AT:
                band = "possible"
            else:
                continue
            evidence = [f'"{m.text}" in {m.field}: {m.snippet}' for m in matches]
            if frame and weight:
                evidence.append(f'the title is framed as "{frame}", so the terms alone make a possible match')
            elif weight < FLAG_AT <= pool_weight:
                evidence.append(f'with the other "{area.category}" areas found, the terms weigh {pool_weight} '
                                f"(flag at {FLAG_AT})")
            evidence += [f"field code {code} {'is' if mapped[code].value == code else 'falls under'} {mapped[code]}, "
                         f"which the pack maps to {area.area_id}" for code in codes]
            if self.opinion and weight and not codes and not frame:  # terms alone made the band
                band, note = self.opinion.weigh(area, band, embedded)
                evidence += [note] if note else []
            hits.append(AreaHit(area, band, weight, tuple(dict.fromkeys(m.text for m in matches)), codes,
                                tuple(evidence), tuple(matches)))
        return hits

    def warm(self, texts: Iterable[tuple[str, str]]) -> None:
        """Embed many (title, abstract) pairs in batches ahead of ``classify_text`` when a second opinion is in use."""
        if self.opinion:
            self.opinion.warm(project_text(title, abstract) for title, abstract in texts)

    def _pooled(self, found: dict[int, dict[str, list[PhraseMatch]]],
                prepared: dict[str, PreparedText]) -> dict[tuple[str, str], int]:
        """The weight of each pool's distinct terms taken together (a span found for two areas counts once)."""
        union: dict[tuple[str, str], dict[str, list[PhraseMatch]]] = defaultdict(lambda: defaultdict(list))
        for i, by_field in found.items():
            if self._pool_of[i] is not None:
                for where, ms in by_field.items():
                    union[self._pool_of[i]][where].extend(ms)
        return {pool: sum(m.weight for m in self._count(by_field, prepared)) for pool, by_field in union.items()}

    @staticmethod
    def _filtered(i: int, by_field: dict[str, list[PhraseMatch]],
                  excluded: dict[tuple[int, str], list[PhraseMatch]]) -> dict[str, list[PhraseMatch]]:
        """Area ``i``'s term matches per field, less those inside one of its exclusions."""
        return {where: [m for m in ms if not any(_overlaps(m, x) for x in excluded.get((i, where), ()))]
                for where, ms in by_field.items()}

    @staticmethod
    def _count(by_field: dict[str, list[PhraseMatch]], prepared: dict[str, PreparedText]) -> list[TermMatch]:
        counted: list[TermMatch] = []
        for where in WEIGHTS:
            found = by_field.get(where, ())
            seen: dict[tuple[str, ...], int] = {}
            firsts: dict[tuple[str, ...], int] = {}
            for m in _longest_first(list(found)):
                key = tuple(t.stem for t in prepared[where].tokens[m.first : m.last + 1])
                seen[key] = seen.get(key, 0) + 1
                if seen[key] == 1:
                    text = prepared[where].text
                    firsts[key] = len(counted)
                    counted.append(TermMatch(m.phrase, m.text, where, _snippet(text, m.start, m.end), WEIGHTS[where]))
                elif seen[key] == 2 and REPEAT[where]:
                    first = counted[firsts[key]]
                    counted[firsts[key]] = TermMatch(first.term, first.text, where, first.snippet,
                                                     first.weight + REPEAT[where])
        return counted


def cancelled_terms(area_sets: Sequence[AreaSet]) -> list[str]:
    """Terms that one of their own area's exclusions takes in wherever they appear, so they can never count.

    Exclusions match by word form as terms do, so a one-word exclusion cancels every term with that word:
    excluding "navigating" (read as "navig") silences "navigation" and "inertial navigation"."""
    problems = []
    for area_set in area_sets:
        for area in area_set.areas:
            excludes = PhraseIndex((phrase, phrase) for phrase in area.exclude if phrase.strip())
            for term in area.terms:
                for m in excludes.find(PreparedText.of(term)):
                    problems.append(f'{area_set.id}/{area.area_id}: the exclusion "{m.value}" takes in every '
                                    f'mention of the term "{term}", so the term never counts. Make the exclusion '
                                    f"a longer phrase that names the other sense.")
    return problems
