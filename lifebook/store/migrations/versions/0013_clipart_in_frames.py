"""a picture frame can hold a picture from the clipart library, and a freehand drawing

- ``frame_contents.clipart``: the key of a picture in assets/clipart
  (e.g. "house"), or empty. A frame holds a photo or a clipart picture,
  never both; the picture itself is read from the library when drawn.

- ``frame_contents.clipart_colours``: the picture's skin, hair and clothes
  colours when recoloured (JSON, e.g. ``{"skin": "#a8693f"}``), or empty.
- ``frame_contents.drawing``: pen strokes drawn over the frame, as vectors
  (JSON, see lifebook.model.drawing), or empty.

Frames already stored keep every value and hold no clipart and no drawing.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clipart", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("clipart_colours", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("drawing", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.drop_column("drawing")
        batch_op.drop_column("clipart_colours")
        batch_op.drop_column("clipart")
