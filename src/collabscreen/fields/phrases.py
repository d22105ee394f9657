"""Find many pack phrases in a text at once, by word stems, with pyahocorasick's Aho–Corasick automaton.

Each phrase is stored as its sequence of stems (see ``collabscreen.fields.text``), so "solid-state battery" finds
"solid state batteries" and "quantum computer" finds "quantum computers". Matches are whole words only: a phrase
never starts or ends inside a word. One further guard keeps a shared root from passing for the same word: a text
word may be at most ``MAX_EXTRA_LETTERS`` letters longer than the phrase's word ("robot" finds "robotics", but
"qubit" does not find "qubitization", nor "organ" "organization"), and at most ``MAX_MISSING_LETTERS`` shorter
("robotics" finds "robot", but "stellarator", whose stem is "stellar", does not find "stellar").

>>> index = PhraseIndex([("quantum computer", "q")])
>>> [(m.value, m.text) for m in index.find("Two quantum computers")]
[('q', 'quantum computers')]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import ahocorasick

from collabscreen.fields.text import Token, acronym_plurals, prepare, tokens

MAX_EXTRA_LETTERS = 4
MAX_MISSING_LETTERS = 3


@dataclass(frozen=True)
class PhraseMatch:
    """One phrase found in a text: what it was registered with, the words it covers and the text it matched."""

    value: Hashable
    phrase: str  # the phrase as the pack spells it
    first: int  # index of the first token covered
    last: int  # index of the last token covered (inclusive)
    start: int  # character span in the prepared text
    end: int
    text: str  # the prepared text it matched, e.g. "solid state batteries"


@dataclass(frozen=True)
class PreparedText:
    """A text prepared once and searched by any number of indexes."""

    text: str
    tokens: tuple[Token, ...]
    _key: str
    _token_at: dict[int, int]

    @classmethod
    def of(cls, raw: str) -> PreparedText:
        text = prepare(raw)
        toks = tuple(tokens(text, prepared=True, plurals=acronym_plurals(raw)))
        key, token_at, pos = [" "], {}, 1
        for i, tok in enumerate(toks):
            token_at[pos] = i
            key.append(tok.stem + " ")
            pos += len(tok.stem) + 1
        return cls(text, toks, "".join(key), token_at)


class PhraseIndex:
    """Phrases registered with a value each (several phrases may share a stem sequence and each keeps its value)."""

    def __init__(self, phrases: Iterable[tuple[str, Hashable]]):
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[Hashable, str, tuple[str, ...]]]] = {}
        for phrase, value in phrases:
            toks = tokens(phrase)
            if not toks:
                continue
            key = " " + " ".join(t.stem for t in toks) + " "
            entries.setdefault(key, []).append((value, phrase, tuple(t.word for t in toks)))
        for key, values in entries.items():
            self._automaton.add_word(key, (len(key), tuple(values)))
        self.empty = not entries
        if not self.empty:
            self._automaton.make_automaton()

    def find(self, text: str | PreparedText) -> list[PhraseMatch]:
        """Every registered phrase in ``text``, overlapping ones included, in text order."""
        prepared = text if isinstance(text, PreparedText) else PreparedText.of(text)
        if self.empty or not prepared.tokens:
            return []
        found = []
        for end, (length, values) in self._automaton.iter(prepared._key):
            first = prepared._token_at[end - length + 2]
            n_words = len(values[0][2])
            last = first + n_words - 1
            covered = prepared.tokens[first : last + 1]
            start, stop = covered[0].start, covered[-1].end
            for value, phrase, words in values:
                if all(len(word) - MAX_MISSING_LETTERS <= len(tok.word) <= len(word) + MAX_EXTRA_LETTERS
                       for tok, word in zip(covered, words)):
                    found.append(PhraseMatch(value, phrase, first, last, start, stop, prepared.text[start:stop]))
        found.sort(key=lambda m: (m.start, -m.end))
        return found
