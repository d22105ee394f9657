"""Screen: gather the facts the rules decide on, for each project.

Partners, funders and people's affiliations are matched against the organisation lists; the project's
text and field codes are classified into sensitive areas. Nothing here decides an outcome.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from collabscreen.fields import AreaClassifier, AreaHit
from collabscreen.fields.opinion import SecondOpinion
from collabscreen.inputs.records import Funding, InputBundle, Issue, Partner, Person, Project
from collabscreen.location import Location
from collabscreen.names import NameIndex, NameMatch
from collabscreen.policy.model import PolicySet


@dataclass(frozen=True)
class ListHit:
    """A partner, funder or person affiliation that matched a list entry."""

    subject_type: str  # partner | funding | person
    subject_id: str
    subject_label: str
    source: Location
    match: NameMatch


@dataclass(frozen=True)
class ProjectFacts:
    project: Project
    partners: tuple[Partner, ...]
    funding: tuple[Funding, ...]
    people: tuple[Person, ...]
    list_hits: tuple[ListHit, ...]
    area_hits: tuple[AreaHit, ...]
    issues: tuple[Issue, ...]
    missing_kinds: frozenset[str]


class Screener:
    """Indexes the lists and compiles the areas of a policy set once, then screens projects."""

    def __init__(self, policies: PolicySet, opinion: SecondOpinion | None = None):
        self.policies = policies
        self.names = NameIndex(policies.lists)
        self.areas = AreaClassifier(policies.area_sets, opinion)

    def screen(self, bundle: InputBundle) -> Iterator[ProjectFacts]:
        by_project: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for kind, records in (("partners", bundle.partners), ("funding", bundle.funding), ("people", bundle.people),
                              ("issues", bundle.issues)):
            for record in records:
                by_project[record.project_id][kind].append(record)
        missing = frozenset({"partners", "funding", "people"} - bundle.kinds_present)
        self.areas.warm((p.title, p.abstract) for p in bundle.projects)
        for project in bundle.projects:
            rows = by_project[project.project_id]
            yield self.screen_project(project, rows["partners"], rows["funding"], rows["people"], rows["issues"],
                                      missing)

    def screen_project(self, project, partners, funding, people, issues=(), missing=frozenset()) -> ProjectFacts:
        hits: list[ListHit] = []
        for partner in partners:
            code = partner.country.code if partner.country else None
            for match in self.names.match(partner.partner_name, code):
                hits.append(ListHit("partner", f"partner-{partner.index}", partner.partner_name,
                                    partner.cell("partner_name"), match))
        funders = list(funding)
        for funder in funders:
            code = funder.funder_country.code if funder.funder_country else None
            for match in self.names.match(funder.funder, code):
                hits.append(ListHit("funding", f"funding-{funder.index}", funder.funder, funder.cell("funder"), match))
        if not funders and project.funder:
            for match in self.names.match(project.funder):
                hits.append(ListHit("funding", "funding-0", project.funder, project.cell("funder"), match))
        for person in people:
            if person.talent_programme:
                # A declared programme is screened like an affiliation: the lists name talent programmes too.
                for match in self.names.match(person.talent_programme):
                    hits.append(ListHit("person", f"person-{person.index}",
                                        f"{person.name}: talent programme {person.talent_programme}",
                                        person.cell("talent_programme"), match))
            for affiliation in person.affiliations:
                for match in self.names.match(affiliation):
                    hits.append(ListHit("person", f"person-{person.index}", f"{person.name}: {affiliation}",
                                        person.cell("affiliations"), match))
        return ProjectFacts(
            project=project,
            partners=tuple(partners),
            funding=tuple(funding),
            people=tuple(people),
            list_hits=tuple(hits),
            area_hits=tuple(self.areas.classify(project)),
            issues=tuple(issues),
            missing_kinds=missing,
        )
