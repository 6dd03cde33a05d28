"""Run one benchmark command in a subprocess and measure it: wall time, CPU time, peak memory.

- Wall time: from just before the process starts to when it has been reaped.
- CPU time: user + system of the process and every descendant it waited for
  (``os.wait4``'s rusage: multiprocessing workers and soffice.bin included).
- Peak memory: the largest sum of VmRSS over the whole process tree at one
  moment, sampled every ``interval`` seconds by a thread that walks
  ``/proc/*/stat`` for parent ids (``time -v`` reports only the largest
  single process, and a tree's workers come and go). Linux only; a very
  short-lived spike between two samples can be missed.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE_KIB = 1024  # VmRSS is in kB in /proc/<pid>/status


@dataclass(frozen=True)
class Run:
    """What one measured process did."""

    wall: float  # seconds
    started_at: float  # time.time() just before the process started
    cpu: float  # seconds, user + system, whole tree
    peak_mib: float  # sampled peak of the tree's summed resident memory
    returncode: int
    stdout: str
    stderr: str


class CommandFailed(RuntimeError):
    def __init__(self, cmd: list[str], run: Run) -> None:
        tail = (run.stderr or run.stdout).strip().splitlines()[-15:]
        super().__init__(f"{' '.join(cmd[:4])}… exited {run.returncode}:\n" + "\n".join(tail))
        self.run = run


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process we can see."""
    found: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and brackets
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 1:
            found[int(entry.name)] = int(fields[1])
    return found


def tree_of(root: int) -> list[int]:
    """``root`` and all its descendants now alive."""
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, ()))
    return tree


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1]) * _PAGE_KIB / 2**20
    except (OSError, ValueError):
        pass
    return 0.0


class TreeSampler:
    """Samples the summed resident memory of a process tree in a thread; ``peak_mib`` is the most seen."""

    def __init__(self, root: int, interval: float = 0.025) -> None:
        self.root = root
        self.interval = interval
        self.peak_mib = 0.0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def start(self) -> TreeSampler:
        self._thread.start()
        return self

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mib

    def _run(self) -> None:
        while not self._stop.is_set():
            total = sum(rss_mib(pid) for pid in tree_of(self.root))
            self.peak_mib = max(self.peak_mib, total)
            self.samples += 1
            self._stop.wait(self.interval)


def measure(
    cmd: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    check: bool = True,
    timeout: float = 900.0,
) -> Run:
    """Run ``cmd`` to the end, measured; raises CommandFailed if it fails and ``check``."""
    import tempfile

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started_at = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err, text=True)
        sampler = TreeSampler(proc.pid).start()
        deadline = start + timeout
        try:
            while True:  # wait4, not Popen.wait: it gives the tree's CPU time
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    proc.kill()
                    _, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.005)
        except BaseException:  # interrupted: stop what we started, then pass it on
            proc.kill()
            os.wait4(proc.pid, 0)
            sampler.stop()
            raise
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = sampler.stop()
        out.seek(0)
        err.seek(0)
        run = Run(
            wall=wall,
            started_at=started_at,
            cpu=usage.ru_utime + usage.ru_stime,
            peak_mib=peak,
            returncode=proc.returncode,
            stdout=out.read(),
            stderr=err.read(),
        )
    if check and run.returncode != 0:
        raise CommandFailed(cmd, run)
    return run
