"""Cell values as research offices export them -> clean Python values.

>>> ident(1001.0), ident(" 00123 "), ident("1001.0")
('1001', '00123', '1001')
>>> split_list("quantum; sensing;; ")
('quantum', 'sensing')
>>> text("Tsinghua\u00a0University \x1b[31m")
'Tsinghua University [31m'
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


# Control characters (a terminal escape, a NUL) and bidirectional overrides (which make text display in an
# order other than the one it is matched in) are removed: they are never part of a name, and openpyxl cannot
# write control characters to the summary workbook. Tabs and line breaks are kept.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text(value: object) -> str:
    """Trimmed text; non-breaking and other odd spaces become plain spaces; integral floats lose their '.0';
    control characters and bidirectional overrides are removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    out = unicodedata.normalize("NFC", str(value))
    out = _INVISIBLE.sub("", out).replace("\r\n", "\n").replace("\r", "\n")
    out = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]", " ", out)
    out = re.sub(r"[ \t]+", " ", out)
    return out.strip()


def ident(value: object) -> str:
    """An identifier: numbers read as floats (``1001.0``) come back as ``1001``; leading zeros in text are kept;
    line breaks inside become spaces."""
    out = re.sub(r"\s+", " ", text(value))
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


_SERIAL_RANGE = (20_000, 80_000)  # Excel serials from 1954 to 2119: outside that a number is not a date
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))


def date(value: object) -> dt.date | None:
    """A date from an Excel date, an Excel serial number (also as text) or text in common formats (day first,
    as in the UK). Text that lacks a day, a month or a year is not a date.

    >>> {date("01/10/2026"), date("2026-10-01"), date("1 Oct 2026"), date(46296), date("46296.0"), date("20261001")}
    {datetime.date(2026, 10, 1)}
    """
    if value is None or text(value) == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    if isinstance(value, bool):
        raise ValueProblem(f'"{raw}" is not a date')
    if isinstance(value, (int, float)) or re.fullmatch(r"\d{5}(\.0+)?", raw):
        number = float(value) if isinstance(value, (int, float)) else float(raw)
        if _SERIAL_RANGE[0] < number < _SERIAL_RANGE[1]:  # an Excel serial: days since 1899-12-30
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(number))
        raise ValueProblem(f'"{raw}" is not a date')
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", raw):
            return dt.date.fromisoformat(raw[:10])
        if re.fullmatch(r"(19|20)\d{6}", raw):  # 20261001, as some systems export
            return dt.datetime.strptime(raw, "%Y%m%d").date()
        # Parsing twice with different defaults shows whether the text gave a day, a month and a year:
        # dateutil silently fills in whatever is missing.
        first, second = (dateparser.parse(raw, dayfirst=True, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        raise ValueProblem(f'"{raw}" is not a date') from None
    if first != second:
        raise ValueProblem(f'"{raw}" is not a full date (day, month and year)')
    return first.date()


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
