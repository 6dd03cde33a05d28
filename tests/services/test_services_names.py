"""Children's names: stored composed (NFC), never guessed, printed in full or not finalised."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from lifebook.checks.preflight import preflight
from lifebook.layout.display import TextRun
from lifebook.layout.engine import layout_book
from lifebook.model.enums import BookKind, Severity
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import books, children
from lifebook.services.content import load_book_content
from lifebook.services.export import ExportOptions, ExportRefused, export_book
from lifebook.store.db import Library

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_name_typed_decomposed_is_the_same_name_once_stored(library: Library) -> None:
    composed = "Nguyễn Văn An"
    assert nfd(composed) != composed  # typed with the accents as separate characters
    typed_apart = children.add_child(library, nfd(composed), preferred_name=nfd("An"))
    typed_whole = children.add_child(library, composed)
    assert typed_apart.name == typed_whole.name == composed
    assert typed_apart.preferred_name == "An"
    person = children.add_person(library, typed_apart.id, nfd("Bà Nội Trần Thị Hương"),
                                 relationship=nfd("bà nội"))
    assert person.name == "Bà Nội Trần Thị Hương" and person.relationship_to_child == "bà nội"
    book = books.new_book(library, typed_apart.id, BookKind.LIFE_STORY,
                          title=nfd("Câu chuyện của An"))
    assert book.title == "Câu chuyện của An"


def test_the_preferred_name_is_never_guessed_from_the_first_word(library: Library) -> None:
    child = children.add_child(library, "Nguyễn Văn An")
    assert child.preferred_name == "" and child.display_name == "Nguyễn Văn An"  # not "Nguyễn"
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    assert book.title == "Nguyễn Văn An's life story"
    named = children.add_child(library, "Nguyễn Văn An", preferred_name="An")
    assert books.new_book(library, named.id, BookKind.LIFE_STORY).title == "An's life story"


def cover_text(library: Library, name: str, tmp_path: Path) -> str:
    """The printed cover's text (as copy and paste gets it) of a new book for ``name``."""
    child = children.add_child(library, name)
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    content = load_book_content(library, book.id)
    cover = layout_book(content)[0]
    drawn = "".join(i.text for i in cover.items if isinstance(i, TextRun))
    assert all(ch in drawn for ch in unicodedata.normalize("NFC", name) if not ch.isspace())
    result = export_book(content, tmp_path / "book.pdf", ExportOptions(), cache_dir=tmp_path / "c",
                         executor=InlineExecutor())
    assert not [f for f in result.findings if "glyph" in f.code]
    return subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(result.out_path), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize(
    "name", ["ليلى أحمد", "王小明", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "Nguyễn Văn An", nfd("Nguyễn Văn An")]
)
def test_the_cover_prints_the_whole_name(library: Library, tmp_path: Path, name: str) -> None:
    text = cover_text(library, name, tmp_path).translate(BIDI_CONTROLS)
    assert unicodedata.normalize("NFC", name) in text and "life story" in text


# --- a name that cannot be printed -------------------------------------------------

KOREAN = "김지우"  # Hangul: no bundled font has it


def approved_book(library: Library, name: str):  # type: ignore[no-untyped-def]
    """The book's content as QA approval would leave it (approval itself is not built yet)."""
    child = children.add_child(library, name)
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    return dataclasses.replace(load_book_content(library, book.id), approved=True)


def test_a_final_copy_without_part_of_the_childs_name_is_refused(
    library: Library, tmp_path: Path
) -> None:
    content = approved_book(library, f"Ji-woo {KOREAN}")
    out = tmp_path / "final.pdf"
    with pytest.raises(ExportRefused, match="cannot be finalised") as refused:
        export_book(content, out, ExportOptions(final=True), cache_dir=tmp_path / "c",
                    executor=InlineExecutor())
    assert f"Ji-woo {KOREAN}" in str(refused.value) and "'김'" in str(refused.value)
    assert not out.exists()
    # a draft still prints, and says what is wrong as an error
    draft = export_book(content, out, ExportOptions(), cache_dir=tmp_path / "c",
                        executor=InlineExecutor())
    errors = [f for f in draft.findings if f.severity == Severity.ERROR and "glyph" in f.code]
    assert errors and any("The child's name" in f.message for f in errors)
    assert any(f.code == "name-missing-glyph" for f in preflight(content))


def test_the_same_book_with_a_printable_name_is_finalised(
    library: Library, tmp_path: Path
) -> None:
    content = approved_book(library, "Ji-woo Kim")
    result = export_book(content, tmp_path / "final.pdf", ExportOptions(final=True),
                         cache_dir=tmp_path / "c", executor=InlineExecutor())
    assert result.final and result.out_path.exists()


def test_a_missing_character_in_a_heading_is_an_error(library: Library) -> None:
    content = approved_book(library, f"Ji-woo {KOREAN}")
    found = [f for page in layout_book(content) for f in page.findings if f.code == "missing-glyph"]
    assert found and all(f.severity == Severity.ERROR for f in found)


def test_a_final_copy_is_refused_while_any_character_would_be_left_out(
    library: Library, tmp_path: Path
) -> None:
    from lifebook.services import pages as page_service

    content = approved_book(library, "Ruby Jones")
    text_page = next(p for p in content.pages if "text" in p.frames or p.template == "text-only")
    page_service.set_frame_text(library, text_page.page_id, "text", "Ruby drew \U00010000 today.")
    content = dataclasses.replace(load_book_content(library, content.book_id), approved=True)
    body = [f for page in layout_book(content) for f in page.findings if f.code == "missing-glyph"]
    assert body and all(f.severity == Severity.WARNING for f in body)  # body text: a warning
    with pytest.raises(ExportRefused, match="left out"):
        export_book(content, tmp_path / "final.pdf", ExportOptions(final=True),
                    cache_dir=tmp_path / "c", executor=InlineExecutor())
