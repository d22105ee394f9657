"""Sheet kinds, their fields and the header synonyms research offices use for them.

Headers are compared after case-folding and removing everything but letters and digits, so
``Proposal No.``, ``proposal_no`` and ``PROPOSAL NO`` are the same header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def header_key(text: object) -> str:
    """Comparable form of a header or sheet name: ``'Proposal No.'`` -> ``'proposalno'``."""
    return re.sub(r"[^0-9a-z]+", "", str(text or "").casefold())


@dataclass(frozen=True)
class Kind:
    name: str
    sheet_names: tuple[str, ...]
    required: tuple[str, ...]
    synonyms: dict[str, tuple[str, ...]]  # field -> comparable header keys, the field name first
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)  # headers as users write them

    def field_for(self, header: object) -> str | None:
        key = header_key(header)
        for name, words in self.synonyms.items():
            if key in words:
                return name
        return None


def _syn(**fields: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {name: tuple(header_key(w) for w in (name, *words)) for name, words in fields.items()}


def _kind(kind: str, sheet_names: tuple[str, ...], required: tuple[str, ...], /, **fields: tuple[str, ...]) -> Kind:
    return Kind(kind, sheet_names, required, _syn(**fields), dict(fields))


_PROJECT_ID = ("Project ID", "Project", "Project No", "Project Number", "Project Ref", "Project Reference",
               "Proposal", "Proposal ID", "Proposal No", "Proposal Number", "Proposal Ref", "Ref", "Reference",
               "Application ID", "Application Ref", "Application No", "Award ID", "Grant Ref", "Grant ID")
_CURRENCY = ("Currency", "Ccy", "Currency Code")
_COUNTRY = ("Country", "Country/Region", "Country Code", "Location")

PROJECTS = _kind(
    "projects",
    ("projects", "project", "proposals", "proposal", "applications", "grants", "awards"),
    ("project_id", "title"),
    project_id=_PROJECT_ID,
    title=("Title", "Project Title", "Proposal Title", "Project Name", "Name of Project"),
    abstract=("Abstract", "Summary", "Project Summary", "Description", "Project Description",
              "Scientific Abstract", "Research Summary"),
    keywords=("Keywords", "Key Words", "Tags"),
    field_codes=("Field Codes", "Field Code", "Subject Codes", "Subject Code", "Research Codes", "FoR",
                 "FoR Codes", "HECoS", "HECoS Codes", "CAH3", "CAH Codes", "CRDC", "CRDC Codes",
                 "Discipline Codes", "Classification Codes"),
    pi=("PI", "Principal Investigator", "Lead Applicant", "Lead Investigator", "Applicant", "PI Name"),
    department=("Department", "Dept", "School", "School/Department", "Faculty", "Unit", "Division"),
    start_date=("Start Date", "Start", "Proposed Start", "Begin Date"),
    end_date=("End Date", "End", "Proposed End", "Finish Date"),
    funder=("Funder", "Sponsor", "Funding Body", "Funding Agency", "Agency"),
    amount=("Amount", "Value", "Total", "Total Requested", "Amount Requested", "Award Amount", "Budget",
            "Total Value", "Total Cost"),
    currency=_CURRENCY,
)

PARTNERS = _kind(
    "partners",
    ("partners", "partner", "collaborators", "collaborations", "partner organisations", "partner organizations"),
    ("project_id", "partner_name"),
    project_id=_PROJECT_ID,
    partner_name=("Partner", "Partner Name", "Partner Organisation", "Partner Organization", "Collaborator",
                  "Collaborating Organisation", "Collaborating Organization", "Organisation", "Organization",
                  "Institution", "Affiliation", "Partner Institution"),
    country=(*_COUNTRY, "Partner Country"),
    partner_type=("Partner Type", "Type", "Organisation Type", "Organization Type", "Sector"),
    role=("Role", "Partner Role"),
    contribution=("Contribution", "In-kind Contribution", "In Kind Contribution", "Cash Contribution",
                  "Partner Contribution"),
    currency=_CURRENCY,
)

FUNDING = _kind(
    "funding",
    ("funding", "funders", "funder", "sponsors", "funding sources"),
    ("project_id", "funder"),
    project_id=_PROJECT_ID,
    funder=("Funder", "Funder Name", "Sponsor", "Sponsor Name", "Funding Body", "Funding Source", "Agency"),
    funder_country=("Funder Country", "Sponsor Country", *_COUNTRY),
    funder_type=("Funder Type", "Sponsor Type", "Type", "Funding Type", "Sector"),
    amount=("Amount", "Value", "Award Amount", "Funding Amount", "Total"),
    currency=_CURRENCY,
)

PEOPLE = _kind(
    "people",
    ("people", "personnel", "researchers", "team", "investigators", "staff", "persons"),
    ("project_id", "name"),
    project_id=_PROJECT_ID,
    name=("Name", "Researcher", "Full Name", "Person", "Investigator", "Team Member"),
    role=("Role", "Project Role", "Position"),
    nationality=("Nationality", "Citizenship", "Nationalities", "Citizenships"),
    affiliations=("Affiliations", "Affiliation", "Affiliation(s)", "Other Affiliations",
                  "Current Affiliations", "Appointments"),
    talent_programme=("Talent Programme", "Talent Program", "Talent Programme Participation",
                      "Talent Program Participation", "Foreign Talent Programme", "Foreign Talent Program",
                      "Talent Recruitment Programme"),
)

KINDS: dict[str, Kind] = {k.name: k for k in (PROJECTS, PARTNERS, FUNDING, PEOPLE)}


def kind_for_sheet(name: str) -> Kind | None:
    """The kind a sheet or file is named for, if any (``'Partner Organisations'`` -> PARTNERS)."""
    key = header_key(name)
    for kind in KINDS.values():
        if key in {header_key(n) for n in kind.sheet_names}:
            return kind
    return None
