"""The QA workflow: every legal and illegal move, approval snapshots, re-approval after an
edit, final copies from the approved revision, checklists, QA records and delivery."""

from __future__ import annotations

import itertools
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from lifebook.checks.checklists import (
    ItemAnswer,
    approval_problems,
    changes_problems,
    checklist_for,
)
from lifebook.model.enums import BookKind, BookStatus, QaAnswer
from lifebook.services import books, delivery, pages, qa, workflow
from lifebook.services.errors import InvalidInput, ServiceError
from lifebook.services.export import ExportOptions, export_book
from lifebook.services.workflow import MOVES, MoveRefused, refusal, set_status
from lifebook.store.db import Library
from lifebook.store.models import Book, BookStatusChange, QaRecord

pytestmark = pytest.mark.both_backends(login="mo")  # and on a team server, as a manager

S = BookStatus
# a short path of legal moves from a new draft to each status
PATH_TO = {
    S.DRAFT: [],
    S.IN_REVIEW: [S.IN_REVIEW],
    S.CHANGES_REQUESTED: [S.IN_REVIEW, S.CHANGES_REQUESTED],
    S.APPROVED: [S.IN_REVIEW, S.APPROVED],
}


@pytest.fixture()
def book_id(library: Library, child_id: int) -> int:
    return books.new_book(library, child_id, BookKind.WORDS_AND_PICTURES).id


def _go(library: Library, book_id: int, *path: BookStatus) -> None:
    for target in path:
        set_status(library, book_id, target, by="Sam Patel", comment="moving on")


def _first_text(library: Library, book_id: int) -> tuple[int, str, str]:
    for page in books.list_pages(library, book_id):
        snap = pages.snapshot_page(library, page.id)
        for key, frame in snap["frames"].items():
            if frame["text"]:
                return page.id, key, frame["text"]
    raise AssertionError("no text in the book")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_legal_moves_are_exactly_the_issues_workflow() -> None:
    assert MOVES == {
        S.DRAFT: (S.IN_REVIEW,),
        S.IN_REVIEW: (S.APPROVED, S.CHANGES_REQUESTED, S.DRAFT),
        S.CHANGES_REQUESTED: (S.IN_REVIEW,),
        S.APPROVED: (S.HANDED_OVER, S.DRAFT),
        S.HANDED_OVER: (S.DRAFT,),
    }
    for current, target in itertools.product(S, S):
        reason = refusal(current, target)
        assert (reason is None) == (target in MOVES[current]), (current, target)
        if reason is not None:
            assert reason.endswith(".") and "-" not in reason.split(":")[0], reason


@pytest.mark.parametrize("start", list(PATH_TO))
def test_every_illegal_move_is_refused_with_a_reason_and_changes_nothing(
    library: Library, book_id: int, start: BookStatus
) -> None:
    _go(library, book_id, *PATH_TO[start])
    before = workflow.book_workflow(library, book_id)
    assert before.status == start.value
    for target in S:
        if target in MOVES[start]:
            continue
        with pytest.raises(MoveRefused) as refused:
            set_status(library, book_id, target, by="Sam Patel", comment="try")
        assert str(refused.value) == refusal(start, target) or target is S.HANDED_OVER
        after = workflow.book_workflow(library, book_id)
        assert after.status == start.value and after.history == before.history


def test_draft_straight_to_approved_needs_qa_first(library: Library, book_id: int) -> None:
    with pytest.raises(MoveRefused, match="sent for quality assurance"):
        set_status(library, book_id, S.APPROVED, by="Sam Patel")


def test_every_legal_move_is_recorded_with_who_when_and_why(library: Library, book_id: int) -> None:
    _go(library, book_id, S.IN_REVIEW)
    set_status(library, book_id, S.CHANGES_REQUESTED, by="Sam Patel", comment="Explain the move")
    set_status(library, book_id, S.IN_REVIEW, by="Ali Khan", comment="Done")
    set_status(library, book_id, S.DRAFT, by="Ali Khan", comment="Taking it back")
    _go(library, book_id, S.IN_REVIEW, S.APPROVED)
    info = set_status(library, book_id, S.DRAFT, by="Sam Patel", comment="Reopen")
    moves = [(h.from_status, h.to_status, h.by) for h in info.history]
    assert moves == [
        ("draft", "in-review", "Sam Patel"),
        ("in-review", "changes-requested", "Sam Patel"),
        ("changes-requested", "in-review", "Ali Khan"),
        ("in-review", "draft", "Ali Khan"),
        ("draft", "in-review", "Sam Patel"),
        ("in-review", "approved", "Sam Patel"),
        ("approved", "draft", "Sam Patel"),
    ]
    assert info.history[1].comment == "Explain the move" and info.history[0].at is not None
    assert info.revision == 2 and info.approved is not None and info.approved.number == 1
    with library.session() as s:  # the caseload KPIs read this table
        assert s.scalar(select(BookStatusChange).where(BookStatusChange.to_status == "approved"))


def test_requesting_changes_needs_a_comment_and_a_name(library: Library, book_id: int) -> None:
    _go(library, book_id, S.IN_REVIEW)
    with pytest.raises(InvalidInput, match="comment"):
        set_status(library, book_id, S.CHANGES_REQUESTED, by="Sam Patel", comment="  ")
    with pytest.raises(InvalidInput, match="name"):
        set_status(library, book_id, S.CHANGES_REQUESTED, by=" ", comment="Fix page 2")


def test_approval_is_refused_while_the_checks_find_errors(library: Library, book_id: int) -> None:
    page_id, key, _ = _first_text(library, book_id)
    pages.set_frame_text(library, page_id, key, "far too many words " * 400)
    _go(library, book_id, S.IN_REVIEW)
    with pytest.raises(MoveRefused, match="checks before printing find 1 error"):
        set_status(library, book_id, S.APPROVED, by="Sam Patel")
    assert workflow.book_workflow(library, book_id).status == "in-review"


def test_approval_freezes_a_snapshot_and_an_edit_starts_a_new_draft_revision(
    library: Library, book_id: int, tmp_path: Path
) -> None:
    page_id, key, approved_text = _first_text(library, book_id)
    _go(library, book_id, S.IN_REVIEW, S.APPROVED)
    pages.set_frame_text(library, page_id, key, "A later change, not yet approved")
    info = workflow.book_workflow(library, book_id)
    assert info.status == "draft" and info.revision == 2
    assert info.history[-1].from_status == "approved" and "revision 2" in info.history[-1].comment
    frozen = workflow.approved_content(library, book_id)
    assert frozen.revision == 1 and frozen.approved
    assert frozen.approval.startswith("Approved by Sam Patel, ")
    texts = [f.text for p in frozen.pages for f in p.frames.values()]
    assert approved_text in texts and "A later change, not yet approved" not in texts
    # the approved revision still exports exactly as approved, with the stamp and no DRAFT
    out = tmp_path / "final.pdf"
    export_book(frozen, out, ExportOptions(final=True), cache_dir=tmp_path / "cache")
    text = _pdf_text(out)
    assert approved_text.split()[0] in text and "A later change" not in text
    assert "DRAFT" not in text and "Approved by Sam Patel" in text
    # re-approval after the edit: revision 2 is frozen with the new words
    _go(library, book_id, S.IN_REVIEW, S.APPROVED)
    assert [r.number for r in workflow.list_revisions(library, book_id)] == [1, 2]
    newest = workflow.approved_content(library, book_id)
    assert "A later change, not yet approved" in [f.text for p in newest.pages for f in p.frames.values()]
    again = workflow.approved_content(library, book_id, revision=1)
    assert approved_text in [f.text for p in again.pages for f in p.frames.values()]


def test_edits_before_approval_keep_the_status(library: Library, book_id: int) -> None:
    page_id, key, _ = _first_text(library, book_id)
    _go(library, book_id, S.IN_REVIEW)
    pages.set_frame_text(library, page_id, key, "A small fix during QA")
    assert workflow.book_workflow(library, book_id).status == "in-review"


def test_renaming_an_approved_book_reopens_it_but_a_copy_does_not(
    library: Library, book_id: int
) -> None:
    _go(library, book_id, S.IN_REVIEW, S.APPROVED)
    copy = books.duplicate_book(library, book_id)
    assert copy.status == "draft" and workflow.book_workflow(library, book_id).status == "approved"
    books.rename_book(library, book_id, "A new title")
    assert workflow.book_workflow(library, book_id).status == "draft"


def test_draft_export_is_the_only_export_before_approval(library: Library, book_id: int) -> None:
    with pytest.raises(MoveRefused, match="not been approved"):
        workflow.approved_content(library, book_id)


def test_checklist_completion_rules() -> None:
    checklist = checklist_for(BookKind.LIFE_STORY)
    for kind in BookKind:
        assert len(checklist_for(kind).items) >= 10
    all_met = {i.key: ItemAnswer(i.key, QaAnswer.MET) for i in checklist.items}
    assert approval_problems(checklist, all_met, "Lexi") == []
    missing = dict(all_met)
    missing.pop(checklist.items[0].key)
    assert "1 of 14 checklist items is not answered" in approval_problems(checklist, missing)[0]
    always = next(i for i in checklist.items if not i.can_be_na)
    optional = next(i for i in checklist.items if i.can_be_na)
    na_wrong = {**all_met, always.key: ItemAnswer(always.key, QaAnswer.NOT_APPLICABLE)}
    assert "cannot be marked not applicable" in " ".join(approval_problems(checklist, na_wrong))
    na_ok = {**all_met, optional.key: ItemAnswer(optional.key, QaAnswer.NOT_APPLICABLE)}
    assert approval_problems(checklist, na_ok) == []
    not_met = {**all_met, always.key: ItemAnswer(always.key, QaAnswer.NOT_MET)}
    assert "request changes instead" in " ".join(approval_problems(checklist, not_met))
    problems = changes_problems(checklist, not_met, "")
    assert len(problems) == 2 and "comment" in problems[0] and "what to change" in problems[1]
    explained = {**all_met, always.key: ItemAnswer(always.key, QaAnswer.NOT_MET, "Add a page")}
    assert changes_problems(checklist, explained, "See page 3") == []


def test_sign_off_stores_the_qa_record_with_the_revision_and_exports_one_page(
    library: Library, book_id: int, tmp_path: Path
) -> None:
    _go(library, book_id, S.IN_REVIEW)
    form = qa.qa_form(library, book_id)
    answers = {i.key: ItemAnswer(i.key, QaAnswer.MET) for i in form.checklist.items}
    first = form.checklist.items[0].key
    with pytest.raises(InvalidInput, match="not met"):
        qa.sign_off(library, book_id, approve=True, by="Sam Patel", form=form,
                    answers={**answers, first: ItemAnswer(first, QaAnswer.NOT_MET, "Add it")})
    qa.sign_off(library, book_id, approve=False, by="Sam Patel", comment="Page 1 first", form=form,
                answers={**answers, first: ItemAnswer(first, QaAnswer.NOT_MET, "Add it")})
    set_status(library, book_id, S.IN_REVIEW, by="Ali Khan", comment="Done")
    info = qa.sign_off(library, book_id, approve=True, by="Sam Patel", answers=answers,
                       comment="Lovely work")
    assert info.status == "approved"
    records = qa.qa_records(library, book_id)
    assert [r.outcome for r in records] == ["changes-requested", "approved"]
    assert records[0].answers[0].answer == "not-met" and records[0].answers[0].comment == "Add it"
    assert records[1].revision == 1 and records[1].reviewer == "Sam Patel"
    assert "Lexi" in records[1].answers[0].text  # the child's name, as the reviewer read it
    with library.session() as s:
        assert s.scalar(select(QaRecord).where(QaRecord.outcome == "approved")).revision_id
    out = tmp_path / "qa.pdf"
    qa.export_qa_record(library, book_id, out)
    text = _pdf_text(out)
    assert "Quality assurance record" in text and "Approved by Sam Patel" in text
    assert "Lovely work" in text and text.count("\f") == 1  # one page


def test_delivery_keeps_the_final_pdf_and_only_follows_approval(
    library: Library, book_id: int, tmp_path: Path
) -> None:
    with pytest.raises(MoveRefused, match="Only an approved book can be delivered"):
        delivery.deliver(library, book_id, to="adopters")
    with pytest.raises(MoveRefused, match="to whom"):
        _go(library, book_id, S.IN_REVIEW, S.APPROVED, S.HANDED_OVER)
    with pytest.raises(InvalidInput, match="in the future"):
        delivery.deliver(library, book_id, to="adopters", on=date(2999, 1, 1))
    done = delivery.deliver(library, book_id, to="adopters", on=date(2026, 3, 3), by="Ali Khan")
    assert done.line == "Delivered to adopters, 3 March 2026" and done.revision == 1
    kept = delivery.kept_pdf(library, done)
    assert kept.is_file() and kept.stat().st_size == done.pdf_bytes
    assert "Approved by Sam Patel" in _pdf_text(kept) and "DRAFT" not in _pdf_text(kept)
    info = workflow.book_workflow(library, book_id)
    assert info.status == "handed-over" and info.history[-1].comment.startswith("Delivered to adopters")
    again = delivery.deliver(library, book_id, to="the child's record")  # a second copy
    assert len(workflow.book_workflow(library, book_id).deliveries) == 2 and again.id != done.id
    copy = delivery.save_delivered_copy(library, book_id, tmp_path / "copy.pdf", done.id)
    assert (tmp_path / "copy.pdf").read_bytes() == kept.read_bytes() and copy.id == done.id
    page_id, key, _ = _first_text(library, book_id)
    pages.set_frame_text(library, page_id, key, "Grown a year older")
    assert workflow.book_workflow(library, book_id).status == "draft"


def test_status_words_from_the_issue_are_accepted() -> None:
    assert S.parse("ready for QA") is S.IN_REVIEW and S.parse("delivered") is S.HANDED_OVER
    assert S.IN_REVIEW.label == "Ready for quality assurance (QA)"
    assert S.HANDED_OVER.label == "Delivered"


def test_a_missing_book_is_not_found(library: Library) -> None:
    with pytest.raises(ServiceError, match="no book"):
        set_status(library, 999, S.IN_REVIEW)
    with library.session() as s:
        assert s.scalar(select(Book)) is None


def test_undoing_a_deleted_book_brings_back_its_qa_history(library: Library, book_id: int) -> None:
    _go(library, book_id, S.IN_REVIEW, S.APPROVED)
    delivery.deliver(library, book_id, to="adopters")
    before = workflow.book_workflow(library, book_id)
    snapshot = books.delete_book(library, book_id)
    restored = books.restore_book(library, snapshot)
    after = workflow.book_workflow(library, restored.id)
    assert after.status == "handed-over" and after.approved is not None
    assert [h.to_status for h in after.history] == [h.to_status for h in before.history]
    assert [d.line for d in after.deliveries] == [d.line for d in before.deliveries]
    assert len(qa.qa_records(library, restored.id)) == 1
    assert workflow.approved_content(library, restored.id).approval.startswith("Approved by")
