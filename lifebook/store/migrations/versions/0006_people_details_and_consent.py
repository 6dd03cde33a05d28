"""people: the name the child uses, a photo, a relationship code, dates, two consents

- ``known_as`` ("Nanna Jo"), ``photo_media_id`` (a photo from the child's
  media; deleting the photo clears it), ``description`` (child-friendly words).
- ``relationship``: a code (model.enums.Relationship). ``relationship_to_child``
  stays as the free-text detail ("Mum's sister"). Stored people get a code
  read from their role and their relationship words, as well as can be:
  "Nan" becomes grandparent, "Birth mother" birth-mother, a foster carer's
  role foster-carer; anything unclear becomes "other" (never a guess that
  could name the wrong parent).
- ``sibling_lives`` (for brothers and sisters) and ``household`` (a grouping).
- ``date_of_death``; ``placement_from`` / ``placement_to`` for foster carers.
- ``consent`` stays consent to be named (with ``consent_note``), gaining
  ``consent_named_date``; consent to be identified is new
  (``consent_identified``, its date and note), "not asked" for everyone stored.
- ``notes`` becomes ``private_note`` (same words): it was never shown in a
  book, and now says so.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# A frozen copy of the reading used here (the app's own may change later).
# Checked in order; the first pattern found in the words wins.
_WORDS = (
    (r"\bfather (is )?(not known|unknown)\b|\bunknown father\b", "father-unknown"),
    (r"\bhalf[- ]?(brother|sister|sibling)", "half-sibling"),
    (r"\bstep[- ]?(brother|sister|sibling)", "step-sibling"),
    (r"\b(grand(mother|father|ma|pa|parent|mum|dad)|nan|nana|nanna|nanny|gran|granny|"
     r"grandad|grampa|grandpa)\b", "grandparent"),
    (r"\b(aunt|auntie|aunty|uncle)\b|\b(mum|mam|dad|mother|father)'?s (sister|brother)\b", "aunt-uncle"),
    (r"\b(brother|sister|sibling|twin)\b", "full-sibling"),
    (r"\bspecial guardian", "special-guardian"),
    (r"\bfoster", "foster-carer"),
    (r"\badopt", "adopter"),
    (r"\bsocial worker\b", "social-worker"),
    (r"\b(birth )?(mother|mum|mummy|mam)\b", "birth-mother"),
    (r"\b(birth )?(father|dad|daddy)\b", "birth-father"),
    (r"\b(cousin|relative)\b", "other-birth-relative"),
    (r"\b(teacher|nurse|doctor|health visitor|worker|therapist|guardian|iro|"
     r"key ?worker|support worker|cafcass)\b", "professional"),
)
_ROLES = {"foster-carer": "foster-carer", "adopter": "adopter", "professional": "professional"}
_BIRTH_SIDE = {"birth-mother", "birth-father", "father-unknown", "full-sibling", "half-sibling",
               "step-sibling", "grandparent", "aunt-uncle", "other-birth-relative"}


def _relationship(words: str, role: str) -> str:
    text = " ".join((words or "").lower().split())
    for pattern, code in _WORDS:
        if re.search(pattern, text):
            # "Mum and Dad (adopters)" is an adopter, not a birth mother: the role decides
            if code in {"birth-mother", "birth-father"} and role in _ROLES:
                return _ROLES[role]
            if code in _BIRTH_SIDE and role in {"foster-carer", "adopter"}:
                return _ROLES[role]
            return code
    if role == "sibling":
        return "full-sibling"
    if role == "birth-family":
        return "other-birth-relative"
    return _ROLES.get(role, "other")


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.alter_column("notes", new_column_name="private_note", existing_type=sa.Text(),
                              existing_nullable=False)
        batch_op.add_column(sa.Column("known_as", sa.String(length=100), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("photo_media_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("relationship", sa.String(length=40), nullable=False,
                                      server_default="other"))
        batch_op.add_column(sa.Column("sibling_lives", sa.String(length=20), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("household", sa.String(length=100), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("date_of_death", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("consent_named_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consent_identified", sa.String(length=20), nullable=False,
                                      server_default="not-asked"))
        batch_op.add_column(sa.Column("consent_identified_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consent_identified_note", sa.Text(), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.add_column(sa.Column("placement_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("placement_to", sa.Date(), nullable=True))
        batch_op.create_foreign_key("fk_people_photo_media_id_media_items", "media_items",
                                    ["photo_media_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index("ix_people_photo_media_id", ["photo_media_id"])

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, relationship_to_child, role FROM people")).all()
    for person_id, words, role in rows:
        code = _relationship(words, role)
        conn.execute(sa.text("UPDATE people SET relationship = :r WHERE id = :i"),
                     {"r": code, "i": person_id})
        if code in {"full-sibling", "half-sibling", "step-sibling"}:
            conn.execute(sa.text("UPDATE people SET sibling_lives = 'unknown' WHERE id = :i"),
                         {"i": person_id})


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_photo_media_id")
        batch_op.drop_constraint("fk_people_photo_media_id_media_items", type_="foreignkey")
        for column in ("placement_to", "placement_from", "consent_identified_note",
                       "consent_identified_date", "consent_identified", "consent_named_date",
                       "description", "date_of_death", "household", "sibling_lives",
                       "relationship", "photo_media_id", "known_as"):
            batch_op.drop_column(column)
        batch_op.alter_column("private_note", new_column_name="notes", existing_type=sa.Text(),
                              existing_nullable=False)
