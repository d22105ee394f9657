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


def tokens(text: str, prepared: bool = False) -> list[Token]:
    """The words of ``text`` (prepared first unless ``prepared``), each with its stem and character span."""
    text = text if prepared else prepare(text)
    return [Token(stem(m.group()), american(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
