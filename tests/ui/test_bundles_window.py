"""Handing over and bringing in case bundles through the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from lifebook.services import books, children, comments
from lifebook.store.db import Library
from lifebook.ui.bundle_actions import NO_PASSPHRASE_WARNING, HandOverDialog
from lifebook.ui.main_window import MainWindow
from tests.bundle_helpers import fill_child
from tests.ui.modal_helpers import when_modal

PASS = "blue kettle sings"


def _action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    [found] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == text]
    return found


def _select_child(window: MainWindow, child_id: int) -> None:
    window.refresh(select=("child", child_id))
    assert window.current_child_id() == child_id


def test_the_dialog_wants_the_passphrase_twice_or_says_anyone_can_read_it(qtbot) -> None:
    dialog = HandOverDialog("Poppy")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert not dialog.warning.isVisible()
    dialog.passphrase.setText(PASS)
    dialog.repeat.setText(PASS + "x")
    assert not dialog.save_button.isEnabled()
    assert "not the same" in dialog.problem.text()
    dialog.repeat.setText(PASS)
    assert dialog.save_button.isEnabled() and dialog.chosen_passphrase() == PASS
    dialog.unprotected.setChecked(True)
    assert dialog.warning.isVisible() and dialog.warning.text() == NO_PASSPHRASE_WARNING
    assert "anyone" in NO_PASSPHRASE_WARNING
    assert dialog.chosen_passphrase() is None


def test_hand_over_then_bring_in_through_the_file_menu(window: MainWindow, tmp_path: Path,
                                                       monkeypatch, qtbot) -> None:
    sent = fill_child(window.library, tmp_path / "camera")
    _select_child(window, sent.child_id)
    out = tmp_path / "poppy.lifebook"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.passphrase.setText(PASS)
        dialog.repeat.setText(PASS)
        dialog.save_button.click()

    seen = when_modal(fill)
    _action(window, "&Hand over a child's records…").trigger()
    assert seen and isinstance(seen[0], HandOverDialog)
    assert out.is_file()
    assert "protected by its passphrase" in window.statusBar().currentMessage()

    # a carer's library brings it in, adds a comment and sends it back
    carer = Library.open(tmp_path / "carer" / "library.sqlite3")
    try:
        from lifebook.services.bundles import export_bundle, import_bundle

        got = import_bundle(carer, out, PASS)
        [book] = books.list_books(carer, got.child_id)
        comments.add_comment(carer, book.id, "Poppy asked about this page", author="Jo")
        back = tmp_path / "back.lifebook"
        export_bundle(carer, got.child_id, back, PASS)
    finally:
        carer.close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    asked: list[str] = []

    def passphrase(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return PASS, True

    monkeypatch.setattr(QInputDialog, "getText", passphrase)
    _action(window, "Bring in a &case bundle…").trigger()
    assert asked and "protected" in asked[0]
    assert "Added 1 new comment(s)" in window.statusBar().currentMessage()
    assert len(children.list_children(window.library)) == 1
    threads = str(comments.list_threads(window.library, sent.book_id))
    assert "Poppy asked about this page" in threads


def test_a_wrong_passphrase_is_said_and_nothing_changes(window: MainWindow, tmp_path: Path,
                                                        monkeypatch) -> None:
    from lifebook.services.bundles import export_bundle

    other = Library.open(tmp_path / "other" / "library.sqlite3")
    try:
        sent = fill_child(other, tmp_path / "camera")
        path = export_bundle(other, sent.child_id, tmp_path / "x.lifebook", PASS).path
    finally:
        other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("not the right one", True))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _action(window, "Bring in a &case bundle…").trigger()
    assert warned and "passphrase is not" in warned[0]
    assert children.list_children(window.library) == []
