"""Screen: normalise organisation names and affiliation strings and match them against lists."""

from collabscreen.names.matcher import NameIndex, NameMatch
from collabscreen.names.normalise import normalise

__all__ = ["NameIndex", "NameMatch", "normalise"]
