"""Start an office's own pack, and compare two packs (what an officer reviews before adopting a new version).

>>> init_pack(Path("policies/myuni"), "myuni", extends="ca-strac")      # doctest: +SKIP
>>> print(diff_packs(load_pack(a), load_pack(b)).text())                # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from collabscreen.errors import PolicyError
from collabscreen.location import Location
from collabscreen.policy.loader import load_pack, resolve_pack_path
from collabscreen.policy.model import Pack

_POLICY = '''# {title}
# Your office's own policy pack. It inherits every list, area and rule of "{extends}" and can:
#   - change the name-match thresholds below (they apply to the inherited lists too),
#   - add entries to an inherited list (lists/additions.csv, same columns as the list),
#   - switch off inherited rules by id (disable_rules),
#   - add rules of its own (see docs/policy-guide.md).
# Check it with: collabscreen policy check {folder}

id = "{id}"
title = "{title}"
version = "{today}.1"
effective = "{today}"
jurisdiction = "{jurisdiction}"
extends = ["{extends}"]
disable_rules = []
description = "Local policy of {id}, extending {extends}."

[thresholds]
match = {match:g}
possible = {possible:g}

[[sources]]
id = "local"
title = "{id} research security procedure"
publisher = "{id}"
retrieved = "{today}"

[[list_additions]]
list = "{first_list}"
file = "lists/additions.csv"

# An example rule of your own (remove the leading '# ' to use it):
# [[rules]]
# id = "{upper}-001"
# title = "Sensitive research with any partner in a country of concern"
# outcome = "escalate"
# rationale = "Our committee reviews every sensitive project with such a partner."
# citation = "{id} research security procedure, section 3"
# source = "local"
# mitigations = ["Refer to the research security committee."]
# when = {{ all = [ {{ area = {{ band = "flag" }} }}, {{ partner = {{ country = ["CN", "RU", "IR"] }} }} ] }}
'''


def init_pack(folder: Path, pack_id: str, extends: str) -> Path:
    """Write a new pack folder that extends a shipped (or other) pack. Refuses to overwrite."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", pack_id):
        raise PolicyError(f'"{pack_id}" is not a valid pack id.', None,
                          "Use lower-case letters, digits and '-', e.g. myuni.")
    if (folder / "policy.toml").exists():
        raise PolicyError("a policy.toml is already there.", Location(str(folder)), "Choose another folder.")
    parent = load_pack(resolve_pack_path(extends))
    if not parent.lists:
        raise PolicyError(f'pack "{extends}" has no organisation list to add to.', None,
                          "Extend a pack with lists, e.g. ca-strac.")
    first = parent.lists[0]
    (folder / "lists").mkdir(parents=True, exist_ok=True)
    today = dt.date.today().isoformat()
    text = _POLICY.format(
        id=pack_id, title=f"{pack_id}: local research security policy", extends=extends, today=today,
        jurisdiction=parent.jurisdiction, match=first.match, possible=first.possible, first_list=first.id,
        upper=pack_id.upper(), folder=folder,
    )
    (folder / "policy.toml").write_text(text, encoding="utf-8")
    extra = ",".join(["entry_id", "name", "aliases", "country"]) + "\n"
    (folder / "lists" / "additions.csv").write_text(extra, encoding="utf-8")
    return folder


@dataclass
class PackDiff:
    a: Pack
    b: Pack
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        head = [f"--- {self.a.id} {self.a.version} (sha256 {self.a.sha256[:12]})",
                f"+++ {self.b.id} {self.b.version} (sha256 {self.b.sha256[:12]})"]
        return "\n".join(head + (self.lines or ["(no differences in lists, areas or rules)"]))


def _entries(pack: Pack) -> dict[tuple[str, str], tuple]:
    return {(lst.id, e.entry_id): (e.name, e.aliases, e.country, tuple(sorted(e.attributes.items())), e.parent)
            for lst in pack.lists for e in lst.entries}


def _areas(pack: Pack) -> dict[tuple[str, str], tuple]:
    return {(s.id, a.area_id): (a.title, a.terms, a.codes, a.exclude, a.context, a.tier, a.category)
            for s in pack.area_sets for a in s.areas}


def _rules(pack: Pack) -> dict[str, tuple]:
    return {r.id: (r.title, r.outcome.value, repr(r.when), r.mitigations, r.status, r.effective, r.expires)
            for r in pack.rules}


def diff_packs(a: Pack, b: Pack) -> PackDiff:
    """Entries, areas and rules added (+), removed (-) and changed (~) from pack a to pack b."""
    diff = PackDiff(a, b)
    for what, getter, label in (("entry", _entries, lambda k: f"{k[0]} {k[1]}"),
                                ("area", _areas, lambda k: f"{k[0]} {k[1]}"),
                                ("rule", _rules, lambda k: k)):
        old, new = getter(a), getter(b)
        for key in sorted(new.keys() - old.keys()):
            diff.lines.append(f"+ {what} {label(key)}: {new[key][0]}")
        for key in sorted(old.keys() - new.keys()):
            diff.lines.append(f"- {what} {label(key)}: {old[key][0]}")
        for key in sorted(old.keys() & new.keys()):
            if old[key] != new[key]:
                diff.lines.append(f"~ {what} {label(key)}: {new[key][0]}")
    if a.thresholds != b.thresholds:
        diff.lines.append(f"~ thresholds: {dict(a.thresholds)} -> {dict(b.thresholds)}")
    return diff
