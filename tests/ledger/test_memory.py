# ruff: noqa: F811  (the fixtures come from ledger_support by name)
"""Memory across rounds: dispositions that hold, reopen and compare; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from ledger_support import decision, ledger_url, match, pg_url, rule, run  # noqa: F401

from collabscreen.errors import InputError
from collabscreen.ledger import Ledger, finding_key

FPS = {("nro", "hit-1"): "entry-v1"}


def test_a_dismissal_holds_until_the_list_entry_or_the_partner_text_changes(ledger_url):
    hit, other = match(), match(entry="hit-2", text="Beihang")
    with Ledger.open(ledger_url) as ledger:
        ledger.record_run(run(), [decision("26001", hit, other)], FPS)
        [d] = ledger.review("dismiss", "A. Officer", "different university", [finding_key(hit)[:10]])
        assert (d.decision, d.reviewer, d.finding_key, d.subject["entry_id"]) == ("dismiss", "A. Officer",
                                                                                  finding_key(hit), "hit-1")
        # Next round, same text and entry: the dismissal applies; case and spacing do not make a new finding.
        same = match(text="HARBIN  engineering univ.", subject="partner-4")
        assert finding_key(same) == finding_key(hit)
        applied = ledger.dispositions_for([hit, other], FPS)
        assert {f: a.status for f, a in applied.items()} == {hit: "applies"}
        # A new alias or list version changes the entry's fingerprint: reopened.
        assert ledger.dispositions_for([hit], {("nro", "hit-1"): "entry-v2"})[hit].status == "reopened"
        # An edited partner text in the same slot: reopened too, not lost.
        edited = match(text="Harbin Engineering University (Harbin)")
        assert ledger.dispositions_for([edited], FPS)[edited].status == "reopened"
        # A later confirm supersedes the dismissal.
        ledger.review("confirm", "B. Chair", "it is HEU after all", [finding_key(hit)])
        assert ledger.dispositions_for([hit], FPS)[hit].disposition.decision == "confirm"


def test_compare_marks_new_unchanged_reopened_and_resolved(ledger_url):
    a, b, c = match(), match(entry="hit-2", text="Beihang"), rule()
    with Ledger.open(ledger_url) as ledger:
        assert ledger.previous_run_for(run()["input_files"]) is None
        ledger.record_run(run(), [decision("26001", a, b, c)], FPS)
        since = ledger.previous_run_for(run()["input_files"])
        assert since == run()["run_id"]
        d = match(project_id="26001", entry="hit-3", text="NUDT")
        changes = ledger.compare(since, [a, c, d], {("nro", "hit-1"): "entry-v2"})
        assert changes.status == {a: "reopened", c: "unchanged", d: "new"}
        assert [r["entry_id"] for r in changes.resolved] == ["hit-2"]
        assert changes.counts() == {"new": 1, "unchanged": 1, "reopened": 1, "resolved": 1}
        assert set(ledger.compare(None, [a], FPS).status.values()) == {"new"}
        # A dismissal that no longer holds marks the finding reopened even when the run did not change.
        ledger.review("dismiss", "A. Officer", "false positive", [finding_key(a)])
        assert ledger.compare(since, [a], {("nro", "hit-1"): "entry-v3"}).status[a] == "reopened"
        # Another round of the same file, edited: found by file name.
        assert ledger.previous_run_for([{"name": "round.xlsx", "sha256": "b" * 64}]) == since


def test_project_dispositions_hold_while_the_findings_are_the_same(ledger_url):
    a, c = match(), rule()
    with Ledger.open(ledger_url) as ledger:
        ledger.record_run(run(), [decision("26001", a, c)], FPS)
        ledger.review("override", "Committee", "approved with a TCP", project_id="26001", outcome="mitigate")
        assert ledger.project_dispositions([decision("26001", a, c)], FPS)["26001"].status == "applies"
        assert ledger.project_dispositions([decision("26001", a)], FPS)["26001"].status == "reopened"
        assert ledger.project_dispositions([decision("26002", a)], FPS) == {}


@pytest.mark.parametrize("kwargs, message", [
    (dict(decision="dismiss", reviewer="", reason="fp", keys=["x" * 12]), "no reviewer given"),
    (dict(decision="dismiss", reviewer="A", reason=" ", keys=["x" * 12]), "no reason given"),
    (dict(decision="override", reviewer="A", reason="r", project_id="26001"), "an override needs the outcome"),
    (dict(decision="dismiss", reviewer="A", reason="r", project_id="26001"), "dismiss is about one finding"),
    (dict(decision="dismiss", reviewer="A", reason="r", keys=["0123456789"]), 'no recorded finding has the key'),
    (dict(decision="accept_with_mitigations", reviewer="A", reason="r", project_id="26999"), "is not in the ledger"),
])
def test_incomplete_or_unknown_dispositions_are_refused(tmp_path, kwargs, message):
    with Ledger.open(tmp_path / "l.sqlite") as ledger:
        ledger.record_run(run(), [decision("26001", match())], FPS)
        with pytest.raises(InputError, match=message):
            ledger.review(kwargs.pop("decision"), kwargs.pop("reviewer"), kwargs.pop("reason"), **kwargs)
        assert ledger.dispositions() == []
        assert ledger.verify() == []
