"""Fixtures for the store tests; shared photo makers live in tests/photo_files.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from lifebook.store.db import Library


@pytest.fixture()
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LIFEBOOK_USER", "store-tester")
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
