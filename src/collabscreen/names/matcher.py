"""Match organisation names and whole affiliation strings against organisation lists.

The index is built once per run. A text is cut into segments (an affiliation string holds departments,
cities and postcodes around the organisation); each segment is compared with the list aliases that share
a distinctive token with it (blocking, so a list of tens of thousands of names stays fast), and every match
carries the alias it matched, the score and what raised or lowered it.

>>> index = NameIndex(policies.lists)                                         # doctest: +SKIP
>>> [m.entry_name for m in index.match("School of Astronautics, Harbin Institute of Technology, China")]  # doctest: +SKIP
['Harbin Institute of Technology']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rigour.territories import lookup_territory

from collabscreen.names.normalise import fold, han_runs, has_han, is_acronym, normalise
from collabscreen.policy.model import ListEntry, OrgList

_SEGMENT_SPLIT = re.compile(r"[,;()\[\]/|\n]+|\s[-–—]\s")
MAX_SEGMENTS = 40
COUNTRY_AGREES = 2.0
COUNTRY_DIFFERS = -12.0
CONTAINED_SCORE = 96.0
ACRONYM_SCORE = 95.0
DISTINCTIVE_MISSING_CAP = 75.0
EXTRA_WORD_PENALTY = 6.0
TOKEN_ALIKE = 85.0


def _align(alias_tokens: tuple[str, ...], text_tokens: list[str]):
    """Pair each token of the alias with the most similar unused token of the text (typos allowed).
    Returns (aligned pairs, alias tokens with no partner, text tokens with no partner)."""
    free = list(text_tokens)
    aligned, missing = [], []
    for token in alias_tokens:
        best, best_score = None, 0.0
        for candidate in free:
            score = 100.0 if candidate == token else fuzz.ratio(token, candidate)
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and (best_score >= TOKEN_ALIKE or (best_score >= 75 and min(len(token), len(best)) >= 8)):
            aligned.append((token, best))
            free.remove(best)
        else:
            missing.append(token)
    return aligned, missing, free


def _is_suffix(alias_tokens: tuple[str, ...], text_tokens: list[str]) -> bool:
    n = len(alias_tokens)
    return 0 < n < len(text_tokens) and tuple(text_tokens[-n:]) == alias_tokens


@dataclass(frozen=True)
class NameMatch:
    """One list entry found in one text, with its evidence."""

    list_id: str
    entry_id: str
    entry_name: str
    matched_alias: str
    matched_text: str
    score: float
    band: str  # "match" or "possible"
    explanation: str
    entry: ListEntry

    @property
    def attributes(self):
        return self.entry.attributes


@dataclass(frozen=True)
class _Alias:
    list_index: int
    entry: ListEntry
    text: str
    norm: str
    tokens: tuple[str, ...]
    acronym: bool
    han: str


def _segments(text: str) -> list[str]:
    parts = [p.strip(" .:-") for p in _SEGMENT_SPLIT.split(text)]
    parts = [p for p in parts if p]
    out = list(parts)
    out += [f"{a}, {b}" for a, b in zip(parts, parts[1:])]  # names that themselves hold a comma
    if text.strip() not in out:
        out.append(text.strip())
    return out[:MAX_SEGMENTS]


def _countries_in(text: str) -> set[str]:
    found = set()
    for part in _SEGMENT_SPLIT.split(text):
        words = re.sub(r"\d+", " ", part).strip(" .")
        if not words or len(words) > 40:
            continue
        territory = lookup_territory(words)
        if territory is not None and territory.code:
            found.add(territory.code.split("-")[0].upper())
    return found


class NameIndex:
    """All aliases of the given lists, indexed by token for blocking."""

    def __init__(self, lists: Sequence[OrgList]):
        self.lists = tuple(lists)
        self._aliases: list[_Alias] = []
        self._by_token: dict[str, list[int]] = defaultdict(list)
        self._acronyms: dict[str, list[int]] = defaultdict(list)
        self._han: list[int] = []
        for list_index, org_list in enumerate(self.lists):
            for entry in org_list.entries:
                seen = set()
                for alias in (entry.name, *entry.aliases):
                    norm = normalise(alias)
                    if not norm or norm in seen:
                        continue
                    seen.add(norm)
                    record = _Alias(list_index, entry, alias, norm, tuple(norm.split()), is_acronym(alias),
                                    "".join(han_runs(alias)))
                    position = len(self._aliases)
                    self._aliases.append(record)
                    if record.acronym:
                        self._acronyms[re.sub(r"[.\s&-]", "", alias)].append(position)
                    elif record.han and len(record.han) >= 3:
                        self._han.append(position)
                    else:
                        for token in set(record.tokens):
                            self._by_token[token].append(position)
        total = max(len(self._aliases), 1)
        # A token shared by more than 3% of aliases ("university", "institute") does not block on its own.
        self._common = {t for t, ids in self._by_token.items() if len(ids) > max(25, total * 0.03)}

    def __len__(self) -> int:
        return len(self._aliases)

    def match(self, text: str, country: str | None = None) -> list[NameMatch]:
        """Every list entry found in the text, best first; at most one entry per segment and list."""
        if not text or not text.strip():
            return []
        evidence_countries = {country} if country else set()
        evidence_countries |= _countries_in(text)
        best: dict[tuple[int, str], tuple[float, _Alias, str, list[str]]] = {}

        def offer(alias: _Alias, segment: str, score: float, why: list[str]) -> None:
            score, why = self._country_adjust(alias, score, why, evidence_countries)
            key = (alias.list_index, alias.entry.entry_id)
            if key not in best or score > best[key][0]:
                best[key] = (score, alias, segment, why)

        for position in self._han:
            alias = self._aliases[position]
            if alias.han and alias.han in "".join(han_runs(text)):
                offer(alias, alias.text, 100.0, [f'the Chinese name "{alias.han}" appears in the text'])
        for segment in _segments(text):
            bare = re.sub(r"[.\s&-]", "", segment)
            for position in self._acronyms.get(bare, ()):
                alias = self._aliases[position]
                if alias.entry.country and alias.entry.country in evidence_countries:
                    offer(alias, segment, ACRONYM_SCORE,
                          [f'acronym "{alias.text}" stands alone, supported by country {alias.entry.country}'])
            if has_han(segment) and not re.search(r"[A-Za-z]{3,}", segment):
                continue
            self._fuzzy(segment, offer)
        return self._results(best)

    def _fuzzy(self, segment: str, offer) -> None:
        norm = normalise(segment)
        if not norm:
            return
        seg_tokens = norm.split()
        candidates: set[int] = set()
        for token in set(seg_tokens):
            if token not in self._common:
                candidates.update(self._by_token.get(token, ()))
        if not candidates:
            # Nothing distinctive in common (a typo in the only rare word): fall back to the common tokens.
            for token in set(seg_tokens):
                candidates.update(self._by_token.get(token, ())[:2000])
        for position in candidates:
            alias = self._aliases[position]
            ratio = fuzz.ratio(norm, alias.norm)
            sort_ratio = fuzz.token_sort_ratio(norm, alias.norm)
            score = max(ratio, sort_ratio)
            why = [f'"{norm}" ~ "{alias.norm}": {"character" if ratio >= sort_ratio else "token-order"} similarity '
                   f"{score:.0f}"]
            aligned, missing, extra = _align(alias.tokens, seg_tokens)
            if aligned:
                why.append("aligned " + ", ".join(a if a == b else f"{a}≈{b}" for a, b in aligned))
            rare_missing = [t for t in missing if t not in self._common]
            if _is_suffix(alias.tokens, seg_tokens) and self._distinctive(alias):
                # "School of Astronautics Harbin Institute of Technology": the listed name ends the text.
                score = max(score, CONTAINED_SCORE)
                why = [f'the listed name "{alias.norm}" ends the text (before it: {" ".join(extra)})']
            elif rare_missing:
                # A distinctive word of the listed name is absent: "Army Medical University" is not
                # "Harbin Medical University", whatever the characters say.
                score = min(score, DISTINCTIVE_MISSING_CAP)
                why.append(f'distinctive word(s) of the listed name missing: {", ".join(rare_missing)} '
                           f"(capped at {DISTINCTIVE_MISSING_CAP:.0f})")
            elif extra:
                penalty = EXTRA_WORD_PENALTY * len(extra)
                score = max(0.0, score - penalty)
                why.append(f'words not in the listed name: {", ".join(extra)} (-{penalty:.0f})')
            offer(alias, segment, float(score), why)

    def _distinctive(self, alias: _Alias) -> bool:
        rare = [t for t in alias.tokens if t not in self._common]
        return len(alias.tokens) >= 2 and bool(rare) or (len(alias.tokens) == 1 and len(alias.norm) >= 6 and bool(rare))

    @staticmethod
    def _country_adjust(alias: _Alias, score: float, why: list[str], countries: set[str]):
        listed = alias.entry.country
        if not listed or not countries:
            return score, why
        if listed in countries:
            return min(100.0, score + COUNTRY_AGREES), [*why, f"country {listed} agrees (+{COUNTRY_AGREES:.0f})"]
        given = ", ".join(sorted(countries))
        return max(0.0, score + COUNTRY_DIFFERS), [*why, f"country {given} differs from listed {listed} ({COUNTRY_DIFFERS:.0f})"]

    def _results(self, best: dict) -> list[NameMatch]:
        results: list[NameMatch] = []
        taken: set[tuple[int, str]] = set()
        for (list_index, _), (score, alias, segment, why) in sorted(
            best.items(), key=lambda kv: (-kv[1][0], kv[1][1].entry.entry_id)
        ):
            org_list = self.lists[list_index]
            if score < org_list.possible:
                continue
            segment_key = (list_index, fold(segment))
            if segment_key in taken:
                continue  # one entry per segment and list: the best one
            taken.add(segment_key)
            band = "match" if score >= org_list.match else "possible"
            parent = org_list.entry(alias.entry.parent) if alias.entry.parent else None
            if parent is not None:
                why = [*why, f'part of listed parent "{parent.name}"']
            explanation = (
                f'{band} on {org_list.id} entry "{alias.entry.name}" via alias "{alias.text}", score {score:.0f} '
                f"(match ≥ {org_list.match:.0f}, possible ≥ {org_list.possible:.0f}): " + "; ".join(why)
            )
            results.append(
                NameMatch(org_list.id, alias.entry.entry_id, alias.entry.name, alias.text, segment,
                          round(score, 1), band, explanation, alias.entry)
            )
        return results
