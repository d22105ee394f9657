"""Render: PDF memos, the summary workbook, and the csv/json outputs of DESIGN.md section 4."""

from collabscreen.report.memo import MemoRenderer, default_templates_dir
from collabscreen.report.outputs import write_outputs

__all__ = ["MemoRenderer", "default_templates_dir", "write_outputs"]
