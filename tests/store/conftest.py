"""Fixtures for the store tests; shared photo makers live in tests/helpers_images.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lifebook.store.db import Library

TESTS = str(Path(__file__).resolve().parents[1])
if TESTS not in sys.path:  # so `import helpers_images` works without tests/conftest.py
    sys.path.insert(0, TESTS)


@pytest.fixture()
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LIFEBOOK_USER", "store-tester")
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
