"""Library and children: ``demo``, ``children``, ``add-child``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.args import enum_arg, past_date
from lifebook.cli.output import EXIT_OK, emit
from lifebook.model.enums import Plan

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    add("demo", "create the sample child, pictures and life story book", cmd_demo)
    add("children", "list the children in the library", cmd_children)
    p = add("add-child", "add a child to the library", cmd_add_child)
    p.add_argument("--name", required=True, help="the child's full name")
    p.add_argument("--preferred", "--preferred-name", dest="preferred_name", default="",
                   help="what the child likes to be called; the books use it (default: the full name)")
    p.add_argument("--dob", type=past_date("date of birth"), help="date of birth, YYYY-MM-DD")
    p.add_argument("--plan", type=enum_arg(Plan), default=Plan.ADOPTION,
                   help="one of: " + ", ".join(p.value for p in Plan))


def cmd_demo(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.demo import create_demo

    result = create_demo(library)
    child, book = result.child, result.book
    emit(
        args,
        result.as_dict(),
        f"Created the sample child {child.name} (id {child.id}) with "
        f"{len(result.media)} pictures, {len(result.people)} people and "
        f"the book \"{book.title}\" (id {book.id}, {book.pages} pages).",
    )
    return EXIT_OK


def cmd_children(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.children import list_children

    rows = list_children(library)
    lines = [
        f"{c.id:>4}  {c.name}{' (sample)' if c.is_sample else ''}  "
        f"{c.plan_label}  {c.books} book(s), {c.photos} photo(s)"
        for c in rows
    ]
    emit(args, {"children": [c.as_dict() for c in rows]}, "\n".join(lines) or "No children in this library yet.")
    return EXIT_OK


def cmd_add_child(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.children import add_child

    child = add_child(
        library,
        args.name,
        date_of_birth=args.dob,
        plan=args.plan,
        preferred_name=args.preferred_name,
    )
    message = f"Added {child.name} (id {child.id})."
    if not args.preferred_name.strip():
        message += (
            f"\nBooks will call the child \u201c{child.display_name}\u201d, their full name. "
            "If they like to be called something else, give it with --preferred."
        )
    emit(args, child.as_dict(), message)
    return EXIT_OK
