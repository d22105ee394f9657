"""Read: spreadsheets (xlsx, csv) -> typed records that keep their Location."""

from collabscreen.inputs.reader import load_column_map, read_inputs
from collabscreen.inputs.records import Country, Funding, InputBundle, Note, Partner, Person, Project, Rejected
from collabscreen.inputs.tables import Limits

__all__ = [
    "Country",
    "Funding",
    "InputBundle",
    "Limits",
    "Note",
    "Partner",
    "Person",
    "Project",
    "Rejected",
    "load_column_map",
    "read_inputs",
]
