"""What identifies a run: its inputs, packs, as-of date and tool version.

The run ID is derived from those, so the same inputs, policy and date give the same run ID and the same memos.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass

from collabscreen import __version__
from collabscreen.inputs.records import InputFile
from collabscreen.policy.model import PolicySet, Source


@dataclass(frozen=True)
class PackInfo:
    id: str
    title: str
    version: str
    effective: str
    sha256: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    tool_version: str
    as_of: str
    started: str
    packs: tuple[PackInfo, ...]
    inputs: tuple[InputFile, ...]
    second_opinion: dict | None = None  # SecondOpinion.describe(): model, sha256, heads files; None when not used

    @classmethod
    def create(cls, policies: PolicySet, inputs: tuple[InputFile, ...], as_of: dt.date, options: dict,
               second_opinion: dict | None = None) -> RunInfo:
        packs = tuple(PackInfo(p.id, p.title, p.version, p.effective.isoformat(), p.sha256, p.sources)
                      for p in policies.packs)
        identity = {
            "tool": __version__,
            "as_of": as_of.isoformat(),
            "packs": [(p.id, p.version, p.sha256) for p in packs],
            "inputs": sorted(f.sha256 for f in inputs),
            "options": options,
            **({"second_opinion": second_opinion} if second_opinion else {}),
        }
        digest = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:12]
        started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return cls(f"run-{as_of.isoformat()}-{digest}", __version__, as_of.isoformat(), started, packs, inputs,
                   second_opinion)

    def pack_records(self) -> list[dict]:
        return [{"id": p.id, "version": p.version, "sha256": p.sha256} for p in self.packs]

    def input_records(self) -> list[dict]:
        return [{"name": f.name, "sha256": f.sha256} for f in self.inputs]

    def as_dict(self) -> dict:
        return asdict(self)
