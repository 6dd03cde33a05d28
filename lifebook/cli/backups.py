"""Backups: ``backup`` (a file with everything, or the list of backups) and ``restore``.

``restore`` asks before replacing the library (or takes ``--yes``), keeps the
current library as a backup, and changes nothing when the backup fails its
checks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.output import EXIT_ERROR, EXIT_OK, emit, warn

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("backup", "save a backup file of the whole library (database and photos), or "
            "list the backups kept automatically", cmd_backup)
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="the backup file to write (a zip holding everything)")
    p.add_argument("--list", action="store_true", help="list the automatic backups")

    p = add("restore", "replace the library with a backup (the current library is kept "
            "as a backup first)", cmd_restore)
    p.add_argument("file", type=Path, metavar="FILE",
                   help="a backup file, or one of the automatic backups (.sqlite3)")
    p.add_argument("--yes", action="store_true", help="do not ask first")
    p.set_defaults(library_when=lambda args: False)


def cmd_backup(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.backups import backup_to_file, list_backups

    if args.list or args.out is None:
        backups = list_backups(library)
        lines = [f"{b.taken:%d %B %Y %H:%M}  {b.path}" for b in backups] or [
            "No backups yet: one is taken each day Lifebook's window is closed."]
        emit(args, {"backups": [b.as_dict() for b in backups]}, "\n".join(lines))
        return EXIT_OK
    info = backup_to_file(library, args.out.expanduser().resolve())
    emit(args, info.as_dict(), f"Wrote {info.path} (the library and {info.photos} photo(s)).")
    return EXIT_OK


def cmd_restore(library: Library | None, args: argparse.Namespace) -> int:
    from lifebook.services.backups import restore
    from lifebook.store.paths import resolve_library_path

    target = resolve_library_path(args.library)
    source = args.file.expanduser().resolve()
    if not args.yes:
        if not sys.stdin.isatty():
            warn(f"lifebook restore: this replaces the library {target} with {source.name}; "
                 "add --yes to go ahead without being asked")
            return EXIT_ERROR
        answer = input(f"Replace the library {target} with the backup {source.name}?\n"
                       "The library as it is now is kept as a backup first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return EXIT_OK
    result = restore(target, source)
    emit(args, result.as_dict(),
         f"Restored {target} from {source.name} ({result.photos_checked} photo(s) checked). "
         f"The library as it was is kept as {result.kept_current_as}.")
    return EXIT_OK
