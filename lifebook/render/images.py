"""Decoding photos: open any supported format, read what we need, make thumbnails.

Pillow only; no Qt. Print derivatives live in render/derivatives.py.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from lifebook import i18n
from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.render import bigimages

try:  # iPhone photos
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    HEIF_AVAILABLE = False

MAX_MEGAPIXELS = 200  # real phone photos go up to 200 MP
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000
# Pillow's own bomb guard: errors beyond 2x this. Our explicit check runs first.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

SUPPORTED_FORMATS = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "HEIF": "heic",
    "AVIF": "avif",
    "TIFF": "tif",
    "BMP": "bmp",
    "GIF": "gif",
    "MPO": "jpg",  # phones' multi-picture JPEGs: read as their first picture
}

EXIF_ORIENTATION = 0x0112
EXIF_DATETIME = 0x0132
EXIF_IFD = 0x8769
EXIF_DATETIME_ORIGINAL = 0x9003
GPS_IFD = 0x8825


REASONS = "render.images"  # the catalogue context of the reasons a photo is refused


class ImageRejected(ValueError):
    """The file cannot be used as a photo; ``str()`` says why, in the user's language.

    The reason is a sentence that follows the file's name ("is damaged and cannot
    be decoded (...)"). It is often found in a worker process of the import or
    export pool, which has no translator, so the exception keeps the sentence's
    source text, its catalogue context and its values, travels between processes
    as those (``__reduce__``), and is translated only when it is put into words:
    in the process that shows it. Raise it with a literal sentence marked for the
    catalogue and named placeholders (never an f-string, never joined pieces)::

        raise ImageRejected(QT_TRANSLATE_NOOP("render.images", "could not be read ({why})"),
                            why=exc.strerror)

    A sentence marked in another context names it: ``context="services.photos"``.
    Values are kept as text (numbers formatted by the caller).
    """

    def __init__(self, text: str, /, context: str = REASONS, **values: object) -> None:
        self.text = text
        self.context = context
        self.values = {name: str(value) for name, value in values.items()}
        super().__init__(_fill(text, self.values, text))  # args: the UK English sentence

    def __str__(self) -> str:
        # the one lookup of every kept sentence; lupdate finds them where they are marked
        return _fill(i18n.translate(self.context, self.text), self.values, self.text)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rejected_again, (type(self), self.text, self.context, self.values))


def _rejected_again(kind: type[ImageRejected], text: str, context: str,
                    values: dict[str, str]) -> ImageRejected:
    """An ImageRejected rebuilt on the other side of a process boundary (unpickling)."""
    return kind(text, context, **values)


def _fill(sentence: str, values: dict[str, str], source: str) -> str:
    """``sentence`` with its values; a translation with broken placeholders gives the source."""
    try:
        return sentence.format(**values)
    except (KeyError, IndexError, ValueError):
        try:
            return source.format(**values)
        except (KeyError, IndexError, ValueError):
            return source


@dataclass(frozen=True)
class ImageInfo:
    format: str  # Pillow format name, e.g. "JPEG", "HEIF"
    extension: str  # canonical file extension without the dot
    width: int  # stored pixels, before orientation
    height: int
    orientation: int  # EXIF orientation 1..8 (1 when absent)
    taken_at: datetime | None
    has_gps: bool
    frames: int = 1


def _exif_datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def read_info(im: Image.Image) -> ImageInfo:
    fmt = im.format or "UNKNOWN"
    try:
        exif = Image.Exif() if _exif_needs_decode(im) else im.getexif()
    except Exception:  # a broken EXIF block must not stop the photo
        exif = Image.Exif()
    orientation = exif.get(EXIF_ORIENTATION, 1)
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        orientation = 1
    taken = None
    try:
        taken = _exif_datetime(exif.get_ifd(EXIF_IFD).get(EXIF_DATETIME_ORIGINAL))
        has_gps = bool(exif.get_ifd(GPS_IFD))
    except Exception:
        has_gps = GPS_IFD in exif
    taken = taken or _exif_datetime(exif.get(EXIF_DATETIME))
    width, height = im.size
    if fmt == "TIFF" and orientation in (5, 6, 7, 8):  # Pillow reports these TIFFs upright
        width, height = height, width
    return ImageInfo(
        format=fmt,
        extension=SUPPORTED_FORMATS.get(fmt, fmt.lower()),
        width=width,
        height=height,
        orientation=orientation,
        taken_at=taken,
        has_gps=has_gps,
        frames=getattr(im, "n_frames", 1),
    )


def open_image(path: Path) -> Image.Image:
    """Open a photo lazily (header only), raising ImageRejected with a plain reason."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _explain(exc) from exc
    except OSError as exc:
        raise ImageRejected(QT_TRANSLATE_NOOP("render.images", "could not be read ({why})"),
                            why=exc.strerror or exc) from exc
    if im.format not in SUPPORTED_FORMATS:
        im.close()
        raise ImageRejected(
            QT_TRANSLATE_NOOP("render.images", "is a {format} image, which Lifebook does not "
                              "take; use JPEG, PNG, WebP, HEIC, TIFF, BMP or GIF"),
            format=im.format,
        )
    check_size(im.width, im.height)
    return im


def check_size(width: int, height: int) -> None:
    pixels = width * height
    if pixels > MAX_PIXELS:
        raise ImageRejected(
            QT_TRANSLATE_NOOP("render.images", "is {width} × {height} pixels ({megapixels} "
                              "megapixels); Lifebook accepts photos up to {limit} megapixels"),
            width=f"{width:,}", height=f"{height:,}", megapixels=f"{pixels / 1e6:,.0f}",
            limit=MAX_MEGAPIXELS,
        )


def _explain(exc: Exception) -> ImageRejected:
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        found = re.search(r"\((\d+) pixels\)", str(exc))
        if found is None:
            return ImageRejected(
                QT_TRANSLATE_NOOP("render.images", "is enormous; Lifebook accepts photos up to "
                                  "{limit} megapixels (a picture this size can also be a "
                                  "decompression bomb)"),
                limit=MAX_MEGAPIXELS,
            )
        return ImageRejected(
            QT_TRANSLATE_NOOP("render.images", "is about {megapixels} megapixels; Lifebook "
                              "accepts photos up to {limit} megapixels (a picture this size can "
                              "also be a decompression bomb)"),
            megapixels=f"{int(found.group(1)) / 1e6:,.0f}", limit=MAX_MEGAPIXELS,
        )
    return ImageRejected(QT_TRANSLATE_NOOP(
        "render.images", "is not a picture Lifebook can read (the file's contents are not an image)"))


def decode_reduced(im: Image.Image, max_edge: int) -> Image.Image:
    """Fully decode ``im`` at no more than about ``max_edge`` pixels on its long side.

    JPEGs are decoded with ``draft`` (DCT scaling), so a 12-megapixel photo
    needs a fraction of a full decode. Any truncation or corruption raises
    ImageRejected. The result is oriented upright and in RGB.
    """
    if _too_big_for_pillow(im) and max(im.size) > max_edge:
        reduced = _reduced_by_vips(im, max_edge)
        if reduced is not None:
            return reduced
    if im.format in ("JPEG", "MPO"):
        scale = max(im.width, im.height) / max_edge
        if scale > 1:
            im.draft("RGB", (max(1, int(im.width / scale)), max(1, int(im.height / scale))))
    try:
        if getattr(im, "n_frames", 1) > 1:
            im.seek(0)  # GIFs and MPOs: the first frame
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise damaged(exc) from exc
    out = ImageOps.exif_transpose(im) if _orientation(im) != 1 else im
    out = _to_rgb(out)
    if max(out.size) > max_edge:
        out = out.copy()
        out.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return out


def _too_big_for_pillow(im: Image.Image) -> bool:
    return im.format not in ("JPEG", "MPO") and im.width * im.height > bigimages.DECODE_BUDGET_PIXELS


def _exif_needs_decode(im: Image.Image) -> bool:
    """True for a huge PNG whose EXIF (if any) lies after the pixels: Pillow would decode all.

    Such photos are taken as upright; every later step uses the orientation stored then.
    """
    return im.format == "PNG" and "exif" not in im.info and _too_big_for_pillow(im)


def _reduced_by_vips(im: Image.Image, max_edge: int) -> Image.Image | None:
    """A huge non-JPEG photo shrunk by libvips a few rows at a time (never whole in memory).

    Decodes every row, so damage is still found. None when libvips is missing.
    """
    filename = getattr(im, "filename", "")
    pv = bigimages.vips()
    if not filename or pv is None:
        return None
    orientation = 1 if _exif_needs_decode(im) else _orientation(im)
    try:
        out = bigimages.thumbnail(Path(filename), max_edge)
    except pv.Error as exc:
        raise damaged(ValueError(bigimages.vips_reason(exc))) from exc
    if orientation != 1:  # libvips gives the stored pixels: turn them as exif_transpose would
        out = out.transpose(ORIENT_TRANSPOSE[orientation])
    return out


# How to turn stored pixels upright for each EXIF orientation (as exif_transpose does).
ORIENT_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(EXIF_ORIENTATION, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def damaged(exc: BaseException) -> ImageRejected:
    """The refusal of a photo whose pixels fail to decode (``exc`` is the decoder's error)."""
    text = str(exc).lower()
    if any(w in text for w in ("truncated", "premature", "end of file")) or isinstance(exc, EOFError):
        return ImageRejected(QT_TRANSLATE_NOOP(
            "render.images", "is damaged: the file stops part-way through the picture (truncated)"))
    return ImageRejected(QT_TRANSLATE_NOOP("render.images", "is damaged and cannot be decoded ({why})"),
                         why=exc)


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode == "RGB":
        return im
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        base = Image.new("RGB", rgba.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        return im.point(lambda v: v / 256).convert("RGB")
    return im.convert("RGB")


