"""What the layout engine is given: one book's pages as plain data.

Services build these from the store; the layout engine turns them into
display lists (lifebook.layout.display). Neither side knows the other's
storage or painting details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lifebook.model.drawing import Drawing
from lifebook.model.enums import BookKind
from lifebook.model.richtext import Mark, RichText
from lifebook.model.trim import TrimSize


@dataclass(frozen=True)
class Crop:
    """Pan and zoom of a photo inside its frame.

    ``centre_x``/``centre_y`` are the point of the (oriented, rotated) photo,
    as fractions 0..1 of its width and height, that sits at the centre of the
    frame. ``zoom`` 1.0 means "just fill the frame" (cover); larger values
    zoom in. The default keeps the centre, so heads are not cut by accident
    more than a plain centred fill would.
    """

    centre_x: float = 0.5
    centre_y: float = 0.5
    zoom: float = 1.0


@dataclass(frozen=True)
class MediaRef:
    """A stored photo, as the layout and painters need it."""

    media_id: int
    sha256: str
    path: Path  # the original, never modified
    width: int  # stored pixel size, before EXIF orientation
    height: int
    orientation: int = 1  # EXIF orientation tag, 1..8
    use_agreed: bool = True
    caption: str = ""

    @property
    def oriented_size(self) -> tuple[int, int]:
        """Pixel size once the EXIF orientation is applied."""
        if self.orientation in (5, 6, 7, 8):
            return self.height, self.width
        return self.width, self.height


@dataclass(frozen=True)
class FrameContent:
    frame_key: str
    text: str = ""  # exactly as typed; newline = new line, blank line = new paragraph
    marks: tuple[Mark, ...] = ()  # bold/italic ranges over ``text`` (model.richtext)
    media: MediaRef | None = None
    crop: Crop = field(default_factory=Crop)
    rotation: int = 0  # extra user rotation, clockwise: 0, 90, 180 or 270
    style: str | None = None  # overrides the frame's default text style
    clipart: str | None = None  # a clipart library picture's key, drawn whole in the frame
    clipart_colours: tuple[tuple[str, str], ...] = ()  # (part, "#rrggbb"): skin, hair, clothes
    drawing: Drawing | None = None  # freehand pen strokes, drawn over whatever the frame holds

    @property
    def rich(self) -> RichText:
        return RichText(self.text, self.marks)


@dataclass(frozen=True)
class PageContent:
    page_id: int
    number: int  # 1-based position in the book
    template: str  # page template key, e.g. "photo-text"
    section: str = ""
    prompt: str = ""  # writing prompt from the book template, shown in the editor only
    frames: dict[str, FrameContent] = field(default_factory=dict)
    for_later: bool = False  # part of a letter kept for a later age (services.letters)


@dataclass(frozen=True)
class BookContent:
    book_id: int
    kind: BookKind
    title: str
    trim: TrimSize
    child_name: str
    author: str = ""
    child_id: int = 0
    approved: bool = False
    pages: tuple[PageContent, ...] = ()
    # a letter copied for a sibling: the notice to personalise it, and the first child's name
    personalise_note: str = ""
    copied_from_child: str = ""
    child_age: int | None = None  # whole years today, if the date of birth is known
