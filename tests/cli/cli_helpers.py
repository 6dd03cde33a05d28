"""Running ``python -m lifebook`` as a real subprocess, away from the user's own data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess]


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "LIFEBOOK_LIBRARY"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LIFEBOOK_USER"] = "cli-tester"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    # never fall back to the real user data folder
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["HOME"] = str(tmp_path / "home")
    env.update(extra)
    return env


def assert_one_clear_line(proc: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2, no traceback, and one line on stderr holding each of ``words``."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def run(
    workdir: Path,
    *args: object,
    library: Path | bool = True,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """``python -m lifebook [--library ...] ARGS``; library=True means workdir/lib.sqlite3."""
    cmd = [sys.executable, "-m", "lifebook"]
    if library is True:
        cmd += ["--library", str(workdir / "lib.sqlite3")]
    elif library:
        cmd += ["--library", str(library)]
    return subprocess.run(
        [*cmd, *map(str, args)],
        cwd=workdir,
        env=cli_env(workdir, **(env or {})),
        capture_output=True,
        text=True,
        timeout=120,
    )
