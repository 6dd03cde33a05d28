"""A team library's photos live in the server's database, under its policies (issue 18).

Jo (a worker) imports a photo on her laptop; Mo (a manager) on another laptop, with
a cache folder of his own, sees its thumbnail and prints it; Sam (another worker)
cannot read it, through Lifebook or through psql. Each laptop's copy is only a cache:
deleted or damaged, it is fetched again from the server and checked by its hash.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from lifebook.layout.display import ImageItem
from lifebook.layout.engine import layout_book
from lifebook.model.enums import BookKind
from lifebook.render.derivatives import InlineExecutor
from lifebook.services import books, children, photos
from lifebook.services import pages as page_service
from lifebook.services.content import load_book_content
from lifebook.services.export import ExportOptions, export_book
from lifebook.store import server, server_media
from lifebook.store.db import Library
from lifebook.store.media import MediaStore, sha256_of
from tests.pg.conftest import Laptop
from tests.pg_server import Team

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

def _export(lib: Library, book_id: int, out: Path) -> tuple[int, float]:
    """Export a draft PDF; (images embedded, ppi of the first image) read back with pikepdf."""
    content = load_book_content(lib, book_id)
    export_book(content, out, ExportOptions(), cache_dir=lib.cache_dir / "print",
                executor=InlineExecutor())
    placed = [i for page in layout_book(content) for i in page.items if isinstance(i, ImageItem)]
    with pikepdf.open(out) as pdf:
        images = [x for page in pdf.pages for _n, x in page.get_images().items()]
    assert placed and images
    return len(images), int(images[0].Width) / (placed[0].rect.w / 72)


def _jo_imports(team: Team, laptop: Laptop, photo: Path) -> tuple[Library, int, int, str]:
    """Jo's child, a book, and the photo imported and placed on a page, as the window does."""
    jo = laptop("jo", team.jo)
    child = children.add_child(jo, "Poppy Jones")
    book = books.new_book(jo, child.id, BookKind.LIFE_STORY)
    report = photos.import_photos(jo, child.id, [photo], use_agreed=True)
    assert not report.rejected, report.rejected
    [item] = report.imported
    page_id = load_book_content(jo, book.id).pages[2].page_id
    page_service.place_photo(jo, page_id, "photo1", item.id)
    return jo, book.id, item.id, item.sha256


def test_a_photo_imported_on_one_laptop_prints_on_another_and_no_other_worker_can_read_it(
        team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_media, "PIECE", 256 * 1024)  # fetched in several pieces
    jo, book_id, media_id, sha = _jo_imports(team, laptop, big_photo)
    assert sha == sha256_of(big_photo)
    # on the server, whole: the owner reads it back byte for byte
    assert team.server.psql(team.owner, "SELECT count(*) FROM media_blobs") == "1"
    assert team.server.psql(
        team.owner, f"SELECT size = {big_photo.stat().st_size} AND encode(sha256(data), 'hex') "
        f"= sha256 FROM media_blobs WHERE sha256 = '{sha}'") == "t"
    assert team.server.psql(team.jo, "SELECT count(*) FROM media_blobs") == "1"

    mo = laptop("mo", team.mo)
    assert mo.media.root != jo.media.root and not mo.media.root.exists()
    assert mo.cache_dir.parent == mo.media.root.parent  # thumbnails, print images, originals
    [info] = photos.list_media(mo, children.list_children(mo)[0].id)
    assert info.id == media_id
    thumb = photos.thumbnail_of(mo, info.sha256, info.format)
    assert thumb.is_file() and thumb.is_relative_to(mo.cache_dir)
    with Image.open(thumb) as im:
        assert max(im.size) == photos.THUMB_EDGE
    cached = mo.media.path_for(sha, info.format)
    assert cached.is_relative_to(mo.media.root) and sha256_of(cached) == sha

    count, ppi = _export(mo, book_id, tmp_path / "mo.pdf")
    assert count == 1 and ppi == pytest.approx(300, abs=1)

    # Sam, another worker: nothing through psql, nothing through Lifebook
    assert team.server.psql(team.sam, "SELECT count(*) FROM media_blobs") == "0"
    assert team.server.psql(
        team.sam, f"SELECT count(*) FROM media_blobs WHERE sha256 = '{sha}'") == "0"
    assert team.server.psql(
        team.sam, f"SELECT encode(data, 'hex') FROM media_blobs WHERE sha256 = '{sha}'") == ""
    for sql in (f"DELETE FROM media_blobs WHERE sha256 = '{sha}'",
                f"UPDATE media_blobs SET data = '\\x00' WHERE sha256 = '{sha}'"):
        with pytest.raises(RuntimeError, match="permission denied"):
            team.server.psql(team.sam, sql)
    # nor can Sam put other bytes under the photo's name before (or after) Jo stores it
    with pytest.raises(RuntimeError, match="do not match the photo's name"):
        team.server.psql(team.sam, "INSERT INTO media_blobs VALUES "
                         f"('{'0' * 64}', 'jpg', 3, '\\x010203', now())")
    sam = laptop("sam", team.sam)
    assert not sam.media.contains(sha, "jpg")
    assert not sam.media.path_for(sha, "jpg").exists()
    assert team.server.psql(team.owner, "SELECT count(*) FROM media_blobs") == "1"


def test_a_deleted_or_damaged_laptop_cache_is_fetched_again_from_the_server(
        team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path) -> None:
    _jo, book_id, _media_id, sha = _jo_imports(team, laptop, big_photo)
    mo = laptop("mo", team.mo)
    assert _export(mo, book_id, tmp_path / "first.pdf")[0] == 1
    cached = mo.media.path_for(sha, "jpg")

    # the whole laptop cache deleted: originals and print images
    shutil.rmtree(mo.media.root)
    shutil.rmtree(mo.cache_dir)
    count, ppi = _export(mo, book_id, tmp_path / "again.pdf")
    assert count == 1 and ppi == pytest.approx(300, abs=1)
    assert cached.is_file() and sha256_of(cached) == sha

    # a damaged copy (same size, wrong bytes) is found by its hash and fetched again,
    # both in this Lifebook and in the next one started on this laptop
    for reopen in (False, True):
        size = cached.stat().st_size
        os.chmod(cached, 0o644)
        cached.write_bytes(b"\x00" * size)
        shutil.rmtree(mo.cache_dir)  # so the export needs the original
        lib = laptop("mo", team.mo) if reopen else mo
        assert _export(lib, book_id, tmp_path / f"repaired-{reopen}.pdf")[0] == 1
        assert sha256_of(cached) == sha
    assert not list(mo.media.root.glob("*/.*.part"))  # no fetch left behind


def test_a_photo_is_stored_once_and_import_workers_stage_without_a_connection(
        team: Team, laptop: Laptop, big_photo: Path) -> None:
    jo = laptop("jo", team.jo)
    first = children.add_child(jo, "Poppy Jones")
    second = children.add_child(jo, "Leo Jones")
    for child in (first, second):  # siblings share a photo: one blob on the server
        assert len(photos.import_photos(jo, child.id, [big_photo]).imported) == 1
    assert team.server.psql(team.owner, "SELECT count(*) FROM media_blobs") == "1"
    assert jo.media.contains(photos.list_media(jo, first.id)[0].sha256, "jpg")
    # what an import's worker processes receive: a plain store of the cache folder
    staged = pickle.loads(pickle.dumps(jo.media))
    assert type(staged) is MediaStore and staged.root == jo.media.root


def test_server_init_run_again_brings_a_server_from_before_0017_up_with_its_policies(
        team: Team, laptop: Laptop, big_photo: Path) -> None:
    from alembic import command

    from lifebook.cli import main
    from lifebook.store import migrate

    engine = server.make_engine(server.parse_url(team.owner))
    try:  # a team server as an earlier Lifebook left it
        cfg = migrate.alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0016")
            conn.commit()
    finally:
        engine.dispose()
    assert team.server.psql(team.owner, "SELECT to_regclass('media_blobs') IS NULL") == "t"
    assert main(["server", "init", "--url", team.owner]) == 0
    assert team.server.psql(
        team.owner, "SELECT relrowsecurity FROM pg_class WHERE relname = 'media_blobs'") == "t"
    assert team.server.psql(
        team.owner, "SELECT string_agg(policyname || ':' || cmd, ',' ORDER BY policyname) "
        "FROM pg_policies WHERE tablename = 'media_blobs'") \
        == "lifebook_add_blobs:INSERT,lifebook_see_blobs:SELECT"
    _jo, _book, _media, sha = _jo_imports(team, laptop, big_photo)
    assert team.server.psql(team.jo, "SELECT count(*) FROM media_blobs") == "1"
    assert team.server.psql(team.sam, "SELECT count(*) FROM media_blobs") == "0"
    assert main(["server", "init", "--url", team.owner]) == 0  # and again: nothing lost
    assert team.server.psql(team.owner, f"SELECT count(*) FROM media_blobs "
                            f"WHERE sha256 = '{sha}'") == "1"


def test_a_child_handed_over_in_a_bundle_takes_its_photos_out_of_and_into_the_server(
        team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path) -> None:
    from lifebook.services.bundles import export_bundle, import_bundle

    _jo, _book, _media, sha = _jo_imports(team, laptop, big_photo)
    mo = laptop("mo", team.mo)  # a fresh laptop: the photo comes from the server
    child = children.list_children(mo)[0].id
    bundle = tmp_path / "poppy.lifebook-child"
    export_bundle(mo, child, bundle)

    other = Library.open(tmp_path / "another-council.sqlite3")  # a laptop library elsewhere
    try:
        result = import_bundle(other, bundle)
        [item] = photos.list_media(other, result.child_id)
        assert item.sha256 == sha
        assert sha256_of(other.media.path_for(sha, item.format)) == sha
    finally:
        other.close()

    sam = laptop("sam", team.sam)  # into the server again, as Sam's own child now
    result = import_bundle(sam, bundle)
    assert [p.sha256 for p in photos.list_media(sam, result.child_id)] == [sha]
    assert team.server.psql(team.sam, "SELECT count(*) FROM media_blobs") == "1"  # theirs now
    assert team.server.psql(team.owner, "SELECT count(*) FROM media_blobs") == "1"  # stored once


def test_the_final_pdf_kept_with_a_delivery_is_on_the_server_for_the_childs_workers_only(
        team: Team, laptop: Laptop, big_photo: Path) -> None:
    from lifebook.model.enums import BookStatus
    from lifebook.services import delivery, workflow

    jo, book_id, _media, _sha = _jo_imports(team, laptop, big_photo)
    workflow.set_status(jo, book_id, BookStatus.IN_REVIEW)
    mo = laptop("mo", team.mo)
    workflow.set_status(mo, book_id, BookStatus.APPROVED)
    done = delivery.deliver(mo, book_id, to="adopters", executor=InlineExecutor())
    assert team.server.psql(
        team.owner, f"SELECT extension FROM media_blobs WHERE sha256 = '{done.pdf_sha256}'") == "pdf"
    kept = delivery.kept_pdf(jo, done)  # Jo's laptop fetches it
    assert kept.is_relative_to(jo.media.root) and sha256_of(kept) == done.pdf_sha256
    with pikepdf.open(kept) as pdf:
        assert len(pdf.pages) > 1
    assert team.server.psql(team.jo, "SELECT count(*) FROM media_blobs") == "2"
    assert team.server.psql(team.sam, "SELECT count(*) FROM media_blobs") == "0"


def test_knowing_a_photos_hash_is_not_enough_to_read_it_holding_its_bytes_is(
        team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path) -> None:
    _jo, _book, _media, sha = _jo_imports(team, laptop, big_photo)
    sam = laptop("sam", team.sam)
    leo = children.add_child(sam, "Leo Sands")
    # Sam has learnt the hash (from a bundle's file names, say) and writes a photo row by hand
    with pytest.raises(RuntimeError, match="has not been sent to the team library from your login"):
        team.server.psql(team.sam, "INSERT INTO media_items (child_id, sha256, original_name, "
                         "format, byte_size, width, height, orientation, had_gps, caption, source, "
                         f"use_agreed, agreed_by, imported_at) VALUES ({leo.id}, '{sha}', 'x.jpg', "
                         "'jpg', 1, 1, 1, 1, false, '', '', false, '', now())")
    with pytest.raises(RuntimeError, match="has not been sent"):  # nor by changing one of theirs
        other = tmp_path / "other.jpg"
        Image.new("RGB", (40, 30), "#3D8C95").save(other, "JPEG")
        [mine] = photos.import_photos(sam, leo.id, [other]).imported
        team.server.psql(team.sam, f"UPDATE media_items SET sha256 = '{sha}' WHERE id = {mine.id}")
    assert team.server.psql(team.sam, f"SELECT count(*) FROM media_blobs WHERE sha256 = '{sha}'") \
        == "0"
    # the same photo, which Sam really holds, imported for his own child: stored once, now his too
    [same] = photos.import_photos(sam, leo.id, [big_photo]).imported
    assert same.sha256 == sha
    assert team.server.psql(team.sam, f"SELECT count(*) FROM media_blobs WHERE sha256 = '{sha}'") \
        == "1"
    assert team.server.psql(team.owner, "SELECT count(*) FROM media_blobs") == "2"  # Jo's, Sam's
    with pytest.raises(RuntimeError, match="permission denied"):  # who holds what: server only
        team.server.psql(team.sam, "SELECT count(*) FROM media_blob_holders")


def test_a_child_taken_back_from_a_worker_takes_its_photos_off_their_laptop(
        team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path) -> None:
    from lifebook.cli import main

    _jo, book_id, _media, sha = _jo_imports(team, laptop, big_photo)
    child = str(children.list_children(laptop("mo", team.mo))[0].id)
    assert main(["--library", team.mo, "allocate", "--child", child, "--worker", "sam"]) == 0
    sam = laptop("sam", team.sam)
    assert _export(sam, book_id, tmp_path / "sam.pdf")[0] == 1
    photos.thumbnail_of(sam, sha, "jpg")
    named = sorted(p.name for p in sam.media.root.parent.rglob("*") if p.name.startswith(sha[:16]))
    assert len(named) >= 3  # the original, its thumbnail and its print image
    own = tmp_path / "own.jpg"
    Image.new("RGB", (40, 30), "#3D8C95").save(own, "JPEG")
    leo = children.add_child(sam, "Leo Sands")
    [kept] = photos.import_photos(sam, leo.id, [own]).imported
    sam.close()

    assert main(["--library", team.mo, "allocate", "--remove", "--child", child,
                 "--worker", "sam"]) == 0
    sam = laptop("sam", team.sam)  # Sam's next start
    assert not [p for p in sam.media.root.parent.rglob("*") if p.name.startswith(sha[:16])]
    assert sam.media.path_for(kept.sha256, "jpg").is_file()  # his own child's photo stays
    assert photos.thumbnail_path(sam, kept.sha256).is_file()
