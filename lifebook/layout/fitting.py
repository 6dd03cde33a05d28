"""Fitting a picture to its frame: the whole picture (letterbox) or the frame filled (cover).

Pure geometry in points, shared by photos, clipart and drawings, so that a
picture set to "show the whole picture" or "fill the frame" is placed the
same way whatever it is, and both painters draw the same result.
"""

from __future__ import annotations

from lifebook.layout.display import Rect
from lifebook.model.content import Crop, MediaRef

FULL = (0.0, 0.0, 1.0, 1.0)  # the whole photo: the crop of a photo that fits its frame


def rotated_size(media: MediaRef, rotation: int = 0) -> tuple[int, int]:
    """Pixel size after EXIF orientation and the user's extra clockwise rotation."""
    w, h = media.oriented_size
    return (h, w) if rotation % 180 == 90 else (w, h)


def contain_rect(aspect: float, rect: Rect) -> Rect:
    """The largest box of shape ``aspect`` (width / height) inside ``rect``, centred."""
    aspect = max(aspect, 1e-6)
    w = min(rect.w, rect.h * aspect)
    h = w / aspect
    return Rect(rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h)


def cover_rect(aspect: float, rect: Rect) -> Rect:
    """The smallest box of shape ``aspect`` that covers ``rect``, centred (its edges overhang)."""
    aspect = max(aspect, 1e-6)
    w = max(rect.w, rect.h * aspect)
    h = w / aspect
    return Rect(rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h)


def cover_crop(
    src_w: float, src_h: float, frame_w: float, frame_h: float, crop: Crop | None = None
) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) fractions of the photo that fill the frame.

    The photo is scaled to cover the frame (no gaps), then zoomed by
    ``crop.zoom`` (at least 1) around ``crop.centre_x``/``centre_y``; the crop
    is moved back inside the photo if the centre is too near an edge.
    """
    crop = crop or Crop()
    src_w, src_h = max(src_w, 1.0), max(src_h, 1.0)
    frame_w, frame_h = max(frame_w, 1e-6), max(frame_h, 1e-6)
    photo_aspect, frame_aspect = src_w / src_h, frame_w / frame_h
    if photo_aspect > frame_aspect:  # wider than the frame: use the full height
        fw, fh = frame_aspect / photo_aspect, 1.0
    else:
        fw, fh = 1.0, photo_aspect / frame_aspect
    zoom = max(1.0, crop.zoom)
    fw, fh = fw / zoom, fh / zoom
    left = min(max(crop.centre_x - fw / 2, 0.0), 1.0 - fw)
    top = min(max(crop.centre_y - fh / 2, 0.0), 1.0 - fh)
    return (left, top, left + fw, top + fh)


def effective_ppi(src_w: float, crop: tuple[float, float, float, float], rect: Rect) -> float:
    """Source pixels per inch once the crop is stretched across ``rect`` (the placed size)."""
    return (crop[2] - crop[0]) * src_w / (rect.w / 72.0) if rect.w > 0 else 0.0
