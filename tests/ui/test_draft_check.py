"""File > Check a draft letter…: a Word draft checked through the window, nothing imported."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog

from lifebook.model.enums import Consent, Relationship
from lifebook.services import books, children, people
from lifebook.store.db import Library
from lifebook.ui.draft_check import DraftCheckDialog
from lifebook.ui.main_window import MainWindow


def _lexi(library: Library) -> int:
    child = children.add_child(library, "Lexi Test", preferred_name="Lexi").id
    mum = people.add_person(library, child, "Kelly Smith", Relationship.BIRTH_MOTHER).id
    people.update_person(library, mum, consent=Consent.NO, consent_identified=Consent.NO)
    nan = people.add_person(library, child, "Jean Brown", Relationship.GRANDPARENT).id
    people.update_person(library, nan, consent=Consent.YES, consent_identified=Consent.YES)
    return child


def _draft(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("The worries", level=1)
    document.add_paragraph("After the PLO meeting, contact with your birth mum Kelly Smith was "
                           "reduced. Your nan Jean Brown visited every week.")
    document.add_heading("Ending", level=1)
    document.add_paragraph("I hope this letter helps you know your story.")
    path = tmp_path / "Letter for Lexi.docx"
    document.save(str(path))
    return path


def _lines(dialog: DraftCheckDialog) -> list[str]:
    return [line for line in dialog.results.toPlainText().splitlines() if line.strip()]


@pytest.fixture
def opened(qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The dialog as File > Check a draft letter… opens it, with Lexi chosen in the library."""
    lexi = _lexi(library)
    window.refresh(("child", lexi))
    shown: list[DraftCheckDialog] = []
    monkeypatch.setattr(DraftCheckDialog, "exec", lambda self: shown.append(self) or 0)
    action = next(a for a in window.menuBar().actions()[0].menu().actions()  # type: ignore[union-attr]
                  if a.text().replace("&", "") == "Check a draft letter…")
    action.trigger()
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    shown[0].show()
    return shown[0]


def test_a_word_draft_is_checked_in_the_window_with_the_childs_consents(
        qtbot, opened: DraftCheckDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(tmp_path)
    before = draft.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(draft), ""))
    assert "Lexi" in opened.names_label.text()
    opened.choose_button.click()

    lines = _lines(opened)
    assert opened.file_label.text() == "Letter for Lexi.docx"
    assert any(line.startswith("The worries (") for line in lines)  # sections from the headings
    assert any(line.startswith("Jargon:") and "PLO" in line for line in lines)
    assert any(line.startswith("Consent:") and "Kelly Smith" in line for line in lines)
    assert not any("Jean Brown" in line for line in lines)  # she agreed to be named
    assert "for a reader of 14" in opened.summary.text()
    assert draft.read_bytes() == before  # nothing imported or changed

    opened.reader_age.setValue(9)  # a younger reader: checked again at once
    assert "for a reader of 9" in opened.summary.text()


def test_a_file_that_is_not_a_draft_is_named_and_nothing_is_shown(
        opened: DraftCheckDialog, tmp_path: Path, library: Library) -> None:
    fake = tmp_path / "photo.docx"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not a Word file")
    count = len(books.list_books(library, opened.child_id or 0))
    opened.check_file(fake)
    assert "photo.docx" in opened.summary.text()
    assert _lines(opened) == []
    assert len(books.list_books(library, opened.child_id or 0)) == count


def test_without_a_chosen_child_the_names_are_not_checked(qtbot, library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _lexi(library)
    dialog = DraftCheckDialog(library, None)
    qtbot.addWidget(dialog)
    dialog.check_file(_draft(tmp_path))
    assert "Choose a child" in dialog.names_label.text()
    assert not any(line.startswith("Consent:") for line in _lines(dialog))
    assert any(line.startswith("Jargon:") for line in _lines(dialog))

