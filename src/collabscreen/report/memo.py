"""Render one PDF review memo per project: jinja2 (autoescaped, strict) -> HTML -> weasyprint -> PDF.

Input text is always escaped, and the URL fetcher serves only files inside the template folder, so a
``<img src="file:///etc/passwd">`` or an ``http://`` link in any cell stays inert text.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import jinja2
from weasyprint import HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetchingError

from collabscreen.errors import OutputError
from collabscreen.location import Location

OUTCOME_TEXT = {
    "clear": "No list match and no rule fired. The collaboration may proceed under normal procedures.",
    "note": "Proceed; the findings below are recorded for information and audit.",
    "mitigate": "Proceed only once the mitigations listed below are in place.",
    "escalate": "A research-security committee must decide before the project proceeds.",
    "prohibited": "Not permitted under the policy applied. Do not proceed with this collaboration as proposed.",
}


def default_templates_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("collabscreen.templates")))


@dataclass(frozen=True)
class MemoJob:
    """What a memo's PDF needs besides its pages."""

    title: str
    identifier: str
    attachment: str
    as_of: str


class TemplateFolderFetcher(URLFetcher):
    """Fetches ``file://`` URLs inside one folder, and nothing else (no network, no other files)."""

    def __init__(self, folder: Path):
        super().__init__(allowed_protocols=("file",))
        self.folder = folder.resolve()

    def fetch(self, url, headers=None):
        parsed = urlparse(url)
        if parsed.scheme != "file":
            raise URLFetchingError(f"blocked: {url}")
        path = Path(unquote(parsed.path)).resolve()
        if not path.is_relative_to(self.folder):
            raise URLFetchingError(f"blocked: {url}")
        return super().fetch(url, headers)


class MemoRenderer:
    """Compiles the template and stylesheet once, then renders memos."""

    def __init__(self, templates_dir: Path | None = None):
        self.folder = (templates_dir or default_templates_dir()).resolve()
        template_file = self.folder / "memo.html.j2"
        if not template_file.is_file():
            raise OutputError("no memo.html.j2 in the templates folder.", Location(str(self.folder)),
                              "Start from the defaults with: collabscreen templates init DIR.")
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.template = self.env.get_template("memo.html.j2")
        self.summary_template = (self.env.get_template("summary.html.j2")
                                 if (self.folder / "summary.html.j2").is_file() else None)
        self.fetcher = TemplateFolderFetcher(self.folder)
        self.fonts = FontConfiguration()

    def html(self, memos: list[dict], run) -> str:
        """The HTML of a batch of memos; each memo is a dict with project, facts, decision and negatives, and
        optionally the ledger's notes (one Annotation or None per finding), project_note, resolved and since."""
        memos = [{"notes": [None] * len(m["decision"].findings) if "decision" in m else [], "project_note": "",
                  "resolved": [], "since": None, **m} for m in memos]
        return self.template.render(outcome_text=OUTCOME_TEXT, memos=memos, run=run)

    def memo_pdfs(self, html: str, jobs: list[MemoJob]) -> list[bytes]:
        """Lay the batch out once, then write each memo's pages as its own PDF/A-3u file.

        weasyprint spends much of a small document's time on setting it up; one layout pass for many memos
        shares that cost, and the named pages in the template keep each memo's numbering ("Page 2 of 5")."""
        document = HTML(string=html, base_url=str(self.folder) + "/", url_fetcher=self.fetcher).render(
            font_config=self.fonts)
        starts = {}
        for index, page in enumerate(document.pages):
            for anchor in page.anchors:
                if anchor.startswith("memo-start-"):
                    starts.setdefault(int(anchor.rsplit("-", 1)[1]), index)
        if sorted(starts) != list(range(1, len(jobs) + 1)):
            raise OutputError("the memo template must wrap each memo in an element with id memo-start-N.",
                              Location(str(self.folder / "memo.html.j2")),
                              "Start from the defaults with: collabscreen templates init DIR.")
        bounds = [starts[i] for i in range(1, len(jobs) + 1)] + [len(document.pages)]
        out = []
        for number, job in enumerate(jobs):
            part = document.copy(document.pages[bounds[number]:bounds[number + 1]])
            part.metadata = copy.copy(document.metadata)
            part.metadata.title = job.title
            out.append(self._write(part, job.identifier, job.attachment, job.as_of))
        return out

    def summary_html(self, **context) -> str | None:
        return self.summary_template.render(**context) if self.summary_template else None

    def pdf(self, html: str, identifier: str) -> bytes:
        """A one-off PDF/A-3u document (the round summary)."""
        document = HTML(string=html, base_url=str(self.folder) + "/", url_fetcher=self.fetcher).render(
            font_config=self.fonts)
        return self._write(document, identifier)

    def _write(self, document, identifier: str, findings_json: str | None = None, as_of: str | None = None) -> bytes:
        """PDF/A-3u; ``findings_json`` is embedded as a machine-readable attachment (findings.json)."""
        # A fixed identifier and fixed attachment dates make the same memo give the same bytes.
        pdf_id = hashlib.sha256(identifier.encode()).hexdigest()[:32].encode()
        attachments = []
        if findings_json is not None:
            when = dt.datetime.fromisoformat(as_of) if as_of else None
            attachments.append(
                Attachment(file_obj=io.BytesIO(findings_json.encode("utf-8")), name="findings.json",
                           description="The memo's decision and findings, machine-readable",
                           created=when, modified=when, relationship="Data")
            )
        return document.write_pdf(pdf_identifier=pdf_id, pdf_variant="pdf/a-3u", attachments=attachments)
