"""The display list: the one layout result both painters draw.

Coordinates are PostScript points (1/72 inch), origin at the top-left corner
of the *trim*, y growing downwards (as in Qt). Items in the bleed have
negative coordinates or extend past the trim width/height. The PDF painter
flips y itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lifebook.model.enums import Severity


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class ImageItem:
    """A photo placed in a frame.

    ``rect`` is where the image is drawn (may reach into the bleed); it is
    already clipped to the frame: the painter draws the source region
    ``crop`` of the oriented and rotated photo stretched exactly into
    ``rect``. ``crop`` is (left, top, right, bottom) as fractions 0..1 of the
    oriented, rotated photo. The aspect ratio of the crop equals that of
    ``rect`` in pixels, so nothing is distorted.
    """

    rect: Rect
    sha256: str
    media_id: int
    source_path: str
    crop: tuple[float, float, float, float]
    orientation: int = 1  # EXIF orientation to apply first
    rotation: int = 0  # then this extra clockwise rotation
    frame_key: str = ""
    corner_radius: float = 0.0  # rounded corners, points (0 for bleed photos)
    effective_ppi: float = 0.0  # source pixels per inch at placed size


@dataclass(frozen=True)
class TextRun:
    """One run of text on one line, in one font, already positioned.

    ``x`` is the left edge of the run; ``baseline`` its baseline. ``font``
    is a face name registered by lifebook.layout.fonts (e.g. "Andika-Bold").
    ``text`` is the run's characters in logical (reading) order.

    Runs from the text layout are *shaped*: ``glyphs`` holds the glyph ids
    to draw, left to right, and ``positions`` each glyph's origin as (dx, dy)
    points from (x, baseline), y down; ``advance`` is the run's width and
    ``rtl`` says it reads right to left. Both painters draw exactly these
    glyphs there. A run without glyphs (a page number, say) is drawn
    character by character with the font's plain advances.
    """

    x: float
    baseline: float
    text: str
    font: str
    size: float
    colour: str = "#2b2b2b"
    frame_key: str = ""
    glyphs: tuple[int, ...] = ()
    positions: tuple[tuple[float, float], ...] = ()
    advance: float = 0.0
    rtl: bool = False


@dataclass(frozen=True)
class ShapeItem:
    """A filled and/or stroked rectangle, rounded rectangle or ellipse."""

    rect: Rect
    shape: str = "rect"  # "rect" | "ellipse"
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    corner_radius: float = 0.0
    frame_key: str = ""
    dash: tuple[float, ...] = ()  # editor-only placeholders use dashes
    clip: Rect | None = None  # drawn only inside this box (a picture filling its frame)


@dataclass(frozen=True)
class StrokeItem:
    """A freehand or vector line: drawings, rules, timeline axes."""

    points: tuple[tuple[float, float], ...]
    width: float = 1.0
    colour: str = "#2b2b2b"
    frame_key: str = ""
    closed: bool = False
    fill: str | None = None
    clip: Rect | None = None  # drawn only inside this box (a picture filling its frame)


DisplayItem = ImageItem | TextRun | ShapeItem | StrokeItem
# Every kind of item a painter must draw; both painters are tested against this list.
DISPLAY_ITEM_TYPES: tuple[type, ...] = (ImageItem, TextRun, ShapeItem, StrokeItem)


class UnknownDisplayItem(TypeError):
    """A painter was given an item it does not know how to draw: never skipped silently."""


def painter_for(handlers: dict[type, Callable[[Any], None]], item: object) -> Callable[[Any], None]:
    """The handler for ``item``'s type, or UnknownDisplayItem."""
    handler = handlers.get(type(item))
    if handler is None:
        raise UnknownDisplayItem(f"no painter for {type(item).__name__} items")
    return handler


class FindingCode(StrEnum):
    """What kind of finding it is. The value is the stable token in ``lifebook check --json``;
    it is never shown to the user (each finding's message says what is wrong, in words)."""

    TEXT_OVERFLOW = "text-overflow"  # words that do not fit their frame (layout)
    MISSING_GLYPH = "missing-glyph"  # characters no bundled font can print (layout)
    NAME_MISSING_GLYPH = "name-missing-glyph"  # the same in the child's name or the title (checks)
    LOW_RESOLUTION = "low-resolution"  # a photo too small for its frame (layout)
    PHOTO_NOT_AGREED = "photo-not-agreed"  # a manager has not agreed the photo yet (layout)
    EMPTY_FRAME = "empty-frame"  # a frame with nothing in it yet (layout)
    UNPLACED_CONTENT = "unplaced-content"  # kept content the page's template has no room for
    UNKNOWN_TEMPLATE = "unknown-template"  # the page's template cannot be found (layout)
    PHOTO_UNREADABLE = "photo-unreadable"  # a photo that could not be read at export
    NOT_PERSONALISED = "not-personalised"  # a letter copied for a sibling, not yet made its own
    OTHER_CHILDS_NAME = "other-childs-name"  # a copied letter still names the first child
    LETTER_DATE_DIFFERS = "letter-date-differs"  # a date in a letter the chronology says differently
    # privacy (lifebook.checks.privacy)
    PRIVACY_NAME = "privacy-name"  # a name of someone whose consent to be identified is not "yes"
    PRIVACY_PHOTO_PERSON = "privacy-photo-person"  # a photo showing such a person
    PRIVACY_POSTCODE = "privacy-postcode"
    PRIVACY_PHONE = "privacy-phone"
    PRIVACY_EMAIL = "privacy-email"
    PRIVACY_ADDRESS = "privacy-address"  # a street address ("12 Acacia Road")
    PRIVACY_SCHOOL = "privacy-school"  # a school's name
    PRIVATE_EVENT = "private-event"  # a private chronology event in a book
    SENSITIVE_EVENT = "sensitive-event"  # a sensitive chronology event in a young child's book
    PERSON_NOT_NAMED = "person-not-named"  # shown by relationship only: no consent to be named
    TREE_CROWDED = "family-tree-crowded"  # the family tree's circles are small, or do not fit
    PANEL_TOO_LONG = "panel-too-long"  # a Words and Pictures page with too many words (checks)
    PANEL_LONG_WORDS = "panel-long-words"  # long words for the child's age on such a page (checks)


@dataclass(frozen=True)
class Finding:
    """Something the user should know about a page before it is printed."""

    severity: Severity
    code: FindingCode
    message: str  # plain English, names the page and frame
    page_number: int | None = None
    page_id: int | None = None
    frame_key: str | None = None
    count: int = 0  # how many: lines that do not fit, for "text-overflow"
    media_id: int | None = None  # the photo it is about, where no frame holds it (a journey stop)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", FindingCode(self.code))  # refuses an unknown code


@dataclass(frozen=True)
class FrameBox:
    """A template frame resolved to points: for the editor's hit-testing and guides."""

    key: str
    kind: str
    rect: Rect
    label: str = ""


@dataclass
class PageLayout:
    page_id: int
    number: int
    section: str
    width: float  # trim width, points
    height: float  # trim height, points
    bleed: float  # bleed on every side, points
    safe_margin: float  # recommended inner margin, points
    items: list[DisplayItem] = field(default_factory=list)
    frames: list[FrameBox] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    editor_only: list[DisplayItem] = field(default_factory=list)  # placeholders, prompts
    background: str = "#FFFFFF"  # page colour, painted over trim + bleed
    watermark: str | None = None  # "DRAFT" until the book is approved; both painters draw it
