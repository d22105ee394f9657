"""Read: spreadsheets (xlsx, csv) -> typed records that keep their Location."""

from collabscreen.inputs.reader import load_column_map, read_inputs
from collabscreen.inputs.records import Country, Funding, InputBundle, Partner, Person, Project, Rejected

__all__ = [
    "Country",
    "Funding",
    "InputBundle",
    "Partner",
    "Person",
    "Project",
    "Rejected",
    "load_column_map",
    "read_inputs",
]
