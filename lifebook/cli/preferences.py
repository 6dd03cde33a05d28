"""Your preferences: ``preferences`` shows them, ``preferences --author NAME`` sets the author."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("preferences", "show or change your preferences (the author named in exported PDFs)",
            cmd_preferences)
    p.add_argument("--author", metavar="NAME",
                   help="the name exported PDFs give as their author; \"\" for none")


def cmd_preferences(_library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.preferences import Preferences, load_preferences, save_preferences

    prefs = load_preferences()
    if args.author is not None:
        prefs = save_preferences(Preferences(author=args.author))
    shown = f"\u201c{prefs.author}\u201d" if prefs.author else "not set (exported PDFs name no author)"
    emit(args, prefs.as_dict(), f"Author of exported PDFs: {shown}")
    return EXIT_OK
