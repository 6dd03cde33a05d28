"""Fixtures for the service tests; shared photo makers live in tests/helpers_images.py."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from lifebook.services import children
from lifebook.store.db import Library

TESTS = str(Path(__file__).resolve().parents[1])
if TESTS not in sys.path:  # so `import helpers_images` works without tests/conftest.py
    sys.path.insert(0, TESTS)


@pytest.fixture()
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LIFEBOOK_USER", "services-tester")
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


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
