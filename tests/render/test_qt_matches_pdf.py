"""WYSIWYG: the Qt painter (the editor) and the PDF painter (the printer) agree.

A page of the sample book, with photos and text, is painted by
render/qt.py at 100 ppi (photos: the print JPEGs, or the editor's own
screen decodes) and printed by render/pdf.py, then rasterised by
poppler's pdftoppm at 100 ppi. The two pictures must match:

- overall: the mean difference is small, and almost every pixel of a 1/4
  downsample is close (anti-aliasing differs, places and colours must not);
- text position: for every line of text, the shift that best lines the two
  pictures up is at most one pixel (poppler and Qt snap baselines to the
  pixel grid differently), so a line moved by 2 points (2.8 pixels) fails.

The same comparison is run on a Qt render with the text moved by 2 points,
to prove that it would catch such a fault.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QImage

from lifebook.layout.display import ImageItem, PageLayout, TextRun
from lifebook.layout.engine import layout_page
from lifebook.render.derivatives import InlineExecutor, make_derivatives
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.render.qt import ImageSource, render_page_image
from lifebook.services.content import load_book_content
from lifebook.services.demo import create_demo
from lifebook.store.db import Library
from lifebook.ui.editor.screen_images import ScreenImages

PPI = 100
SCALE = PPI / 72.0
PAGE = 1  # "All about Poppy now": heading, a photo, a caption and a paragraph
MAX_MEAN_DIFF = 2.5  # of 255, whole page; measured about 1.1
MIN_CLOSE = 0.99  # share of 1/4-downsampled pixels within CLOSE levels; measured about 0.997
CLOSE = 24
MAX_LINE_SHIFT = 1  # pixels, for each line of text
SEARCH = 4  # pixels searched each way for the best line shift

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


@dataclasses.dataclass
class Printed:
    page: PageLayout
    pdf: Image.Image  # pdftoppm's picture of the printed page
    derivatives: dict[ImageItem, Path]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    tmp = tmp_path_factory.mktemp("wysiwyg")
    library = Library.open(tmp / "library" / "library.sqlite3")
    try:
        book = load_book_content(library, create_demo(library).book.id)
    finally:
        library.close()
    page = layout_page(book, book.pages[PAGE])
    assert any(isinstance(i, ImageItem) for i in page.items)
    assert sum(isinstance(i, TextRun) for i in page.items) >= 5
    items = [i for i in page.items if isinstance(i, ImageItem)]
    made = make_derivatives(items, tmp / "cache", executor=InlineExecutor())
    assert not made.failures
    out = tmp / "page.pdf"
    paint_pdf([page], out, PdfInfo("WYSIWYG check"), images=made.paths)
    subprocess.run(["pdftoppm", "-r", str(PPI), "-png", "-singlefile", str(out), str(tmp / "page")],
                   check=True, capture_output=True)
    with Image.open(tmp / "page.png") as im:
        pdf = im.convert("RGB")
    return Printed(page, pdf, made.paths)


def qt_render(
    printed: Printed, page: PageLayout | None = None, images: ImageSource | None = None
) -> Image.Image:
    """The Qt painter's picture; photos default to the very JPEGs the PDF embeds."""

    def print_jpegs(item: ImageItem, _w: int, _h: int) -> QImage | None:
        path = printed.derivatives.get(item)
        return QImage(str(path)) if path else None

    image = render_page_image(page or printed.page, SCALE, images or print_jpegs)
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    with Image.open(io.BytesIO(bytes(buf.data()))) as im:
        return im.convert("RGB")


def same_size(a: Image.Image, b: Image.Image) -> tuple[Image.Image, Image.Image]:
    # pdftoppm rounds the page size up, Qt to the nearest pixel: at most one apart
    assert abs(a.width - b.width) <= 1 and abs(a.height - b.height) <= 1, (a.size, b.size)
    box = (0, 0, min(a.width, b.width), min(a.height, b.height))
    return a.crop(box), b.crop(box)


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def close_share(a: Image.Image, b: Image.Image) -> float:
    small_a, small_b = a.reduce(4), b.reduce(4)
    worst = ImageChops.difference(small_a, small_b).split()
    most = ImageChops.lighter(ImageChops.lighter(worst[0], worst[1]), worst[2])
    histogram = most.histogram()
    return sum(histogram[: CLOSE + 1]) / (small_a.width * small_a.height)


def line_boxes(page: PageLayout, size: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """A pixel box around each line of text (runs sharing a baseline)."""
    lines: dict[float, list[TextRun]] = {}
    for item in page.items:
        if isinstance(item, TextRun) and item.text.strip():
            lines.setdefault(round(item.baseline, 1), []).append(item)
    boxes = []
    for baseline, runs in sorted(lines.items()):
        tallest = max(r.size for r in runs)

        def px(v: float) -> int:
            return round((v + page.bleed) * SCALE)

        box = (max(px(min(r.x for r in runs)) - 4, SEARCH),
               max(px(baseline - tallest) - 2, SEARCH),
               min(px(page.width), size[0] - SEARCH),
               min(px(baseline + 0.35 * tallest) + 2, size[1] - SEARCH))
        boxes.append(box)
    return boxes


def best_shift(qt: Image.Image, pdf: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """The (dx, dy) that best lines the PDF's pixels in ``box`` up with Qt's."""
    a = qt.convert("L").crop(box)
    grey = pdf.convert("L")
    scores = []
    for dy in range(-SEARCH, SEARCH + 1):
        for dx in range(-SEARCH, SEARCH + 1):
            b = grey.crop((box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy))
            scores.append((ImageStat.Stat(ImageChops.difference(a, b)).mean[0], dx, dy))
    _score, dx, dy = min(scores)
    return dx, dy


def compare(qt: Image.Image, pdf: Image.Image, page: PageLayout) -> dict[str, object]:
    qt, pdf = same_size(qt, pdf)
    shifts = [best_shift(qt, pdf, box) for box in line_boxes(page, qt.size)]
    return {"mean": mean_diff(qt, pdf), "close": close_share(qt, pdf), "shifts": shifts}


def matches(result: dict[str, object]) -> bool:
    shifts = result["shifts"]
    assert isinstance(shifts, list) and shifts
    return (float(result["mean"]) < MAX_MEAN_DIFF  # type: ignore[arg-type]
            and float(result["close"]) > MIN_CLOSE  # type: ignore[arg-type]
            and all(abs(dx) <= MAX_LINE_SHIFT and abs(dy) <= MAX_LINE_SHIFT for dx, dy in shifts))


def moved_text(page: PageLayout, dx: float, dy: float) -> PageLayout:
    items = [dataclasses.replace(i, x=i.x + dx, baseline=i.baseline + dy)
             if isinstance(i, TextRun) else i for i in page.items]
    return dataclasses.replace(page, items=items)


def test_qt_painter_matches_the_printed_pdf(qapp, printed: Printed) -> None:
    result = compare(qt_render(printed), printed.pdf, printed.page)
    assert matches(result), result


def test_the_editors_screen_photos_match_the_printed_pdf(qapp, printed: Printed) -> None:
    # the canvas decodes photos itself, at screen size: they must still print as shown
    result = compare(qt_render(printed, images=ScreenImages(synchronous=True)), printed.pdf,
                     printed.page)
    assert matches(result), result


@pytest.mark.parametrize(("dx", "dy"), [(2.0, 0.0), (0.0, 2.0), (-2.0, 0.0), (0.0, -2.0)])
def test_text_moved_by_two_points_fails_the_same_check(
    qapp, printed: Printed, dx: float, dy: float
) -> None:
    shifted = qt_render(printed, moved_text(printed.page, dx, dy))
    result = compare(shifted, printed.pdf, printed.page)
    assert not matches(result), result
    # the line check alone catches it, whatever the overall numbers say
    assert all(abs(sx) >= 2 or abs(sy) >= 2 for sx, sy in result["shifts"]), result  # type: ignore[union-attr]
