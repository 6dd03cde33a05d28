"""Shared test set-up. Qt runs offscreen here, not only in CI.

Settings (QSettings) and the default library live in a throw-away home for
the whole run, so tests never touch a real user's Lifebook.
"""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LIFEBOOK_USER"] = "test-worker"  # audit entries name this actor
_home = tempfile.mkdtemp(prefix="lifebook-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")


@pytest.fixture
def library(tmp_path):  # type: ignore[no-untyped-def]
    """An empty library of the test's own, closed afterwards (the one shared fixture)."""
    from lifebook.store.db import Library

    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
