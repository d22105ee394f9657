"""Turn a title, abstract or pack term into comparable word forms: folded, British spellings made American, stemmed.

Both sides go through the same steps, so a pack term matches the text whatever the spelling or word form:

* folding (``collabscreen.names.normalise.fold``): case, accents, full-width forms;
* hyphens, slashes and underscores separate words ("remote-sensing" reads as "remote sensing");
* a possessive ``'s`` is dropped ("Poisson's ratio" reads as "Poisson ratio");
* British spellings become American ones through ``breame``'s list of ~1,700 word pairs (``modelling`` ->
  ``modeling``, ``defence`` -> ``defense``, ``fibre`` -> ``fiber``), plus the regular ``-isation`` -> ``-ization``;
* each word is reduced to its Snowball English stem (``snowballstemmer``): ``batteries`` and ``battery`` become
  ``batteri``, ``robot``, ``robots``, ``robotic`` and ``robotics`` become ``robot``.

>>> [t.stem for t in tokens("Optimising lithium-ion batteries")]
['optim', 'lithium', 'ion', 'batteri']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

from collabscreen.names.normalise import fold

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—/_]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# A word: letters and digits, with inner dots or apostrophes kept out (they split words).
_WORD = re.compile(r"[^\W_]+")
_STEMMER = snowballstemmer.stemmer("english")


def prepare(text: str) -> str:
    """Case-folded text with hyphens, slashes and possessives as spaces: what snippets and reported terms show."""
    return _SEPARATORS.sub(" ", _POSSESSIVE.sub(" ", fold(text or "")))


@lru_cache(maxsize=65536)
def american(word: str) -> str:
    """The American spelling of a (folded) word, or the word itself."""
    spelled = BRITISH_ENGLISH_SPELLINGS.get(word)
    if spelled:
        return spelled
    if word.endswith(("isation", "isations")):
        return word.replace("isation", "ization")
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a folded word, after its spelling is made American."""
    return _STEMMER.stemWord(american(word))


@dataclass(frozen=True)
class Token:
    """One word of a prepared text: its stem, its spelling-normalised form and where it sits."""

    stem: str
    word: str
    start: int
    end: int


# An acronym's plural, written with a lower-case "s" ("BMIs", "UAVs", "LLMs"): Snowball keeps the "s" after a vowel,
# so without this "BMIs" would not read as "BMI". Found in the raw text, where case still tells an acronym apart.
_ACRONYM_PLURAL = re.compile(r"\b([A-Z][A-Z0-9]*[A-Z])s\b")


def acronym_plurals(raw: str) -> frozenset[str]:
    """The folded plural acronyms of a raw text: ``"Two UAVs"`` -> ``{"uavs"}``."""
    return frozenset(fold(m.group(1)) + "s" for m in _ACRONYM_PLURAL.finditer(raw or ""))


def tokens(text: str, prepared: bool = False, plurals: frozenset[str] | None = None) -> list[Token]:
    """The words of ``text`` (prepared first unless ``prepared``), each with its stem and character span.

    ``plurals`` are words read as the acronym before their "s" (``acronym_plurals`` of the raw text); when ``text``
    is raw they are found in it, so pass them for an already prepared text."""
    if plurals is None:
        plurals = frozenset() if prepared else acronym_plurals(text)
    text = text if prepared else prepare(text)
    found = []
    for m in _WORD.finditer(text):
        word = m.group()[:-1] if m.group() in plurals else m.group()
        found.append(Token(stem(word), american(word), m.start(), m.end()))
    return found
