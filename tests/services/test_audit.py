"""The audit log: written with each change, kept for good, read per child, saved as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from lifebook.model.enums import BookKind
from lifebook.services import books, children
from lifebook.services.audit import export_audit_csv, list_audit, record_export
from lifebook.store.db import Library


def test_entries_cannot_be_changed_or_deleted(library: Library, child_id: int) -> None:
    before = list_audit(library)
    assert before
    for statement in ("UPDATE audit_entries SET actor = 'someone else'",
                      "DELETE FROM audit_entries"):
        with pytest.raises(DatabaseError, match="append-only"), library.transaction() as s:
            s.execute(text(statement))
    assert list_audit(library) == before


def test_one_childs_log_and_the_whole_librarys(library: Library, child_id: int,
                                               tmp_path: Path) -> None:
    other = children.add_child(library, "Sam Other").id
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    record_export(library, book.id, tmp_path / "private folder" / "book.pdf", pages=12,
                  final=False)
    mine = list_audit(library, child_id)
    assert mine[0].what == "Exported book"  # newest first
    export = next(e for e in mine if e.action == "export book")
    assert "file: book.pdf" in export.details and "private folder" not in export.details
    assert all(e.child_id == child_id for e in mine)
    assert any(e.child_id == other for e in list_audit(library))
    assert not any(e.child_id == other for e in mine)
    # a deleted child's entries still belong to them
    children.delete_child(library, other)
    assert [e.what for e in list_audit(library, other)][0] == "Deleted child"

    out = tmp_path / "audit.csv"
    rows = export_audit_csv(library, out, child_id)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["When", "Who", "What", "Details"]
    assert len(table) == rows + 1 == len(mine) + 1
    assert table[1][1] == library.actor


def test_the_audit_log_names_the_user_set_in_preferences(library: Library, tmp_path: Path,
                                                         monkeypatch) -> None:
    from lifebook.services import preferences

    monkeypatch.setattr(preferences, "preferences_path", lambda: tmp_path / "prefs.json")
    monkeypatch.delenv("LIFEBOOK_USER", raising=False)
    login = library.actor
    assert preferences.act_as_preferred_name(library) == login  # nothing set: the login
    preferences.save_preferences(preferences.Preferences(author="Sam Okafor"))
    assert preferences.act_as_preferred_name(library) == "Sam Okafor"
    children.add_child(library, "Amara Test")
    assert list_audit(library)[0].who == "Sam Okafor"
    monkeypatch.setenv("LIFEBOOK_USER", "shared-laptop")
    library.actor = "shared-laptop"
    assert preferences.act_as_preferred_name(library) == "shared-laptop"
