"""Comment rows as plain snapshots and back: shared by comment deletion and page deletion.

Deleting a page deletes its comments with it (the database cascades), so a
page's snapshot (``services.pages.snapshot_page``) carries its comments too,
and bringing the page back (Undo) brings them back.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.store.models import Comment

SNAPSHOT_FIELDS = ("id", "book_id", "page_id", "frame_key", "author", "body", "created_at",
                   "resolved", "parent_id", "kind", "from_child", "carer_name", "reaction",
                   "drawing", "resolved_by", "resolved_at")


def snapshot(row: Comment) -> dict:
    """Every field of one comment row, to put it back exactly (``insert_snapshots``)."""
    return {name: getattr(row, name) for name in SNAPSHOT_FIELDS}


def page_comment_snapshots(session: Session, page_id: int) -> list[dict]:
    """Every comment on a page (threads first, then replies), to put back with the page."""
    rows = session.scalars(select(Comment).where(Comment.page_id == page_id)
                           .order_by(Comment.parent_id.is_not(None), Comment.id)).all()
    return [snapshot(r) for r in rows]


def insert_snapshots(session: Session, snapshots: list[dict]) -> list[int]:
    """Insert snapshotted comments (parents before replies); returns their ids now.

    A comment keeps its old id unless that id was taken again meanwhile; a
    reply follows its parent to the parent's new id.
    """
    new_ids: dict[int, int] = {}
    out: list[int] = []
    for snap in snapshots:
        values = dict(snap)
        old_id = values.pop("id")
        if values.get("parent_id") is not None:
            values["parent_id"] = new_ids.get(values["parent_id"], values["parent_id"])
        row = Comment(**values)
        if session.get(Comment, old_id) is None:
            row.id = old_id
        session.add(row)
        session.flush()
        new_ids[old_id] = row.id
        out.append(row.id)
    return out
