"""Lifebook's benchmark suite (issue 16): one command, one table, each target met or missed.

    python tests/perf/run.py              # the whole suite, medians of 3 (about 10 minutes, 2 quiet cores)
    python tests/perf/run.py --quick      # fewer photos, one run each (a minute or two)
    python tests/perf/run.py --json out.json --only export,startup

It makes its own photos from a seed (kept in the temporary folder, so only
the first run pays for them), builds libraries through the CLI and the
services, then runs every benchmark in subprocesses and measures wall time,
CPU time of the process tree and the tree's peak memory (sampled):

1. cold and warm export of a 40-page A4 book with bleed and 120 photos;
2. import of 500 photos;
3. start-up to the first painted window, 50 children and 5,000 photos, with
   and without the thumbnail cache, against a bare PySide6 window;
4. paging through a 60-page book in the editor, cold and cached;
5. peers on the same photos and pages: naive ReportLab, LibreOffice (when
   ``soffice`` is on PATH) converting a DOCX, and the floor.

Figures are noisy on a shared machine; each target is a ratio measured in
the same run where it can be. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import suite_benchmarks as benchmarks  # noqa: E402
import suite_data  # noqa: E402
from suite_proc import CommandFailed, measure  # noqa: E402
from suite_table import Figure, read_json, table, write_json  # noqa: E402

BENCHMARKS = ("export", "memory", "import", "startup", "paging")
FULL = {"book": 120, "book_pages": 40, "paging": 196, "paging_pages": 60, "memory_small": 60,
        "memory_large": 240, "import": 500, "children": 50, "per_child": 100}
QUICK = {"book": 24, "book_pages": 16, "paging": 36, "paging_pages": 20, "memory_small": 12,
         "memory_large": 48, "import": 48, "children": 10, "per_child": 24}

NOTES = (
    "CPU time and peak memory are of the whole process tree (memory sampled every 25 ms).",
    "The floor, export: draft decode, orient, crop, resample once to the embedded size, encode "
    "(2 processes, no PDF).",
    "The floor, import: hash, copy with fsync, 512-pixel thumbnail (2 processes, no database).",
    "A ratio's median is the ratio of the two medians, its lowest the ratio of the two lowest "
    "values; a target is judged on the median.",
)


def _environment(work: Path) -> dict[str, str]:
    """Every subprocess runs this checkout, offscreen, with settings and caches in ``work``."""
    env = dict(os.environ)
    env.pop("LIFEBOOK_LIBRARY", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = work / name.lower()
        folder.mkdir(exist_ok=True)
        env[name] = str(folder)
    return env


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer photos, one run each")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--reps", type=int, help="runs of each benchmark (default 3, quick 1)")
    parser.add_argument("--peer-reps", type=int, default=1,
                        help="runs of naive ReportLab and LibreOffice (default 1: not targets, "
                        "and slow; 0 leaves them out)")
    parser.add_argument("--only", help=f"comma-separated: {','.join(BENCHMARKS)} (default all)")
    parser.add_argument("--data", type=Path, help="where the generated photos are kept "
                        "(default: lifebook-bench-suite in the temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep this run's scratch folder")
    parser.add_argument("--show", type=Path, metavar="FILE.json",
                        help="print the table of an earlier run's JSON, and run nothing")
    args = parser.parse_args(argv)
    if args.show:
        figures, about = read_json(args.show)
        figures.sort(key=lambda f: f.section.split(".")[0])
        print(table(figures, f"Lifebook benchmark suite, from {args.show} ({about.get('when', '?')})",
                    NOTES))
        return 0
    if not sys.platform.startswith("linux"):
        print("The suite reads /proc to measure memory: run it on Linux.", file=sys.stderr)
        return 2
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    sizes = QUICK if args.quick else FULL
    reps = args.reps or (1 if args.quick else 3)
    began = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - began:6.1f} s] {message}", file=sys.stderr, flush=True)

    data = suite_data.data_dir(args.data)
    need = max(sizes["memory_large"], sizes["paging"], sizes["book"],
               sizes["import"] if "import" in chosen else 0)
    log(f"photos: making any of the first {need} missing in {data}")
    photos = suite_data.ensure_photos(need, args.data)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=data.parent))
    bench = benchmarks.Bench(work=work, data=data, env=_environment(work), reps=reps,
                             peer_reps=min(reps, args.peer_reps), sizes=sizes, log=log)
    failed: list[str] = []
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a kill still prints the table
    try:
        _run_all(bench, chosen, photos, failed)
    except KeyboardInterrupt:
        failed.append("interrupted: the table holds what was measured before")
        log("interrupted")
    finally:
        if args.keep:
            log(f"scratch folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - began
    mode = "quick" if args.quick else "full"
    runs = f"medians of {reps} runs" if reps > 1 else "one run each"
    title = (f"Lifebook benchmark suite ({mode}, {runs}; {os.cpu_count()} CPUs; "
             f"commit {_commit() or '?'}; {elapsed / 60:.1f} minutes)")
    figures = sorted(bench.figures, key=lambda f: f.section.split(".")[0])  # 1, 1b, 2 ... 5
    print(table(figures, title, NOTES))
    for name in failed:
        print(f"NOT FINISHED: {name} (see the messages above)")
    if args.json:
        write_json(args.json, figures, mode=mode, reps=reps, commit=_commit(),
                   when=datetime.now(UTC).isoformat(timespec="seconds"), cpus=os.cpu_count(),
                   python=platform.python_version(), elapsed_s=round(elapsed, 1),
                   sizes=sizes, failed=failed)
    return 1 if failed else 0


def _run_all(bench: benchmarks.Bench, chosen: list[str], photos: list[Path], failed: list[str]) -> None:
    sizes = bench.sizes
    library = bench.work / "library" / "library.sqlite3"
    books: dict[str, dict] = {}
    if {"export", "memory", "paging"} & set(chosen):
        library.parent.mkdir()
        count = max(sizes["memory_large"], sizes["paging"], sizes["book"])
        bench.log(f"library: importing {count} photos for one child (not timed)")
        measure(bench.lifebook(library, "add-child", "--name", "Ruby Benchmark"), env=bench.env)
        measure(bench.lifebook(library, "import-photos", "--child", "1", *map(str, photos[:count])),
                env=bench.env, timeout=3600)
        wanted = [f"book={sizes['book']}:{sizes['book_pages']}",
                  f"paging={sizes['paging']}:{sizes['paging_pages']}",
                  f"small={sizes['memory_small']}", f"large={sizes['memory_large']}"]
        books = bench.helper("books", "--library", str(library), "--child", "1", "--books", *wanted)
        bench.log(f"books: {books}")

    def attempt(name: str, step) -> None:  # type: ignore[no-untyped-def]
        if name not in chosen:
            return
        bench.log(f"--- {name}")
        try:
            step()
        except (CommandFailed, OSError, ValueError, KeyError) as exc:
            failed.append(name)
            bench.log(f"{name} failed: {exc}")

    def export() -> None:
        plan = bench.work / "plan.json"
        bench.helper("plan", "--library", str(library), "--book", str(books["book"]["book_id"]),
                     "--out", str(plan))
        benchmarks.export_and_peers(bench, library, books["book"], plan)

    def startup() -> None:
        crowd_lib = bench.work / "caseload" / "library.sqlite3"
        crowd_lib.parent.mkdir()
        bench.log(f"caseload library: {sizes['children']} children × {sizes['per_child']} photos "
                  "(not timed)")
        crowd = bench.helper("crowd", "--library", str(crowd_lib), "--children", str(sizes["children"]),
                             "--per-child", str(sizes["per_child"]),
                             *map(str, photos[: sizes["per_child"]]))
        benchmarks.start_up(bench, crowd_lib, crowd)

    attempt("export", export)
    attempt("memory", lambda: benchmarks.memory_growth(bench, library, books["small"], books["large"]))
    attempt("import", lambda: benchmarks.import_photos(bench, photos[: sizes["import"]]))
    attempt("startup", startup)
    attempt("paging", lambda: benchmarks.paging(bench, library, books["paging"]))
    if not bench.figures:
        bench.figures.append(Figure("none", "nothing was measured", ""))


if __name__ == "__main__":
    raise SystemExit(main())
