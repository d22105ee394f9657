"""Country evidence: the countries a user gave (a code or a name, as typed) and the ones an affiliation string names.

Names and codes are resolved by rigour's territory database, which also knows capitals and large cities
("Taipei" is TW, "Beijing" is CN), so "Soochow University, Taipei" carries its own evidence.

>>> sorted(countries_in("I.R. Iran; Canada"))
['CA', 'IR']
>>> sorted(countries_in("Northeastern University, Boston, MA 02115, USA", given=False))
['US']
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.territories import lookup_territory

_PARTS = re.compile(r"[,;()\[\]/|\n&]+|\s[-–—]\s|\band\b")
_NOT_LETTERS = re.compile(r"[\d#№]+")
# "I.R. Iran", "Russian Fed.", "S. Korea": a short qualifier in front of, or an abbreviation after, a country name.
_QUALIFIER = re.compile(r"^(?:[A-Z]\.\s*)+|\bFed\.?$", re.IGNORECASE)


@lru_cache(maxsize=20_000)
def country_code(words: str) -> str | None:
    """The ISO 3166-1 alpha-2 code (upper case) of a country name, code or city, or None."""
    words = words.strip(" .")
    if not words or len(words) > 40:
        return None
    for attempt in (words, _QUALIFIER.sub("", words).strip(" ."), _QUALIFIER.sub("", words).strip(" .") + "n"):
        if not attempt:
            continue
        territory = lookup_territory(attempt)
        if territory is not None and territory.code:
            return territory.code.split("-")[0].upper()
    return None


@lru_cache(maxsize=50_000)
def countries_in(text: str, given: bool = True) -> frozenset[str]:
    """Every country named by a part of the text. In a country field (``given``) every part counts ("UK, PRC");
    inside an affiliation string a two-letter part counts only at the end, where a country code goes: inside an
    address "MA" is Massachusetts, not Morocco."""
    parts = [p.strip() for p in _PARTS.split(text or "")]
    parts = [p for p in parts if p]
    found = set()
    for position, part in enumerate(parts):
        words = _NOT_LETTERS.sub(" ", part).strip(" .")
        if len(words.replace(".", "").replace(" ", "")) <= 2 and not given and position != len(parts) - 1:
            continue
        code = country_code(words)
        if code:
            found.add(code)
    return frozenset(found)
