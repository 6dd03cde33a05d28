"""Revision 0017 on a laptop library: the team server's photo table is made, and stays empty.

The chain of migrations is the same on both back ends; a laptop library keeps its
photos in the ``.media`` folder beside the file, as before.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from photo_files import write_jpeg
from sqlalchemy import inspect, text

from lifebook.services import children, photos
from lifebook.store import migrate
from lifebook.store.db import Library
from lifebook.store.media import sha256_of


def test_a_library_at_0016_upgrades_to_an_empty_blob_table_keeping_its_photos(
        tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    lib = Library.open(db, migrate_schema=False)
    try:
        migrate.upgrade(lib.engine, db, tmp_path / "b", target="0016")
    finally:
        lib.close()
    lib = Library.open(db)  # opening upgrades to head, after a backup
    try:
        assert migrate.current_revision(lib.engine) == "0017" == migrate.head_revision()
        with lib.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("media_blobs")}
            assert columns == {"sha256", "extension", "size", "data", "added_at"}
            assert inspect(conn).get_pk_constraint("media_blobs")["constrained_columns"] \
                == ["sha256"]
            assert inspect(conn).get_pk_constraint("media_blob_holders")["constrained_columns"] \
                == ["sha256", "login"]
        child = children.add_child(lib, "Poppy Jones")
        photo = write_jpeg(tmp_path / "park.jpg", (80, 60))
        [item] = photos.import_photos(lib, child.id, [photo]).imported
        stored = lib.media.path_for(item.sha256, item.format)
        assert stored.is_relative_to(tmp_path / "old.media") and sha256_of(stored) == item.sha256
        with lib.engine.connect() as conn:  # a laptop's photos stay files: the table is unused
            for table in ("media_blobs", "media_blob_holders"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    finally:
        lib.close()


def test_0017_goes_down_and_up_again(tmp_path: Path) -> None:
    db = tmp_path / "round.sqlite3"
    lib = Library.open(db)
    try:
        cfg = migrate.alembic_config()
        with lib.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0016")
            conn.commit()
        assert migrate.current_revision(lib.engine) == "0016"
        with lib.engine.connect() as conn:
            assert not inspect(conn).has_table("media_blobs")
            assert not inspect(conn).has_table("media_blob_holders")
        migrate.upgrade(lib.engine, db, tmp_path / "b")
        with lib.engine.connect() as conn:
            assert inspect(conn).has_table("media_blobs")
    finally:
        lib.close()
