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
    return [Path(p) for p in (value if isinstance(value, list) else []) if p]


def remember_library(path: Path) -> list[Path]:
    paths = [p for p in recent_libraries() if p != path]
    paths.insert(0, path)
    paths = paths[:MAX_RECENT]
    settings().setValue("recent_libraries", [str(p) for p in paths])
    return paths


def _place_key(library_path: Path) -> str:
    import hashlib

    digest = hashlib.sha256(str(Path(library_path).resolve()).encode()).hexdigest()[:16]
    return f"last_place/{digest}"


def remember_place(library_path: Path, selection: tuple[str, int] | None, page_id: int | None) -> None:
    """Where the user was in this library (a child, or a book and page), for next time."""
    if selection is None:
        settings().remove(_place_key(library_path))
        return
    kind, ident = selection
    settings().setValue(_place_key(library_path), f"{kind}:{int(ident)}:{int(page_id or 0)}")


def last_place(library_path: Path) -> tuple[str, int, int | None] | None:
    """(kind, id, page id or None) remembered for this library, or None."""
    value = settings().value(_place_key(library_path))
    try:
        kind, ident, page = str(value).split(":")
        if kind not in ("child", "book"):
            return None
        return kind, int(ident), int(page) or None
    except (TypeError, ValueError):
        return None
