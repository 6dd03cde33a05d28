"""The same migrations and the same service code on both back ends: a laptop file and a team server.

Each test runs twice, once on SQLite and once on PostgreSQL (skipped with the
reason where PostgreSQL is not installed). On the server the services run as
a worker, so the row-level security policies are in play as they are for a
real team.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from photo_files import jpeg_bytes
from sqlalchemy import Engine, text

from lifebook.layout.journey import visible_stops
from lifebook.model.enums import BookKind, BookStatus
from lifebook.services import books, children, chronology, chronology_links, photos, workflow
from lifebook.services.content import load_book_content
from lifebook.services.errors import NotFound
from lifebook.store import migrate, server
from lifebook.store.db import Library, LibraryError
from lifebook.store.models import Base
from tests.pg_server import Team

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database with no schema yet, on each back end."""
    if request.param == "sqlite":
        lib = Library.open(tmp_path / "empty.sqlite3", migrate_schema=False)
        yield lib.engine
        lib.close()
        return
    url: str = request.getfixturevalue("pg_url")
    engine = server.make_engine(server.parse_url(url))
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def any_library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """A library on each back end: a file, or a team server opened as the worker Jo."""
    if request.param == "sqlite":
        lib = Library.open(tmp_path / "library.sqlite3")
    else:
        team: Team = request.getfixturevalue("team")
        lib = Library.open_server(team.jo)
    yield lib
    lib.close()


def test_the_migrations_build_each_back_end_step_by_step_keeping_rows(empty_engine: Engine) -> None:
    assert migrate.upgrade(empty_engine, None, None, target="0001") is None
    with empty_engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO children (id, full_name, preferred_name, plan, is_sample, notes, "
            "created_at, updated_at) VALUES (7, 'Step Child', 'Step', 'adoption', false, '', "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"))
    migrate.upgrade(empty_engine, None, None)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    with empty_engine.connect() as conn:
        row = conn.execute(text("SELECT full_name, uid, dob_precision FROM children")).one()
        assert row[0] == "Step Child" and row[1] and row[2] == "day"  # 0003 and 0012 filled them
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []  # models and migrations agree
    assert migrate.upgrade(empty_engine, None, None) is None  # nothing left to do


def test_a_book_journey_through_the_services_is_the_same_on_each_back_end(
        any_library: Library, tmp_path: Path) -> None:
    lib = any_library
    child = children.add_child(lib, "Alexandra Test-Jones", preferred_name="Lexi",
                               date_of_birth=date(2017, 6, 1))
    book = books.new_book(lib, child.id, BookKind.LIFE_STORY)
    chronology.add_event(lib, child.id, date_text="2020", title="Started nursery",
                         category="education")
    born = chronology.add_event(lib, child.id, date_text="01/06/2017", title="Lexi was born",
                                category="birth")
    chronology.add_event(lib, child.id, date_text="2019", title="A note for me only", private=True)
    picture = tmp_path / "seaside.jpg"
    picture.write_bytes(jpeg_bytes())
    media_id = photos.import_photos(lib, child.id, [picture]).imported[0].id
    chronology_links.link_photo(lib, born.id, media_id)

    content = load_book_content(lib, book.id)
    assert [s.title for s in visible_stops(content)] == ["Lexi was born", "Started nursery"]
    first = content.journey[0]
    assert (first.date, first.age) == ("1 June 2017", "at birth")
    assert first.photo is not None and first.photo.path.is_file()
    assert [p.number for p in content.pages] == list(range(1, len(content.pages) + 1))
    assert [(c.name, c.books) for c in children.list_children(lib)] == [("Alexandra Test-Jones", 1)]
    assert books.list_books(lib, child.id)[0].id == book.id
    assert workflow.set_status(lib, book.id, BookStatus.IN_REVIEW).status == BookStatus.IN_REVIEW
    with pytest.raises(NotFound):
        children.child_info_by_id(lib, child.id + 1000)


def test_a_worker_cannot_approve_through_the_services_but_a_manager_can(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    worker = Library.open_server(team.jo)
    manager = Library.open_server(team.mo)
    try:
        child = children.add_child(worker, "Poppy Jones")
        book = books.new_book(worker, child.id, BookKind.LIFE_STORY)
        workflow.set_status(worker, book.id, BookStatus.IN_REVIEW)
        with pytest.raises(LibraryError, match="only a team manager can approve a book"):
            workflow.set_status(worker, book.id, BookStatus.APPROVED)
        assert workflow.book_workflow(worker, book.id).status == BookStatus.IN_REVIEW  # unchanged
        assert workflow.set_status(manager, book.id, BookStatus.APPROVED).status \
            == BookStatus.APPROVED
        assert worker.actor == "jo" and manager.actor == "mo"  # the audit log's "who"
    finally:
        worker.close()
        manager.close()


def test_a_server_library_is_backed_up_by_the_it_team_not_copied_to_a_laptop(
        team: Team, tmp_path: Path) -> None:
    from lifebook.services.backups import BackupError, backup_to_file, rolling_backup

    lib = Library.open_server(team.jo)
    try:
        assert lib.is_server and lib.where.startswith("postgresql://jo@")
        assert "jo-secret" not in lib.where
        assert rolling_backup(lib).taken is None
        with pytest.raises(BackupError, match="your IT team backs up"):
            backup_to_file(lib, tmp_path / "all.lifebook")
        assert not lib.db_path.exists()  # no empty SQLite file made in its place
        assert not (tmp_path / "all.lifebook").exists()
    finally:
        lib.close()


@pytest.fixture(params=BACKENDS)
def two_people(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    """Two people with the same library open: Jo and Sam (on the server, Sam is the manager)."""
    if request.param == "sqlite":
        jo, sam = Library.open(tmp_path / "shared.sqlite3"), Library.open(tmp_path / "shared.sqlite3")
        jo.actor, sam.actor = "jo", "sam"
    else:
        team: Team = request.getfixturevalue("team")
        jo, sam = Library.open_server(team.jo), Library.open_server(team.mo)
    yield jo, sam
    jo.close()
    sam.close()


def test_a_save_on_an_out_of_date_page_is_refused_naming_who_changed_it(
        two_people: tuple[Library, Library]) -> None:
    from lifebook.services import pages
    from lifebook.services.errors import PageChanged

    jo, other = two_people
    child = children.add_child(jo, "Poppy Jones")
    book = books.new_book(jo, child.id, BookKind.LIFE_STORY)
    page_ids = [p.id for p in books.list_pages(jo, book.id)]
    page = page_ids[1]
    key = "heading"  # every page template has one
    opened = pages.page_version(other, page)  # both have the page open at this version
    assert pages.page_version(jo, page) == opened

    pages.set_frame_text(jo, page, key, "Poppy loves the sea.", expected_version=opened)
    assert pages.page_version(other, page) == opened + 1
    with pytest.raises(PageChanged, match="^jo changed this page a moment ago$") as refused:
        pages.set_frame_text(other, page, key, "Older words.", expected_version=opened)
    assert refused.value.version == opened + 1
    kept = load_book_content(other, book.id).pages[1].frames[key]
    assert kept.text == "Poppy loves the sea."  # Jo's words were not overwritten

    # after reloading, the other person's save goes through
    pages.set_frame_text(other, page, key, "Poppy loves the sea and the sand.",
                         expected_version=refused.value.version)
    assert pages.page_version(jo, page) == opened + 2
    assert pages.page_versions(other, book.id)[page] == opened + 2  # the editor's read, all pages at once
    # moving pages about is not a change to a page
    pages.set_page_order(jo, book.id, [page_ids[0], *reversed(page_ids[1:])])
    assert pages.page_version(other, page) == opened + 2
