"""Export workers never outlive a killed Lifebook: each worker watches its parent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

SCRIPT = textwrap.dedent("""
    import os, sys, time
    from lifebook.render.derivatives import watch_parent
    # the parent we were started by is "gone": watch for a pid that is not our parent
    watch_parent(os.getppid() + int(sys.argv[1]), 0.1)
    time.sleep(30)  # busy, as a worker decoding a huge photo would be
""")


def test_a_worker_whose_parent_has_gone_exits_at_once() -> None:
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-c", SCRIPT, "1"], timeout=20)
    assert run.returncode == 0 and time.monotonic() - start < 10


def test_a_worker_whose_parent_is_alive_keeps_working() -> None:
    child = subprocess.Popen([sys.executable, "-c", SCRIPT, "0"])
    try:
        time.sleep(2)
        assert child.poll() is None  # still at work
    finally:
        child.kill()
        child.wait()
