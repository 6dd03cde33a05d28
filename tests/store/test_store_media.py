"""The content-addressed, write-once photo store."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from pathlib import Path

import pytest
from photo_files import files_state

from lifebook.store import media as media_module
from lifebook.store.media import MediaStore, sha256_of


@pytest.fixture()
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path / "lib.media")


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "IMG_0001.JPG"
    # several chunks' worth, so a failure can happen part-way through the copy
    path.write_bytes(os.urandom(3 * 1024 + 17))
    return path


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_photo_is_stored_under_its_sha256(store: MediaStore, source: Path) -> None:
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    sha, stored = store.add(source, "jpg")
    assert sha == expected == sha256_of(source)
    assert stored == store.root / expected[:2] / f"{expected}.jpg"
    assert store.path_for(sha, "jpg") == stored
    assert store.contains(sha, "jpg")
    assert not store.contains(sha, "png")
    assert stored.read_bytes() == source.read_bytes()
    assert _all_files(store.root) == [stored]


def test_stored_files_are_read_only(store: MediaStore, source: Path) -> None:
    _sha, stored = store.add(source, "jpg")
    assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0
    if os.geteuid() != 0:  # root may write anything
        with pytest.raises(PermissionError):
            stored.open("ab")


def test_the_source_is_not_modified(store: MediaStore, source: Path) -> None:
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    store.add(source, "jpg")
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before
    assert source.exists()


def test_same_content_twice_keeps_one_untouched_file(
    store: MediaStore, source: Path, tmp_path: Path
) -> None:
    sha, stored = store.add(source, "jpg")
    first = stored.stat()
    copy = tmp_path / "renamed-copy.jpg"
    copy.write_bytes(source.read_bytes())

    sha2, stored2 = store.add(copy, "jpg")

    assert (sha2, stored2) == (sha, stored)
    again = stored.stat()
    assert (again.st_ino, again.st_mtime_ns, again.st_ctime_ns) == (
        first.st_ino,
        first.st_mtime_ns,
        first.st_ctime_ns,
    )
    assert _all_files(store.root) == [stored]


def test_different_content_gets_different_files(store: MediaStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(b"first picture")
    b.write_bytes(b"second picture")
    sha_a, path_a = store.add(a, "png")
    sha_b, path_b = store.add(b, "png")
    assert sha_a != sha_b and path_a != path_b
    assert path_a.read_bytes() == b"first picture" and path_b.read_bytes() == b"second picture"


class _FailingSource:
    """A source file whose read fails after ``good_reads`` chunks (a USB stick pulled out)."""

    def __init__(self, data: bytes, good_reads: int, exc: BaseException) -> None:
        self.data, self.good_reads, self.exc = data, good_reads, exc

    def open(self, mode: str = "rb"):  # type: ignore[no-untyped-def]
        outer = self

        class Reader(io.BytesIO):
            reads = 0

            def read(self, size: int = -1) -> bytes:  # type: ignore[override]
                Reader.reads += 1
                if Reader.reads > outer.good_reads:
                    raise outer.exc
                return super().read(size)

        return Reader(self.data)


@pytest.mark.parametrize(
    "exc",
    [OSError(errno.EIO, "Input/output error"), KeyboardInterrupt()],
    ids=["io-error", "interrupted"],
)
def test_a_copy_failing_midway_leaves_no_part_file(
    store: MediaStore, source: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    monkeypatch.setattr(media_module, "CHUNK", 1024)
    broken = _FailingSource(source.read_bytes(), good_reads=2, exc=exc)

    with pytest.raises(type(exc)):
        store.add(broken, "jpg")  # type: ignore[arg-type]

    assert _all_files(store.root) == []  # no .part, no half photo under its final name
    # and the store still works afterwards
    sha, stored = store.add(source, "jpg")
    assert stored.read_bytes() == source.read_bytes()
    assert [p.name for p in _all_files(store.root)] == [f"{sha}.jpg"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failure_before_the_rename_leaves_no_part_file(
    store: MediaStore, source: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(media_module.os, failing, fail)
    with pytest.raises(OSError):
        store.add(source, "jpg")
    monkeypatch.undo()

    assert not list(store.root.rglob("*.part"))
    assert _all_files(store.root) == []


def test_a_failed_add_does_not_disturb_stored_photos(
    store: MediaStore, source: Path, tmp_path: Path
) -> None:
    store.add(source, "jpg")
    before = files_state(store.root)
    broken = _FailingSource(b"x" * 5000, good_reads=0, exc=OSError(errno.EIO, "gone"))
    with pytest.raises(OSError):
        store.add(broken, "jpg")  # type: ignore[arg-type]
    assert files_state(store.root) == before
