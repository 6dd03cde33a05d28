"""Caseload commands: ``edit-child``, ``deadlines``, ``report``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import ISO_DATE, enum_arg, past_date, record_id
from lifebook.cli.output import EXIT_OK, emit
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import Nation, Plan

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library

CLEAR = "none"
# flag -> (ChildInfo key-date column, what people call it)
DATE_FLAGS = {
    "came_into_care": ("came_into_care", "date they came into care"),
    "placement": ("placement_date", "placement date"),
    "placement_order": ("placement_order_date", "placement order date"),
    "adoption_order": ("adoption_order_date", "adoption order date"),
    "celebration_hearing": ("celebration_hearing_date", "celebration hearing date"),
    "order": ("order_date", "order date"),
    "match": ("match_date", "match date"),
    "plan_started": ("plan_started", "date the plan started"),
}


def key_date(what: str):
    """A date written YYYY-MM-DD (it may be in the future: a hearing is booked), or 'none'."""

    def convert(token: str) -> date | str:
        token = token.strip()
        if token.lower() == CLEAR:
            return CLEAR
        if not ISO_DATE.match(token):
            raise argparse.ArgumentTypeError(
                f"the {what} '{token}' is not a date written YYYY-MM-DD (for example 2019-03-23), "
                f"or '{CLEAR}' to clear it")
        try:
            return date.fromisoformat(token)
        except ValueError:
            raise argparse.ArgumentTypeError(f"the {what} '{token}' is not a real date") from None

    convert.__name__ = "date"
    return convert


def any_date(what: str):
    def convert(token: str) -> date:
        value = key_date(what)(token)
        if isinstance(value, str):
            raise argparse.ArgumentTypeError(f"the {what} must be a date written YYYY-MM-DD")
        return value

    convert.__name__ = "date"
    return convert


def register(add: AddCommand) -> None:
    p = add("edit-child", "change a child's details: plan, nation, key dates, worker", cmd_edit_child)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")
    p.add_argument("--name", help="the child's full name")
    p.add_argument("--preferred", "--preferred-name", dest="preferred_name",
                   help="what the child likes to be called")
    p.add_argument("--dob", type=past_date("date of birth"), help="date of birth, YYYY-MM-DD")
    p.add_argument("--plan", type=enum_arg(Plan), help="one of: " + ", ".join(p.value for p in Plan))
    p.add_argument("--nation", type=enum_arg(Nation),
                   help="whose bank holidays count: " + ", ".join(n.value for n in Nation))
    p.add_argument("--worker", help="the allocated social worker's name ('' for none)")
    for flag, (_column, what) in DATE_FLAGS.items():
        p.add_argument(f"--{flag.replace('_', '-')}", dest=flag, type=key_date(what),
                       metavar="DATE", help=f"the {what}, YYYY-MM-DD ('{CLEAR}' clears it)")

    p = add("deadlines", "every child's deliverables and due dates, most urgent first", cmd_deadlines)
    p.add_argument("--as-of", dest="as_of", type=any_date("as-of date"), metavar="DATE",
                   help="work out what is overdue or due soon as on this day (default: today)")

    p = add("report", "performance indicators for work due in a period (CSV, XLSX or PDF)",
            cmd_report)
    p.add_argument("--from", dest="start", type=any_date("start date"), required=True,
                   metavar="DATE", help="the first day of the period, YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=any_date("end date"), required=True, metavar="DATE",
                   help="the last day of the period, YYYY-MM-DD")
    p.add_argument("--as-of", dest="as_of", type=any_date("as-of date"), metavar="DATE",
                   help="count delivered and overdue work as on this day (default: today)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="FILE.csv, FILE.xlsx or FILE.pdf")


def cmd_edit_child(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.children import update_child

    changes: dict[str, object] = {}
    for key in ("name", "preferred_name", "plan", "nation"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if args.dob is not None:
        changes["date_of_birth"] = args.dob
    if args.worker is not None:
        changes["allocated_worker"] = args.worker
    for flag, (column, _what) in DATE_FLAGS.items():
        value = getattr(args, flag)
        if value is not None:
            changes[column] = None if value == CLEAR else value
    child = update_child(library, args.child, **changes)
    lines = [f"Saved {child.name}'s details (id {child.id})." if changes
             else f"{child.name} (id {child.id}): nothing to change; give a flag such as --plan.",
             f"  Plan: {child.plan_label}", f"  Nation: {child.nation_label}",
             f"  Worker: {child.allocated_worker or 'not allocated'}"]
    from lifebook.services.children import KEY_DATE_NAMES, KEY_DATES

    for column, label in KEY_DATES.items():
        value = child.key_dates.get(KEY_DATE_NAMES[column])
        lines.append(f"  {label}: {format_uk_date(value) if value else 'not known'}")
    emit(args, child.as_dict(), "\n".join(lines))
    return EXIT_OK


def cmd_deadlines(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.caseload import list_deliverables

    as_of = args.as_of or date.today()
    items = list_deliverables(library, as_of)
    lines = []
    for d in items:
        book = f"“{d.book_title}” ({d.book_status_label})" if d.book_id else "no book started"
        worker = d.worker or "no worker"
        lines.append(f"{d.state.label:<13} {d.due_text:<18} {d.when_text:<32} "
                     f"{d.child_name} · {d.plan_label} · {worker}: {d.name}, {book}")
    text = "\n".join(lines) if lines else "No children in this library yet."
    emit(args, {"as_of": as_of.isoformat(), "deliverables": [d.as_dict() for d in items]},
         f"As on {format_uk_date(as_of)}:\n{text}" if lines else text)
    return EXIT_OK


def cmd_report(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.caseload import report
    from lifebook.services.caseload_report import write_report

    result = report(library, args.start, args.end, args.as_of)
    out = write_report(result, args.out)
    overall = result.overall
    emit(args, {"file": str(out), **result.as_dict()},
         f"Saved the report for {format_uk_date(result.start)} to {format_uk_date(result.end)} "
         f"as {out}: {overall.due} due, {overall.on_time} on time, {overall.late} late, "
         f"{overall.overdue} overdue.")
    return EXIT_OK
