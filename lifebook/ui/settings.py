"""Remembered between sessions: window layout and recent libraries (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings("Lifebook", "Lifebook")


def recent_libraries() -> list[Path]:
    value = settings().value("recent_libraries", [])
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in value or [] if p]


def remember_library(path: Path) -> list[Path]:
    paths = [p for p in recent_libraries() if p != path]
    paths.insert(0, path)
    paths = paths[:MAX_RECENT]
    settings().setValue("recent_libraries", [str(p) for p in paths])
    return paths
