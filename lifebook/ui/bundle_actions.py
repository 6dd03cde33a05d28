"""File > Hand over a child's records… and File > Bring in a case bundle….

Handing over asks for a passphrase twice, or says plainly that without one
anyone who gets the file can read it. Bringing in asks for the passphrase
when the bundle has one, and says what was added, and which books were
kept as copies because their pages differ.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lifebook.services.bundle_format import MIN_PASSPHRASE, BundleError
from lifebook.services.bundles import export_bundle, import_bundle, peek_bundle
from lifebook.ui.tips import explain_buttons

if TYPE_CHECKING:
    from lifebook.ui.main_window import MainWindow

BUNDLE_FILTER = "Lifebook case bundle (*.lifebook);;All files (*)"
NO_PASSPHRASE_WARNING = ("Without a passphrase anyone who gets this file can read everything "
                         "in it: the child's history, their birth family and their carers. "
                         "Only do this if the file will travel on a secure, encrypted route.")


def bundle_menu_actions(window: MainWindow) -> list[QAction]:
    hand_over_action = QAction(QCoreApplication.translate("bundle_actions", "&Hand over a child's records…"), window)
    hand_over_action.setToolTip(QCoreApplication.translate("bundle_actions", "Save the chosen child's records, books and photos in one "
                                "file, protected by a passphrase, for someone else to bring in"))
    hand_over_action.triggered.connect(lambda: hand_over(window))
    bring_in = QAction(QCoreApplication.translate("bundle_actions", "Bring in a &case bundle…"), window)
    bring_in.setToolTip(QCoreApplication.translate("bundle_actions", "Add a child's records from a case bundle; a child already here gets "
                        "the new comments, and nothing of yours is overwritten"))
    bring_in.triggered.connect(lambda: bring_in_bundle(window))
    return [hand_over_action, bring_in]


class HandOverDialog(QDialog):
    """The passphrase, typed twice, or a clear choice to send the file unprotected."""

    def __init__(self, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HandOverDialog", "Hand over {child_name}'s records").format(child_name=child_name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("HandOverDialog", "Lifebook will save {child_name}'s record, people, chronology, books, comments and photos in one file. Choose a passphrase and tell it to the person who will open the file another way (by phone, not in the same email). Nobody can open the file without it, Lifebook included.").format(child_name=child_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(QCoreApplication.translate("HandOverDialog", "at least {MIN_PASSPHRASE} characters").format(MIN_PASSPHRASE=MIN_PASSPHRASE))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setToolTip(QCoreApplication.translate("HandOverDialog", "The passphrase the new worker types to open the records; tell them another way, never with the file"))
        self.repeat.setToolTip(QCoreApplication.translate("HandOverDialog", "The same passphrase again, to be sure it was typed right"))
        form.addRow(QCoreApplication.translate("HandOverDialog", "&Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("HandOverDialog", "&Type it again:"), self.repeat)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #9b1c10; }")
        layout.addWidget(self.problem)
        self.unprotected = QCheckBox(QCoreApplication.translate("HandOverDialog", "Save it &without a passphrase"))
        self.unprotected.setToolTip(QCoreApplication.translate("HandOverDialog", "Only for a file that stays on the council's own secure systems"))
        layout.addWidget(self.unprotected)
        self.warning = QLabel(NO_PASSPHRASE_WARNING)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fdecea; color: #7a1c14; "
                                   "border: 1px solid #e6a19a; border-radius: 4px; padding: 8px; }")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(QCoreApplication.translate("HandOverDialog", "Choose where to save…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setToolTip(QCoreApplication.translate("HandOverDialog", "Choose where to save the child's records as one file"))
        explain_buttons(self.buttons)
        layout.addWidget(self.buttons)
        for signal in (self.passphrase.textChanged, self.repeat.textChanged,
                       self.unprotected.toggled):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        bare = self.unprotected.isChecked()
        self.passphrase.setEnabled(not bare)
        self.repeat.setEnabled(not bare)
        self.warning.setVisible(bare)
        problem = ""
        if not bare:
            text, again = self.passphrase.text(), self.repeat.text()
            if text and len(text) < MIN_PASSPHRASE:
                problem = f"The passphrase needs at least {MIN_PASSPHRASE} characters."
            elif again and text != again:
                problem = "The two passphrases are not the same."
            ok = len(text) >= MIN_PASSPHRASE and text == again
        else:
            ok = True
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(ok)

    def chosen_passphrase(self) -> str | None:
        return None if self.unprotected.isChecked() else self.passphrase.text()


def hand_over(window: MainWindow, path: str | None = None) -> None:
    from lifebook.services.children import child_info_by_id

    child_id = window.current_child_id()
    if child_id is None:
        QMessageBox.information(window, QCoreApplication.translate("bundle_actions", "Hand over a child's records"),
                                QCoreApplication.translate("bundle_actions", "First choose the child whose records you want to hand over."))
        return
    name = child_info_by_id(window.library, child_id).display_name
    dialog = HandOverDialog(name, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    passphrase = dialog.chosen_passphrase()
    if path is None:
        suggested = Path.home() / f"{name} records {date.today():%d %B %Y}.lifebook"
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("bundle_actions", "Hand over {name}'s records").format(name=name),
                                              str(suggested), BUNDLE_FILTER)
    if not path:
        return
    out = Path(path) if Path(path).suffix else Path(path).with_suffix(".lifebook")
    library = window.library

    def done(info) -> None:
        protected = "protected by its passphrase" if info.encrypted else \
            "NOT protected: anyone with the file can read it"
        window.statusBar().showMessage(
            QCoreApplication.translate("bundle_actions", "Saved {child_name}'s records and {photos} photo(s) to {name}, {protected}.").format(child_name=info.child_name, photos=info.photos, name=info.path.name, protected=protected), 20000)

    window._start_job(QCoreApplication.translate("bundle_actions", "Hand over a child's records"),
                      lambda progress, cancel: export_bundle(library, child_id, out, passphrase,
                                                             progress=progress, cancel=cancel),
                      done)


def bring_in_bundle(window: MainWindow, path: str | None = None) -> None:
    title = "Bring in a case bundle"
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), BUNDLE_FILTER)
    if not path:
        return
    try:
        locked = peek_bundle(Path(path))
    except BundleError as exc:
        QMessageBox.warning(window, title, str(exc))
        return
    passphrase = None
    if locked:
        passphrase, ok = QInputDialog.getText(
            window, title, QCoreApplication.translate("bundle_actions", "{name} is protected.\nType the passphrase you were given:").format(name=Path(path).name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
    library = window.library

    def done(result) -> None:
        window.refresh(select=("child", result.child_id))
        if result.book_copies:
            QMessageBox.information(window, title, result.summary)
        window.statusBar().showMessage(result.summary, 30000)

    window._start_job(title, lambda progress, cancel: import_bundle(
        library, Path(path), passphrase, progress=progress, cancel=cancel), done)
