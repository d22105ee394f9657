"""One error type per kind of failure. Each carries a Location, says what is wrong and how to fix it.

The core raises these; only ``cli.py`` turns them into exit codes and printed messages.
"""

from __future__ import annotations

from collections.abc import Iterable

from collabscreen.location import Location


class CollabscreenError(Exception):
    """Base class: a problem the user can fix, with where it is and a hint."""

    kind = "error"

    def __init__(self, message: str, location: Location | None = None, hint: str | None = None):
        self.message = message
        self.location = location
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.hint:
            text += f" {self.hint}"
        return text


class InputError(CollabscreenError):
    """An input file, sheet, row or cell that cannot be read as it is."""

    kind = "input"


class PolicyError(CollabscreenError):
    """A policy pack that is missing, malformed or inconsistent."""

    kind = "policy"


class OutputError(CollabscreenError):
    """An output folder or ledger that cannot be written."""

    kind = "output"


class SetupError(CollabscreenError):
    """Something a requested feature needs is not installed, or not the version the packs name."""

    kind = "setup"


class Problems(CollabscreenError):
    """Several problems found at once, so the user can fix them all in one go."""

    def __init__(self, problems: Iterable[CollabscreenError]):
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s) found")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @property
    def kind(self) -> str:  # type: ignore[override]
        kinds = {p.kind for p in self.problems}
        return kinds.pop() if len(kinds) == 1 else "input"


def raise_all(problems: list[CollabscreenError]) -> None:
    """Raise every collected problem at once, or nothing when the list is empty."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise Problems(problems)
