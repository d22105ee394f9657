"""Loading policy packs: shipped packs load; broken packs stop with every problem listed, word for word."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import SHIPPED, write_pack

from collabscreen.errors import CollabscreenError, PolicyError
from collabscreen.outcomes import Outcome
from collabscreen.policy import load_pack, load_policies, resolve_pack_path, shipped_pack_names
from collabscreen.policy.loader import pack_sha256


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    # Pack paths in messages are shown relative to the working folder: work in tmp_path so they read "pack/...".
    monkeypatch.chdir(tmp_path)


def problems_of(path) -> list[str]:
    with pytest.raises(CollabscreenError) as caught:
        load_pack(path)
    return [str(p) for p in getattr(caught.value, "problems", [caught.value])]


ORGS = [
    ["entry_id", "name", "aliases", "country", "risk"],
    ["o-hit", "Harbin Institute of Technology", "HIT; 哈尔滨工业大学", "CN", "very high"],
    ["o-buaa", "Beihang University", "BUAA", "CN", "high"],
]
AREAS = [
    ["area_id", "title", "category", "tier", "terms", "codes"],
    ["a-quantum", "Quantum computing", "quantum", "", "quantum computing; qubit", "FOR:5108"],
]
LISTS_AND_AREAS = """
[[lists]]
id = "orgs"
title = "Organisations of concern"
file = "lists/orgs.csv"
match_outcome = "note"

[[areas]]
id = "topics"
title = "Sensitive topics"
file = "areas/topics.csv"
"""


def rule(rule_id: str, when: str, outcome: str = "escalate", extra: str = "") -> str:
    return f"""
[[rules]]
id = "{rule_id}"
title = "Rule {rule_id}"
outcome = "{outcome}"
rationale = "Because."
citation = "Test citation"
when = {when}
{extra}"""


def pack(tmp_path, body: str, lists=ORGS, top: str = "", **kwargs):
    """A pack with the ``orgs`` list and ``topics`` areas; ``top`` holds top-level keys (before any table)."""
    return write_pack(tmp_path, top + LISTS_AND_AREAS + body, files={"lists/orgs.csv": lists, "areas/topics.csv": AREAS},
                      **kwargs)


# --- packs that load -------------------------------------------------------------------------------------------


def test_shipped_packs():
    assert shipped_pack_names() == list(SHIPPED)
    policies = load_policies(list(SHIPPED))
    assert [p.id for p in policies.packs] == list(SHIPPED)
    rule_ids = {p.id: [r.id for r in p.rules] for p in policies.packs}
    # The rules other tests rely on (packs may gain rules; ids are never reused, so none may go missing).
    for pack_id, expected in {
        "aspi-cdut": ["ASPI-001", "ASPI-002", "ASPI-003", "ASPI-004", "ASPI-005", "ASPI-006"],
        "ca-strac": ["CA-STRAC-001", "CA-STRAC-002", "CA-STRAC-003", "CA-STRAC-004"],
        "uk-china-sti-2025": ["UKCN-001", "UKCN-002", "UKCN-003"],
        "uk-trusted-research": ["UKTR-001", "UKTR-002", "UKTR-003", "UKTR-004"],
        "us-research-security": ["USRS-001", "USRS-002", "USRS-003", "USRS-004", "USRS-005", "USRS-006",
                                 "USRS-007"],
    }.items():
        assert set(expected) <= set(rule_ids[pack_id]), pack_id
    all_ids = [r for ids in rule_ids.values() for r in ids]
    assert len(all_ids) == len(set(all_ids))
    assert [lst.id for lst in policies.lists] == ["aspi-cdut", "ca-nro", "us-1286", "us-1286-talent", "us-1260h",
                                                  "us-bis-research"]
    assert [s.id for s in policies.area_sets] == ["ca-stra", "uk-china-sti", "uk-nsi", "uk-atas", "eu-dual-use"]
    for p in policies.packs:
        assert re.fullmatch(r"[0-9a-f]{64}", p.sha256), p.id
        assert p.version and p.sources, p.id
        for r in p.rules:
            assert r.title and r.rationale and r.citation, r.id


def test_a_small_pack_loads_with_its_lists_areas_rules_and_sources(tmp_path):
    path = pack(tmp_path, """
[[sources]]
id = "src"
title = "A source"
url = "https://example.org/list"
retrieved = 2024-05-01
""" + rule("T-001", '{ all = [ { area = { set = "topics" } }, { list_hit = { list = "orgs" } } ] }', "prohibited",
           'source = "src"\nmitigations = ["End the affiliation."]'))
    loaded = load_pack(path)
    assert (loaded.id, loaded.version, loaded.effective, loaded.jurisdiction) == (
        "test-pack", "1.0", dt.date(2024, 1, 1), "GB")
    (orgs,) = loaded.lists
    assert [(e.entry_id, e.name, e.aliases, e.country, dict(e.attributes)) for e in orgs.entries] == [
        ("o-hit", "Harbin Institute of Technology", ("HIT", "哈尔滨工业大学"), "CN", {"risk": "very high"}),
        ("o-buaa", "Beihang University", ("BUAA",), "CN", {"risk": "high"}),
    ]
    assert (orgs.match, orgs.possible, orgs.match_outcome, orgs.possible_outcome) == (92, 85, Outcome.NOTE,
                                                                                      Outcome.NOTE)
    (topics,) = loaded.area_sets
    assert [(a.area_id, a.terms, a.codes, a.category) for a in topics.areas] == [
        ("a-quantum", ("quantum computing", "qubit"), ("FOR:5108",), "quantum")]
    (only,) = loaded.rules
    assert (only.id, only.outcome, only.mitigations, only.pack_id, only.when.kind) == (
        "T-001", Outcome.PROHIBITED, ("End the affiliation.",), "test-pack", "all")
    assert [(s.id, s.url, s.retrieved) for s in loaded.sources] == [("src", "https://example.org/list", "2024-05-01")]


def test_extends_inherits_overrides_thresholds_and_disables_rules(tmp_path):
    pack(tmp_path, rule("BASE-001", '{ list_hit = { list = "orgs" } }') + rule("BASE-002", '{ missing = "abstract" }'),
         id="base")
    local = write_pack(tmp_path, """
extends = ["../base"]
disable_rules = ["BASE-002"]

[thresholds]
match = 95
possible = 80

[[lists]]
id = "local"
title = "Local list"
file = "local.csv"
""" + rule("LOCAL-001", '{ list_hit = { list = ["orgs", "local"] } }'), id="local",
                       files={"local.csv": [["entry_id", "name", "aliases", "country"], ["l-1", "Acme Lab", "", "GB"]]})
    loaded = load_pack(local)
    assert loaded.extends == ("base",)
    assert [(r.id, r.pack_id) for r in loaded.rules] == [("BASE-001", "base"), ("LOCAL-001", "local")]
    # The extending pack's thresholds apply to the lists it inherits, as well as to its own.
    assert [(lst.id, lst.match, lst.possible) for lst in loaded.lists] == [("orgs", 95, 80), ("local", 95, 80)]


def test_policy_set_applies_a_pack_and_the_pack_it_extends_once(tmp_path):
    base = pack(tmp_path, rule("BASE-001", '{ list_hit = { list = "orgs" } }'), id="base")
    local = write_pack(tmp_path, 'extends = ["../base"]\n', id="local")
    policies = load_policies([str(base), str(local)])
    assert [lst.id for lst in policies.lists] == ["orgs"]
    assert [(r.pack_id, r.id) for r in policies.rules] == [("base", "BASE-001")]


def test_pack_sha256_covers_every_file(tmp_path):
    path = pack(tmp_path, "")
    before = pack_sha256(path)
    assert before == pack_sha256(path)
    with (path / "lists" / "orgs.csv").open("a", encoding="utf-8") as fh:
        fh.write("o-new,New Lab,,CN,low\n")
    assert pack_sha256(path) != before
    assert load_pack(path).sha256 == pack_sha256(path)


def test_resolve_pack_path_by_shipped_name_or_folder(tmp_path):
    assert resolve_pack_path("ca-strac").name == "ca-strac"
    folder = pack(tmp_path, "")
    assert resolve_pack_path(str(folder)) == folder.resolve()
    assert resolve_pack_path("test-pack") == folder.resolve()  # relative to the working folder


# --- packs that do not load: exact messages, all problems at once ----------------------------------------------


def test_unknown_key_in_a_rule(tmp_path):
    path = pack(tmp_path, rule("T-001", '{ list_hit = { list = "orgs" } }', extra='severity = "high"'))
    assert problems_of(path) == [
        'test-pack/policy.toml: rule "T-001", key "severity": unknown key; check its spelling against '
        "docs/policy-guide.md."
    ]


def test_bad_outcome(tmp_path):
    path = pack(tmp_path, rule("T-001", '{ list_hit = { list = "orgs" } }', outcome="forbidden"))
    assert problems_of(path) == [
        "test-pack/policy.toml: rule \"T-001\", key \"outcome\": Input should be 'clear', 'note', 'mitigate', "
        "'escalate' or 'prohibited'."
    ]


def test_missing_required_keys(tmp_path):
    path = write_pack(tmp_path, 'id = "p"\ntitle = "P"\n', header=False)
    assert problems_of(path) == [
        'test-pack/policy.toml: key "version": is required.',
        'test-pack/policy.toml: key "effective": is required.',
        'test-pack/policy.toml: key "jurisdiction": is required.',
    ]


def test_unknown_list_id_in_list_hit(tmp_path):
    path = pack(tmp_path, rule("T-001", '{ list_hit = { list = "nro" } }'))
    assert problems_of(path) == [
        'test-pack/policy.toml: rule "T-001", key "when…list_hit.list": no list "nro" (known: orgs).'
    ]


def test_unknown_area_set_and_country_group(tmp_path):
    path = pack(tmp_path, rule("T-001", '{ all = [ { area = { set = "stra" } }, '
                                        '{ partner = { country_group = "concern" } } ] }'))
    assert problems_of(path) == [
        'test-pack/policy.toml: rule "T-001", key "when…area.set": no area set "stra" (known: topics).',
        'test-pack/policy.toml: rule "T-001", key "when…partner.country_group": no country group "concern" '
        "(known: none defined).",
    ]


def test_bad_iso_code_in_a_condition(tmp_path):
    path = pack(tmp_path, rule("T-001", '{ partner = { country = ["CN", "chn"] } }'))
    assert problems_of(path) == [
        'test-pack/policy.toml: rule "T-001", key "when.partner.country": \'chn\' is not an ISO 3166 alpha-2 code '
        '(e.g. "CN").'
    ]


def test_bad_iso_code_in_a_country_group(tmp_path):
    path = pack(tmp_path, "", top='[country_groups]\nconcern = ["CN", "China"]\n')
    assert problems_of(path) == [
        'test-pack/policy.toml: key "country_groups": group "concern": \'China\' is not an ISO 3166 alpha-2 code '
        '(e.g. "CN").'
    ]


def test_bad_iso_code_in_a_list(tmp_path):
    path = pack(tmp_path, "", lists=[*ORGS, ["o-3", "Tsinghua University", "", "China", "medium"]])
    assert problems_of(path) == [
        'test-pack/lists/orgs.csv › row 4, column "country": "China" is not an ISO 3166 alpha-2 code. Use two '
        'capital letters, e.g. "CN".'
    ]


def test_duplicate_entry_id_in_a_list(tmp_path):
    path = pack(tmp_path, "", lists=[*ORGS, ["o-hit", "Harbin Engineering University", "HEU", "CN", "very high"]])
    assert problems_of(path) == [
        'test-pack/lists/orgs.csv › row 4, column "entry_id": duplicate entry_id "o-hit" (first at row 2). Entry ids '
        "must be unique and never reused."
    ]


def test_list_file_missing_a_column_or_missing_altogether(tmp_path):
    path = write_pack(tmp_path, """
[[lists]]
id = "orgs"
title = "Orgs"
file = "lists/orgs.csv"

[[lists]]
id = "gone"
title = "Gone"
file = "lists/gone.csv"
""", files={"lists/orgs.csv": [["entry_id", "name"], ["o-1", "A"]]})
    assert problems_of(path) == [
        "test-pack/lists/orgs.csv › row 1: missing column(s) aliases, country. Required: entry_id, name, aliases, "
        "country.",
        "test-pack/lists/gone.csv: file not found. Check the file path in policy.toml.",
    ]


def test_extends_loop(tmp_path):
    a = write_pack(tmp_path, 'extends = ["../b"]\n', id="a")
    write_pack(tmp_path, 'extends = ["../a"]\n', id="b")
    assert problems_of(a) == [
        "a/policy.toml: packs extend each other in a loop: a -> b -> a. Remove one of the extends."
    ]


def test_invalid_toml(tmp_path):
    path = write_pack(tmp_path, 'rules = [\n')
    (message,) = problems_of(path)
    assert message.startswith("test-pack/policy.toml: is not valid TOML: ")
    assert message.endswith(". Fix the line it names.")


def test_every_problem_in_a_pack_is_reported_together(tmp_path):
    path = pack(
        tmp_path,
        rule("T-001", '{ list_hit = { list = "nro", band = "maybe" } }', extra='source = "nowhere"')
        + rule("T-002", '{ all = [ { partner = { country = "chn" } }, { funder = { type = "state" } } ] }')
        + rule("T-002", '{ missing = "budget" }'),
        lists=[*ORGS, ["o-hit", "Harbin Engineering University", "HEU", "CN", ""]],
        top='disable_rules = ["OLD-001"]\n',
    )
    assert problems_of(path) == [
        'test-pack/policy.toml: rule "T-001", key "source": no [[sources]] entry "nowhere".',
        'test-pack/lists/orgs.csv › row 4, column "entry_id": duplicate entry_id "o-hit" (first at row 2). Entry ids '
        "must be unique and never reused.",
        'test-pack/policy.toml: key "disable_rules": no inherited rule "OLD-001". Inherited rules: none.',
        "test-pack/policy.toml: rule \"T-001\", key \"when.list_hit.band\": 'maybe' is not a band; use match, "
        "possible, any.",
        'test-pack/policy.toml: rule "T-002", key "when.all[0].partner.country": \'chn\' is not an ISO 3166 alpha-2 '
        'code (e.g. "CN").',
        "test-pack/policy.toml: rule \"T-002\", key \"when.all[1].funder.type\": 'state' is not a funder type; use "
        "government, industry, charity, university, other.",
        'test-pack/policy.toml: rule "T-002" is defined twice. Rule ids are never reused.',
        "test-pack/policy.toml: rule \"T-002\", key \"when.missing\": 'budget' is not a fact; use abstract, "
        "keywords, field_codes, partner_country, funder_country, funder_type, nationality.",
    ]


def test_schema_and_reference_problems_are_reported_together(tmp_path):
    # One rule with a misspelt key must not hide a second rule's unknown list or a list file's duplicate id:
    # a compliance user fixes the pack in one pass (STYLE.md, checkov).
    path = pack(
        tmp_path,
        rule("T-001", '{ list_hit = { list = "orgs" } }', extra='severity = "high"')
        + rule("T-002", '{ list_hit = { list = "nro" } }'),
        lists=[*ORGS, ["o-hit", "Harbin Engineering University", "HEU", "CN", ""]],
    )
    assert sorted(problems_of(path)) == sorted([
        'test-pack/policy.toml: rule "T-001", key "severity": unknown key; check its spelling against '
        "docs/policy-guide.md.",
        'test-pack/policy.toml: rule "T-002", key "when…list_hit.list": no list "nro" (known: orgs).',
        'test-pack/lists/orgs.csv › row 4, column "entry_id": duplicate entry_id "o-hit" (first at row 2). Entry ids '
        "must be unique and never reused.",
    ])


def test_load_policies_lists_problems_of_every_pack(tmp_path):
    broken = pack(tmp_path, rule("T-001", '{ list_hit = { list = "nro" } }'))
    with pytest.raises(CollabscreenError) as caught:
        load_policies(["no-such-pack", str(broken), "ca-strac", "ca-strac"])
    assert [str(p) for p in caught.value.problems] == [
        'no policy pack "no-such-pack". Give a shipped pack (aspi-cdut, ca-strac, uk-china-sti-2025, '
        "uk-trusted-research, us-research-security) or a folder that holds a policy.toml.",
        'test-pack/policy.toml: rule "T-001", key "when…list_hit.list": no list "nro" (known: orgs).',
        'pack "ca-strac" was given twice. Give each --policy once.',
    ]
    assert all(isinstance(p, PolicyError) for p in caught.value.problems)


def test_no_pack_given():
    with pytest.raises(PolicyError) as caught:
        load_policies([])
    assert str(caught.value) == (
        "no policy pack given. Add --policy with one of: aspi-cdut, ca-strac, uk-china-sti-2025, uk-trusted-research, "
        "us-research-security."
    )


def topics_pack(tmp_path, key_line: str):
    """A pack with one area set, ``topics``, whose table ends with ``key_line``."""
    return write_pack(tmp_path, f"""
[[areas]]
id = "topics"
title = "Sensitive topics"
file = "areas/topics.csv"
{key_line}
""", files={"areas/topics.csv": AREAS})


def _opinion_pack(tmp_path, heads_json: str | None):
    path = topics_pack(tmp_path, 'second_opinion = "areas/heads.json"')
    if heads_json is not None:
        (path / "areas" / "heads.json").write_text(heads_json, encoding="utf-8")
    return path


def _heads(**changes) -> str:
    import json

    doc = {"model": "m", "model_sha256": "a" * 64, "model_files": {"model.safetensors": "a" * 64}, "key": "category",
           "promote_at": 0.6, "demote_below": 0.1,
           "trained_on": "tests", "heads": {"quantum": {"bias": 0.5, "weights": [0.1, 0.2]}}}
    return json.dumps({**doc, **changes})


def test_second_opinion_heads_load_with_the_area_set(tmp_path):
    (area_set,) = load_pack(_opinion_pack(tmp_path, _heads())).area_sets
    opinion = area_set.opinion
    assert (opinion.file, opinion.key, opinion.promote_at, opinion.demote_below, opinion.model_files) == (
        "test-pack/areas/heads.json", "category", 0.6, 0.1, (("model.safetensors", "a" * 64),))
    assert opinion.head("quantum").weights == (0.1, 0.2)
    assert opinion.head("other") is None


@pytest.mark.parametrize(
    ("heads_json", "expected"),
    [
        (None, ["test-pack/areas/heads.json: cannot read the second-opinion file: No such file or directory. Check "
                "the area set's second_opinion path, relative to the pack folder."]),
        ("{", ["test-pack/areas/heads.json: the second-opinion file is not JSON (line 1: Expecting property name "
               "enclosed in double quotes). Make it again with policies/_build/train_opinion.py."]),
        (_heads(key="tier", promote_at=2), [
            'test-pack/areas/heads.json: key "key": Input should be \'category\' or \'area_id\'.',
            'test-pack/areas/heads.json: key "promote_at": Input should be less than or equal to 1.']),
        (_heads(heads={"quantum": {"bias": 0, "weights": [1]}, "weapons": {"bias": 0, "weights": [1, 2]}},
                demote_below=0.7), [
            'test-pack/areas/heads.json: head "weapons" names no category of the area set. Train the heads again '
            "after renaming categories or areas.",
            "test-pack/areas/heads.json: the heads' weights differ in length (1, 2) or are empty. Train the heads "
            "again.",
            "test-pack/areas/heads.json: demote_below (0.7) must be under promote_at (0.6)."]),
    ],
)
def test_broken_second_opinion_files(tmp_path, heads_json, expected):
    assert problems_of(_opinion_pack(tmp_path, heads_json)) == expected


def test_second_opinion_numbers_and_files_are_checked(tmp_path):
    assert problems_of(_opinion_pack(tmp_path / "a", _heads(heads={"quantum": {"bias": float("nan"),
                                                                                 "weights": [1.0]}}))) == [
        'a/test-pack/areas/heads.json: key "heads.quantum.bias": Input should be a finite number.']
    assert problems_of(_opinion_pack(tmp_path / "b", _heads(model_files={"tokenizer.json": "b" * 64}))) == [
        "b/test-pack/areas/heads.json: model_files must list model.safetensors with the model_sha256. Make it "
        "again with policies/_build/train_opinion.py."]
    path = _opinion_pack(tmp_path / "c", None)
    (path / "areas" / "heads.json").write_bytes(b"\xff\xfe{}")
    assert problems_of(path) == ["c/test-pack/areas/heads.json: the second-opinion file is not UTF-8 text. Make "
                                 "it again with policies/_build/train_opinion.py."]


def test_codes_source_must_name_a_source(tmp_path):
    assert problems_of(topics_pack(tmp_path, 'codes_source = "code-lists"')) == [
        'test-pack/policy.toml: area set "topics", key "codes_source": no [[sources]] entry "code-lists".']
