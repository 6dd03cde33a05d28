"""Fixtures for the PDF export tests (helpers live in export_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from export_helpers import write_photo


@pytest.fixture()
def photo_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    return folder


@pytest.fixture()
def photo(photo_dir: Path) -> Callable[..., Path]:
    """Factory: photo("name.jpg", (w, h), orientation=6, gps=True) -> path."""

    made = iter(range(10_000))

    def make(name: str, size: tuple[int, int], **kwargs: object) -> Path:
        kwargs.setdefault("variant", next(made))  # every photo a different picture
        return write_photo(photo_dir / name, size, **kwargs)  # type: ignore[arg-type]

    return make
