"""A clean PDF: nothing from the photos' EXIF, the notes, the comments or the disk gets out.

A book is built through the services from GPS-tagged phone photos, with
private notes on the child and a person, a review comment, a private
chronology event, and a person who has not agreed to be identified. The PDF
is then read back (pikepdf: every object and image stream, the Info
dictionary, XMP; pdftotext: all the words) to prove none of it leaked, that
the author is the one the user set and the dates are the book's last change.
"""

from __future__ import annotations

import contextlib
import getpass
import subprocess
from datetime import date, datetime
from pathlib import Path

import pikepdf
import pytest
from export_helpers import jpeg_segments
from photo_files import marked_upright, write_jpeg
from tools import need

from lifebook.layout.display import FindingCode
from lifebook.model.enums import BookKind, Consent, PersonRole
from lifebook.render.derivatives import InlineExecutor
from lifebook.render.pdf import pdf_date
from lifebook.services import books, children, chronology, pages, photos
from lifebook.services.content import load_book_content
from lifebook.services.export import ExportOptions, ExportRefused, export_book
from lifebook.services.people import update_person
from lifebook.services.privacy import privacy_context
from lifebook.store.db import Library
from lifebook.store.models import Book, Child, Comment, MediaPerson, Person

SECRETS = ("SECRETCHILDNOTE", "SECRETPERSONNOTE", "SECRETCONSENTNOTE", "SECRETCOMMENT",
           "Reviewer Rhona", "SECRETPRIVATEEVENT", "Daniel Okafor", "TestPhone", "holiday-gps",
           "test-worker")


@pytest.fixture
def built(library: Library, tmp_path: Path) -> tuple[Library, int]:
    child = children.add_child(library, "Ruby Marsh", preferred_name="Ruby",
                               date_of_birth=date(2019, 3, 23))
    zoe = children.add_person(library, child.id, "Zoë Marsh", relationship="Birth aunt",
                              role=PersonRole.BIRTH_FAMILY, consent=Consent.NO,
                              consent_note="SECRETCONSENTNOTE")
    update_person(library, zoe.id, consent_identified=Consent.NO.value)
    daniel = children.add_person(library, child.id, "Daniel Okafor", relationship="Birth father",
                                 role=PersonRole.BIRTH_FAMILY)
    shots = tmp_path / "phone"
    shots.mkdir()
    files = [write_jpeg(shots / f"holiday-gps-{n}.jpg", image=marked_upright((1200, 900)),
                        taken=datetime(2024, 8, n + 1, 10, 0), gps=True) for n in range(2)]
    report = photos.import_photos(library, child.id, files, use_agreed=True)
    assert len(report.imported) == 2
    book = books.new_book(library, child.id, BookKind.LIFE_STORY)
    page_ids = [p.id for p in books.list_pages(library, book.id)]
    pages.place_photo(library, page_ids[0], "photo1", report.imported[0].id)
    pages.place_photo(library, page_ids[1], "photo1", report.imported[1].id)
    pages.set_frame_text(library, page_ids[1], "text",
                         "Ruby lives with Mum and Dad. Zoë Marsh sends a card every birthday.")
    pages.add_page(library, book.id, "timeline")
    chronology.add_event(library, child.id, date_text="2021", title="SECRETPRIVATEEVENT",
                         private=True)
    with library.transaction() as s:
        s.get(Child, child.id).notes = "SECRETCHILDNOTE"
        s.get(Person, daniel.id).private_note = "SECRETPERSONNOTE"
        s.add(MediaPerson(media_id=report.imported[1].id, person_id=daniel.id))
        s.add(MediaPerson(media_id=report.imported[1].id, person_id=zoe.id))
        s.add(Comment(book_id=book.id, page_id=page_ids[1], author="Reviewer Rhona",
                      body="SECRETCOMMENT: please check this page"))
        s.get(Book, book.id).status = "approved"
    return library, book.id


def _export(library: Library, book_id: int, out: Path, *, final: bool = False):
    return export_book(load_book_content(library, book_id), out,
                       ExportOptions(final=final, author="Priya Shah"),
                       cache_dir=library.cache_dir / "print", executor=InlineExecutor(),
                       privacy=privacy_context(library, book_id))


def _every_byte(pdf_path: Path) -> bytes:
    """The file, every stream decoded where it can be (fonts, content, metadata), and raw."""
    chunks = [pdf_path.read_bytes()]
    with pikepdf.open(pdf_path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                chunks.append(obj.read_raw_bytes())
                with contextlib.suppress(pikepdf.PdfError):  # DCT images stay raw (added above)
                    chunks.append(obj.read_bytes())
    return b"\n".join(chunks)


def test_the_pdf_holds_no_exif_gps_notes_comments_paths_or_login_name(
        built: tuple[Library, int], tmp_path: Path) -> None:
    need("pdftotext")
    library, book_id = built
    out = tmp_path / "out" / "ruby.pdf"
    out.parent.mkdir()
    result = _export(library, book_id, out)

    # the check said what it found (and a draft still exports)
    codes = {f.code for f in result.findings}
    assert {FindingCode.PRIVACY_NAME, FindingCode.PRIVACY_PHOTO_PERSON} <= codes
    # a private event never reaches the journey page, so there is nothing to find (and the
    # PDF is searched for its title below)

    everything = _every_byte(out)
    for secret in SECRETS:
        for encoded in {secret.encode("utf-8"), secret.encode("utf-16-be")}:
            assert encoded not in everything, f"{secret!r} leaked into the PDF"
    for folder in (tmp_path, library.db_path.parent, library.cache_dir, library.media.root,
                   Path.home()):
        assert str(folder).encode() not in everything, f"the path {folder} leaked"
    assert b"Exif" not in everything and b"GPS" not in everything

    with pikepdf.open(out) as pdf:
        images = [x for page in pdf.pages for x in page.get_images().values()]
        assert len(images) == 3  # the two photos, and the cover photo again in the family tree
        for image in images:
            raw = image.read_raw_bytes()
            assert 0xE1 not in jpeg_segments(raw)  # no APP1: no EXIF, no XMP
            assert b"http://ns.adobe.com/xap" not in raw
        assert "/Metadata" not in pdf.Root  # no XMP packet for the document either
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
    assert info["/Author"] == "Priya Shah"
    assert getpass.getuser() not in (info["/Author"], info["/Creator"], info["/Producer"])
    changed = load_book_content(library, book_id).last_changed
    assert info["/CreationDate"] == info["/ModDate"] == pdf_date(changed) != ""
    assert "D:2000" not in info["/CreationDate"]

    words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Ruby lives with Mum and Dad" in words  # the text is there: the reading works
    for secret in SECRETS:
        assert secret not in words


def test_a_final_copy_is_refused_while_someone_who_said_no_is_named(
        built: tuple[Library, int], tmp_path: Path) -> None:
    library, book_id = built
    out = tmp_path / "final.pdf"
    with pytest.raises(ExportRefused, match="Zoë Marsh"):
        _export(library, book_id, out, final=True)
    assert not out.exists()


def test_the_same_book_exports_byte_identical_and_a_changed_word_does_not(
        built: tuple[Library, int], tmp_path: Path) -> None:
    library, book_id = built
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    _export(library, book_id, first)
    _export(library, book_id, second)
    assert first.read_bytes() == second.read_bytes()
    before = load_book_content(library, book_id).last_changed

    page_id = books.list_pages(library, book_id)[1].id
    pages.set_frame_text(library, page_id, "text", "Ruby lives with Mum and Dad and a cat.")
    third = tmp_path / "3.pdf"
    _export(library, book_id, third)
    assert third.read_bytes() != first.read_bytes()
    after = load_book_content(library, book_id).last_changed
    assert after is not None and before is not None and after > before
    with pikepdf.open(third) as pdf:
        assert str(pdf.docinfo["/ModDate"]) == pdf_date(after)


def test_a_photo_caption_change_is_a_change_to_the_book(built: tuple[Library, int]) -> None:
    library, book_id = built
    before = load_book_content(library, book_id).last_changed
    media_id = load_book_content(library, book_id).pages[0].frames["photo1"].media.media_id
    photos.update_photo(library, media_id, caption="At the beach")
    assert load_book_content(library, book_id).last_changed > before
