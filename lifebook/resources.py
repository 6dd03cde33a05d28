"""Where the bundled data folders (assets/, templates/) live.

In a source checkout or an editable install they sit beside the package, at
the top of the repository. In a wheel they are copied into
``lifebook/_data/`` (see pyproject.toml). Nothing here imports Qt.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Lifebook's '{name}' folder is missing from this installation")


def assets_dir() -> Path:
    return data_dir("assets")


def templates_dir() -> Path:
    return data_dir("templates")


def fonts_dir() -> Path:
    return assets_dir() / "fonts"
