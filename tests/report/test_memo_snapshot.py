"""The memo's HTML, kept as a snapshot: a change to the template or to what reaches it shows up as a diff here.

Run with UPDATE_SNAPSHOTS=1 to accept a deliberate change (and review the diff in the commit).
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import AS_OF, partner, person, project

from collabscreen.inputs.records import InputFile
from collabscreen.policy import load_policies
from collabscreen.report.memo import MemoRenderer
from collabscreen.report.outputs import memo_context
from collabscreen.rules import decide
from collabscreen.run import RunInfo
from collabscreen.screen import Screener

SNAPSHOT = Path(__file__).parent / "snapshots" / "memo-ca-strac.html"


def _html() -> str:
    policies = load_policies(["ca-strac"])
    facts = Screener(policies).screen_project(
        project("26027", "Autonomous attitude control for small-satellite formations",
                "Guidance and control for CubeSat formations using machine learning. <script>alert(1)</script>",
                keywords=["satellites", "=HYPERLINK(\"http://x\")"]),
        [partner("School of Astronautics, Harbin Institute of Technology, Harbin 150001, China", "China"),
         partner("哈爾濱工業大學", "CN", index=2), partner("University of Surrey", "UK", index=3)],
        [],
        [person("Иван Петров", "Russian", ["Московский физико-технический институт"]),
         person("علی رضایی", "Iranian", index=2)],
    )
    decision = decide(facts, policies, AS_OF)
    run = RunInfo("run-2026-11-28-000000000000", "0.1.0", "2026-11-28", "2026-11-28T00:00:00+00:00",
                  RunInfo.create(policies, (), AS_OF, {}).packs, (InputFile("round.xlsx", "round.xlsx", "0" * 64),))
    memo = memo_context(facts, decision, policies.lists, policies.area_sets)
    return MemoRenderer().html(memo, run)


def test_memo_html_matches_the_snapshot():
    html = _html()
    if os.environ.get("UPDATE_SNAPSHOTS") or not SNAPSHOT.exists():
        SNAPSHOT.write_text(html, encoding="utf-8")
    assert html == SNAPSHOT.read_text(encoding="utf-8")


def test_the_snapshot_escapes_input_and_shows_every_script():
    html = SNAPSHOT.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for name in ("哈爾濱工業大學", "Иван Петров", "علی رضایی", "Harbin Institute of Technology"):
        assert name in html
