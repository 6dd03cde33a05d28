"""export_book end to end, with a stand-in layout (the engine is tested on its own)."""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from export_helpers import fake_layout, image_bytes, make_book
from tools import need

from lifebook.model.content import BookContent, FrameContent
from lifebook.model.trim import TrimSize
from lifebook.render.derivatives import InlineExecutor
from lifebook.services.export import (
    ExportCancelled,
    ExportOptions,
    ExportRefused,
    ExportResult,
    export_book,
)

SYNC = InlineExecutor()


@pytest.fixture()
def book(photo: Callable[..., Path]) -> BookContent:
    photos = [
        photo("beach.jpg", (1600, 1200)),
        photo("phone.jpg", (900, 1200), orientation=6, gps=True),
        photo("school.jpg", (1400, 1000)),
    ]
    return make_book(
        photos,
        ["Ruby at the beach", "Ruby's first day at school", ""],
        sections=["All about me", "All about me", "My birth family"],
    )


def export(
    book: BookContent,
    out: Path,
    cache: Path,
    options: ExportOptions | None = None,
    **kwargs: object,
) -> ExportResult:
    return export_book(
        book,
        out,
        options or ExportOptions(),
        cache_dir=cache,
        executor=SYNC,
        layout=fake_layout,
        **kwargs,  # type: ignore[arg-type]
    )


def with_caption(book: BookContent, page: int, text: str) -> BookContent:
    pages = list(book.pages)
    frames = dict(pages[page].frames)
    frames["caption"] = FrameContent("caption", text)
    pages[page] = dataclasses.replace(pages[page], frames=frames)
    return dataclasses.replace(book, pages=tuple(pages))


def pdf_text(path: Path) -> str:
    """The PDF's text in content order, all white space removed (the watermark is diagonal)."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(raw.split())


def test_export_writes_a_print_ready_pdf(tmp_path: Path, book: BookContent) -> None:
    seen: list[tuple[int, int, str]] = []
    result = export(
        book, tmp_path / "ruby.pdf", tmp_path / "cache", progress=lambda *a: seen.append(a)
    )
    assert result.out_path == tmp_path / "ruby.pdf" and result.out_path.is_file()
    assert (result.pages, result.images, result.cache_misses, result.cache_hits) == (3, 3, 3, 0)
    assert [f.code for f in result.findings] == ["empty-frame"]  # the page findings, collected
    assert result.elapsed > 0 and not result.final
    assert seen[-1] == (seen[-1][1], seen[-1][1], "Export finished")
    done = [s[0] for s in seen[1:]]
    assert done == sorted(done)
    assert not list(tmp_path.glob(".*.part"))
    with pikepdf.open(result.out_path) as pdf:
        assert len(pdf.pages) == 3
        assert str(pdf.docinfo.Subject) == "Life story book for Ruby"
        assert str(pdf.docinfo.Title) == "Ruby's life story book"
        assert all("/TrimBox" in p.obj and "/BleedBox" in p.obj for p in pdf.pages)
        with pdf.open_outline() as outline:
            assert [item.title for item in outline.root] == ["All about me", "My birth family"]
    assert len(image_bytes(result.out_path)) == 3
    need("pdftotext")
    assert "DRAFT" in pdf_text(result.out_path)  # drafts carry the watermark
    need("qpdf")
    subprocess.run(["qpdf", "--check", str(result.out_path)], check=True, capture_output=True)


def test_two_exports_are_byte_identical(tmp_path: Path, book: BookContent) -> None:
    first = export(book, tmp_path / "one.pdf", tmp_path / "cache-one")
    second = export(book, tmp_path / "two.pdf", tmp_path / "cache-two")  # cold cache, too
    assert first.out_path.read_bytes() == second.out_path.read_bytes()


def test_caption_change_reuses_every_cached_photo(tmp_path: Path, book: BookContent) -> None:
    cache = tmp_path / "cache"
    first = export(book, tmp_path / "a.pdf", cache)
    assert (first.cache_misses, first.cache_hits) == (3, 0)
    second = export(with_caption(book, 0, "Ruby and Nana at the beach"), tmp_path / "b.pdf", cache)
    assert (second.cache_misses, second.cache_hits) == (0, 3)
    assert second.out_path.read_bytes() != first.out_path.read_bytes()
    # A different print resolution needs different derivatives.
    third = export(book, tmp_path / "c.pdf", cache, ExportOptions(ppi=150))
    assert third.cache_misses == 3


def test_final_export_of_an_unapproved_book_is_refused(tmp_path: Path, book: BookContent) -> None:
    out = tmp_path / "final.pdf"
    with pytest.raises(ExportRefused, match=r"not been approved in quality assurance \(QA\)"):
        export(book, out, tmp_path / "cache", ExportOptions(final=True))
    assert not out.exists()


def test_final_export_of_an_approved_book_has_no_watermark(
    tmp_path: Path, book: BookContent
) -> None:
    approved = dataclasses.replace(book, approved=True)
    result = export(approved, tmp_path / "final.pdf", tmp_path / "cache", ExportOptions(final=True))
    assert result.final
    need("pdftotext")
    text = pdf_text(result.out_path)
    assert "DRAFT" not in text and "Rubyatthebeach" in text


@pytest.mark.parametrize("stage", ["Preparing photos", "Painting page"])
def test_cancel_leaves_no_file_and_keeps_the_old_one(
    tmp_path: Path, book: BookContent, stage: str
) -> None:
    out = tmp_path / "ruby.pdf"
    out.write_bytes(b"%PDF- the previous export")
    cancelled = False

    def progress(done: int, total: int, message: str) -> None:
        nonlocal cancelled
        cancelled = cancelled or message.startswith(stage)

    with pytest.raises(ExportCancelled):
        export(book, out, tmp_path / "cache", progress=progress, cancel=lambda: cancelled)
    assert out.read_bytes() == b"%PDF- the previous export"
    assert not list(tmp_path.glob(".*.part"))


def test_cancel_with_no_previous_file_leaves_nothing(tmp_path: Path, book: BookContent) -> None:
    out = tmp_path / "ruby.pdf"
    with pytest.raises(ExportCancelled):
        export(book, out, tmp_path / "cache", cancel=lambda: True)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "photos"] in ([], ["cache"])


def test_unreadable_photo_becomes_a_finding_in_a_draft(tmp_path: Path, book: BookContent) -> None:
    Path(book.pages[2].frames["photo"].media.path).write_bytes(b"")  # type: ignore[union-attr]
    result = export(book, tmp_path / "ruby.pdf", tmp_path / "cache")
    unreadable = [f for f in result.findings if f.code == "photo-unreadable"]
    assert len(unreadable) == 1 and unreadable[0].page_number == 3
    assert unreadable[0].message.startswith("Page 3: ")  # named in words, never by its key
    assert "frame" not in unreadable[0].message and "'photo'" not in unreadable[0].message
    assert result.images == 2


def test_crop_marks_and_a4(tmp_path: Path, book: BookContent) -> None:
    a4 = dataclasses.replace(book, trim=TrimSize.A4_PORTRAIT)
    result = export(a4, tmp_path / "a4.pdf", tmp_path / "cache", ExportOptions(crop_marks=True))
    with pikepdf.open(result.out_path) as pdf:
        media = [float(v) for v in pdf.pages[0].obj.MediaBox]
    assert media[2] * 25.4 / 72 == pytest.approx(210 + 6 + 20, abs=0.1)
    assert media[3] * 25.4 / 72 == pytest.approx(297 + 6 + 20, abs=0.1)
