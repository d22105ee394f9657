"""Deciding: rules over facts -> findings -> one outcome per project.

Each shipped rule id family has a case table (checkov style): the facts are built by the real Screener from
small in-memory records, screened against that one pack, and the rules that fired are compared whole.
A tiny pack written in tmp_path pins down the condition language itself (all / any / not and each predicate).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import AS_OF, funder, partner, person, project, write_pack

from collabscreen.outcomes import Outcome, worst
from collabscreen.policy import load_pack, load_policies
from collabscreen.policy.model import PolicySet
from collabscreen.rules import decide
from collabscreen.screen import Screener

_CACHE: dict[str, tuple[PolicySet, Screener]] = {}


def screener_for(pack_id: str) -> tuple[PolicySet, Screener]:
    """One shipped pack and its screener, built once per session."""
    if pack_id not in _CACHE:
        policies = load_policies([pack_id])
        _CACHE[pack_id] = (policies, Screener(policies))
    return _CACHE[pack_id]


def decide_on(policies, screener, proj, partners=(), funding=(), people=(), issues=(), missing=frozenset(),
              as_of=AS_OF):
    facts = screener.screen_project(proj, list(partners), list(funding), list(people), list(issues), missing)
    return decide(facts, policies, as_of)


def rules_fired(decision) -> list[tuple[str, str]]:
    return [(f.rule_id, f.outcome.value) for f in decision.findings if f.check == "rule"]


QUANTUM = dict(title="Quantum computing with superconducting qubits",
               abstract="We will build error-corrected qubits for a small quantum computer.")
SATELLITES = dict(title="Autonomous control for small-satellite formations",
                  abstract="Guidance and control algorithms for a pair of CubeSats in formation.")
CLIMATE = dict(title="Climate change and rice yields", abstract="Climate modelling of crop yields in the Yangtze.")
HYPERTENSION = dict(title="Hypertension in older adults", abstract="A pharmacist-led trial in 24 pharmacies.")
MANUSCRIPTS = dict(title="Medieval manuscripts", abstract="Palaeography of twelfth-century charters.")
VIROLOGY = dict(title="Virology of bat coronaviruses", abstract="We study viral entry in cell culture.")

HIT_STRING = "School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"
NSFC = "National Natural Science Foundation of China"

# (case id, pack, project fields, partners, funding, people, rules fired, project outcome)
SHIPPED_CASES = [
    # --- ca-strac: STRA research with an NRO affiliation is prohibited
    ("CA-STRAC-001 fires: STRA + NRO partner", "ca-strac", QUANTUM, [partner(HIT_STRING, "China")], [], [],
     [("CA-STRAC-001", "prohibited"), ("CA-STRAC-003", "escalate")], "prohibited"),
    ("CA-STRAC-001 fires: STRA + NRO affiliation of a person", "ca-strac", QUANTUM, [], [],
     [person("Dr Ma Jun", "British", ["Harbin Institute of Technology"])],
     [("CA-STRAC-001", "prohibited")], "prohibited"),
    ("CA-STRAC-001 fires: STRA + NRO funder", "ca-strac", QUANTUM, [],
     [funder("Beihang University", "China", "university")], [],
     [("CA-STRAC-001", "prohibited")], "prohibited"),
    ("CA-STRAC-001 passes: STRA + Canadian partner", "ca-strac", QUANTUM, [partner("University of Toronto", "Canada")],
     [], [], [], "note"),
    ("CA-STRAC-001 passes: NRO partner, no STRA area", "ca-strac", HYPERTENSION, [partner(HIT_STRING, "China")], [],
     [], [], "note"),
    ("CA-STRAC-001 passes: unlisted Chinese partner", "ca-strac", QUANTUM,
     [partner("Zhejiang University of Technology", "China")], [], [], [("CA-STRAC-003", "escalate")], "escalate"),
    ("CA-STRAC-002 fires: STRA + possible NRO match (an alias that drops the entry's country)", "ca-strac", QUANTUM,
     [partner("Institute Pasteur", "")], [], [], [("CA-STRAC-002", "escalate")], "escalate"),
    ("CA-STRAC-002 passes: the same name with its own country is no match", "ca-strac", QUANTUM,
     [partner("Institut Pasteur, Paris", "France")], [], [], [], "note"),
    ("CA-STRAC-003 fires: STRA + partner in Russia", "ca-strac", QUANTUM,
     [partner("Novosibirsk State University", "Russia")], [], [], [("CA-STRAC-003", "escalate")], "escalate"),
    ("CA-STRAC-003 passes: partner in China, no STRA area", "ca-strac", HYPERTENSION,
     [partner("Zhejiang University of Technology", "CN")], [], [], [], "clear"),
    ("CA-STRAC-004 fires: no abstract", "ca-strac", dict(title="Untitled pilot"), [], [], [],
     [("CA-STRAC-004", "escalate")], "escalate"),
    # --- uk-china-sti-2025: dropped fields and Chinese government funding escalate
    ("UKCN-001 fires: satellites + Chinese partner", "uk-china-sti-2025", SATELLITES,
     [partner("Zhejiang University of Technology", "China")], [], [], [("UKCN-001", "escalate")], "escalate"),
    ("UKCN-001 and UKCN-003 fire: satellites + Chinese government funder", "uk-china-sti-2025", SATELLITES, [],
     [funder(NSFC, "China", "government")], [], [("UKCN-001", "escalate"), ("UKCN-003", "escalate")], "escalate"),
    ("UKCN-001 passes: satellites + UK partner", "uk-china-sti-2025", SATELLITES,
     [partner("University of Surrey", "UK")], [], [], [], "note"),
    ("UKCN-001 passes: satellites + Hong Kong partner (HK is not in the group)", "uk-china-sti-2025", SATELLITES,
     [partner("Hong Kong Polytechnic University", "Hong Kong")], [], [], [], "note"),
    ("UKCN-002 fires: climate + Chinese partner", "uk-china-sti-2025", CLIMATE,
     [partner("Nanjing Agricultural University", "China")], [], [], [("UKCN-002", "note")], "note"),
    ("UKCN-003 fires: Chinese government funder", "uk-china-sti-2025", MANUSCRIPTS, [],
     [funder(NSFC, "CN", "government")], [], [("UKCN-003", "escalate")], "escalate"),
    ("UKCN-003 passes: Chinese industry funder", "uk-china-sti-2025", MANUSCRIPTS, [],
     [funder("Huawei Technologies", "China", "industry")], [], [], "clear"),
    ("UKCN-003 passes: UK government funder", "uk-china-sti-2025", MANUSCRIPTS, [],
     [funder("UKRI", "UK", "government")], [], [], "clear"),
    # --- us-research-security
    ("USRS-001 fires: declared Thousand Talents Plan", "us-research-security", HYPERTENSION, [], [],
     [person("Dr Li Wei", "Chinese", talent_programme="Thousand Talents Plan")],
     [("USRS-001", "prohibited"), ("USRS-005", "escalate")], "prohibited"),
    ("USRS-001 passes: talent programme column says No", "us-research-security", HYPERTENSION, [], [],
     [person("Dr Li Wei", "Chinese", talent_programme="No")], [], "clear"),
    ("USRS-002 fires: partner on the Section 1286 list", "us-research-security", HYPERTENSION,
     [partner("Academy of Military Medical Sciences", "China")], [], [],
     [("USRS-002", "prohibited"), ("USRS-004", "escalate")], "prohibited"),
    ("USRS-003 fires: partner on the Section 1260H list", "us-research-security", HYPERTENSION,
     [partner("Huawei Technologies Co., Ltd.", "China")], [], [], [("USRS-003", "escalate")], "escalate"),
    ("USRS-003 passes: unlisted company", "us-research-security", HYPERTENSION,
     [partner("Rolls-Royce plc", "UK")], [], [], [], "clear"),
    ("USRS-006 fires: possible match (listed name, another country)", "us-research-security", HYPERTENSION,
     [partner("Sharif University of Technology", "UK")], [], [], [("USRS-006", "escalate")], "escalate"),
    ("USRS-008 fires: declared programme not on the 1286 list", "us-research-security", HYPERTENSION, [], [],
     [person("Dr Anne Martin", "French", talent_programme="Marie Skłodowska-Curie Fellowship")],
     [("USRS-008", "escalate")], "escalate"),
    ("USRS-007 fires: funder in a foreign country of concern", "us-research-security", HYPERTENSION, [],
     [funder("Russian Science Foundation", "Russia", "government")], [], [("USRS-007", "escalate")], "escalate"),
    ("USRS-007 passes: funder in Canada", "us-research-security", HYPERTENSION, [],
     [funder("CIHR", "Canada", "government")], [], [], "clear"),
    # --- aspi-cdut: ASPI's risk rating sets the outcome
    ("ASPI-001 fires: very high risk", "aspi-cdut", HYPERTENSION, [partner(HIT_STRING, "China")], [], [],
     [("ASPI-001", "escalate")], "escalate"),
    ("ASPI-002 fires: high risk", "aspi-cdut", HYPERTENSION, [partner("Zhejiang University", "China")], [], [],
     [("ASPI-002", "escalate")], "escalate"),
    ("ASPI-003 fires: medium risk", "aspi-cdut", HYPERTENSION, [partner("Hangzhou Normal University", "China")], [],
     [], [("ASPI-003", "mitigate")], "mitigate"),
    ("ASPI-004 fires: low risk", "aspi-cdut", HYPERTENSION, [partner("Anhui University", "China")], [], [],
     [("ASPI-004", "note")], "note"),
    ("ASPI-006 fires: rating not recorded (NUDT)", "aspi-cdut", HYPERTENSION,
     [partner("National University of Defense Technology", "China")], [], [], [("ASPI-006", "escalate")], "escalate"),
    ("ASPI-005 fires: a person's affiliation possibly matches", "aspi-cdut", HYPERTENSION, [], [],
     [person("Dr Jane Roe", "American", ["Northeastern University, Boston, MA, USA"])],
     [("ASPI-005", "escalate")], "escalate"),
    ("ASPI passes: unlisted university", "aspi-cdut", HYPERTENSION,
     [partner("Zhejiang University of Technology", "China")], [], [], [], "clear"),
    # --- uk-trusted-research: ATAS needs a nationality outside the exempt group
    ("UKTR-001 fires: ATAS subject + Chinese national", "uk-trusted-research", VIROLOGY, [], [],
     [person("Dr Li Wei", "Chinese")], [("UKTR-001", "mitigate")], "mitigate"),
    ("UKTR-001 passes: ATAS subject + French national", "uk-trusted-research", VIROLOGY, [], [],
     [person("Dr Anne Martin", "French")], [], "note"),
    ("UKTR-002 fires: NSI sensitive area", "uk-trusted-research", QUANTUM, [], [], [], [("UKTR-002", "note")], "note"),
    ("UKTR-002 passes: no NSI area", "uk-trusted-research", MANUSCRIPTS, [], [], [], [], "clear"),
    ("UKTR-003 fires: EU dual-use category", "uk-trusted-research",
     dict(title="Hypersonic propulsion for aerospace vehicles", abstract="Scramjet propulsion and missile guidance."),
     [], [], [], [("UKTR-003", "note")], "note"),
    ("UKTR-004 fires: ATAS subject + nationality missing", "uk-trusted-research", VIROLOGY, [], [],
     [person("Dr Sam Doe")], [("UKTR-004", "note")], "note"),
]


@pytest.mark.parametrize(
    ("pack_id", "fields", "partners", "funding", "people", "expected_rules", "expected_outcome"),
    [pytest.param(*case[1:], id=case[0]) for case in SHIPPED_CASES],
)
def test_shipped_rule(pack_id, fields, partners, funding, people, expected_rules, expected_outcome):
    policies, screener = screener_for(pack_id)
    decision = decide_on(policies, screener, project(**fields), partners, funding, people)
    assert rules_fired(decision) == expected_rules
    assert decision.outcome.value == expected_outcome


def test_prohibited_decision_carries_reasons_mitigations_and_evidence():
    policies, screener = screener_for("ca-strac")
    decision = decide_on(policies, screener, project(**QUANTUM), [partner(HIT_STRING, "China")])
    assert decision.reasons == (
        "CA-STRAC-001: STRA research with a partner, funder or researcher affiliated with a Named Research "
        "Organization",
    )
    rule = decision.findings[0]
    assert (rule.check, rule.rule_id, rule.outcome, rule.subject_type, rule.subject_id, rule.source) == (
        "rule", "CA-STRAC-001", Outcome.PROHIBITED, "project", "P1", 'test.xlsx › sheet "Projects" › row 2')
    assert rule.pack == f"ca-strac {policies.packs[0].version}"
    assert f'partner "{HIT_STRING}" match on ca-nro "Harbin Institute of Technology"' in rule.evidence
    assert 'area stra-quantum-computing "Quantum Computing" (flag: ' in rule.evidence
    # Mitigations of every finding, each once, in order.
    assert decision.mitigations[:2] == policies.packs[0].rules[0].mitigations
    assert len(decision.mitigations) == len(set(decision.mitigations))


def test_list_and_area_findings_point_back_at_the_cell():
    policies, screener = screener_for("ca-strac")
    decision = decide_on(policies, screener, project(**QUANTUM), [partner("Zhejiang University", "China"),
                                                                    partner(HIT_STRING, "China", index=2, row=3)])
    listed = [(f.subject_type, f.subject_id, f.list_id, f.entry_id, f.matched_text, f.outcome.value, f.source)
              for f in decision.findings if f.check == "list_match"]
    assert listed == [("partner", "partner-2", "ca-nro", "ca-nro-harbin-institute-of-technology",
                       "Harbin Institute of Technology", "note",
                       'test.xlsx › sheet "Partners" › row 3, column B ("Partner")')]
    areas = [(f.subject_type, f.list_id, f.entry_id, f.matched_text, f.source)
             for f in decision.findings if f.check == "sensitive_area" and f.entry_id == "stra-quantum-computing"]
    assert areas == [("project", "ca-stra", "stra-quantum-computing", "flag",
                      'test.xlsx › sheet "Projects" › row 2, column C ("Abstract")')]


def test_an_area_finding_cites_the_source_of_what_made_it():
    policies, screener = screener_for("ca-strac")
    refs = {}
    for name, p in (("terms", project(title="Quantum computing with qubits")),
                    ("code", project(title="A study", field_codes=["FOR:400107"])),
                    ("both", project(title="Satellite constellations", field_codes=["FOR:400107"]))):
        decision = decide_on(policies, screener, p, [])
        refs[name] = [f.source_ref for f in decision.findings
                      if f.entry_id in ("stra-quantum-computing", "stra-satellites")]
    assert refs == {"terms": ["ca-strac/stra"], "code": ["ca-strac/field-codes"],
                    "both": ["ca-strac/stra;ca-strac/field-codes"]}


# --- the condition language, on a tiny pack of our own ------------------------------------------------------------

ORGS = [
    ["entry_id", "name", "aliases", "country", "risk"],
    ["o-red", "Red Dragon Institute of Optics", "RDIO", "CN", "very high"],
    ["o-amber", "Amber Falcon University", "", "CN", "medium"],
    ["o-blue", "Blue Lake Laboratory", "", "", ""],
]
TOPICS = [
    ["area_id", "title", "category", "tier", "terms", "codes"],
    ["t-lasers", "Lasers", "photonics", "advanced", "laser; lasers", ""],
    ["t-soil", "Soil", "agri", "", "soil health", ""],
]
TINY = """
[country_groups]
concern = ["CN", "RU"]
exempt = ["GB", "FR"]

[[lists]]
id = "orgs"
title = "Organisations"
file = "orgs.csv"
match_outcome = "note"
possible_outcome = "clear"

[[areas]]
id = "topics"
title = "Topics"
file = "topics.csv"
flag_outcome = "note"

[[rules]]
id = "T-ALL"
title = "Lasers with a listed organisation"
outcome = "prohibited"
rationale = "All of the conditions."
citation = "Test"
mitigations = ["End the affiliation.", "Tell the committee."]
when = { all = [ { area = { set = "topics", areas = "t-lasers" } }, { list_hit = { list = "orgs" } } ] }

[[rules]]
id = "T-ANY"
title = "A partner or a funder in a country of concern"
outcome = "escalate"
rationale = "Any of the conditions."
citation = "Test"
mitigations = ["Tell the committee."]
when = { any = [ { partner = { country_group = "concern" } }, { funder = { country_group = "concern" } } ] }

[[rules]]
id = "T-NOT"
title = "Lasers with no listed organisation at all"
outcome = "note"
rationale = "None of the conditions."
citation = "Test"
when = { all = [ { area = { set = "topics", category = "photonics" } },
                 { not = { list_hit = { list = "orgs", band = "any" } } } ] }

[[rules]]
id = "T-ATTR"
title = "Very high risk organisation"
outcome = "escalate"
rationale = "List attribute."
citation = "Test"
when = { list_hit = { list = "orgs", attribute = { risk = ["Very High"] } } }

[[rules]]
id = "T-BIG"
title = "A big project with a major foreign funder"
outcome = "mitigate"
rationale = "Amounts and shares."
citation = "Test"
when = { all = [ { project = { min_amount = 1000000 } }, { funder = { min_share = 0.5, type = ["industry"] } } ] }

[[rules]]
id = "T-NAT"
title = "A researcher outside the exempt group"
outcome = "note"
rationale = "Nationality groups."
citation = "Test"
when = { person = { not_nationality_group = "exempt", role = ["Co-Investigator"] } }

[[rules]]
id = "T-OLD"
title = "An expired rule"
outcome = "prohibited"
rationale = "Expired."
citation = "Test"
expires = 2025-01-01
when = { missing = "keywords" }

[[rules]]
id = "T-LATER"
title = "A rule not yet in force"
outcome = "prohibited"
rationale = "Not yet effective."
citation = "Test"
effective = 2027-01-01
when = { missing = "keywords" }

[[rules]]
id = "T-OFF"
title = "An inactive rule"
outcome = "prohibited"
rationale = "Switched off."
citation = "Test"
status = "inactive"
when = { missing = "keywords" }

[[rules]]
id = "T-NOCOUNTRY"
title = "Partner country missing"
outcome = "note"
rationale = "Missing facts."
citation = "Test"
when = { missing = "partner_country" }
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    path = write_pack(tmp_path_factory.mktemp("packs"), TINY, id="tiny",
                      files={"orgs.csv": ORGS, "topics.csv": TOPICS})
    policies = PolicySet((load_pack(path),))
    return policies, Screener(policies)


LASERS = dict(title="High-power lasers", abstract="Fibre lasers.", keywords=["optics"])
SOIL = dict(title="Soil health in the Fens", abstract="Soil health survey.", keywords=["soil"])

TINY_CASES = [
    ("all: both parts hold", LASERS, [partner("Red Dragon Institute of Optics", "China")], [], [],
     [("T-ALL", "prohibited"), ("T-ANY", "escalate"), ("T-ATTR", "escalate")]),
    ("all: one part fails (no list hit) and not: holds", LASERS, [partner("Imperial College London", "UK")], [], [],
     [("T-NOT", "note")]),
    ("all: one part fails (no area)", SOIL, [partner("Amber Falcon University", "UK")], [], [], []),
    ("any: the partner part holds", SOIL, [partner("Moscow Soil Institute", "Russia")], [], [],
     [("T-ANY", "escalate")]),
    ("any: the funder part holds", SOIL, [], [funder("Soil Fund of China", "CN", "charity")], [],
     [("T-ANY", "escalate")]),
    ("any: neither part holds", SOIL, [partner("INRAE", "France")], [funder("BBSRC", "UK", "government")], [], []),
    # the listed country (CN) differs from the partner's: 100 - 12 = 88, a possible match (band "match" rules
    # do not fire), yet it is still a hit for "not" over band "any"
    ("not: a possible match also counts as a hit", LASERS, [partner("Red Dragon Institute of Optics", "France")], [],
     [], []),
    ("a match without a listed country", LASERS, [partner("Blue Lake Labs Ltd", "UK")], [], [],
     [("T-ALL", "prohibited")]),
    ("attribute: compared case-insensitively", SOIL, [partner("RDIO", "CN")], [], [],
     [("T-ANY", "escalate"), ("T-ATTR", "escalate")]),
    ("attribute: another rating does not fire", SOIL, [partner("Amber Falcon University", "UK")], [], [], []),
    ("project amount and funder share", dict(SOIL, amount=2_000_000), [],
     [funder("Acme Ltd", "UK", "industry", 1_500_000), funder("BBSRC", "UK", "government", 500_000, index=2)], [],
     [("T-BIG", "mitigate")]),
    ("funder share too small", dict(SOIL, amount=2_000_000), [],
     [funder("Acme Ltd", "UK", "industry", 500_000), funder("BBSRC", "UK", "government", 1_500_000, index=2)], [],
     []),
    ("nationality outside the group, in the role", SOIL, [], [],
     [person("Dr Li", "Chinese", role="Co-Investigator")], [("T-NAT", "note")]),
    ("nationality in the group", SOIL, [], [], [person("Dr Roe", "British", role="Co-Investigator")], []),
    ("nationality unknown is not outside the group", SOIL, [], [], [person("Dr Doe", None, role="Co-Investigator")],
     []),
    ("missing partner country", SOIL, [partner("Some Lab")], [], [], [("T-NOCOUNTRY", "note")]),
    ("unrecognised partner country counts as missing", SOIL, [partner("Some Lab", "Untied Kingdom")], [], [],
     [("T-NOCOUNTRY", "note")]),
    ("expired, not yet effective and inactive rules never fire", dict(SOIL, keywords=[]), [], [], [], []),
]


@pytest.mark.parametrize(
    ("fields", "partners", "funding", "people", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in TINY_CASES],
)
def test_condition_language(tiny, fields, partners, funding, people, expected):
    policies, screener = tiny
    assert rules_fired(decide_on(policies, screener, project(**fields), partners, funding, people)) == expected


def test_rule_dates_are_judged_on_the_as_of_date(tiny):
    policies, screener = tiny
    proj = project(**dict(SOIL, keywords=[]))
    assert rules_fired(decide_on(policies, screener, proj, as_of=dt.date(2024, 6, 1))) == [("T-OLD", "prohibited")]
    assert rules_fired(decide_on(policies, screener, proj, as_of=dt.date(2027, 1, 1))) == [("T-LATER", "prohibited")]


def test_findings_sorted_most_severe_first_and_outcome_is_the_worst(tiny):
    policies, screener = tiny
    decision = decide_on(policies, screener, project(**LASERS),
                         [partner("Red Dragon Institute of Optics", "China")])
    assert [(f.check, f.rule_id, f.entry_id, f.outcome.value) for f in decision.findings] == [
        ("rule", "T-ALL", "", "prohibited"),
        ("rule", "T-ANY", "", "escalate"),
        ("rule", "T-ATTR", "", "escalate"),
        ("sensitive_area", "", "t-lasers", "note"),
        ("list_match", "", "o-red", "note"),
    ]
    assert decision.outcome == Outcome.PROHIBITED
    assert decision.reasons == ("T-ALL: Lasers with a listed organisation",)
    assert decision.mitigations == ("End the affiliation.", "Tell the committee.")
    rule = decision.findings[0]
    assert rule.evidence == (
        'area t-lasers "Lasers" (flag: lasers); partner "Red Dragon Institute of Optics" match on orgs '
        '"Red Dragon Institute of Optics" (score 100)')


def test_a_project_with_nothing_found_is_clear(tiny):
    policies, screener = tiny
    decision = decide_on(policies, screener, project(**dict(SOIL, title="Bird song", abstract="Wrens.")),
                         [partner("INRAE", "France")])
    assert (decision.outcome, decision.findings, decision.reasons, decision.mitigations) == (Outcome.CLEAR, (), (), ())


# --- checks that could not be evaluated: findings of their own, never a silent pass --------------------------------


def test_missing_sheets_empty_abstract_and_unreadable_values_are_findings(tiny):
    from collabscreen.inputs.records import Issue
    from collabscreen.location import Location

    policies, screener = tiny
    issue = Issue("P1", Location("test.xlsx", "Projects", 2, "F", "Start Date"),
                  '"next spring" is not a date; it was ignored.')
    decision = decide_on(policies, screener, project(title="Lasers", keywords=()), issues=[issue],
                         missing=frozenset({"partners", "people"}))
    assert [(f.rule_id, f.outcome.value, f.evidence, f.source) for f in decision.findings if f.pack == "collabscreen"
            ] == [
        ("CS-INPUT-NO-ABSTRACT", "escalate",
         "The abstract and keywords are empty; sensitive areas were judged from the title alone.",
         'test.xlsx › sheet "Projects" › row 2, column C ("Abstract")'),
        ("CS-INPUT-NO-PARTNERS", "escalate",
         "No Partners sheet or file was given, so partners could not be screened for this project.",
         'test.xlsx › sheet "Projects" › row 2'),
        ("CS-INPUT-NO-PEOPLE", "note",
         "No People sheet or file was given, so people could not be screened for this project.",
         'test.xlsx › sheet "Projects" › row 2'),
        ("CS-INPUT-VALUE", "note", '"next spring" is not a date; it was ignored.',
         'test.xlsx › sheet "Projects" › row 2, column F ("Start Date")'),
    ]
    # A missing Partners sheet also makes missing = "partner_country" hold, with its reason.
    assert ("T-NOCOUNTRY", "note") in rules_fired(decision)


def test_a_pack_rule_on_a_missing_abstract_replaces_the_built_in_one():
    policies, screener = screener_for("ca-strac")
    decision = decide_on(policies, screener, project(title="Untitled pilot"))
    assert [f.rule_id for f in decision.findings if f.check == "rule"] == ["CA-STRAC-004"]


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [([], Outcome.CLEAR), ([Outcome.NOTE, Outcome.ESCALATE, Outcome.CLEAR], Outcome.ESCALATE),
     ([Outcome.MITIGATE, Outcome.NOTE], Outcome.MITIGATE), ([Outcome.ESCALATE, Outcome.PROHIBITED],
                                                              Outcome.PROHIBITED)],
)
def test_outcomes_combine_to_the_most_severe(outcomes, expected):
    assert worst(outcomes) == expected


def test_every_shipped_rule_has_a_case_that_fires_it():
    fired = {rule for case in SHIPPED_CASES for rule, _ in case[6]}
    shipped = {r.id for p in load_policies(list(SHIPPED_PACKS)).packs for r in p.rules}
    assert sorted(shipped - fired) == []


SHIPPED_PACKS = ("aspi-cdut", "ca-strac", "uk-china-sti-2025", "uk-trusted-research", "us-research-security")
