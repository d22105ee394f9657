"""What makes a finding "the same finding" in a later round, and what must not change for a disposition to hold.

Three digests per finding, all computed from the findings.csv row (so an edited findings.csv or summary.xlsx
identifies its findings without the policy or the ledger):

* ``key``: the finding's identity across rounds: project, subject type, check, list, entry, rule and the
  normalised subject text (for a list match the partner name or affiliation as written, case, spacing and
  accents aside; for a rule its evidence; a sensitive-area flag has no subject text: one per project and area).
  Row numbers and ordinals such as ``partner-2`` are left out, so re-ordering a sheet changes nothing.
* ``slot``: the same without the subject text but with the subject id: when a partner's name is edited the key
  changes, and the slot lets a disposition on the old text come back as *reopened* rather than be lost.
* ``fingerprint``: what a reviewer looked at: the exact text, the list entry's content and its list version
  (``entry_fingerprints``), the matched terms of an area, a rule's evidence and pack version. A disposition
  holds while the fingerprint is unchanged; a new alias, a new list version or an edited partner text reopens it.

>>> row = {"project_id": "26004", "subject_type": "partner", "subject_id": "partner-2", "check": "list_match",
...        "list_id": "ca-nro", "entry_id": "ca-nro-x", "rule_id": "", "matched_text": "Institut  Pasteur"}
>>> finding_key(row) == finding_key({**row, "matched_text": "institut pasteur", "subject_id": "partner-7"})
True
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from collabscreen.rules.findings import Finding

EntryFingerprints = Mapping[tuple[str, str], str]
"""(list_id, entry_id) -> digest of the entry's content and its list's version; for areas (set_id, area_id)."""

_SPACE = re.compile(r"\s+")


def digest(value: object) -> str:
    """sha256 of the canonical JSON of ``value``."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_text(text: str) -> str:
    """Case, accents, compatibility forms and runs of spaces do not make a different subject."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text).strip().casefold()


def _row(finding: Finding | Mapping[str, object]) -> Mapping[str, object]:
    return finding.row() if isinstance(finding, Finding) else finding


def _get(row: Mapping[str, object], name: str) -> str:
    value = row.get(name)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():  # an ID read back from a spreadsheet as 26001.0
        value = int(value)
    return str(value).strip()


def subject_text(finding: Finding | Mapping[str, object]) -> str:
    row = _row(finding)
    check = _get(row, "check")
    if check == "list_match":
        return normalise_text(_get(row, "matched_text"))
    if check == "rule":
        return normalise_text(_get(row, "evidence"))
    return ""


def finding_key(finding: Finding | Mapping[str, object]) -> str:
    """The finding's identity across rounds (64 hex digits); see the module docstring."""
    row = _row(finding)
    parts = [_get(row, n) for n in ("project_id", "subject_type", "check", "list_id", "entry_id", "rule_id")]
    return digest(["key", *parts, subject_text(row)])


def finding_slot(finding: Finding | Mapping[str, object]) -> str:
    """The place the finding occupies in its project, whatever its text: used to reopen on a text change."""
    row = _row(finding)
    names = ("project_id", "subject_type", "subject_id", "check", "list_id", "entry_id", "rule_id")
    return digest(["slot", *(_get(row, n) for n in names)])


def finding_fingerprint(finding: Finding | Mapping[str, object], entries: EntryFingerprints | None = None) -> str:
    """What must stay the same for a disposition on this finding to hold."""
    row = _row(finding)
    check = _get(row, "check")
    entry = (entries or {}).get((_get(row, "list_id"), _get(row, "entry_id")), "")
    if check == "list_match":
        seen = [_get(row, "matched_text"), _get(row, "matched_alias"), _get(row, "entry_name")]
    elif check == "sensitive_area":
        seen = [_get(row, "matched_alias"), _get(row, "matched_text"), _get(row, "entry_name")]
    else:
        pack = finding.pack if isinstance(finding, Finding) else _get(row, "pack")
        seen = [_get(row, "evidence"), pack]
    return digest(["fingerprint", check, entry, *seen])


@dataclass(frozen=True)
class KeyedFinding:
    """A finding with its key, slot and fingerprint."""

    finding: Finding
    key: str
    slot: str
    fingerprint: str

    @classmethod
    def of(cls, finding: Finding, entries: EntryFingerprints | None = None) -> KeyedFinding:
        return cls(finding, finding_key(finding), finding_slot(finding), finding_fingerprint(finding, entries))


def entry_fingerprints(policies) -> dict[tuple[str, str], str]:
    """(list_id, entry_id) -> sha256 of the entry's name, aliases, country, attributes and parent and of its
    pack's id and version; the same for sensitive areas, keyed (set_id, area_id). Pass it to the ledger so a
    dismissal reopens when the entry, or the list's version, changes.

    >>> fps = entry_fingerprints(load_policies(["ca-strac"]))       # doctest: +SKIP
    >>> fps[("ca-nro", "ca-nro-harbin-engineering-university")]      # doctest: +SKIP
    '5b1c...'
    """
    versions = {p.id: p.version for p in policies.packs}
    out: dict[tuple[str, str], str] = {}
    for org_list in policies.lists:
        version = [org_list.pack_id, versions.get(org_list.pack_id, "")]
        for e in org_list.entries:
            out[(org_list.id, e.entry_id)] = digest(["entry", *version, e.name, list(e.aliases), e.country,
                                                     dict(e.attributes), e.parent])
    for area_set in policies.area_sets:
        version = [area_set.pack_id, versions.get(area_set.pack_id, "")]
        for a in area_set.areas:
            out[(area_set.id, a.area_id)] = digest(["area", *version, a.title, list(a.terms), list(a.codes),
                                                    list(a.exclude), list(a.context), a.tier, a.category])
    return out
