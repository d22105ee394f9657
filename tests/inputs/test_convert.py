"""Cell values as research offices export them -> clean Python values."""

import datetime as dt

import pytest

from collabscreen.inputs import convert
from collabscreen.inputs.records import Country


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (26001.0, "26001"),
        (26001, "26001"),
        ("26001.0", "26001"),
        ("26001.00", "26001"),
        (" 00123 ", "00123"),
        ("00123", "00123"),
        ("UKRI-2026/0042", "UKRI-2026/0042"),
        ("26001.5", "26001.5"),
        (None, ""),
        ("\u00a0AB\u200b12\u3000", "AB 12"),
    ],
)
def test_ident(value, expected):
    assert convert.ident(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Harbin   Institute\tof Technology ", "Harbin Institute of Technology"),
        ("Imperial\u00a0College", "Imperial College"),
        (dt.datetime(2026, 10, 1), "2026-10-01"),
        (dt.datetime(2026, 10, 1, 9, 30), "2026-10-01T09:30:00"),
        (3.5, "3.5"),
        (None, ""),
    ],
)
def test_text(value, expected):
    assert convert.text(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("quantum; sensing;; ", ("quantum", "sensing")),
        ("", ()),
        (None, ()),
        ("one\ntwo", ("one", "two")),
    ],
)
def test_split_list(value, expected):
    assert convert.split_list(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("qubits; cryogenics", ("qubits", "cryogenics")),
        ("qubits, cryogenics", ("qubits", "cryogenics")),
        ("error correction, surface codes; qubits", ("error correction, surface codes", "qubits")),
    ],
)
def test_keywords_split_on_semicolons_else_commas(value, expected):
    assert convert.keywords(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("01/10/2026", dt.date(2026, 10, 1)),  # UK day first: 1 October, not 10 January
        ("13/02/2027", dt.date(2027, 2, 13)),
        ("1 October 2026", dt.date(2026, 10, 1)),
        ("2026-10-01", dt.date(2026, 10, 1)),
        (dt.datetime(2026, 10, 1, 0, 0), dt.date(2026, 10, 1)),
        (dt.date(2026, 10, 1), dt.date(2026, 10, 1)),
        (46296, dt.date(2026, 10, 1)),  # an Excel serial number
        (None, None),
        ("", None),
    ],
)
def test_date(value, expected):
    assert convert.date(value) == expected


@pytest.mark.parametrize(("value", "message"), [("next spring", '"next spring" is not a date'),
                                                (12, '"12" is not a date')])
def test_date_problem(value, message):
    with pytest.raises(convert.ValueProblem) as caught:
        convert.date(value)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("£1,200,000", 1_200_000.0),
        ("1.200.000,50", 1_200_000.5),
        ("1 200 000", 1_200_000.0),
        (412000, 412_000.0),
        ("CAD 15,000.75", 15_000.75),
        ("", None),
        (None, None),
    ],
)
def test_amount(value, expected):
    assert convert.amount(value) == expected


def test_amount_problem():
    with pytest.raises(convert.ValueProblem) as caught:
        convert.amount("about a million")
    assert str(caught.value) == '"about a million" is not an amount'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("China", Country("China", "CN")),
        ("CN", Country("CN", "CN")),
        ("People's Republic of China", Country("People's Republic of China", "CN")),
        ("UK", Country("UK", "GB")),
        ("United Kingdom", Country("United Kingdom", "GB")),
        ("Chinese", Country("Chinese", "CN")),
        ("British", Country("British", "GB")),
        ("Islamic Republic of Iran", Country("Islamic Republic of Iran", "IR")),
        ("USA", Country("USA", "US")),
        ("Untied Kingdom", Country("Untied Kingdom", None)),
        ("", None),
        (None, None),
    ],
)
def test_country(value, expected):
    assert convert.country(value) == expected
