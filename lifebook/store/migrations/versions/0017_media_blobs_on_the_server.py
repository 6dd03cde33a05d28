"""a team server keeps its photos (and delivered PDFs) in the database

- ``media_blobs``: the bytes of every original, keyed by their SHA-256 (content
  addressed, written once, never changed). On a team server (PostgreSQL) this is
  where photos live, so the row-level security policies cover them and the server
  is the one thing to back up; each laptop keeps a read-through cache of what it
  has fetched (``store.server_media``). A laptop library keeps the table empty:
  its photos stay in the ``.media`` folder beside the file.
- ``media_blob_holders``: which logins have sent a blob's bytes to the server
  (proof that they hold that photo). A worker may refer to a blob (a photo row, a
  delivery) only if they sent it or can already see it, so knowing a photo's hash
  is not enough to read it (the triggers are in ``store.team_policies``). Only the
  server's own functions read or write it; a laptop library keeps it empty.
- On PostgreSQL the table checks that each blob's name is the SHA-256 of its bytes
  and its size their length, so nobody can put other bytes under a photo's name,
  and the bytes are stored uncompressed out of line (``STORAGE EXTERNAL``: photos
  do not compress, and a slice of an uncompressed value is read without reading
  the whole), so a laptop can fetch a large photo in pieces.

Nothing already stored changes.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("extension", sa.String(length=10), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_media_blobs"),
    )
    op.create_table(
        "media_blob_holders",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "login", name="pk_media_blob_holders"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE media_blobs ALTER COLUMN data SET STORAGE EXTERNAL")
        op.execute("ALTER TABLE media_blobs ADD CONSTRAINT ck_media_blobs_named_by_content "
                   "CHECK (sha256 = encode(sha256(data), 'hex') AND size = octet_length(data))")


def downgrade() -> None:
    op.drop_table("media_blob_holders")
    op.drop_table("media_blobs")
