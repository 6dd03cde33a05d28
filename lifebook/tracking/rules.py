"""Deadline rules as data: ``templates/deadlines/*.toml``, read strictly.

Each rule names the plans it applies to, the kind of book that fulfils it,
the key date(s) it counts from and the time added. A setting that is not
known, a plan or book kind that does not exist, or a date the child record
does not have is an error naming the file and the setting, so a mistyped
rule never silently drops a child's deadline.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from lifebook.model.enums import BookKind, Nation, Plan
from lifebook.tracking.workdays import add_months, add_working_days, roll_to_working_day

# The child's key dates a rule may count from (ChildInfo.key_dates names) -> what people call them.
DATE_NAMES = {
    "came_into_care": "date they came into care",
    "placement": "placement date",
    "placement_order": "placement order date",
    "adoption_order": "adoption order date",
    "celebration_hearing": "celebration hearing date",
    "match": "match date",
    "order": "order date",
    "plan_started": "date the plan started",
}
SETTINGS = {"key", "name", "plans", "book_kind", "from", "pick", "weeks", "months", "days",
            "working_days", "if_not_working_day", "basis"}
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class RuleError(ValueError):
    """A deadline rule file that cannot be used; the message names the file and setting."""


@dataclass(frozen=True)
class DeadlineRule:
    """One deliverable that a plan asks for, and how its due date is worked out."""

    key: str
    name: str
    plans: tuple[str, ...]  # Plan values
    book_kind: str  # a BookKind value
    start: tuple[str, ...]  # DATE_NAMES keys
    pick: str = "latest"  # or "earliest"
    weeks: int = 0
    months: int = 0
    days: int = 0
    working_days: int = 0
    if_not_working_day: str = "next"  # or "previous" or "keep"
    basis: str = ""

    def start_date(self, dates: Mapping[str, date | None]) -> date | None:
        """The date the rule counts from, or None when none of its dates is known."""
        known = [d for d in (dates.get(name) for name in self.start) if d is not None]
        if not known:
            return None
        return max(known) if self.pick == "latest" else min(known)

    def due(self, dates: Mapping[str, date | None], nation: Nation) -> date | None:
        """The due date for a child with these key dates, or None ("date unknown")."""
        day = self.start_date(dates)
        if day is None:
            return None
        day = add_months(day + timedelta(weeks=self.weeks), self.months) + timedelta(days=self.days)
        if self.working_days:
            return add_working_days(day, self.working_days, nation)
        if self.if_not_working_day == "keep":
            return day
        return roll_to_working_day(day, nation, self.if_not_working_day)

    def missing(self) -> str:
        """What to fill in when the date is unknown: "placement date"."""
        return " or ".join(DATE_NAMES[name] for name in self.start)


def _whole(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuleError(f"{where} must be a whole number, not {value!r}")
    return value


def _rule(entry: object, where: str) -> DeadlineRule:
    if not isinstance(entry, dict):
        raise RuleError(f"{where} must be a table of settings")
    unknown = set(entry) - SETTINGS
    if unknown:
        raise RuleError(f"{where} has unknown setting(s) {', '.join(sorted(unknown))}; "
                        f"known: {', '.join(sorted(SETTINGS))}")
    for needed in ("key", "name", "plans", "book_kind", "from"):
        if needed not in entry:
            raise RuleError(f"{where} needs a '{needed}'")
    key = str(entry["key"])
    if not KEY_PATTERN.match(key):
        raise RuleError(f"{where}: key '{key}' may use only lower-case letters, digits and dashes")
    where = f"{where} ('{key}')"
    plans = entry["plans"] if isinstance(entry["plans"], list) else [entry["plans"]]
    for plan in plans:
        if plan not in {p.value for p in Plan}:
            raise RuleError(f"{where}: '{plan}' is not a plan; use: {', '.join(p.value for p in Plan)}")
    if entry["book_kind"] not in {k.value for k in BookKind}:
        raise RuleError(f"{where}: book_kind '{entry['book_kind']}' is not one of: "
                        f"{', '.join(k.value for k in BookKind)}")
    start = entry["from"] if isinstance(entry["from"], list) else [entry["from"]]
    for name in start:
        if name not in DATE_NAMES:
            raise RuleError(f"{where}: 'from' names '{name}', which is not a key date; "
                            f"use: {', '.join(DATE_NAMES)}")
    if not start:
        raise RuleError(f"{where}: 'from' needs at least one key date")
    pick = entry.get("pick", "latest")
    if pick not in ("latest", "earliest"):
        raise RuleError(f"{where}: pick must be \"latest\" or \"earliest\", not '{pick}'")
    roll = entry.get("if_not_working_day", "next")
    if roll not in ("next", "previous", "keep"):
        raise RuleError(f"{where}: if_not_working_day must be \"next\", \"previous\" or \"keep\"")
    return DeadlineRule(
        key=key, name=str(entry["name"]), plans=tuple(plans), book_kind=entry["book_kind"],
        start=tuple(start), pick=pick,
        weeks=_whole(entry.get("weeks", 0), f"{where}: weeks"),
        months=_whole(entry.get("months", 0), f"{where}: months"),
        days=_whole(entry.get("days", 0), f"{where}: days"),
        working_days=_whole(entry.get("working_days", 0), f"{where}: working_days"),
        if_not_working_day=roll, basis=str(entry.get("basis", "")),
    )


def load_rules(folder: Path | None = None) -> list[DeadlineRule]:
    """Every rule in ``folder`` (default ``templates/deadlines``), file by file; raises RuleError."""
    if folder is None:
        from lifebook.resources import templates_dir

        folder = templates_dir() / "deadlines"
    rules: list[DeadlineRule] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RuleError(f"the deadline rules in {path.name} cannot be read: {exc}") from None
        unknown = set(data) - {"deliverable"}
        if unknown:
            raise RuleError(f"{path.name}: unknown section(s) {', '.join(sorted(unknown))}; "
                            "each rule is a [[deliverable]]")
        for n, entry in enumerate(data.get("deliverable", []), start=1):
            rules.append(_rule(entry, f"{path.name}, deliverable {n}"))
    seen: set[str] = set()
    for rule in rules:
        if rule.key in seen:
            raise RuleError(f"two deadline rules are called '{rule.key}'; each needs its own key")
        seen.add(rule.key)
    return rules


def rules_for(plan: str, rules: list[DeadlineRule]) -> list[DeadlineRule]:
    """The rules that apply to a plan, in file order."""
    return [rule for rule in rules if plan in rule.plans]
