"""formatting as marks, not characters; NFC text; child pronouns and date-of-birth precision

Before 0003 a frame's text held light markup (``**bold**``, ``*italic*``), so
a literal ``*`` typed by the user could turn into formatting. From 0003 the
text is exactly what was typed and ``frame_contents.marks`` holds bold and
italic ranges as JSON (see lifebook.model.richtext). Every stored text is
also NFC-normalised, so a name typed with decomposed accents matches the
same name typed composed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

from lifebook.model.richtext import from_legacy_markup

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, text columns) normalised to NFC
_TEXT_COLUMNS = {
    "children": ("full_name", "preferred_name", "notes"),
    "people": ("name", "relationship_to_child", "consent_note", "notes"),
    "media_items": ("caption", "source"),
    "books": ("title",),
    "pages": ("section", "prompt"),
    "chronology_events": ("date_text", "title", "detail"),
    "comments": ("body",),
}


def upgrade() -> None:
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("marks", sa.Text(), nullable=False, server_default=sa.text("''")))
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pronouns", sa.String(length=40), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("dob_precision", sa.String(length=20), nullable=False, server_default="day")
        )

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, text FROM frame_contents WHERE text != ''")).all()
    for row_id, text in rows:
        rich = from_legacy_markup(text)
        conn.execute(
            sa.text("UPDATE frame_contents SET text = :t, marks = :m WHERE id = :i"),
            {"t": rich.text, "m": rich.marks_json(), "i": row_id},
        )
    for table, columns in _TEXT_COLUMNS.items():
        cols = ", ".join(columns)
        for row in conn.execute(sa.text(f"SELECT id, {cols} FROM {table}")).all():
            values = dict(zip(columns, row[1:], strict=True))
            changed = {
                c: unicodedata.normalize("NFC", v)
                for c, v in values.items()
                if isinstance(v, str) and unicodedata.normalize("NFC", v) != v
            }
            if changed:
                sets = ", ".join(f"{c} = :{c}" for c in changed)
                conn.execute(
                    sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), {**changed, "id": row[0]}
                )


def downgrade() -> None:
    # Formatting turns back into markup so nothing the user formatted is lost.
    conn = op.get_bind()
    from lifebook.model.richtext import RichText

    rows = conn.execute(sa.text("SELECT id, text, marks FROM frame_contents WHERE marks != ''")).all()
    for row_id, text, marks in rows:
        rich = RichText.from_storage(text, marks)
        parts = []
        for start, end in rich.lines():
            for run in rich.runs(start, end):
                wrap = ("**" if run.bold else "") + ("*" if run.italic else "")
                parts.append(f"{wrap}{run.text}{wrap[::-1]}" if wrap and run.text.strip() else run.text)
            parts.append("\n")
        conn.execute(
            sa.text("UPDATE frame_contents SET text = :t WHERE id = :i"),
            {"t": "".join(parts)[:-1], "i": row_id},
        )
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_column("dob_precision")
        batch_op.drop_column("pronouns")
    with op.batch_alter_table("frame_contents", schema=None) as batch_op:
        batch_op.drop_column("marks")
