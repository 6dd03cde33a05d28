"""The team-server tests. Their fixtures (``pg_server``, ``pg_url``, ``team``) live in
tests/conftest.py, because the service tests marked ``both_backends`` use them too.

The photo tests' laptops (``laptop``, ``big_photo``) are here, shared by the store's
and the window's tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from lifebook.store import server
from lifebook.store.db import Library

Laptop = Callable[[str, str], Library]


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Laptop]:
    """Open a team library as if on a laptop of its own: its own user cache folder."""
    opened: list[Library] = []

    def open_on(name: str, url: str) -> Library:
        folder = tmp_path / f"{name}-laptop-cache"
        monkeypatch.setattr(server.platformdirs, "user_cache_dir", lambda *_a, **_k: str(folder))
        lib = Library.open_server(url)
        opened.append(lib)
        return lib

    yield open_on
    for lib in opened:
        lib.close()


@pytest.fixture
def big_photo(tmp_path: Path) -> Path:
    """A photo big enough to print at 300 ppi, and of several fetch pieces (see below)."""
    path = tmp_path / "camera" / "beach.jpg"
    path.parent.mkdir()
    noise = Image.frombytes("RGB", (2400, 1600), os.urandom(2400 * 1600 * 3))
    noise.save(path, "JPEG", quality=85)
    return path
