"""A picture frame on a page: a photo, or a picture from the clipart library, with any drawing.

Each frame shows its picture one of two ways (model.content.PictureFit),
chosen per frame by the user; by default photos fill their frame and
clipart and drawings fit:

- **fit**: the whole picture, as large as fits inside the frame and centred,
  with the page showing around it (letterbox). Nothing is cropped; a
  frame that bleeds is fitted inside the trim, so the trimmer cuts nothing
  off. A photo's pan and zoom are kept for when it fills again.
- **fill**: the picture covers the frame and its edges are trimmed to the
  frame's shape. Photos are cropped (with the user's pan and zoom); clipart
  and drawings are scaled to cover the frame and clipped to it (display
  items carry the clip, which both painters honour), so they stay vectors.

A drawing is laid over whatever the frame holds, fitted or filled the same
way. The print-resolution check measures a photo at the size it is placed,
so a letterboxed photo is judged at its smaller, fitted size.

``page`` arguments are the layout engine's page builders
(lifebook.layout.engine._Page). No Qt here.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from lifebook.i18n import translate
from lifebook.layout.clipart import clipart_picture, picture_items
from lifebook.layout.display import DisplayItem, FindingCode, ImageItem, Rect, ShapeItem, StrokeItem
from lifebook.layout.drawing import drawing_items
from lifebook.layout.fitting import (
    FULL,
    contain_rect,
    cover_crop,
    cover_rect,
    effective_ppi,
    rotated_size,
)
from lifebook.model.content import FrameContent, MediaRef, PictureFit
from lifebook.model.enums import FrameKind, Severity
from lifebook.model.trim import mm_to_pt

if TYPE_CHECKING:
    from lifebook.layout.engine import _Page
    from lifebook.layout.templates import FrameSpec

LOW_PPI = 200  # below this a photo looks blurry in print
CLIPART_PAD_MM = 2.0  # clipart fitted whole inside its frame sits just clear of the edge
PHOTO_RADIUS_MM = 3.0  # rounded corners of photos that do not bleed


def clipped(items: list[DisplayItem], box: Rect) -> list[DisplayItem]:
    """``items`` drawn only inside ``box`` (shapes and lines; other items are left as they are)."""
    return [dataclasses.replace(i, clip=box) if isinstance(i, ShapeItem | StrokeItem) else i
            for i in items]


def clipart_in_frame(content: FrameContent, rect: Rect, key: str, fit: PictureFit) -> list[DisplayItem]:
    """The frame's clipart picture, whole inside ``rect`` or covering it (empty if not in the library)."""
    picture = clipart_picture(content.clipart) if content.clipart else None
    if picture is None:
        return []
    colours = dict(content.clipart_colours)
    if fit == PictureFit.FILL:
        box = cover_rect(picture.width / max(picture.height, 1e-6), rect)
        return clipped(picture_items(picture, box, key, 0.0, colours), rect)
    return picture_items(picture, rect, key, mm_to_pt(CLIPART_PAD_MM), colours)


def pen_in_frame(content: FrameContent, rect: Rect, key: str, fit: PictureFit) -> list[DisplayItem]:
    """The frame's drawing, whole inside ``rect`` or covering it."""
    drawing = content.drawing
    if drawing is None or not drawing.strokes:
        return []
    if fit == PictureFit.FILL:
        return clipped(list(drawing_items(drawing, cover_rect(drawing.aspect, rect), key)), rect)
    return list(drawing_items(drawing, rect, key))


def photo_placement(
    media: MediaRef, content: FrameContent, rect: Rect, fit: PictureFit
) -> tuple[Rect, tuple[float, float, float, float]]:
    """Where the photo is drawn and which part of it: the whole photo letterboxed, or a crop filling ``rect``."""
    src_w, src_h = rotated_size(media, content.rotation % 360)
    if fit == PictureFit.FIT:
        return contain_rect(src_w / max(src_h, 1), rect), FULL
    return rect, cover_crop(src_w, src_h, rect.w, rect.h, content.crop)


def draw_picture(page: _Page, spec: FrameSpec, rect: Rect, content: FrameContent | None) -> None:
    """A photo or drawing frame: its photo or clipart, then any drawing over it; else a placeholder."""
    fit = content.picture_fit if content is not None else PictureFit.FIT
    # the whole picture must survive trimming: a bleeding frame's picture fits inside the trim
    box = page.trim_clip(rect) if fit == PictureFit.FIT else rect
    media = content.media if content else None
    pen = pen_in_frame(content, box, spec.key, fit) if content is not None else []
    if content is not None and media is None and (content.clipart or pen):
        drawn = clipart_in_frame(content, box, spec.key, fit)
        if drawn or pen:  # a picture no longer in the library leaves the frame empty (found below)
            page.images.extend([*drawn, *pen])  # pen strokes over the picture
            return
    if content is None or media is None:
        _empty(page, spec, rect)
        return
    placed, crop = photo_placement(media, content, box, fit)
    src_w, _src_h = rotated_size(media, content.rotation % 360)
    ppi = effective_ppi(src_w, crop, placed)
    radius = 0.0 if spec.bleed and fit == PictureFit.FILL else mm_to_pt(PHOTO_RADIUS_MM)
    page.images.append(
        ImageItem(
            rect=placed,
            sha256=media.sha256,
            media_id=media.media_id,
            source_path=str(media.path),
            crop=crop,
            orientation=media.orientation,
            rotation=content.rotation % 360,
            frame_key=spec.key,
            corner_radius=radius,
            effective_ppi=ppi,
        )
    )
    page.images.extend(pen)  # drawn over the photo
    if ppi < LOW_PPI:
        page.find(
            Severity.WARNING,
            FindingCode.LOW_RESOLUTION,
            translate("layout.pictures", "Page {number}: {frame} will look blurry at this size "
                      "(about {ppi} pixels per inch; {best} is best). Use a larger photo, or a "
                      "template with a smaller space for it.").format(
                number=page.page.number, frame=page.name(spec.key), ppi=round(ppi),
                best=page.target_ppi),
            spec.key,
        )
    if not media.use_agreed:
        page.find(
            Severity.WARNING,
            FindingCode.PHOTO_NOT_AGREED,
            translate("layout.pictures", "Page {number}: a manager has not yet agreed {frame}. "
                      "Photos other than the child's own are checked by a manager first, "
                      "because some photos can upset a child; please ask your manager to look "
                      "at it before the book is printed.").format(
                number=page.page.number, frame=page.name(spec.key)),
            spec.key,
        )


def _empty(page: _Page, spec: FrameSpec, rect: Rect) -> None:
    page.placeholder(spec, rect)
    if spec.options.get("optional"):
        return  # e.g. a letter's signature: an empty one is not a problem
    page.find(
        Severity.INFO,
        FindingCode.EMPTY_FRAME,
        (translate("layout.pictures", "Page {number}: the space for {frame} is still empty. Add "
                   "a photo, or choose a template with fewer photos.")
         if spec.kind == FrameKind.PHOTO else
         translate("layout.pictures", "Page {number}: the space for {frame} is still empty. Add "
                   "a picture or drawing, or choose a template with fewer pictures.")).format(
            number=page.page.number, frame=page.name(spec.key)),
        spec.key,
    )
