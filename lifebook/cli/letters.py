"""Later life letters: ``copy-letter`` for a sibling, ``letter-parts`` to keep sections for later."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.args import record_id
from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("copy-letter", "copy a later life letter for a brother or sister (both are then "
            "marked to be made personal before approval)", cmd_copy_letter)
    p.add_argument("--book", type=record_id, required=True, metavar="ID", help="the letter")
    p.add_argument("--child", type=record_id, required=True, metavar="ID",
                   help="the brother or sister it is for")

    p = add("letter-parts", "list a letter's sections, or keep one for a later age",
            cmd_letter_parts)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")
    p.add_argument("--section", metavar="TITLE", help="the section to change")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--later", action="store_true", help="keep the section for later")
    when.add_argument("--now", action="store_true", help="share the section now")


def cmd_copy_letter(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.letters import copy_letter_for_sibling

    book = copy_letter_for_sibling(library, args.book, args.child)
    emit(args, book.as_dict(), f"Copied the letter as \u201c{book.title}\u201d (book {book.id}). "
         "Make each letter its child's own before approval.")
    return EXIT_OK


def cmd_letter_parts(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.errors import InvalidInput
    from lifebook.services.letters import letter_parts, set_for_later

    if args.section is not None:
        if not (args.later or args.now):
            raise InvalidInput("say --later or --now for the section")
        set_for_later(library, args.book, args.section, bool(args.later))
    elif args.later or args.now:
        raise InvalidInput("say which --section to keep for later or share now")
    parts = letter_parts(library, args.book)
    lines = [f"{'later' if p.for_later else 'now':<6} {p.section} ({p.pages} page(s))"
             for p in parts]
    emit(args, {"book_id": args.book, "sections": [p.as_dict() for p in parts]},
         "\n".join(lines))
    return EXIT_OK
