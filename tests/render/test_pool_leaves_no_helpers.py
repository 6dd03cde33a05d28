"""A process pool for image work leaves no helper process behind once it has ended."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import os
    from pathlib import Path
    from lifebook.render.derivatives import end_pool, start_pool

    def children():
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                if ppid == os.getpid():
                    found.append(int(entry.name))
        return found

    if __name__ == "__main__":
        pool = start_pool(2)
        assert pool.submit(os.getpid).result() != os.getpid()
        during = len(children())
        end_pool(pool)
        print(during, len(children()))
""")


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_resource_tracker_goes_with_the_last_pool(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(SCRIPT)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True)
    during, after = map(int, out.stdout.split())
    assert during >= 2  # a worker and multiprocessing's resource tracker
    assert after == 0, "a helper process outlived the pool"
    assert "leaked" not in out.stderr
