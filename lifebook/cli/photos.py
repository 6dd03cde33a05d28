"""Photos: ``import-photos``, ``photos``, ``edit-photo``, ``agree-photos``,
``withdraw-agreement`` and ``delete-photo`` (the same services as the window)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import record_id
from lifebook.cli.output import EXIT_FINDINGS, EXIT_OK, emit, warn

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.model.records import PhotoInfo
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("import-photos", "copy photos into a child's library", cmd_import_photos)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--source", default="", help="where the photos came from")

    p = add("photos", "list a child's photos, with their details and agreement", cmd_photos)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")

    p = add("edit-photo", "change a photo's caption, date taken or source", cmd_edit_photo)
    p.add_argument("photo", type=record_id, metavar="PHOTO_ID")
    p.add_argument("--caption", help="the words under the photo")
    p.add_argument("--taken", metavar="DATE",
                   help="the day it was taken, e.g. '23 March 2019' or 23/03/2019 ('' for unknown)")
    p.add_argument("--source", help="where the photo came from, e.g. \"birth mother's album\"")

    p = add("agree-photos", "record that a manager agreed these photos can be used",
            cmd_agree_photos)
    p.add_argument("photos", type=record_id, nargs="+", metavar="PHOTO_ID")
    p.add_argument("--by", required=True, metavar="NAME", help="who agreed (the manager's name)")

    p = add("withdraw-agreement", "mark photos as not (or no longer) agreed for use",
            cmd_withdraw_agreement)
    p.add_argument("photos", type=record_id, nargs="+", metavar="PHOTO_ID")

    p = add("delete-photo", "remove a photo that is in no book from the child's photos",
            cmd_delete_photo)
    p.add_argument("photo", type=record_id, metavar="PHOTO_ID")


def cmd_import_photos(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import import_photos

    report = import_photos(library, args.child, [Path(f) for f in args.files], source=args.source)
    lines = [f"Imported {len(report.imported)} photo(s)."]
    if report.duplicates:
        lines.append(f"{len(report.duplicates)} already in the library, not added again.")
    for rejection in report.rejected:
        warn(f"Rejected {rejection.line}")
    emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _line(m: PhotoInfo) -> str:
    from lifebook.model.dates import format_uk_date

    taken = format_uk_date(m.taken_at.date()) if m.taken_at else "date unknown"
    if m.use_agreed:
        agreed = f"agreed by {m.agreed_by}" if m.agreed_by else "agreed"
    else:
        agreed = "NOT YET AGREED"
    return f"{m.id:>5}  {m.label}  ({taken}; {agreed})"


def cmd_photos(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import list_media

    rows = list_media(library, args.child)
    emit(args, {"photos": [m.as_dict() for m in rows]},
         "\n".join(_line(m) for m in rows) or "No photos for this child yet.")
    return EXIT_OK


def cmd_edit_photo(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import KEEP, update_photo

    changes = {name: KEEP if value is None else value
               for name, value in (("caption", args.caption), ("taken_at", args.taken),
                                   ("source", args.source))}
    photo = update_photo(library, args.photo, **changes)
    emit(args, photo.as_dict(), f"Saved: {_line(photo).strip()}")
    return EXIT_OK


def cmd_agree_photos(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import agree_photos

    rows = agree_photos(library, args.photos, args.by)
    emit(args, {"photos": [m.as_dict() for m in rows]}, f"Recorded that {args.by.strip()} agreed {len(rows)} photo(s).")
    return EXIT_OK


def cmd_withdraw_agreement(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import withdraw_agreement

    rows = withdraw_agreement(library, args.photos)
    emit(args, {"photos": [m.as_dict() for m in rows]}, f"Agreement withdrawn for {len(rows)} photo(s).")
    return EXIT_OK


def cmd_delete_photo(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.photos import delete_photo

    gone = delete_photo(library, args.photo)
    emit(args, gone.as_dict(), f"Deleted '{gone.label}' from the child's "
                     "photos (the stored original is kept).")
    return EXIT_OK
