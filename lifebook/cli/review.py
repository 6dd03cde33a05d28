"""``lifebook review BOOK_ID`` opens the calm reading view; ``lifebook comments`` lists comments.

The view (in the window's code, started through lifebook.app) shows only the
book; what the child shares is kept as comments "from the child". The book
itself cannot be changed there.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.args import record_id
from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("review", "read a book with the child, full screen, and keep what they say",
            cmd_review)
    p.add_argument("book_id", type=record_id, metavar="BOOK_ID", help="the book to read")
    p.add_argument("--carer", default="", metavar="NAME",
                   help="who is reading with the child (asked in the window if not given)")

    p = add("comments", "list a book's comments, and what the child said in review mode",
            cmd_comments)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")
    p.add_argument("--open", action="store_true", help="only threads not yet resolved")


def cmd_review(library: Library, args: argparse.Namespace) -> int:
    from lifebook import app
    from lifebook.services.books import book_info_by_id

    book_info_by_id(library, args.book_id)  # an unknown book is one clear line, no window
    return app.run_review(library, args.book_id, args.carer)


def cmd_comments(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.comments import list_threads

    threads = list_threads(library, args.book, include_resolved=not args.open)
    lines = []
    for thread in threads:
        first = thread.first
        state = " (resolved)" if first.resolved else ""
        lines.append(f"{first.id:>4}  {first.where_text}{state}: {first.summary}  "
                     f"({first.byline}, {first.when_text})")
        lines += [f"        reply: {r.summary}  ({r.byline}, {r.when_text})" for r in thread.replies]
    emit(args, {"threads": [t.as_dict() for t in threads]}, "\n".join(lines) or "No comments.")
    return EXIT_OK
