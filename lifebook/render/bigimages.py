"""Very large photos, read without ever holding them whole in memory.

Pillow decodes a PNG, TIFF, WebP or HEIC photo whole: a 150-megapixel PNG is
600 MB before any conversion (Pillow keeps RGB at four bytes a pixel), and
only JPEGs can be decoded smaller (``Image.draft``). So when the Pillow path
of a print derivative would decode more than ``DECODE_BUDGET_PIXELS``, the
pixels come from libvips (pyvips) instead, which streams the file a few rows
at a time:

- a **working copy** of the whole photo (non-JPEG sources only): shrunk to at
  most ``WORKING_EDGE`` pixels on its long side (``WORKING_PIXELS`` in all), in sRGB, flattened on white,
  in the file's stored orientation (the EXIF turn is left to the derivative,
  as for the original), saved as a quality 95 JPEG without metadata. It is
  made once per photo (keyed by its SHA-256) in ``<cache>/working/``, a cache
  that can be deleted at any time. A derivative uses it only when it holds at
  least the pixels the print wants, so the printed ppi is what the layout's
  findings said.
- a **region read** for the rest (a deep crop wanting more than the working
  copy has, or a huge JPEG whose crop defeats ``draft``): libvips crops the
  stored file and shrinks just that region.

Both keep a worker's memory to tens of megabytes above its size at rest.
Without pyvips everything falls back to Pillow, as before.

No Qt. libvips is imported lazily, so processes that never meet a big photo
do not load it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PIL import Image

from lifebook.fileio import write_atomically

# A Pillow decode larger than this goes through libvips. 24 MP of RGBA is 96 MB, and
# Pillow's conversions (alpha on white, colour profile) roughly treble it. The variable
# exists for tests/perf/bench_big_photos.py's "before" run (spawned workers inherit it).
DECODE_BUDGET_PIXELS = int(os.environ.get("LIFEBOOK_DECODE_BUDGET_PIXELS", "24000000"))
WORKING_EDGE = 6000  # long side of a working copy: A4 full bleed at 300 ppi is 3,579 px
WORKING_PIXELS = 24_000_000  # and its area, so decoding it stays within the budget above
WORKING_QUALITY = 95
WORKING_VERSION = 1  # bump when the working copy recipe changes
LOCK_STALE_SECONDS = 600.0

_vips: Any = None
_vips_checked = False


def vips() -> Any | None:
    """The pyvips module, set up for one small job at a time; None when it cannot load."""
    global _vips, _vips_checked
    if not _vips_checked:
        _vips_checked = True
        try:
            import pyvips
        except (ImportError, OSError):  # pragma: no cover - pyvips is a declared dependency
            return None
        pyvips.cache_set_max(0)  # keep no decoded pixels between jobs
        pyvips.cache_set_max_mem(0)
        # One thread per job: the export already runs a process per CPU, PNG decoding is
        # sequential anyway, and each extra thread holds its own buffers (150 MP PNG
        # working copy: 144 MB peak with one thread, 195 MB with two; no slower).
        pyvips.concurrency_set(1)
        _vips = pyvips
    return _vips


def vips_available() -> bool:
    return vips() is not None


def working_copy_path(cache_dir: Path, sha256: str) -> Path:
    return Path(cache_dir) / "working" / f"{sha256}-v{WORKING_VERSION}-{WORKING_EDGE}.jpg"


def working_copy_size(width: int, height: int) -> tuple[int, int]:
    """The stored pixel size of the working copy of a ``width`` × ``height`` photo."""
    scale = min(1.0, WORKING_EDGE / max(width, height), (WORKING_PIXELS / (width * height)) ** 0.5)
    if scale >= 1.0:
        return width, height
    return max(1, round(width * scale)), max(1, round(height * scale))


def ensure_working_copy(source: Path, sha256: str, cache_dir: Path) -> Path:
    """The working copy of ``source``, made now if it is missing (once, across processes)."""
    target = working_copy_path(cache_dir, sha256)
    if _usable(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(target.with_suffix(".lock")):
        if not _usable(target):  # another process may have made it while we waited
            write_atomically(target, _working_copy_bytes(source))
    return target


def read_region(
    source: Path, box: tuple[int, int, int, int], size: tuple[int, int]
) -> Image.Image:
    """Pixels ``box`` (left, top, right, bottom, stored orientation) of ``source`` at ``size``.

    Streams the file through libvips; returns a small RGB Pillow image in sRGB.
    The EXIF orientation is not applied: the caller turns the result.
    """
    pv = _require()
    left, top, right, bottom = box
    image = pv.Image.new_from_file(str(source), access="sequential", fail_on="error")
    image = image.crop(left, top, right - left, bottom - top)
    width, height = size
    if (width, height) != (image.width, image.height):
        image = image.resize(width / image.width, vscale=height / image.height, kernel="lanczos3")
    return _to_pillow(_srgb_on_white(image))


def thumbnail(source: Path, max_edge: int) -> Image.Image:
    """``source`` shrunk to fit ``max_edge`` (stored orientation, sRGB on white), streamed."""
    pv = _require()
    image = pv.Image.thumbnail(
        str(source), max_edge, height=max_edge, size="down", no_rotate=True, fail_on="error"
    )
    return _to_pillow(_srgb_on_white(image))


def _working_copy_bytes(source: Path) -> bytes:
    pv = _require()
    header = pv.Image.new_from_file(str(source), access="sequential")
    width, height = working_copy_size(header.width, header.height)
    image = pv.Image.thumbnail(
        str(source), width, height=height, size="down", no_rotate=True, fail_on="error",
    )  # fmt: skip
    image = _srgb_on_white(image)
    return bytes(image.jpegsave_buffer(Q=WORKING_QUALITY, keep="none", subsample_mode="off"))


def _srgb_on_white(image: Any) -> Any:
    """sRGB, 8 bits, three bands: the photo's own profile applied, transparency on white."""
    pv = _require()
    if image.get_typeof("icc-profile-data") != 0:
        with contextlib.suppress(pv.Error):  # a broken profile: the pixels as they are
            image = image.icc_transform("srgb", embedded=True, intent="perceptual")
    if image.interpretation not in ("srgb",) or image.format != "uchar":
        image = image.colourspace("srgb")
    if image.hasalpha():
        image = image.flatten(background=[255, 255, 255])
    if image.bands > 3:
        image = image.extract_band(0, n=3)
    elif image.bands == 1:
        image = image.bandjoin([image, image])
    return image.cast("uchar")


def _to_pillow(image: Any) -> Image.Image:
    data = image.write_to_memory()
    out = Image.frombytes("RGB", (image.width, image.height), data)
    out.info = {}
    return out


def vips_reason(exc: BaseException) -> str:
    """libvips' most specific line of an error ("pngload: ... truncated"), for a message."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def _require() -> Any:
    pv = vips()
    if pv is None:  # pragma: no cover - callers check vips_available() first
        raise RuntimeError("pyvips is not available")
    return pv


def _usable(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


@contextlib.contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """Hold ``lock`` (a file made with O_EXCL) so one process makes a working copy at a time.

    A lock older than LOCK_STALE_SECONDS belongs to a process that died and is broken.
    """
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > LOCK_STALE_SECONDS:
                    lock.unlink()
            except OSError:
                pass
            time.sleep(0.05)
            continue
        break
    try:
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
