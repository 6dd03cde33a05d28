"""The layout engine: photos and crops, findings, placeholders, decoration, watermark."""

from __future__ import annotations

import math
import re

import pytest
from layout_helpers import (
    LOREM,
    book,
    codes,
    frame_rect,
    media,
    page,
    photo_frame,
    run_box,
    runs_of,
)

from lifebook.layout.display import ImageItem, Rect, ShapeItem, StrokeItem, TextRun
from lifebook.layout.engine import LOW_PPI, cover_crop, layout_book, layout_page, rotated_size
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import page_templates
from lifebook.model.content import Crop, FrameContent
from lifebook.model.enums import BookKind, Severity
from lifebook.model.trim import TrimSize, mm_to_pt


def _lay(p, **kw):
    trim = kw.pop("trim", TrimSize.A4_PORTRAIT)
    kind = kw.pop("kind", BookKind.LIFE_STORY)
    approved = kw.pop("approved", False)
    return layout_page(book(p, trim=trim, kind=kind, approved=approved), p, **kw)


def _image(lay, key: str = "photo1") -> ImageItem:
    return next(i for i in lay.items if isinstance(i, ImageItem) and i.frame_key == key)


def _intersects(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


# --- crop maths ---------------------------------------------------------------


def test_portrait_photo_in_landscape_frame_keeps_the_centre() -> None:
    left, top, right, bottom = cover_crop(3000, 4000, 400, 200)
    assert (left, right) == pytest.approx((0.0, 1.0))
    assert bottom - top == pytest.approx(0.375)  # (3/4) / (2/1)
    assert (top + bottom) / 2 == pytest.approx(0.5)


def test_crop_keeps_the_frame_aspect_in_pixels() -> None:
    src_w, src_h = 4032, 3024
    for fw, fh in ((100, 300), (300, 100), (250, 250)):
        left, top, right, bottom = cover_crop(src_w, src_h, fw, fh, Crop(0.3, 0.8, 1.7))
        assert ((right - left) * src_w) / ((bottom - top) * src_h) == pytest.approx(fw / fh)
        assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1


def test_zoom_two_halves_the_crop() -> None:
    one = cover_crop(4000, 3000, 300, 300)
    two = cover_crop(4000, 3000, 300, 300, Crop(zoom=2.0))
    assert two[2] - two[0] == pytest.approx((one[2] - one[0]) / 2)
    assert two[3] - two[1] == pytest.approx((one[3] - one[1]) / 2)
    assert ((two[0] + two[2]) / 2, (two[1] + two[3]) / 2) == pytest.approx((0.5, 0.5))
    # zoom below 1 is treated as 1: the frame is always filled
    assert cover_crop(4000, 3000, 300, 300, Crop(zoom=0.5)) == pytest.approx(one)


def test_crop_is_clamped_inside_the_photo() -> None:
    assert cover_crop(4000, 3000, 300, 300, Crop(0.0, 0.0, 2.0))[:2] == pytest.approx((0, 0))
    corner = cover_crop(4000, 3000, 300, 300, Crop(1.0, 1.0, 2.0))
    assert corner[2:] == pytest.approx((1, 1))


def test_exif_orientation_six_swaps_dimensions() -> None:
    ref = media(4000, 3000, orientation=6)
    assert rotated_size(ref) == (3000, 4000)
    assert rotated_size(ref, 90) == (4000, 3000)
    assert rotated_size(media(4000, 3000, orientation=3)) == (4000, 3000)
    lay = _lay(page("photo-text", photo1=ref))
    rect = frame_rect(lay, "photo1")
    item = _image(lay)
    assert item.orientation == 6 and item.rotation == 0
    assert item.crop == pytest.approx(cover_crop(3000, 4000, rect.w, rect.h))
    assert item.crop[2] - item.crop[0] == pytest.approx(1.0)  # upright portrait: full width
    assert item.effective_ppi == pytest.approx(3000 / (rect.w / 72))


def test_user_rotation_is_applied_after_orientation() -> None:
    p = page(
        "photo-text", photo1=photo_frame("photo1", media(4000, 3000, orientation=6), rotation=90)
    )
    lay = _lay(p)
    rect = frame_rect(lay, "photo1")
    item = _image(lay)
    assert item.rotation == 90
    assert item.crop == pytest.approx(cover_crop(4000, 3000, rect.w, rect.h))


# --- photos ----------------------------------------------------------------------


def test_image_item_fills_its_frame_with_rounded_corners_unless_bleeding() -> None:
    lay = _lay(page("photo-text", photo1=media()))
    item = _image(lay)
    assert item.rect == frame_rect(lay, "photo1")
    assert item.corner_radius == pytest.approx(mm_to_pt(3))
    assert item.sha256 == media().sha256 and item.source_path.endswith("1.jpg")
    bleed = _lay(page("full-bleed-photo", photo1=media()))
    assert _image(bleed).corner_radius == 0
    assert _image(bleed).rect.x < 0


def test_low_resolution_threshold() -> None:
    rect = frame_rect(_lay(page("photo-text")), "photo1")
    inches = rect.w / 72
    low = math.floor((LOW_PPI - 1) * inches)  # tall photos: the crop spans their full width
    ok = math.ceil(LOW_PPI * inches) + 1
    lay = _lay(page("photo-text", number=5, photo1=media(low, 3 * low)))
    [finding] = [f for f in lay.findings if f.code == "low-resolution"]
    assert finding.severity == Severity.WARNING and finding.frame_key == "photo1"
    ppi = round(_image(lay).effective_ppi)
    assert ppi == LOW_PPI - 1
    assert finding.message == (
        f"Page 5: the photo will look blurry at this size (about {ppi} pixels per inch; 300 "
        "is best). Use a larger photo, or a template with a smaller space for it."
    )
    assert "low-resolution" not in [
        c for c, _ in codes(_lay(page("photo-text", photo1=media(ok, 3 * ok))))
    ]


def test_photo_not_agreed_is_a_kind_warning() -> None:
    lay = _lay(page("photo-text", number=2, photo1=media(agreed=False)))
    [finding] = [f for f in lay.findings if f.code == "photo-not-agreed"]
    assert finding.severity == Severity.WARNING
    assert (finding.page_number, finding.page_id, finding.frame_key) == (2, 102, "photo1")
    assert finding.message.startswith("Page 2: a manager has not yet agreed the photo.")
    assert "photo-not-agreed" not in [c for c, _ in codes(_lay(page("photo-text", photo1=media())))]


# --- empty frames -----------------------------------------------------------------


def test_empty_frames_give_info_findings_and_editor_only_placeholders() -> None:
    lay = _lay(page("photo-text", number=6, prompt="What does Sam enjoy?"))
    empty = {f.frame_key: f for f in lay.findings if f.code == "empty-frame"}
    assert set(empty) == {"heading", "photo1", "text"}  # captions are optional
    assert all(f.severity == Severity.INFO and f.page_number == 6 for f in empty.values())
    assert empty["photo1"].message.startswith("Page 6: the space for the photo is still empty.")
    assert empty["heading"].message == "Page 6: the heading has no words yet."
    assert empty["text"].message == "Page 6: the text has no words yet."
    dashed = [i for i in lay.editor_only if isinstance(i, ShapeItem) and i.dash]
    assert {i.frame_key for i in dashed} == {"heading", "photo1", "caption1", "text"}
    assert all(i.fill == load_styles().palette["frame-empty"] for i in dashed)
    labels = "".join(i.text for i in lay.editor_only if isinstance(i, TextRun))
    assert "Photo" in labels and "What does Sam enjoy?" in labels
    printed_keys = {getattr(i, "frame_key", "") for i in lay.items}
    assert printed_keys <= {""}  # only page furniture is printed
    assert not any(isinstance(i, ImageItem) for i in lay.items)


def test_auto_timeline_frame_is_a_placeholder_for_now() -> None:
    lay = _lay(page("timeline", number=8, heading="My timeline"))
    [finding] = [f for f in lay.findings if f.frame_key == "timeline"]
    assert finding.code == "empty-frame" and finding.severity == Severity.INFO
    assert finding.message == (
        "Page 8: the timeline is drawn from the chronology once events are added."
    )
    assert any(isinstance(i, StrokeItem) and i.frame_key == "timeline" for i in lay.editor_only)
    assert runs_of(lay, "heading")


# --- text frames ---------------------------------------------------------------------


def test_text_uses_the_book_kinds_family_and_the_frames_style() -> None:
    p = page("photo-text", heading="All about Sam", text="Sam likes **trains**.")
    lay = _lay(p)
    assert {r.font for r in runs_of(lay, "heading")} == {"Andika-Bold"}
    assert {r.size for r in runs_of(lay, "heading")} == {24}
    assert {r.font for r in runs_of(lay, "text")} == {"Andika", "Andika-Bold"}
    letter = _lay(p, kind=BookKind.LATER_LIFE_LETTER)
    assert {r.font for r in runs_of(letter, "text")} == {
        "AtkinsonHyperlegible",
        "AtkinsonHyperlegible-Bold",
    }


def test_frame_style_override() -> None:
    p = page("text-only", text=FrameContent("text", text="Big words", style="big"))
    assert {r.size for r in runs_of(_lay(p), "text")} == {load_styles().styles["big"].size}


def test_overflow_and_missing_glyph_findings_name_page_and_frame() -> None:
    lay = _lay(page("text-only", number=4, text=(LOREM + "\n\n") * 8 + "\U00010000"),
               trim=TrimSize.A5_PORTRAIT)  # fmt: skip
    found = {f.code: f for f in lay.findings}
    assert found["text-overflow"].severity == Severity.ERROR
    assert found["text-overflow"].message.startswith(
        "Page 4 (the text): the text is too long"
    )
    assert found["missing-glyph"].frame_key == "text"
    rect = frame_rect(lay, "text")
    assert all(r.baseline <= rect.bottom for r in runs_of(lay, "text"))


def test_caption_on_photo_has_a_panel_behind_the_text() -> None:
    p = page("full-bleed-photo", photo1=media(), caption1="Sam and Biscuit at Tenby")
    lay = _lay(p)
    panel_colour = load_styles().styles["caption-on-photo"].panel
    [panel] = [i for i in lay.items if isinstance(i, ShapeItem) and i.fill == panel_colour]
    runs = runs_of(lay, "caption1")
    frame = frame_rect(lay, "caption1")
    for run in runs:
        box = run_box(run)
        assert panel.rect.x < box.x and box.right < panel.rect.right
        assert panel.rect.y <= run.baseline <= panel.rect.bottom
    assert frame.x <= panel.rect.x and panel.rect.right <= frame.right + 0.01
    assert panel.rect.bottom <= frame.bottom + 0.01
    assert panel.rect.w < frame.w  # sized to the text, not the frame
    order = lay.items.index
    assert order(_image(lay)) < order(panel) < order(runs[0])  # photo, then panel, then words


def test_empty_caption_uses_the_photos_stored_caption() -> None:
    lay = _lay(page("photo-text", photo1=media(caption="Sam at the beach")))
    assert "".join(r.text for r in runs_of(lay, "caption1")) == "Sam at the beach"


# --- page furniture --------------------------------------------------------------------


def test_draft_watermark_until_approved() -> None:
    p = page("text-only", text="Hello")
    assert _lay(p).watermark == "DRAFT"
    assert _lay(p, approved=True).watermark is None


def test_background_is_the_templates_palette_colour() -> None:
    palette = load_styles().palette
    assert _lay(page("photo-text")).background == palette["paper"]
    assert _lay(page("cover")).background == palette["cover"]
    assert _lay(page("letter")).background == palette["letter"]


def test_page_number_in_a_disc_but_not_on_the_cover_or_a_full_bleed_photo() -> None:
    lay = _lay(page("photo-text", number=7))
    [number] = [i for i in lay.items if isinstance(i, TextRun) and i.text == "7"]
    [disc] = [i for i in lay.items if isinstance(i, ShapeItem) and i.shape == "ellipse"
              and i.rect.bottom > lay.height - lay.safe_margin]  # fmt: skip
    assert disc.rect.x < number.x and number.x + 5 < disc.rect.right
    assert disc.rect.bottom <= lay.height - mm_to_pt(4)
    assert not [i for i in _lay(page("cover", number=1)).items if isinstance(i, TextRun)]
    full = _lay(page("full-bleed-photo", number=9, photo1=media()))
    assert not [i for i in full.items if isinstance(i, TextRun) and i.text == "9"]


FULL = {
    "heading": "Playing together, by the sea",
    "title": "Sam's life story, every year",
    "subtitle": "A book about me, my family and the people who care for me",
    "text": "Sam and Biscuit play every day. **Biscuit** is a fluffy dog.",
    "caption1": "Sam at the park", "caption2": "Sam's gym", "caption3": "Sam aged 4",
    "caption4": "Sam's party",
    "photo1": media(), "photo2": media(), "photo3": media(), "photo4": media(),
}  # fmt: skip
CASES = [(k, t) for k in sorted(page_templates()) for t in TrimSize]


@pytest.mark.parametrize(("key", "trim"), CASES, ids=[f"{k}-{t.value}" for k, t in CASES])
def test_decoration_is_clear_of_text_and_inside_the_page(key: str, trim: TrimSize) -> None:
    p = page(key, number=12, **FULL)
    lay = _lay(p, trim=trim)
    assert "text-overflow" not in [c for c, _ in codes(lay)]
    panel = load_styles().styles["caption-on-photo"].panel
    runs = [i for i in lay.items if isinstance(i, TextRun)]
    shapes = [i for i in lay.items if isinstance(i, ShapeItem | StrokeItem) and i.fill != panel]
    if key != "full-bleed-photo":  # a full-page photo is left alone
        assert shapes, "every page has some decoration"
    m = lay.safe_margin
    for shape in shapes:
        if isinstance(shape, ShapeItem):
            rect = shape.rect
        else:
            xs, ys = [x for x, _ in shape.points], [y for _, y in shape.points]
            rect = Rect(min(xs), min(ys) - shape.width / 2, max(xs) - min(xs), shape.width)
        assert rect.x >= 0 and rect.right <= lay.width and rect.y >= 0, (key, shape)
        if rect.bottom > lay.height - m:  # only the page number sits in the bottom margin
            assert rect.bottom <= lay.height - mm_to_pt(4), shape
            assert rect.y >= lay.height - m - 0.01, shape
        else:
            assert rect.x >= m - 0.01 and rect.right <= lay.width - m + 0.01, (key, shape)
        for run in runs:
            if run.frame_key == "":  # the page number sits in its own disc
                continue
            assert not _intersects(rect, run_box(run)), (key, shape, run.text)


def test_every_finding_names_its_page() -> None:
    pages = [page(k, number=n, **{"photo1": media(200, 150, agreed=False)})
             for n, k in enumerate(sorted(page_templates()), start=1)]  # fmt: skip
    for lay in layout_book(book(*pages)):
        assert lay.findings
        for f in lay.findings:
            assert f.page_number == lay.number and f.page_id == lay.page_id
            assert f.message.startswith(f"Page {lay.number}")
            assert f.frame_key


def test_layout_book_lays_out_every_page_in_order() -> None:
    pages = [page("cover", number=1), page("text-only", number=2, text="Hi")]
    out = layout_book(book(*pages), bleed_mm=5)
    assert [p.number for p in out] == [1, 2]
    assert out[0].bleed == pytest.approx(mm_to_pt(5))


def test_unknown_template_is_an_error_finding_not_a_crash() -> None:
    lay = _lay(page("no-such-template", text="Hello"))
    assert codes(lay) == [("unknown-template", None)]
    assert lay.findings[0].severity == Severity.ERROR


def test_content_without_a_frame_is_reported_not_lost_silently() -> None:
    lay = _lay(page("text-only", number=3, text="Hi", photo3=media()))
    [finding] = [f for f in lay.findings if f.code == "unplaced-content"]
    assert finding.frame_key == "photo3" and finding.message.startswith("Page 3")


# --- findings name frames in words, never by key ----------------------------------------


def test_findings_name_frames_as_a_person_would() -> None:
    lay = _lay(page("four-photos", number=3, photo2=media(agreed=False), photo3=media(40, 30),
                    caption3=(LOREM + " ") * 20))
    by = {(f.code, f.frame_key): f.message for f in lay.findings}
    assert by[("photo-not-agreed", "photo2")].startswith(
        "Page 3: a manager has not yet agreed the second photo.")
    assert by[("low-resolution", "photo3")].startswith("Page 3: the third photo will look blurry")
    assert by[("empty-frame", "photo4")].startswith(
        "Page 3: the space for the fourth photo is still empty.")
    assert by[("text-overflow", "caption3")].startswith(
        "Page 3 (the caption under the third photo): the text is too long")
    for finding in lay.findings:
        assert '"' not in finding.message and "frame" not in finding.message
        assert not re.search(r"\b(photo|caption)\d", finding.message), finding.message


def test_frame_names_follow_labels_and_counts() -> None:
    from lifebook.layout.templates import page_template
    from lifebook.layout.wording import frame_names

    assert frame_names(page_template("cover").frames) == {
        "photo1": "the cover photo", "title": "the title", "subtitle": "the line under the title"}
    assert frame_names(page_template("photo-text").frames) == {
        "heading": "the heading", "photo1": "the photo", "caption1": "the caption under the photo",
        "text": "the text"}
    names = frame_names(page_template("two-photos").frames)
    assert names["caption2"] == "the caption under the second photo"
    assert frame_names(page_template("words-and-pictures").frames) == {
        "photo1": "the picture", "text": "the text"}
    laid_out = _lay(page("three-photos")).frames  # a layout's frames name the same way
    assert frame_names(laid_out) == frame_names(page_template("three-photos").frames)
