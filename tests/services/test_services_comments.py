"""Comments: threads pinned to a book, a page or a frame; resolve, reopen, delete and undo;
the child's reactions from review mode; and never a word of them in an export."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lifebook.layout.templates import page_template
from lifebook.model.comments import CommentKind, Feeling
from lifebook.model.enums import BookKind
from lifebook.services import books as book_service
from lifebook.services import comments
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library

pytestmark = pytest.mark.both_backends  # and on a team server (tests/conftest.py)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@pytest.fixture()
def book(library: Library, child_id: int):
    made = book_service.new_book(library, child_id, BookKind.LIFE_STORY)
    return made, [p.id for p in book_service.list_pages(library, made.id)]


def test_a_thread_on_a_frame_with_replies_resolves_and_reopens(library: Library, book) -> None:
    made, pages = book
    page = page_service.snapshot_page(library, pages[1])
    spec = page_template(page["template"]).frames[0]
    key = spec.key
    first = comments.add_comment(library, made.id, "  Is this the right school? ",
                                 page_id=pages[1], frame_key=key, author="Ann Manager")
    assert (first.body, first.author, first.page_number, first.frame_key) == (
        "Is this the right school?", "Ann Manager", 2, key)
    assert first.where_text == f"Page 2, {spec.label or 'a part of the page'}"  # never the key
    answer = comments.reply(library, first.id, "Yes, checked with the carer.", author="Sam Worker")
    assert answer.parent_id == first.id and answer.frame_key == key
    done = comments.resolve(library, first.id, by="Ann Manager")
    assert done.resolved and done.resolved_by == "Ann Manager"
    [thread] = comments.list_threads(library, made.id)
    assert thread.resolved and [r.body for r in thread.replies] == ["Yes, checked with the carer."]
    assert comments.list_threads(library, made.id, include_resolved=False) == []
    assert not comments.reopen(library, answer.id).resolved  # a reply's id reopens its thread
    comments.resolve(library, first.id)
    comments.reply(library, first.id, "One more thing")
    assert not comments.get_comment(library, first.id).resolved  # a reply reopens it


def test_threads_come_in_book_order(library: Library, book) -> None:
    made, pages = book
    comments.add_comment(library, made.id, "page three", page_id=pages[2])
    comments.add_comment(library, made.id, "the whole book")
    comments.add_comment(library, made.id, "page one", page_id=pages[0])
    assert [t.first.body for t in comments.list_threads(library, made.id)] == [
        "the whole book", "page one", "page three"]
    assert [t.first.body for t in comments.list_threads(library, made.id, page_id=pages[0])] == [
        "page one"]


def test_bad_comments_are_refused_with_a_reason(library: Library, book) -> None:
    made, pages = book
    with pytest.raises(InvalidInput, match="empty"):
        comments.add_comment(library, made.id, "   ", page_id=pages[0])
    with pytest.raises(InvalidInput, match="not on this page"):
        comments.add_comment(library, made.id, "hello", page_id=pages[0], frame_key="nonsense")
    with pytest.raises(NotFound):
        comments.add_comment(library, 999, "hello")
    with pytest.raises(NotFound):
        comments.reply(library, 999, "hello")
    assert comments.list_threads(library, made.id) == []


def test_delete_takes_the_replies_and_undo_brings_them_back(library: Library, book) -> None:
    made, pages = book
    first = comments.add_comment(library, made.id, "Check the date", page_id=pages[0])
    comments.reply(library, first.id, "Done")
    snapshots = comments.delete_comment(library, first.id)
    assert comments.list_threads(library, made.id) == []
    taken = comments.add_comment(library, made.id, "A newer comment", page_id=pages[0])
    ids = comments.restore_comments(library, snapshots)
    threads = {t.first.body: t for t in comments.list_threads(library, made.id)}
    assert set(threads) == {"Check the date", "A newer comment"}
    assert [r.body for r in threads["Check the date"].replies] == ["Done"]
    assert threads["A newer comment"].id == taken.id  # nothing else was disturbed
    assert threads["Check the date"].id == ids[0]


def test_a_deleted_page_comes_back_with_its_comments(library: Library, book) -> None:
    made, pages = book
    first = comments.add_comment(library, made.id, "Lovely photo", page_id=pages[1])
    comments.reply(library, first.id, "Thank you")
    snapshot = page_service.delete_page(library, pages[1])
    assert comments.list_threads(library, made.id) == []
    page_service.restore_page(library, snapshot)
    [thread] = comments.list_threads(library, made.id)
    assert (thread.first.body, [r.body for r in thread.replies]) == ("Lovely photo", ["Thank you"])


def test_a_deleted_book_comes_back_with_its_threads_and_the_childs_drawing(
        library: Library, book) -> None:
    made, pages = book
    first = comments.add_comment(library, made.id, "Lovely", page_id=pages[1])
    comments.reply(library, first.id, "Thanks")
    comments.add_child_reaction(library, made.id, pages[0], carer_name="Jo Carer", drawing=PNG)
    snapshot = book_service.delete_book(library, made.id)
    back = book_service.restore_book(library, snapshot)
    threads = comments.list_threads(library, back.id)
    assert [len(t.replies) for t in threads] == [0, 1]
    drawn = threads[0].first
    assert drawn.from_child and comments.drawing_png(library, drawn.id) == PNG


@pytest.mark.parametrize("kind", ["feeling", "note", "my-page words", "my-page drawing"])
def test_each_reaction_is_a_comment_from_the_child_with_the_carers_name(
        library: Library, book, kind: str) -> None:
    made, pages = book
    given = {"feeling": {"feeling": Feeling.WANT_TO_KNOW_MORE},
             "note": {"note": "I remember the red door"},
             "my-page words": {"my_page": "My cat is called Biscuit"},
             "my-page drawing": {"drawing": PNG}}[kind]
    info = comments.add_child_reaction(library, made.id, pages[2], carer_name=" Jo  Carer ",
                                       **given)
    assert info.from_child and info.carer_name == "Jo Carer" and info.page_number == 3
    assert info.byline == "From the child, with Jo Carer"
    expected = {"feeling": CommentKind.FEELING, "note": CommentKind.NOTE}.get(kind,
                                                                             CommentKind.MY_PAGE)
    assert info.kind == expected.value
    if kind == "feeling":
        assert info.reaction == "want-to-know-more"
        assert info.summary == "The child wants to know more about this page."
    if kind == "my-page drawing":
        assert info.has_drawing and comments.drawing_png(library, info.id) == PNG


def test_a_reaction_needs_the_carer_and_one_thing_to_keep(library: Library, book) -> None:
    made, pages = book
    with pytest.raises(InvalidInput, match="carer's name"):
        comments.add_child_reaction(library, made.id, pages[0], carer_name=" ", note="hi")
    with pytest.raises(InvalidInput, match="choose one"):
        comments.add_child_reaction(library, made.id, pages[0], carer_name="Jo")
    with pytest.raises(InvalidInput, match="not one of the feelings"):
        comments.add_child_reaction(library, made.id, pages[0], carer_name="Jo", feeling="bored")
    with pytest.raises(InvalidInput, match="not a PNG"):
        comments.add_child_reaction(library, made.id, pages[0], carer_name="Jo",
                                    drawing=b"GIF89a")
    assert comments.list_threads(library, made.id) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_comments_never_reach_an_export(library: Library, book, tmp_path: Path) -> None:
    from lifebook.render.derivatives import InlineExecutor
    from lifebook.services.export import ExportOptions, export_book

    made, pages = book
    first = comments.add_comment(library, made.id, "Zebracrossing comment", page_id=pages[0])
    comments.reply(library, first.id, "Quokkareply here")
    comments.add_child_reaction(library, made.id, pages[1], carer_name="Xylophonecarer",
                                note="Marmalade words")
    comments.add_child_reaction(library, made.id, pages[1], carer_name="Xylophonecarer",
                                feeling=Feeling.CONFUSED)
    out = tmp_path / "book.pdf"
    export_book(load_book_content(library, made.id), out, ExportOptions(),
                cache_dir=tmp_path / "cache", executor=InlineExecutor())
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Lexi" in text  # the book's own words are there to be found
    for word in ("Zebracrossing", "Quokkareply", "Xylophonecarer", "Marmalade", "Confused",
                 "from the child"):
        assert word.lower() not in text.lower()
