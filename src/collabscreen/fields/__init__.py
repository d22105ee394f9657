"""Screen: classify projects into sensitive research areas from text and field codes."""

from collabscreen.fields.classifier import AreaClassifier, AreaHit

__all__ = ["AreaClassifier", "AreaHit"]
