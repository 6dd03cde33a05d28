"""The services' typed results: frozen records whose ``as_dict()`` keeps the old JSON shapes.

The key lists below are the keys (in order) of the dicts the services
returned before they returned records (``child_dict``, ``book_dict``,
``page_dict``, ``media_dict``, ...). Scripts read ``lifebook ... --json``,
so renaming a field, or dropping or reordering a key, must fail here.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from photo_files import write_jpeg

from lifebook.model.enums import BookKind
from lifebook.model.records import (
    BookInfo,
    ChildInfo,
    DemoResult,
    DuplicatePhoto,
    PageInfo,
    PersonInfo,
    PhotoDetails,
    PhotoInfo,
)
from lifebook.services import books, children, pages, photos, sections
from lifebook.services.demo import create_demo
from lifebook.store.db import Library

CHILD_KEYS = ["id", "name", "preferred_name", "display_name", "pronouns", "date_of_birth",
              "dob_precision", "date_of_birth_text", "plan", "plan_label", "is_sample", "key_dates",
              "nation", "allocated_worker"]
COUNT_KEYS = ["books", "photos", "people", "events"]
KEY_DATE_KEYS = ["came_into_care", "placement", "placement_order", "adoption_order",
                 "celebration_hearing", "match", "order", "plan_started"]
PERSON_KEYS = ["id", "child_id", "name", "relationship", "role", "consent", "consent_note",
               "relationship_label", "relationship_to_child", "known_as", "photo_media_id",
               "sibling_lives", "household", "date_of_birth", "date_of_death", "description",
               "private_note", "consent_named_date", "consent_identified",
               "consent_identified_date", "consent_identified_note", "placement_from",
               "placement_to"]
BOOK_KEYS = ["id", "child_id", "kind", "kind_label", "title", "trim", "trim_label", "status",
             "status_label", "pages"]
PAGE_KEYS = ["id", "book_id", "number", "section", "template"]
PHOTO_KEYS = ["id", "child_id", "sha256", "original_name", "format", "width", "height",
              "orientation", "taken_at", "caption", "source", "use_agreed", "agreed_by",
              "imported_at"]
PLACEMENT_KEYS = ["book_id", "book_title", "page_id", "page_number"]


def _roundtrips(document: dict) -> None:
    """What ``--json`` prints: plain JSON, without str() stand-ins for dates or enums."""
    assert json.loads(json.dumps(document)) == document


def test_child_and_person_records_keep_their_json_shape(library: Library) -> None:
    child = children.add_child(library, "Mia Rose Smith", preferred_name="Mia",
                               date_of_birth=date(2019, 3, 23), came_into_care=date(2020, 1, 2))
    assert isinstance(child, ChildInfo)
    out = child.as_dict()
    assert list(out) == CHILD_KEYS + COUNT_KEYS
    assert list(out["key_dates"]) == KEY_DATE_KEYS
    assert (out["date_of_birth"], out["key_dates"]["came_into_care"]) == ("2019-03-23", "2020-01-02")
    assert out["key_dates"]["placement"] is None
    _roundtrips(out)
    # without a session's counts (a record made from the row alone) the counts are left out
    assert list(dataclasses.replace(child, books=None, photos=None, people=None,
                                    events=None).as_dict()) == CHILD_KEYS
    person = children.add_person(library, child.id, "Gran", relationship="Grandmother")
    assert isinstance(person, PersonInfo) and list(person.as_dict()) == PERSON_KEYS
    _roundtrips(person.as_dict())


def test_book_and_page_records_keep_their_json_shape(library: Library, child_id: int) -> None:
    made = books.new_book(library, child_id, BookKind.LIFE_STORY)
    assert isinstance(made, BookInfo)
    assert list(made.as_dict()) == BOOK_KEYS + ["autoflowed_photos"]  # new-book says how many
    listed = books.list_books(library, child_id)[0]
    assert list(listed.as_dict()) == BOOK_KEYS
    assert listed == dataclasses.replace(made, autoflowed_photos=None)
    page_list = books.list_pages(library, made.id)
    assert all(isinstance(p, PageInfo) and list(p.as_dict()) == PAGE_KEYS for p in page_list)
    added = pages.add_page(library, made.id, "text-only", after_page_id=page_list[0].id)
    assert (added.number, added.book_id) == (2, made.id)
    assert sections.add_section(library, made.id, "Holidays").section == "Holidays"
    _roundtrips(made.as_dict())
    _roundtrips(page_list[0].as_dict())


def test_photo_records_keep_their_json_shape(library: Library, child_id: int, photo_dir: Path) -> None:
    path = write_jpeg(photo_dir / "seaside.jpg", taken=datetime(2019, 3, 23, 14, 5))
    report = photos.import_photos(library, child_id, [path, path])
    (photo,) = report.imported
    (duplicate,) = report.duplicates
    assert isinstance(photo, PhotoInfo) and isinstance(duplicate, DuplicatePhoto)
    assert list(photo.as_dict()) == PHOTO_KEYS
    assert photo.as_dict()["taken_at"] == "2019-03-23T14:05:00"
    assert list(duplicate.as_dict()) == PHOTO_KEYS + ["file"]
    assert duplicate.id == photo.id and duplicate.file == str(path)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY, autoflow=True)
    details = photos.get_photo(library, photo.id)
    assert isinstance(details, PhotoDetails)
    assert list(details.as_dict()) == PHOTO_KEYS + ["byte_size", "had_gps", "placements"]
    assert [list(p) for p in details.as_dict()["placements"]] == [PLACEMENT_KEYS]
    assert details.placements[0].book_id == book.id
    report_json = report.as_dict()
    assert list(report_json) == ["imported", "duplicates", "rejected", "cancelled"]
    for document in (report_json, details.as_dict(), photos.update_photo(library, photo.id,
                                                                         caption="Hi").as_dict()):
        _roundtrips(document)


def test_demo_result_keeps_its_json_shape(library: Library) -> None:
    result = create_demo(library)
    assert isinstance(result, DemoResult)
    out = result.as_dict()
    assert list(out) == ["child", "people", "media", "book"]
    assert list(out["child"]) == CHILD_KEYS + COUNT_KEYS
    assert all(list(p) == PERSON_KEYS for p in out["people"])
    assert all(list(m) == PHOTO_KEYS for m in out["media"])
    assert list(out["book"]) == BOOK_KEYS
    assert out["media"][0]["caption"]  # the sample's captions are in the result, not only stored
    _roundtrips(out)


def test_records_are_frozen(library: Library, child_id: int) -> None:
    child = children.child_info_by_id(library, child_id)
    with pytest.raises(dataclasses.FrozenInstanceError):
        child.name = "Someone else"  # type: ignore[misc]


SERVICES = Path(__file__).resolve().parents[2] / "lifebook" / "services"


def _public_functions() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(f"{path.stem}.{node.name}", node) for node in tree.body
                  if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")]
    return found


def test_every_public_service_function_says_what_it_does() -> None:
    functions = _public_functions()
    assert len(functions) > 50  # the walk found the services
    missing = [name for name, node in functions if not ast.get_docstring(node)]
    assert missing == []


def test_no_service_returns_a_loose_dict() -> None:
    """Results are records; the only dicts returned are restore snapshots and template moves
    (and links_for, a session helper mapping event ids to EventLinks records)."""
    allowed = {"books.delete_book", "pages.snapshot_page", "pages.delete_page",
               "pages.change_template", "sections.delete_pages", "demo.demo_data",
               "people.details_of",  # an undo snapshot: update_person(**details_of(before))
               # lookup maps for filtering, id -> ids
               "people.photo_tags",
               "pages.page_versions"}  # page id -> version, for the editor's conflict checks
    allowed |= {"comments.delete_comment", "comment_rows.snapshot",  # comment restore snapshots
                "comment_rows.page_comment_snapshots"}
    loose = [name for name, node in _public_functions()
             if node.returns is not None and ast.unparse(node.returns).startswith(("dict", "list[dict"))
             and name not in allowed]
    assert loose == []
    assert inspect.signature(children.list_children).return_annotation == "list[ChildInfo]"


def test_a_service_that_raises_says_so_in_its_docstring() -> None:
    """A function whose own body raises a service error names it in its docstring."""
    errors = {"NotFound", "InvalidInput", "ServiceError", "ExportRefused", "ExportFailed",
              "ExportCancelled", "LibraryError"}
    silent = []
    for name, node in _public_functions():
        raised = {ast.unparse(n.exc.func if isinstance(n.exc, ast.Call) else n.exc)
                  for n in ast.walk(node) if isinstance(n, ast.Raise) and n.exc is not None}
        named = {r.split(".")[-1] for r in raised} & errors
        doc = (ast.get_docstring(node) or "").lower()
        if named and "raise" not in doc:
            silent.append(f"{name} raises {sorted(named)}")
    assert silent == []
