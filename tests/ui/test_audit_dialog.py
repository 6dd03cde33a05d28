"""File > Audit log…: the chosen child's entries, searchable, saved as CSV."""

from __future__ import annotations

from pathlib import Path

from lifebook.services import children
from lifebook.ui.audit_dialog import AuditDialog
from lifebook.ui.main_window import MainWindow
from tests.ui.modal_helpers import when_modal


def test_audit_log_from_the_file_menu(window: MainWindow, qtbot, tmp_path: Path) -> None:
    amara = children.add_child(window.library, "Amara Test")
    children.add_child(window.library, "Sam Other")
    children.update_child(window.library, amara.id, preferred_name="Ami")
    window.refresh(("child", amara.id))
    seen: dict = {}

    def look(dialog) -> None:
        assert isinstance(dialog, AuditDialog)
        table = dialog.table
        seen["scope"] = dialog.scope.currentText()
        seen["rows"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        qtbot.keyClicks(dialog.search, "changed")
        seen["shown"] = [table.item(r, 2).text() for r in range(table.rowCount())
                         if not table.isRowHidden(r)]
        seen["saved"] = dialog.save_csv(str(tmp_path / "audit.csv"))
        dialog.scope.setCurrentIndex(1)
        seen["whole"] = dialog.table.rowCount()
        dialog.reject()

    when_modal(look)
    [audit] = [a for a in window.menuBar().actions()[0].menu().actions()
               if a.text() == "Audit &log…"]
    audit.trigger()
    assert seen["scope"] == "Ami's records"
    assert seen["rows"] == ["Changed child", "Added child"]
    assert seen["shown"] == ["Changed child"]
    assert seen["saved"] and (tmp_path / "audit.csv").read_text(encoding="utf-8-sig").count(
        "\n") == 3
    assert seen["whole"] == 3
