"""An office's own pack: `policy init`, list and area additions, inherited thresholds, `policy diff`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from collabscreen.cli import main
from collabscreen.errors import CollabscreenError
from collabscreen.names import NameIndex
from collabscreen.policy import load_pack, resolve_pack_path
from collabscreen.policy.authoring import diff_packs, init_pack


def test_init_writes_a_pack_that_checks_clean_and_inherits_everything(tmp_path):
    folder = init_pack(tmp_path / "myuni", "myuni", "ca-strac")
    pack = load_pack(folder)
    parent = load_pack(resolve_pack_path("ca-strac"))
    assert (pack.id, pack.extends) == ("myuni", ("ca-strac",))
    assert [r.id for r in pack.rules] == [r.id for r in parent.rules]
    assert [len(lst.entries) for lst in pack.lists] == [len(lst.entries) for lst in parent.lists]
    assert pack.sha256 != parent.sha256


def test_init_refuses_to_overwrite(tmp_path):
    init_pack(tmp_path / "myuni", "myuni", "ca-strac")
    with pytest.raises(CollabscreenError) as err:
        init_pack(tmp_path / "myuni", "myuni", "ca-strac")
    assert str(err.value) == f"{tmp_path / 'myuni'}: a policy.toml is already there. Choose another folder."


def _office_pack(tmp_path: Path, additions: str, extra_toml: str = "") -> Path:
    folder = init_pack(tmp_path / "myuni", "myuni", "ca-strac")
    (folder / "lists" / "additions.csv").write_text("entry_id,name,aliases,country\n" + additions, encoding="utf-8")
    if extra_toml:
        text = (folder / "policy.toml").read_text(encoding="utf-8")
        (folder / "policy.toml").write_text(text.replace("disable_rules = []", extra_toml), encoding="utf-8")
    return folder


def test_added_entries_are_matched_and_thresholds_apply_to_inherited_lists(tmp_path):
    folder = _office_pack(tmp_path, "myuni-elt,Example Laboratory of Thermodynamics,ELT,CN\n",
                          'disable_rules = ["CA-STRAC-003"]')
    text = (folder / "policy.toml").read_text(encoding="utf-8").replace("match = 92", "match = 95")
    (folder / "policy.toml").write_text(text, encoding="utf-8")
    pack = load_pack(folder)
    (nro,) = pack.lists
    assert (nro.match, nro.possible, nro.entries[-1].entry_id) == (95, 85, "myuni-elt")
    assert "CA-STRAC-003" not in [r.id for r in pack.rules]
    found = NameIndex(pack.lists).match("Example Laboratory of Thermodynamics, Wuhan, China")
    assert [(m.list_id, m.entry_id, m.band) for m in found] == [("ca-nro", "myuni-elt", "match")]


def test_an_added_entry_may_not_reuse_an_inherited_id(tmp_path):
    folder = _office_pack(tmp_path, "ca-nro-harbin-institute-of-technology,Somewhere Else,,CN\n")
    with pytest.raises(CollabscreenError) as err:
        load_pack(folder)
    assert str(err.value) == (
        'myuni/lists/additions.csv › column "entry_id": entry_id "ca-nro-harbin-institute-of-technology" is already '
        'in list "ca-nro". Added rows need ids of their own.'
    )


def test_diff_lists_added_entries_and_disabled_rules(tmp_path):
    folder = _office_pack(tmp_path, "myuni-elt,Example Laboratory of Thermodynamics,ELT,CN\n",
                          'disable_rules = ["CA-STRAC-003"]')
    diff = diff_packs(load_pack(resolve_pack_path("ca-strac")), load_pack(folder))
    rule = next(r for r in load_pack(resolve_pack_path("ca-strac")).rules if r.id == "CA-STRAC-003")
    assert diff.lines == [
        "+ entry ca-nro myuni-elt: Example Laboratory of Thermodynamics",
        f"- rule CA-STRAC-003: {rule.title}",
    ]


def test_policy_init_and_diff_commands(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["policy", "init", str(tmp_path / "ours"), "--extends", "ca-strac"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["policy", "check", str(tmp_path / "ours")]).exit_code == 0
    result = runner.invoke(main, ["policy", "diff", "ca-strac", str(tmp_path / "ours")])
    assert result.exit_code == 0
    assert result.output.splitlines()[2:] == ["(no differences in lists, areas or rules)"]
