"""``lifebook audit``: who did what and when, for one child or the whole library."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import bounded_number, record_id
from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("audit", "show the audit log (who did what, and when), or save it as CSV",
            cmd_audit)
    p.add_argument("--child", type=record_id, metavar="ID", help="only what concerns this child")
    p.add_argument("--out", type=Path, metavar="FILE.csv", help="save it as CSV instead")
    p.add_argument("--limit", type=bounded_number(1, 1_000_000, "entries", whole=True),
                   metavar="N", help="only the newest N entries")


def cmd_audit(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.audit import export_audit_csv, list_audit
    from lifebook.services.children import child_info_by_id

    if args.child is not None:
        child_info_by_id(library, args.child)  # an unknown child is an error, not an empty log
    if args.out is not None:
        rows = export_audit_csv(library, args.out.expanduser().resolve(), args.child)
        emit(args, {"out": str(args.out), "entries": rows},
             f"Saved {rows} audit entries to {args.out}.")
        return EXIT_OK
    entries = list_audit(library, args.child, int(args.limit) if args.limit else None)
    lines = [f"{e.at:%d/%m/%Y %H:%M}  {e.who:<16} {e.what}" + (f" ({e.details})" if e.details
                                                               else "") for e in entries]
    emit(args, {"entries": [e.as_dict() for e in entries]},
         "\n".join(lines) if lines else "The audit log is empty.")
    return EXIT_OK
