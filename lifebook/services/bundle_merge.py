"""Bringing a bundle into a library that already has its child: add what is new, overwrite nothing.

- Photos are matched by content, people by name and relationship, chronology
  entries by their date as written and title; what is not found is added.
  What the library already has is never changed.
- A book is matched by its kind, title and when it was started. When every
  page matches, nothing of the book changes; when a page differs, the
  bundle's version of the whole book is added beside it as
  "<title> (from bundle, 27 November 2026)" for the practitioner to choose.
- Comments and the child's reactions new to the library are added to the
  library's own book (to the page in the same place), threads kept.
- Rows of any other table are added when what they belong to was added.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from sqlalchemy import CursorResult, Table, select

from lifebook.model.dates import format_uk_date
from lifebook.services.bundle_rows import Remapper, child_tables, decode, owning, single_pk

UNCOMPARED = {"created_at", "updated_at", "imported_at", "uid", "is_sample", "position"}
SPECIAL = {"children", "media_items", "people", "media_people", "chronology_events",
           "chronology_event_people", "chronology_event_media", "books", "comments"}


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    copies: list[str] = field(default_factory=list)  # titles of books kept as copies
    # table -> rows the bundle has in another version; the library's were kept
    kept_ours: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    comments: int = 0
    reactions: int = 0


def _tables() -> dict[str, Table]:
    return {t.name: t for t in child_tables()}


def _key(row: dict, table: Table, names: tuple[str, ...]) -> tuple:
    return tuple(decode(table.c[n], row.get(n)) for n in names)


class Merger:
    def __init__(self, remap: Remapper, child_id: int, rows: dict[str, list[dict]],
                 today: date) -> None:
        self.remap = remap
        self.s = remap.session
        self.child_id = child_id
        self.rows = rows
        self.t = _tables()
        self.today = today
        self.fresh: set[tuple[str, object]] = set()
        self.report = MergeReport()
        self.comment_book: dict[object, object] = {}
        self.comment_page: dict[object, object | None] = {}

    # --- helpers --------------------------------------------------------------------

    def _existing(self, name: str, where) -> list[dict]:
        return [dict(r._mapping) for r in self.s.execute(select(self.t[name]).where(where))]

    def _insert(self, name: str, row: dict, **override: object) -> object | None:
        new = self.remap.insert(self.t[name], row, **override)
        if new is not None:
            self.fresh.add((name, row.get("id")))
            self.report.added[name] += 1
        return new

    def _differs(self, table: Table, ours: dict, row: dict) -> bool:
        """Whether the bundle's row says something else than ours (ids and links aside)."""
        for column in table.columns:
            if column.primary_key or column.foreign_keys or column.name in UNCOMPARED \
                    or column.name not in row:
                continue
            if decode(column, row[column.name]) != ours[column.name]:
                return True
        return False

    def _match_or_add(self, name: str, keys: tuple[str, ...]) -> None:
        table = self.t[name]
        have = {tuple(r[k] for k in keys): r
                for r in self._existing(name, table.c.child_id == self.child_id)}
        for row in self.rows.get(name, []):
            ours = have.get(_key(row, table, keys))
            if ours is not None:
                self.remap.link(name, row["id"], ours["id"])
                if self._differs(table, ours, row):
                    self.report.kept_ours[name] += 1
            else:
                self._insert(name, row)

    def _links(self, name: str) -> None:
        """A link table (who is in a photo): add the links the library lacks."""
        table = self.t[name]
        for row in self.rows.get(name, []):
            values = self.remap.values(table, row)
            if values is None:
                continue
            where = [table.c[k] == v for k, v in values.items()]
            if self.s.execute(select(table).where(*where)).first() is None:
                self.s.execute(table.insert().values(**values))
                self.report.added[name] += 1

    # --- the merge --------------------------------------------------------------------

    def run(self) -> MergeReport:
        [child] = self.rows["children"]
        self.remap.link("children", child["id"], self.child_id)
        ours = self._existing("children", self.t["children"].c.id == self.child_id)[0]
        if self._differs(self.t["children"], ours, child):
            self.report.kept_ours["children"] += 1
        self._match_or_add("media_items", ("sha256",))
        self._match_or_add("people", ("name", "relationship_to_child"))
        self._links("media_people")
        self._match_or_add("chronology_events", ("date_text", "title"))
        self._links("chronology_event_people")
        self._links("chronology_event_media")
        self._books()
        for table in child_tables():
            if table.name not in SPECIAL:
                self._fresh_children(table)
        self._comments()
        return self.report

    def _fresh_children(self, table: Table) -> None:
        """Rows of ``table`` that belong to something added by this merge."""
        owners = [fk for fk in table.foreign_keys if owning(fk)]
        rows = [r for r in self.rows.get(table.name, []) if any(
            (fk.column.table.name, r.get(fk.parent.name)) in self.fresh for fk in owners)]
        pk = single_pk(table)
        self.report.added[table.name] += len(self.remap.insert_all(table, rows)) if pk is not None \
            else len(rows)
        if pk is not None:
            self.fresh.update((table.name, r.get(pk.name)) for r in rows)

    def _page_signature(self, pages: list[dict], frames: dict[object, list[dict]],
                        media_sha: dict[object, str]) -> list[tuple]:
        sig = []
        for page in sorted(pages, key=lambda p: p["position"]):
            content = sorted(
                (f["frame_key"], f["text"] or "", f["marks"] or "", f["style"],
                 media_sha.get(f["media_id"]), float(f["crop_x"]), float(f["crop_y"]),
                 float(f["crop_zoom"]), int(f["rotation"]))
                for f in frames.get(page["id"], []))
            sig.append((page["position"], page["section"] or "", page["template"],
                        page["prompt"] or "", bool(page.get("for_later")), content))
        return sig

    def _books(self) -> None:
        books, pages_t, frames_t, media_t = (self.t[n] for n in (
            "books", "pages", "frame_contents", "media_items"))
        ours = self._existing("books", books.c.child_id == self.child_id)
        bundle_sha = {m["id"]: m["sha256"] for m in self.rows.get("media_items", [])}
        our_sha = {m["id"]: m["sha256"] for m in self._existing(
            "media_items", media_t.c.child_id == self.child_id)}
        bundle_pages = defaultdict(list)
        for p in self.rows.get("pages", []):
            bundle_pages[p["book_id"]].append(p)
        bundle_frames = defaultdict(list)
        for f in self.rows.get("frame_contents", []):
            bundle_frames[f["page_id"]].append(f)
        for book in self.rows.get("books", []):
            key = _key(book, books, ("kind", "title", "created_at"))
            match = next((b for b in ours if (b["kind"], b["title"], b["created_at"]) == key),
                         None)
            if match is None:
                self._insert("books", book)
                self.comment_book[book["id"]] = self.remap.known("books", book["id"])
                continue
            self.comment_book[book["id"]] = match["id"]
            our_pages = self._existing("pages", pages_t.c.book_id == match["id"])
            by_position = {p["position"]: p["id"] for p in our_pages}
            for p in bundle_pages[book["id"]]:
                self.comment_page[p["id"]] = by_position.get(p["position"])
            our_frames = defaultdict(list)
            if our_pages:
                for f in self._existing("frame_contents", frames_t.c.page_id.in_(
                        [p["id"] for p in our_pages])):
                    our_frames[f["page_id"]].append(f)
            same = (self._page_signature(our_pages, our_frames, our_sha)
                    == self._page_signature(bundle_pages[book["id"]], bundle_frames, bundle_sha))
            if same:
                self.remap.link("books", book["id"], match["id"])
                continue
            title = f"{book['title']} (from bundle, {format_uk_date(self.today)})"  # i18n: skip (a stored title)
            self._insert("books", book, title=title)
            self.report.copies.append(title)

    def _comments(self) -> None:
        table = self.t["comments"]
        rows = sorted(self.rows.get("comments", []), key=lambda r: (str(r.get("created_at")),
                                                                     r["id"]))
        pending = list(rows)
        while pending:
            progress = False
            for row in list(pending):
                parent = row.get("parent_id")
                if parent is not None and self.remap.known("comments", parent) is None and \
                        any(o["id"] == parent for o in pending):
                    continue
                pending.remove(row)
                progress = True
                self._comment(table, row)
            if not progress:
                for row in pending:
                    self._comment(table, {**row, "parent_id": None})
                break

    def _comment(self, table: Table, row: dict) -> None:
        book = self.comment_book.get(row["book_id"])
        if book is None:
            return
        if row["book_id"] in {b for (n, b) in self.fresh if n == "books"} and \
                self.remap.known("books", row["book_id"]) == book:
            page = self.remap.known("pages", row.get("page_id")) if row.get("page_id") else None
        else:
            page = self.comment_page.get(row.get("page_id")) if row.get("page_id") else None
        key = _key(row, table, ("author", "created_at", "body", "kind"))
        for r in self._existing("comments", table.c.book_id == book):
            if (r["author"], r["created_at"], r["body"], r["kind"]) == key:
                self.remap.link("comments", row["id"], r["id"])
                return
        values = self.remap.values(table, row, book_id=book, page_id=page)
        if values is None:
            return
        values["book_id"], values["page_id"] = book, page
        result = cast(CursorResult, self.s.execute(table.insert().values(**values)))
        new = (result.inserted_primary_key or (None,))[0]
        self.remap.link("comments", row["id"], new)
        if row.get("from_child") or row.get("kind") == "reaction":
            self.report.reactions += 1
        else:
            self.report.comments += 1
