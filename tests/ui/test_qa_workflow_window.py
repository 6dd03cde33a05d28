"""Quality assurance from the window: the QA dialog (checklist beside findings), the
Quality assurance menu, the status in the books table and the editor."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from lifebook.checks.checklists import ItemAnswer
from lifebook.model.enums import BookKind, BookStatus, QaAnswer
from lifebook.services import books, children, qa, workflow
from lifebook.store.db import Library
from lifebook.ui.main_window import MainWindow
from lifebook.ui.workflow.actions import DeliveryDialog
from lifebook.ui.workflow.qa_dialog import QaDialog


@pytest.fixture()
def ready_book(library: Library) -> int:
    child = children.add_child(library, "Alexandra Test-Jones", preferred_name="Lexi",
                               date_of_birth=date(2017, 6, 1))
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    workflow.set_status(library, book.id, BookStatus.IN_REVIEW, by="Ali Khan", comment="Ready")
    return book.id


def _answer_all(dialog: QaDialog, answer: QaAnswer = QaAnswer.MET) -> None:
    for row in dialog.rows:
        row.buttons[answer].click()


def test_the_checklist_sits_beside_the_findings_and_approves_when_complete(
    qtbot, library: Library, ready_book: int
) -> None:
    dialog = QaDialog(library, ready_book)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.rows) == 11 and "Lexi" in dialog.rows[0].text.text()
    assert dialog.findings.count() >= 1  # the automated findings, beside the checklist
    assert dialog.findings.mapTo(dialog, dialog.findings.rect().topLeft()).x() > \
        dialog.rows[0].text.mapTo(dialog, dialog.rows[0].text.rect().topLeft()).x()
    # approving with nothing ticked is refused, saying why; the dialog stays open
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "11 of 11 checklist items are not answered" in dialog.problems.text()
    assert workflow.book_workflow(library, ready_book).status == "in-review"
    _answer_all(dialog)
    dialog.reviewer.setText("Sam Patel")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = workflow.book_workflow(library, ready_book)
    assert info.status == "approved" and info.approved.approved_by == "Sam Patel"
    record = qa.qa_record(library, ready_book)
    assert {a.answer for a in record.answers} == {"met"} and record.revision == 1


def test_not_applicable_only_where_allowed_and_changes_need_a_comment(
    qtbot, library: Library, ready_book: int
) -> None:
    dialog = QaDialog(library, ready_book)
    qtbot.addWidget(dialog)
    always = next(r for r in dialog.rows if not r.buttons[QaAnswer.NOT_APPLICABLE].isEnabled())
    assert always.buttons[QaAnswer.MET].isEnabled()
    always.buttons[QaAnswer.NOT_MET].click()
    qtbot.mouseClick(dialog.changes_button, Qt.MouseButton.LeftButton)
    assert "Say what needs to change" in dialog.problems.text()
    assert "add a comment saying what to change" in dialog.problems.text()
    qtbot.keyClicks(always.comment, "Say who is worried, in the family's words")
    qtbot.keyClicks(dialog.comment, "Nearly there: see the first page")
    qtbot.mouseClick(dialog.changes_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = workflow.book_workflow(library, ready_book)
    assert info.status == "changes-requested"
    assert info.history[-1].comment == "Nearly there: see the first page"


def test_the_menu_sends_for_qa_reviews_and_delivers_and_the_table_shows_it(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    library = window.library
    child = children.add_child(library, "Sam Example")
    book = books.new_book(library, child.id, BookKind.WORDS_AND_PICTURES)
    window.refresh(("child", child.id))
    actions = window.workflow_actions
    actions.update()
    assert actions.send_action.isEnabled() and not actions.review_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ready when you are", True))
    actions.send_action.trigger()
    assert window.child_page.book_statuses() == ["Ready for quality assurance (QA)"]

    def approve(dialog: QaDialog) -> int:
        _answer_all(dialog)
        dialog.reviewer.setText("Sam Patel")
        assert dialog.sign_off(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QaDialog, "exec", approve)
    actions.update()
    assert actions.review_action.isEnabled()
    actions.review_action.trigger()
    assert window.child_page.book_statuses() == ["Approved"]

    monkeypatch.setattr(DeliveryDialog, "exec", lambda d: (d.to.setCurrentText("adopters"),
                                                            QDialog.DialogCode.Accepted)[1])
    actions.update()
    actions.deliver_action.trigger()  # the inline runner makes the final copy at once
    assert window.child_page.book_statuses() == ["Delivered"]
    info = workflow.book_workflow(library, book.id)
    assert info.deliveries[0].delivered_to == "adopters"
    assert "Delivered to adopters" in window.statusBar().currentMessage()


def test_the_editor_says_an_edit_will_start_a_new_revision(
    qtbot, window: MainWindow, library: Library, ready_book: int, monkeypatch
) -> None:
    form = qa.qa_form(library, ready_book)
    qa.sign_off(library, ready_book, approve=True, by="Sam Patel", form=form,
                answers={i.key: ItemAnswer(i.key, QaAnswer.MET) for i in form.checklist.items})
    window.refresh(("book", ready_book))
    banner = window.editor.workflow_banner
    assert banner.isVisible() and "Approved (revision 1)" in banner.text()
    assert "starts revision 2" in banner.text()
    doc = window.editor.doc
    assert all(doc.layout(p.page_id).watermark is None for p in doc.pages)
    page = window.editor.doc.pages[0]
    key = next(k for k, f in page.frames.items() if f.text)
    window.editor.doc.set_text(page.page_id, key, "Changed after approval")
    assert "Draft (revision 2)" in banner.text() and "revision 1 is approved" in banner.text()
    assert all(doc.layout(p.page_id).watermark == "DRAFT" for p in doc.pages)  # every page
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = window.editor.export_pdf()
    assert dialog.final.isEnabled() and "revision 1" in dialog.final.text()
    dialog.close()
