"""Every page edit takes the page's version it was made on (issue 18, "Working together").

Two people have the same library open (two Library objects on one file: two
Lifebook windows, or on a team server two logins). Jo changes a page; a change
Sam then makes on the page as it was before is refused with PageChanged, naming
Jo, and nothing of Sam's is stored over Jo's work. Not only words: photos,
crops, turns, swaps, fit or fill, pictures, drawings, templates, sections, text
styles, deleting a page, and the undo or redo (restore) of any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from photo_files import jpeg_bytes

from lifebook.model.drawing import Drawing, PenStroke
from lifebook.model.enums import BookKind
from lifebook.services import books, children, pages, photos
from lifebook.services.content import load_book_content
from lifebook.services.errors import PageChanged
from lifebook.store.db import Library

pytestmark = pytest.mark.both_backends  # and on a team server (tests/conftest.py)


@pytest.fixture
def jo_and_sam(library: Library, request: pytest.FixtureRequest) -> Iterator[tuple[Library, Library]]:
    """Jo and Sam with the same library open (on a team server: Jo and the manager Mo)."""
    if library.is_server:
        sam = Library.open_server(request.getfixturevalue("team").mo)
    else:
        sam = Library.open(library.db_path)
    library.actor, sam.actor = "Jo", "Sam"
    yield library, sam
    sam.close()


@pytest.fixture
def book(jo_and_sam: tuple[Library, Library], tmp_path: Path) -> tuple[int, list[int], int]:
    """(book id, its page ids, a photo of the child)."""
    jo, _sam = jo_and_sam
    child = children.add_child(jo, "Poppy Jones")
    book_id = books.new_book(jo, child.id, BookKind.LIFE_STORY).id
    picture = tmp_path / "beach.jpg"
    picture.write_bytes(jpeg_bytes())
    media_id = photos.import_photos(jo, child.id, [picture]).imported[0].id
    return book_id, [p.id for p in books.list_pages(jo, book_id)], media_id


PHOTO_PAGE = 1  # "photo-text": heading, photo1, caption1, text


def _edits(media_id: int, other_page: int) -> dict[str, Callable[..., object]]:
    """Sam's page edits, each given the library and the version Sam has open."""
    return {
        "place photo": lambda lib, page, v: pages.place_photo(lib, page, "photo1", media_id,
                                                              expected_version=v),
        "crop": lambda lib, page, v: pages.set_crop(lib, page, "photo1", 0.2, 0.3, 2.0,
                                                    expected_version=v),
        "rotate": lambda lib, page, v: pages.rotate_photo(lib, page, "photo1", 90,
                                                          expected_version=v),
        "fit": lambda lib, page, v: pages.set_fit(lib, page, "photo1", "fill", expected_version=v),
        "clipart": lambda lib, page, v: pages.place_clipart(lib, page, "photo1", "sun",
                                                            expected_version=v),
        "drawing": lambda lib, page, v: pages.set_drawing(
            lib, page, "photo1", Drawing.checked(1.0, [PenStroke("#222222", 0.01, ((0.1, 0.1), (0.5, 0.5)))]),
            expected_version=v),
        "template": lambda lib, page, v: pages.change_template(lib, page, "text-only",
                                                               expected_version=v),
        "section": lambda lib, page, v: pages.set_section(lib, page, "Elsewhere",
                                                          expected_version=v),
        "style": lambda lib, page, v: pages.set_frame_style(lib, page, "text", "caption",
                                                            expected_version=v),
        "swap": lambda lib, page, v: pages.swap_photos(lib, page, "photo1", other_page, "photo1",
                                                       expected_versions={page: v}),
        "delete": lambda lib, page, v: pages.delete_page(lib, page, expected_version=v),
    }


EDITS = ["place photo", "crop", "rotate", "fit", "clipart", "drawing", "template", "section",
         "style", "swap", "delete"]


@pytest.mark.parametrize("edit", EDITS)
def test_a_page_edit_made_on_an_out_of_date_page_is_refused_and_stores_nothing(
        jo_and_sam: tuple[Library, Library], book: tuple[int, list[int], int], edit: str) -> None:
    jo, sam = jo_and_sam
    book_id, page_ids, media_id = book
    page = page_ids[PHOTO_PAGE]
    opened = pages.page_version(sam, page)  # Sam opened the page at this version
    pages.set_frame_text(jo, page, "text", "Poppy went to the seaside with Jo.",
                         expected_version=opened)
    stored = pages.snapshot_page(jo, page)
    action = _edits(media_id, page_ids[3])[edit]

    with pytest.raises(PageChanged, match="^Jo changed this page a moment ago$") as refused:
        action(sam, page, opened)
    assert refused.value.version == opened + 1 and refused.value.changed_by == "Jo"
    assert pages.snapshot_page(jo, page) == stored  # nothing of Sam's over Jo's
    assert pages.page_version(jo, page) == opened + 1

    action(sam, page, refused.value.version)  # on the page as it is now, it goes through
    if edit != "delete":
        assert pages.page_version(jo, page) == opened + 2
        assert pages.snapshot_page(jo, page)["frames"]["text"]["text"] \
            == "Poppy went to the seaside with Jo."
    else:
        assert page not in [p.id for p in books.list_pages(jo, book_id)]


def test_a_swap_between_two_pages_is_refused_if_either_page_moved_on(
        jo_and_sam: tuple[Library, Library], book: tuple[int, list[int], int]) -> None:
    jo, sam = jo_and_sam
    _book_id, page_ids, media_id = book
    a, b = page_ids[PHOTO_PAGE], page_ids[3]
    pages.place_photo(sam, a, "photo1", media_id)
    known = pages.page_versions(sam, _book_id)
    pages.set_frame_text(jo, b, "heading", "Jo's heading", expected_version=known[b])
    with pytest.raises(PageChanged):
        pages.swap_photos(sam, a, "photo1", b, "photo1",
                          expected_versions={a: known[a], b: known[b]})
    assert pages.snapshot_page(jo, a)["frames"]["photo1"]["media_id"] == media_id  # not moved


def test_an_undo_of_several_pages_is_all_or_nothing(
        jo_and_sam: tuple[Library, Library], book: tuple[int, list[int], int]) -> None:
    jo, sam = jo_and_sam
    book_id, page_ids, media_id = book
    a, b = page_ids[PHOTO_PAGE], page_ids[3]
    before = [pages.snapshot_page(sam, a), pages.snapshot_page(sam, b)]
    pages.place_photo(sam, a, "photo1", media_id)
    pages.set_frame_text(sam, b, "heading", "Sam's heading")
    known = pages.page_versions(sam, book_id)
    pages.set_frame_text(jo, b, "text", "Jo's words", expected_version=known[b])
    with pytest.raises(PageChanged, match="^Jo changed"):
        pages.restore_pages(sam, before, "undo", expected_versions={a: known[a], b: known[b]})
    assert pages.snapshot_page(jo, a)["frames"]["photo1"]["media_id"] == media_id  # a kept too
    assert pages.snapshot_page(jo, b)["frames"]["text"]["text"] == "Jo's words"
    pages.restore_pages(sam, before, "undo", expected_versions=pages.page_versions(sam, book_id))
    assert pages.snapshot_page(jo, a)["frames"].get("photo1", {}).get("media_id") is None


def test_a_new_page_names_who_added_it(
        jo_and_sam: tuple[Library, Library], book: tuple[int, list[int], int]) -> None:
    jo, sam = jo_and_sam
    book_id, page_ids, _media = book
    added = pages.add_page(sam, book_id, "text-only", after_page_id=page_ids[0])
    copied = pages.duplicate_page(jo, page_ids[1])
    rows = {p.page_id: p for p in load_book_content(jo, book_id).pages}
    assert added.id in rows and copied.id in rows
    from lifebook.services.page_watch import book_changes

    news = book_changes(jo, book_id, {pid: 1 for pid in page_ids}, page_ids)
    assert {(c.page_id, c.changed_by) for c in news.added} == {(added.id, "Sam"), (copied.id, "Jo")}
    assert all(c.changed_by == "Jo" for c in news.added if c.page_id != added.id)


def test_section_changes_are_refused_if_one_of_their_pages_moved_on(
        jo_and_sam: tuple[Library, Library], book: tuple[int, list[int], int]) -> None:
    from lifebook.services import letters, sections

    jo, sam = jo_and_sam
    book_id, page_ids, _media = book
    section = pages.snapshot_page(sam, page_ids[1])["section"]
    ids = [p for p in page_ids if pages.snapshot_page(sam, p)["section"] == section]
    known = pages.page_versions(sam, book_id)
    pages.set_frame_text(jo, ids[-1], "heading", "Jo's heading", expected_version=known[ids[-1]])
    mine = {pid: known[pid] for pid in ids}
    with pytest.raises(PageChanged):
        sections.rename_section(sam, ids, "Somewhere new", expected_versions=mine)
    with pytest.raises(PageChanged):
        sections.delete_pages(sam, ids, expected_versions=mine)
    assert {pages.snapshot_page(jo, pid)["section"] for pid in ids} == {section}  # all still there

    letter = books.new_book(jo, books.book_info_by_id(jo, book_id).child_id,
                            BookKind.LATER_LIFE_LETTER).id
    part = books.list_pages(jo, letter)[1]
    opened = pages.page_versions(sam, letter)
    pages.set_frame_text(jo, part.id, "text", "Jo's words", expected_version=opened[part.id])
    part_ids = [pid for pid in opened if pages.snapshot_page(sam, pid)["section"] == part.section]
    with pytest.raises(PageChanged):
        letters.set_for_later(sam, letter, part.section, True,
                              expected_versions={pid: opened[pid] for pid in part_ids})
    assert letters.set_for_later(sam, letter, part.section, True,
                                 expected_versions=pages.page_versions(sam, letter)).for_later
