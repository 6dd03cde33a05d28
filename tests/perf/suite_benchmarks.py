"""The suite's five benchmarks, each a function that adds Figures (see run.py for the order).

Every timed step is a subprocess measured by suite_proc.measure: the real
CLI (``python -m lifebook ...``) where one exists, else a small driver in
this folder. Set-up steps (libraries, books, a changed caption) go through
suite_helper.py and are not timed.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from suite_pdf import pdf_facts
from suite_proc import Run, measure
from suite_table import Figure, at_most, below, ratio

HERE = Path(__file__).resolve().parent
PY = sys.executable


@dataclass
class Bench:
    """What every benchmark shares: sizes, folders, environment, and where figures go."""

    work: Path  # this run's scratch folder (deleted afterwards)
    data: Path  # the cached photos' folder (kept between runs)
    env: dict[str, str]
    reps: int
    peer_reps: int  # runs of naive ReportLab and LibreOffice (the floor runs ``reps`` times)
    sizes: dict[str, int]
    log: Callable[[str], None]
    figures: list[Figure] = field(default_factory=list)
    section: str = ""

    def add(self, figure: Figure) -> Figure:
        figure.section = self.section
        self.figures.append(figure)
        return figure

    def lifebook(self, library: Path, *args: str) -> list[str]:
        return [PY, "-m", "lifebook", "--library", str(library), "--create", *args]

    def helper(self, *args: str) -> dict:
        run = measure([PY, str(HERE / "suite_helper.py"), *args], env=self.env)
        return json.loads(run.stdout.strip().splitlines()[-1])

    def run(self, what: str, cmd: list[str], **kw: object) -> Run:
        result = measure(cmd, env=self.env, **kw)  # type: ignore[arg-type]
        self.log(f"{what}: {result.wall:.2f} s wall, {result.cpu:.2f} s CPU, "
                 f"{result.peak_mib:.0f} MiB peak")
        return result


def cache_of(library: Path) -> Path:
    """The library's disposable cache folder (thumbnails, print images): <name>.cache."""
    return library.with_name(library.stem + ".cache")


def timing_figures(bench: Bench, key: str, label: str, runs: list[Run]) -> dict[str, Figure]:
    """Wall time, CPU time and peak memory of ``runs``, added to the table."""
    wall = bench.add(Figure(f"{key}.wall", f"{label}, wall time", "s", [r.wall for r in runs]))
    cpu = bench.add(Figure(f"{key}.cpu", f"{label}, CPU time", "s", [r.cpu for r in runs]))
    peak = bench.add(Figure(f"{key}.peak", f"{label}, peak memory", "MiB",
                            [r.peak_mib for r in runs]))
    return {"wall": wall, "cpu": cpu, "peak": peak}


# --- 1 and 5: export, the floor and the peers -------------------------------------------


def export_and_peers(bench: Bench, library: Path, book: dict, plan: Path) -> None:
    """Cold and warm export of the book, interleaved with the floor and the peers."""
    out = bench.work / "export"
    out.mkdir(exist_ok=True)
    pdf = out / "lifebook.pdf"
    export = bench.lifebook(library, "export", "--book", str(book["book_id"]), "--out", str(pdf))
    cold, warm, floor, naive, office = [], [], [], [], []
    docx = out / "word.docx"
    soffice = shutil.which("soffice") if bench.peer_reps else None
    if soffice:
        measure(  # the worker's document: not timed
            [PY, str(HERE / "suite_peers.py"), "docx", str(plan), str(docx),
             "--jpeg-dir", str(bench.data / "word-jpegs")], env=bench.env)
        _warm_up_office(bench, soffice)
    for rep in range(1, bench.reps + 1):
        shutil.rmtree(cache_of(library), ignore_errors=True)
        cold.append(bench.run(f"export cold {rep}", export))
        cold_facts = pdf_facts(pdf)
        bench.helper("caption", "--library", str(library), "--book", str(book["book_id"]),
                     "--text", f"Ruby at the seaside, take {rep}")
        warm.append(bench.run(f"export warm {rep}", export))
        floor_dir = out / f"floor-{rep}"
        floor.append(bench.run(f"floor export {rep}", [PY, str(HERE / "suite_peers.py"),
                                                       "floor-export", str(plan), str(floor_dir)]))
        shutil.rmtree(floor_dir, ignore_errors=True)
        if rep > bench.peer_reps:
            continue  # the peers are not targets: LibreOffice alone takes minutes a run
        naive.append(bench.run(f"naive ReportLab {rep}", [PY, str(HERE / "suite_peers.py"),
                                                          "reportlab", str(plan), str(out / "naive.pdf")]))
        if soffice:
            office.append(bench.run(f"LibreOffice {rep}", _office_command(bench, soffice, docx, out)))

    pages, photos = book["pages"], book["photos"]
    bench.section = f"1. Export: {pages}-page A4 book with bleed, {photos} photos (CLI)"
    c = timing_figures(bench, "export.cold", "cold export", cold)
    w = timing_figures(bench, "export.warm", "warm re-export (a caption changed)", warm)
    bench.add(ratio("export.warm_vs_cold", "warm re-export vs cold", w["wall"], c["wall"],
                    percent=True, target=at_most(10, "≤ 10% of cold")))
    f = timing_figures(bench, "floor.export", "the floor", floor)
    bench.add(ratio("export.cold_vs_floor", "cold export vs the floor", c["wall"], f["wall"],
                    target=at_most(1.15, "≤ 1.15× floor")))
    bench.add(ratio("export.cold_vs_floor_cpu", "cold export vs the floor, CPU time", c["cpu"],
                    f["cpu"]))
    bench.add(Figure("export.pdf_size", "PDF size", "MB", [cold_facts.bytes / 1e6]))
    bench.add(Figure("export.min_ppi", "PDF: lowest effective ppi", "ppi", [cold_facts.min_ppi]))
    bench.add(Figure("export.max_ppi", "PDF: highest effective ppi", "ppi", [cold_facts.max_ppi]))
    bench.add(Figure("memory.export", f"cold export of {photos} photos, peak memory", "MiB",
                     c["peak"].values, target=below(600, "< 600 MiB")))

    runs = "one run each" if bench.peer_reps == 1 else f"{bench.peer_reps} runs each"
    bench.section = (f"5. Peers on the same photos and page sizes, as a ratio to Lifebook's cold "
                     f"export (ReportLab and LibreOffice: {runs})")
    bench.add(ratio("peers.floor", "the floor vs Lifebook", f["wall"], c["wall"]))
    if not bench.peer_reps:
        return
    n = timing_figures(bench, "peers.reportlab", "naive ReportLab", naive)
    bench.add(ratio("peers.reportlab_ratio", "naive ReportLab vs Lifebook", n["wall"], c["wall"]))
    _pdf_figures(bench, "peers.reportlab", "naive ReportLab", out / "naive.pdf")
    if soffice:
        o = timing_figures(bench, "peers.libreoffice", "LibreOffice (DOCX to PDF)", office)
        bench.add(ratio("peers.libreoffice_ratio", "LibreOffice vs Lifebook", o["wall"], c["wall"]))
        _pdf_figures(bench, "peers.libreoffice", "LibreOffice", out / "word.pdf")
    else:
        bench.add(Figure("peers.libreoffice_ratio", "LibreOffice vs Lifebook", "×",
                         note="soffice is not on PATH"))


def _pdf_figures(bench: Bench, key: str, label: str, pdf: Path) -> None:
    facts = pdf_facts(pdf)
    bench.add(Figure(f"{key}.size", f"{label}: PDF size", "MB", [facts.bytes / 1e6],
                     note=f"{facts.pages} pages"))
    bench.add(Figure(f"{key}.min_ppi", f"{label}: lowest effective ppi", "ppi", [facts.min_ppi]))
    bench.add(Figure(f"{key}.max_ppi", f"{label}: highest effective ppi", "ppi", [facts.max_ppi]))


def _office_command(bench: Bench, soffice: str, docx: Path, out: Path) -> list[str]:
    profile = (bench.data.parent / "libreoffice-profile").as_uri()
    return [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
            "--outdir", str(out), str(docx)]


def _warm_up_office(bench: Bench, soffice: str) -> None:
    """Convert a one-line document first: LibreOffice's first start makes its profile."""
    from docx import Document

    tiny = bench.work / "warm-up.docx"
    document = Document()
    document.add_paragraph("Warming up")
    document.save(str(tiny))
    measure(_office_command(bench, soffice, tiny, bench.work), env=bench.env)


# --- memory: 60 -> 240 photos ---------------------------------------------------------------


def memory_growth(bench: Bench, library: Path, small: dict, large: dict) -> None:
    """Peak memory of a cold export of a small and a large book (one run each)."""
    bench.section = (f"1b. Peak memory of a cold export, {small['photos']} and {large['photos']} "
                     "photos (one run each)")
    peaks = {}
    for name, book in (("small", small), ("large", large)):
        shutil.rmtree(cache_of(library), ignore_errors=True)
        run = bench.run(f"export cold, {book['photos']} photos",
                        bench.lifebook(library, "export", "--book", str(book["book_id"]),
                                       "--out", str(bench.work / f"memory-{name}.pdf")))
        peaks[name] = bench.add(Figure(f"memory.export_{book['photos']}",
                                       f"cold export of {book['photos']} photos, peak memory", "MiB",
                                       [run.peak_mib], target=below(600, "< 600 MiB")))
    bench.add(ratio("memory.flat", f"peak memory, {large['photos']} vs {small['photos']} photos",
                    peaks["large"], peaks["small"], target=at_most(1.2, "flat: ≤ 1.2×")))


# --- 2: import ------------------------------------------------------------------------------


def import_photos(bench: Bench, files: list[Path]) -> None:
    lifebook, floor = [], []
    for rep in range(1, bench.reps + 1):
        library = bench.work / f"import-{rep}" / "library.sqlite3"
        library.parent.mkdir(parents=True)
        measure(bench.lifebook(library, "add-child", "--name", "Ruby Benchmark"), env=bench.env)
        lifebook.append(bench.run(f"import {rep}", bench.lifebook(
            library, "import-photos", "--child", "1", *map(str, files))))
        shutil.rmtree(library.parent)
        out = bench.work / f"floor-import-{rep}"
        floor.append(bench.run(f"floor import {rep}", [PY, str(HERE / "suite_peers.py"),
                                                       "floor-import", str(out), *map(str, files)]))
        shutil.rmtree(out)
    bench.section = f"2. Import of {len(files)} photos (CLI, into a new library)"
    i = timing_figures(bench, "import", "import", lifebook)
    f = timing_figures(bench, "floor.import", "the floor", floor)
    bench.add(ratio("import.vs_floor", "import vs the floor", i["wall"], f["wall"],
                    target=at_most(1.5, "≤ 1.5× floor")))
    bench.add(ratio("import.vs_floor_cpu", "import vs the floor, CPU time", i["cpu"], f["cpu"]))
    bench.add(Figure("import.per_photo", "import, per photo", "ms",
                     [r.wall / len(files) * 1000 for r in lifebook]))


# --- 3: start-up ------------------------------------------------------------------------------


def _first_paint(bench: Bench, what: str, cmd: list[str]) -> tuple[float, list[int]]:
    run = bench.run(what, cmd)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    seconds = report["painted_at"] - run.started_at
    bench.log(f"  first paint after {seconds:.2f} s")
    return seconds, report["size"]


def start_up(bench: Bench, library: Path, crowd: dict) -> None:
    driver = [PY, str(HERE / "suite_startup.py")]
    cache, saved = cache_of(library), library.with_name("saved.cache")
    shutil.copytree(cache, saved)
    _, size = _first_paint(bench, "start-up warm-up (not counted)", [*driver, "lifebook", "--library", str(library)])
    bare_cmd = [*driver, "bare", "--size", f"{size[0]}x{size[1]}"]
    _first_paint(bench, "bare window warm-up (not counted)", bare_cmd)
    bare, cached, uncached = [], [], []
    for rep in range(1, bench.reps + 1):
        bare.append(_first_paint(bench, f"bare window {rep}", bare_cmd)[0])
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(saved, cache)
        cached.append(_first_paint(bench, f"start-up, thumbnails cached {rep}",
                                   [*driver, "lifebook", "--library", str(library)])[0])
        shutil.rmtree(cache, ignore_errors=True)
        uncached.append(_first_paint(bench, f"start-up, no thumbnail cache {rep}",
                                     [*driver, "lifebook", "--library", str(library)])[0])
    bench.section = (f"3. Start-up to the first painted window ({size[0]}×{size[1]}, offscreen), "
                     f"{crowd['children']} children, {crowd['photos']} photos")
    b = bench.add(Figure("startup.bare", "bare PySide6 window", "s", bare))
    w = bench.add(Figure("startup.cached", "Lifebook, thumbnails cached", "s", cached))
    u = bench.add(Figure("startup.uncached", "Lifebook, no thumbnail cache", "s", uncached))
    bench.add(ratio("startup.cached_vs_bare", "thumbnails cached vs bare window", w, b,
                    target=at_most(2, "≤ 2× bare")))
    bench.add(ratio("startup.uncached_vs_bare", "no thumbnail cache vs bare window", u, b,
                    target=at_most(2, "≤ 2× bare")))


# --- 4: paging -------------------------------------------------------------------------------


def paging(bench: Bench, library: Path, book: dict) -> None:
    per_rep: dict[str, list[float]] = {"cold": [], "cold_max": [], "cached": [], "cached_max": []}
    for rep in range(1, bench.reps + 1):
        shutil.rmtree(cache_of(library), ignore_errors=True)
        run = bench.run(f"paging {rep}", [PY, str(HERE / "bench_editor.py"), "--library", str(library),
                                          "--book", str(book["book_id"]), "--json"])
        pages = json.loads(run.stdout.strip().splitlines()[-1])
        for name in ("cold", "cached"):
            per_rep[name].append(statistics.median(pages[name]))
            per_rep[f"{name}_max"].append(max(pages[name]))
    bench.section = f"4. Paging through a {book['pages']}-page book in the editor (1366×768, offscreen)"
    bench.add(Figure("paging.cold", "page change, screen images cold: median page", "ms", per_rep["cold"]))
    bench.add(Figure("paging.cold_max", "page change, screen images cold: slowest page", "ms",
                     per_rep["cold_max"], note="synchronous here"))
    bench.add(Figure("paging.cached", "cached page change: median page", "ms", per_rep["cached"],
                     target=below(16, "< 16 ms")))
    bench.add(Figure("paging.cached_max", "cached page change: slowest page", "ms", per_rep["cached_max"]))
