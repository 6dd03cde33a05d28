"""The ``lifebook`` command: headless commands over the same services as the editor.

With no subcommand it opens the editor window. ``--json`` makes a command
print one JSON document; every object it creates or lists has an ``id``.

Exit codes: 0 done; 1 done, but something was rejected or has errors
(each is printed with its reason); 2 the command could not run (bad
arguments, unknown id, unreadable library).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from lifebook import __version__
from lifebook.cli_export import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, cmd_check, cmd_export
from lifebook.model.enums import BookKind, Plan
from lifebook.model.trim import TrimSize


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"lifebook: {message}\n")


def _enum_arg(enum_cls: type) -> Callable[[str], object]:
    def convert(token: str) -> object:
        try:
            return enum_cls.parse(token)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = enum_cls.__name__
    return convert


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lifebook",
        description="Life story books, words and pictures and later life letters. "
        "With no command, opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"Lifebook {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library database to use (default: LIFEBOOK_LIBRARY, or library.sqlite3 "
        "in your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="print one JSON document")
        return p

    command("demo", "create the sample child, pictures and life story book")
    command("children", "list the children in the library")

    p = command("add-child", "add a child to the library")
    p.add_argument("--name", required=True, help="the child's full name")
    p.add_argument(
        "--preferred",
        "--preferred-name",
        dest="preferred_name",
        default="",
        help="what the child likes to be called; the books use it (default: the full name)",
    )
    p.add_argument("--dob", help="date of birth, YYYY-MM-DD")
    p.add_argument(
        "--plan",
        type=_enum_arg(Plan),
        default=Plan.ADOPTION,
        help="one of: " + ", ".join(p.value for p in Plan),
    )

    p = command("import-photos", "copy photos into a child's library")
    p.add_argument("--child", type=int, required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--source", default="", help="where the photos came from")

    p = command("books", "list a child's books")
    p.add_argument("--child", type=int, required=True, metavar="ID")

    p = command("new-book", "start a new book for a child")
    p.add_argument("--child", type=int, required=True, metavar="ID")
    p.add_argument(
        "--kind",
        type=_enum_arg(BookKind),
        required=True,
        help="life-story, words-and-pictures or later-life-letter",
    )
    p.add_argument(
        "--trim",
        type=_enum_arg(TrimSize),
        default=TrimSize.A4_PORTRAIT,
        help="one of: " + ", ".join(t.value for t in TrimSize),
    )
    p.add_argument("--title", help="the book's title (default from the book template)")
    p.add_argument(
        "--autoflow", action="store_true", help="lay all the child's photos into the book"
    )

    p = command("pages", "list a book's pages")
    p.add_argument("--book", type=int, required=True, metavar="ID")

    from lifebook.cli_export import add_export_commands

    add_export_commands(command)
    return parser


def _emit(args: argparse.Namespace, document: object, text: str) -> None:
    if args.json:
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def _open_library(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from lifebook.store.db import Library
    from lifebook.store.paths import resolve_library_path

    return Library.open(resolve_library_path(args.library))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from lifebook.app import run_app

        return run_app(args.library)

    from lifebook.services.errors import ServiceError
    from lifebook.store.db import LibraryError

    try:
        library = _open_library(args)
        try:
            return COMMANDS[args.command](library, args)
        finally:
            library.close()
    except (ServiceError, LibraryError) as exc:
        if getattr(args, "json", False):
            json.dump({"error": str(exc)}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        print(f"lifebook: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _cmd_demo(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.demo import create_demo

    result = create_demo(library)
    child, book = result["child"], result["book"]
    _emit(
        args,
        result,
        f"Created the sample child {child['name']} (id {child['id']}) with "
        f"{len(result['media'])} pictures, {len(result['people'])} people and "
        f"the book \"{book['title']}\" (id {book['id']}, {book['pages']} pages).",
    )
    return EXIT_OK


def _cmd_children(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.children import list_children

    rows = list_children(library)
    lines = [
        f"{c['id']:>4}  {c['name']}{' (sample)' if c['is_sample'] else ''}  "
        f"{c['plan_label']}  {c['books']} book(s), {c['photos']} photo(s)"
        for c in rows
    ]
    _emit(args, {"children": rows}, "\n".join(lines) or "No children in this library yet.")
    return EXIT_OK


def _cmd_add_child(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.children import add_child, parse_date

    child = add_child(
        library,
        args.name,
        date_of_birth=parse_date(args.dob, "date of birth"),
        plan=args.plan,
        preferred_name=args.preferred_name,
    )
    message = f"Added {child['name']} (id {child['id']})."
    if not args.preferred_name.strip():
        message += (
            f"\nBooks will call the child \u201c{child['preferred_name']}\u201d, their full name. "
            "If they like to be called something else, give it with --preferred."
        )
    _emit(args, child, message)
    return EXIT_OK


def _cmd_import_photos(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.photos import import_photos

    report = import_photos(library, args.child, [Path(f) for f in args.files], source=args.source)
    lines = [f"Imported {len(report.imported)} photo(s)."]
    if report.duplicates:
        lines.append(f"{len(report.duplicates)} already in the library, not added again.")
    for rejection in report.rejected:
        print(f"Rejected {rejection.line}", file=sys.stderr)
    _emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _cmd_books(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.books import list_books

    rows = list_books(library, args.child)
    lines = [
        f"{b['id']:>4}  {b['title']}  ({b['kind_label']}, {b['pages']} pages, {b['status_label']})"
        for b in rows
    ]
    _emit(args, {"books": rows}, "\n".join(lines) or "No books for this child yet.")
    return EXIT_OK


def _cmd_new_book(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.books import new_book

    book = new_book(
        library, args.child, args.kind, trim=args.trim, title=args.title, autoflow=args.autoflow
    )
    extra = f", {book['autoflowed_photos']} photo(s) laid out" if args.autoflow else ""
    _emit(args, book, f"Created \"{book['title']}\" (id {book['id']}, {book['pages']} pages{extra}).")
    return EXIT_OK


def _cmd_pages(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.services.books import list_pages

    rows = list_pages(library, args.book)
    lines = [f"{p['number']:>3}  {p['section']}  [{p['template']}]  (id {p['id']})" for p in rows]
    _emit(args, {"pages": rows}, "\n".join(lines))
    return EXIT_OK


COMMANDS: dict[str, Callable[..., int]] = {
    "demo": _cmd_demo,
    "children": _cmd_children,
    "add-child": _cmd_add_child,
    "import-photos": _cmd_import_photos,
    "books": _cmd_books,
    "new-book": _cmd_new_book,
    "pages": _cmd_pages,
    "export": cmd_export,
    "check": cmd_check,
}
