"""Generated test photos (good and bad) and snapshots of a library's state.

Everything is made on the fly with Pillow, struct and zlib: no binary files
are committed. Import with ``from photo_files import ...`` (pyproject.toml's
pytest ``pythonpath`` puts tests/ on the path).
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

import pillow_heif
from PIL import Image, ImageDraw
from sqlalchemy import Engine, inspect, text

pillow_heif.register_heif_opener()

RED = (220, 20, 20)
GREEN = (20, 200, 40)
BLUE = (30, 60, 220)
SKY = (120, 180, 230)

EXIF_ORIENTATION = 0x0112
EXIF_IFD = 0x8769
EXIF_DATETIME_ORIGINAL = 0x9003
GPS_IFD = 0x8825


# --- good photos --------------------------------------------------------------


def solid(size: tuple[int, int], colour: tuple[int, int, int]) -> Image.Image:
    return Image.new("RGB", size, colour)


def marked_upright(size: tuple[int, int], marker=RED, body=SKY) -> Image.Image:
    """An upright picture: ``body`` colour with a ``marker`` band over the top fifth."""
    im = solid(size, body)
    ImageDraw.Draw(im).rectangle((0, 0, size[0] - 1, size[1] // 5), fill=marker)
    return im


def make_exif(
    orientation: int | None = None, taken: datetime | None = None, gps: bool = False
) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "TestPhone"  # Make
    if orientation is not None:
        exif[EXIF_ORIENTATION] = orientation
    if taken is not None:
        exif.get_ifd(EXIF_IFD)[EXIF_DATETIME_ORIGINAL] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        gps_ifd = exif.get_ifd(GPS_IFD)
        gps_ifd[1] = "N"
        gps_ifd[2] = (51.0, 30.0, 12.5)
        gps_ifd[3] = "W"
        gps_ifd[4] = (0.0, 7.0, 39.0)
    return exif.tobytes()


def write_jpeg(
    path: Path,
    size: tuple[int, int] = (64, 48),
    colour: tuple[int, int, int] = SKY,
    *,
    image: Image.Image | None = None,
    orientation: int | None = None,
    taken: datetime | None = None,
    gps: bool = False,
) -> Path:
    im = image if image is not None else solid(size, colour)
    im.save(path, "JPEG", quality=90, exif=make_exif(orientation, taken, gps))
    return path


def write_sideways_jpeg(path: Path, upright: Image.Image, taken: datetime | None = None) -> Path:
    """Store ``upright`` turned 90° anticlockwise, tagged orientation 6 (viewer turns it back)."""
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    return write_jpeg(path, image=stored, orientation=6, taken=taken)


def write_format(path: Path, fmt: str, colour: tuple[int, int, int], size=(64, 48)) -> Path:
    """One small photo in ``fmt`` (a Pillow format name, or "GIF-ANIMATED"/"MPO")."""
    if fmt == "GIF-ANIMATED":
        others = [solid(size, c) for c in (GREEN, BLUE)]
        solid(size, colour).save(
            path, "GIF", save_all=True, append_images=others, duration=100, loop=0
        )
    elif fmt == "MPO":
        second = solid(size, BLUE if colour != BLUE else GREEN)
        solid(size, colour).save(path, "MPO", save_all=True, append_images=[second])
    elif fmt == "PNG-RGBA":
        Image.new("RGBA", size, (0, 0, 0, 0)).save(path, "PNG")  # fully transparent
    else:
        solid(size, colour).save(path, fmt)
    return path


def jpeg_bytes(size=(96, 64), colour=SKY) -> bytes:
    buf = io.BytesIO()
    solid(size, colour).save(buf, "JPEG", quality=90)
    return buf.getvalue()


# --- bad files ----------------------------------------------------------------


def truncated_jpeg(path: Path) -> Path:
    data = jpeg_bytes((320, 240))
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_jpeg(path: Path, seed: int = 7) -> Path:
    """A valid JPEG header (through the start-of-scan segment), then random bytes."""
    data = jpeg_bytes((320, 240))
    sos = data.index(b"\xff\xda")
    header_end = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    path.write_bytes(data[:header_end] + random.Random(seed).randbytes(4000) + b"\xff\xd9")
    return path


def docx_renamed(path: Path) -> Path:
    """A minimal Word document (a zip), saved under a photo's name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"/>',
        )
        zf.writestr("word/document.xml", "<w:document/>")
    path.write_bytes(buf.getvalue())
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` but holds a tiny IDAT."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose start-of-frame header is patched to claim ``width`` × ``height``."""
    data = bytearray(jpeg_bytes((32, 32)))
    sof = data.index(b"\xff\xc0")
    # marker(2) length(2) precision(1) height(2) width(2)
    data[sof + 5 : sof + 7] = height.to_bytes(2, "big")
    data[sof + 7 : sof + 9] = width.to_bytes(2, "big")
    return bytes(data)


# --- state snapshots -------------------------------------------------------------


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def files_state(root: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under ``root``: relative path -> (sha256, mtime_ns, inode)."""
    out = {}
    if root.exists():
        for p in sorted(root.rglob("*")):
            if p.is_file():
                st = p.stat()
                out[p.relative_to(root).as_posix()] = (sha256_file(p), st.st_mtime_ns, st.st_ino)
    return out


def table_rows(engine: Engine, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """All rows of every table, sorted, for before/after comparisons."""
    with engine.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n not in skip]
        if conn.dialect.name == "postgresql":  # a team login reads only what it is granted
            names = [n for n in names if conn.execute(
                text("SELECT has_table_privilege(current_user, :t, 'SELECT')"), {"t": n}).scalar()]
        return {
            name: sorted(
                (tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))),
                key=repr,
            )
            for name in names
        }


class AuditWatch:
    """Notes every committed session that wrote rows but no AuditEntry.

    Use as a context manager around service calls; afterwards ``unaudited``
    lists, per offending commit, the names of the models it wrote.
    """

    KEY = "_lifebook_audit_watch"

    def __init__(self) -> None:
        self.write_commits = 0
        self.unaudited: list[list[str]] = []

    def _after_flush(self, session, _context) -> None:  # type: ignore[no-untyped-def]
        from lifebook.store.models import AuditEntry

        state = session.info.setdefault(self.KEY, {"writes": set(), "audit": False})
        for obj in (*session.new, *session.dirty, *session.deleted):
            if isinstance(obj, AuditEntry):
                state["audit"] = True
            elif obj in session.new or obj in session.deleted or session.is_modified(obj):
                state["writes"].add(type(obj).__name__)

    def _after_commit(self, session) -> None:  # type: ignore[no-untyped-def]
        state = session.info.pop(self.KEY, None)
        if state and state["writes"]:
            self.write_commits += 1
            if not state["audit"]:
                self.unaudited.append(sorted(state["writes"]))

    def _after_rollback(self, session) -> None:  # type: ignore[no-untyped-def]
        session.info.pop(self.KEY, None)

    def __enter__(self) -> AuditWatch:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.listen(Session, "after_flush", self._after_flush)
        event.listen(Session, "after_commit", self._after_commit)
        event.listen(Session, "after_rollback", self._after_rollback)
        return self

    def __exit__(self, *exc: object) -> None:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.remove(Session, "after_flush", self._after_flush)
        event.remove(Session, "after_commit", self._after_commit)
        event.remove(Session, "after_rollback", self._after_rollback)
