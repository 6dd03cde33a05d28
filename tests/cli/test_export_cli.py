"""`lifebook export` and `lifebook check`, run as a user would: as subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from lifebook.services.books import list_pages
from lifebook.services.pages import set_frame_text
from lifebook.store.db import Library

MM = 72 / 25.4


def run(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIFEBOOK_USER="cli-test")
    return subprocess.run(
        [sys.executable, "-m", "lifebook", "--library", str(library), *args],
        capture_output=True, text=True, env=env, timeout=300,
    )


@pytest.fixture(scope="module")
def demo_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("cli-export") / "library.sqlite3"
    result = run(library, "demo", "--json")
    assert result.returncode == 0, result.stderr
    return library


def test_export_writes_a_print_ready_pdf(demo_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "poppy.pdf"
    result = run(demo_library, "export", "--book", "1", "--out", str(out), "--bleed", "3", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["out"] == str(out) and report["final"] is False
    assert report["pages"] >= 8 and report["images"] >= 8
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == report["pages"]
        assert str(pdf.docinfo["/Title"]) == "Poppy's life story"
        assert str(pdf.Root.Lang) == "en-GB"
        for page in pdf.pages:
            assert "/TrimBox" in page.obj and "/BleedBox" in page.obj
            media = [float(v) for v in page.obj.MediaBox]
            trim = [float(v) for v in page.obj.TrimBox]
            assert trim[2] - trim[0] == pytest.approx(210 * MM, abs=0.1 * MM)
            assert trim[3] - trim[1] == pytest.approx(297 * MM, abs=0.1 * MM)
            assert media[2] - media[0] == pytest.approx((210 + 6) * MM, abs=0.1 * MM)
            for font in page.obj.Resources.get("/Font", {}).values():
                descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in descriptor  # embedded TrueType, never a base-14 font


def test_export_final_is_refused_until_approved(demo_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "final.pdf"
    result = run(demo_library, "export", "--book", "1", "--out", str(out), "--final")
    assert result.returncode == 2
    assert "quality assurance (QA)" in result.stderr
    assert not out.exists()


def test_check_reports_overflow_and_missing_glyphs_with_real_text(tmp_path: Path) -> None:
    library_path = tmp_path / "library.sqlite3"
    assert run(library_path, "demo").returncode == 0
    library = Library.open(library_path)
    try:
        pages = list_pages(library, 1)
        text_page = next(p for p in pages if p.template == "text-only")
        set_frame_text(library, text_page.id, "text", "Poppy is loved and safe. " * 400)
        photo_page = next(p for p in pages if p.template == "photo-text")
        set_frame_text(library, photo_page.id, "text", "Poppy drew a star 𝄞 and a smile 😀.")
    finally:
        library.close()
    result = run(library_path, "check", "--book", "1", "--json")
    assert result.returncode == 1  # an overflow is an error
    findings = json.loads(result.stdout)["findings"]
    overflow = [f for f in findings if f["code"] == "text-overflow"]
    assert overflow and overflow[0]["page"] == text_page.number and overflow[0]["frame"] == "text"
    assert overflow[0]["severity"] == "error"
    glyphs = [f for f in findings if f["code"] == "missing-glyph"]
    assert glyphs and glyphs[0]["page"] == photo_page.number
    assert "𝄞" in glyphs[0]["message"]
    # export prints the same findings and exits 1 for the error, but still writes the draft
    out = tmp_path / "draft.pdf"
    exported = run(library_path, "export", "--book", "1", "--out", str(out))
    assert exported.returncode == 1
    assert "too long" in exported.stderr and out.exists()


def test_export_unknown_book_is_a_clear_error(demo_library: Path, tmp_path: Path) -> None:
    result = run(demo_library, "export", "--book", "999", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "no book with id 999" in result.stderr


def test_export_to_word_writes_an_editable_document(demo_library: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "poppy.docx"
    result = run(demo_library, "export", "--book", "1", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["out"] == str(out) and report["final"] is False
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == report["photos"] > 0
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "All about Poppy now" in headings
    refused = run(demo_library, "export", "--book", "1", "--out", str(tmp_path / "f.docx"),
                  "--final")
    assert refused.returncode == 2 and "approved" in refused.stderr
    assert not (tmp_path / "f.docx").exists()
