"""Case bundles: one ``.lifebook`` file with everything about one child, for handing over.

Uses: a new social worker taking over, a child moving to another authority,
a draft sent to a carer for review and brought back with their comments.

- ``export_bundle`` writes the child's record and every row that hangs off
  it (found generically, see ``bundle_rows``) with the photo originals, and
  with a passphrase encrypts it (see ``bundle_format``).
- ``import_bundle`` checks the whole file first (passphrase, integrity, a
  format and schema this Lifebook can read, every photo's hash) and refuses
  with a clear message, writing nothing, when any check fails. A child new
  to the library is added with fresh ids; a child already here (the same
  ``children.uid``) is merged without overwriting anything (``bundle_merge``).

Both are written to the audit log.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import select

from lifebook import __version__
from lifebook.fileio import atomic_writer
from lifebook.i18n import translate
from lifebook.services.audit import record
from lifebook.services.bundle_format import (
    BundleError,
    check_passphrase,
    open_payload,
    read_header,
    write_bundle,
)
from lifebook.services.bundle_merge import Merger
from lifebook.services.bundle_rows import Remapper, child_tables, collect
from lifebook.services.errors import NotFound
from lifebook.store.db import Library
from lifebook.store.migrate import SCHEMA_HEAD
from lifebook.store.models import Child

__all__ = ["BundleError", "BundleImportResult", "BundleInfo", "export_bundle", "import_bundle",
           "peek_bundle"]

Progress = Callable[[int, int, str], None]
RECORD = "record.json"
_MEDIA_NAME = re.compile(r"^media/([0-9a-f]{64})\.([A-Za-z0-9]{1,10})$")


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    child_id: int
    child_name: str
    encrypted: bool
    photos: int
    records: int  # rows written, the child's own included

    def as_dict(self) -> dict:
        return {"path": str(self.path), "child_id": self.child_id, "child": self.child_name,
                "encrypted": self.encrypted, "photos": self.photos, "records": self.records}


@dataclass(frozen=True)
class BundleImportResult:
    child_id: int
    child_name: str
    merged: bool  # the child was already in the library
    added: dict[str, int] = field(default_factory=dict)  # table -> rows added
    comments_added: int = 0
    reactions_added: int = 0
    book_copies: tuple[str, ...] = ()  # books whose pages differed, kept as copies
    photos_added: int = 0
    kept_ours: dict[str, int] = field(default_factory=dict)  # table -> differing rows not taken

    @property
    def summary(self) -> str:
        """What happened, in words for the practitioner."""
        if not self.merged:
            return translate("services.bundles", "Brought in {child}'s records: {books} book(s), "
                             "{people} people, {events} chronology entries and {photos} "
                             "photo(s).").format(child=self.child_name,
                                                 books=self.added.get("books", 0),
                                                 people=self.added.get("people", 0),
                                                 events=self.added.get("chronology_events", 0),
                                                 photos=self.added.get("media_items", 0))
        parts = [translate("services.bundles", "{child} was already in this library, so nothing "
                           "of yours was changed.").format(child=self.child_name)]
        parts.append(translate("services.bundles", "Added {comments} new comment(s) and "
                               "{reactions} reaction(s) from the child.").format(
            comments=self.comments_added, reactions=self.reactions_added))
        extra = []
        if n := self.added.get("people", 0):
            extra.append(translate("services.bundles", "{n} people").format(n=n))
        if n := self.added.get("chronology_events", 0):
            extra.append(translate("services.bundles", "{n} chronology entries").format(n=n))
        if n := self.added.get("media_items", 0):
            extra.append(translate("services.bundles", "{n} photo(s)").format(n=n))
        if extra:
            parts.append(translate("services.bundles", "Also added {things}.").format(
                things=", ".join(extra)))
        differ = _kept_words(self.kept_ours)
        if differ:
            parts.append(translate("services.bundles", "The bundle has other versions of {things}; "
                                   "yours were kept.").format(things=", ".join(differ)))
        for title in self.book_copies:
            parts.append(translate("services.bundles", "Some pages differ from yours, so the "
                                   "bundle's version is kept as “{title}”: compare the two and "
                                   "keep the one you want.").format(title=title))
        return " ".join(parts)

    def as_dict(self) -> dict:
        return {"child_id": self.child_id, "child": self.child_name, "merged": self.merged,
                "added": dict(self.added), "comments_added": self.comments_added,
                "reactions_added": self.reactions_added, "book_copies": list(self.book_copies),
                "photos_added": self.photos_added, "kept_ours": dict(self.kept_ours),
                "summary": self.summary}


def _kept_words(kept: dict[str, int]) -> list[str]:
    """What the bundle had in another version, in words ("the details of 2 people")."""
    words = []
    if kept.get("children"):
        words.append(translate("services.bundles", "the child's details"))
    if n := kept.get("people", 0):
        words.append(translate("services.bundles", "the details of 1 person") if n == 1 else
                     translate("services.bundles", "the details of {n} people").format(n=n))
    if n := kept.get("chronology_events", 0):
        words.append(translate("services.bundles", "1 chronology entry") if n == 1 else
                     translate("services.bundles", "{n} chronology entries").format(n=n))
    if n := kept.get("media_items", 0):
        words.append(translate("services.bundles", "the details of 1 photo") if n == 1 else
                     translate("services.bundles", "the details of {n} photos").format(n=n))
    return words


# --- export ---------------------------------------------------------------------------


def export_bundle(library: Library, child_id: int, out: Path, passphrase: str | None = None,
                  progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> BundleInfo:
    """Write the child's bundle to ``out``; raises BundleError or NotFound, leaving no file."""
    out = Path(out)
    if not out.parent.is_dir():
        raise BundleError(translate("services.bundles", "There is no folder {parent} to save the "
                                                        "bundle in").format(parent=out.parent))
    if passphrase is not None:
        check_passphrase(passphrase)
    with library.session() as s:
        child = s.get(Child, child_id)
        if child is None:
            raise NotFound(translate("services.bundles", "There is no child with id {child_id} in "
                                                         "this library").format(child_id=child_id))
        name = child.display_name
        rows = collect(s, child_id)
    media = rows.photos
    try:
        with tempfile.TemporaryDirectory(prefix="lifebook-bundle-", dir=out.parent) as tmp:
            payload = Path(tmp) / "payload.zip"
            with zipfile.ZipFile(payload, "w", zipfile.ZIP_STORED) as z:
                doc = {"schema": SCHEMA_HEAD, "lifebook": __version__, "tables": rows.tables}
                z.writestr(RECORD, json.dumps(doc, ensure_ascii=False),
                           compress_type=zipfile.ZIP_DEFLATED)
                for n, (sha, fmt) in enumerate(media):
                    if cancel is not None and cancel():
                        raise BundleError(translate("services.bundles", "Handing over was cancelled; no file was written"))
                    if progress is not None:
                        progress(n, len(media), translate("services.bundles", "Adding photo {n} of {count}").format(
                            n=n + 1, count=len(media)))
                    source = library.media.path_for(sha, fmt)
                    if not source.is_file():
                        raise BundleError(translate("services.bundles", "A photo ({photo}…) is missing from the "
                                                                        "library's photo folder, so the bundle "
                                                                        "was not written").format(
                                                                            photo=sha[:12]))
                    z.write(source, f"media/{sha}.{fmt}")
            header = {"schema": SCHEMA_HEAD, "lifebook": __version__,
                      "created": datetime.now(UTC).isoformat(timespec="seconds")}
            with atomic_writer(out, durable=True) as fh:
                write_bundle(payload, fh, header, passphrase, cancel)
    except OSError as exc:
        raise BundleError(translate("services.bundles", "Could not write {out}: {reason}").format(
            out=out, reason=exc.strerror or exc)) from None
    if progress is not None:
        progress(len(media), len(media), translate("services.bundles", "Bundle written"))
    count = rows.count
    if not library.read_only:  # a damaged library opened read-only can still hand over
        record(library, "export bundle", "child", child_id, file=out.name,
               encrypted=passphrase is not None, photos=len(media), records=count)
    return BundleInfo(out, child_id, name, passphrase is not None, len(media), count)


# --- import ---------------------------------------------------------------------------


def peek_bundle(path: Path) -> bool:
    """Whether the bundle at ``path`` needs a passphrase; raises BundleError if not a bundle."""
    return read_header(Path(path)).encrypted


def _schema_known(schema: object) -> bool:
    if schema == SCHEMA_HEAD:
        return True
    from lifebook.store.migrate import _is_known_revision, alembic_config

    return isinstance(schema, str) and _is_known_revision(alembic_config(), schema)


def _read_payload(zip_path: Path, name: str, folder: Path) -> tuple[dict, list[tuple[str, str, Path]]]:
    """The record and the checked photos (sha256, format, file) from the plain zip."""
    try:
        with zipfile.ZipFile(zip_path) as z:
            doc = json.loads(z.read(RECORD))
            photos = []
            for info in z.infolist():
                if info.filename == RECORD or info.is_dir():
                    continue
                m = _MEDIA_NAME.match(info.filename)
                if m is None:
                    raise BundleError(translate("services.bundles", "{name} holds a file Lifebook does not "
                                                                    "expect ({filename}), so it was not "
                                                                    "brought in").format(
                                                                        name=name, filename=info.filename))
                target = folder / f"{m.group(1)}.{m.group(2)}"
                digest = hashlib.sha256()
                with z.open(info) as src, target.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        dst.write(chunk)
                if digest.hexdigest() != m.group(1):
                    raise BundleError(translate("services.bundles", "{name} is damaged: a photo in it is not "
                                                                    "as it was made, so nothing was brought "
                                                                    "in").format(name=name))
                photos.append((m.group(1), m.group(2), target))
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError):
        raise BundleError(translate("services.bundles", "{name} is damaged: its contents cannot "
                                                        "be read").format(name=name)) from None
    tables = doc.get("tables") if isinstance(doc, dict) else None
    if not isinstance(tables, dict) or not all(isinstance(v, list) for v in tables.values()):
        raise BundleError(translate("services.bundles", "{name} is damaged: its contents cannot "
                                                        "be read").format(name=name))
    children = tables.get("children")
    if not isinstance(children, list) or len(children) != 1:
        raise BundleError(translate("services.bundles", "{name} does not hold one child's records").format(
            name=name))
    have = {(sha, fmt) for sha, fmt, _ in photos}
    for m in tables.get("media_items", []):
        if (m.get("sha256"), m.get("format")) not in have:
            raise BundleError(translate("services.bundles", "{name} is incomplete: a photo is missing "
                                                            "from it, so nothing was brought in").format(
                                                                name=name))
    return doc, photos


def import_bundle(library: Library, path: Path, passphrase: str | None = None,
                  progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                  today: date | None = None) -> BundleImportResult:
    """Bring a bundle into the library; raises BundleError (having written nothing) if refused."""
    path = Path(path)
    name = path.name
    header = read_header(path)
    if not _schema_known(header.data.get("schema")):
        raise BundleError(translate("services.bundles", "{name} was made by a newer version of "
                                                        "Lifebook ({version}); please update "
                                                        "Lifebook to bring it in").format(
                                                            name=name, version=header.data.get('lifebook', 'unknown')))
    if library.read_only:
        raise BundleError(library.read_only_reason or translate("services.bundles", "This library cannot be changed here"))
    with tempfile.TemporaryDirectory(prefix="lifebook-bundle-", dir=library.db_path.parent) as tmp:
        if progress is not None:
            progress(0, 3, translate("services.bundles", "Checking the bundle"))
        plain = open_payload(path, header, passphrase, Path(tmp) / "payload.zip")
        if cancel is not None and cancel():
            raise BundleError(translate("services.bundles", "Bringing in the bundle was cancelled; nothing was changed"))
        doc, photos = _read_payload(plain, name, Path(tmp))
        if not _schema_known(doc.get("schema")):
            raise BundleError(translate("services.bundles", "{name} was made by a newer version of "
                                                            "Lifebook; please update Lifebook to "
                                                            "bring it in").format(name=name))
        if progress is not None:
            progress(1, 3, translate("services.bundles", "Adding the photos"))
        new_photos = 0
        for sha, fmt, file in photos:  # content-addressed: a photo already here is kept as is
            if not library.media.contains(sha, fmt):
                library.media.add(file, fmt)
                new_photos += 1
        if progress is not None:
            progress(2, 3, translate("services.bundles", "Adding the records"))
        result = _store(library, doc["tables"], name, today or date.today(), new_photos)
    if progress is not None:
        progress(3, 3, "Done")
    return result


def _store(library: Library, rows: dict[str, list[dict]], name: str, today: date,
           new_photos: int) -> BundleImportResult:
    [child_row] = rows["children"]
    uid = str(child_row.get("uid") or "")
    with library.transaction() as s:
        existing = s.scalar(select(Child).where(Child.uid == uid)) if uid else None
        remap = Remapper(s)
        if existing is None:
            added: dict[str, int] = {}
            for table in child_tables():
                override = {"uid": uid or uuid.uuid4().hex} if table.name == "children" else {}
                got = rows.get(table.name, [])
                remap.insert_all(table, got, **override)
                added[table.name] = len(got)
            child_id = cast(int, remap.known("children", child_row["id"]))
            child_name = str(child_row.get("preferred_name") or child_row.get("full_name"))
            comments = [c for c in rows.get("comments", [])]
            reactions = sum(1 for c in comments if c.get("from_child") or c.get("kind") == "reaction")
            result = BundleImportResult(child_id, child_name, False, added,
                                        len(comments) - reactions, reactions, (), new_photos)
        else:
            report = Merger(remap, existing.id, rows, today).run()
            result = BundleImportResult(existing.id, existing.display_name, True,
                                        dict(report.added), report.comments, report.reactions,
                                        tuple(report.copies), new_photos,
                                        dict(report.kept_ours))
        library.audit(s, "import bundle", "child", result.child_id, file=name,
                      merged=result.merged, comments=result.comments_added,
                      reactions=result.reactions_added, copies=list(result.book_copies))
    return result
