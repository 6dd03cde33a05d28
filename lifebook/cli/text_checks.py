"""``lifebook check-text FILE.txt|FILE.docx``: the letter checks on a draft written elsewhere.

Exit 0 when nothing was found, 1 (``EXIT_FINDINGS``) when there is something
to look at (each printed with the words it is about), 2 when the file
cannot be read. Needs no library.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import bounded_number, record_id
from lifebook.cli.output import EXIT_FINDINGS, EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library



def register(add: AddCommand) -> None:
    from lifebook.services.text_checks import user_jargon_path

    p = add("check-text", "check a draft letter (.txt or .docx) for jargon, blaming words, "
            "reading level and identifying details", cmd_check_text)
    p.add_argument("file", type=Path, metavar="FILE", help="a .txt or .docx file")
    p.add_argument("--reader-age", type=bounded_number(5, 25, "years", whole=True), default=14,
                   metavar="N", help="the age of the person who will read it (default 14, "
                   "the usual age for reading a later life letter)")
    p.add_argument("--child", type=record_id, metavar="ID", default=None,
                   help="also check the names of this child's people who have not agreed "
                   "to be identified (uses the library)")
    p.epilog = (f"Your own jargon terms, added to Lifebook's list, go in {user_jargon_path()} "
                "(the same form as templates/language/jargon.toml).")
    p.set_defaults(library_when=lambda args: args.child is not None)


def cmd_check_text(library: Library | None, args: argparse.Namespace) -> int:
    from lifebook.services.privacy import child_privacy_context
    from lifebook.services.text_checks import ISSUE_KINDS, check_draft

    privacy = None
    if args.child is not None and library is not None:
        privacy = child_privacy_context(library, args.child)  # NotFound: one clear line
    report = check_draft(args.file, int(args.reader_age), privacy=privacy, child_id=args.child)
    lines = [f"{args.file.name}: reads at "
             f"{'about age ' + str(report.reading_age) if report.reading_age else 'an age too short to tell'}"
             f" (reader: {report.reader_age})."]
    for section in report.sections:
        if section.title:
            age = f"about age {section.reading_age}" if section.reading_age else "too short to tell"
            lines.append(f"\n{section.title} (reads at {age})")
        for issue in section.issues:
            lines.append(f"  {ISSUE_KINDS[issue.kind]}: {issue.message}")
            if issue.suggestion:
                lines.append(f"      {issue.suggestion}")
    for issue in report.whole:
        lines.append(f"\n{ISSUE_KINDS[issue.kind]}: {issue.message} {issue.suggestion}")
    lines.append(f"\n{report.issue_count} thing(s) to look at." if report.issue_count
                 else "\nNothing to change: no jargon, no blaming words, nothing that identifies "
                 "anyone" + (" without their consent" if privacy is not None else "")
                 + ", and it reads at the right age.")
    emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_FINDINGS if report.issue_count else EXIT_OK
