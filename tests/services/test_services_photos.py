"""Importing photos: every format, EXIF, thumbnails, bad files, duplicates, cancel, progress."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from photo_files import (
    BLUE,
    GREEN,
    RED,
    SKY,
    corrupt_jpeg,
    docx_renamed,
    files_state,
    jpeg_claiming,
    marked_upright,
    png_claiming,
    sha256_file,
    table_rows,
    truncated_jpeg,
    write_format,
    write_jpeg,
    write_sideways_jpeg,
)
from PIL import Image
from sqlalchemy import func, select

from lifebook.services import photos
from lifebook.services.errors import NotFound
from lifebook.store.db import Library
from lifebook.store.models import AuditEntry, MediaItem


def _close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 24) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def _thumb(library: Library, sha: str) -> Image.Image:
    path = photos.thumbnail_path(library, sha)
    assert path.is_file(), "no cached thumbnail"
    with Image.open(path) as im:
        assert im.format == "JPEG"
        return im.convert("RGB").copy()


def _item(library: Library, media_id: int) -> MediaItem:
    with library.session() as s:
        item = s.get(MediaItem, media_id)
        assert item is not None
        return item


FORMATS = [
    # (Pillow format to write, file name, extension stored, colour of the first frame)
    ("JPEG", "a.jpg", "jpg", RED),
    ("PNG", "b.png", "png", GREEN),
    ("WEBP", "c.webp", "webp", BLUE),
    ("HEIF", "d.heic", "heic", (200, 120, 30)),
    ("TIFF", "e.tif", "tif", (90, 20, 140)),
    ("BMP", "f.bmp", "bmp", (10, 160, 160)),
    ("GIF-ANIMATED", "g.gif", "gif", RED),  # then a green and a blue frame
    ("MPO", "h.mpo", "jpg", (230, 200, 20)),  # then a blue picture
]


@pytest.mark.parametrize(
    ("fmt", "name", "ext", "colour"), FORMATS, ids=[f[0].lower() for f in FORMATS]
)
def test_every_supported_format_imports(
    library: Library, child_id: int, photo_dir: Path, fmt: str, name: str, ext: str, colour
) -> None:
    path = write_format(photo_dir / name, fmt, colour, size=(64, 48))
    report = photos.import_photos(library, child_id, [path])

    assert report.rejected == [] and report.ok
    assert len(report.imported) == 1
    record = report.imported[0]
    assert (record.format, record.width, record.height) == (ext, 64, 48)
    assert record.original_name == name
    item = _item(library, record.id)
    assert item.sha256 == sha256_file(path)
    assert item.byte_size == path.stat().st_size
    stored = photos.media_path(library, item)
    assert stored == library.media.root / item.sha256[:2] / f"{item.sha256}.{ext}"
    assert stored.read_bytes() == path.read_bytes()  # the original, byte for byte
    thumb = _thumb(library, item.sha256)
    assert thumb.size == (64, 48)
    # the first frame (GIF) / first picture (MPO) is what is imported
    assert _close(thumb.getpixel((32, 24)), colour), thumb.getpixel((32, 24))


def test_transparent_png_thumbnail_is_on_white(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    path = write_format(photo_dir / "clear.png", "PNG-RGBA", RED)
    report = photos.import_photos(library, child_id, [path])
    thumb = _thumb(library, report.imported[0].sha256)
    assert _close(thumb.getpixel((10, 10)), (255, 255, 255), tol=3)


def test_sixteen_bit_png_imports(library: Library, child_id: int, photo_dir: Path) -> None:
    path = photo_dir / "scan16.png"
    Image.new("I;16", (40, 30), 40000).save(path)
    report = photos.import_photos(library, child_id, [path])
    assert report.ok
    grey = 40000 // 256
    assert _close(_thumb(library, report.imported[0].sha256).getpixel((5, 5)), (grey,) * 3, 3)


def test_exif_orientation_and_date_are_read_and_thumbnail_is_upright(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    upright = marked_upright((1200, 1600), marker=RED, body=BLUE)  # portrait, red band on top
    taken = datetime(2021, 5, 6, 10, 20, 30)
    path = write_sideways_jpeg(photo_dir / "IMG_2001.JPG", upright, taken=taken)
    with Image.open(path) as raw:
        assert raw.size == (1600, 1200)  # stored on its side

    report = photos.import_photos(library, child_id, [path])

    item = _item(library, report.imported[0].id)
    assert item.orientation == 6
    assert item.taken_at == taken
    assert (item.width, item.height) == (1600, 1200)  # stored pixels
    assert item.had_gps is False
    thumb = _thumb(library, item.sha256)
    assert max(thumb.size) <= photos.THUMB_EDGE
    assert thumb.size == (384, 512)  # upright portrait, long edge 512
    w, h = thumb.size
    assert _close(thumb.getpixel((w // 2, 10)), RED, 40)  # the marker is at the top
    assert _close(thumb.getpixel((w // 2, h - 10)), BLUE, 40)
    assert _close(thumb.getpixel((10, h // 2)), BLUE, 40)


def test_gps_is_noted(library: Library, child_id: int, photo_dir: Path) -> None:
    with_gps = write_jpeg(photo_dir / "gps.jpg", colour=RED, gps=True)
    without = write_jpeg(photo_dir / "nogps.jpg", colour=GREEN)
    report = photos.import_photos(library, child_id, [with_gps, without])
    assert [_item(library, m.id).had_gps for m in report.imported] == [True, False]


def test_big_photos_get_a_small_thumbnail(library: Library, child_id: int, photo_dir: Path) -> None:
    path = write_format(photo_dir / "wide.png", "PNG", SKY, size=(2000, 500))
    report = photos.import_photos(library, child_id, [path])
    assert _thumb(library, report.imported[0].sha256).size == (512, 128)
    # a cleared cache is made again
    photos.thumbnail_path(library, report.imported[0].sha256).unlink()
    again = photos.ensure_thumbnail(library, _item(library, report.imported[0].id))
    with Image.open(again) as im:
        assert im.size == (512, 128)


# --- bad files ---------------------------------------------------------------------


def _bad_files(folder: Path) -> dict[Path, tuple[str, ...]]:
    """Each bad file, with words its rejection reason must contain."""
    folder.mkdir(exist_ok=True)
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "a-folder.jpg").mkdir()
    (folder / "bomb.png").write_bytes(png_claiming(20_000, 20_000))
    (folder / "huge.jpg").write_bytes(jpeg_claiming(15_000, 14_000))
    return {
        truncated_jpeg(folder / "truncated.jpg"): ("truncated",),
        corrupt_jpeg(folder / "corrupt.jpg"): ("damaged",),
        docx_renamed(folder / "letter.jpg"): ("not a picture",),
        folder / "empty.jpg": ("empty",),
        folder / "no-such-photo.jpg": ("cannot be found",),
        folder / "a-folder.jpg": ("folder",),
        folder / "bomb.png": ("400 megapixels", "200 megapixels"),
        folder / "huge.jpg": ("210 megapixels", "200 megapixels"),
    }


def test_each_bad_file_gets_one_specific_rejection_and_the_import_goes_on(
    library: Library, child_id: int, photo_dir: Path, tmp_path: Path
) -> None:
    bad = _bad_files(tmp_path / "bad")
    good_first = write_jpeg(photo_dir / "first.jpg", colour=RED)
    good_last = write_format(photo_dir / "last.png", "PNG", GREEN)
    batch = [good_first, *bad, good_last]

    report = photos.import_photos(library, child_id, batch)

    assert [m.original_name for m in report.imported] == ["first.jpg", "last.png"]
    counts = Counter(r.file for r in report.rejected)
    assert counts == Counter(str(p) for p in bad), "every bad file exactly once"
    reasons = {r.file: r.reason for r in report.rejected}
    for path, words in bad.items():
        for word in words:
            assert word in reasons[str(path)], (path.name, reasons[str(path)])
    for rejection in report.rejected:
        assert rejection.line.startswith(f"{rejection.file}: ")
    assert not report.ok and not report.cancelled
    with library.session() as s:
        assert s.scalar(select(func.count(MediaItem.id))) == 2
    assert len([p for p in library.media.root.rglob("*") if p.is_file()]) == 2
    assert not list(library.media.root.rglob("*.part"))


def test_a_bad_batch_touches_nothing_stored_before(
    library: Library, child_id: int, photo_dir: Path, tmp_path: Path
) -> None:
    good = [
        write_jpeg(photo_dir / "one.jpg", colour=RED, taken=datetime(2020, 1, 1)),
        write_format(photo_dir / "two.png", "PNG", GREEN),
        write_format(photo_dir / "three.heic", "HEIF", BLUE),
    ]
    assert photos.import_photos(library, child_id, good).ok
    rows_before = table_rows(library.engine)
    files_before = files_state(library.media.root)
    assert len(files_before) == 3

    bad = list(_bad_files(tmp_path / "bad"))
    report = photos.import_photos(library, child_id, [*bad, good[0]])  # plus a duplicate

    assert len(report.rejected) == len(bad)
    assert report.imported == [] and len(report.duplicates) == 1
    assert table_rows(library.engine) == rows_before
    assert files_state(library.media.root) == files_before  # same bytes, same mtime, same inode


# --- duplicates, cancelling, progress --------------------------------------------------


def test_the_same_photo_twice_is_stored_once(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    path = write_jpeg(photo_dir / "beach.jpg", colour=SKY)
    renamed = photo_dir / "beach (1).jpg"
    renamed.write_bytes(path.read_bytes())

    report = photos.import_photos(library, child_id, [path, path, renamed])

    assert len(report.imported) == 1
    assert [d.file for d in report.duplicates] == [str(path), str(renamed)]
    assert all(d.id == report.imported[0].id for d in report.duplicates)
    assert report.ok  # a duplicate is not an error
    again = photos.import_photos(library, child_id, [renamed])
    assert again.imported == [] and len(again.duplicates) == 1
    with library.session() as s:
        assert s.scalar(select(func.count(MediaItem.id))) == 1
        audit = s.scalars(select(AuditEntry.action)).all()
    assert audit.count("import photo") == 1
    assert len([p for p in library.media.root.rglob("*") if p.is_file()]) == 1


def test_the_same_photo_for_two_children_is_one_file_two_records(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    from lifebook.services.children import add_child

    other = add_child(library, "Sibling Sam").id
    path = write_jpeg(photo_dir / "siblings.jpg", colour=GREEN)
    a = photos.import_photos(library, child_id, [path]).imported
    b = photos.import_photos(library, other, [path]).imported
    assert len(a) == len(b) == 1 and a[0].id != b[0].id
    assert len([p for p in library.media.root.rglob("*") if p.is_file()]) == 1


def test_cancelling_keeps_what_was_imported(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    files = [write_jpeg(photo_dir / f"p{n}.jpg", colour=(n * 40, 10, 10)) for n in range(1, 4)]
    asked = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 1  # the user presses Cancel while the first photo imports

    report = photos.import_photos(library, child_id, files, cancel=cancel)

    assert report.cancelled and not report.ok
    assert [m.original_name for m in report.imported] == ["p1.jpg"]
    assert report.as_dict()["cancelled"] is True
    assert [m.original_name for m in photos.list_media(library, child_id)] == ["p1.jpg"]


def test_progress_is_reported(library: Library, child_id: int, photo_dir: Path) -> None:
    files = [
        write_jpeg(photo_dir / "one.jpg", colour=RED),
        photo_dir / "missing.jpg",
        write_jpeg(photo_dir / "three.jpg", colour=GREEN),
    ]
    calls: list[tuple[int, int, str]] = []
    photos.import_photos(library, child_id, files, progress=lambda d, t, m: calls.append((d, t, m)))

    assert [(d, t) for d, t, _m in calls] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert all(isinstance(m, str) and m for _d, _t, m in calls)
    for (_d, _t, message), path in zip(calls, files, strict=False):
        assert path.name in message


def test_importing_for_an_unknown_child_fails_clearly(library: Library, photo_dir: Path) -> None:
    path = write_jpeg(photo_dir / "x.jpg")
    with pytest.raises(NotFound, match="4242"):
        photos.import_photos(library, 4242, [path])
    assert not library.media.root.exists() or not any(
        p.is_file() for p in library.media.root.rglob("*")
    )


def test_list_media_is_in_taken_order(library: Library, child_id: int, photo_dir: Path) -> None:
    files = [
        write_jpeg(photo_dir / "undated.jpg", colour=RED),
        write_jpeg(photo_dir / "later.jpg", colour=GREEN, taken=datetime(2022, 3, 1)),
        write_jpeg(photo_dir / "earlier.jpg", colour=BLUE, taken=datetime(2019, 8, 9)),
    ]
    photos.import_photos(library, child_id, files)
    assert [m.original_name for m in photos.list_media(library, child_id)] == [
        "earlier.jpg",
        "later.jpg",
        "undated.jpg",
    ]
