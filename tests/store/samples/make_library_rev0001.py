"""Regenerate library-rev0001.sql: a small library at schema revision 0001, as SQL text.

Run from the repository root: ``python tests/store/samples/make_library_rev0001.py``.
The dump is committed so the migration test always upgrades the same old file,
even after the 0001 migration script or the models change.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from lifebook.store import migrate

HERE = Path(__file__).resolve().parent
WHEN = "2024-02-03 10:11:12.000000"

ROWS = [
    "INSERT INTO children VALUES (1, 'Ffion Sample-Jones', 'Ffi', '2018-11-02', "
    "'long-term-foster-care', 0, '2020-01-15', '2020-03-01', NULL, NULL, NULL, "
    "'Likes dinosaurs; café visits ☕', '2024-02-03 10:11:12.000000', '2024-02-04 09:00:00.000000')",
    "INSERT INTO children VALUES (2, 'Sam Second', 'Sam', NULL, 'adoption', 1, NULL, NULL, "
    f"'2022-05-06', '2023-01-02', NULL, '', '{WHEN}', '{WHEN}')",
    "INSERT INTO people VALUES (1, 1, 'Gwen', 'Nan', 'birth-family', 'yes', "
    f"'Agreed in writing', '1960-05-05', '', '{WHEN}')",
    "INSERT INTO media_items VALUES (1, 1, '" + "ab" * 32 + "', 'IMG_0001.JPG', 'jpg', 123456, "
    "4032, 3024, 6, '2021-07-04 15:16:17.000000', 'At the beach', 'Foster carer', 1, "
    f"'Team manager', '{WHEN}')",
    "INSERT INTO media_items VALUES (2, 1, '" + "cd" * 32 + "', 'scan.png', 'png', 999, "
    f"800, 600, 1, NULL, '', '', 0, '', '{WHEN}')",
    "INSERT INTO media_people VALUES (1, 1)",
    "INSERT INTO books VALUES (1, 1, 'life-story', 'Ffi''s life story', 'a5-portrait', "
    f"'draft', '2025-01-31', '{WHEN}', '{WHEN}')",
    "INSERT INTO pages VALUES (1, 1, 0, 'Cover', 'cover', 'Choose a happy photo')",
    "INSERT INTO pages VALUES (2, 1, 1, 'All about me now', 'photo-text', '')",
    "INSERT INTO frame_contents VALUES (1, 1, 'photo1', '', NULL, 1, 0.25, 0.75, 1.5, 90)",
    "INSERT INTO frame_contents VALUES (2, 2, 'text', 'Ffi loves the sea', 'body', NULL, "
    "0.5, 0.5, 1.0, 0)",
    "INSERT INTO comments VALUES (1, 1, 2, 'text', 'qa-reviewer', 'Please check the dates', "
    f"'{WHEN}', 0)",
    f"INSERT INTO audit_entries VALUES (1, '{WHEN}', 'worker', 'add child', 'child', 1, "
    '\'{"name": "Ffion Sample-Jones"}\')',
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rev0001.sqlite3"
        engine = create_engine(f"sqlite:///{db}")
        migrate.upgrade(engine, db, Path(tmp) / "backups", target="0001")
        engine.dispose()
        conn = sqlite3.connect(db)
        with conn:
            for row in ROWS:
                conn.execute(row)
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == "0001", version
        dump = "\n".join(conn.iterdump()) + "\n"
        conn.close()
    (HERE / "library-rev0001.sql").write_text(dump, encoding="utf-8")


if __name__ == "__main__":
    main()
