"""Cell values as research offices export them -> clean Python values.

>>> ident(1001.0), ident(" 00123 "), ident("1001.0")
('1001', '00123', '1001')
>>> split_list("quantum; sensing;; ")
('quantum', 'sensing')
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from dateutil import parser as dateparser
from rigour.territories import lookup_territory

from collabscreen.inputs.records import Country


class ValueProblem(ValueError):
    """A cell that holds something, but not something usable for its column."""


def text(value: object) -> str:
    """Trimmed text; non-breaking and other odd spaces become plain spaces; integral floats lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    out = unicodedata.normalize("NFC", str(value))
    out = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]", " ", out)
    out = re.sub(r"[ \t]+", " ", out)
    return out.strip()


def ident(value: object) -> str:
    """An identifier: numbers read as floats (``1001.0``) come back as ``1001``; leading zeros in text are kept."""
    out = text(value)
    if re.fullmatch(r"\d+\.0+", out):
        out = out.split(".")[0]
    return out


def split_list(value: object, separators: str = ";") -> tuple[str, ...]:
    """A ``;``-separated cell as a tuple of its non-empty parts."""
    raw = text(value)
    if not raw:
        return ()
    parts = re.split(f"[{re.escape(separators)}\n]", raw)
    return tuple(p.strip() for p in parts if p.strip())


def keywords(value: object) -> tuple[str, ...]:
    """Keywords separated by ``;``, or by commas when there is no ``;``."""
    raw = text(value)
    return split_list(raw, ";" if ";" in raw else ",")


def date(value: object) -> dt.date | None:
    """A date from an Excel date, an Excel serial number or text in common formats (day first, as in the UK)."""
    if value is None or text(value) == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20_000 < value < 80_000:  # an Excel serial: days since 1899-12-30
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
        raise ValueProblem(f'"{text(value)}" is not a date')
    raw = text(value)
    try:
        iso = dt.date.fromisoformat(raw[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", raw) else None
        return iso or dateparser.parse(raw, dayfirst=True).date()
    except (ValueError, OverflowError):
        raise ValueProblem(f'"{raw}" is not a date') from None


def amount(value: object) -> float | None:
    """A money amount from a number or text such as ``£1,200,000`` or ``1 200 000,00``."""
    if value is None or text(value) == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raw = re.sub(r"[^\d,.\-]", "", text(value))
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", raw):  # 1.200.000,50
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        raise ValueProblem(f'"{text(value)}" is not an amount') from None


def country(value: object) -> Country | None:
    """A country name, demonym or code as typed, with its ISO 3166 alpha-2 code when recognisable."""
    raw = text(value)
    if not raw:
        return None
    territory = lookup_territory(raw) or lookup_territory(_DEMONYMS.get(raw.casefold(), ""))
    code = territory.code.upper() if territory is not None and territory.code else None
    if code and len(code) != 2:
        code = code.split("-")[0] if len(code.split("-")[0]) == 2 else None
    return Country(raw, code)


# Nationality columns hold demonyms, which rigour's territory names do not cover.
_DEMONYMS = {
    "chinese": "China", "british": "United Kingdom", "english": "United Kingdom", "scottish": "United Kingdom",
    "welsh": "United Kingdom", "canadian": "Canada", "american": "United States", "iranian": "Iran",
    "russian": "Russia", "german": "Germany", "french": "France", "indian": "India", "japanese": "Japan",
    "korean": "South Korea", "south korean": "South Korea", "north korean": "North Korea", "italian": "Italy",
    "spanish": "Spain", "dutch": "Netherlands", "swiss": "Switzerland", "swedish": "Sweden",
    "australian": "Australia", "new zealander": "New Zealand", "irish": "Ireland", "polish": "Poland",
    "brazilian": "Brazil", "mexican": "Mexico", "pakistani": "Pakistan", "nigerian": "Nigeria",
    "egyptian": "Egypt", "turkish": "Turkey", "ukrainian": "Ukraine", "belarusian": "Belarus",
    "singaporean": "Singapore", "malaysian": "Malaysia", "vietnamese": "Vietnam", "thai": "Thailand",
    "indonesian": "Indonesia", "greek": "Greece", "portuguese": "Portugal", "norwegian": "Norway",
    "danish": "Denmark", "finnish": "Finland", "austrian": "Austria", "belgian": "Belgium", "czech": "Czechia",
    "hungarian": "Hungary", "romanian": "Romania", "israeli": "Israel", "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates", "kenyan": "Kenya", "ghanaian": "Ghana", "south african": "South Africa",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepali": "Nepal", "taiwanese": "Taiwan",
    "hong konger": "Hong Kong", "syrian": "Syria", "iraqi": "Iraq", "afghan": "Afghanistan",
    "venezuelan": "Venezuela", "cuban": "Cuba", "argentinian": "Argentina", "argentine": "Argentina",
    "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru", "filipino": "Philippines",
}
