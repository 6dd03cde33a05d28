"""Fit or fill in the PDF: a fitted photo is placed whole at its letterboxed size, and a
picture that fills its frame is clipped to it while staying vectors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from export_helpers import sha256_of

from lifebook.layout.display import ImageItem
from lifebook.layout.engine import layout_page
from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent, PictureFit
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize
from lifebook.render.derivatives import InlineExecutor
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.services.export import ExportOptions, export_book


def _book(frame: FrameContent) -> BookContent:
    page = PageContent(1, 1, "words-and-pictures", frames={
        "photo1": frame, "text": FrameContent("text", text="[Name] went to the park.")})
    return BookContent(1, BookKind.WORDS_AND_PICTURES, "Sam's story", TrimSize.A4_PORTRAIT, "Sam",
                       approved=True, pages=(page,))


def _placements(pdf_path: Path) -> list[tuple[float, float, float, float]]:
    """(width, height, x, y) of every image drawn: the matrix in force at each ``Do``."""
    out = []
    with pikepdf.open(pdf_path) as pdf:
        stack: list[list[float]] = []
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
            name = str(op)
            if name == "q":
                stack.append(list(ctm))
            elif name == "Q":
                ctm = stack.pop()
            elif name == "cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                A, B, C, D, E, F = ctm
                ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                       e * A + f * C + E, e * B + f * D + F]
            elif name == "Do":
                out.append((ctm[0], ctm[3], ctm[4], ctm[5]))
    return out


def test_a_photo_set_to_fit_is_placed_whole_at_its_fitted_size(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    path = photo("tall.jpg", (900, 1350))
    ref = MediaRef(1, sha256_of(path), path, 900, 1350)
    book = _book(FrameContent("photo1", media=ref, fit=PictureFit.FIT))
    laid = layout_page(book, book.pages[0])
    item = next(i for i in laid.items if isinstance(i, ImageItem))
    frame = next(f.rect for f in laid.frames if f.key == "photo1")
    out = tmp_path / "fit.pdf"
    export_book(book, out, ExportOptions(bleed_mm=3.0, final=True), cache_dir=tmp_path / "cache",
                executor=InlineExecutor())
    [(w, h, x, y)] = _placements(out)
    assert w == pytest.approx(item.rect.w, abs=0.05) and h == pytest.approx(item.rect.h, abs=0.05)
    assert w / h == pytest.approx(900 / 1350, rel=0.002)  # the photo's own shape: nothing cut
    assert w < frame.w - 20 and h == pytest.approx(frame.h, abs=0.05)  # space either side
    bleed = 3.0 * 72 / 25.4
    assert x == pytest.approx(bleed + item.rect.x, abs=0.05)  # centred in the frame
    with pikepdf.open(out) as pdf:
        [image] = list(pdf.pages[0].get_images().values())
        assert int(image.Width) / int(image.Height) == pytest.approx(900 / 1350, rel=0.01)


def test_a_filled_picture_is_clipped_to_its_frame_and_stays_vectors(tmp_path: Path) -> None:
    book = _book(FrameContent("photo1", clipart="house", fit=PictureFit.FILL))
    laid = layout_page(book, book.pages[0])
    out = tmp_path / "fill.pdf"
    paint_pdf([laid], out, PdfInfo("fill"), images={})
    frame = next(f.rect for f in laid.frames if f.key == "photo1")
    with pikepdf.open(out) as pdf:
        page = pdf.pages[0]
        assert not page.get_images()
        ops = list(pikepdf.parse_content_stream(page))
    clips = [ops[i - 1] for i in range(1, len(ops)) if str(ops[i][1]) in ("W", "W*")]
    rects = {tuple(round(float(v), 2) for v in operands) for operands, op in clips if str(op) == "re"}
    want = (round(frame.x, 2), round(-frame.bottom, 2), round(frame.w, 2), round(frame.h, 2))
    assert want in rects  # every shape is clipped to the frame
    fitted = _book(FrameContent("photo1", clipart="house"))
    paint_pdf([layout_page(fitted, fitted.pages[0])], tmp_path / "fit.pdf", PdfInfo("fit"), images={})
    with pikepdf.open(tmp_path / "fit.pdf") as pdf:
        assert not any(str(op) in ("W", "W*") for _o, op in pikepdf.parse_content_stream(pdf.pages[0]))
