"""approved revisions of a book, QA records and deliveries

- ``books.revision``: the number of the revision being worked on (1 for a
  new book). Editing an approved or delivered book starts the next one.
- ``book_revisions``: each approved revision, frozen: a JSON snapshot of the
  book's content (text exactly as typed, with marks; photos by sha256), who
  approved it and when. A final PDF is always made from a snapshot, so the
  approved revision can be exported again exactly as approved.
- ``qa_records``: each quality assurance review: the checklist answers (met,
  not met, not applicable, with comments), the automated findings at the
  time, the outcome and the reviewer's comment; linked to the revision it
  approved.
- ``book_deliveries``: to whom and when an approved revision was delivered,
  and the sha256 of the final PDF kept in the library's media store.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("books") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False,
                                   server_default=sa.text("1")))
    op.create_table(
        "book_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("book_id", sa.Integer(), sa.ForeignKey("books.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("book_id", "number", name="uq_book_revisions_book_number"),
    )
    op.create_index("ix_book_revisions_book_id", "book_revisions", ["book_id"])
    op.create_table(
        "qa_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("book_id", sa.Integer(), sa.ForeignKey("books.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(),
                  sa.ForeignKey("book_revisions.id", ondelete="SET NULL"), nullable=True),
        sa.Column("checklist", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    op.create_index("ix_qa_records_book_id", "qa_records", ["book_id"])
    op.create_table(
        "book_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("book_id", sa.Integer(), sa.ForeignKey("books.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("revision_id", sa.Integer(),
                  sa.ForeignKey("book_revisions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("delivered_to", sa.String(length=200), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_bytes", sa.Integer(), nullable=False),
    )
    op.create_index("ix_book_deliveries_book_id", "book_deliveries", ["book_id"])


def downgrade() -> None:
    op.drop_index("ix_book_deliveries_book_id", table_name="book_deliveries")
    op.drop_table("book_deliveries")
    op.drop_index("ix_qa_records_book_id", table_name="qa_records")
    op.drop_table("qa_records")
    op.drop_index("ix_book_revisions_book_id", table_name="book_revisions")
    op.drop_table("book_revisions")
    with op.batch_alter_table("books") as batch:
        batch.drop_column("revision")
