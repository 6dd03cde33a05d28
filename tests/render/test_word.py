"""A book as a Word document: opened back with python-docx and read as a user would."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest
from export_helpers import sha256_of, write_photo
from PIL import Image

from lifebook.model.content import BookContent, FrameContent, MediaRef, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.richtext import BOLD, ITALIC, Mark
from lifebook.model.trim import TrimSize
from lifebook.services.export import ExportRefused
from lifebook.services.export_word import export_word

LETTER = ("Dear Ruby,\n\nMy name is Sam. I was your social worker when you were a baby.\n\n"
          "You loved the swings.\nYou called them “the flying chairs”.")


def _letter(photo: Path, *, approved: bool = False) -> BookContent:
    with Image.open(photo) as im:
        size, orientation = im.size, im.getexif().get(0x0112, 1)
    media = MediaRef(1, sha256_of(photo), photo, size[0], size[1], orientation)
    bold_start = LETTER.index("My name is Sam")
    swings = LETTER.index("the flying chairs")
    pages = (
        PageContent(1, 1, "letter", "Who I am", frames={
            "heading": FrameContent("heading", "Dear Ruby"),
            "text": FrameContent("text", LETTER, marks=(
                Mark(bold_start, bold_start + len("My name is Sam"), BOLD),
                Mark(swings, swings + len("the flying chairs"), ITALIC))),
        }),
        PageContent(2, 2, "photo-text", "Memories", frames={
            "heading": FrameContent("heading", "At the park"),
            "photo1": FrameContent("photo1", media=media),
            "caption1": FrameContent("caption1", "You on the swings, aged 2"),
        }),
        PageContent(3, 3, "timeline", "My journey", frames={
            "heading": FrameContent("heading", "My journey"),
        }),
    )
    return BookContent(book_id=3, kind=BookKind.LATER_LIFE_LETTER, title="A letter for Ruby",
                       trim=TrimSize.A4_PORTRAIT, child_name="Ruby", author="Sam Okafor",
                       approved=approved, pages=pages)


@pytest.fixture()
def gps_photo(tmp_path: Path) -> Path:
    return write_photo(tmp_path / "park.jpg", (1200, 900), orientation=6, gps=True)


def test_headings_paragraphs_marks_and_photo_come_through(tmp_path: Path, gps_photo: Path) -> None:
    out = tmp_path / "letter.docx"
    result = export_word(_letter(gps_photo), out)
    assert (result.pages, result.photos) == (3, 1)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Dear Ruby", "At the park", "My journey"]
    texts = [p.text for p in document.paragraphs if p.text]
    assert "My name is Sam. I was your social worker when you were a baby." in texts
    # a single newline is a line break inside the paragraph, never lost
    assert "You loved the swings.\nYou called them “the flying chairs”." in texts
    runs = [r for p in document.paragraphs for r in p.runs]
    assert [r.text for r in runs if r.bold] == ["My name is Sam"]
    assert [r.text for r in runs if r.italic] == ["the flying chairs"]
    assert [p.text for p in document.paragraphs if p.style.name == "Caption"] == [
        "You on the swings, aged 2"]
    [shape] = document.inline_shapes
    assert shape.width > shape.height  # stored sideways, shown upright
    # the timeline cannot go into Word as it is: said, not dropped
    assert result.left_out == [
        "Page 3: the timeline is drawn from the child's record and is in the PDF only."]


def test_no_hidden_data_and_the_same_book_gives_the_same_file(tmp_path: Path,
                                                              gps_photo: Path) -> None:
    when = datetime(2027, 3, 3, 10, 30)
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    export_word(_letter(gps_photo), first, modified=when)
    export_word(_letter(gps_photo), second, modified=when)
    with zipfile.ZipFile(first) as z:
        names = z.namelist()
        media = [n for n in names if n.startswith("word/media/")]
        assert len(media) == 1
        picture = z.read(media[0])
        xml = b"".join(z.read(n) for n in names if n.endswith(".xml"))
    with Image.open(io.BytesIO(picture)) as im:
        assert not im.getexif()  # no EXIF, so no GPS
        assert "xmp" not in im.info and "exif" not in im.info
    assert b"Exif" not in picture and b"http://ns.adobe.com/xap" not in picture
    assert str(gps_photo.parent).encode() not in xml  # no file paths
    assert not any(n.startswith("word/comments") for n in names)
    props = docx.Document(str(first)).core_properties
    assert (props.author, props.last_modified_by) == ("Sam Okafor", "Sam Okafor")
    assert props.created.replace(tzinfo=None) == when == props.modified.replace(tzinfo=None)
    assert props.comments == ""
    def entries(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist()}
    assert entries(first) == entries(second)


def test_footer_numbers_pages_and_a_draft_says_so(tmp_path: Path, gps_photo: Path) -> None:
    out = tmp_path / "draft.docx"
    export_word(_letter(gps_photo), out)
    with zipfile.ZipFile(out) as z:
        footer = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/footer"))
    assert b"PAGE" in footer and b"NUMPAGES" in footer and b"Page " in footer and b" of " in footer
    section = docx.Document(str(out)).sections[0]
    assert "DRAFT" in section.header.paragraphs[0].text
    with pytest.raises(ExportRefused, match="not been approved"):
        export_word(_letter(gps_photo), tmp_path / "final.docx", final=True)
    assert not (tmp_path / "final.docx").exists()
    export_word(_letter(gps_photo, approved=True), tmp_path / "final.docx", final=True)
    final = docx.Document(str(tmp_path / "final.docx")).sections[0]
    assert "DRAFT" not in "".join(p.text for p in final.header.paragraphs)
