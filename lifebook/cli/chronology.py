"""A child's chronology: ``chronology import``, ``chronology list``, ``chronology export``.

``import`` exits 1 (``EXIT_FINDINGS``) when a row was skipped or imported
with a finding (an unreadable date kept as unknown, say); each is printed on
stderr with its row number. Rows already in the chronology are counted, not
re-added; they and empty rows are reported but do not make the exit code 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import CliParser, record_id
from lifebook.cli.output import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, warn

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    group = add("chronology", "a child's chronology: import, list and export dated events",
                cmd_no_subcommand)
    sub = group.add_subparsers(dest="chronology_command", metavar="SUBCOMMAND",
                               parser_class=CliParser)

    def add_sub(name: str, help_text: str, handler: object) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", help="print one JSON document")
        p.add_argument("--child", type=record_id, required=True, metavar="ID")
        p.set_defaults(handler=handler)
        return p

    p = add_sub("import", "import a chronology from a CSV or XLSX file", cmd_import)
    p.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read the file's COLUMN into FIELD (date, title, detail, category, "
                   "place, include_in_book, sensitive, private or ignore); may be repeated")

    add_sub("list", "list a child's chronology in date order, with the age at each event",
            cmd_list)

    p = add_sub("export", "save a child's chronology as CSV or XLSX (private notes left out)",
                cmd_export)
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="the file to write, ending .csv or .xlsx")


def cmd_no_subcommand(library: Library, args: argparse.Namespace) -> int:
    warn("lifebook chronology: say what to do: import, list or export "
         "(see: lifebook chronology --help)")
    return EXIT_ERROR


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field_name = pair.rpartition("=")
        if not sep or not column.strip() or not field_name.strip():
            return None
        mapping[column.strip()] = field_name.strip()
    return mapping


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.chronology_import import EMPTY_ROW, import_chronology

    mapping = _mapping(args.map)
    if mapping is None:
        warn("lifebook chronology import: --map takes COLUMN=FIELD, e.g. --map \"When=date\"")
        return EXIT_ERROR
    result = import_chronology(library, args.child, args.file, mapping)
    lines = [f"Imported {len(result.imported)} event(s) from {args.file.name} "
             f"(header on row {result.header_row}); "
             f"{len(result.duplicates)} already there, {len(result.skipped)} skipped."]
    emit(args, result.as_dict(), "\n".join(lines))
    for finding in result.skipped:
        warn(f"Skipped {finding}")
    for finding in result.findings:
        warn(str(finding))
    problems = [f for f in (*result.skipped, *result.findings)
                if f.row and f.message != EMPTY_ROW]
    return EXIT_FINDINGS if problems else EXIT_OK


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.chronology import list_events

    events = list_events(library, args.child)
    lines = []
    for e in events:
        when, age = e.date_display, f", {e.age}" if e.age else ""
        if e.precision == "unknown":
            when = e.date_text or "date"
            age = ", not read" if e.date_text else ""
        flags = "".join((" [private]" if e.private else "", " [sensitive]" if e.sensitive else ""))
        lines.append(f"{e.id:>4}  {when} ({e.precision_label.lower()}{age})  {e.title}{flags}")
    emit(args, {"events": [e.as_dict() for e in events]},
         "\n".join(lines) or "No chronology for this child yet.")
    return EXIT_OK


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.chronology import export_chronology

    result = export_chronology(library, args.child, args.out)
    extra = (f" ({result.private_left_out} private note(s) left out)"
             if result.private_left_out else "")
    emit(args, result.as_dict(), f"Saved {result.exported} event(s) to {result.path}{extra}.")
    return EXIT_OK
