"""The sample library: a made-up child, people and a finished-looking book.

Offered on first run so a new user sees what Lifebook makes. The child is
marked ``is_sample`` and named "Sample", so nobody mistakes it for a case.
"""

from __future__ import annotations

import dataclasses
import tempfile
import tomllib
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select

from lifebook.i18n import translate
from lifebook.model.enums import BookKind, Plan
from lifebook.model.records import DemoResult, PhotoInfo
from lifebook.model.richtext import from_legacy_markup
from lifebook.model.trim import TrimSize
from lifebook.resources import assets_dir
from lifebook.services import books, children, chronology, chronology_links, pages, people, photos
from lifebook.services.demo_art import scene_jpeg
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.store.models import MediaItem, Page

LANDSCAPE = (2400, 1800)
PORTRAIT = (2480, 3100)
KEY_DATES = (
    "came_into_care",
    "placement_date",
    "placement_order_date",
    "adoption_order_date",
    "celebration_hearing_date",
)


def demo_data() -> dict:
    """The sample's words, people and pictures from ``assets/demo/demo.toml``."""
    with (assets_dir() / "demo" / "demo.toml").open("rb") as fh:
        return tomllib.load(fh)


def create_demo(library: Library, progress=None) -> DemoResult:
    """Make the sample child, people, pictures and book; raises ServiceError if that fails."""
    data = demo_data()
    c = data["child"]
    child = children.add_child(
        library,
        c["full_name"],
        preferred_name=c["preferred_name"],
        date_of_birth=c["date_of_birth"],
        plan=Plan(c["plan"]),
        is_sample=True,
        **{k: c.get(k) for k in KEY_DATES},
    )
    people_list = [
        people.add_person(library, child.id, p["name"], p["relationship"],
                          **{k: v for k, v in p.items() if k in people.EDITABLE and k not in ("name", "relationship")})
        for p in data["people"]
    ]
    media = _import_pictures(library, child.id, data["pictures"], progress)
    for n, p in enumerate(data["people"]):
        for pic_no in p.get("photos", []):
            people.tag_photo(library, media[pic_no - 1].id, people_list[n].id)
        if p.get("photo"):
            people_list[n] = people.update_person(library, people_list[n].id,
                                                  photo_media_id=media[p["photo"] - 1].id)
    _add_chronology(library, child.id, data.get("events", []), media)
    book = books.new_book(library, child.id, BookKind.LIFE_STORY, trim=TrimSize.A4_PORTRAIT)
    _fill_book(library, book.id, data, media, data["pictures"])
    return DemoResult(
        child=children.child_info_by_id(library, child.id),
        people=tuple(people_list),
        media=tuple(media),
        book=books.list_books(library, child.id)[0],
    )


def _add_chronology(library: Library, child_id: int, events: list[dict],
                    media: list[PhotoInfo]) -> None:
    """The sample's chronology, with its photos linked (for the "My journey" page)."""
    for e in events:
        event = chronology.add_event(
            library, child_id, date_text=e["date"], title=e["title"], detail=e.get("detail", ""),
            category=e.get("category", "other"), include_in_book=e.get("in_book", True),
            sensitive=e.get("sensitive", False), private=e.get("private", False),
        )
        if e.get("photo"):
            chronology_links.link_photo(library, event.id, media[e["photo"] - 1].id)


def _import_pictures(library: Library, child_id: int, pictures: list[dict], progress) -> list[PhotoInfo]:
    with tempfile.TemporaryDirectory(prefix="lifebook-demo-") as tmp:
        files = []
        for n, pic in enumerate(pictures, start=1):
            taken = datetime.combine(pic["taken"], time(11, 30))
            size = PORTRAIT if pic.get("portrait") else LANDSCAPE
            data = scene_jpeg(
                pic["scene"],
                size,
                seed=n,
                taken=taken,
                orientation=6 if pic.get("sideways") else 1,
                gps=pic.get("gps", False),
            )
            path = Path(tmp) / f"demo-{n:02d}-{pic['scene']}.jpg"
            path.write_bytes(data)
            files.append(path)
        report = photos.import_photos(
            library, child_id, files, source="Lifebook sample pictures", use_agreed=True,  # i18n: skip (data)
            progress=progress,
        )
    if report.rejected:
        raise ServiceError(translate("services.demo", "the sample pictures could not be made: "
                                     "{reason}").format(reason=report.rejected[0].line))
    by_name = {m.original_name: m for m in report.imported}
    media = [by_name[f.name] for f in files]
    with library.transaction() as s:
        for n, (item, pic) in enumerate(zip(media, pictures, strict=True)):
            row = s.get(MediaItem, item.id)
            if row is None:
                raise ServiceError(translate("services.demo", "a sample picture went missing while it was being captioned"))
            row.caption = pic.get("caption", "")
            media[n] = dataclasses.replace(item, caption=row.caption)
        library.audit(s, "caption sample pictures", "child", child_id, count=len(media))
    return media


def _fill_book(library: Library, book_id: int, data: dict, media: list[PhotoInfo], pictures) -> None:
    with library.session() as s:
        page_ids = list(
            s.scalars(select(Page.id).where(Page.book_id == book_id).order_by(Page.position))
        )
    for page_id, content in zip(page_ids, data["pages"], strict=False):
        for key in ("title", "subtitle", "text"):
            if content.get(key):
                # demo.toml writes bold as **...** for its authors; stored as marks
                rich = from_legacy_markup(content[key].strip())
                pages.set_frame_text(library, page_id, key, rich.text, rich.marks)
        for n, pic_no in enumerate(content.get("photos", []), start=1):
            pages.place_photo(library, page_id, f"photo{n}", media[pic_no - 1].id)
        for n, caption in enumerate(content.get("captions", []), start=1):
            pages.set_frame_text(library, page_id, f"caption{n}", caption)


def demo_exists(library: Library) -> bool:
    """Whether the library already holds the sample child; raises nothing."""
    return any(c.is_sample for c in children.list_children(library))



