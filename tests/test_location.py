"""Location: the one place that formats where a value came from (STYLE.md, "Our habits")."""

import pytest

from collabscreen.errors import InputError, PolicyError, Problems, raise_all
from collabscreen.location import Location, column_letter


@pytest.mark.parametrize(
    ("location", "text"),
    [
        (Location("partners.xlsx"), "partners.xlsx"),
        (Location("partners.xlsx", "Partners"), 'partners.xlsx › sheet "Partners"'),
        (Location("partners.xlsx", "Partners", 14), 'partners.xlsx › sheet "Partners" › row 14'),
        (Location("partners.xlsx", "Partners", 14, "D"), 'partners.xlsx › sheet "Partners" › row 14, column D'),
        (Location("partners.xlsx", "Partners", 14, "D", "Country"),
         'partners.xlsx › sheet "Partners" › row 14, column D ("Country")'),
        (Location("partners.csv", None, 3, "B", "Partner"), 'partners.csv › row 3, column B ("Partner")'),
        (Location("nro.csv", None, None, None, "country"), 'nro.csv › column "country"'),
        (Location("nro.csv", None, 7, None, "entry_id"), 'nro.csv › row 7, column "entry_id"'),
    ],
)
def test_location_text(location, text):
    assert str(location) == text


def test_at_narrows_to_a_cell_and_keeps_file_and_sheet():
    sheet = Location("round.xlsx", "People")
    assert sheet.at(row=5) == Location("round.xlsx", "People", 5)
    assert sheet.at(row=5).at(column="C", header="Role") == Location("round.xlsx", "People", 5, "C", "Role")


@pytest.mark.parametrize(("index", "letter"), [(1, "A"), (4, "D"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letter(index, letter):
    assert column_letter(index) == letter


def test_error_text_is_location_message_and_hint():
    error = InputError('"Untied Kingdom" is not a recognised country.',
                       Location("partners.xlsx", "Partners", 14, "D", "Country"),
                       'Use an ISO 3166 name or code, e.g. "GB".')
    assert str(error) == ('partners.xlsx › sheet "Partners" › row 14, column D ("Country"): "Untied Kingdom" is not '
                          'a recognised country. Use an ISO 3166 name or code, e.g. "GB".')


def test_raise_all_raises_every_problem_together():
    problems = [InputError("one.", Location("a.xlsx")), PolicyError("two.", Location("policy.toml"))]
    with pytest.raises(Problems) as caught:
        raise_all(problems)
    assert str(caught.value) == "a.xlsx: one.\npolicy.toml: two."
    assert caught.value.problems == problems


def test_raise_all_with_one_problem_raises_it_as_is_and_with_none_does_nothing():
    problem = InputError("only.", Location("a.xlsx"))
    with pytest.raises(InputError) as caught:
        raise_all([problem])
    assert caught.value is problem
    assert raise_all([]) is None
