"""Decide: rules over facts -> findings -> one decision per project."""

from collabscreen.rules.engine import Evaluator, decide
from collabscreen.rules.findings import FINDING_COLUMNS, Decision, Finding

__all__ = ["FINDING_COLUMNS", "Decision", "Evaluator", "Finding", "decide"]
