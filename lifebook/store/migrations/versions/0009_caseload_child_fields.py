"""children gain what the deadline rules need: nation, match, order and plan dates, worker

- ``nation``: whose bank holidays count (england-wales, scotland,
  northern-ireland); children already stored are england-wales.
- ``match_date`` (long-term foster care), ``order_date`` (special
  guardianship or child arrangements order) and ``plan_started`` (when the
  current plan began, for the words and pictures deadline): all unknown for
  children already stored.
- ``allocated_worker``: the social worker's name as typed (empty: not
  allocated). Real allocation to logins comes with the team server.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nation", sa.String(length=20), nullable=False,
                      server_default="england-wales")
        )
        batch_op.add_column(sa.Column("match_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("order_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("plan_started", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("allocated_worker", sa.String(length=100), nullable=False,
                      server_default=sa.text("''"))
        )


def downgrade() -> None:
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_column("allocated_worker")
        batch_op.drop_column("plan_started")
        batch_op.drop_column("order_date")
        batch_op.drop_column("match_date")
        batch_op.drop_column("nation")
