"""Case bundles: ``bundle export`` and ``bundle import`` (one child's records in one file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("bundle", "hand a child's records to someone else in one .lifebook file, "
            "or bring one in", cmd_bundle)
    sub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="write one child's records, books and photos to a file",
                        description="write one child's records, books and photos to a file")
    ex.add_argument("--child", type=int, required=True, metavar="ID", help="the child's id")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE",
                    help="the bundle to write (FILE.lifebook)")
    ex.add_argument("--passphrase-file", type=Path, metavar="F",
                    help="a file whose first line is the passphrase; without it the bundle "
                    "is NOT encrypted and anyone with the file can read it")
    ex.add_argument("--json", action="store_true", help="print one JSON document")
    im = sub.add_parser("import", help="bring a bundle into this library",
                        description="bring a bundle into this library (a child already here "
                        "is merged: nothing of yours is overwritten)")
    im.add_argument("file", type=Path, metavar="FILE.lifebook")
    im.add_argument("--passphrase-file", type=Path, metavar="F",
                    help="a file whose first line is the bundle's passphrase")
    im.add_argument("--json", action="store_true", help="print one JSON document")


def _passphrase(args: argparse.Namespace) -> str | None:
    from lifebook.services.bundle_format import BundleError

    if args.passphrase_file is None:
        return None
    try:
        text = args.passphrase_file.expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise BundleError(f"Could not read the passphrase file {args.passphrase_file}: "
                          f"{exc.strerror or exc}") from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def cmd_bundle(library: Library, args: argparse.Namespace) -> int:
    from lifebook.cli.output import warn
    from lifebook.services.bundles import export_bundle, import_bundle

    passphrase = _passphrase(args)
    if args.bundle_command == "export":
        info = export_bundle(library, args.child, args.out.expanduser().resolve(), passphrase)
        text = f"Wrote {info.path} ({info.child_name}: {info.records} records, {info.photos} photo(s))."
        if not info.encrypted:
            warn("lifebook bundle: this bundle is not encrypted: anyone with the file can read it")
        emit(args, info.as_dict(), text)
        return EXIT_OK
    result = import_bundle(library, args.file.expanduser().resolve(), passphrase)
    emit(args, result.as_dict(), result.summary)
    return EXIT_OK
