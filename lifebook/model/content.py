"""What the layout engine is given: one book's pages as plain data.

Services build these from the store; the layout engine turns them into
display lists (lifebook.layout.display). Neither side knows the other's
storage or painting details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
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


class PictureFit(StrEnum):
    """How a picture frame shows what it holds (the value is stored, never shown)."""

    FIT = "fit"  # the whole picture, as large as fits, with space around it (letterbox)
    FILL = "fill"  # the frame filled, the picture's edges trimmed to its shape


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
    fit: PictureFit | None = None  # the user's choice; None: photos fill, pictures and drawings fit

    @property
    def picture_fit(self) -> PictureFit:
        """How the frame's picture is shown: the user's choice, else the default for what it holds."""
        if self.fit is not None:
            return self.fit
        return PictureFit.FILL if self.media is not None else PictureFit.FIT

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
    # printed pages this stored page lays out as: a journey or chronology table page
    # continues over as many as its events need (layout.pagination sets it and ``number``,
    # the first printed page number, counting every continuation page before it)
    parts: int = 1


class FamilyGroup(StrEnum):
    """Where a person sits in the family tree picture (never shown as a word)."""

    CHILD = "child"  # the child the book is about: in the middle
    BIRTH_PARENT = "birth-parent"
    BIRTH_RELATIVE = "birth-relative"  # grandparents, aunts, uncles, cousins
    SIBLING = "sibling"  # brothers and sisters, wherever they live
    CARER = "carer"  # foster carers, past and present
    FAMILY_NOW = "family-now"  # adopters, special guardians, a long-term family
    OTHER = "other"  # other important people (not professionals)


@dataclass(frozen=True)
class FamilyMember:
    """One circle in the family tree, as the layout needs it (services decide the words).

    ``label`` is already what may be printed: the name the child uses, or only
    the relationship ("Birth dad") when the person has not agreed to be named.
    """

    person_id: int
    label: str
    relationship: str = ""  # child-friendly words under the name ("Birth mum"); "" if none
    group: FamilyGroup = FamilyGroup.OTHER
    household: str = ""  # who they live with ("Lives with Nanna Jo"): groups siblings
    photo: MediaRef | None = None  # shown in a round frame; None draws a friendly disc
    named: bool = True  # False: not agreed to be named, so ``label`` is the relationship only
    deceased: bool = False  # drawn gently: a small star and ``died``
    died: str = ""  # e.g. "died 2019"
    unknown: bool = False  # nobody knows who they are (an unknown birth father)


@dataclass(frozen=True)
class JourneyStop:
    """One chronology event as a book may show it ("My journey", the chronology table).

    Private events never become stops. Which stops a page shows depends on the
    book: only ``include_in_book`` ones, and ``sensitive`` ones only in a later
    life letter (lifebook.layout.journey.visible_stops).
    """

    event_id: int
    date: str  # "23 March 2019", "spring 2019", "about 2018"; "" when not known
    age: str  # "aged 3", "aged about 2", "at birth", "before birth", "" when not known
    title: str
    detail: str = ""
    category: str = "other"  # a ChronologyCategory value
    photo: MediaRef | None = None  # the first photo linked to the event
    include_in_book: bool = True
    sensitive: bool = False
    private: bool = False


@dataclass(frozen=True)
class BookContent:
    book_id: int
    kind: BookKind
    title: str
    trim: TrimSize
    child_name: str
    child_id: int = 0
    approved: bool = False
    pages: tuple[PageContent, ...] = ()
    # a letter copied for a sibling: the notice to personalise it, and the first child's name
    personalise_note: str = ""
    copied_from_child: str = ""
    # "Approved by Sam Patel, 3 March 2027": stamped on the last page of a final copy
    approval: str = ""
    revision: int = 0  # the approved revision this content was frozen as (0: live content)
    # when the book, its pages or a photo it shows last changed (UTC): the PDF's dates
    last_changed: datetime | None = None
    family: tuple[FamilyMember, ...] = ()  # the family tree page's people, the child first
    journey: tuple[JourneyStop, ...] = ()  # the child's chronology, in order, private left out
    child_age: int | None = None  # whole years today, if the date of birth is known
    date_of_birth: str = ""  # as the chronology says it ("23 March 2019"); "" when not recorded
