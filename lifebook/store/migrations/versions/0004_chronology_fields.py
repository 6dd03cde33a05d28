"""chronology events gain a category, a place, sensitive and private flags, an order and a row hash

Events already stored keep every value: they become category "other", no
place, not sensitive, not private, ordered by the date they hold (their
position is filled in from date then id), and have no import hash (a hand-made
event is never matched by a re-import).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chronology_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("category", sa.String(length=20), nullable=False, server_default="other")
        )
        batch_op.add_column(
            sa.Column("place", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("sensitive", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("position", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(
            sa.Column("source_row_hash", sa.String(length=64), nullable=False,
                      server_default=sa.text("''"))
        )
        batch_op.create_index("ix_chronology_events_source_row_hash", ["source_row_hash"])

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, child_id FROM chronology_events ORDER BY child_id, "
                "date_start IS NULL, date_start, id")
    ).all()
    counters: dict[int, int] = {}
    for row_id, child_id in rows:
        counters[child_id] = counters.get(child_id, -1) + 1
        conn.execute(sa.text("UPDATE chronology_events SET position = :p WHERE id = :i"),
                     {"p": counters[child_id], "i": row_id})


def downgrade() -> None:
    with op.batch_alter_table("chronology_events", schema=None) as batch_op:
        batch_op.drop_index("ix_chronology_events_source_row_hash")
        batch_op.drop_column("source_row_hash")
        batch_op.drop_column("position")
        batch_op.drop_column("private")
        batch_op.drop_column("sensitive")
        batch_op.drop_column("place")
        batch_op.drop_column("category")
