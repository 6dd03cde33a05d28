"""comments become threads, and can come from the child (carer's review mode)

- ``parent_id``: a reply belongs to the comment that starts its thread;
  deleting that comment deletes its replies.
- ``kind``: "comment" (typed by a reviewer), or what a carer recorded with the
  child in review mode: "feeling" (a sticker), "note" (the child's words) or
  "my-page" (a typed or drawn addition).
- ``from_child`` and ``carer_name``: marked "from the child", with the name of
  the carer who sat with them.
- ``reaction``: the feeling sticker's code (model.comments.Feeling), or "".
- ``drawing``: a "my page" drawing as PNG bytes (in the database, so a shared
  PostgreSQL library's access rules cover it too).
- ``resolved_by`` and ``resolved_at``: who marked a thread resolved, and when.

Comments already stored keep every value: they become typed comments, not
from the child, at the start of their own thread.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=False,
                                      server_default="comment"))
        batch_op.add_column(sa.Column("from_child", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("carer_name", sa.String(length=100), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("reaction", sa.String(length=30), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("drawing", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=100), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key("fk_comments_parent_id_comments", "comments",
                                    ["parent_id"], ["id"], ondelete="CASCADE")
        batch_op.create_index("ix_comments_parent_id", ["parent_id"])
        batch_op.create_index("ix_comments_page_id", ["page_id"])


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_page_id")
        batch_op.drop_index("ix_comments_parent_id")
        batch_op.drop_constraint("fk_comments_parent_id_comments", type_="foreignkey")
        for column in ("resolved_at", "resolved_by", "drawing", "reaction", "carer_name",
                       "from_child", "kind", "parent_id"):
            batch_op.drop_column(column)
