"""The journey's 60 stops printed by both painters: every page, every stop once, in place.

The PDF (ReportLab) is read back with pikepdf and pdftotext, and rasterised
with pdftoppm; the editor's painter (Qt) paints the same layouts. In both,
each stop's marker disc shows its category's colour where the layout put it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from export_helpers import write_photo
from PIL import Image

from lifebook.layout.display import PageLayout
from lifebook.layout.engine import layout_book
from lifebook.layout.journey import plan, visible_stops
from lifebook.layout.journey_art import category_colour
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import frame_rect, page_template
from lifebook.model.content import BookContent, FrameContent, JourneyStop, MediaRef, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize, mm_to_pt
from lifebook.render.derivatives import InlineExecutor
from lifebook.render.qt import render_page_image
from lifebook.services.export import ExportOptions, export_book

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext")
                                is None, reason="needs poppler's pdftoppm and pdftotext")

CATEGORIES = ("birth", "move", "milestone", "education", "family", "court", "health",
              "contact", "other")
PPI = 50
SCALE = PPI / 72.0


def _photo(folder: Path, n: int) -> MediaRef:
    path = write_photo(folder / f"p{n}.jpg", (900, 700), variant=n)
    return MediaRef(n, hashlib.sha256(path.read_bytes()).hexdigest(), path, 900, 700)


@pytest.fixture(scope="module")
def journey(tmp_path_factory: pytest.TempPathFactory) -> tuple[BookContent, list[PageLayout]]:
    folder = tmp_path_factory.mktemp("journey-photos")
    stops = tuple(
        JourneyStop(
            event_id=i + 1, date=f"{i % 28 + 1} May {2012 + i // 6}", age=f"aged {i // 6}",
            title=f"Stop {i + 1:02d} happened", category=CATEGORIES[i % len(CATEGORIES)],
            photo=_photo(folder, i + 1) if i % 5 == 0 else None,
        )
        for i in range(60)
    )
    heading = FrameContent("heading", text="My journey")
    pages = (PageContent(1, 1, "timeline", frames={"heading": heading}),
             PageContent(2, 2, "text-only", frames={"text": FrameContent("text", text="After.")}))
    book = BookContent(1, BookKind.LIFE_STORY, "Sam's life story", TrimSize.A4_PORTRAIT, "Sam",
                       pages=pages, journey=stops)
    return book, layout_book(book)


@pytest.fixture(scope="module")
def pdf(journey, tmp_path_factory: pytest.TempPathFactory) -> Path:
    book, _ = journey
    out = tmp_path_factory.mktemp("journey-pdf") / "journey.pdf"
    export_book(book, out, ExportOptions(), cache_dir=out.parent / "cache",
                executor=InlineExecutor())
    return out


def _page_text(pdf: Path, number: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-layout",
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_pdf_has_every_page_and_every_stop_once(journey, pdf: Path) -> None:
    book, layouts = journey
    journey_pages = len(layouts) - 1
    assert journey_pages == 9  # 60 stops, at most 7 a page
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == journey_pages + 1
    texts = [_page_text(pdf, n) for n in range(1, journey_pages + 2)]
    everything = "\n".join(texts)
    for stop in book.journey:
        assert everything.count(stop.title) == 1, stop.title
    for n, text in enumerate(texts[:journey_pages], start=1):
        assert "My journey" in text
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        assert lines[-1].endswith(str(n))  # the printed page number, continuation pages counted
        assert (f"continues on page {n + 1}" in text) == (n < journey_pages)
        assert (f"continued from page {n - 1}" in text) == (n > 1)
    assert "After." in texts[-1]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a[:3], b[:3], strict=True))


def _marker_points(book: BookContent, part: int, bleed: float) -> list[tuple[JourneyStop, float, float]]:
    """A point inside each marker disc, clear of its white icon, in page pixels (bleed included)."""
    sheet = load_styles()
    spec = next(f for f in page_template("timeline").frames_for(book.trim) if f.key == "timeline")
    rect = frame_rect(spec, book.trim, sheet.margin_mm(book.trim), mm_to_pt(3))
    out = []
    for placed in plan(visible_stops(book), rect, sheet.family(book.kind), part):
        m = placed.marker
        out.append((placed.stop, (m.x + m.w * 0.1 + bleed) * SCALE, (m.y + m.h / 2 + bleed) * SCALE))
    return out


def test_both_painters_draw_each_stop_where_the_layout_put_it(qapp, journey, pdf: Path,
                                                               tmp_path: Path) -> None:
    book, layouts = journey
    checked = 0
    for part, layout in enumerate(layouts[:-1]):
        qt_image = render_page_image(layout, SCALE)
        prefix = tmp_path / f"p{part}"
        subprocess.run(["pdftoppm", "-png", "-r", str(PPI), "-f", str(part + 1), "-l",
                        str(part + 1), "-singlefile", str(pdf), str(prefix)], check=True)
        printed = Image.open(f"{prefix}.png").convert("RGB")
        for stop, x, y in _marker_points(book, part, layout.bleed):
            want = _rgb(category_colour(stop.category))
            qt = qt_image.pixelColor(round(x), round(y))
            assert _close((qt.red(), qt.green(), qt.blue()), want), (part, stop.title, "Qt")
            assert _close(printed.getpixel((round(x), round(y))), want), (part, stop.title, "PDF")
            checked += 1
    assert checked == 60


def test_a_stop_moved_by_the_painter_would_be_caught(qapp, journey) -> None:
    """The check above can fail: markers shifted by half their width no longer match."""
    book, layouts = journey
    layout = layouts[0]
    moved = dataclasses.replace(layout, items=[
        dataclasses.replace(i, rect=dataclasses.replace(i.rect, x=i.rect.x + 15))
        if getattr(i, "shape", "") == "ellipse" else i for i in layout.items])
    image = render_page_image(moved, SCALE)
    misses = 0
    for stop, x, y in _marker_points(book, 0, layout.bleed):
        c = image.pixelColor(round(x), round(y))
        misses += not _close((c.red(), c.green(), c.blue()), _rgb(category_colour(stop.category)))
    assert misses >= 5
