"""Freehand drawings round-trip through the store as vectors, and print as paths."""

from __future__ import annotations

import pikepdf
import pytest

from lifebook.layout.display import ImageItem, StrokeItem
from lifebook.layout.drawing import drawing_box
from lifebook.layout.engine import layout_page
from lifebook.model.drawing import Drawing, DrawingError, PenStroke
from lifebook.model.enums import BookKind
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.services import books, children, pages
from lifebook.services.content import load_book_content
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library

SUN = Drawing(1.5, (PenStroke("#e0524a", 0.012, ((0.1, 0.1), (0.5, 0.5), (0.9, 0.2))),
                    PenStroke("#3f7fd0", 0.024, ((0.3, 0.8),))))


def test_a_drawing_reads_back_exactly_and_refuses_nonsense() -> None:
    assert Drawing.from_json(SUN.to_json()) == SUN
    with pytest.raises(DrawingError, match="colour"):
        Drawing.from_json('{"aspect":1,"strokes":[{"colour":"red","width":0.01,"points":[[0,0]]}]}')
    with pytest.raises(DrawingError):
        Drawing.from_json("not json")


@pytest.fixture
def page_id(library: Library) -> int:
    child = children.add_child(library, "Ava")
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    return pages.page_order(library, book.id)[1]


def test_drawings_round_trip_through_the_store_and_undo(library: Library, page_id: int) -> None:
    before = pages.snapshot_page(library, page_id)
    pages.set_drawing(library, page_id, "photo1", SUN)
    book_id = before["book_id"]
    frame = load_book_content(library, book_id).pages[1].frames["photo1"]
    assert frame.drawing == SUN
    assert frame.clipart == "social-worker"  # drawn over the suggested picture, which stays
    pages.restore_page(library, before)
    assert load_book_content(library, book_id).pages[1].frames["photo1"].drawing is None
    with pytest.raises(InvalidInput, match="pen width"):
        pages.set_drawing(library, page_id, "photo1",
                          Drawing(1.5, (PenStroke("#000000", 5.0, ((0, 0),)),)))


def test_a_drawing_prints_as_paths_fitted_in_its_frame_with_no_image(library: Library, page_id: int,
                                                                     tmp_path) -> None:  # type: ignore[no-untyped-def]
    pages.place_clipart(library, page_id, "photo1", None)
    pages.set_drawing(library, page_id, "photo1", SUN)
    book = load_book_content(library, pages.snapshot_page(library, page_id)["book_id"])
    laid = layout_page(book, book.pages[1])
    lines = [i for i in laid.items if isinstance(i, StrokeItem) and i.frame_key == "photo1"]
    assert len(lines) == 2 and lines[0].colour == "#e0524a"
    frame = next(f.rect for f in laid.frames if f.key == "photo1")
    box = drawing_box(SUN, frame)
    assert box.w / box.h == pytest.approx(1.5)
    assert lines[0].points[0] == pytest.approx((box.x + 0.1 * box.w, box.y + 0.1 * box.h), abs=0.01)
    assert lines[1].width == pytest.approx(0.024 * box.w)
    assert "empty-frame" not in [f.code.value for f in laid.findings if f.frame_key == "photo1"]
    assert not any(isinstance(i, ImageItem) for i in laid.items)
    out = tmp_path / "drawing.pdf"
    paint_pdf([laid], out, PdfInfo("drawing"), images={})
    with pikepdf.open(out) as pdf:
        (pg,) = pdf.pages
        assert not pg.get_images()
        ops = [str(op) for _operands, op in pikepdf.parse_content_stream(pg)]
    assert ops.count("S") >= 2  # the two pen strokes, stroked as paths
