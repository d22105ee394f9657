"""Normalise organisation names so that the forms researchers type compare equal to the forms lists print.

>>> normalise("Dept. of Computer Science, Natl. Univ. of Defense Technol.")
'department computer science national university defense technology'
>>> normalise("哈爾濱工業大學")
'哈尔滨工业大学'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc_purepy import OpenCC
from pypinyin import lazy_pinyin
from rigour.names import remove_org_types
from unidecode import unidecode

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
_T2S = OpenCC("t2s")

# Abbreviations and spelling variants seen in affiliation strings, folded to one form.
# (Lists print the long form; researchers type the short one.)
_WORDS = {
    "univ": "university", "uni": "university", "universidad": "university", "universite": "university",
    "universitat": "university", "universita": "university", "universiteit": "university",
    "inst": "institute", "instit": "institute", "institut": "institute", "instituto": "institute",
    "natl": "national", "nat": "national", "nat'l": "national",
    "technol": "technology", "tech": "technology", "techn": "technology", "technological": "technology",
    "sci": "science", "sciences": "science", "scientific": "science",
    "acad": "academy", "academies": "academy",
    "eng": "engineering", "engn": "engineering", "engr": "engineering",
    "polytech": "polytechnical", "polytechnic": "polytechnical",
    "lab": "laboratory", "labs": "laboratory", "laboratories": "laboratory", "lab.": "laboratory",
    "dept": "department", "dep": "department",
    "coll": "college", "ctr": "center", "cntr": "center", "centre": "center", "centres": "center",
    "res": "research", "aeronaut": "aeronautics", "astronaut": "astronautics",
    "defence": "defense", "organisation": "organization", "organisations": "organization",
    "programme": "program", "programmes": "program", "aluminium": "aluminum",
    "corp": "corporation", "co": "company", "grp": "group", "intl": "international", "int'l": "international",
    "elec": "electronic", "electronics": "electronic", "mil": "military", "med": "medical",
    "chem": "chemical", "phys": "physics", "math": "mathematics", "hosp": "hospital",
    "def": "defense", "telecommun": "telecommunications", "telecom": "telecommunications", "commun": "communications",
    "aeronaut.": "aeronautics", "astronaut.": "astronautics", "technologies": "technology", "industries": "industry",
    "mech": "mechanics", "electr": "electrical", "inf": "information", "info": "information", "comput": "computing",
    "mat": "materials", "mater": "materials", "optic": "optics", "fed": "federal", "st.": "saint",
    "&": "and", "st": "saint",
}
STOP_WORDS = frozenset({"the", "of", "and", "for", "in", "at", "on", "de", "la", "du", "des", "der", "und"})


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Unicode-normalised, case-folded text; Chinese script in simplified form, other scripts in Latin letters."""
    text = unicodedata.normalize("NFKC", text)
    if _HAN_RUN.search(text):
        text = _T2S.convert(text)
    # unidecode would turn Han characters into pinyin syllables; keep them as they are.
    pieces = []
    last = 0
    for run in _HAN_RUN.finditer(text):
        pieces.append(unidecode(text[last : run.start()]))
        pieces.append(f" {run.group()} ")
        last = run.end()
    pieces.append(unidecode(text[last:]))
    return "".join(pieces).casefold()


@lru_cache(maxsize=100_000)
def tokens(text: str) -> tuple[str, ...]:
    """Comparable tokens: abbreviations expanded, legal forms and stop words dropped."""
    folded = fold(text)
    folded = re.sub(r"(?<=\w)['’](?=s\b)", "", folded)  # Xi'an keeps its letters; "Harbin's" -> "harbins"
    folded = re.sub(r"(?<=[a-z])'(?=[a-z])", "", folded)
    raw = re.findall(f"[{_HAN}]+|[a-z0-9]+", folded)
    out = []
    for token in raw:
        token = _WORDS.get(token, token)
        if token not in STOP_WORDS:
            out.append(token)
    return tuple(out)


@lru_cache(maxsize=100_000)
def normalise(text: str) -> str:
    """One comparable string for a name (see the module examples)."""
    stripped = remove_org_types(fold(text)) or fold(text)
    return " ".join(tokens(stripped))


def has_han(text: str) -> bool:
    return bool(_HAN_RUN.search(text))


def han_runs(text: str) -> list[str]:
    """The runs of Chinese characters in a text, in simplified form."""
    return _HAN_RUN.findall(fold(text))


def is_acronym(alias: str) -> bool:
    """An alias printed as an acronym: ``HIT``, ``BUAA``, ``AMMS``, ``NPU`` (not ``Beihang``)."""
    bare = re.sub(r"[.\s&-]", "", alias)
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalnum() and " " not in alias.strip()


# --- match keys: what the matcher compares (a step further than ``normalise``, never shown to a user) ---------------

# Spelling and word-form variants that name the same thing in an organisation's name. Keys are compared, not shown,
# so they may be ugly: "Beijing University of Post and Telecommunication" meets the listed "Posts and
# Telecommunications", and "Bauman Moscow State Tech Univ" meets "Technical University".
_KEY_WORDS = {"technical": "technology", "technological": "technology", "tech": "technology",
              "polytechnic": "polytechnical", "institution": "institute", "centers": "center",
              "institutet": "institute", "electron": "electronic"}
_BRITISH = re.compile(r"(?<=[a-z]{3})is(ation|e|ed|ing)$")  # organisation -> organization, specialised -> -ized


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The match keys of one word as typed: folded, abbreviation expanded, plural and British spelling folded;
    empty for stop words and legal forms (rigour's list: ``Ltd``, ``JSC``, ``GmbH``...).

    >>> word_keys("Univ."), word_keys("Telecommunications"), word_keys("Ltd"), word_keys("of")
    (('university',), ('telecommunication',), (), ())
    """
    out = []
    for token in tokens(word):
        if not remove_org_types(token).strip() or token in _LEGAL_WORDS:
            continue
        if not has_han(token):
            token = _KEY_WORDS.get(token, token)
            token = _BRITISH.sub(r"iz\1", token)
            if len(token) > 4 and token.endswith("ies"):
                token = token[:-3] + "y"
            elif len(token) > 4 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ics")):
                token = token[:-1]
        out.append(token)
    return tuple(out)


# Words that only say what kind of body it is: dropped from keys so "Huawei Technologies Co., Ltd." meets
# "Huawei Technologies" (rigour removes the formal legal forms; these are the everyday ones it keeps).
_LEGAL_WORDS = frozenset({"company", "corporation", "corp", "incorporated", "holdings", "holding"})


def pinyin_forms(han: str) -> tuple[str, str]:
    """The pinyin of a Chinese name, syllables spaced and run together: researchers type both.

    >>> pinyin_forms("哈尔滨工业大学")
    ('ha er bin gong ye da xue', 'haerbingongyedaxue')
    """
    syllables = [s for s in lazy_pinyin(fold(han)) if s.strip()]
    return " ".join(syllables), "".join(syllables)
