"""a team library's allocations of children to workers, the login behind each audit entry,
and page version numbers

- ``allocations``: which worker (a database login) works with which child. A
  child can have more than one worker. On a team server (PostgreSQL) the
  row-level security policies that ``lifebook server init`` installs read it; a
  laptop library keeps it empty. The link to the child is checked at commit
  (deferred), so the server can allocate a new child to the worker who creates
  it in the same statement.
- ``audit_entries.login``: the database login that did the action. On
  PostgreSQL a trigger fills it with ``session_user``, so it cannot be forged
  by the app; in a laptop library it stays empty (the actor's name says who).
- ``pages.version``: counts the changes to what a page shows (its frames, template,
  section), so a save made on an out-of-date page is refused rather than
  overwriting someone else's words; ``pages.changed_by``: who made the last one.

Rows already stored keep every value; old audit entries have an empty login,
and pages start at version 1, changed by nobody named.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "allocations",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=63), nullable=False),
        sa.Column("allocated_by", sa.String(length=63), nullable=False, server_default=sa.text("''")),
        sa.Column("allocated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE",
                                name="fk_allocations_child_id_children",
                                deferrable=True, initially="DEFERRED"),
        sa.PrimaryKeyConstraint("child_id", "worker"),
    )
    op.create_index("ix_allocations_worker", "allocations", ["worker"])
    # Plain ADD COLUMN, not a batch rebuild: SQLite adds a column with a default in place,
    # and a rebuild of audit_entries would drop its append-only triggers (0010).
    op.add_column("audit_entries", sa.Column("login", sa.String(length=63), nullable=False,
                                             server_default=sa.text("''")))
    op.add_column("pages", sa.Column("version", sa.Integer(), nullable=False,
                                     server_default=sa.text("1")))
    op.add_column("pages", sa.Column("changed_by", sa.String(length=100), nullable=False,
                                     server_default=sa.text("''")))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE OR REPLACE FUNCTION lifebook_audit_login() RETURNS trigger AS $$
            BEGIN
                NEW.login := session_user;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER audit_entries_login BEFORE INSERT ON audit_entries "
                   "FOR EACH ROW EXECUTE FUNCTION lifebook_audit_login()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_login ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS lifebook_audit_login()")
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")
    # SQLite 3.35+ drops a column in place; a rebuild would lose the append-only triggers
    op.drop_column("audit_entries", "login")
    op.drop_index("ix_allocations_worker", table_name="allocations")
    op.drop_table("allocations")
