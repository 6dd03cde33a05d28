"""Argument types that refuse bad input with one clear line (exit 2), never a traceback."""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from datetime import date

from lifebook.cli.output import EXIT_ERROR

MAX_ID = 2**63 - 1  # SQLite's largest integer
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OLDEST_YEARS = 120


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One line naming the problem (and where help is), exit 2."""
        self.exit(EXIT_ERROR, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def enum_arg(enum_cls: type) -> Callable[[str], object]:
    def convert(token: str) -> object:
        try:
            return enum_cls.parse(token)  # type: ignore[attr-defined]
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = enum_cls.__name__
    return convert


def record_id(token: str) -> int:
    """An id of something in the library: a whole number from 1."""
    try:
        value = int(token)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{token}' is not an id (ids are whole numbers)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"'{token}' is not an id in this library")
    return value


def bounded_number(low: float, high: float, unit: str, *, whole: bool = False) -> Callable[[str], float]:
    def convert(token: str) -> float:
        try:
            value = int(token) if whole else float(token)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{token}' is not a number") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{token} is out of range: use {low:g} to {high:g} {unit}")
        return value

    convert.__name__ = "number"
    return convert


def past_date(what: str) -> Callable[[str], date]:
    """A date written YYYY-MM-DD, not in the future and not over 120 years ago."""

    def convert(token: str) -> date:
        if not ISO_DATE.match(token.strip()):
            raise argparse.ArgumentTypeError(
                f"the {what} '{token}' is not a date written YYYY-MM-DD (for example 2019-03-23)")
        try:
            value = date.fromisoformat(token.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"the {what} '{token}' is not a real date") from None
        today = date.today()
        if value > today:
            raise argparse.ArgumentTypeError(f"the {what} {value:%d %B %Y} is in the future")
        if value.year < today.year - OLDEST_YEARS:
            raise argparse.ArgumentTypeError(
                f"the {what} {value:%d %B %Y} is more than {OLDEST_YEARS} years ago")
        return value

    convert.__name__ = "date"
    return convert
