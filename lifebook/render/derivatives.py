"""Print derivatives: each placed photo as a clean JPEG at the print resolution.

For every ImageItem of a display list we make one JPEG that holds exactly
the pixels the page prints: the photo decoded only as large as needed
(``Image.draft`` for JPEGs), turned upright by its EXIF orientation, turned
again by the user's extra clockwise rotation, cropped to ``ImageItem.crop``,
resampled to the target ppi at its placed size (never upsampled), converted
to sRGB, and saved as a baseline JPEG with no metadata at all (no EXIF, no
GPS, no XMP, no ICC profile, no comment).

A photo Pillow would have to decode whole past bigimages.DECODE_BUDGET_PIXELS
(a huge PNG or TIFF; a huge JPEG cropped too deep for ``draft``) is read
through libvips instead: from a reduced working copy cached beside the
derivatives when that still has every pixel the print wants, otherwise by
streaming just the crop out of the original (lifebook/render/bigimages.py).
Either way the pixels match the Pillow path's and no worker holds the photo.

Derivatives are a disk cache keyed by the photo's SHA-256, the crop, the
orientation, the rotation and the pixel size, so they can be deleted at any
time, and an export where only words changed re-uses every one. Missing ones
are made in parallel across processes; tests inject ``InlineExecutor``.

Pillow (and libvips for huge photos); no Qt, no ReportLab.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms, ImageOps

from lifebook.fileio import write_atomically
from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.layout.display import ImageItem
from lifebook.render import bigimages
from lifebook.render.bigimages import (
    ensure_working_copy,
    read_region,
    vips_available,
    working_copy_size,
)
from lifebook.render.images import (
    EXIF_ORIENTATION,
    ORIENT_TRANSPOSE,
    ImageRejected,
    decode_reduced,
    open_image,
)

JPEG_QUALITY = 90
CACHE_VERSION = 1  # bump when the recipe changes, so old derivatives are not re-used
_JPEG_FORMATS = ("JPEG", "MPO")
_ROTATE_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,  # Pillow's ROTATE_* turn anticlockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class DerivativesCancelled(Exception):
    """The cancel check returned True while derivatives were being made."""


@dataclass(frozen=True)
class DerivativeSpec:
    """Everything that decides a derivative's pixels; equal specs share one file."""

    sha256: str
    source_path: str
    crop: tuple[float, float, float, float]
    orientation: int
    rotation: int  # 0, 90, 180 or 270, clockwise
    width: int  # wanted pixels at the target ppi (fewer if the photo has fewer)
    height: int

    @property
    def key(self) -> str:
        crop = ",".join(f"{c:.6f}" for c in self.crop)
        return (
            f"v{CACHE_VERSION}|q{JPEG_QUALITY}|{self.sha256}|{crop}|"
            f"o{self.orientation}|r{self.rotation}|{self.width}x{self.height}"
        )

    @property
    def file_name(self) -> str:
        digest = hashlib.sha256(self.key.encode("utf-8")).hexdigest()[:24]
        return f"{self.sha256[:16]}-{digest}.jpg"


def spec_for(item: ImageItem, ppi: int) -> DerivativeSpec:
    """The derivative an ImageItem needs at ``ppi`` pixels per inch of its placed size."""
    width = max(1, round(item.rect.w / 72.0 * ppi))
    height = max(1, round(item.rect.h / 72.0 * ppi))
    orientation = item.orientation if 1 <= item.orientation <= 8 else 1
    return DerivativeSpec(
        sha256=item.sha256,
        source_path=str(item.source_path),
        crop=_clamp_crop(item.crop),
        orientation=orientation,
        rotation=_normal_rotation(item.rotation),
        width=width,
        height=height,
    )


@dataclass
class DerivativeSet:
    """What ``make_derivatives`` made: a JPEG per item, and what could not be made."""

    paths: dict[ImageItem, Path] = field(default_factory=dict)
    failures: dict[ImageItem, str] = field(default_factory=dict)  # item -> plain reason
    hits: int = 0  # distinct derivatives found in the cache
    misses: int = 0  # distinct derivatives made now (or attempted)


class InlineExecutor(Executor):
    """Runs each job at once in the calling thread: for tests and tiny jobs."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future


def make_derivatives(
    items: Iterable[ImageItem],
    cache_dir: Path,
    *,
    ppi: int = 300,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    executor: Executor | None = None,
) -> DerivativeSet:
    """Find or make the print JPEG of every item; raise DerivativesCancelled on cancel.

    Without an ``executor`` a process pool with one worker per CPU makes the
    missing derivatives (only started when something is missing). Photos that
    cannot be read are reported in ``failures``, not raised.
    """
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    # One job per distinct file: the same photo at two paths (same SHA-256) is made once.
    by_spec: dict[DerivativeSpec, list[ImageItem]] = {}
    first_of: dict[str, DerivativeSpec] = {}
    for item in items:
        wanted = spec_for(item, ppi)
        spec = first_of.setdefault(wanted.file_name, wanted)
        by_spec.setdefault(spec, []).append(item)

    result = DerivativeSet()
    total = len(by_spec)
    done = 0
    missing: list[DerivativeSpec] = []
    for spec, spec_items in by_spec.items():
        path = cache_dir / spec.file_name
        if _usable(path):
            result.hits += 1
            done += 1
            for item in spec_items:
                result.paths[item] = path
        else:
            missing.append(spec)
    result.misses = len(missing)
    _report(progress, done, total)
    if not missing:
        return result

    own_pool = executor is None
    pool = executor or start_pool(min(os.cpu_count() or 1, len(missing)))

    def record(spec: DerivativeSpec, error: ImageRejected | None) -> None:
        nonlocal done
        done += 1
        for item in by_spec[spec]:
            if error is None:
                result.paths[item] = cache_dir / spec.file_name
            else:
                result.failures[item] = str(error)
        _report(progress, done, total)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise DerivativesCancelled()

    pending: dict[Future[tuple[int, int]], DerivativeSpec] = {}
    orphans: list[DerivativeSpec] = []  # jobs a broken pool dropped
    try:
        for spec in missing:
            check_cancel()
            future = pool.submit(build_derivative, spec, str(cache_dir / spec.file_name))
            pending[future] = spec
        while pending:
            finished, _ = wait(list(pending), timeout=0.1, return_when=FIRST_COMPLETED)
            check_cancel()
            for future in finished:
                spec = pending.pop(future)
                try:
                    future.result()
                except ImageRejected as exc:
                    record(spec, exc)
                except BrokenProcessPool:
                    orphans.append(spec)
                else:
                    record(spec, None)
    except BaseException:
        for future in pending:
            future.cancel()
        if own_pool:
            end_pool(pool, wait=False)  # a cancel is answered at once; the workers stop soon
        raise
    if own_pool:
        end_pool(pool)
    # A worker process that could not start (e.g. a frozen app without
    # multiprocessing.freeze_support()) must not fail the export: work here instead.
    for spec in orphans:
        check_cancel()
        try:
            build_derivative(spec, str(cache_dir / spec.file_name))
        except ImageRejected as exc:
            record(spec, exc)
        else:
            record(spec, None)
    return result


_live_pools = 0
_pools_lock = threading.Lock()


def start_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A process pool for image work; end it with ``end_pool``.

    Workers are started with "spawn" (safe beside Qt's threads) and each
    watches this process, so a killed Lifebook leaves none behind.
    """
    global _live_pools
    with _pools_lock:
        _live_pools += 1
    return ProcessPoolExecutor(
        max_workers=workers or os.cpu_count() or 1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=watch_parent,
        initargs=(os.getpid(),),
    )


def end_pool(pool: Executor, *, wait: bool = True) -> None:
    """Shut a ``start_pool`` pool down; the last one also stops multiprocessing's helper.

    A spawn pool starts multiprocessing's ``resource_tracker`` process, which
    otherwise lives as long as Lifebook (or a moment beyond a command). It is
    stopped once every pool has finished (it starts again with the next one).
    """
    global _live_pools
    pool.shutdown(wait=wait, cancel_futures=True)
    with _pools_lock:
        _live_pools -= 1
        last = _live_pools == 0
    if last and wait:
        _stop_resource_tracker()


def _stop_resource_tracker() -> None:
    from multiprocessing import resource_tracker

    gc.collect()  # the pool's queues unregister their semaphores before the tracker goes
    stop = getattr(getattr(resource_tracker, "_resource_tracker", None), "_stop", None)
    if stop is not None:  # a private helper of CPython 3.8 and later: used only if there
        with contextlib.suppress(Exception):
            stop()


def watch_parent(parent_pid: int, interval: float = 0.5) -> None:
    """In a worker: exit as soon as the process that started us is gone.

    A killed export (or a closed laptop lid ending Lifebook) must not leave
    workers decoding photos for nobody. The watch is a daemon thread that
    notices the worker has been handed to another parent.
    """

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, name="lifebook-parent-watch", daemon=True).start()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total, f"Preparing photos for print: {done} of {total}")


def _usable(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


# --- making one derivative (runs in a worker process) -------------------------


def build_derivative(spec: DerivativeSpec, out_path: str) -> tuple[int, int]:
    """Make the derivative JPEG of ``spec`` at ``out_path`` (atomically); return its size.

    Working copies of very large photos are kept beside the derivatives
    (``<cache>/working``): see lifebook.render.bigimages.
    """
    out = render_derivative(spec, working_dir=Path(out_path).parent)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
    write_atomically(Path(out_path), buf.getvalue())
    return out.size


@dataclass(frozen=True)
class _Geometry:
    """Where the spec's crop falls in the photo, and whether it is shrunk."""

    full: tuple[int, int]  # stored pixels, before any turn
    crop_w: float  # the crop in upright, turned pixels of the full photo
    crop_h: float
    keep_native: bool  # the crop has no more pixels than wanted: printed as they are
    scale: float  # wanted / crop (1.0 when native)


def _geometry(spec: DerivativeSpec, full_w: int, full_h: int) -> _Geometry:
    oriented = (full_h, full_w) if spec.orientation in (5, 6, 7, 8) else (full_w, full_h)
    turned = oriented[::-1] if spec.rotation in (90, 270) else oriented
    left, top, right, bottom = spec.crop
    crop_w = max(1e-6, (right - left) * turned[0])
    crop_h = max(1e-6, (bottom - top) * turned[1])
    # Keep the photo's own pixels when it has no more than we want.
    keep_native = crop_w * crop_h <= spec.width * spec.height
    scale = 1.0 if keep_native else max(spec.width / crop_w, spec.height / crop_h)
    return _Geometry((full_w, full_h), crop_w, crop_h, keep_native, scale)


def render_derivative(spec: DerivativeSpec, working_dir: Path | None = None) -> Image.Image:
    """The derivative's pixels: upright, rotated, cropped, resampled, sRGB, no metadata.

    When Pillow would have to decode more than bigimages.DECODE_BUDGET_PIXELS
    (a huge PNG or TIFF, or a huge JPEG cropped too deep for ``draft``), the
    pixels come from a working copy in ``working_dir`` (when it has enough
    of them) or from a streamed region read, never from a whole decode.
    """
    with open_image(Path(spec.source_path)) as im:
        fmt = im.format
        geo = _geometry(spec, *_stored_size(im))
        if not (_decoded_pixels(fmt, geo) > bigimages.DECODE_BUDGET_PIXELS and vips_available()):
            return _render_pillow(spec, im, geo)
    if fmt not in _JPEG_FORMATS and working_dir is not None and _working_copy_will_do(spec, geo):
        try:
            working = ensure_working_copy(Path(spec.source_path), spec.sha256, working_dir)
        except OSError:  # the cache cannot be written: the export says so
            raise
        except Exception as exc:  # libvips' own error type: the file is damaged
            raise ImageRejected(
                QT_TRANSLATE_NOOP("render.images", "is damaged and cannot be decoded ({why})"),
                why=bigimages.vips_reason(exc),
            ) from exc
        with open_image(working) as im:  # a JPEG with no EXIF: stored orientation
            return _render_pillow(spec, im, _geometry(spec, *im.size))
    return _render_region(spec, geo)


def _stored_size(im: Image.Image) -> tuple[int, int]:
    """The file's pixels before any turn (Pillow reports a turned TIFF as already upright)."""
    w, h = im.size
    if im.format == "TIFF" and _file_orientation(im) in (5, 6, 7, 8):
        return h, w
    return w, h


def _decoded_pixels(fmt: str | None, geo: _Geometry) -> float:
    """How many pixels the Pillow path would decode: all of them, bar a JPEG's draft."""
    full_w, full_h = geo.full
    reduce = 1
    if fmt in _JPEG_FORMATS:
        while reduce < 8 and geo.scale * reduce * 2 <= 1.0:
            reduce *= 2
    return (full_w / reduce) * (full_h / reduce)


def _working_copy_will_do(spec: DerivativeSpec, geo: _Geometry) -> bool:
    """True when the working copy still holds every pixel the print wants of this crop."""
    if geo.keep_native:  # the print wants all the original's pixels of this crop
        return False
    full_w, full_h = geo.full
    small_w, small_h = working_copy_size(full_w, full_h)
    shrink = min(small_w / full_w, small_h / full_h)
    return geo.crop_w * shrink >= spec.width and geo.crop_h * shrink >= spec.height


def _render_pillow(spec: DerivativeSpec, im: Image.Image, geo: _Geometry) -> Image.Image:
    full_w, full_h = geo.full
    if geo.scale < 1.0 and im.format in _JPEG_FORMATS:
        im.draft(im.mode, (math.ceil(full_w * geo.scale), math.ceil(full_h * geo.scale)))
    file_orientation = _file_orientation(im)
    upright = _reorient(_decode_srgb(im), file_orientation, spec.orientation)
    if spec.rotation:
        upright = upright.transpose(_ROTATE_CLOCKWISE[spec.rotation])
    left, top, right, bottom = spec.crop
    w, h = upright.size
    box = (left * w, top * h, right * w, bottom * h)
    if geo.keep_native:
        out = upright.crop(tuple(round(v) for v in box))  # type: ignore[arg-type]
    else:
        out = upright.resize(
            (spec.width, spec.height), Image.Resampling.LANCZOS, box=box, reducing_gap=3.0
        )
    if out.mode != "RGB":
        out = out.convert("RGB")
    out.info = {}  # nothing of the original's metadata travels on
    return out


def _render_region(spec: DerivativeSpec, geo: _Geometry) -> Image.Image:
    """Stream just the crop out of the stored file (libvips), then turn the small result."""
    steps = [step for step in (_ORIENT.get(spec.orientation), _ROTATE_CLOCKWISE.get(spec.rotation))
             if step is not None]  # fmt: skip
    left, top, right, bottom = spec.crop
    corners = [(left, top), (right, bottom)]
    for step in reversed(steps):
        corners = [_UNTURN[step](x, y) for x, y in corners]
    full_w, full_h = geo.full
    xs = sorted(min(full_w, max(0, round(x * full_w))) for x, _ in corners)
    ys = sorted(min(full_h, max(0, round(y * full_h))) for _, y in corners)
    box = (xs[0], ys[0], max(xs[1], xs[0] + 1), max(ys[1], ys[0] + 1))
    if box[2] > full_w:
        box = (box[0] - 1, box[1], full_w, box[3])
    if box[3] > full_h:
        box = (box[0], box[1] - 1, box[2], full_h)
    swapped = sum(step in _SWAPS for step in steps) % 2 == 1
    if geo.keep_native:
        size = (box[2] - box[0], box[3] - box[1])
    else:
        size = (spec.height, spec.width) if swapped else (spec.width, spec.height)
    try:
        out = read_region(Path(spec.source_path), box, size)
    except Exception as exc:  # libvips' own error type: the file is damaged
        raise ImageRejected(
            QT_TRANSLATE_NOOP("render.images", "is damaged and cannot be decoded ({why})"),
            why=bigimages.vips_reason(exc),
        ) from exc
    for step in steps:
        out = out.transpose(step)
    out.info = {}
    return out


def _decode_srgb(im: Image.Image) -> Image.Image:
    """Decode (at the drafted size), orient by the file's EXIF and convert to sRGB RGB."""
    icc = im.info.get("icc_profile")
    profile = _profile(icc) if icc else None
    if profile is not None and _colour_space(profile) != "RGB":
        early = _convert_before_rgb(im, profile)
        if early is not None:
            return early
        profile = None
    upright = decode_reduced(im, max(im.size))
    if profile is not None:  # even one named "sRGB": names are not to be trusted
        # A broken profile: the pixels as they are beat no photo.
        with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError):
            converted = ImageCms.profileToProfile(upright, profile, _srgb(), outputMode="RGB")
            upright = converted if converted is not None else upright
    return upright


def _convert_before_rgb(im: Image.Image, profile: ImageCms.ImageCmsProfile) -> Image.Image | None:
    """CMYK or grey photos with a profile: convert to sRGB before any naive RGB step."""
    exif = im.info.get("exif")
    try:
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageRejected(
            QT_TRANSLATE_NOOP("render.images", "is damaged and cannot be decoded ({why})"), why=exc
        ) from exc
    try:
        rgb = ImageCms.profileToProfile(im, profile, _srgb(), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return None
    assert rgb is not None
    if exif:
        rgb.info["exif"] = exif
        rgb = ImageOps.exif_transpose(rgb)
    return rgb


_ORIENT = ORIENT_TRANSPOSE
_UNDO = {**_ORIENT, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
_SWAPS = {
    Image.Transpose.ROTATE_90,
    Image.Transpose.ROTATE_270,
    Image.Transpose.TRANSPOSE,
    Image.Transpose.TRANSVERSE,
}
# Where a point (normalised 0..1) of a turned image was before the turn.
_UNTURN: dict[Image.Transpose, Callable[[float, float], tuple[float, float]]] = {
    Image.Transpose.FLIP_LEFT_RIGHT: lambda x, y: (1 - x, y),
    Image.Transpose.FLIP_TOP_BOTTOM: lambda x, y: (x, 1 - y),
    Image.Transpose.ROTATE_90: lambda x, y: (1 - y, x),  # undoes (x, y) -> (y, 1 - x)
    Image.Transpose.ROTATE_180: lambda x, y: (1 - x, 1 - y),
    Image.Transpose.ROTATE_270: lambda x, y: (y, 1 - x),  # undoes (x, y) -> (1 - y, x)
    Image.Transpose.TRANSPOSE: lambda x, y: (y, x),
    Image.Transpose.TRANSVERSE: lambda x, y: (1 - y, 1 - x),
}


def _file_orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(EXIF_ORIENTATION, 1)
    except Exception:  # a broken EXIF block: decode_reduced treats it as upright too
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _reorient(im: Image.Image, applied: int, wanted: int) -> Image.Image:
    """Turn an image oriented by the file's own tag to the layout's ``wanted`` orientation.

    They agree for every photo the store imported; this only matters when the
    layout was given a different orientation than the file carries.
    """
    if applied == wanted:
        return im
    if applied in _UNDO:
        im = im.transpose(_UNDO[applied])
    if wanted in _ORIENT:
        im = im.transpose(_ORIENT[wanted])
    return im


def _profile(icc: bytes) -> ImageCms.ImageCmsProfile | None:
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None


def _colour_space(profile: ImageCms.ImageCmsProfile) -> str:
    return str(getattr(profile.profile, "xcolor_space", "RGB ")).strip()


_SRGB: ImageCms.ImageCmsProfile | None = None


def _srgb() -> ImageCms.ImageCmsProfile:
    global _SRGB
    if _SRGB is None:
        _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _SRGB


def _clamp_crop(crop: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    left, top, right, bottom = (min(1.0, max(0.0, float(v))) for v in crop)
    if right <= left or bottom <= top:
        return (0.0, 0.0, 1.0, 1.0)
    return (left, top, right, bottom)


def _normal_rotation(rotation: int) -> int:
    return (round(rotation / 90) * 90) % 360
