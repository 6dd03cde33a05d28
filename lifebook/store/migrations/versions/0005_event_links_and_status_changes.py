"""chronology events link to people and photos; a book's status changes are recorded

- ``chronology_event_people`` and ``chronology_event_media``: who was involved
  in an event and which photos belong to it. Deleting the event, the person
  or the photo deletes the link, never the other side.
- ``book_status_changes``: every move of a book through its workflow (who,
  when, from which status to which, with a comment). Books already stored get
  no history: their current status stands on its own.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chronology_event_people",
        sa.Column("event_id", sa.Integer(),
                  sa.ForeignKey("chronology_events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("person_id", sa.Integer(),
                  sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_chronology_event_people_person_id", "chronology_event_people",
                    ["person_id"])
    op.create_table(
        "chronology_event_media",
        sa.Column("event_id", sa.Integer(),
                  sa.ForeignKey("chronology_events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("media_id", sa.Integer(),
                  sa.ForeignKey("media_items.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_chronology_event_media_media_id", "chronology_event_media",
                    ["media_id"])
    op.create_table(
        "book_status_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("book_id", sa.Integer(), sa.ForeignKey("books.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("from_status", sa.String(length=30), nullable=False),
        sa.Column("to_status", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    op.create_index("ix_book_status_changes_book_id", "book_status_changes", ["book_id"])


def downgrade() -> None:
    op.drop_index("ix_book_status_changes_book_id", table_name="book_status_changes")
    op.drop_table("book_status_changes")
    op.drop_index("ix_chronology_event_media_media_id", table_name="chronology_event_media")
    op.drop_table("chronology_event_media")
    op.drop_index("ix_chronology_event_people_person_id", table_name="chronology_event_people")
    op.drop_table("chronology_event_people")
