"""Quality assurance from the command line: ``status`` and ``qa-record``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import enum_arg, past_date, record_id
from lifebook.cli.output import EXIT_OK, emit
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookStatus

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.model.workflow import WorkflowInfo
    from lifebook.store.db import Library

STATES = "draft, ready-for-qa, changes-requested, approved or delivered"
TOKENS = {BookStatus.DRAFT: "draft", BookStatus.IN_REVIEW: "ready-for-qa",
          BookStatus.CHANGES_REQUESTED: "changes-requested", BookStatus.APPROVED: "approved",
          BookStatus.HANDED_OVER: "delivered"}
NEXT_WORDS = {BookStatus.DRAFT: "back to draft", BookStatus.IN_REVIEW: "send for QA",
              BookStatus.CHANGES_REQUESTED: "request changes", BookStatus.APPROVED: "approve",
              BookStatus.HANDED_OVER: "mark as delivered"}


def register(add: AddCommand) -> None:
    p = add("status", "show a book's quality assurance (QA) status and history, or move it on",
            cmd_status)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")
    p.add_argument("--set", type=enum_arg(BookStatus), metavar="STATE",
                   help=f"move the book to {STATES}")
    p.add_argument("--by", metavar="NAME", help="who is making the move (default: your login name)")
    p.add_argument("--comment", default="", metavar="TEXT",
                   help="why; needed when requesting changes")
    p.add_argument("--to", metavar="WHOM", help="with --set delivered: to whom, e.g. adopters")
    p.add_argument("--on", type=past_date("delivery date"), metavar="YYYY-MM-DD",
                   help="with --set delivered: when (default today)")

    p = add("qa-record", "write a book's quality assurance (QA) record as a one-page PDF",
            cmd_qa_record)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--record", type=record_id, metavar="ID",
                   help="an earlier QA record (default: the newest)")


def _text(info: WorkflowInfo) -> str:
    lines = [f"“{info.title}”: {info.summary}"]
    if info.next_statuses:
        lines.append("Next: " + "; ".join(f"{NEXT_WORDS[BookStatus(s)]} (--set {TOKENS[BookStatus(s)]})"
                                          for s in info.next_statuses))
    for change in info.history:
        when = format_uk_date(change.at.date())
        line = f"  {when}  {change.from_label} → {change.to_label}, by {change.by}"
        lines.append(line + (f": {change.comment}" if change.comment else ""))
    for delivery in info.deliveries:
        lines.append(f"  {delivery.line} (revision {delivery.revision}; final PDF kept)")
    return "\n".join(lines)


def cmd_status(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services import workflow
    from lifebook.services.errors import InvalidInput

    if args.set is None:
        if args.to or args.on or args.comment or args.by:
            raise InvalidInput("--by, --comment, --to and --on go with --set STATE")
        info = workflow.book_workflow(library, args.book)
    elif args.set is BookStatus.HANDED_OVER:
        from lifebook.services.delivery import deliver

        if not args.to:
            raise InvalidInput("say to whom the book was delivered with --to (e.g. --to adopters)")
        deliver(library, args.book, to=args.to, on=args.on, by=args.by, note=args.comment)
        info = workflow.book_workflow(library, args.book)
    else:
        if args.to or args.on:
            raise InvalidInput("--to and --on go with --set delivered")
        info = workflow.set_status(library, args.book, args.set, by=args.by, comment=args.comment)
    emit(args, info.as_dict(), _text(info))
    return EXIT_OK


def cmd_qa_record(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.qa import export_qa_record

    out = Path(args.out).expanduser().resolve()
    record = export_qa_record(library, args.book, out, args.record)
    emit(args, {"out": str(out), "record": record.as_dict()},
         f"Wrote {out}: the QA record of revision {record.revision} "
         f"({record.outcome_label.lower()} by {record.reviewer}).")
    return EXIT_OK
