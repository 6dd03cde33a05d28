"""The page canvas's view geometry, with no widget: where pages sit, zoom and hit-testing.

PageCanvas (canvas.py) keeps a PageViewport up to date with what its widget
knows (the viewport's size, the scroll bars, the screen's DPI, the pages
shown) and asks it every geometric question: the scale, where each shown
page sits, which frame is under the mouse, where a frame is on screen. The
maths lives here so it can be tested without a window.

Units: logical pixels on screen; points (1/72 inch) on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from lifebook.layout.display import FrameBox, PageLayout

MARGIN = 24  # logical pixels around the page(s)
ZOOM_STEPS = (10, 25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800)  # percent
DEFAULT_PAGE = (595.0, 842.0, 8.5)  # width, height, bleed in points, until a page is shown
MIN_SCALE = 0.02  # logical pixels per point: "fit" never shrinks a page to nothing


@dataclass(frozen=True)
class PageSlot:
    """Where a shown page sits in the viewport (logical pixels)."""

    page_id: int
    layout: PageLayout
    origin: QPointF  # the trim's top-left corner
    clip: QRectF  # what of it may be painted: trim, plus the bleed away from the spine


def sides_for(page_ids: Sequence[int], index: int, spread: bool) -> list[int | None]:
    """Page ids shown from left to right for the page at ``index``; None for an empty side.

    In a spread, page 1 is a right-hand page on its own, then 2-3, 4-5, ...
    """
    if not page_ids:
        return []
    index = min(max(0, index), len(page_ids) - 1)
    if not spread:
        return [page_ids[index]]
    if index == 0:
        return [None, page_ids[0]]
    left = index if index % 2 == 1 else index - 1
    return [page_ids[left], page_ids[left + 1] if left + 1 < len(page_ids) else None]


def stepped_index(index: int, direction: int, spread: bool) -> int:
    """The page index one page (or one spread) on from ``index``; may be out of range."""
    if not spread:
        return index + direction
    left = 0 if index == 0 else index - (index + 1) % 2
    return (1 if left == 0 else left + 2) if direction > 0 else max(0, left - 2)


def stepped_zoom(now: float, steps: int) -> float | None:
    """The zoom ``steps`` stops up (or down, if negative) from ``now`` percent; None for 0."""
    if steps > 0:
        bigger = [z for z in ZOOM_STEPS if z > now * 1.01] or [ZOOM_STEPS[-1]]
        return bigger[min(steps, len(bigger)) - 1]
    if steps < 0:
        smaller = [z for z in ZOOM_STEPS if z < now * 0.99] or [ZOOM_STEPS[0]]
        return smaller[-min(-steps, len(smaller))]
    return None


def clamp_zoom(percent: float) -> float:
    return min(max(float(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])


class PageViewport:
    """One or two pages side by side, centred when they fit, scrolled when they do not."""

    def __init__(self, layout_of: Callable[[int], PageLayout | None], *,
                 unit: float = 96 / 72) -> None:
        self.layout_of = layout_of  # a shown page's layout (None if it has gone)
        self.unit = unit  # logical pixels per point at 100%: the screen's logical DPI / 72
        self.width = 0.0  # the visible area, logical pixels
        self.height = 0.0
        self.scroll_x = 0  # the scroll bars' values
        self.scroll_y = 0
        self.sides: list[int | None] = []  # page ids from left to right (see sides_for)
        self.fit = True  # zoom to fit the visible area, or ``percent`` of physical size
        self.percent = 100.0
        self.spread = False

    # --- what is shown ------------------------------------------------------------------

    def shown_pages(self) -> list[int]:
        return [pid for pid in self.sides if pid is not None]

    def page_size(self) -> tuple[float, float, float]:
        """Width, height and bleed (points) of the first shown page."""
        for pid in self.shown_pages():
            layout = self.layout_of(pid)
            if layout is not None:
                return layout.width, layout.height, layout.bleed
        return DEFAULT_PAGE

    # --- zoom ------------------------------------------------------------------------------

    def scale(self) -> float:
        """Logical pixels per point, as shown now."""
        if not self.fit:
            return self.percent / 100.0 * self.unit
        w, h, b = self.page_size()
        n = 2 if self.spread else 1
        return max(MIN_SCALE, min((self.width - 2 * MARGIN) / (n * w + 2 * b),
                                  (self.height - 2 * MARGIN) / (h + 2 * b)))

    def zoom_percent(self) -> float:
        return self.scale() / self.unit * 100.0

    def set_zoom(self, percent: float) -> None:
        """Zoom to ``percent`` of physical size (clamped to the zoom stops' range)."""
        self.fit = False
        self.percent = clamp_zoom(percent)

    def content_size(self, scale: float) -> tuple[float, float]:
        """The scrollable area at ``scale``: the page(s), their bleed and the margin."""
        w, h, b = self.page_size()
        n = 2 if self.spread else 1
        return (n * w + 2 * b) * scale + 2 * MARGIN, (h + 2 * b) * scale + 2 * MARGIN

    def scroll_ranges(self) -> tuple[int, int]:
        """The scroll bars' maxima at the current scale."""
        cw, ch = self.content_size(self.scale())
        return max(0, round(cw - self.width)), max(0, round(ch - self.height))

    def offset(self, scale: float) -> tuple[float, float]:
        """Where the content's top-left corner is in the viewport (centred when it fits)."""
        cw, ch = self.content_size(scale)
        return (max(0.0, (self.width - cw) / 2) - self.scroll_x,
                max(0.0, (self.height - ch) / 2) - self.scroll_y)

    def content_point(self, anchor: QPointF) -> tuple[float, float]:
        """The point of the pages (points from inside the fixed margin) under ``anchor``."""
        s = self.scale()
        ox, oy = self.offset(s)
        return (anchor.x() - ox - MARGIN) / s, (anchor.y() - oy - MARGIN) / s

    def scroll_keeping(self, point: tuple[float, float], anchor: QPointF) -> tuple[int, int]:
        """Scroll values that put the content ``point`` under ``anchor`` at the current scale."""
        s = self.scale()
        cw, ch = self.content_size(s)
        return (round(point[0] * s + MARGIN + max(0.0, (self.width - cw) / 2) - anchor.x()),
                round(point[1] * s + MARGIN + max(0.0, (self.height - ch) / 2) - anchor.y()))

    # --- where pages and frames are --------------------------------------------------------

    def slots(self) -> list[PageSlot]:
        s = self.scale()
        w, h, b = self.page_size()
        ox, oy = self.offset(s)
        sides = self.sides
        out = []
        for i, pid in enumerate(sides):
            layout = self.layout_of(pid) if pid is not None else None
            if layout is None:
                continue
            x, y = ox + MARGIN + (b + i * w) * s, oy + MARGIN + b * s
            left = x - (b * s if i == 0 else 0.0)
            right = x + w * s + (b * s if i == len(sides) - 1 else 0.0)
            clip = QRectF(left, y - b * s, right - left, (h + 2 * b) * s)
            out.append(PageSlot(layout.page_id, layout, QPointF(x, y), clip))
        return out

    def view_point(self, page_id: int, x: float, y: float) -> QPointF:
        """Viewport position of the point (x, y), in points, of a shown page."""
        slot = next((sl for sl in self.slots() if sl.page_id == page_id), None)
        if slot is None:
            raise KeyError(f"page {page_id} is not shown")
        return slot.origin + QPointF(x, y) * self.scale()

    def frame_rect(self, page_id: int, key: str) -> QRectF:
        """A frame's rectangle in viewport coordinates."""
        layout = self.layout_of(page_id)
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        if box is None:
            raise KeyError(f"no frame {key!r} on page {page_id}")
        return QRectF(self.view_point(page_id, box.rect.x, box.rect.y),
                      self.view_point(page_id, box.rect.right, box.rect.bottom))

    def page_at(self, pos: QPointF) -> tuple[PageSlot, float, float] | None:
        """The shown page under ``pos``, with the point in its points."""
        s = self.scale()
        for slot in self.slots():
            if slot.clip.contains(pos):
                return slot, (pos.x() - slot.origin.x()) / s, (pos.y() - slot.origin.y()) / s
        return None

    def frame_at(self, pos: QPointF) -> tuple[int, FrameBox] | None:
        """The topmost frame under ``pos`` (the last one in paint order)."""
        hit = self.page_at(pos)
        if hit is None:
            return None
        slot, x, y = hit
        for box in reversed(slot.layout.frames):
            if box.rect.x <= x <= box.rect.right and box.rect.y <= y <= box.rect.bottom:
                return slot.page_id, box
        return None
