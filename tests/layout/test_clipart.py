"""The clipart library: drawn as vectors, searchable by tag, fitted whole into its frame."""

from __future__ import annotations

import tomllib

import pytest
from layout_helpers import book, page

from lifebook.layout.clipart import (
    ClipartError,
    clipart_dir,
    clipart_items,
    clipart_library,
    path_outlines,
    read_svg,
    search_clipart,
)
from lifebook.layout.display import FindingCode, ImageItem, Rect, ShapeItem, StrokeItem
from lifebook.layout.engine import layout_page
from lifebook.model.content import FrameContent
from lifebook.model.enums import BookKind

ASKED_FOR = ["baby", "family", "house", "foster-home", "school", "hospital", "court", "judge",
             "police-officer", "social-worker", "car", "phone", "bottles", "medicine",
             "broken-heart", "shield", "sun", "rain", "bed", "food", "arrow-right",
             "speech-bubble", "child-happy", "child-sad", "child-worried", "child-angry"]


def test_the_library_has_at_least_forty_named_tagged_pictures_each_with_its_file() -> None:
    index = tomllib.loads((clipart_dir() / "index.toml").read_text(encoding="utf-8"))
    assert len(index) >= 40
    for key, entry in index.items():
        assert (clipart_dir() / f"{key}.svg").is_file(), key
        assert entry["name"].strip() and entry["tags"], key
    assert {p.stem for p in clipart_dir().glob("*.svg")} == set(index)
    assert set(ASKED_FOR) <= set(index)


@pytest.mark.parametrize("item", clipart_library(), ids=lambda c: c.key)
def test_every_picture_reads_as_vector_shapes(item) -> None:  # type: ignore[no-untyped-def]
    picture = read_svg(item.path)
    assert (picture.width, picture.height) == (100, 100)
    assert picture.shapes
    for shape in picture.shapes:
        points = shape.points or (shape.centre,)
        assert all(-5 <= c <= 105 for p in points for c in p), (item.key, shape)


def test_people_come_in_several_skin_tones_and_feelings() -> None:
    for feeling in ("happy", "sad", "worried", "angry"):
        assert len(search_clipart(feeling)) >= 2, feeling
    tones = {t for c in clipart_library() for t in c.tags if t in ("light", "medium", "brown", "dark")}
    assert tones == {"light", "medium", "brown", "dark"}


def test_search_matches_tags_and_names_by_the_start_of_each_word() -> None:
    assert "bottles" in [c.key for c in search_clipart("alcohol")]
    assert "police-officer" in [c.key for c in search_clipart("Police")]
    found = [c.key for c in search_clipart("sad gi")]
    assert found == ["girl-sad"]
    assert search_clipart("no-such-thing-here") == []
    assert len(search_clipart("")) == len(clipart_library())


def test_paths_read_relative_moves_lines_and_curves() -> None:
    (outline, closed), = path_outlines("M10 10 l10 0 v10 h-10 z")
    assert closed and outline == ((10, 10), (20, 10), (20, 20), (10, 20))
    (curve, _), = path_outlines("M0 0 Q50 100 100 0")
    assert curve[0] == (0, 0) and curve[-1] == (100, 0)
    assert max(y for _x, y in curve) == pytest.approx(50, abs=0.5)  # the curve's peak, not a line
    with pytest.raises(ClipartError):
        path_outlines("M0 0 A10 10 0 0 1 20 20")


def _inside(items: list, rect: Rect) -> bool:  # type: ignore[type-arg]
    for item in items:
        pts = item.points if isinstance(item, StrokeItem) else (
            (item.rect.x, item.rect.y), (item.rect.right, item.rect.bottom))
        if not all(rect.x - 1e-6 <= x <= rect.right + 1e-6 and rect.y - 1e-6 <= y <= rect.bottom + 1e-6
                   for x, y in pts):
            return False
    return True


def test_a_picture_is_fitted_whole_and_centred_in_a_wide_frame_not_cropped() -> None:
    wide = Rect(0, 0, 400, 100)
    items = clipart_items("house", wide, "photo1")
    assert items and all(i.frame_key == "photo1" for i in items)
    assert _inside(items, Rect(150, 0, 100, 100))  # square picture, letterboxed in the middle
    xs = [x for i in items if isinstance(i, StrokeItem) for x, _y in i.points]
    assert min(xs) < 160 and max(xs) > 240  # and as big as the frame allows


def test_a_page_draws_its_clipart_as_vectors_with_no_image_and_no_empty_frame() -> None:
    wp = page("words-and-pictures", photo1=FrameContent("photo1", clipart="shield"), text="Safe.")
    laid = layout_page(book(wp, kind=BookKind.WORDS_AND_PICTURES), wp)
    drawn = [i for i in laid.items if getattr(i, "frame_key", "") == "photo1"]
    assert any(isinstance(i, StrokeItem) and i.fill for i in drawn)
    assert not any(isinstance(i, ImageItem) for i in laid.items)
    frame = next(f.rect for f in laid.frames if f.key == "photo1")
    assert _inside(drawn, frame)
    assert FindingCode.EMPTY_FRAME not in [f.code for f in laid.findings]


def test_a_picture_missing_from_the_library_leaves_the_frame_empty_and_says_so() -> None:
    wp = page("words-and-pictures", photo1=FrameContent("photo1", clipart="gone"), text="Hello.")
    laid = layout_page(book(wp), wp)
    assert not any(isinstance(i, (StrokeItem, ShapeItem)) and i.frame_key == "photo1"
                   for i in laid.items)
    assert (FindingCode.EMPTY_FRAME, "photo1") in [(f.code, f.frame_key) for f in laid.findings]


def test_recolouring_changes_only_the_parts_named_fills_and_lines_alike() -> None:
    plain = clipart_items("girl-happy", Rect(0, 0, 100, 100))
    dark = clipart_items("girl-happy", Rect(0, 0, 100, 100), colours={"skin": "#6b4127"})
    assert len(plain) == len(dark)
    changed = [(a, b) for a, b in zip(plain, dark, strict=True) if a != b]
    assert changed and all(getattr(b, "fill", None) == "#6b4127" or getattr(b, "colour", None) == "#6b4127"
                           for _a, b in changed)
    assert any(isinstance(b, StrokeItem) and b.colour == "#6b4127" for _a, b in changed)  # the legs
