"""letters copied for a sibling carry a notice until personalised; sections can be kept for later

- ``books.copied_from_book_id``: the letter this one was copied from (for a
  sibling), kept as a link that becomes empty if that letter is deleted.
- ``books.personalise_note``: while not empty, the book carries a notice to
  make it personal to its child before approval; the first edit clears it.
- ``pages.for_later``: the page belongs to a part of the letter to be shared
  at a later age, exported separately.

Books and pages already stored keep every value: no copy link, no notice,
nothing kept for later.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("books", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copied_from_book_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("personalise_note", sa.Text(), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.create_foreign_key("fk_books_copied_from_book_id_books", "books",
                                    ["copied_from_book_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("for_later", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_column("for_later")
    with op.batch_alter_table("books", schema=None) as batch_op:
        batch_op.drop_constraint("fk_books_copied_from_book_id_books", type_="foreignkey")
        batch_op.drop_column("personalise_note")
        batch_op.drop_column("copied_from_book_id")
