"""Photos: ``import-photos``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import record_id
from lifebook.cli.output import EXIT_FINDINGS, EXIT_OK, emit, warn

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("import-photos", "copy photos into a child's library", cmd_import_photos)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--source", default="", help="where the photos came from")


def cmd_import_photos(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import import_photos

    report = import_photos(library, args.child, [Path(f) for f in args.files], source=args.source)
    lines = [f"Imported {len(report.imported)} photo(s)."]
    if report.duplicates:
        lines.append(f"{len(report.duplicates)} already in the library, not added again.")
    for rejection in report.rejected:
        warn(f"Rejected {rejection.line}")
    emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_FINDINGS
