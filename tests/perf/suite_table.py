"""The suite's one table: each figure, its target from issue 16, met or missed; and the same as JSON.

A figure holds one value per repetition; the table shows the median and the
lowest. A ratio figure is the ratio of two figures' medians (and of their
lowest values), both measured in the same run. A target is judged on the
median. No Lifebook, no timing: tests/test_bench_table.py checks this file.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path

MET, MISSED, NO_TARGET, NOT_MEASURED = "met", "missed", "", "not measured"


@dataclass(frozen=True)
class Target:
    """``value <op> limit``, with the words the table shows (e.g. "≤ 2×")."""

    op: str  # "<=" or "<"
    limit: float
    text: str

    def met_by(self, value: float) -> bool:
        if self.op == "<=":
            return value <= self.limit
        if self.op == "<":
            return value < self.limit
        raise ValueError(f"unknown comparison {self.op!r}")


def at_most(limit: float, text: str) -> Target:
    return Target("<=", limit, text)


def below(limit: float, text: str) -> Target:
    return Target("<", limit, text)


@dataclass
class Figure:
    key: str  # stable name in the JSON, e.g. "export.cold.wall"
    label: str  # what the table says
    unit: str  # "s", "ms", "MiB", "MB", "ppi", "×", "%", "" (a count)
    values: list[float] = field(default_factory=list)  # one per repetition
    target: Target | None = None
    note: str = ""
    median_override: float | None = None  # ratios: ratio of medians
    low_override: float | None = None  # ratios: ratio of lowest values
    section: str = ""

    @property
    def measured(self) -> bool:
        return bool(self.values) or self.median_override is not None

    @property
    def median(self) -> float | None:
        if self.median_override is not None:
            return self.median_override
        return statistics.median(self.values) if self.values else None

    @property
    def low(self) -> float | None:
        if self.low_override is not None:
            return self.low_override
        return min(self.values) if self.values else None

    @property
    def status(self) -> str:
        if self.target is None:
            return NO_TARGET
        median = self.median
        if median is None:
            return NOT_MEASURED
        return MET if self.target.met_by(median) else MISSED

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "section": self.section,
            "label": self.label,
            "unit": self.unit,
            "median": self.median,
            "min": self.low,
            "values": self.values,
            "target": self.target.text if self.target else None,
            "target_op": self.target.op if self.target else None,
            "target_limit": self.target.limit if self.target else None,
            "status": self.status,
            "note": self.note,
        }


def ratio(key: str, label: str, top: Figure, bottom: Figure, *, target: Target | None = None,
          percent: bool = False, note: str = "") -> Figure:
    """``top`` over ``bottom`` (medians, and lowest values), × or %; unmeasured if either is."""
    scale = 100.0 if percent else 1.0
    unit = "%" if percent else "×"
    figure = Figure(key, label, unit, target=target, note=note)
    tm, bm, tl, bl = top.median, bottom.median, top.low, bottom.low
    if tm is not None and bm and tl is not None and bl:
        figure.median_override = tm / bm * scale
        figure.low_override = tl / bl * scale
        # the per-repetition ratios, where both were measured as often
        if len(top.values) == len(bottom.values):
            figure.values = [t / b * scale for t, b in zip(top.values, bottom.values, strict=True) if b]
    return figure


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit in ("ms", "MiB", "ppi", ""):
        text = f"{value:.0f}"
    elif unit == "%":
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".rstrip() if unit not in ("%", "×") else f"{text}{unit}"


def table(figures: list[Figure], title: str = "", notes: tuple[str, ...] = ()) -> str:
    """The figures as one plain-text table, grouped by section, targets marked met or missed."""
    rows = [("what", "median", "lowest", "target", "result")]
    marks = []
    section = None
    for f in figures:
        if f.section != section:
            section = f.section
            rows.append((f"[{section}]", "", "", "", ""))
            marks.append(len(rows) - 1)
        status = f.status.upper() if f.status in (MET, MISSED) else f.status
        label = f"  {f.label}" + (f" ({f.note})" if f.note else "")
        rows.append((label, _number(f.median, f.unit), _number(f.low, f.unit),
                     f.target.text if f.target else "", status))
    widths = [max(len(r[i]) for n, r in enumerate(rows) if n not in marks) for i in range(5)]
    lines = [title] if title else []
    for n, row in enumerate(rows):
        if n in marks:
            lines.append(row[0])
            continue
        lines.append("  ".join([row[0].ljust(widths[0]), row[1].rjust(widths[1]),
                                row[2].rjust(widths[2]), row[3].ljust(widths[3]), row[4]]).rstrip())
        if n == 0:
            lines.append("-" * len(lines[-1]))
    met = sum(f.status == MET for f in figures)
    judged = sum(f.status in (MET, MISSED) for f in figures)
    lines.append(f"targets met: {met} of {judged}")
    return "\n".join([*lines, *notes])


def as_json(figures: list[Figure], **about: object) -> dict:
    return {**about, "figures": [f.as_dict() for f in figures],
            "targets_met": sum(f.status == MET for f in figures),
            "targets_judged": sum(f.status in (MET, MISSED) for f in figures)}


def write_json(path: Path, figures: list[Figure], **about: object) -> None:
    path.write_text(json.dumps(as_json(figures, **about), indent=2) + "\n", encoding="utf-8")


def read_json(path: Path) -> tuple[list[Figure], dict]:
    """The figures (and what else was recorded) of a JSON file write_json wrote."""
    document = json.loads(path.read_text(encoding="utf-8"))
    figures = []
    for item in document.pop("figures"):
        target = (Target(item["target_op"], item["target_limit"], item["target"])
                  if item.get("target") is not None else None)
        figures.append(Figure(item["key"], item["label"], item["unit"], list(item["values"]), target,
                              item.get("note", ""), item["median"], item["min"], item.get("section", "")))
    return figures, document
