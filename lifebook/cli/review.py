"""``lifebook review BOOK_ID``: open the calm reading view to read a book with the child.

The view (in the window's code, started through lifebook.app) shows only the
book; what the child shares is kept as comments "from the child". The book
itself cannot be changed there.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.args import record_id

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("review", "read a book with the child, full screen, and keep what they say",
            cmd_review)
    p.add_argument("book_id", type=record_id, metavar="BOOK_ID", help="the book to read")
    p.add_argument("--carer", default="", metavar="NAME",
                   help="who is reading with the child (asked in the window if not given)")


def cmd_review(library: Library, args: argparse.Namespace) -> int:
    from lifebook import app
    from lifebook.services.books import book_info_by_id

    book_info_by_id(library, args.book_id)  # an unknown book is one clear line, no window
    return app.run_review(library, args.book_id, args.carer)
