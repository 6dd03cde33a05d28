"""A team library's photos: in the server's database, with a read-through cache on this laptop.

On a team server the originals (photos, and the final PDFs kept with deliveries)
live in the ``media_blobs`` table, named by their SHA-256, so the row-level
security policies cover them (``store.team_policies``: a login reads a blob only
if it can see a photo or delivery that refers to it) and the server is the one
thing the IT team backs up.

``ServerMediaStore`` has the interface of ``MediaStore``, so every caller of
``library.media`` works unchanged:

- ``place``/``add`` send the bytes to the server (``INSERT ... ON CONFLICT DO
  NOTHING``: write-once, and the same photo sent twice is stored once), then keep
  the staged copy in this laptop's cache. The photo's row follows in the caller's
  own transaction; if that fails, the blob stays unreferenced and so unreadable
  by any worker.
- ``path_for`` returns the cached copy, fetching it from the server when it is
  not there: in pieces, into a temporary file, checked against its SHA-256 and
  only then renamed into place. A cached copy is checked against its hash the
  first time this program uses it (then only its size and time are compared), so
  a damaged or altered copy is thrown away and fetched again. ``path_for``
  raises nothing: a photo that cannot be fetched (not visible to this login, or
  the network is down) is a missing file, as on a laptop.

The cache sits under this laptop's folder for the server (``server.local_folder``),
keyed by hash: it can be deleted at any time. Opening the library drops the cached
files of photos the login may no longer see (``forget_unseen``: a child moved to
another worker leaves their laptop too). At most one photo's bytes are in
memory at once (sending); fetching holds one piece (``PIECE``) at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Integer, cast, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError

from lifebook.fileio import fsync_folder, part_name
from lifebook.store import server
from lifebook.store.media import MediaStore, sha256_of
from lifebook.store.models import MediaBlob
from lifebook.store.opening import ServerUnreachable

log = logging.getLogger(__name__)

_HASH_NAME = re.compile(r"^[0-9a-f]{64}(?![0-9a-f])|^[0-9a-f]{16}(?=-)")
PIECE = 4 << 20  # bytes fetched per query: a 20 MB photo comes in five pieces


class ServerMediaStore(MediaStore):
    """Originals on the team server (``media_blobs``), cached under ``root`` on this laptop."""

    def __init__(self, root: Path, engine: Engine, where: str) -> None:
        super().__init__(root)
        self.engine = engine
        self.where = where
        self._checked: dict[Path, tuple[int, int, int]] = {}  # cached copies whose hash matched

    def __reduce__(self) -> tuple[Any, ...]:
        # An import stages copies in worker processes (services.photo_intake); staging only
        # writes to the cache folder, so a worker gets a plain store there, with no connection.
        return (MediaStore, (self.root,))

    def path_for(self, sha256: str, extension: str) -> Path:
        path = super().path_for(sha256, extension)
        if self._cached(path, sha256):
            return path
        try:
            self._fetch(sha256, path)
        except (DBAPIError, ServerUnreachable, OSError) as exc:
            log.warning("could not fetch photo %s from %s: %s", sha256[:12], self.where, exc)
        return path

    def contains(self, sha256: str, extension: str) -> bool:
        """Whether the server holds this original where this login may read it."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(select(MediaBlob.size).where(
                    MediaBlob.sha256 == sha256)).first() is not None
        except (DBAPIError, ServerUnreachable):
            return self._cached(super().path_for(sha256, extension), sha256)

    def place(self, sha: str, tmp: Path, extension: str) -> Path:
        """Send a staged copy to the server, then keep it in this laptop's cache."""
        try:
            self._send(sha, tmp, extension)
        except BaseException as exc:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            if isinstance(exc, DBAPIError):  # the network, or a refusal: in words
                raise server.problem(self.where, exc) from exc
            raise
        final = super().path_for(sha, extension)
        self._cached(final, sha)  # a damaged copy already there is dropped, so this one replaces it
        final = super().place(sha, tmp, extension)
        self._remember(final)  # hashed as it was staged
        return final

    def forget_unseen(self, *folders: Path) -> int:
        """Remove cached files of photos this login may no longer see; how many were removed.

        A child moved to another worker takes its photos off this laptop too: the
        originals here and whatever else in ``folders`` is named by a photo's hash
        (thumbnails, print images: the first 16 hex digits at least).
        """
        with self.engine.connect() as conn:
            seen = {str(s) for s in conn.execute(select(MediaBlob.sha256)).scalars()}
        prefixes = {s[:16] for s in seen}
        removed = 0
        for folder in (self.root, *folders):
            for path in folder.rglob("*") if folder.is_dir() else ():
                token = _HASH_NAME.match(path.name)
                if token is None or "incoming" in path.parts or not path.is_file():
                    continue
                name = token.group(0)
                if (name in seen) if len(name) == 64 else (name[:16] in prefixes):
                    continue
                with contextlib.suppress(OSError):
                    os.chmod(path, 0o644)
                    path.unlink()
                    self._checked.pop(path, None)
                    removed += 1
        return removed

    def _send(self, sha: str, tmp: Path, extension: str) -> None:
        with self.engine.begin() as conn:
            if conn.execute(select(MediaBlob.size).where(MediaBlob.sha256 == sha)).first():
                return  # already there: nothing to send
        data = tmp.read_bytes()  # one photo at a time; the server checks its hash itself
        with self.engine.begin() as conn:
            conn.execute(insert(MediaBlob).values(
                sha256=sha, extension=extension, size=len(data), data=data,
            ).on_conflict_do_nothing())  # no target: see the module notes

    def _remember(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            st = path.stat()
            self._checked[path] = (st.st_size, st.st_mtime_ns, st.st_ino)

    def _cached(self, path: Path, sha: str) -> bool:
        """Whether ``path`` holds exactly the bytes named ``sha``; a wrong copy is removed."""
        try:
            st = path.stat()
        except OSError:
            return False
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        if self._checked.get(path) == stamp:
            return True
        try:
            if sha256_of(path) == sha:
                self._checked[path] = stamp
                return True
        except OSError:
            return False
        log.warning("the cached copy of photo %s was damaged; fetching it again", sha[:12])
        self._checked.pop(path, None)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o644)  # Windows will not remove a read-only file
            path.unlink()
        return False

    def _fetch(self, sha: str, path: Path) -> None:
        with self.engine.connect() as conn:
            size = conn.execute(select(MediaBlob.size).where(MediaBlob.sha256 == sha)).scalar()
            if size is None:
                return  # not on the server, or not for this login: a missing photo
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = part_name(path)
            try:
                digest = hashlib.sha256()
                got = 0
                with tmp.open("xb") as out:
                    while got < size:
                        piece = conn.execute(select(func.substr(
                            MediaBlob.data, cast(got + 1, Integer), cast(PIECE, Integer),
                        )).where(MediaBlob.sha256 == sha)).scalar()
                        if not piece:
                            break
                        digest.update(piece)
                        out.write(piece)
                        got += len(piece)
                    out.flush()
                    os.fsync(out.fileno())
                if got != size or digest.hexdigest() != sha:
                    raise OSError(f"the copy fetched of {sha[:12]} does not match its hash")
                os.replace(tmp, path)
                os.chmod(path, 0o444)
                fsync_folder(path.parent)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                raise
        self._remember(path)  # hashed as it was fetched
