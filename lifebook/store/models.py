"""SQLAlchemy 2 typed ORM models: the library's schema.

Alembic owns the schema (store/migrations); these classes must match the
newest revision. Enum columns store the enums' string values, so the
database stays readable and portable (SQLite today, PostgreSQL later).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm import relationship as orm_relationship

from lifebook.model.enums import (
    BookKind,
    BookStatus,
    Consent,
    DatePrecision,
    Nation,
    PersonRole,
    Plan,
    Relationship,
)
from lifebook.model.trim import TrimSize

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Child(Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    plan: Mapped[str] = mapped_column(String(40), default=Plan.ADOPTION.value)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    pronouns: Mapped[str] = mapped_column(String(40), default="", server_default=sql_text("''"))
    # how exact date_of_birth is (model.enums.DatePrecision); day unless only approximate
    dob_precision: Mapped[str] = mapped_column(
        String(20), default=DatePrecision.DAY.value, server_default=DatePrecision.DAY.value
    )
    # key dates
    came_into_care: Mapped[date | None] = mapped_column(Date)
    placement_date: Mapped[date | None] = mapped_column(Date)
    placement_order_date: Mapped[date | None] = mapped_column(Date)
    adoption_order_date: Mapped[date | None] = mapped_column(Date)
    celebration_hearing_date: Mapped[date | None] = mapped_column(Date)
    # revision 0009: what the deadline rules need (lifebook.tracking)
    nation: Mapped[str] = mapped_column(
        String(20), default=Nation.ENGLAND_WALES.value, server_default=Nation.ENGLAND_WALES.value
    )
    match_date: Mapped[date | None] = mapped_column(Date)
    order_date: Mapped[date | None] = mapped_column(Date)  # SGO or CAO
    plan_started: Mapped[date | None] = mapped_column(Date)
    allocated_worker: Mapped[str] = mapped_column(
        String(100), default="", server_default=sql_text("''")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0012: the same child in every library a case bundle reaches (services/bundles)
    uid: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex,
                                     server_default=sql_text("''"), index=True)

    people: Mapped[list[Person]] = relationship(back_populates="child", cascade="all, delete-orphan")
    media: Mapped[list[MediaItem]] = relationship(back_populates="child", cascade="all, delete-orphan")
    books: Mapped[list[Book]] = relationship(back_populates="child", cascade="all, delete-orphan")
    events: Mapped[list[ChronologyEvent]] = relationship(
        back_populates="child", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.full_name


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relationship_to_child: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(40), default=PersonRole.OTHER.value)
    # consent to be named in the child's books (Consent); its note and date below
    consent: Mapped[str] = mapped_column(String(20), default=Consent.NOT_ASKED.value)
    consent_note: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    # never exported: only the practitioner sees it (was ``notes`` before revision 0006)
    private_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # revision 0006
    known_as: Mapped[str] = mapped_column(String(100), default="", server_default=sql_text("''"))
    photo_media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_items.id", ondelete="SET NULL"), index=True
    )
    # a Relationship value; ``relationship_to_child`` keeps the words ("Mum's sister")
    relationship: Mapped[str] = mapped_column(
        String(40), default=Relationship.OTHER.value, server_default=Relationship.OTHER.value
    )
    # for brothers and sisters: a SiblingLives value ("" for everyone else)
    sibling_lives: Mapped[str] = mapped_column(String(20), default="", server_default=sql_text("''"))
    household: Mapped[str] = mapped_column(String(100), default="", server_default=sql_text("''"))
    date_of_death: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    consent_named_date: Mapped[date | None] = mapped_column(Date)
    # consent to be identified (full name, photo, where they live): a Consent value
    consent_identified: Mapped[str] = mapped_column(
        String(20), default=Consent.NOT_ASKED.value, server_default=Consent.NOT_ASKED.value
    )
    consent_identified_date: Mapped[date | None] = mapped_column(Date)
    consent_identified_note: Mapped[str] = mapped_column(
        Text, default="", server_default=sql_text("''")
    )
    # foster carers: when the child lived with them
    placement_from: Mapped[date | None] = mapped_column(Date)
    placement_to: Mapped[date | None] = mapped_column(Date)

    # ``relationship`` is a column here, so the ORM's relationship() goes by another name
    child: Mapped[Child] = orm_relationship(back_populates="people")


class MediaPerson(Base):
    """Who appears in a photo."""

    __tablename__ = "media_people"

    media_id: Mapped[int] = mapped_column(
        ForeignKey("media_items.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )


class MediaItem(Base):
    __tablename__ = "media_items"
    __table_args__ = (UniqueConstraint("child_id", "sha256", name="uq_media_child_sha"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(10))
    byte_size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    orientation: Mapped[int] = mapped_column(Integer, default=1)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    had_gps: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    caption: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # where the photo came from
    use_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    agreed_by: Mapped[str] = mapped_column(String(100), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    child: Mapped[Child] = relationship(back_populates="media")
    people: Mapped[list[Person]] = relationship(secondary="media_people")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default=BookKind.LIFE_STORY.value)
    title: Mapped[str] = mapped_column(String(200))
    trim: Mapped[str] = mapped_column(String(20), default=TrimSize.A4_PORTRAIT.value)
    status: Mapped[str] = mapped_column(String(30), default=BookStatus.DRAFT.value)
    due_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0011: a letter copied for a sibling, and its notice to personalise it
    copied_from_book_id: Mapped[int | None] = mapped_column(
        ForeignKey("books.id", ondelete="SET NULL", name="fk_books_copied_from_book_id_books"))
    personalise_note: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    # revision 0007: the revision being worked on; editing an approved book starts the next
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))

    child: Mapped[Child] = relationship(back_populates="books")
    pages: Mapped[list[Page]] = relationship(
        back_populates="book", cascade="all, delete-orphan", order_by="Page.position"
    )


class Page(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 0-based order in the book
    section: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(String(60))
    prompt: Mapped[str] = mapped_column(Text, default="")
    # revision 0011: part of a letter to be shared at a later age, exported separately
    for_later: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # revision 0016: counts changes to what the page shows (store.page_versions), and who made
    # the last, so a save made on an out-of-date page is refused instead of overwriting it
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))
    changed_by: Mapped[str] = mapped_column(String(100), default="", server_default=sql_text("''"))

    book: Mapped[Book] = relationship(back_populates="pages")
    frames: Mapped[list[FrameContentRow]] = relationship(
        back_populates="page", cascade="all, delete-orphan"
    )


class FrameContentRow(Base):
    """What one frame of one page holds: text, or a photo with its crop."""

    __tablename__ = "frame_contents"
    __table_args__ = (UniqueConstraint("page_id", "frame_key", name="uq_frame_page_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), index=True)
    frame_key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")  # exactly as typed (NFC)
    marks: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))  # model.richtext JSON
    style: Mapped[str | None] = mapped_column(String(40))
    media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_items.id", ondelete="SET NULL"), index=True
    )
    crop_x: Mapped[float] = mapped_column(Float, default=0.5)
    crop_y: Mapped[float] = mapped_column(Float, default=0.5)
    crop_zoom: Mapped[float] = mapped_column(Float, default=1.0)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    # revision 0013: a picture from the clipart library (its key in assets/clipart), instead of a photo
    clipart: Mapped[str | None] = mapped_column(String(80))
    clipart_colours: Mapped[str | None] = mapped_column(Text)  # {"skin"|"hair"|"clothes": "#rrggbb"}
    drawing: Mapped[str | None] = mapped_column(Text)  # pen strokes over the frame (model.drawing JSON)
    # revision 0015: "fit" (the whole picture) or "fill" (fill the frame); NULL: the content's default
    fit: Mapped[str | None] = mapped_column(String(8))

    page: Mapped[Page] = relationship(back_populates="frames")
    media: Mapped[MediaItem | None] = relationship()


class Comment(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), index=True)
    frame_key: Mapped[str | None] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    # revision 0008: threads, and reactions a carer recorded with the child (review mode)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="comment", server_default="comment")
    from_child: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    carer_name: Mapped[str] = mapped_column(String(100), default="", server_default=sql_text("''"))
    reaction: Mapped[str] = mapped_column(String(30), default="", server_default=sql_text("''"))
    drawing: Mapped[bytes | None] = mapped_column(LargeBinary)  # a "my page" drawing, PNG
    resolved_by: Mapped[str] = mapped_column(String(100), default="", server_default=sql_text("''"))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who did what, when. Written in the same transaction as the change itself."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    # the database login behind the entry: set by the team server itself (0016); "" on a laptop
    login: Mapped[str] = mapped_column(String(63), default="", server_default=sql_text("''"))


class ChronologyEvent(Base):
    """One entry in a child's chronology (revision 0002)."""

    __tablename__ = "chronology_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    date_text: Mapped[str] = mapped_column(String(60))  # as written: "spring 2019"
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(20), default=DatePrecision.DAY.value)
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    include_in_book: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # revision 0004
    category: Mapped[str] = mapped_column(String(20), default="other", server_default="other")
    place: Mapped[str] = mapped_column(String(200), default="", server_default=sql_text("''"))
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # 0-based order within the child's chronology (kept for events with the same or no date)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=sql_text("0"))
    # sha256 of the normalised imported row ("" when typed by hand): re-import never duplicates
    source_row_hash: Mapped[str] = mapped_column(
        String(64), default="", server_default=sql_text("''"), index=True
    )

    child: Mapped[Child] = relationship(back_populates="events")


class ChronologyEventPerson(Base):
    """Who was involved in a chronology event (revision 0005)."""

    __tablename__ = "chronology_event_people"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("chronology_events.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChronologyEventMedia(Base):
    """A photo that belongs to a chronology event (revision 0005)."""

    __tablename__ = "chronology_event_media"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("chronology_events.id", ondelete="CASCADE"), primary_key=True
    )
    media_id: Mapped[int] = mapped_column(
        ForeignKey("media_items.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class BookStatusChange(Base):
    """One move of a book through its workflow: who, when, from and to, why (revision 0005)."""

    __tablename__ = "book_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100))
    comment: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))



class BookRevision(Base):
    """An approved revision of a book, frozen as a JSON snapshot (revision 0007)."""

    __tablename__ = "book_revisions"
    __table_args__ = (UniqueConstraint("book_id", "number", name="uq_book_revisions_book_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # services.snapshots JSON
    content_sha256: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(100))
    approved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class QaRecord(Base):
    """One quality assurance review of a book: checklist answers, findings, outcome (0007)."""

    __tablename__ = "qa_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    revision_number: Mapped[int] = mapped_column(Integer)
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("book_revisions.id", ondelete="SET NULL")
    )
    checklist: Mapped[str] = mapped_column(String(40))  # templates/qa/<key>.toml
    outcome: Mapped[str] = mapped_column(String(30))  # a BookStatus value: approved or changes
    reviewer: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    answers: Mapped[str] = mapped_column(Text)  # JSON list of {key, text, answer, comment}
    findings: Mapped[str] = mapped_column(Text)  # JSON list of the automated findings then
    comment: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))


class BookDelivery(Base):
    """An approved revision handed over: to whom, when, and the kept final PDF (0007)."""

    __tablename__ = "book_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("book_revisions.id", ondelete="CASCADE"))
    delivered_to: Mapped[str] = mapped_column(String(200))
    delivered_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    pdf_sha256: Mapped[str] = mapped_column(String(64))  # in the media store, as .pdf
    pdf_bytes: Mapped[int] = mapped_column(Integer)


class Allocation(Base):
    """A child allocated to a worker (a database login) on a team server (0016).

    The team server's row-level security reads this table: a worker sees only the
    children allocated to them. A laptop library keeps it empty.
    """

    __tablename__ = "allocations"

    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
        primary_key=True)
    worker: Mapped[str] = mapped_column(String(63), primary_key=True, index=True)
    allocated_by: Mapped[str] = mapped_column(String(63), default="", server_default=sql_text("''"))
    allocated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MediaBlob(Base):
    """The bytes of one original (photo or delivered PDF), named by their SHA-256 (0017).

    Only a team server fills this table (``store.server_media``): its photos live in
    the database, under its row-level security. A laptop library keeps it empty.
    """

    __tablename__ = "media_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    extension: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MediaBlobHolder(Base):
    """A login that sent a blob's bytes to the team server, so may refer to it (0017).

    Written and read only by the server's own functions (``store.team_policies``).
    """

    __tablename__ = "media_blob_holders"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
