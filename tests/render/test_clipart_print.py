"""Clipart prints as vector paths (no image in the PDF) and looks the same on screen and paper."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer

from lifebook.layout.display import StrokeItem
from lifebook.layout.engine import layout_page
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.render.qt import render_page_image

PPI = 60


def _page(picture: str) -> tuple[BookContent, PageContent]:
    page = PageContent(1, 1, "words-and-pictures", frames={
        "photo1": FrameContent("photo1", clipart=picture),
        "text": FrameContent("text", text="[Name] has a new bed.")})
    book = BookContent(1, BookKind.WORDS_AND_PICTURES, "Sam's story", TrimSize.A4_PORTRAIT, "Sam",
                       approved=True, pages=(page,))
    return book, page


def test_clipart_is_printed_as_filled_and_stroked_paths_with_no_image(tmp_path: Path) -> None:
    book, page = _page("bed")
    laid = layout_page(book, page)
    strokes = [i for i in laid.items if isinstance(i, StrokeItem) and i.frame_key == "photo1"]
    assert len(strokes) >= 5
    out = tmp_path / "bed.pdf"
    paint_pdf([laid], out, PdfInfo("clipart"), images={})
    with pikepdf.open(out) as pdf:
        (pg,) = pdf.pages
        assert not pg.get_images()  # vectors, not a bitmap
        instructions = list(pikepdf.parse_content_stream(pg))
        ops = [str(op) for _operands, op in instructions]
        colours = {tuple(round(float(v), 2) for v in operands)
                   for operands, op in instructions if str(op) == "rg"}
    assert ops.count("m") >= len(strokes)  # a path starts for every shape
    assert {"B", "B*"} & set(ops) and {"f", "f*"} & set(ops)  # filled shapes, outlined or not
    assert (round(0x7F / 255, 2), round(0xB3 / 255, 2), round(0xE0 / 255, 2)) in colours  # the blue cover


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")
def test_the_editor_and_the_pdf_draw_the_same_picture(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    book, page = _page("family")
    laid = layout_page(book, page)
    out = tmp_path / "family.pdf"
    paint_pdf([laid], out, PdfInfo("clipart"), images={})
    subprocess.run(["pdftoppm", "-r", str(PPI), "-png", "-singlefile", str(out), str(tmp_path / "p")],
                   check=True, capture_output=True)
    with Image.open(tmp_path / "p.png") as im:
        pdf = im.convert("RGB")
    qimage = render_page_image(laid, PPI / 72.0)
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    qimage.save(buf, "PNG")
    with Image.open(io.BytesIO(bytes(buf.data()))) as im:
        qt = im.convert("RGB")
    w, h = min(pdf.width, qt.width), min(pdf.height, qt.height)
    pdf, qt = pdf.crop((0, 0, w, h)), qt.crop((0, 0, w, h))
    diff = sum(ImageStat.Stat(ImageChops.difference(pdf, qt)).mean) / 3
    assert diff < 2.5
    # and the check can fail: the picture moved by a few points does not match
    moved = [dataclass_moved(i) for i in laid.items]
    laid.items = moved
    shifted = render_page_image(laid, PPI / 72.0)
    buf2 = QBuffer()
    buf2.open(QBuffer.OpenModeFlag.WriteOnly)
    shifted.save(buf2, "PNG")
    with Image.open(io.BytesIO(bytes(buf2.data()))) as im:
        off = im.convert("RGB").crop((0, 0, w, h))
    assert sum(ImageStat.Stat(ImageChops.difference(pdf, off)).mean) / 3 > diff * 2


def dataclass_moved(item):  # type: ignore[no-untyped-def]
    import dataclasses

    if isinstance(item, StrokeItem) and item.frame_key == "photo1":
        return dataclasses.replace(item, points=tuple((x + 6, y + 6) for x, y in item.points))
    return item


def test_no_svg_file_reaches_the_pdf_as_text(tmp_path: Path) -> None:
    book, page = _page("court")
    out = tmp_path / "court.pdf"
    paint_pdf([layout_page(book, page)], out, PdfInfo("clipart"), images={})
    assert not re.search(rb"<svg|\.svg", out.read_bytes())
