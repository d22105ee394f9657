"""Policy packs: load, validate, merge and hash the lists, areas and rules every step applies."""

from collabscreen.policy.loader import load_pack, load_policies, resolve_pack_path, shipped_pack_names
from collabscreen.policy.model import Area, AreaSet, ListEntry, OrgList, Pack, PolicySet, Rule, Source

__all__ = [
    "Area",
    "AreaSet",
    "ListEntry",
    "OrgList",
    "Pack",
    "PolicySet",
    "Rule",
    "Source",
    "load_pack",
    "load_policies",
    "resolve_pack_path",
    "shipped_pack_names",
]
