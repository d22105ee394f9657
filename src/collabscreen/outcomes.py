"""Outcomes and how they combine: clear < note < mitigate < escalate < prohibited.

>>> worst([Outcome.NOTE, Outcome.ESCALATE, Outcome.CLEAR])
<Outcome.ESCALATE: 'escalate'>
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class Outcome(str, Enum):
    CLEAR = "clear"
    NOTE = "note"
    MITIGATE = "mitigate"
    ESCALATE = "escalate"
    PROHIBITED = "prohibited"

    @property
    def severity(self) -> int:
        return _ORDER.index(self)

    def __str__(self) -> str:
        return self.value


_ORDER = [Outcome.CLEAR, Outcome.NOTE, Outcome.MITIGATE, Outcome.ESCALATE, Outcome.PROHIBITED]

OUTCOME_NAMES = [o.value for o in _ORDER]


def worst(outcomes: Iterable[Outcome]) -> Outcome:
    """The most severe outcome; ``clear`` when there are none."""
    return max(outcomes, key=lambda o: o.severity, default=Outcome.CLEAR)
