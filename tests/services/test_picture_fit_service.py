"""Fit or fill is stored per frame, undone through snapshots, and kept in an approved revision."""

from __future__ import annotations

import pytest

from lifebook.model.content import PictureFit
from lifebook.model.drawing import Drawing, PenStroke
from lifebook.model.enums import BookKind
from lifebook.services import books, children, pages, snapshots
from lifebook.services.content import load_book_content
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.models import Book

LINE = Drawing(1.5, (PenStroke("#e0524a", 0.012, ((0.1, 0.1), (0.9, 0.9))),))


@pytest.fixture
def book_id(library: Library) -> int:
    child = children.add_child(library, "Ava")
    return books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES).id


def _fit(library: Library, book_id: int, index: int) -> PictureFit | None:
    return load_book_content(library, book_id).pages[index].frames["photo1"].fit


def test_the_choice_is_stored_undone_and_refuses_nonsense(library: Library, book_id: int) -> None:
    page_id = pages.page_order(library, book_id)[1]
    before = pages.snapshot_page(library, page_id)
    assert _fit(library, book_id, 1) is None
    pages.set_fit(library, page_id, "photo1", PictureFit.FILL)
    assert _fit(library, book_id, 1) == PictureFit.FILL
    pages.restore_page(library, before)
    assert _fit(library, book_id, 1) is None
    with pytest.raises(InvalidInput, match="fit its frame or fill it"):
        pages.set_fit(library, page_id, "photo1", "stretch")
    pages.set_fit(library, page_id, "photo1", "fit")
    pages.set_fit(library, page_id, "photo1", None)  # back to the default
    assert _fit(library, book_id, 1) is None


def test_the_choice_moves_with_its_picture_when_pictures_are_swapped(library: Library, book_id: int) -> None:
    a, b = pages.page_order(library, book_id)[1:3]
    pages.set_fit(library, a, "photo1", PictureFit.FILL)
    pages.swap_photos(library, a, "photo1", b, "photo1")
    assert _fit(library, book_id, 1) is None and _fit(library, book_id, 2) == PictureFit.FILL


def test_an_approved_revision_keeps_its_pictures_drawings_and_fit(library: Library, book_id: int) -> None:
    page_id = pages.page_order(library, book_id)[1]
    pages.set_fit(library, page_id, "photo1", PictureFit.FILL)
    pages.set_drawing(library, page_id, "photo1", LINE)
    pages.place_clipart(library, page_id, "photo1", "family", {"skin": "#a8693f"})
    with library.session() as s:
        book = s.get(Book, book_id)
        assert book is not None
        frozen = snapshots.freeze(book)
    thawed = snapshots.thaw(library, frozen).pages[1].frames["photo1"]
    assert thawed.clipart == "family" and dict(thawed.clipart_colours) == {"skin": "#a8693f"}
    assert thawed.drawing == LINE and thawed.fit == PictureFit.FILL
