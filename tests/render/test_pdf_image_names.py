"""Print images are named by what Lifebook knows of them, not re-opened and hashed by ReportLab."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from export_helpers import blank_page
from PIL import Image
from reportlab.lib.utils import ImageReader

from lifebook.layout.display import ImageItem, Rect
from lifebook.model.trim import TrimSize
from lifebook.render.pdf import PdfInfo, paint_pdf


def _jpeg(path: Path, colour: str) -> Path:
    Image.new("RGB", (300, 200), colour).save(path, "JPEG", quality=90)
    return path


def test_each_print_image_is_embedded_once_untouched_without_reportlab_opening_it(
    tmp_path: Path, monkeypatch
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("ReportLab opened a print image with PIL")

    monkeypatch.setattr(ImageReader, "_read_image", refuse)
    sea = _jpeg(tmp_path / "aaaa-sea.jpg", "steelblue")
    sand = _jpeg(tmp_path / "bbbb-sand.jpg", "khaki")
    items = [ImageItem(rect=Rect(40 + 150 * n, 100, 120, 80), sha256=f"{n:064x}", media_id=n,
                       source_path=str(sea), crop=(0.0, 0.0, 1.0, 1.0)) for n in range(3)]
    page = blank_page(TrimSize.A4_PORTRAIT)
    page.items = list(items)
    out = tmp_path / "book.pdf"
    paint_pdf([page], out, PdfInfo(title="t", author="a"),
              images={items[0]: sea, items[1]: sea, items[2]: sand.read_bytes()})
    with pikepdf.open(out) as pdf:
        streams = {bytes(obj.read_raw_bytes()) for obj in pdf.objects
                   if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"}
    assert streams == {sea.read_bytes(), sand.read_bytes()}  # once each, byte for byte
