"""chronology events; remember whether a photo carried GPS data

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chronology_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("date_text", sa.String(length=60), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("include_in_book", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_chronology_events_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chronology_events")),
    )
    with op.batch_alter_table("chronology_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_chronology_events_child_id"), ["child_id"], unique=False
        )
    # Existing photos: unknown, recorded as False (the print pipeline strips GPS regardless).
    with op.batch_alter_table("media_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("had_gps", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("media_items", schema=None) as batch_op:
        batch_op.drop_column("had_gps")
    with op.batch_alter_table("chronology_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chronology_events_child_id"))
    op.drop_table("chronology_events")
