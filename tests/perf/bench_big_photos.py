"""On-demand benchmark: peak memory of every export process for huge PNG/TIFF photos.

Issue 21: a 150-megapixel PNG took 1.45 GB across two worker processes. This
exports a book holding a 150 MP RGBA PNG and a 100 MP TIFF (each placed twice,
full-bleed and on a photo-and-text page, so two workers meet the same photo)
with the real process pool, and polls /proc for the peak resident memory
(VmHWM) of the exporting process and of each worker. Linux only.

    python tests/perf/bench_big_photos.py            # after: libvips for huge photos
    python tests/perf/bench_big_photos.py --before   # Pillow decodes them whole

The photos are made once, by a separate process, in the temporary folder
(--fresh makes them again); every run starts with an empty derivative cache.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parents[1]
for extra in (_ROOT, _HERE):  # run from a checkout without installing
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent  # noqa: E402

PHOTOS = {  # name: (width, height, Pillow mode, format, save options)
    "huge-150mp.png": (14142, 10607, "RGBA", "PNG", {"compress_level": 1}),
    "huge-100mp.tif": (11547, 8660, "RGB", "TIFF", {"compression": "tiff_adobe_deflate"}),
}


def make_photos(folder: Path) -> None:
    """Make the photos (in a process of their own: their memory is not the export's)."""
    from PIL import Image, ImageDraw

    for name, (width, height, mode, fmt, options) in PHOTOS.items():
        path = folder / name
        if path.exists():
            continue
        small = Image.linear_gradient("L").resize((width // 16, height // 16))
        base = Image.merge("RGB", (small, small.rotate(90), small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
        im = base.resize((width, height), Image.Resampling.BILINEAR)
        draw = ImageDraw.Draw(im)
        draw.rectangle((0, 0, width, height // 6), fill=(220, 20, 20))  # a red band on top
        for i in range(10):
            x, y = (i * 1301) % width, (i * 977) % height
            draw.ellipse((x, y, x + width // 7, y + width // 7), fill=(250, 220, 40))
        if mode == "RGBA":
            im = im.convert("RGBA")
        part = path.with_suffix(".part")
        im.save(part, fmt, **options)
        part.rename(path)
        print(f"made {name} ({width * height / 1e6:.0f} MP, {path.stat().st_size / 1e6:.0f} MB)")


class PeakWatch:
    """Polls /proc for the peak memory (VmHWM) of this process and all its descendants."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}  # pid -> MB
        self.total_peak = 0.0  # the most resident at one moment, all processes together
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        root = os.getpid()
        while not self._stop.is_set():
            total = 0.0
            for pid in [root, *_descendants(root)]:
                status = _status(pid)
                if status:
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), status.get("VmHWM", 0.0))
                    total += status.get("VmRSS", 0.0)
            self.total_peak = max(self.total_peak, total)
            time.sleep(self.interval)


def _status(pid: int) -> dict[str, float]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    found = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(value.split()[0]) / 1024
    return found


def _descendants(pid: int) -> list[int]:
    found = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in map(int, children):
        found += [child, *_descendants(child)]
    return found


def make_book(photos: list[Path]) -> BookContent:
    """bench_export's book, without its getexif() (which decodes a PNG whole)."""
    import bench_export

    from lifebook.store.media import sha256_of

    book = bench_export.make_book([])
    pages = []
    for number, path in enumerate(photos, start=1):
        width, height = PHOTOS[path.name][:2]
        media = MediaRef(number, sha256_of(path), path, width, height, 1)
        frames = {"photo1": FrameContent("photo1", media=media)}
        if number % 2 == 0:
            frames["caption1"] = FrameContent("caption1", "Ruby at the seaside")
        template = "full-bleed-photo" if number % 2 else "photo-text"
        pages.append(PageContent(number, number, template, "Photos", frames=frames))
    return dataclasses.replace(book, pages=tuple(pages))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", action="store_true", help="decode huge photos whole (old way)")
    parser.add_argument("--fresh", action="store_true", help="make the photos again")
    parser.add_argument("--make-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_only:
        make_photos(args.make_only)
        return 0
    if not sys.platform.startswith("linux"):
        print("This benchmark reads /proc: run it on Linux.")
        return 1

    folder = Path(tempfile.gettempdir()) / "lifebook-bench-bigphotos"
    folder.mkdir(exist_ok=True)
    if args.fresh:
        for name in PHOTOS:
            (folder / name).unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--make-only", str(folder)], check=True)
    print(f"photos ready in {time.perf_counter() - started:.1f} s")

    if args.before:
        os.environ["LIFEBOOK_DECODE_BUDGET_PIXELS"] = str(10**12)  # workers inherit it
    from lifebook.services.export import ExportOptions, export_book

    photos = [folder / name for name in PHOTOS for _ in range(2)]
    book = make_book(photos)  # each photo full-bleed, then on a photo-and-text page
    with tempfile.TemporaryDirectory() as work, PeakWatch() as watch:
        out = Path(work) / "book.pdf"
        result = export_book(book, out, ExportOptions(), cache_dir=Path(work) / "cache")
        size = out.stat().st_size / 1e6
    me = os.getpid()
    workers = sorted((mb for pid, mb in watch.peaks.items() if pid != me), reverse=True)
    label = "before (whole decodes)" if args.before else "after (working copies, libvips)"
    print(f"{label}: {result.pages} pages, {result.images} photos, {os.cpu_count()} CPUs")
    print(f"  export time:                {result.elapsed:6.1f} s  (PDF {size:.1f} MB)")
    print(f"  exporting process peak:     {watch.peaks.get(me, 0):6.0f} MB")
    print(f"  worker peaks:               {', '.join(f'{mb:.0f} MB' for mb in workers) or '-'}")
    print(f"  all processes at one time:  {watch.total_peak:6.0f} MB")
    print(f"  highest single process:     {max(watch.peaks.values()):6.0f} MB (limit 600 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
