"""Decide: evaluate each pack's rules over a project's facts -> findings -> one outcome per project.

Conditions are evaluated by a small interpreter over the parsed condition tree; each true predicate
returns the evidence that made it true, so a fired rule names the partner, list entry or area behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from collabscreen.outcomes import Outcome, worst
from collabscreen.policy.conditions import Condition
from collabscreen.policy.model import PolicySet, Rule
from collabscreen.rules.findings import Decision, Finding
from collabscreen.screen import ProjectFacts

_SUBJECT_TYPES = {"partner": "partner", "funder": "funding", "person": "person"}
_NO = {"", "no", "none", "n/a", "na", "false", "0", "-", "not applicable", "nil"}

Result = tuple[bool, list[str]]


class Evaluator:
    """Evaluates conditions for one project."""

    def __init__(self, facts: ProjectFacts, groups: dict[str, frozenset[str]]):
        self.facts = facts
        self.groups = groups

    def __call__(self, condition: Condition) -> Result:
        return getattr(self, f"_{condition.kind}")(condition)

    def _all(self, c: Condition) -> Result:
        evidence: list[str] = []
        for child in c.children:
            ok, why = self(child)
            if not ok:
                return False, []
            evidence += why
        return True, evidence

    def _any(self, c: Condition) -> Result:
        results = [self(child) for child in c.children]
        return any(ok for ok, _ in results), [e for ok, why in results if ok for e in why]

    def _not(self, c: Condition) -> Result:
        ok, _ = self(c.children[0])
        return (not ok), []

    def _list_hit(self, c: Condition) -> Result:
        o = c.options
        lists = set(o.get("list", ()))
        subjects = {_SUBJECT_TYPES[s] for s in o.get("subject", _SUBJECT_TYPES)}
        band = o.get("band", "match")
        evidence = []
        for hit in self.facts.list_hits:
            m = hit.match
            if lists and m.list_id not in lists or hit.subject_type not in subjects:
                continue
            if band != "any" and m.band != band:
                continue
            attrs = o.get("attribute", {})
            if any((m.attributes.get(name, "") or "").casefold() not in allowed for name, allowed in attrs.items()):
                continue
            evidence.append(f'{hit.subject_type} "{hit.subject_label}" {m.band} on {m.list_id} "{m.entry_name}" '
                            f"(score {m.score:g})")
        return bool(evidence), evidence

    def _area(self, c: Condition) -> Result:
        o = c.options
        sets, areas = set(o.get("set", ())), set(o.get("areas", ()))
        categories = {x.casefold() for x in o.get("category", ())}
        tiers = {x.casefold() for x in o.get("tier", ())}
        band = o.get("band", "flag")
        evidence = []
        for hit in self.facts.area_hits:
            a = hit.area
            if (sets and a.set_id not in sets) or (areas and a.area_id not in areas):
                continue
            if (categories and a.category.casefold() not in categories) or (tiers and a.tier.casefold() not in tiers):
                continue
            if band != "any" and hit.band != band:
                continue
            what = ", ".join([*hit.terms, *hit.codes])
            evidence.append(f'area {a.area_id} "{a.title}" ({hit.band}: {what})')
        return bool(evidence), evidence

    def _in(self, code: str | None, codes: Iterable[str] = (), group: str | None = None) -> bool:
        allowed = set(codes) | (self.groups.get(group, frozenset()) if group else set())
        return code is not None and code in allowed

    def _partner(self, c: Condition) -> Result:
        o = c.options
        evidence = []
        for p in self.facts.partners:
            code = p.country.code if p.country else None
            if ("country" in o or "country_group" in o) and not self._in(code, o.get("country", ()),
                                                                         o.get("country_group")):
                continue
            if "type" in o and p.partner_type not in {t.casefold() for t in o["type"]}:
                continue
            evidence.append(f'partner "{p.partner_name}" ({p.country or "country not given"})')
        return bool(evidence), evidence

    def _total_funding(self) -> float:
        amounts = [f.amount for f in self.facts.funding if f.amount]
        return sum(amounts) if amounts else (self.facts.project.amount or 0.0)

    def _funder(self, c: Condition) -> Result:
        o = c.options
        total = self._total_funding()
        evidence = []
        for f in self.facts.funding:
            code = f.funder_country.code if f.funder_country else None
            if ("country" in o or "country_group" in o) and not self._in(code, o.get("country", ()),
                                                                         o.get("country_group")):
                continue
            if "type" in o and f.funder_type not in o["type"]:
                continue
            if "min_amount" in o and (f.amount or 0) < o["min_amount"]:
                continue
            if "min_share" in o and (not total or (f.amount or 0) / total < o["min_share"]):
                continue
            evidence.append(f'funder "{f.funder}" ({f.funder_country or "country not given"}, '
                            f'{f.funder_type or "type not given"})')
        return bool(evidence), evidence

    def _person(self, c: Condition) -> Result:
        o = c.options
        evidence = []
        for p in self.facts.people:
            code = p.nationality.code if p.nationality else None
            if ("nationality" in o or "nationality_group" in o) and not self._in(
                code, o.get("nationality", ()), o.get("nationality_group")
            ):
                continue
            if "not_nationality_group" in o and (code is None or self._in(code, (), o["not_nationality_group"])):
                continue
            if "role" in o and p.role.casefold() not in {r.casefold() for r in o["role"]}:
                continue
            declared = p.talent_programme.casefold() not in _NO
            if "talent_programme" in o and declared != o["talent_programme"]:
                continue
            detail = f"talent programme: {p.talent_programme}" if declared else (p.nationality or "nationality not given")
            evidence.append(f'person "{p.name}" ({detail})')
        return bool(evidence), evidence

    def _project(self, c: Condition) -> Result:
        o = c.options
        total = self._total_funding()
        if "min_amount" in o and total < o["min_amount"]:
            return False, []
        if "max_amount" in o and total > o["max_amount"]:
            return False, []
        if "funder_country" in o or "funder_country_group" in o:
            codes = [f.funder_country.code for f in self.facts.funding if f.funder_country]
            if not any(self._in(code, o.get("funder_country", ()), o.get("funder_country_group")) for code in codes):
                return False, []
        return True, [f"project funding {total:,.0f}"]

    def _missing(self, c: Condition) -> Result:
        fact = c.options["fact"]
        f = self.facts
        if fact in ("abstract", "keywords", "field_codes"):
            value = getattr(f.project, fact)
            return (not value), ([f"the project's {fact.replace('_', ' ')} is empty"] if not value else [])
        groups = {
            "partner_country": (f.partners, "country", "partner", lambda r: r.partner_name, "partners"),
            "funder_country": (f.funding, "funder_country", "funder", lambda r: r.funder, "funding"),
            "funder_type": (f.funding, "funder_type", "funder", lambda r: r.funder, "funding"),
            "nationality": (f.people, "nationality", "person", lambda r: r.name, "people"),
        }
        records, attr, what, label, kind = groups[fact]
        if kind in f.missing_kinds:
            return True, [f"no {kind.title()} sheet was given"]
        lacking = [label(r) for r in records if not getattr(r, attr) or (hasattr(getattr(r, attr), "code")
                                                                          and getattr(r, attr).code is None)]
        return bool(lacking), [f'{what} "{name}" has no usable {fact.replace("_", " ")}' for name in lacking]


def _list_findings(facts: ProjectFacts, policies: PolicySet) -> list[Finding]:
    out = []
    for hit in facts.list_hits:
        m = hit.match
        org_list = policies.list_by_id(m.list_id)
        outcome = org_list.match_outcome if m.band == "match" else org_list.possible_outcome
        out.append(
            Finding(
                project_id=facts.project.project_id,
                subject_type=hit.subject_type,
                subject_id=hit.subject_id,
                check="list_match",
                outcome=outcome,
                evidence=m.explanation,
                source=str(hit.source),
                score=m.score,
                list_id=m.list_id,
                entry_id=m.entry_id,
                entry_name=m.entry_name,
                matched_alias=m.matched_alias,
                matched_text=m.matched_text,
                title=f"{'Match' if m.band == 'match' else 'Possible match'} on {org_list.title}",
                pack=org_list.pack_id,
                source_ref=f"{org_list.pack_id}/{org_list.source}" if org_list.source else "",
            )
        )
    return out


def _area_findings(facts: ProjectFacts, policies: PolicySet) -> list[Finding]:
    sets = {s.id: s for s in policies.area_sets}
    out = []
    for hit in facts.area_hits:
        area_set = sets[hit.area.set_id]
        outcome = area_set.flag_outcome if hit.band == "flag" else Outcome.NOTE
        out.append(
            Finding(
                project_id=facts.project.project_id,
                subject_type="project",
                subject_id=facts.project.project_id,
                check="sensitive_area",
                outcome=outcome,
                evidence=" | ".join(hit.evidence),
                source=str(facts.project.cell("abstract" if "abstract" in facts.project.columns else "title")),
                score=float(hit.weight),
                list_id=hit.area.set_id,
                entry_id=hit.area.area_id,
                entry_name=hit.area.title,
                matched_alias="; ".join([*hit.terms, *hit.codes]),
                matched_text=hit.band,
                title=f"{'Sensitive area' if hit.band == 'flag' else 'Possible sensitive area'}: {hit.area.title}"
                + (f" ({hit.area.category})" if hit.area.category else ""),
                pack=area_set.pack_id,
                source_ref=";".join(dict.fromkeys(
                    f"{area_set.pack_id}/{source}"
                    for source in ((area_set.source,) if hit.terms else ())
                    + ((area_set.codes_source or area_set.source,) if hit.codes else ()) if source)),
            )
        )
    return out


def _input_findings(facts: ProjectFacts, policies: PolicySet) -> list[Finding]:
    """Checks that could not be fully evaluated, and values that could not be read: never a silent pass.
    (A pack's own ``missing = "abstract"`` rule replaces the built-in one, with the pack's wording.)"""
    p = facts.project
    out = []
    for kind in sorted(facts.missing_kinds):
        out.append(
            Finding(p.project_id, "project", p.project_id, "rule",
                    Outcome.ESCALATE if kind == "partners" else Outcome.NOTE,
                    f"No {kind.title()} sheet or file was given, so {kind} could not be screened for this project.",
                    str(p.location), rule_id=f"CS-INPUT-NO-{kind.upper()}",
                    title=f"{kind.title()} not screened", pack="collabscreen",
                    rationale="A check that could not be evaluated is reported, never passed silently.")
        )
    if not p.abstract and not p.keywords and policies.area_sets and "abstract" not in policies.missing_facts:
        out.append(
            Finding(p.project_id, "project", p.project_id, "rule", Outcome.ESCALATE,
                    "The abstract and keywords are empty; sensitive areas were judged from the title alone.",
                    str(p.cell("abstract")), rule_id="CS-INPUT-NO-ABSTRACT", title="Sensitive areas not fully checked",
                    pack="collabscreen",
                    rationale="Classification needs the abstract; a reviewer must read the proposal.")
        )
    for issue in facts.issues:
        out.append(
            Finding(p.project_id, "project", p.project_id, "rule", Outcome.NOTE, issue.message, str(issue.location),
                    rule_id="CS-INPUT-VALUE", title="Input value not understood", pack="collabscreen",
                    rationale="The value was ignored; correct it in the source system.")
        )
    return out


def _rule_finding(facts: ProjectFacts, rule: Rule, evidence: list[str]) -> Finding:
    p = facts.project
    return Finding(
        project_id=p.project_id,
        subject_type="project",
        subject_id=p.project_id,
        check="rule",
        outcome=rule.outcome,
        evidence="; ".join(dict.fromkeys(evidence)) or "the rule's conditions hold",
        source=str(p.location),
        rule_id=rule.id,
        title=rule.title,
        rationale=rule.rationale,
        citation=rule.citation,
        mitigations=rule.mitigations,
        pack=f"{rule.pack_id} {rule.pack_version}",
        source_ref=f"{rule.pack_id}/{rule.source}" if rule.source else "",
    )


def decide(facts: ProjectFacts, policies: PolicySet, as_of: dt.date, dismissed: frozenset[tuple[str, str, str]] = frozenset(),
           override: tuple[Outcome, str] | None = None) -> Decision:
    """All findings for one project and its one outcome: the most severe finding's.

    ``dismissed`` holds (subject_id, list_id, entry_id) of list matches a reviewer dismissed as false positives:
    they no longer feed the rules, and stay in the findings with outcome ``clear`` so the memo shows them.
    ``override`` is a reviewer's (outcome, reason) for the whole project."""
    kept = tuple(h for h in facts.list_hits if (h.subject_id, h.match.list_id, h.match.entry_id) not in dismissed)
    gone = [h for h in facts.list_hits if (h.subject_id, h.match.list_id, h.match.entry_id) in dismissed]
    if gone:
        facts = replace(facts, list_hits=kept)
    findings = _list_findings(facts, policies) + _area_findings(facts, policies) + _input_findings(facts, policies)
    findings += [replace(f, outcome=Outcome.CLEAR, title=f"Dismissed by a reviewer: {f.title}")
                 for f in _list_findings(replace(facts, list_hits=tuple(gone)), policies)]
    for pack in policies.packs:
        evaluator = Evaluator(facts, dict(pack.country_groups))
        for rule in pack.rules:
            if not rule.applies_on(as_of):
                continue
            fired, evidence = evaluator(rule.when)
            if fired:
                findings.append(_rule_finding(facts, rule, evidence))
    findings = list({(f.check, f.rule_id, f.subject_id, f.list_id, f.entry_id, f.pack): f for f in findings}.values())
    findings.sort(key=lambda f: (-f.outcome.severity, f.check != "rule", f.rule_id, f.subject_id, f.list_id,
                                 f.entry_id))
    outcome = worst(f.outcome for f in findings)
    reasons = tuple(
        f"{f.rule_id or f.check}: {f.title}" for f in findings if f.outcome == outcome and outcome != Outcome.CLEAR
    )
    if override is not None:
        reasons = (f"Reviewer override from {outcome.value} to {override[0].value}: {override[1]}", *reasons)
        outcome = override[0]
    mitigations = tuple(dict.fromkeys(m for f in findings for m in f.mitigations))
    return Decision(facts.project.project_id, facts.project.title, outcome, tuple(findings), reasons, mitigations)
