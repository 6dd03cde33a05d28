"""Importing many photos at once: prepared in worker processes, committed in order here."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from photo_files import write_jpeg
from PIL import Image

from lifebook.services import photo_intake as intake
from lifebook.services import photos
from lifebook.store.db import Library


def _files(folder: Path, n: int) -> list[Path]:
    return [write_jpeg(folder / f"p{k:02d}.jpg", (1600, 1200), colour=(k * 20 % 255, 80, 140))
            for k in range(n)]


def _stored(library: Library) -> list[Path]:
    return [p for p in library.media.root.rglob("*") if p.is_file()]


def test_a_pooled_import_keeps_the_order_and_leaves_nothing_running(
    library: Library, child_id: int, photo_dir: Path, monkeypatch
) -> None:
    files = _files(photo_dir, 6)
    bad = photo_dir / "notes.jpg"
    bad.write_text("not a photo")
    files.insert(3, bad)
    started: list[int | None] = []
    real = intake.start_pool

    def counting(workers: int | None = None) -> intake.Executor:
        started.append(workers)
        return real(workers)

    monkeypatch.setattr(intake, "start_pool", counting)
    seen: list[str] = []
    report = photos.import_photos(library, child_id, files, imported=lambda m: seen.append(m.original_name))
    assert started, "the photos were not prepared in worker processes"
    names = [f.name for f in files if f != bad]
    assert [m.original_name for m in report.imported] == names == seen
    assert [r.file for r in report.rejected] == [str(bad)]
    assert "not a picture" in report.rejected[0].reason
    assert len(_stored(library)) == 6
    assert not list(library.media.root.rglob("*.part"))
    for media in report.imported:
        with Image.open(photos.thumbnail_path(library, media.sha256)) as thumb:
            assert max(thumb.size) == photos.THUMB_EDGE
    assert multiprocessing.active_children() == []


def test_cancelling_a_pooled_import_keeps_what_is_in_and_no_copies_of_the_rest(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    files = _files(photo_dir, 8)
    arrived: list = []
    report = photos.import_photos(library, child_id, files, cancel=lambda: len(arrived) >= 2,
                                  imported=arrived.append)
    assert report.cancelled
    assert [m.original_name for m in report.imported] == ["p00.jpg", "p01.jpg"]
    assert [m.original_name for m in photos.list_media(library, child_id)] == ["p00.jpg", "p01.jpg"]
    assert len(_stored(library)) == 2  # photos prepared ahead were not kept
    assert not list(library.media.root.rglob("*.part"))
    assert multiprocessing.active_children() == []


def test_a_thumbnail_is_decoded_at_the_smallest_scale_that_still_gives_its_size(
    photo_dir: Path, monkeypatch
) -> None:
    path = write_jpeg(photo_dir / "big.jpg", (4000, 3000))
    asked: list[tuple[int, int]] = []
    real = Image.Image.draft

    def draft(self, mode, size):
        result = real(self, mode, size)
        asked.append(self.size)
        return result

    monkeypatch.setattr(Image.Image, "draft", draft)
    prepared = intake.prepare_photo(str(path), photos.THUMB_EDGE)
    assert asked == [(1000, 750)]  # a quarter: an eighth (500 px) would be too small for 512
    assert (prepared.info.width, prepared.info.height) == (4000, 3000)
