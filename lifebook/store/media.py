"""Content-addressed, write-once storage of original photos.

Each original is stored once, at ``<media>/<aa>/<sha256>.<ext>``. Writes go
to a temporary file in the same folder, are fsync'd, then renamed into
place, so a crash never leaves a half-written photo under its final name.
Stored files are made read-only and are never modified.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from lifebook.fileio import fsync_folder

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, extension: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.{extension}"

    def contains(self, sha256: str, extension: str) -> bool:
        return self.path_for(sha256, extension).is_file()

    def add(self, source: Path, extension: str) -> tuple[str, Path]:
        """Copy ``source`` into the store; returns (sha256, stored path).

        The hash is computed from the bytes actually copied, so what is
        stored is exactly what was hashed. Adding the same content twice
        keeps the first copy untouched.
        """
        sha, tmp = self.stage(source)
        return sha, self.place(sha, tmp, extension)

    def stage(self, source: Path, owner: int | None = None) -> tuple[str, Path]:
        """Copy ``source`` to a temporary file in the store (fsync'd); returns (sha256, temp path).

        ``place`` puts it under its name. An import stages photos in worker
        processes and places each as it commits it; ``owner`` (the importing
        process) names the temporary file, so a stale one is tidied away
        only once that process has gone (``remove_stale_temporaries``).
        """
        folder = self.root / "incoming"
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        prefix = f"{owner if owner is not None else os.getpid()}-"
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".part")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        return digest.hexdigest(), tmp

    def place(self, sha: str, tmp: Path, extension: str) -> Path:
        """Rename a staged copy into place, read-only (or drop it: the same photo is there)."""
        try:
            final = self.path_for(sha, extension)
            if final.exists():
                tmp.unlink()
                return final
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            os.chmod(final, 0o444)
            fsync_folder(final.parent)
            return final
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
