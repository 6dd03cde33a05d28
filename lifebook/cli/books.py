"""Books and pages: ``books``, ``new-book``, ``pages``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.args import enum_arg, record_id
from lifebook.cli.output import EXIT_OK, emit
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("books", "list a child's books", cmd_books)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")

    p = add("new-book", "start a new book for a child", cmd_new_book)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")
    p.add_argument("--kind", type=enum_arg(BookKind), required=True,
                   help="life-story, words-and-pictures or later-life-letter")
    p.add_argument("--trim", type=enum_arg(TrimSize), default=TrimSize.A4_PORTRAIT,
                   help="one of: " + ", ".join(t.value for t in TrimSize))
    p.add_argument("--title", help="the book's title (default from the book template)")
    p.add_argument("--autoflow", action="store_true", help="lay all the child's photos into the book")

    p = add("pages", "list a book's pages", cmd_pages)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")


def cmd_books(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.books import list_books

    rows = list_books(library, args.child)
    lines = [
        f"{b.id:>4}  {b.title}  ({b.kind_label}, {b.pages} pages, {b.status_label})"
        for b in rows
    ]
    emit(args, {"books": [b.as_dict() for b in rows]}, "\n".join(lines) or "No books for this child yet.")
    return EXIT_OK


def cmd_new_book(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.books import new_book

    book = new_book(
        library, args.child, args.kind, trim=args.trim, title=args.title, autoflow=args.autoflow
    )
    extra = f", {book.autoflowed_photos} photo(s) laid out" if args.autoflow else ""
    emit(args, book.as_dict(), f"Created \"{book.title}\" (id {book.id}, {book.pages} pages{extra}).")
    return EXIT_OK


def cmd_pages(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.books import list_pages

    rows = list_pages(library, args.book)
    lines = [f"{p.number:>3}  {p.section}  [{p.template}]  (id {p.id})" for p in rows]
    emit(args, {"pages": [p.as_dict() for p in rows]}, "\n".join(lines))
    return EXIT_OK
