"""a picture frame can show the whole picture (letterbox) or fill the frame

- ``frame_contents.fit``: "fit" (show the whole picture, with space around it
  if its shape differs from the frame's) or "fill" (fill the frame, trimming
  the edges), or empty for the default: photos fill their frame, pictures
  from the clipart library and drawings fit.

Frames already stored keep every value and look exactly as before (empty
means the default they were drawn with).

Revision ID: 0015
Revises: 0013
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fit", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.drop_column("fit")
