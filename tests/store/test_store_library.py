"""Opening a library: SQLite settings, where the library lives, refusing foreign files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from lifebook.store import paths
from lifebook.store.db import Library, LibraryError
from lifebook.store.models import Child, Person


def _pragma(conn, name: str):
    return conn.execute(text(f"PRAGMA {name}")).scalar()


def test_library_opens_in_wal_mode_with_foreign_keys_on(library: Library) -> None:
    with library.session() as s:
        assert str(_pragma(s, "journal_mode")).lower() == "wal"
        assert _pragma(s, "foreign_keys") == 1
    with library.transaction() as s:
        assert str(_pragma(s, "journal_mode")).lower() == "wal"
        assert _pragma(s, "foreign_keys") == 1
    with library.engine.connect() as conn:  # a brand-new pooled connection too
        assert _pragma(conn, "foreign_keys") == 1


def test_foreign_keys_are_enforced(library: Library) -> None:
    with pytest.raises(IntegrityError), library.transaction() as s:
        s.add(Person(child_id=4242, name="Nobody's relative"))
    with library.session() as s:
        assert s.query(Person).count() == 0


def test_deleting_a_child_cascades_in_the_database(library: Library) -> None:
    with library.transaction() as s:
        child = Child(full_name="Cascade Test")
        s.add(child)
        s.flush()
        s.add(Person(child_id=child.id, name="Aunt"))
    with library.engine.begin() as conn:  # plain SQL: the ON DELETE CASCADE of the schema
        conn.execute(text("DELETE FROM children"))
    with library.session() as s:
        assert s.query(Person).count() == 0


# --- where the library lives -------------------------------------------------------


@pytest.fixture()
def fake_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "user-data"

    def user_data_dir(appname: str, appauthor: object = None, *args: object, **kw: object) -> str:
        return str(data / appname)

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    return data


def test_default_library_is_in_the_platform_user_data_folder(fake_user_data: Path) -> None:
    expected = (fake_user_data / "Lifebook" / "library.sqlite3").resolve()
    assert paths.default_library_path().resolve() == expected
    assert paths.resolve_library_path() == expected
    assert paths.resolve_library_path(None) == expected


def test_environment_variable_beats_the_default(
    fake_user_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_lib = tmp_path / "from-env" / "case.sqlite3"
    monkeypatch.setenv("LIFEBOOK_LIBRARY", str(env_lib))
    assert paths.resolve_library_path() == env_lib.resolve()


def test_explicit_path_beats_the_environment(
    fake_user_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIFEBOOK_LIBRARY", str(tmp_path / "from-env.sqlite3"))
    explicit = tmp_path / "explicit.sqlite3"
    assert paths.resolve_library_path(explicit) == explicit.resolve()
    assert paths.resolve_library_path(str(explicit)) == explicit.resolve()


def test_a_folder_means_library_sqlite3_inside_it(
    fake_user_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "team-share"
    folder.mkdir()
    assert paths.resolve_library_path(folder) == (folder / "library.sqlite3").resolve()
    monkeypatch.setenv("LIFEBOOK_LIBRARY", str(folder))
    assert paths.resolve_library_path() == (folder / "library.sqlite3").resolve()


def test_tilde_is_expanded(fake_user_data: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.resolve_library_path("~/books.sqlite3") == (tmp_path / "books.sqlite3").resolve()


def test_media_cache_and_backups_sit_beside_the_database(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "case.sqlite3")
    try:
        assert lib.media.root == tmp_path / "case.media"
        assert lib.cache_dir == tmp_path / "case.cache"
        assert paths.backups_dir_for(lib.db_path) == tmp_path / "case.backups"
    finally:
        lib.close()


# --- refusing what is not a library -------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"Dear panel,\nthis is a letter, not a database.\n", b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["text", "png"],
)
def test_a_non_sqlite_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "notes.sqlite3"
    target.write_bytes(content)
    os.utime(target, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(LibraryError) as caught:
        Library.open(target)

    assert str(target) in str(caught.value)
    assert "not" in str(caught.value) and "SQLite" in str(caught.value)
    assert target.read_bytes() == content
    assert target.stat().st_mtime_ns == 1_600_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no -wal, -shm, .media...


def test_an_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite3"
    target.touch()
    lib = Library.open(target)
    try:
        with lib.session() as s:
            assert s.query(Child).count() == 0
        assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        lib.close()
