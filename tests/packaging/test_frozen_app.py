"""The frozen (PyInstaller) app builds, starts and exports the demo book.

Marked ``packaging``: it builds the whole app (about two minutes). CI runs it
with the rest of the suite; ``-m "not packaging"`` leaves it out locally.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.packaging


@pytest.mark.skipif(sys.platform != "linux", reason="CI builds the Linux app")
def test_frozen_app_runs_headless_and_exports_the_demo_book(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--check",
         "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "build")],
        capture_output=True, text=True, timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Lifebook 0." in done.stdout
    assert "frozen app exported the demo book" in done.stdout
    frozen = tmp_path / "dist" / "Lifebook"
    # data the frozen app must carry, found where lifebook/resources.py looks
    internal = frozen / "_internal"
    assert (internal / "lifebook" / "_data" / "templates" / "books" / "life-story.toml").is_file()
    assert (internal / "lifebook" / "_data" / "assets" / "THIRD-PARTY-LICENCES.md").is_file()
    assert any(internal.rglob("libvips*.so*")), "libvips was not bundled"
    assert any(internal.rglob("libheif*.so*")), "libheif was not bundled"
