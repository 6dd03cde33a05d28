"""The ``lifebook`` command: headless commands over the same services as the window.

With no subcommand it opens the window. ``--json`` makes a command print one
JSON document; every object it creates or lists has an ``id``.

Each command group lives in a module of its own (``library``, ``photos``,
``books``, ``export``, ``chronology``, ``people``, …); a module has ``register(add)`` that declares its
subcommands with ``add(name, help, handler)``. A handler takes the open
library and the parsed arguments and returns an exit code:

- 0 (``EXIT_OK``) done;
- 1 (``EXIT_FINDINGS``) done, but something was rejected or has errors, each
  printed with its reason;
- 2 (``EXIT_ERROR``) the command could not run: bad arguments, unknown id,
  unreadable library. One line on stderr says why; nothing was changed.

To add a command group: a new module here with ``register``, listed in
``GROUPS`` below, and its handlers calling services (never the store).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lifebook import __version__
from lifebook.cli.args import CliParser
from lifebook.cli.output import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.store.db import Library

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "emit", "main"]

Handler = Callable[["Library", argparse.Namespace], int]
AddCommand = Callable[[str, str, Handler], argparse.ArgumentParser]


def _groups() -> list[Callable[[AddCommand], None]]:
    from lifebook.cli import (
        audit,
        backups,
        books,
        bundles,
        caseload,
        chronology,
        export,
        letters,
        library,
        people,
        photos,
        preferences,
        review,
        team,
        text_checks,
        workflow,
    )

    return [library.register, photos.register, books.register, export.register,
            chronology.register, people.register, letters.register, review.register,
            workflow.register, caseload.register, text_checks.register, backups.register,
            audit.register, preferences.register, bundles.register, team.register]


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(
        prog="lifebook",
        description="Life story books, words and pictures and later life letters. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Lifebook {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library database to use, or a team server's postgresql://USER@HOST:PORT/DB "
        "(default: LIFEBOOK_LIBRARY, or library.sqlite3 in your user data folder)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="create the folder of a new --library if it does not exist (without this, a "
        "mistyped folder is an error, not a new empty library)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)

    def add(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="print one JSON document")
        p.set_defaults(handler=handler)
        return p

    for register in _groups():
        register(add)
    return parser


def open_library(args: argparse.Namespace) -> Library:
    from lifebook.store.db import Library
    from lifebook.store.paths import ENV_VAR, is_server_url, resolve_library_path

    explicit = args.library or os.environ.get(ENV_VAR)
    from lifebook.services.preferences import act_as_preferred_name

    if is_server_url(explicit):  # a team library: postgresql://USER@HOST:PORT/DB
        library = Library.open_server(str(explicit))
    else:
        library = Library.open(resolve_library_path(args.library),
                               create_folder=not explicit or args.create)
    act_as_preferred_name(library)  # the audit log's "who"
    return library


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from lifebook.app import run_app

        return run_app(args.library)
    try:
        return _run(args)
    except BrokenPipeError:
        # the reader went away (`lifebook children | head -1`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from lifebook.services.errors import ServiceError
    from lifebook.store.db import LibraryError

    try:
        # a command may need no library at all (check-text on a Word file): it sets
        # ``library_when`` to say when it does, and is handed None otherwise
        wanted = getattr(args, "library_when", None)
        if wanted is not None and not wanted(args):
            return args.handler(None, args)
        library = open_library(args)
        try:
            handler: Handler = args.handler
            return handler(library, args)
        finally:
            library.close()
    except (ServiceError, LibraryError) as exc:
        if getattr(args, "json", False):
            json.dump({"error": str(exc)}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        print(f"lifebook: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lifebook: stopped (Ctrl+C); everything finished before that is kept",
              file=sys.stderr)
        return 130
