"""Comments on a book, and what a child said about it in review mode: plain records.

A comment is pinned to a book, a page, or one frame of a page, and starts a
thread that others reply to. Comments a carer recorded while reading the book
with the child (``lifebook review``) are marked ``from_child`` and carry the
carer's name; each is a feeling sticker, a note in the child's words, or a
typed or drawn "my page" addition.

No Qt, no SQLAlchemy: this module imports only the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

NOTE_MAX_CHARS = 2000  # a short note in the child's words, or a typed "my page"
COMMENT_MAX_CHARS = 5000
DRAWING_MAX_BYTES = 4 * 1024 * 1024  # a drawing pad's PNG is far smaller
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Feeling(StrEnum):
    """The feeling stickers a child can choose. The value is stored; ``label`` is shown."""

    HAPPY = "happy"
    SAD = "sad"
    CONFUSED = "confused"
    ANGRY = "angry"
    WANT_TO_KNOW_MORE = "want-to-know-more"

    @property
    def label(self) -> str:
        return _FEELING_LABELS[self]

    @property
    def phrase(self) -> str:
        """How the practitioner reads it: "felt happy about this page"."""
        return _FEELING_PHRASES[self]


_FEELING_LABELS = {
    Feeling.HAPPY: "Happy",
    Feeling.SAD: "Sad",
    Feeling.CONFUSED: "Confused",
    Feeling.ANGRY: "Angry",
    Feeling.WANT_TO_KNOW_MORE: "I want to know more",
}
_FEELING_PHRASES = {
    Feeling.HAPPY: "felt happy about this page",
    Feeling.SAD: "felt sad about this page",
    Feeling.CONFUSED: "felt confused by this page",
    Feeling.ANGRY: "felt angry about this page",
    Feeling.WANT_TO_KNOW_MORE: "wants to know more about this page",
}


class CommentKind(StrEnum):
    COMMENT = "comment"  # typed by a reviewer in the editor
    FEELING = "feeling"  # a feeling sticker, from the child
    NOTE = "note"  # a short note in the child's words
    MY_PAGE = "my-page"  # the child's own addition: typed words and/or a drawing


def long_date_time(value: datetime) -> str:
    """ "27 November 2026, 11:32" """
    return f"{value.day} {value:%B %Y, %H:%M}"


@dataclass(frozen=True)
class CommentInfo:
    """One comment (or reply) as the window and the command line see it."""

    id: int
    book_id: int
    page_id: int | None  # None: about the whole book
    page_number: int | None  # 1-based, as printed; None for the whole book
    frame_key: str | None  # None: about the whole page
    frame_label: str  # the frame as the user knows it ("Main photo"), or ""
    parent_id: int | None
    author: str
    body: str
    created_at: datetime
    resolved: bool
    kind: str = CommentKind.COMMENT.value
    from_child: bool = False
    carer_name: str = ""
    reaction: str = ""  # a Feeling value for a sticker
    has_drawing: bool = False
    resolved_by: str = ""

    @property
    def when_text(self) -> str:
        return long_date_time(self.created_at)

    @property
    def where_text(self) -> str:
        """ "Page 3, Main photo", "Page 3" or "The whole book". """
        if self.page_number is None:
            return "The whole book"
        return f"Page {self.page_number}" + (f", {self.frame_label}" if self.frame_label else "")

    @property
    def summary(self) -> str:
        """What it says, in a line a practitioner reads: child's reactions in words."""
        if self.kind == CommentKind.FEELING.value and self.reaction in Feeling._value2member_map_:
            text = f"The child {Feeling(self.reaction).phrase}"
            return text + (f": {self.body}" if self.body else ".")
        if self.kind == CommentKind.NOTE.value:
            return f"In the child's words: “{self.body}”"
        if self.kind == CommentKind.MY_PAGE.value:
            drawn = "a drawing" if self.has_drawing else ""
            typed = f"“{self.body}”" if self.body else ""
            return "The child's own page: " + " and ".join(p for p in (typed, drawn) if p)
        return self.body

    @property
    def byline(self) -> str:
        """ "From the child, with Sam Carer" or the author's name. """
        if self.from_child:
            return f"From the child, with {self.carer_name}" if self.carer_name else "From the child"
        return self.author

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "book_id": self.book_id,
            "page_id": self.page_id,
            "page_number": self.page_number,
            "frame_key": self.frame_key,
            "parent_id": self.parent_id,
            "author": self.author,
            "body": self.body,
            "created_at": self.created_at.isoformat(),
            "resolved": self.resolved,
            "kind": self.kind,
            "from_child": self.from_child,
            "carer_name": self.carer_name,
            "reaction": self.reaction,
            "has_drawing": self.has_drawing,
            "resolved_by": self.resolved_by,
        }


@dataclass(frozen=True)
class CommentThread:
    """A comment and its replies, oldest first."""

    first: CommentInfo
    replies: tuple[CommentInfo, ...] = field(default_factory=tuple)

    @property
    def id(self) -> int:
        return self.first.id

    @property
    def resolved(self) -> bool:
        return self.first.resolved

    def as_dict(self) -> dict:
        return {**self.first.as_dict(), "replies": [r.as_dict() for r in self.replies]}
