"""On-demand benchmark of the print export (not collected by pytest).

Builds a book of N pages, each with its own 12-megapixel phone-style JPEG,
then times:
  - print derivatives, cold cache (process pool) and warm cache
  - the whole export, cold and warm
  - optionally the cold derivatives in one process, for comparison

    python tests/perf/bench_export.py [--pages 40] [--megapixels 12] [--inline]

Generated photos are kept in a temporary folder between runs (pass --fresh
to make them again); the derivative cache is always started empty.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from lifebook.layout.display import ImageItem  # noqa: E402
from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent  # noqa: E402
from lifebook.model.enums import BookKind  # noqa: E402
from lifebook.model.trim import TrimSize  # noqa: E402
from lifebook.render.derivatives import InlineExecutor, make_derivatives  # noqa: E402
from lifebook.services.export import ExportOptions, export_book  # noqa: E402


def make_photo(path: Path, megapixels: float, seed: int) -> None:
    """A noisy, photo-like JPEG (gradient + shapes + grain): realistic to decode."""
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    small = Image.linear_gradient("L").resize((width // 8, height // 8))
    base = Image.merge(
        "RGB",
        (small, small.rotate(90 + seed * 7), small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)),
    ).resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(base)
    for i in range(12):
        x, y = (seed * 97 + i * 331) % width, (seed * 53 + i * 211) % height
        draw.ellipse((x, y, x + width // 6, y + width // 6), fill=((i * 40) % 255, 120, 200))
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    photo = Image.blend(base, grain, 0.12)
    exif = Image.Exif()
    exif[0x0112] = 6 if seed % 3 == 0 else 1  # some portrait phone photos
    photo.save(path, "JPEG", quality=90, exif=exif.tobytes())


def make_book(photos: list[Path]) -> BookContent:
    pages = []
    for number, path in enumerate(photos, start=1):
        with Image.open(path) as im:
            size, orientation = im.size, im.getexif().get(0x0112, 1)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        media = MediaRef(number, sha, path, size[0], size[1], orientation)
        if number % 2:
            template = "full-bleed-photo"
            frames = {"photo1": FrameContent("photo1", media=media)}
        else:
            template = "photo-text"
            frames = {
                "heading": FrameContent("heading", f"Page {number}"),
                "photo1": FrameContent("photo1", media=media),
                "caption1": FrameContent("caption1", "Ruby and Nana at the seaside"),
                "text": FrameContent("text", "Ruby loves the sea. She swam every morning."),
            }
        section = f"Chapter {(number - 1) // 10 + 1}"
        pages.append(PageContent(number, number, template, section, frames=frames))
    return BookContent(
        book_id=1,
        kind=BookKind.LIFE_STORY,
        title="Benchmark book",
        trim=TrimSize.A4_PORTRAIT,
        child_name="Ruby",
        pages=tuple(pages),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--inline", action="store_true", help="also time one-process derivatives")
    parser.add_argument("--fresh", action="store_true", help="make the photos again")
    args = parser.parse_args()

    photo_dir = Path(tempfile.gettempdir()) / f"lifebook-bench-{args.megapixels:g}mp"
    if args.fresh:
        shutil.rmtree(photo_dir, ignore_errors=True)
    photo_dir.mkdir(exist_ok=True)
    started = time.perf_counter()
    photos = []
    for i in range(args.pages):
        path = photo_dir / f"photo-{i:03d}.jpg"
        if not path.exists():
            make_photo(path, args.megapixels, i)
        photos.append(path)
    print(
        f"{args.pages} photos of {args.megapixels:g} MP ready in {time.perf_counter() - started:.1f} s"
    )

    book = make_book(photos)
    from lifebook.layout.engine import layout_book

    layouts = layout_book(book)
    items = [i for page in layouts for i in page.items if isinstance(i, ImageItem)]
    print(f"{len(layouts)} pages, {len(items)} photos, {os.cpu_count()} CPUs")

    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        cache = work_dir / "cache"
        t0 = time.perf_counter()
        cold = make_derivatives(items, cache)
        t1 = time.perf_counter()
        warm = make_derivatives(items, cache)
        t2 = time.perf_counter()
        print(f"derivatives, cold cache (process pool): {t1 - t0:6.2f} s  ({cold.misses} made)")
        print(f"derivatives, warm cache:                {t2 - t1:6.2f} s  ({warm.hits} re-used)")
        if args.inline:
            t3 = time.perf_counter()
            make_derivatives(items, work_dir / "inline", executor=InlineExecutor())
            print(f"derivatives, cold cache (one process):  {time.perf_counter() - t3:6.2f} s")

        shutil.rmtree(cache)
        out = work_dir / "book.pdf"
        result = export_book(book, out, ExportOptions(), cache_dir=cache)
        size = out.stat().st_size / 1e6
        print(f"whole export, cold cache:               {result.elapsed:6.2f} s  ({size:.1f} MB)")
        result = export_book(book, out, ExportOptions(), cache_dir=cache)
        print(f"whole export, warm cache:               {result.elapsed:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
