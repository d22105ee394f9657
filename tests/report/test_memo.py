"""PDF memos: what a reviewer reads, read back with pypdf. Rendering is slow, so one small round is rendered twice
(module fixtures) and every memo check reads those files; the template is otherwise checked as HTML."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from conftest import AS_OF, read_csv, workbook
from fontTools.ttLib import TTFont
from weasyprint.urls import URLFetchingError

from collabscreen.errors import OutputError
from collabscreen.pipeline import ScreenOptions, evaluate, load_policy_set, read, screen
from collabscreen.report import MemoRenderer, default_templates_dir
from collabscreen.report.memo import TemplateFolderFetcher
from collabscreen.run import RunInfo

HIT_STRING = "School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"
CYRILLIC = "Новосибирский государственный университет"
IMG = '<img src="file:///etc/passwd">'
ARABIC = "علی رضایی"
LATIN = "Zoë Ðặng-Łukasiewicz"


@pytest.fixture(scope="module")
def memo_inputs(tmp_path_factory):
    return workbook(
        tmp_path_factory.mktemp("memo-inputs"),
        projects=[
            ["26027", "Autonomous control for small-satellite formations",
             "Guidance and control algorithms for a pair of CubeSats. " + IMG],
            ["../../etc/passwd", "Bird song", "Wrens in hedgerows."],
        ],
        partners=[["26027", "哈尔滨工业大学", "China"], ["26027", HIT_STRING, "China"], ["26027", CYRILLIC, "Russia"]],
        funding=[["26027", "UK Space Agency", "UK", "government", 500000],
                 ["../../etc/passwd", "RSPB", "UK", "charity", 100]],
        people=[["26027", "Dr Stephen Clarke", "Principal Investigator", "British"],
                ["26027", ARABIC, "Co-investigator", "Iranian"], ["26027", LATIN, "Researcher", "French"]],
    )


def render(inputs, out):
    return screen(ScreenOptions(inputs=[inputs], policies=["ca-strac"], out=out, memos=True, workers=1, as_of=AS_OF))


@pytest.fixture(scope="module")
def rendered(memo_inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("memo-run") / "out"
    return render(memo_inputs, out), out


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def uncovered(pdf: bytes | Path, text: str) -> list[str]:
    """The characters of text that no font embedded in the PDF has a glyph for (they would print as boxes).
    Shaped scripts are embedded as presentation forms, so the fonts' characters are compared in NFKC."""
    reader = pypdf.PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    have = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            for part in font.get_object().get("/DescendantFonts", [font]):
                descriptor = part.get_object()["/FontDescriptor"].get_object()
                for key in ("/FontFile2", "/FontFile3"):  # TrueType, and OpenType CFF (Noto Sans CJK)
                    if key in descriptor:
                        font_file = TTFont(io.BytesIO(descriptor[key].get_object().get_data()))
                        have |= {unicodedata.normalize("NFKC", chr(c)) for c in font_file.getBestCmap()}
    return [c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c not in have]


def squeeze(text: str) -> str:
    """Text with all whitespace removed: table cells wrap long names and hashes across lines."""
    return re.sub(r"\s+", "", text)


def test_one_memo_per_project_inside_the_memos_folder(rendered, tmp_path):
    result, out = rendered
    memos = out / "memos"
    assert sorted(p.name for p in memos.iterdir()) == ["26027.pdf", "etc_passwd.pdf"]
    for path in memos.iterdir():
        assert path.resolve().parent == memos.resolve()
    assert [(r["project_id"], r["memo"]) for r in read_csv(out / "decisions.csv")] == [
        ("26027", "memos/26027.pdf"), ("../../etc/passwd", "memos/etc_passwd.pdf")]
    assert not (out.parent / "etc").exists() and not (out / "etc").exists()
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".pdf") == ["summary.pdf"]


def test_memo_text(rendered):
    result, out = rendered
    text = pdf_text(out / "memos" / "26027.pdf")
    flat = " ".join(text.split())
    pack = result.run["policy_packs"][0]
    assert pack["id"] == "ca-strac"
    assert "Research collaboration screening memo" in flat
    assert f"Project 26027 · screened as of 2026-11-28 · run {result.run['run_id']}" in flat
    assert "OUTCOME: PROHIBITED" in flat.upper()
    assert "CA-STRAC-001" in flat
    assert f"sha256 {pack['sha256'][:12]}" in flat
    assert pack["sha256"] in squeeze(text)
    assert "哈尔滨工业大学" in squeeze(text)
    assert squeeze(CYRILLIC) in squeeze(text)
    assert squeeze(HIT_STRING) in squeeze(text)
    # Input text is escaped: the tag is printed, not fetched.
    assert IMG in flat


def test_a_memo_names_the_second_opinion_and_what_it_read(memo_inputs, tmp_path):
    out = tmp_path / "out"
    result = screen(ScreenOptions(inputs=[memo_inputs], policies=["ca-strac"], out=out, memos=True, workers=1,
                                  as_of=AS_OF, second_opinion=True))
    text = pdf_text(out / "memos" / "26027.pdf")
    flat = " ".join(text.split())
    assert "Second opinion sentence-transformers/all-MiniLM-L6-v2 (weights sha256" in flat
    assert result.run["second_opinion"]["model_sha256"] in squeeze(text)
    assert "flag a possible match at 0.50, lower a flag under 0.40" in flat
    assert "second opinion: the text reads as Aerospace, Space and Satellite Technology with probability" in flat
    assert "second opinion" not in pdf_text(out / "memos" / "etc_passwd.pdf")  # no term reached an area


def test_every_script_prints_with_real_glyphs(rendered):
    _, out = rendered
    names = ["哈尔滨工业大学", CYRILLIC, ARABIC, LATIN, HIT_STRING]
    assert uncovered(out / "memos" / "26027.pdf", "".join(names)) == []
    # The check can fail: a private-use character has no glyph in any installed font.
    assert uncovered(MemoRenderer().pdf("<p>a\ue000</p>", "x"), "a\ue000") == ["\ue000"]


def test_clear_memo_text(rendered):
    result, out = rendered
    flat = " ".join(pdf_text(out / "memos" / "etc_passwd.pdf").split())
    assert "Project ../../etc/passwd" in flat
    assert "OUTCOME: CLEAR" in flat.upper()
    assert result.run["run_id"] in flat


def test_every_page_numbers_itself_within_its_memo(rendered):
    _, out = rendered
    reader = pypdf.PdfReader(out / "memos" / "26027.pdf")
    total = len(reader.pages)
    assert total > 1
    for number, page in enumerate(reader.pages, 1):
        assert f"Page {number} of {total}" in page.extract_text()


def test_memo_is_pdf_a_3u_with_its_findings_attached(rendered):
    import json

    result, out = rendered
    reader = pypdf.PdfReader(out / "memos" / "26027.pdf")
    assert reader.metadata.title == "Screening memo 26027: Autonomous control for small-satellite formations"
    identification = reader.xmp_metadata.rdf_root.getElementsByTagNameNS("*", "Description")[0]
    assert (identification.getAttribute("pdfaid:part"), identification.getAttribute("pdfaid:conformance")) == ("3", "U")
    attached = json.loads(reader.attachments["findings.json"][0])
    findings = [r for r in read_csv(out / "findings.csv") if r["project_id"] == "26027"]
    assert (attached["run_id"], attached["project_id"], attached["outcome"]) == (
        result.run["run_id"], "26027", "prohibited")
    assert [f["rule_id"] for f in attached["findings"]] == [f["rule_id"] for f in findings]
    assert attached["policy_packs"][0]["sha256"] == result.run["policy_packs"][0]["sha256"]


def test_same_inputs_and_as_of_give_the_same_memos(rendered, memo_inputs, tmp_path):
    first, first_out = rendered
    second_out = tmp_path / "again"
    second = render(memo_inputs, second_out)
    assert second.run["run_id"] == first.run["run_id"]
    for name in ("26027.pdf", "etc_passwd.pdf"):
        assert pdf_text(second_out / "memos" / name) == pdf_text(first_out / "memos" / name), name
        # A fixed PDF identifier and the as-of date as the document date make the bytes reproducible too.
        assert (second_out / "memos" / name).read_bytes() == (first_out / "memos" / name).read_bytes(), name
    assert (second_out / "findings.csv").read_bytes() == (first_out / "findings.csv").read_bytes()


# --- the template as HTML (fast: no PDF) ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def renderer():
    return MemoRenderer()


def memo_html(renderer, memo_inputs, project_id):
    policies = load_policy_set(["ca-strac"])
    bundle = read([memo_inputs])
    pairs = evaluate(bundle, policies, AS_OF)
    run = RunInfo.create(policies, bundle.files, AS_OF, {"memos": True})
    facts, decision = next((f, d) for f, d in pairs if d.project_id == project_id)
    memo = {"project": facts.project, "facts": facts, "decision": decision, "negatives": []}
    return renderer.html(memo, run), run


def test_html_escapes_input_text(renderer, memo_inputs):
    html, run = memo_html(renderer, memo_inputs, "26027")
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert IMG not in html
    assert f'data-run="{run.run_id}"' in html
    assert "哈尔滨工业大学" in html


def test_a_template_variable_that_is_not_given_is_an_error(renderer):
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        renderer.html({"project": None}, run=None)


def test_the_url_fetcher_serves_only_the_template_folder():
    folder = default_templates_dir()
    fetcher = TemplateFolderFetcher(folder)
    for url in ("file:///etc/passwd", "http://example.org/x.png", f"file://{folder}/../pyproject.toml"):
        with pytest.raises(URLFetchingError):
            fetcher.fetch(url)
    fetched = fetcher.fetch(f"file://{folder}/memo.css")
    assert fetched is not None


def test_a_templates_folder_without_the_memo_template(tmp_path):
    with pytest.raises(OutputError) as caught:
        MemoRenderer(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path.resolve()}: no memo.html.j2 in the templates folder. Start from the defaults with: "
        "collabscreen templates init DIR."
    )


def test_as_of_is_printed_not_today(renderer, memo_inputs):
    html, _ = memo_html(renderer, memo_inputs, "../../etc/passwd")
    assert "screened as of 2026-11-28" in html
    assert '<meta name="dcterms.created" content="2026-11-28">' in html
