"""Sibling letters and parts kept for later, through the services and the checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifebook.checks.preflight import preflight
from lifebook.layout.display import FindingCode
from lifebook.model.enums import BookKind, Severity
from lifebook.services import books, children, pages, photos
from lifebook.services.content import load_book_content
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.letters import (
    copy_letter_for_sibling,
    letter_parts,
    select_part,
    set_for_later,
)
from lifebook.store.db import Library
from tests.photo_files import write_jpeg


@pytest.fixture()
def letter(library: Library, child_id: int, photo_dir: Path) -> int:
    book = books.new_book(library, child_id, BookKind.LATER_LIFE_LETTER)
    first = books.list_pages(library, book.id)[0]
    pages.set_frame_text(library, first.id, "text", "Dear Lexi, I was your social worker. "
                         "Lexi, you loved the swings.")
    memories = next(p for p in books.list_pages(library, book.id) if p.template == "photo-text")
    [photo] = photos.import_photos(library, child_id,
                                   [write_jpeg(photo_dir / "swings.jpg")]).imported
    pages.place_photo(library, memories.id, "photo1", photo.id)
    return book.id


def _codes(library: Library, book_id: int) -> list[tuple[str, str]]:
    return [(f.code.value, Severity(f.severity).value)
            for f in preflight(load_book_content(library, book_id))
            if f.code in (FindingCode.NOT_PERSONALISED, FindingCode.OTHER_CHILDS_NAME)]


def test_a_letter_copied_for_a_sibling_must_be_made_each_childs_own(
        library: Library, child_id: int, letter: int) -> None:
    sam = children.add_child(library, "Sam Test-Jones", preferred_name="Sam",
                              date_of_birth=date(2019, 2, 2)).id
    copy = copy_letter_for_sibling(library, letter, sam)
    assert (copy.child_id, copy.title) == (sam, "A letter for Sam")
    assert copy.pages == books.book_info_by_id(library, letter).pages
    # the photo came too, as Sam's own record of the same original
    [sams_photo] = photos.list_media(library, sam)
    assert sams_photo.sha256 == photos.list_media(library, child_id)[0].sha256
    # both carry the notice (an error: not to be approved as they are)
    assert ("not-personalised", "error") in _codes(library, letter)
    copied = _codes(library, copy.id)
    assert ("not-personalised", "error") in copied
    assert ("other-childs-name", "warning") in copied  # "Dear Lexi" in Sam's letter
    message = next(f.message for f in preflight(load_book_content(library, copy.id))
                   if f.code == FindingCode.OTHER_CHILDS_NAME)
    # "Dear Lexi" in the heading and twice in the text
    assert message == "Page 1 still says \u201cLexi\u201d 3 times: this letter is for Sam."
    # editing Sam's letter clears Sam's notice, not Lexi's
    first = books.list_pages(library, copy.id)[0]
    pages.set_frame_text(library, first.id, "text", "Dear Sam, I was your social worker.")
    assert _codes(library, copy.id) == [("other-childs-name", "warning")]  # the heading
    pages.set_frame_text(library, first.id, "heading", "Dear Sam")
    assert _codes(library, copy.id) == []
    assert ("not-personalised", "error") in _codes(library, letter)


def test_only_letters_and_only_for_another_child(library: Library, child_id: int,
                                                 letter: int) -> None:
    story = books.new_book(library, child_id, BookKind.LIFE_STORY)
    sam = children.add_child(library, "Sam Test-Jones").id
    with pytest.raises(InvalidInput, match="Only a later life letter"):
        copy_letter_for_sibling(library, story.id, sam)
    with pytest.raises(InvalidInput, match="not Lexi"):
        copy_letter_for_sibling(library, letter, child_id)


def test_a_part_kept_for_later_is_exported_on_its_own(library: Library, letter: int) -> None:
    parts = letter_parts(library, letter)
    assert parts[0].section == "Who I am" and not any(p.for_later for p in parts)
    set_for_later(library, letter, "The worries", True)
    set_for_later(library, letter, "What the court decided", True)
    book = load_book_content(library, letter)
    now, later = select_part(book, "now"), select_part(book, "later")
    assert len(now.pages) + len(later.pages) == len(book.pages)
    assert [p.section for p in later.pages] == ["The worries", "What the court decided"]
    assert [p.number for p in later.pages] == [1, 2]
    assert later.title.endswith("(for later)")
    assert "The worries" not in [p.section for p in now.pages]
    with pytest.raises(NotFound, match="no section"):
        set_for_later(library, letter, "Not a section", True)
    for part in letter_parts(library, letter):
        set_for_later(library, letter, part.section, False)
    with pytest.raises(InvalidInput, match="Nothing in this letter is kept for later"):
        select_part(load_book_content(library, letter), "later")
