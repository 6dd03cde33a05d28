"""Books follow the child's plan; rename, duplicate, delete and restore them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from photo_files import table_rows, write_jpeg
from sqlalchemy import select

from lifebook.layout.templates import TemplateError, book_template
from lifebook.model.enums import BookKind, Plan
from lifebook.services import books, children, pages, photos
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import Comment

ADOPTION_ONLY = "My new family"


def _sections(library: Library, book_id: int) -> list[str]:
    seen: list[str] = []
    for page in books.list_pages(library, book_id):
        if page.section not in seen:
            seen.append(page.section)
    return seen


def test_a_long_term_foster_care_child_gets_no_adoption_section(library: Library) -> None:
    fostered = children.add_child(library, "Mia Foster", plan=Plan.LONG_TERM_FOSTER_CARE)
    adopted = children.add_child(library, "Ade Adopted", plan=Plan.ADOPTION)
    foster_book = books.new_book(library, fostered.id, BookKind.LIFE_STORY)
    adoption_book = books.new_book(library, adopted.id, BookKind.LIFE_STORY)

    foster_sections = _sections(library, foster_book.id)
    adoption_sections = _sections(library, adoption_book.id)
    assert ADOPTION_ONLY not in foster_sections
    assert "My foster family" in foster_sections
    assert ADOPTION_ONLY in adoption_sections
    assert "My foster family" not in adoption_sections
    for sections in (foster_sections, adoption_sections):  # both start and end safe
        assert sections[0] == "Cover" and sections[-1] == "My future"
    prompts = " ".join(p.prompt for p in _all_pages(library, foster_book.id))
    assert "new family" not in prompts


def test_every_plan_gets_a_whole_book_and_only_its_own_sections() -> None:
    for kind in BookKind:
        tmpl = book_template(kind)
        for plan in Plan:
            sections = tmpl.for_plan(plan)
            assert sections, (kind, plan)
            assert all(s.pages for s in sections)
            assert all(not s.plans or plan in s.plans for s in sections)
            assert books.planned_sections(kind, plan) == [s.title for s in sections]
    letter = books.planned_sections(BookKind.LATER_LIFE_LETTER, Plan.LONG_TERM_FOSTER_CARE)
    assert "How your family was chosen" not in letter and "Where you grew up" in letter
    assert "How your family was chosen" in books.planned_sections(BookKind.LATER_LIFE_LETTER, Plan.ADOPTION)


def test_an_unknown_plan_in_a_book_template_is_named(tmp_path) -> None:
    (tmp_path / "books").mkdir()
    (tmp_path / "books" / "life-story.toml").write_text(
        'title = "x"\n[[sections]]\ntitle = "Oops"\nplans = ["forever-home"]\n'
        '[[sections.pages]]\ntemplate = "text-only"\n'
    )
    with pytest.raises(TemplateError, match="life-story.toml.*Oops.*forever-home"):
        book_template(BookKind.LIFE_STORY, tmp_path)


def _all_pages(library: Library, book_id: int):  # type: ignore[no-untyped-def]
    from lifebook.store.models import Page

    with library.session() as s:
        return s.scalars(select(Page).where(Page.book_id == book_id)).all()


def test_rename_book(library: Library, child_id: int) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    renamed = books.rename_book(library, book.id, "  Lexi's   story ")
    assert renamed.title == "Lexi's story"
    assert books.list_books(library, child_id)[0].title == "Lexi's story"
    with pytest.raises(InvalidInput, match="title"):
        books.rename_book(library, book.id, "   ")
    with pytest.raises(NotFound):
        books.rename_book(library, 999, "x")


def test_duplicate_book_copies_every_page_as_a_new_draft(library: Library, child_id: int) -> None:
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    first = books.list_pages(library, book.id)[1]
    pages.set_frame_text(library, first.id, "text", "Lexi loves the park")
    copy = books.duplicate_book(library, book.id)
    assert copy.id != book.id
    assert copy.title == f"{book.title} (copy)"
    assert copy.status == "draft" and copy.pages == book.pages
    original, copied = books.list_pages(library, book.id), books.list_pages(library, copy.id)
    assert [(p.section, p.template) for p in copied] == [
        (p.section, p.template) for p in original
    ]
    assert pages.snapshot_page(library, copied[1].id)["frames"]["text"]["text"] == "Lexi loves the park"
    pages.set_frame_text(library, copied[1].id, "text", "changed")  # the copy is separate
    assert pages.snapshot_page(library, first.id)["frames"]["text"]["text"] == "Lexi loves the park"


def test_delete_book_then_restore_brings_back_everything(
    library: Library, child_id: int, photo_dir
) -> None:
    photo = write_jpeg(photo_dir / "a.jpg", colour=(10, 120, 200), taken=None)
    photos.import_photos(library, child_id, [photo])
    book = books.new_book(library, child_id, BookKind.LIFE_STORY, autoflow=True)
    page_id = books.list_pages(library, book.id)[2].id
    pages.set_frame_text(library, page_id, "text", "Born on a sunny day")
    with library.transaction() as s:
        s.add(Comment(book_id=book.id, page_id=page_id, author="Manager", body="Lovely"))
    before = table_rows(library.engine)
    before_pages = [pages.snapshot_page(library, p.id) for p in books.list_pages(library, book.id)]

    snapshot = books.delete_book(library, book.id)
    assert snapshot["title"] == book.title and snapshot["page_count"] == book.pages
    assert books.list_books(library, child_id) == []
    with library.session() as s:
        assert s.scalars(select(Comment)).all() == []

    restored = books.restore_book(library, snapshot)
    assert restored == dataclasses.replace(book, autoflowed_photos=None)
    after_pages = [pages.snapshot_page(library, p.id) for p in books.list_pages(library, book.id)]
    assert after_pages == before_pages
    assert table_rows(library.engine)["comments"] == before["comments"]
    same = ("pages", "media_items", "children")  # frame rows get new ids; their content is above
    assert {k: table_rows(library.engine)[k] for k in same} == {k: before[k] for k in same}


def test_restore_when_the_ids_were_taken_meanwhile(library: Library, child_id: int) -> None:
    book = books.new_book(library, child_id, BookKind.WORDS_AND_PICTURES)
    snapshot = books.delete_book(library, book.id)
    other = books.new_book(library, child_id, BookKind.WORDS_AND_PICTURES)  # may reuse the ids
    restored = books.restore_book(library, snapshot)
    assert restored.title == book.title and restored.pages == book.pages
    assert {b.id for b in books.list_books(library, child_id)} == {other.id, restored.id}


def test_a_deleted_childs_book_cannot_be_restored(library: Library) -> None:
    child = children.add_child(library, "Kai", date_of_birth=date(2019, 1, 1))
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    snapshot = books.delete_book(library, book.id)
    children.delete_child(library, child.id)
    with pytest.raises(NotFound):
        books.restore_book(library, snapshot)
