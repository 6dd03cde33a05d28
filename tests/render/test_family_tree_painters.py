"""Both painters draw the family tree page: words in the PDF, round photos in both."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import sha256_of
from PIL import Image
from PySide6.QtGui import QColor, QImage
from tools import need

from lifebook.layout.display import ImageItem, PageLayout
from lifebook.layout.engine import layout_page
from lifebook.model.content import BookContent, FamilyMember, MediaRef
from lifebook.model.trim import TrimSize
from lifebook.render.derivatives import InlineExecutor
from lifebook.render.qt import render_page_image
from lifebook.services.export import ExportOptions, export_book

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "layout"))
from family_helpers import awkward, tree_book, tree_frame  # noqa: E402

RED = (230, 20, 30)


def _red_photo(path: Path) -> MediaRef:
    Image.new("RGB", (900, 900), RED).save(path, "JPEG", quality=95)
    return MediaRef(41, sha256_of(path), path, 900, 900)


def _family_with_photo(photo: MediaRef) -> tuple[FamilyMember, ...]:
    members = list(awkward())
    mum = members[1]
    members[1] = FamilyMember(mum.person_id, mum.label, mum.relationship, mum.group, photo=photo)
    return tuple(members)


def _book(tmp_path: Path, trim: TrimSize = TrimSize.A4_PORTRAIT) -> BookContent:
    return tree_book(_family_with_photo(_red_photo(tmp_path / "mum.jpg")), trim)


def _photo_item(page: PageLayout) -> ImageItem:
    return next(i for i in page.items if isinstance(i, ImageItem))


def _is_red(rgb: tuple[int, ...]) -> bool:
    r, g, b = rgb[:3]
    return r > 180 and g < 90 and b < 90


def _corner_and_centre(item: ImageItem, offset: float) -> tuple[tuple[int, int], tuple[int, int]]:
    """A point inside the photo's square but outside its circle, and its middle (pixels at 1 pt)."""
    r = item.rect
    corner = (round(r.x + r.w * 0.07 + offset), round(r.y + r.h * 0.07 + offset))
    centre = (round(r.x + r.w / 2 + offset), round(r.y + r.h / 2 + offset))
    return corner, centre


def test_the_pdf_painter_draws_the_tree_with_its_words_and_a_round_photo(tmp_path: Path) -> None:
    need("pdftotext")
    need("pdftoppm")
    book = _book(tmp_path)
    out = tmp_path / "tree.pdf"
    result = export_book(book, out, ExportOptions(), cache_dir=tmp_path / "cache",
                         executor=InlineExecutor())
    assert result.pages == 1 and result.images == 1
    text = "".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())
    for words in ("Kayden'sbirthfamily", "Chantelle", "Birthmum", "Birthdad", "GrandadMike",
                  "died2019", "LiveswithNannaJo", "Adoptedbyanotherfamily", "JoandSam",
                  "AmiraandTom", "Kayden"):
        assert words in text
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(out), str(tmp_path / "page")], check=True)
    raster = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    page = layout_page(book, book.pages[0])
    corner, centre = _corner_and_centre(_photo_item(page), page.bleed)
    assert _is_red(raster.getpixel(centre))
    assert not _is_red(raster.getpixel(corner))  # clipped to a circle


def test_the_qt_painter_draws_the_tree_and_clips_photos_to_circles(tmp_path: Path, qapp) -> None:
    book = _book(tmp_path)
    page = layout_page(book, book.pages[0])

    def red(_item: ImageItem, w: int, h: int) -> QImage:
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor(*RED))
        return image

    image = render_page_image(page, 1.0, red)
    corner, centre = _corner_and_centre(_photo_item(page), page.bleed)
    pixel = image.pixelColor(*centre)
    assert _is_red((pixel.red(), pixel.green(), pixel.blue()))
    pixel = image.pixelColor(*corner)
    assert not _is_red((pixel.red(), pixel.green(), pixel.blue()))


@pytest.mark.parametrize("trim", list(TrimSize))
def test_the_qt_painter_paints_the_tree_on_every_trim(trim: TrimSize, qapp) -> None:
    book = tree_book(awkward(), trim)
    page = layout_page(book, book.pages[0])
    image = render_page_image(page, 0.5)
    frame = tree_frame(trim)
    paper = image.pixelColor(2, 2)
    coloured = 0
    for y in range(round((frame.y + page.bleed) * 0.5), round((frame.bottom + page.bleed) * 0.5), 3):
        for x in range(round((frame.x + page.bleed) * 0.5), round((frame.right + page.bleed) * 0.5), 3):
            if image.pixelColor(x, y) != paper:
                coloured += 1
    assert coloured > 400  # circles, halos and names, not an empty page
