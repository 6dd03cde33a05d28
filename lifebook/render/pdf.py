"""The PDF painter: draws display lists (lifebook.layout.display) onto ReportLab.

Each PageLayout becomes one PDF page whose MediaBox is the trim plus the
bleed on every side (plus a mark area when crop marks are asked for), with
/TrimBox and /BleedBox set on every page. Display-list coordinates (points,
origin at the trim's top-left, y down) are mapped here; nothing is scaled.

Text is drawn with the bundled TrueType faces, registered under the same
names the layout engine measured with (lifebook.layout.fonts), embedded as
subsets; shaped runs are drawn glyph by glyph at the layout's positions
(lifebook.render.pdf_text). Photos are the print derivatives
(lifebook.render.derivatives), embedded untouched as DCT (JPEG) streams.

No Qt. The only module that talks to ReportLab's canvas.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from lifebook.layout import fonts
from lifebook.layout.display import (
    DisplayItem,
    ImageItem,
    PageLayout,
    Rect,
    ShapeItem,
    StrokeItem,
    TextRun,
    painter_for,
)
from lifebook.layout.watermark import WATERMARK_FACE, watermark_for
from lifebook.model.trim import mm_to_pt
from lifebook.render.pdf_text import draw_shaped_run

MARK_AREA_MM = 10.0  # extra paper on every side, outside the bleed, for crop marks
MARK_GAP_MM = 1.0  # marks start this far outside the bleed, so they never print on the page
MARK_WIDTH_PT = 0.25
DEFAULT_FACE = "Andika"  # the initial font: a registered TTF, so no Helvetica is ever named
# Registration colour: prints on every separation, as crop marks should.
REGISTRATION = CMYKColorSep(1, 1, 1, 1, spotName="All")

PageHook = Callable[[int, int], None]  # (pages painted, total pages)


@dataclass(frozen=True)
class PdfInfo:
    """Document metadata, written to the Info dictionary and the catalog."""

    title: str
    author: str = ""
    subject: str = ""
    creator: str = "Lifebook"
    lang: str = "en-GB"
    changed: datetime | None = None  # the book's last change (UTC): CreationDate and ModDate


@dataclass(frozen=True)
class PageBoxes:
    """A page's boxes in PDF points: (x0, y0, x1, y1), origin bottom-left of the media."""

    media: tuple[float, float, float, float]
    bleed: tuple[float, float, float, float]
    trim: tuple[float, float, float, float]


def page_boxes(page: PageLayout, crop_marks: bool = False) -> PageBoxes:
    """Where the trim, bleed and media of ``page`` lie on its PDF page."""
    mark = mm_to_pt(MARK_AREA_MM) if crop_marks else 0.0
    bleed = max(0.0, page.bleed)
    width = page.width + 2 * (bleed + mark)
    height = page.height + 2 * (bleed + mark)
    edge = bleed + mark
    return PageBoxes(
        media=(0.0, 0.0, width, height),
        bleed=(mark, mark, width - mark, height - mark),
        trim=(edge, edge, edge + page.width, edge + page.height),
    )


def parse_colour(value: str) -> tuple[float, float, float, float]:
    """'#RGB', '#RGBA', '#RRGGBB' or '#RRGGBBAA' as (red, green, blue, alpha) in 0..1.

    Note the alpha comes *last*, as in CSS (Qt's QColor reads '#AARRGGBB').
    """
    text = value.strip().lstrip("#")
    if len(text) in (3, 4):
        text = "".join(ch * 2 for ch in text)
    if len(text) not in (6, 8):
        raise ValueError(f"'{value}' is not a colour; use #RRGGBB or #RRGGBBAA")
    try:
        channels = [int(text[i : i + 2], 16) / 255.0 for i in range(0, len(text), 2)]
    except ValueError:
        raise ValueError(f"'{value}' is not a colour; use #RRGGBB or #RRGGBBAA") from None
    if len(channels) == 3:
        channels.append(1.0)
    red, green, blue, alpha = channels
    return red, green, blue, alpha


def register_faces(faces: set[str] | frozenset[str] | Sequence[str]) -> None:
    """Register bundled TTF faces with ReportLab under their face names (idempotent)."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for face in faces:
        if face not in known:
            pdfmetrics.registerFont(fonts.ttf(face))  # raises fonts.FontError if unknown


def used_faces(pages: Sequence[PageLayout]) -> list[str]:
    """Every face name the printable items of ``pages`` draw with, in first-use order."""
    seen: dict[str, None] = {}
    for page in pages:
        for item in page.items:
            if isinstance(item, TextRun):
                seen.setdefault(item.font, None)
        if page.watermark:
            seen.setdefault(WATERMARK_FACE, None)
    return list(seen)


def paint_pdf(
    pages: Sequence[PageLayout],
    out: str | Path | BinaryIO,
    info: PdfInfo,
    *,
    images: Mapping[ImageItem, Path | bytes],
    crop_marks: bool = False,
    on_page: PageHook | None = None,
) -> None:
    """Paint ``pages`` as a print-ready PDF into ``out`` (a path or binary file).

    ``images`` maps each ImageItem to its print derivative (a JPEG file or its
    bytes); an item without one is left out (the caller reports why).
    ``on_page`` runs after each page; raising from it abandons the document.
    Only ``page.items`` are painted: ``editor_only`` items never print.
    """
    faces = used_faces(pages)
    initial = faces[0] if faces else DEFAULT_FACE
    register_faces({initial, *faces})
    rl_config.useA85 = 0  # else every image grows by a quarter
    target = str(out) if isinstance(out, Path) else out
    first = pages[0] if pages else None
    canvas = Canvas(
        target,
        pagesize=_media_size(first, crop_marks) if first else (595.0, 842.0),
        invariant=1,
        pageCompression=1,
        initialFontName=initial,
        lang=info.lang,
    )
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)  # "" when none was set: never the computer's login name
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    # invariant=1 keeps ReportLab from stamping "now" (and a random ID) into the file; the
    # dates are the book's own last change, so the same book exports byte-identical
    stamp = pdf_date(info.changed)
    canvas.setDateFormatter(lambda *_ymdhms: stamp)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    painter = _PagePainter(canvas, images)
    section = None
    for index, page in enumerate(pages):
        if page.section and page.section != section:
            key = f"section-{index + 1}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(page.section, key, level=0)
        section = page.section or None
        painter.paint(page, crop_marks)
        canvas.showPage()
        if on_page is not None:
            on_page(index + 1, len(pages))
    if any(page.section for page in pages):
        canvas.showOutline()
    canvas.save()


def pdf_date(when: datetime | None) -> str:
    """A PDF date string for a naive UTC time ("D:20240712093000+00'00'"); "" when unknown."""
    return when.strftime("D:%Y%m%d%H%M%S+00'00'") if when is not None else ""


def _media_size(page: PageLayout, crop_marks: bool) -> tuple[float, float]:
    media = page_boxes(page, crop_marks).media
    return media[2], media[3]


class _PagePainter:
    """Paints one PageLayout at a time onto a canvas, in display-list coordinates."""

    def __init__(self, canvas: Canvas, images: Mapping[ImageItem, Path | bytes]) -> None:
        self.c = canvas
        self.images = images

    # -- a page ---------------------------------------------------------------

    def paint(self, page: PageLayout, crop_marks: bool) -> None:
        c = self.c
        boxes = page_boxes(page, crop_marks)
        c.setPageSize(boxes.media[2:])
        c.setTrimBox(boxes.trim)
        c.setBleedBox(boxes.bleed)
        c.saveState()
        # Trim's top-left becomes the origin; y is flipped per item, never by scaling,
        # so text and images stay the right way up.
        c.translate(boxes.trim[0], boxes.trim[3])
        bleed = max(0.0, page.bleed)
        if page.background:
            self._shape(
                ShapeItem(
                    Rect(-bleed, -bleed, page.width + 2 * bleed, page.height + 2 * bleed),
                    fill=page.background,
                )
            )
        for item in page.items:
            self._item(item)
        if page.watermark:
            self._watermark(page)
        c.restoreState()
        if crop_marks:
            self._crop_marks(boxes, bleed)

    def handlers(self) -> dict[type, Callable[[Any], None]]:
        return {ShapeItem: self._shape, ImageItem: self._image, TextRun: self._text,
                StrokeItem: self._stroke}

    def _item(self, item: DisplayItem) -> None:
        painter_for(self.handlers(), item)(item)

    # -- items ----------------------------------------------------------------

    def _shape(self, item: ShapeItem) -> None:
        fill = _opaque_enough(item.fill)
        stroke = _opaque_enough(item.stroke) if item.stroke_width > 0 else None
        if fill is None and stroke is None:
            return
        c = self.c
        c.saveState()
        self._clip(item.clip)
        if fill is not None:
            self._fill_colour(fill)
        if stroke is not None:
            self._stroke_colour(stroke)
            c.setLineWidth(item.stroke_width)
            if item.dash:
                c.setDash(list(item.dash), 0)
        r = item.rect
        x, y = r.x, -r.bottom
        flags = {"stroke": int(stroke is not None), "fill": int(fill is not None)}
        if item.shape == "ellipse":
            c.ellipse(x, y, x + r.w, y + r.h, **flags)
        elif item.corner_radius > 0:
            radius = min(item.corner_radius, r.w / 2, r.h / 2)
            c.roundRect(x, y, r.w, r.h, radius, **flags)
        else:
            c.rect(x, y, r.w, r.h, **flags)
        c.restoreState()

    def _image(self, item: ImageItem) -> None:
        source = self.images.get(item)
        if source is None:
            return
        if isinstance(source, bytes):
            data, identity = source, None
        else:  # a print derivative: its file name is its content key
            data, identity = Path(source).read_bytes(), Path(source).name
        c = self.c
        r = item.rect
        c.saveState()
        if item.corner_radius > 0:
            path = c.beginPath()
            radius = min(item.corner_radius, r.w / 2, r.h / 2)
            path.roundRect(r.x, -r.bottom, r.w, r.h, radius)
            c.clipPath(path, stroke=0, fill=0)
        c.drawImage(_JpegReader(data, identity), r.x, -r.bottom, width=r.w, height=r.h)
        c.restoreState()

    def _text(self, item: TextRun) -> None:
        if not item.text and not item.glyphs:
            return
        colour = _opaque_enough(item.colour)
        if colour is None:
            return
        c = self.c
        c.saveState()
        self._fill_colour(colour)
        if item.glyphs:
            draw_shaped_run(c, item)
        else:
            c.setFont(item.font, item.size)
            c.drawString(item.x, -item.baseline, item.text)
        c.restoreState()

    def _stroke(self, item: StrokeItem) -> None:
        if not item.points:
            return
        stroke = _opaque_enough(item.colour) if item.width > 0 else None
        fill = _opaque_enough(item.fill) if item.closed else None
        if stroke is None and fill is None:
            return
        c = self.c
        c.saveState()
        self._clip(item.clip)
        c.setLineCap(1)  # round: freehand drawings look drawn, not cut
        c.setLineJoin(1)
        if stroke is not None:
            self._stroke_colour(stroke)
            c.setLineWidth(item.width)
        if fill is not None:
            self._fill_colour(fill)
        path = c.beginPath()
        (x0, y0), *rest = item.points
        path.moveTo(x0, -y0)
        for x, y in rest or [(x0, y0)]:  # a single point still shows as a dot
            path.lineTo(x, -y)
        if item.closed:
            path.close()
        c.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))
        c.restoreState()

    def _watermark(self, page: PageLayout) -> None:
        mark = watermark_for(page)
        if mark is None:
            return
        c = self.c
        c.saveState()
        self._fill_colour((*parse_colour(mark.colour)[:3], mark.alpha))
        c.translate(mark.centre_x, -mark.centre_y)
        c.rotate(mark.angle)
        c.setFont(mark.face, mark.size)
        c.drawString(-mark.width / 2, -mark.baseline_drop, mark.text)
        c.restoreState()

    def _crop_marks(self, boxes: PageBoxes, bleed: float) -> None:
        """Thin registration lines at the trim corners, outside the bleed."""
        c = self.c
        x0, y0, x1, y1 = boxes.trim
        start = bleed + mm_to_pt(MARK_GAP_MM)
        end = boxes.trim[0]  # out to the media edge
        c.saveState()
        c.setStrokeColor(REGISTRATION)
        c.setLineWidth(MARK_WIDTH_PT)
        lines = []
        for x, sx in ((x0, -1), (x1, 1)):
            for y, sy in ((y0, -1), (y1, 1)):
                lines.append((x, y + sy * start, x, y + sy * end))  # vertical mark
                lines.append((x + sx * start, y, x + sx * end, y))  # horizontal mark
        c.lines(lines)
        c.restoreState()

    # -- helpers --------------------------------------------------------------

    def _clip(self, box: Rect | None) -> None:
        """Clip what follows (until restoreState) to ``box``: a picture that fills its frame."""
        if box is not None:
            path = self.c.beginPath()
            path.rect(box.x, -box.bottom, box.w, box.h)
            self.c.clipPath(path, stroke=0, fill=0)

    def _fill_colour(self, rgba: tuple[float, float, float, float]) -> None:
        self.c.setFillColorRGB(*rgba[:3])
        self.c.setFillAlpha(rgba[3])

    def _stroke_colour(self, rgba: tuple[float, float, float, float]) -> None:
        self.c.setStrokeColorRGB(*rgba[:3])
        self.c.setStrokeAlpha(rgba[3])


def _opaque_enough(value: str | None) -> tuple[float, float, float, float] | None:
    """The colour, or None when there is none or it is fully transparent."""
    if not value or value.lower() in ("none", "transparent"):
        return None
    rgba = parse_colour(value)
    return rgba if rgba[3] > 0 else None


class _JpegReader(ImageReader):
    """An ImageReader over JPEG bytes that ReportLab embeds untouched (DCTDecode).

    ReportLab names (and de-duplicates) an image by hashing ``getRGBData()``,
    which for a plain ImageReader decodes every pixel, and its constructor
    opens the image with PIL. Neither is needed: ReportLab reads a JPEG's
    size and bytes from ``jpeg_fh()``, and Lifebook already knows what each
    print image is (its derivative's file name is its content key), so the
    name ReportLab hashes is that short identity, not the image.
    """

    def __init__(self, data: bytes, identity: str | None = None) -> None:  # no super(): no PIL
        if data[:2] != b"\xff\xd8":
            raise ValueError("a print derivative must be a JPEG")
        self._jpeg = data
        self._name = (identity or hashlib.blake2b(data, digest_size=16).hexdigest()).encode("ascii")
        self.fileName = f"lifebook-{self._name.decode('ascii')}"
        self.fp = None
        self._ident = None
        self._image = None
        self._width = self._height = None
        self._transparent = None
        self._data = None
        self._dataA = None  # no alpha: ReportLab reads this after getRGBData()

    def jpeg_fh(self) -> BinaryIO:
        return io.BytesIO(self._jpeg)

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab's name
        return self._name
