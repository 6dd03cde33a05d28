"""Freezing a book's content for approval, and thawing it for a final export.

A snapshot is plain JSON: the title, kind, trim, the child's name as the book
shows it, and every page with what its frames hold: text exactly as typed
with its bold/italic marks, styles, and photos by content hash (sha256) with
their crop. Stored originals are write-once and never removed from the media
store, so a snapshot can be printed again years later exactly as approved,
whatever has been edited or deleted since.
"""

from __future__ import annotations

import hashlib
import json

from lifebook.model.content import BookContent, Crop, FrameContent, MediaRef, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.richtext import RichText
from lifebook.model.trim import TrimSize
from lifebook.services.content import stored_colours, stored_drawing, stored_fit
from lifebook.store.db import Library
from lifebook.store.models import Book, FrameContentRow

SNAPSHOT_FORMAT = 1
# A frozen book: plain JSON data (stored in book_revisions.snapshot), restore data
# rather than a result to read, so it stays a dict.
BookSnapshot = dict


# Picture-frame fields kept only when set, so snapshots of books without them stay as they were.
PICTURE_KEYS = ("clipart", "clipart_colours", "drawing", "fit")


def _frame(row: FrameContentRow) -> dict:
    media = row.media
    pictures = {key: getattr(row, key) for key in PICTURE_KEYS if getattr(row, key)}
    return pictures | {
        "text": row.text,
        "marks": row.marks,
        "style": row.style,
        "crop": [row.crop_x, row.crop_y, row.crop_zoom],
        "rotation": row.rotation,
        "media": None if media is None else {
            "media_id": media.id,
            "sha256": media.sha256,
            "format": media.format,
            "width": media.width,
            "height": media.height,
            "orientation": media.orientation,
            "use_agreed": media.use_agreed,
            "caption": media.caption,
        },
    }


def freeze(book: Book) -> BookSnapshot:
    """A book's content now, as plain JSON-ready data (read inside a session)."""
    return {
        "format": SNAPSHOT_FORMAT,
        "book_id": book.id,
        "title": book.title,
        "kind": book.kind,
        "trim": book.trim,
        "child_id": book.child_id,
        "child_name": book.child.display_name,
        "pages": [
            {
                "page_id": page.id,
                "template": page.template,
                "section": page.section,
                "prompt": page.prompt,
                "for_later": page.for_later,  # a letter's part kept for later (revision 0011)
                "frames": {row.frame_key: _frame(row)
                           for row in sorted(page.frames, key=lambda r: r.frame_key)},
            }
            for page in sorted(book.pages, key=lambda p: p.position)
        ],
    }


def content_hash(snapshot: dict) -> str:
    """The same for two snapshots with the same content (ids of rows aside)."""
    printed = {key: snapshot[key] for key in ("title", "kind", "trim", "child_name")}
    printed["pages"] = [{k: p[k] for k in ("template", "section", "frames")}
                        | ({"for_later": True} if p.get("for_later") else {})
                        for p in snapshot["pages"]]
    text = json.dumps(printed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dumps(snapshot: dict) -> str:
    """The snapshot as the JSON text stored in ``book_revisions.snapshot``."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def thaw(library: Library, snapshot: dict, *, approval: str = "",
         revision: int = 0) -> BookContent:
    """The layout engine's input from a snapshot: the book exactly as it was approved."""
    pages = []
    for number, page in enumerate(snapshot["pages"], start=1):
        frames = {}
        for key, value in page["frames"].items():
            rich = RichText.from_storage(value["text"], value["marks"])
            media = value["media"]
            ref = None if media is None else MediaRef(
                media_id=media["media_id"],
                sha256=media["sha256"],
                path=library.media.path_for(media["sha256"], media["format"]),
                width=media["width"],
                height=media["height"],
                orientation=media["orientation"],
                use_agreed=media["use_agreed"],
                caption=media["caption"],
            )
            x, y, zoom = value["crop"]
            frames[key] = FrameContent(frame_key=key, text=rich.text, marks=rich.marks, media=ref,
                                       crop=Crop(x, y, max(1.0, zoom)),
                                       rotation=value["rotation"] % 360, style=value["style"],
                                       clipart=value.get("clipart") or None,
                                       clipart_colours=stored_colours(value.get("clipart_colours")),
                                       drawing=stored_drawing(value.get("drawing")),
                                       fit=stored_fit(value.get("fit")))
        pages.append(PageContent(page_id=page["page_id"], number=number,
                                 template=page["template"], section=page["section"],
                                 prompt=page["prompt"], frames=frames,
                                 for_later=bool(page.get("for_later", False))))
    return BookContent(
        book_id=snapshot["book_id"],
        kind=BookKind(snapshot["kind"]),
        title=snapshot["title"],
        trim=TrimSize(snapshot["trim"]),
        child_name=snapshot["child_name"],
        child_id=snapshot["child_id"],
        approved=True,
        pages=tuple(pages),
        approval=approval,
        revision=revision,
    )
