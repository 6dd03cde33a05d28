"""Helpers for the PDF export tests: generated photos, hand-built pages, a stand-in layout.

Nothing here depends on the layout engine: pages are built by hand, and
``fake_layout`` turns a BookContent into simple pages the way the engine
would (a full-bleed photo on the top half, a caption line under it).
"""

from __future__ import annotations

import hashlib
import io
import struct
from pathlib import Path

import pikepdf
from PIL import Image, ImageCms, ImageDraw

from lifebook.layout.display import Finding, ImageItem, PageLayout, Rect, TextRun
from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent
from lifebook.model.enums import BookKind, Severity
from lifebook.model.trim import TrimSize, mm_to_pt

SKY = (120, 180, 230)
RED = (220, 20, 20)

# Stored pixels = upright pixels turned by the inverse of the EXIF orientation.
_STORE_FOR_ORIENTATION = {
    1: None,
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,  # the viewer turns it 90° clockwise back upright
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(size: tuple[int, int], variant: int = 0) -> Image.Image:
    """Sky blue with a red band across the top sixth and a yellow sun: easy to check.

    ``variant`` moves the sun a little, so photos differ (and their SHA-256 too).
    """
    im = Image.new("RGB", size, SKY)
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.rectangle((0, 0, w, h // 6), fill=RED)
    x = w * (0.1 + 0.05 * (variant % 10))
    draw.ellipse((x, h * 0.35, x + w * 0.4, h * 0.35 + w * 0.4), fill=(250, 220, 40))
    return im


def write_photo(
    path: Path,
    size: tuple[int, int],
    *,
    orientation: int = 1,
    gps: bool = False,
    icc: bytes | None = None,
    picture: Image.Image | None = None,
    variant: int = 0,
) -> Path:
    """A JPEG whose *upright* picture has ``size``; stored turned for ``orientation``."""
    im = picture or upright_picture(size, variant)
    method = _STORE_FOR_ORIENTATION[orientation]
    if method is not None:
        im = im.transpose(method)
    exif = Image.Exif()
    exif[0x010F] = "TestPhone"  # Make
    exif[0x0112] = orientation
    if gps:
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd[1] = "N"
        gps_ifd[2] = (51.0, 30.0, 12.5)
        gps_ifd[3] = "W"
        gps_ifd[4] = (0.0, 7.0, 39.0)
    extra = {"icc_profile": icc} if icc else {}
    im.save(path, "JPEG", quality=88, exif=exif.tobytes(), **extra)
    return path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def image_item(
    path: Path,
    rect: Rect,
    crop: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0),
    **kwargs: object,
) -> ImageItem:
    with Image.open(path) as im:
        orientation = im.getexif().get(0x0112, 1)
    kwargs.setdefault("orientation", orientation)
    return ImageItem(
        rect=rect,
        sha256=sha256_of(path),
        media_id=1,
        source_path=str(path),
        crop=crop,
        **kwargs,  # type: ignore[arg-type]
    )


def cover_crop(src: tuple[int, int], rect: Rect) -> tuple[float, float, float, float]:
    """The centred crop of a ``src``-sized photo that fills ``rect`` without distortion."""
    src_ratio = src[0] / src[1]
    frame_ratio = rect.w / rect.h
    if src_ratio > frame_ratio:
        keep = frame_ratio / src_ratio
        return ((1 - keep) / 2, 0.0, (1 + keep) / 2, 1.0)
    keep = src_ratio / frame_ratio
    return (0.0, (1 - keep) / 2, 1.0, (1 + keep) / 2)


def blank_page(
    trim: TrimSize, bleed_mm: float = 3.0, number: int = 1, **kwargs: object
) -> PageLayout:
    spec = trim.spec
    return PageLayout(
        page_id=number,
        number=number,
        section=str(kwargs.pop("section", "")),
        width=spec.width_pt,
        height=spec.height_pt,
        bleed=mm_to_pt(bleed_mm),
        safe_margin=mm_to_pt(12),
        **kwargs,  # type: ignore[arg-type]
    )


def fake_layout(
    book: BookContent, *, bleed_mm: float = 3.0, target_ppi: int = 300
) -> list[PageLayout]:
    """A stand-in for layout_book: photo across the top half (into the bleed), caption below."""
    pages = []
    for content in book.pages:
        page = blank_page(book.trim, bleed_mm, content.number, section=content.section)
        page.page_id = content.page_id
        w, h, b = page.width, page.height, page.bleed
        photo = content.frames.get("photo")
        if photo is not None and photo.media is not None:
            rect = Rect(-b, -b, w + 2 * b, h / 2 + b)
            media = photo.media
            page.items.append(
                ImageItem(
                    rect=rect,
                    sha256=media.sha256,
                    media_id=media.media_id,
                    source_path=str(media.path),
                    crop=cover_crop(media.oriented_size, rect),
                    orientation=media.orientation,
                    rotation=photo.rotation,
                    frame_key="photo",
                )
            )
        caption = content.frames.get("caption")
        if caption is not None and caption.text:
            page.items.append(
                TextRun(36.0, h / 2 + 48.0, caption.text, "Andika", 16.0, "#2E2A28", "caption")
            )
        else:
            page.findings.append(
                Finding(
                    Severity.INFO,
                    "empty-frame",
                    f"Page {content.number}: the caption is empty.",
                    content.number,
                    content.page_id,
                    "caption",
                )
            )
        pages.append(page)
    return pages


def make_book(
    photos: list[Path],
    captions: list[str],
    *,
    trim: TrimSize = TrimSize.A5_PORTRAIT,
    approved: bool = False,
    sections: list[str] | None = None,
) -> BookContent:
    pages = []
    for index, (photo, caption) in enumerate(zip(photos, captions, strict=True)):
        with Image.open(photo) as im:
            orientation = im.getexif().get(0x0112, 1)
            size = im.size
        media = MediaRef(index + 1, sha256_of(photo), photo, size[0], size[1], orientation)
        frames = {
            "photo": FrameContent("photo", media=media),
            "caption": FrameContent("caption", caption),
        }
        section = sections[index] if sections else "All about me"
        pages.append(PageContent(100 + index, index + 1, "photo-text", section, frames=frames))
    return BookContent(
        book_id=7,
        kind=BookKind.LIFE_STORY,
        title="Ruby's life story book",
        trim=trim,
        child_name="Ruby",
        approved=approved,
        pages=tuple(pages),
    )


def swapped_primaries_icc() -> bytes:
    """An RGB profile like sRGB but with red and blue primaries swapped.

    Pure red in this profile is sRGB blue, so a converted photo changes colour
    visibly: proof the profile was honoured.
    """
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", data[128:132])
    entries = {}
    for i in range(count):
        at = 132 + 12 * i
        entries[bytes(data[at : at + 4])] = at
    r, b = entries[b"rXYZ"], entries[b"bXYZ"]
    data[r + 4 : r + 12], data[b + 4 : b + 12] = data[b + 4 : b + 12], data[r + 4 : r + 12]
    return bytes(data)


def jpeg_segments(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's header segments, up to the start of scan."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    markers, at = [], 2
    while at < len(data):
        assert data[at] == 0xFF
        marker = data[at + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        at += 2 + length
    return markers


def image_bytes(pdf_path: Path) -> list[tuple[int, int, int, bytes, object]]:
    """(page index, width, height, raw stream bytes, /Filter) of every embedded image."""
    out = []
    with pikepdf.open(pdf_path) as pdf:
        for index, page in enumerate(pdf.pages):
            for _name, xobj in sorted(page.get_images().items()):
                out.append(
                    (
                        index,
                        int(xobj.Width),
                        int(xobj.Height),
                        xobj.read_raw_bytes(),
                        xobj.get("/Filter"),
                    )
                )
    return out


def decoded(raw: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(raw))
    im.load()
    return im
