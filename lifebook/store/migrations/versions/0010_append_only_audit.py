"""the audit log becomes append-only: the database refuses to change or delete its entries

SQLite: BEFORE UPDATE and BEFORE DELETE triggers that abort. PostgreSQL: the
same, through one trigger function. A later migration that rebuilds the
``audit_entries`` table (a batch "move and copy" on SQLite) drops these
triggers with the old table and must create them again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MESSAGE = "the audit log is append-only: entries cannot be changed or deleted"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE OR REPLACE FUNCTION lifebook_audit_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '{MESSAGE}';
            END;
            $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE "
                   "ON audit_entries FOR EACH ROW EXECUTE FUNCTION lifebook_audit_append_only()")
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER audit_entries_no_{event.lower()} BEFORE {event} "
                   f"ON audit_entries BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS lifebook_audit_append_only()")
        return
    for event in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_entries_no_{event}")
