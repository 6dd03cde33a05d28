"""Benchmark: paging through a 60-page book in the editor.

Run on demand: ``python tests/perf/bench_editor.py [--pages 60]``. Prints
figures; asserts nothing (speed targets live here, not in unit tests).
``--library L --book N [--json]`` pages through a book of an existing library
instead (tests/perf/run.py does, with its own photos).

It builds a library with a 60-page life story book of 12-megapixel photos,
then measures, with the real widgets offscreen:
- laying out one page (the display list),
- painting the canvas on a page change, with screen images cold and warm,
- rendering a page-strip thumbnail,
- peak memory (RSS) while paging, to show originals are not held in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lifebook.layout.engine import layout_page  # noqa: E402
from lifebook.model.enums import BookKind  # noqa: E402
from lifebook.render.qt import render_page_image  # noqa: E402
from lifebook.services.books import new_book  # noqa: E402
from lifebook.services.children import add_child  # noqa: E402
from lifebook.services.photos import import_photos  # noqa: E402
from lifebook.store.db import Library  # noqa: E402
from lifebook.ui.editor.editor import BookEditor  # noqa: E402
from lifebook.ui.jobs import InlineJobRunner  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_photos(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        im = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
        im.paste((40 * (n % 6), 90, 200 - 20 * (n % 8)), (200 + 30 * n % 3000, 300, 1400 + 30 * n % 3000, 1800))
        path = folder / f"photo-{n:03d}.jpg"
        im.save(path, "JPEG", quality=88)
        paths.append(path)
    return paths


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def page_through(library: Library, book_id: int) -> dict[str, list[float]]:
    """Open the book in a real editor (offscreen, 1366×768) and show every page twice.

    Returns per-page milliseconds: ``layout`` (the display list), ``cold``
    (page change, screen images not yet decoded), ``cached`` (page change
    again, images in memory) and ``thumbnail`` (a page-strip thumbnail), and
    ``peak_rss_mb`` (one value: this process's peak resident memory).
    """
    app = QApplication.instance() or QApplication([])
    editor = BookEditor(library, book_id, runner=InlineJobRunner())
    editor.resize(1366, 768)
    editor.show()
    app.processEvents()
    pages = [p.page_id for p in editor.doc.pages]
    layout_ms = [timed(lambda p=p: layout_page(editor.doc.content, p)) for p in editor.doc.pages]

    def show(page_id: int) -> None:
        editor.doc.selection.select_page(page_id)
        editor.canvas.viewport().repaint()

    cold = [timed(lambda p=p: show(p)) for p in pages]
    cached = [timed(lambda p=p: show(p)) for p in pages]
    thumbs = [timed(lambda p=p: render_page_image(editor.doc.layout(p), 0.25, editor.images))
              for p in pages]
    editor.close()
    return {"layout": layout_ms, "cold": cold, "cached": cached, "thumbnail": thumbs,
            "peak_rss_mb": [rss_mb()]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--library", type=Path, help="page through a book of this library instead")
    parser.add_argument("--book", type=int, help="with --library: the book's id")
    parser.add_argument("--json", action="store_true", help="print the per-page figures as JSON")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    if args.library:
        lib = Library.open(args.library)
        figures = page_through(lib, args.book)
        lib.close()
        if args.json:
            print(json.dumps(figures))
        else:
            report(figures)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lib = Library.open(folder / "library.sqlite3")
        child = add_child(lib, "Benchmark Child")
        photos_needed = max(4, (args.pages - 10) * 4)
        t = time.perf_counter()
        paths = make_photos(folder, photos_needed)
        print(f"made {len(paths)} 12 MP photos in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        import_photos(lib, child.id, paths)
        print(f"imported them in {time.perf_counter() - t:.1f} s "
              f"({(time.perf_counter() - t) / len(paths) * 1000:.0f} ms each, thumbnail included)")
        book = new_book(lib, child.id, BookKind.LIFE_STORY, autoflow=True)
        print(f"book: {book.pages} pages")
        report(page_through(lib, book.id))
        lib.close()


def report(figures: dict[str, list[float]]) -> None:
    layout_ms, cold, warm = figures["layout"], figures["cold"], figures["cached"]
    print(f"layout one page: median {statistics.median(layout_ms):.1f} ms, "
          f"max {max(layout_ms):.1f} ms")
    print(f"page change, screen images cold: median {statistics.median(cold):.0f} ms, "
          f"max {max(cold):.0f} ms (synchronous here; threaded in the app)")
    print(f"page change, screen images warm: median {statistics.median(warm):.0f} ms, "
          f"max {max(warm):.0f} ms")
    print(f"page thumbnail render: median {statistics.median(figures['thumbnail']):.1f} ms")
    print(f"peak memory (RSS): {figures['peak_rss_mb'][0]:.0f} MB")


if __name__ == "__main__":
    main()
