"""every child gets a stable id, so a case bundle finds the same child in another library

- ``children.uid``: a random id (32 hex digits) given when the child is
  added and carried in every case bundle. Importing a bundle whose child
  already has that uid merges into the child instead of adding a second one.

Children already stored get a fresh uid each; nothing else changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(32), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.create_index("ix_children_uid", ["uid"], unique=False)
    conn = op.get_bind()
    children = sa.table("children", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (child_id,) in conn.execute(sa.select(children.c.id)).fetchall():
        conn.execute(children.update().where(children.c.id == child_id)
                     .values(uid=uuid.uuid4().hex))


def downgrade() -> None:
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index("ix_children_uid")
        batch_op.drop_column("uid")
