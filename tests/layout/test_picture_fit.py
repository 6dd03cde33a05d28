"""Fit or fill, per picture frame: the whole picture letterboxed, or the frame filled."""

from __future__ import annotations

import pytest
from layout_helpers import book, codes, frame_rect, media, page

from lifebook.layout.clipart import clipart_picture
from lifebook.layout.display import ImageItem, PageLayout, Rect, ShapeItem, StrokeItem
from lifebook.layout.engine import layout_page
from lifebook.model.content import FrameContent, PictureFit
from lifebook.model.drawing import Drawing, PenStroke
from lifebook.model.enums import BookKind

TOL = 0.01
WIDE = Drawing(3.0, (PenStroke("#e0524a", 0.02, ((0.0, 0.5), (1.0, 0.5))),
                     PenStroke("#3f7fd0", 0.02, ((0.5, 0.0), (0.5, 1.0)))))


def _lay(frame: FrameContent, template: str = "words-and-pictures") -> PageLayout:
    p = page(template, photo1=frame)
    return layout_page(book(p, kind=BookKind.WORDS_AND_PICTURES), p)


def _image(lay: PageLayout) -> ImageItem:
    return next(i for i in lay.items if isinstance(i, ImageItem))


def _inside(inner: Rect, outer: Rect) -> bool:
    return (inner.x >= outer.x - TOL and inner.y >= outer.y - TOL
            and inner.right <= outer.right + TOL and inner.bottom <= outer.bottom + TOL)


def _bounds(items: list) -> Rect:
    xs, ys = [], []
    for i in items:
        if isinstance(i, ShapeItem):
            xs += [i.rect.x, i.rect.right]
            ys += [i.rect.y, i.rect.bottom]
        else:
            xs += [x for x, _ in i.points]
            ys += [y for _, y in i.points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def test_by_default_photos_fill_and_clipart_fits() -> None:
    photo = FrameContent("photo1", media=media(800, 1200))
    assert photo.picture_fit == PictureFit.FILL
    assert FrameContent("photo1", clipart="house").picture_fit == PictureFit.FIT
    assert FrameContent("photo1").picture_fit == PictureFit.FIT
    lay = _lay(photo)
    assert _image(lay).rect == frame_rect(lay, "photo1")


@pytest.mark.parametrize("rotation", [0, 90])
def test_a_photo_set_to_fit_is_whole_inside_its_frame_with_its_shape_kept(rotation: int) -> None:
    lay = _lay(FrameContent("photo1", media=media(800, 1200), rotation=rotation, fit=PictureFit.FIT))
    frame, image = frame_rect(lay, "photo1"), _image(lay)
    assert image.crop == (0.0, 0.0, 1.0, 1.0)  # nothing cropped
    assert _inside(image.rect, frame)
    upright = 800 / 1200 if rotation == 0 else 1200 / 800
    assert image.rect.w / image.rect.h == pytest.approx(upright, rel=1e-6)
    assert image.rect.w == pytest.approx(frame.w) or image.rect.h == pytest.approx(frame.h)
    # centred: the same space either side
    assert image.rect.x - frame.x == pytest.approx(frame.right - image.rect.right)
    assert image.rect.y - frame.y == pytest.approx(frame.bottom - image.rect.bottom)


def test_the_print_resolution_is_measured_at_the_fitted_size() -> None:
    # 1400 pixels across a ~180 mm frame is under 200 ppi when it fills it; fitted, the
    # tall photo is only ~115 mm wide, so it is sharp enough.
    filled = _lay(FrameContent("photo1", media=media(1400, 2100), fit=PictureFit.FILL))
    fitted = _lay(FrameContent("photo1", media=media(1400, 2100), fit=PictureFit.FIT))
    fill_img, fit_img = _image(filled), _image(fitted)
    assert fit_img.effective_ppi == pytest.approx(1400 / (fit_img.rect.w / 72.0))
    assert fill_img.effective_ppi < 200 <= fit_img.effective_ppi
    assert ("low-resolution", "photo1") in codes(filled)
    assert ("low-resolution", "photo1") not in codes(fitted)


def test_a_photo_set_to_fill_keeps_its_pan_and_zoom() -> None:
    from lifebook.model.content import Crop

    lay = _lay(FrameContent("photo1", media=media(800, 1200), crop=Crop(0.5, 0.2, 2.0),
                            fit=PictureFit.FILL))
    frame, image = frame_rect(lay, "photo1"), _image(lay)
    assert image.rect == frame
    left, top, right, bottom = image.crop
    assert (right - left) * 800 / ((bottom - top) * 1200) == pytest.approx(frame.w / frame.h)
    assert right - left == pytest.approx(0.5)  # zoomed in twice


def test_clipart_fits_whole_by_default_and_fills_clipped_when_asked() -> None:
    fit = _lay(FrameContent("photo1", clipart="family"))
    fill = _lay(FrameContent("photo1", clipart="family", fit=PictureFit.FILL))
    frame = frame_rect(fit, "photo1")
    drawn_fit = [i for i in fit.items if isinstance(i, ShapeItem | StrokeItem) and i.frame_key == "photo1"]
    drawn_fill = [i for i in fill.items if isinstance(i, ShapeItem | StrokeItem) and i.frame_key == "photo1"]
    assert drawn_fit and all(i.clip is None for i in drawn_fit)
    assert _inside(_bounds(drawn_fit), frame)
    assert drawn_fill and all(i.clip == frame for i in drawn_fill)
    big = _bounds(drawn_fill)
    assert big.w > frame.w + 1 or big.h > frame.h + 1  # it overhangs, and is clipped to the frame
    picture = clipart_picture("family")
    assert picture is not None
    # scaled, never stretched: the same shapes, the same proportions
    assert len(drawn_fill) == len(drawn_fit)
    scale_fit = _bounds(drawn_fit).w / _bounds(drawn_fit).h
    assert big.w / big.h == pytest.approx(scale_fit, rel=0.02)


def test_a_drawing_fills_its_frame_when_asked_and_fits_by_default() -> None:
    fit = _lay(FrameContent("photo1", drawing=WIDE))
    fill = _lay(FrameContent("photo1", drawing=WIDE, fit=PictureFit.FILL))
    frame = frame_rect(fit, "photo1")
    across_fit = next(i for i in fit.items if isinstance(i, StrokeItem) and i.colour == "#e0524a")
    across_fill = next(i for i in fill.items if isinstance(i, StrokeItem) and i.colour == "#e0524a")
    assert across_fit.points[0][0] == pytest.approx(frame.x, abs=0.01)  # a wide drawing: full width
    assert across_fit.clip is None
    assert across_fill.clip == frame
    assert across_fill.points[0][0] < frame.x - 10  # covers the frame's height, so overhangs the sides


def test_a_bleeding_frame_set_to_fit_keeps_the_whole_photo_inside_the_trim() -> None:
    p = page("cover", photo1=FrameContent("photo1", media=media(3000, 3000), fit=PictureFit.FIT))
    lay = layout_page(book(p), p, bleed_mm=3)
    image = _image(lay)
    assert frame_rect(lay, "photo1").x < 0  # the frame reaches into the bleed
    assert _inside(image.rect, Rect(0, 0, lay.width, lay.height))
    assert image.crop == (0.0, 0.0, 1.0, 1.0)
