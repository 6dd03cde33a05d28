"""Words and pictures "one page per sheet": each page big on its own landscape A4 sheet,
through the same layout and painters (export_book), and from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from lifebook.model.enums import BookKind
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import books, children, pages
from lifebook.services.content import load_book_content
from lifebook.services.export import ExportOptions, ExportRefused, export_book
from lifebook.store.db import Library

MM = 72 / 25.4
WORDS = "Nan and the social worker are worried because Ava was left on her own at home."


@pytest.fixture
def book_id(library: Library) -> int:
    child = children.add_child(library, "Ava", date_of_birth=date(2020, 5, 1))
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    ids = pages.page_order(library, book.id)
    for page_id in ids[1:]:
        pages.set_frame_text(library, page_id, "text", WORDS)
    return book.id


def _font_sizes(page: pikepdf.Page) -> list[float]:
    """Every text size on the page but the DRAFT watermark's (drawn far bigger than any words)."""
    sizes = [float(operands[1]) for operands, op in pikepdf.parse_content_stream(page)
             if str(op) == "Tf"]
    return [s for s in sizes if 0 < s < 100]


def _export(library: Library, book_id: int, out: Path, **options: object) -> int:
    book = load_book_content(library, book_id)
    result = export_book(book, out, ExportOptions(**options),  # type: ignore[arg-type]
                         cache_dir=out.parent / "cache", executor=InlineExecutor())
    return result.pages


def test_a_handout_has_one_big_landscape_sheet_per_page(library: Library, book_id: int,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    count = _export(library, book_id, out, handout=True, bleed_mm=3.0, crop_marks=True)
    assert count == 6  # the title and five panels, one sheet each
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 6
        assert "one page per sheet" in str(pdf.docinfo["/Subject"])
        for n, page in enumerate(pdf.pages):
            media = [float(v) for v in page.obj.MediaBox]
            trim = [float(v) for v in page.obj.TrimBox]
            assert media == pytest.approx(trim)  # no bleed, no crop marks
            assert media[2] - media[0] == pytest.approx(297 * MM, abs=0.1)  # A4 on its side
            assert media[3] - media[1] == pytest.approx(210 * MM, abs=0.1)
            assert not page.get_images()  # clipart prints as vectors, never as a picture
            if n == 0:
                continue
            ops = [str(op) for _o, op in pikepdf.parse_content_stream(page)]
            assert ops.count("m") >= 3 and ops.count("l") + ops.count("c") >= 20  # the picture as paths
            assert max(_font_sizes(page)) >= 30  # the words are big
            assert min(_font_sizes(page)) <= 10  # the page number stays small


def test_the_words_are_bigger_than_in_the_book(library: Library, book_id: int, tmp_path: Path) -> None:
    _export(library, book_id, tmp_path / "book.pdf")
    _export(library, book_id, tmp_path / "handout.pdf", handout=True)
    with pikepdf.open(tmp_path / "book.pdf") as book, pikepdf.open(tmp_path / "handout.pdf") as handout:
        assert book.pages[2].obj.MediaBox != handout.pages[2].obj.MediaBox
        assert max(_font_sizes(handout.pages[2])) > max(_font_sizes(book.pages[2])) + 4


def test_only_a_words_and_pictures_book_is_printed_as_a_handout(library: Library, tmp_path: Path) -> None:
    child = children.add_child(library, "Sam")
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    with pytest.raises(ExportRefused, match="words and pictures"):
        _export(library, book.id, tmp_path / "no.pdf", handout=True)
    assert not (tmp_path / "no.pdf").exists()


def test_lifebook_export_handout_from_the_command_line(library: Library, book_id: int,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIFEBOOK_USER="cli-test")
    result = subprocess.run(
        [sys.executable, "-m", "lifebook", "--library", str(tmp_path / "library.sqlite3"), "export",
         "--book", str(book_id), "--out", str(out), "--handout", "--json"],
        capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["handout"] is True and report["pages"] == 6
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 6
        assert float(pdf.pages[1].obj.MediaBox[2]) == pytest.approx(297 * MM, abs=0.1)
