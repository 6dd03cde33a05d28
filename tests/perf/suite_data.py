"""The benchmark suite's photos: made from a seed, kept in a temporary folder between runs.

A realistic phone camera roll, photo ``i`` of the roll always the same:
- 12 MP JPEGs (4032×3024) with gradients, shapes and sensor-like grain, so
  they decode and compress like photos (about 2 MB each); every third is a
  portrait shot stored landscape with EXIF orientation 6, a few upside down (3)
  or turned the other way (8); each has a date taken;
- some iPhone HEICs (12 MP), a few 48 MP JPEGs (8064×6048), and some PNG
  screenshots (1170×2532, flat colours and "text").

No numpy: the grain is a tile of seeded random bytes (``random.randbytes``),
pasted over the photo, so a 12 MP photo takes about half a second to make.
Photos are made over two processes; a photo already on disk is not made again.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

DATA_VERSION = 1  # bump when the recipe changes: the cache folder's name changes with it
SEED = 20261127
SIZE_12MP = (4032, 3024)
SIZE_48MP = (8064, 6048)
SIZE_SCREENSHOT = (1170, 2532)
_TILE = 512
_EXIF_IFD, _DATETIME_ORIGINAL, _ORIENTATION = 0x8769, 0x9003, 0x0112


def kind_of(index: int) -> str:
    """What photo ``index`` of the roll is: "heic", "48mp", "png" or "jpeg"."""
    if index % 50 == 7:
        return "heic"
    if index % 40 == 13:
        return "48mp"
    if index % 25 == 4:
        return "png"
    return "jpeg"


def orientation_of(index: int) -> int:
    if kind_of(index) in ("png", "heic"):
        return 1
    if index % 3 == 0:
        return 6  # portrait, phone held upright
    return {11: 3, 23: 8}.get(index % 30, 1)


def file_name(index: int) -> str:
    ext = {"heic": "heic", "png": "png"}.get(kind_of(index), "jpg")
    return f"photo-{index:04d}.{ext}"


def data_dir(root: Path | None = None) -> Path:
    base = root or Path(os.environ.get("LIFEBOOK_BENCH_DATA", "")) or None
    if base is None or str(base) == ".":
        import tempfile

        base = Path(tempfile.gettempdir()) / "lifebook-bench-suite"
    folder = base / f"photos-v{DATA_VERSION}-seed{SEED}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ensure_photos(count: int, root: Path | None = None, workers: int = 2) -> list[Path]:
    """The first ``count`` photos of the roll, made where missing (over ``workers`` processes)."""
    folder = data_dir(root)
    paths = [folder / file_name(i) for i in range(count)]
    missing = [i for i, p in enumerate(paths) if not p.exists()]
    if missing:
        # the slow ones (HEIC, 48 MP) first, so the two processes finish together
        missing.sort(key=lambda i: kind_of(i) == "jpeg")
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_make, [(i, str(folder)) for i in missing]))
    return paths


def _make(job: tuple[int, str]) -> None:
    index, folder = job
    target = Path(folder) / file_name(index)
    part = target.with_name(target.name + ".part")
    make_photo(index, part)
    part.rename(target)


def make_photo(index: int, path: Path) -> None:
    """Write photo ``index`` of the roll to ``path`` (its format from kind_of)."""
    kind = kind_of(index)
    rng = random.Random(SEED * 1000 + index)
    if kind == "png":
        _screenshot(rng).save(path, "PNG", compress_level=6)
        return
    size = SIZE_48MP if kind == "48mp" else SIZE_12MP
    photo = _photo(rng, size)
    taken = datetime(2016, 1, 1) + timedelta(days=index * 5 + rng.randrange(4), hours=rng.randrange(9, 19))
    exif = Image.Exif()
    exif[_ORIENTATION] = orientation_of(index)
    exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if kind == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
        # x265's fastest preset: a 12 MP HEIC still takes ~9 s to encode (once)
        photo.save(path, "HEIF", quality=70, exif=exif.tobytes(), enc_params={"preset": "ultrafast"})
    else:
        photo.save(path, "JPEG", quality=90, exif=exif.tobytes())


def _noise_tile(rng: random.Random) -> Image.Image:
    """Grey grain around 128, seeded (uniform noise softened a little)."""
    raw = Image.frombytes("L", (_TILE, _TILE), rng.randbytes(_TILE * _TILE))
    return raw.filter(ImageFilter.BoxBlur(0.6))


def _photo(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    colour = [rng.randrange(256) for _ in range(6)]
    ramp = Image.linear_gradient("L").resize((64, 48))
    channels = [
        ramp.point(lambda v, a=colour[c], b=colour[c + 3]: a + (b - a) * v // 255)
        for c in range(3)
    ]
    channels[1] = channels[1].rotate(rng.choice((90, 180, 270)))
    small = Image.merge("RGB", channels).resize((width // 8, height // 8), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(small)
    for _ in range(14):  # people, trees, a ball: soft shapes with edges to compress
        x, y = rng.randrange(width // 8), rng.randrange(height // 8)
        r = rng.randrange(width // 80, width // 20)
        fill = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    small = small.filter(ImageFilter.GaussianBlur(1.5))
    photo = small.resize(size, Image.Resampling.BICUBIC)
    grain = Image.new("L", size)
    tile = _noise_tile(rng)
    for y in range(0, height, _TILE):
        for x in range(0, width, _TILE):
            grain.paste(tile, (x, y))
    # sensor grain: +-16 levels on every channel
    grain_rgb = Image.merge("RGB", (grain, grain, grain))
    return Image.blend(photo, grain_rgb, 0.12)


def _screenshot(rng: random.Random) -> Image.Image:
    """A phone screenshot: flat colours, bars of "text" and a photo thumbnail."""
    width, height = SIZE_SCREENSHOT
    im = Image.new("RGB", SIZE_SCREENSHOT, (246, 246, 248))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, width, 140), fill=(30, 110, 200))
    y = 200
    while y < height - 120:
        line = rng.randrange(width // 3, width - 80)
        draw.rounded_rectangle((60, y, line, y + 34), 10, fill=(60, 60, 70))
        y += rng.choice((60, 60, 60, 140))
        if rng.random() < 0.08:
            thumb = _photo(rng, (width - 120, 500)).resize((width - 120, 500))
            im.paste(thumb, (60, y))
            y += 560
    return im
