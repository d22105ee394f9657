"""Field codes: read a project's codes and an area's codes in the same shape, scheme and value, and compare them.

Codes may carry their scheme (``FOR:4602``, ``CAH3:CAH11-01-01``, ``HECoS:100366``, ``CRDC:20201``, ``FOS:1.2``) or
not. Scheme names are read loosely (``ANZSRC``, ``FoR``, ``FOR2020`` are all ``FOR``; ``CAH``/``CAH3`` are ``CAH``;
``OECD``/``FORD`` are ``FOS``). A bare code's scheme is guessed from its shape where that is unambiguous
(``CAH10-01-04`` is CAH; ``RDF20401`` is CRDC; a six-digit code starting ``100``/``101`` is HECoS; ``2.2`` is
OECD FOS), and a title written after the code is ignored (``460203 Computer vision``). A project code
matches an area code when the schemes agree (or either is unknown) and the project code equals the area code or
starts with it (``FOR:460203`` is inside ``FOR:4602``).

>>> code_matches(FieldCode.parse("460203"), FieldCode.parse("FOR:4602"))
True
>>> code_matches(FieldCode.parse("CAH:CAH11-01"), FieldCode.parse("FOR:11"))
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEMES = {
    "FOR": "FOR", "ANZSRC": "FOR", "ANZSRCFOR": "FOR", "FOR2020": "FOR", "ANZSRCFOR2020": "FOR",
    "CAH": "CAH", "CAH3": "CAH", "CAH2": "CAH", "CAH1": "CAH",
    "HECOS": "HECOS",
    "CRDC": "CRDC", "CRDCFOR": "CRDC", "CRDC2020": "CRDC",
    "FOS": "FOS", "OECD": "FOS", "OECDFOS": "FOS", "FORD": "FOS", "OECDFORD": "FOS",
}


_CODE = re.compile(r"(CAH\d{2}(-\d{2}){0,2}|RDF\d+|\d+(\.\d+)*)(?![\w.-])")


def _guess(value: str) -> str:
    if re.fullmatch(r"CAH\d{2}(-\d{2}){0,2}", value):
        return "CAH"
    if re.fullmatch(r"RDF\d+", value):
        return "CRDC"
    if re.fullmatch(r"10[01]\d{3}", value):
        return "HECOS"
    if re.fullmatch(r"\d\.\d{1,2}(\.\d+)?", value):
        return "FOS"
    return ""


@dataclass(frozen=True)
class FieldCode:
    scheme: str  # "" when neither given nor guessable
    value: str

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}" if self.scheme else self.value

    @classmethod
    def parse(cls, code: str) -> FieldCode:
        """``SCHEME:CODE`` or ``CODE``, with any title after the code ignored (``460203 Computer vision``,
        ``FoR 2020: 4602 - Artificial intelligence``)."""
        code = code.strip().upper()
        scheme = ""
        if ":" in code:
            scheme, code = code.split(":", 1)
            scheme = re.sub(r"[^A-Z0-9]", "", scheme)
            scheme = SCHEMES.get(scheme, scheme)
        found = _CODE.match(code.strip())
        value = found.group(0) if found else code.replace(" ", "")
        return cls(scheme or _guess(value), value)


def code_matches(project: FieldCode, area: FieldCode) -> bool:
    if project.scheme and area.scheme and project.scheme != area.scheme:
        return False
    if not project.value.startswith(area.value):
        return False
    # "FOS:1.2" must not take in "FOS:1.21" (another field), but "FOR:4602" takes in "FOR:460203".
    rest = project.value[len(area.value):]
    return not rest or area.scheme != "FOS" or rest.startswith(".")
