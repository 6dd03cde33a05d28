"""A Words and Pictures book starts from the classic pages; frames hold clipart; undo brings it back."""

from __future__ import annotations

from datetime import date

import pytest
from photo_files import write_jpeg

from lifebook.model.enums import BookKind
from lifebook.services import books, children, pages, photos
from lifebook.services.content import load_book_content
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library

CLASSIC = ["Ava's story", "Who is worried", "What they are worried about", "What happened then",
           "What everyone is doing about the worries", "The people who help"]


@pytest.fixture
def wp(library: Library) -> tuple[Library, int, list[int]]:
    child = children.add_child(library, "Ava", date_of_birth=date(2020, 5, 1))
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    return library, book.id, pages.page_order(library, book.id)


def test_a_new_book_has_the_classic_pages_in_order_with_the_childs_name(wp) -> None:  # type: ignore[no-untyped-def]
    library, book_id, ids = wp
    content = load_book_content(library, book_id)
    assert content.title == "Ava's story"
    assert [p.section for p in content.pages] == CLASSIC
    assert content.pages[0].frames["title"].text == "Ava's story"
    everything = " ".join([p.prompt for p in content.pages]
                          + [f.text for p in content.pages for f in p.frames.values()])
    assert "[Name]" not in everything and "{name}" not in everything
    assert "Ava" in content.pages[3].prompt
    # every page after the title starts with a suggested picture, drawn whole
    assert [p.frames["photo1"].clipart for p in content.pages[1:]] == [
        "social-worker", "thought-bubble", "house", "shield", "family"]
    assert content.child_age is not None and content.child_age >= 6


def test_a_frame_takes_a_clipart_picture_in_place_of_a_photo_and_back(wp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    library, book_id, ids = wp
    child_id = load_book_content(library, book_id).child_id
    imported = photos.import_photos(library, child_id, [write_jpeg(tmp_path / "a.jpg")])
    media_id = imported.imported[0].id
    pages.place_photo(library, ids[1], "photo1", media_id)
    frame = load_book_content(library, book_id).pages[1].frames["photo1"]
    assert frame.media is not None and frame.clipart is None  # the photo replaced the suggestion
    pages.place_clipart(library, ids[1], "photo1", "police-officer")
    frame = load_book_content(library, book_id).pages[1].frames["photo1"]
    assert frame.clipart == "police-officer" and frame.media is None
    with pytest.raises(InvalidInput, match="no picture called 'dragon'"):
        pages.place_clipart(library, ids[1], "photo1", "dragon")
    pages.place_clipart(library, ids[1], "photo1", None)
    assert load_book_content(library, book_id).pages[1].frames["photo1"].clipart is None


def test_undo_restores_the_picture_and_reorder_keeps_it_with_its_page(wp) -> None:  # type: ignore[no-untyped-def]
    library, book_id, ids = wp
    before = pages.snapshot_page(library, ids[2])
    pages.place_clipart(library, ids[2], "photo1", "bottles")
    pages.restore_page(library, before)
    assert load_book_content(library, book_id).pages[2].frames["photo1"].clipart == "thought-bubble"
    new_order = [ids[0], ids[4], *ids[1:4], ids[5]]
    pages.set_page_order(library, book_id, new_order)
    moved = load_book_content(library, book_id).pages[1]
    assert (moved.page_id, moved.frames["photo1"].clipart) == (ids[4], "shield")


def test_swapping_and_duplicating_carry_clipart(wp) -> None:  # type: ignore[no-untyped-def]
    library, book_id, ids = wp
    pages.swap_photos(library, ids[1], "photo1", ids[5], "photo1")
    content = load_book_content(library, book_id)
    assert content.pages[1].frames["photo1"].clipart == "family"
    assert content.pages[5].frames["photo1"].clipart == "social-worker"
    copy = pages.duplicate_page(library, ids[3])
    copied = next(p for p in load_book_content(library, book_id).pages if p.page_id == copy.id)
    assert copied.frames["photo1"].clipart == "house"


def test_a_picture_keeps_its_colours_and_refuses_ones_that_are_not(wp) -> None:  # type: ignore[no-untyped-def]
    library, book_id, ids = wp
    pages.place_clipart(library, ids[5], "photo1", "family", {"hair": "#C0582F"})
    frame = load_book_content(library, book_id).pages[5].frames["photo1"]
    assert frame.clipart_colours == (("hair", "#c0582f"),)
    with pytest.raises(InvalidInput, match="cannot recolour 'shoes'"):
        pages.place_clipart(library, ids[5], "photo1", "family", {"shoes": "#000000"})
    with pytest.raises(InvalidInput):
        pages.place_clipart(library, ids[5], "photo1", "family", {"skin": "brown"})
    pages.place_clipart(library, ids[5], "photo1", "house")  # another picture: its own colours
    assert load_book_content(library, book_id).pages[5].frames["photo1"].clipart_colours == ()
