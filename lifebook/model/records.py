"""What the services return: frozen records of children, people, books, pages and photos.

Services hand these to the window and the command line instead of ORM rows
or loose dicts, so a caller reads ``child.display_name``, not
``child["display_name"]``, and a typo is an AttributeError, not a None.
Dates are ``date``/``datetime`` objects here; ``as_dict()`` gives the plain
JSON shape that ``lifebook ... --json`` prints (ISO dates, enum values as
strings), which scripts rely on: keep its keys and their order stable.

The names end in ``Info`` so they never clash with the ORM classes in
``lifebook.store.models`` (``Child``, ``Book``, ``Page``, ``MediaItem``).
Page snapshots used for undo (``services.pages.snapshot_page``) and deleted
book snapshots (``services.books.delete_book``) stay plain dicts: they are
restore data, not results to read.

No Qt, no SQLAlchemy: this module imports only the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class ChildInfo:
    """A child's record as the window and the CLI see it.

    The counts (``books`` ... ``events``) are None when the service did not
    count them, and are then left out of ``as_dict()``.
    """

    id: int
    name: str  # the full name
    preferred_name: str  # as entered; may be empty
    display_name: str  # what books call the child
    pronouns: str
    date_of_birth: date | None
    dob_precision: str | None  # a DatePrecision value; None when the date is unknown
    date_of_birth_text: str  # "23 March 2019", "March 2019", or ""
    plan: str  # a Plan value
    plan_label: str
    is_sample: bool
    # short key-date name (``services.children.KEY_DATE_NAMES``) -> the date or None
    key_dates: dict[str, date | None] = field(default_factory=dict, hash=False)
    books: int | None = None
    photos: int | None = None
    people: int | None = None
    events: int | None = None
    nation: str = "england-wales"  # a Nation value: whose bank holidays count
    nation_label: str = "England and Wales"
    allocated_worker: str = ""  # as typed; empty when no worker is allocated

    def as_dict(self) -> dict:
        out: dict = {
            "id": self.id,
            "name": self.name,
            "preferred_name": self.preferred_name,
            "display_name": self.display_name,
            "pronouns": self.pronouns,
            "date_of_birth": _iso(self.date_of_birth),
            "dob_precision": self.dob_precision,
            "date_of_birth_text": self.date_of_birth_text,
            "plan": self.plan,
            "plan_label": self.plan_label,
            "is_sample": self.is_sample,
            "key_dates": {short: _iso(value) for short, value in self.key_dates.items()},
            "nation": self.nation,
            "allocated_worker": self.allocated_worker,
        }
        for key in ("books", "photos", "people", "events"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True)
class PersonInfo:
    """Someone in a child's life (a person record, revision 0006).

    The fields mirror the ``people`` columns. ``relationship`` is a
    Relationship code ("grandparent"); ``relationship_to_child`` is the free
    detail ("Mum's sister"). ``consent`` is consent to be *named* in the
    child's books; ``consent_identified`` is consent to be *identified* (full
    name, photo, where they live). ``private_note`` is never exported.
    """

    id: int
    child_id: int
    name: str
    relationship: str  # a Relationship value
    role: str  # a PersonRole value: the broad group the relationship belongs to
    consent: str  # a Consent value: may they be named?
    consent_note: str
    relationship_label: str = ""
    relationship_to_child: str = ""
    known_as: str = ""  # the name the child uses ("Nanna Jo"); may be empty
    photo_media_id: int | None = None
    sibling_lives: str = ""  # a SiblingLives value for brothers and sisters, else ""
    household: str = ""
    date_of_birth: date | None = None
    date_of_death: date | None = None
    description: str = ""  # child-friendly words
    private_note: str = ""  # never exported
    consent_named_date: date | None = None
    consent_identified: str = "not-asked"  # a Consent value: may they be identified?
    consent_identified_date: date | None = None
    consent_identified_note: str = ""
    placement_from: date | None = None
    placement_to: date | None = None

    @property
    def display_name(self) -> str:
        """The name the child uses, or the full name when there is none."""
        return self.known_as or self.name

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "child_id": self.child_id,
            "name": self.name,
            "relationship": self.relationship,
            "role": self.role,
            "consent": self.consent,
            "consent_note": self.consent_note,
            "relationship_label": self.relationship_label,
            "relationship_to_child": self.relationship_to_child,
            "known_as": self.known_as,
            "photo_media_id": self.photo_media_id,
            "sibling_lives": self.sibling_lives,
            "household": self.household,
            "date_of_birth": _iso(self.date_of_birth),
            "date_of_death": _iso(self.date_of_death),
            "description": self.description,
            "private_note": self.private_note,
            "consent_named_date": _iso(self.consent_named_date),
            "consent_identified": self.consent_identified,
            "consent_identified_date": _iso(self.consent_identified_date),
            "consent_identified_note": self.consent_identified_note,
            "placement_from": _iso(self.placement_from),
            "placement_to": _iso(self.placement_to),
        }


@dataclass(frozen=True)
class BookInfo:
    """A book as listed: its kind, title, trim, status and number of pages.

    ``autoflowed_photos`` is set only by ``new_book`` (how many photos it laid
    out; 0 without autoflow), and is left out of ``as_dict()`` otherwise.
    """

    id: int
    child_id: int
    kind: str  # a BookKind value
    kind_label: str
    title: str
    trim: str  # a TrimSize value
    trim_label: str
    status: str  # a BookStatus value
    status_label: str
    pages: int
    autoflowed_photos: int | None = None

    def as_dict(self) -> dict:
        out: dict = {
            "id": self.id,
            "child_id": self.child_id,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "title": self.title,
            "trim": self.trim,
            "trim_label": self.trim_label,
            "status": self.status,
            "status_label": self.status_label,
            "pages": self.pages,
        }
        if self.autoflowed_photos is not None:
            out["autoflowed_photos"] = self.autoflowed_photos
        return out


@dataclass(frozen=True)
class PageInfo:
    """One page of a book: its number (from 1), section and page template."""

    id: int
    book_id: int
    number: int
    section: str
    template: str

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "book_id": self.book_id,
            "number": self.number,
            "section": self.section,
            "template": self.template,
        }


@dataclass(frozen=True)
class PhotoInfo:
    """A photo in a child's library: the stored original's facts and its details."""

    id: int
    child_id: int
    sha256: str
    original_name: str
    format: str  # the stored file's extension, e.g. "jpg"
    width: int
    height: int
    orientation: int  # EXIF orientation, 1 to 8
    taken_at: datetime | None
    caption: str
    source: str
    use_agreed: bool
    agreed_by: str  # "" when nobody is named
    imported_at: datetime | None

    @property
    def label(self) -> str:
        """The caption, or the file name when there is none: how lists name a photo."""
        return self.caption or self.original_name

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "child_id": self.child_id,
            "sha256": self.sha256,
            "original_name": self.original_name,
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "orientation": self.orientation,
            "taken_at": _iso(self.taken_at),
            "caption": self.caption,
            "source": self.source,
            "use_agreed": self.use_agreed,
            "agreed_by": self.agreed_by,
            "imported_at": _iso(self.imported_at),
        }


@dataclass(frozen=True)
class DuplicatePhoto(PhotoInfo):
    """A file an import skipped: the photo already in the library, and the file offered."""

    file: str = ""

    def as_dict(self) -> dict:
        return super().as_dict() | {"file": self.file}


@dataclass(frozen=True)
class Placement:
    """One page of one book that shows a photo."""

    book_id: int
    book_title: str
    page_id: int
    page_number: int

    def as_dict(self) -> dict:
        return {"book_id": self.book_id, "book_title": self.book_title,
                "page_id": self.page_id, "page_number": self.page_number}


@dataclass(frozen=True)
class PhotoDetails(PhotoInfo):
    """A photo with what only its details dialog shows: size, GPS, where it is placed."""

    byte_size: int = 0
    had_gps: bool = False
    placements: tuple[Placement, ...] = ()

    def as_dict(self) -> dict:
        return super().as_dict() | {
            "byte_size": self.byte_size,
            "had_gps": self.had_gps,
            "placements": [p.as_dict() for p in self.placements],
        }


@dataclass(frozen=True)
class DemoResult:
    """What ``create_demo`` made: the sample child, their people, pictures and book."""

    child: ChildInfo
    people: tuple[PersonInfo, ...]
    media: tuple[PhotoInfo, ...]
    book: BookInfo

    def as_dict(self) -> dict:
        return {
            "child": self.child.as_dict(),
            "people": [p.as_dict() for p in self.people],
            "media": [m.as_dict() for m in self.media],
            "book": self.book.as_dict(),
        }


@dataclass(frozen=True)
class EventInfo:
    """One chronology event as the window and the CLI see it (services.chronology)."""

    id: int
    child_id: int
    position: int  # 0-based place in the child's chronology
    date_text: str  # as written ("spring 2019", "23/03/2019"); kept even when unreadable
    date_display: str  # "23 March 2019", "spring 2019", "about 2018", or the text when unknown
    date_start: date | None
    date_end: date | None
    precision: str  # a DatePrecision value ("unknown" when the date could not be read)
    precision_label: str
    age: str  # "aged 3", "aged about 2", "before birth", "" when unknown
    title: str
    detail: str
    category: str  # a ChronologyCategory value
    category_label: str
    place: str
    include_in_book: bool
    sensitive: bool  # for the later life letter only
    private: bool  # a private note: never exported, never in a book
    source: str  # where it came from: "" when typed, else the imported file's name
    photo_ids: tuple[int, ...] = ()  # linked photos (media ids), in the order linked
    person_ids: tuple[int, ...] = ()  # people involved, in the order linked

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "child_id": self.child_id,
            "position": self.position,
            "date_text": self.date_text,
            "date": self.date_display,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": self.precision,
            "age": self.age,
            "title": self.title,
            "detail": self.detail,
            "category": self.category,
            "place": self.place,
            "include_in_book": self.include_in_book,
            "sensitive": self.sensitive,
            "private": self.private,
            "source": self.source,
            "photo_ids": list(self.photo_ids),
            "person_ids": list(self.person_ids),
        }


@dataclass(frozen=True)
class ImportFinding:
    """Something to tell the user about one row of an imported file (1-based row number)."""

    row: int
    message: str

    def as_dict(self) -> dict:
        return {"row": self.row, "message": self.message}

    def __str__(self) -> str:
        return f"Row {self.row}: {self.message}" if self.row else self.message


@dataclass(frozen=True)
class ImportResult:
    """What a chronology import did with every row after the header row.

    Each row is in exactly one of ``imported`` (by event), ``duplicates`` (already
    in the chronology, or repeated in the file) or ``skipped`` (with a reason).
    ``findings`` add notes about imported rows (an unreadable date kept as unknown).
    """

    file: str
    header_row: int
    columns: dict[str, str]  # file column -> field it was read into
    imported: tuple[EventInfo, ...]
    duplicates: tuple[ImportFinding, ...]
    skipped: tuple[ImportFinding, ...]
    findings: tuple[ImportFinding, ...]

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "imported": [e.as_dict() for e in self.imported],
            "duplicates": [d.as_dict() for d in self.duplicates],
            "skipped": [s.as_dict() for s in self.skipped],
            "findings": [f.as_dict() for f in self.findings],
        }
