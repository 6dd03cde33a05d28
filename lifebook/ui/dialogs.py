"""Small dialogs. Each lives in its own module; this one names them for older imports.

- ``ChildDialog`` (child_dialog.py): add a child, or edit every detail of one.
- ``NewBookDialog`` (new_book_dialog.py): start a book for a child.
"""

from __future__ import annotations

from lifebook.ui.child_dialog import ChildDialog
from lifebook.ui.new_book_dialog import NewBookDialog

AddChildDialog = ChildDialog  # one dialog class adds and edits

__all__ = ["AddChildDialog", "ChildDialog", "NewBookDialog"]
