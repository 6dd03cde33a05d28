"""The canvas's view geometry on its own: no widget, just page layouts and numbers.

Pages here are 200 x 300 points with 10 points of bleed; the unit is 1 logical
pixel per point at 100%, so the numbers can be checked by hand.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from lifebook.layout.display import FrameBox, PageLayout, Rect
from lifebook.ui.editor.viewport import (
    MARGIN,
    ZOOM_STEPS,
    PageViewport,
    sides_for,
    stepped_index,
    stepped_zoom,
)

W, H, B = 200.0, 300.0, 10.0


def layout(page_id: int, *frames: FrameBox) -> PageLayout:
    return PageLayout(page_id, page_id, "", W, H, B, 18.0, frames=list(frames))


PAGES = {
    1: layout(1, FrameBox("photo1", "photo", Rect(20, 20, 100, 100)),
              FrameBox("heading", "title", Rect(0, 0, 200, 40))),  # painted last: on top
    2: layout(2, FrameBox("text", "text", Rect(50, 150, 100, 100))),
    3: layout(3),
}


def view(sides: list[int | None], width: float = 1000, height: float = 800, *,
         spread: bool = False) -> PageViewport:
    v = PageViewport(PAGES.get, unit=1.0)
    v.sides, v.width, v.height, v.spread = sides, width, height, spread
    return v


# --- which pages are shown ------------------------------------------------------------


def test_a_spread_starts_with_page_one_on_its_own_on_the_right() -> None:
    ids = [1, 2, 3, 4, 5]
    assert sides_for(ids, 0, spread=True) == [None, 1]
    assert sides_for(ids, 1, spread=True) == sides_for(ids, 2, spread=True) == [2, 3]
    assert sides_for(ids, 4, spread=True) == [4, 5]
    assert sides_for(ids[:4], 3, spread=True) == [4, None]  # the last left page has no partner
    assert sides_for(ids, 3, spread=False) == [4]
    assert sides_for([], 0, spread=True) == []


def test_stepping_moves_a_page_or_a_whole_spread() -> None:
    assert stepped_index(2, +1, spread=False) == 3
    assert stepped_index(0, -1, spread=False) == -1  # off the book: the canvas stays put
    assert stepped_index(0, +1, spread=True) == 1  # from page 1 to the spread 2-3
    assert stepped_index(2, +1, spread=True) == 3  # from 2-3 to 4-5
    assert stepped_index(4, -1, spread=True) == 1  # from 4-5 back to 2-3
    assert stepped_index(1, -1, spread=True) == 0  # from 2-3 back to page 1


# --- zoom -------------------------------------------------------------------------------


def test_fit_shows_the_whole_page_with_its_bleed_inside_the_margin() -> None:
    v = view([1], 1000, 800)
    # height limits: (800 - 2 * 24) / (300 + 20) = 2.35
    assert v.scale() == pytest.approx((800 - 2 * MARGIN) / (H + 2 * B))
    assert v.zoom_percent() == pytest.approx(235.0)
    v.spread = True  # two pages side by side: now the width limits
    v.sides = [1, 2]
    assert v.scale() == pytest.approx((1000 - 2 * MARGIN) / (2 * W + 2 * B))


def test_fit_never_shrinks_a_page_to_nothing() -> None:
    assert view([1], 10, 10).scale() == pytest.approx(0.02)


def test_zoom_steps_go_stop_by_stop_and_stay_in_range() -> None:
    assert stepped_zoom(100.0, 1) == 125
    assert stepped_zoom(100.0, 2) == 150
    assert stepped_zoom(100.0, -1) == 75
    assert stepped_zoom(110.0, -1) == 100  # between stops: the next stop down
    assert stepped_zoom(800.0, 3) == ZOOM_STEPS[-1]
    assert stepped_zoom(10.0, -1) == ZOOM_STEPS[0]
    assert stepped_zoom(100.0, 0) is None
    v = view([1])
    v.set_zoom(5000)
    assert not v.fit and v.zoom_percent() == pytest.approx(ZOOM_STEPS[-1])
    v.set_zoom(150)
    assert v.scale() == pytest.approx(1.5)


def test_zooming_about_a_point_keeps_that_point_still() -> None:
    v = view([1], 400, 400)
    v.set_zoom(200)
    v.scroll_x, v.scroll_y = 40, 60
    anchor = QPointF(150, 120)
    point = v.content_point(anchor)
    assert v.scroll_keeping(point, anchor) == (40, 60)  # same zoom: nothing moves
    before = v.page_at(anchor)
    v.set_zoom(400)
    v.scroll_x, v.scroll_y = v.scroll_keeping(point, anchor)
    after = v.page_at(anchor)
    assert before is not None and after is not None
    # the spot under the mouse stays under it (the fixed margin does not zoom)
    assert after[1] == pytest.approx(before[1], abs=0.5)
    assert after[2] == pytest.approx(before[2], abs=0.5)


# --- where pages and frames are -----------------------------------------------------------


def test_a_page_that_fits_is_centred_and_its_frames_placed_at_scale() -> None:
    v = view([1], 1000, 800)
    v.set_zoom(100)  # 1 pixel per point
    content_w, content_h = v.content_size(1.0)
    assert (content_w, content_h) == (W + 2 * B + 2 * MARGIN, H + 2 * B + 2 * MARGIN)
    assert v.scroll_ranges() == (0, 0)
    (slot,) = v.slots()
    left = (1000 - content_w) / 2 + MARGIN + B
    top = (800 - content_h) / 2 + MARGIN + B
    assert (slot.origin.x(), slot.origin.y()) == pytest.approx((left, top))
    assert slot.clip.width() == pytest.approx(W + 2 * B)  # a single page shows bleed all round
    rect = v.frame_rect(1, "photo1")
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == pytest.approx(
        (left + 20, top + 20, 100, 100))
    assert v.view_point(1, 200, 300) == QPointF(left + W, top + H)


def test_a_page_too_big_scrolls_and_the_scroll_moves_it() -> None:
    v = view([1], 300, 300)
    v.set_zoom(200)
    w_range, h_range = v.scroll_ranges()
    assert w_range == round((W + 2 * B) * 2 + 2 * MARGIN - 300)
    assert h_range == round((H + 2 * B) * 2 + 2 * MARGIN - 300)
    x0 = v.view_point(1, 0, 0).x()
    v.scroll_x = 50
    assert v.view_point(1, 0, 0).x() == pytest.approx(x0 - 50)


def test_a_spread_puts_the_pages_side_by_side_with_bleed_only_away_from_the_spine() -> None:
    v = view([1, 2], 1000, 800, spread=True)
    v.set_zoom(100)
    left, right = v.slots()
    assert right.origin.x() == pytest.approx(left.origin.x() + W)
    assert left.clip.width() == pytest.approx(W + B)
    assert right.clip.width() == pytest.approx(W + B)
    assert left.clip.right() == pytest.approx(right.clip.left())


def test_an_empty_side_of_a_spread_keeps_page_one_on_the_right() -> None:
    v = view([None, 1], 1000, 800, spread=True)
    v.set_zoom(100)
    (slot,) = v.slots()
    assert v.shown_pages() == [1]
    content_w, _ = v.content_size(1.0)
    assert slot.origin.x() == pytest.approx((1000 - content_w) / 2 + MARGIN + B + W)


def test_hit_testing_finds_the_topmost_frame_and_the_point_on_the_page() -> None:
    v = view([1, 2], 1000, 800, spread=True)
    v.set_zoom(100)
    both = v.frame_at(v.view_point(1, 30, 30))  # under both the heading and the photo
    assert both is not None and both[0] == 1 and both[1].key == "heading"
    photo = v.frame_at(v.view_point(1, 30, 60))
    assert photo is not None and photo[1].key == "photo1"
    text = v.frame_at(v.view_point(2, 60, 160))
    assert text is not None and text[0] == 2 and text[1].key == "text"
    assert v.frame_at(v.view_point(2, 10, 10)) is None  # on the page, in no frame
    hit = v.page_at(v.view_point(2, 10, 10))
    assert hit is not None and hit[0].page_id == 2
    assert (hit[1], hit[2]) == pytest.approx((10, 10))
    assert v.page_at(QPointF(1, 1)) is None  # the backdrop


def test_asking_for_a_page_or_frame_not_shown_is_an_error() -> None:
    v = view([1])
    with pytest.raises(KeyError):
        v.view_point(2, 0, 0)
    with pytest.raises(KeyError):
        v.frame_rect(1, "nothing")


def test_with_no_page_shown_the_view_uses_a_default_page() -> None:
    v = view([])
    assert v.slots() == [] and v.shown_pages() == []
    assert v.page_size() == (595.0, 842.0, 8.5)
