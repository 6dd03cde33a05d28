"""Fixtures for the service tests; shared photo makers live in tests/photo_files.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lifebook.services import children
from lifebook.store.db import Library


@pytest.fixture()
def child_id(library: Library) -> int:
    child = children.add_child(
        library, "Alexandra Test-Jones", preferred_name="Lexi", date_of_birth=date(2017, 6, 1)
    )
    return child.id


@pytest.fixture()
def photo_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    return folder
