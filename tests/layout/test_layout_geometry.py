"""Every page template at every trim: frames inside the page, bleed exactly right."""

from __future__ import annotations

import pytest
from layout_helpers import book, page

from lifebook.layout.display import Rect
from lifebook.layout.engine import layout_page
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import frame_rect, page_templates
from lifebook.model.enums import FrameKind
from lifebook.model.trim import TrimSize, mm_to_pt

TOL = mm_to_pt(0.1)
BLEED_MM = 3.0
CASES = [(key, trim) for key in sorted(page_templates()) for trim in TrimSize]


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        a.x < b.right - TOL
        and b.x < a.right - TOL
        and a.y < b.bottom - TOL
        and b.y < a.bottom - TOL
    )


@pytest.mark.parametrize(("key", "trim"), CASES, ids=[f"{k}-{t.value}" for k, t in CASES])
def test_frames_fit_the_page(key: str, trim: TrimSize) -> None:
    template = page_templates()[key]
    margin_mm = load_styles().margin_mm(trim)
    margin = mm_to_pt(margin_mm)
    w, h = trim.spec.width_pt, trim.spec.height_pt
    bleed = mm_to_pt(BLEED_MM)
    frames = template.frames_for(trim)
    assert frames, "a template needs frames"
    for frame in frames:
        flat = frame_rect(frame, trim, margin_mm, 0.0)
        rect = frame_rect(frame, trim, margin_mm, bleed)
        assert flat.w > mm_to_pt(5) and flat.h > mm_to_pt(5), frame.key
        if frame.bleed:
            # inside the trim without bleed; each edge on the trim edge reaches exactly the bleed
            assert (
                flat.x >= -TOL
                and flat.right <= w + TOL
                and flat.y >= -TOL
                and flat.bottom <= h + TOL
            )
            for edge, flat_v, v, limit, sign in (
                ("left", flat.x, rect.x, 0.0, -1),
                ("top", flat.y, rect.y, 0.0, -1),
                ("right", flat.right, rect.right, w, 1),
                ("bottom", flat.bottom, rect.bottom, h, 1),
            ):
                if abs(flat_v - limit) <= TOL:
                    assert v == pytest.approx(limit + sign * bleed, abs=TOL), (frame.key, edge)
                else:
                    assert v == pytest.approx(flat_v, abs=TOL), (frame.key, edge)
        else:
            assert rect == flat
            assert rect.x >= margin - TOL and rect.y >= margin - TOL, frame.key
            assert rect.right <= w - margin + TOL and rect.bottom <= h - margin + TOL, frame.key
    plain = [(f.key, frame_rect(f, trim, margin_mm)) for f in frames if not f.bleed]
    for i, (a_key, a) in enumerate(plain):
        for b_key, b in plain[i + 1 :]:
            assert not _overlap(a, b), f"{a_key} overlaps {b_key}"


@pytest.mark.parametrize("key", sorted(page_templates()))
def test_variants_keep_frame_keys_and_kinds(key: str) -> None:
    template = page_templates()[key]
    base = {(f.key, f.kind) for f in template.frames}
    for variant in template.variants.values():
        assert {(f.key, f.kind) for f in variant} == base


def test_full_bleed_photo_reaches_bleed_on_all_sides() -> None:
    lay = layout_page(book(page("full-bleed-photo")), page("full-bleed-photo"), bleed_mm=BLEED_MM)
    rect = next(f.rect for f in lay.frames if f.key == "photo1")
    b = mm_to_pt(BLEED_MM)
    assert lay.bleed == pytest.approx(b)
    assert rect.x == pytest.approx(-b, abs=TOL) and rect.y == pytest.approx(-b, abs=TOL)
    assert rect.w == pytest.approx(lay.width + 2 * b, abs=TOL)
    assert rect.h == pytest.approx(lay.height + 2 * b, abs=TOL)


@pytest.mark.parametrize("trim", list(TrimSize))
def test_page_layout_frames_match_the_template(trim: TrimSize) -> None:
    p = page("photo-text")
    lay = layout_page(book(p, trim=trim), p)
    spec = trim.spec
    assert (lay.width, lay.height) == pytest.approx((spec.width_pt, spec.height_pt))
    assert lay.safe_margin == pytest.approx(load_styles().margin_pt(trim))
    kinds = {f.key: f.kind for f in lay.frames}
    assert kinds == {
        "heading": FrameKind.TITLE.value,
        "photo1": FrameKind.PHOTO.value,
        "caption1": FrameKind.CAPTION.value,
        "text": FrameKind.TEXT.value,
    }
    assert all(f.label for f in lay.frames)
