"""A book as an editable Word document (.docx), for authorities that file Word documents.

The Word version carries the same words, headings, bold and italic, and
photos as the PDF, page by page (each book page starts a new Word page), with
"Page 2 of 7" in the footer. It is a document to file and edit, not a print
master: the PDF keeps the exact layout.

What cannot go into Word as it is, the pages drawn from the child's record
(the "My journey" timeline, the family tree), is listed in the result's
``left_out`` so the user is told, never silently dropped.

Privacy matches the PDF: photos are re-encoded from their pixels (no EXIF,
XMP or GPS), there are no comments, no file paths, and the document's author
and dates are the ones given (the book's author and last change), so an
unchanged book exports the same document every time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from lifebook.layout.styles import load_styles
from lifebook.layout.templates import TemplateError, page_template
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import FrameKind
from lifebook.render.images import ImageRejected, decode_reduced, open_image

PHOTO_EDGE_PX = 1600  # enough for a Word page printed on an office printer
PHOTO_WIDTH_CM = 12.0
FIXED_TIME = datetime(2000, 1, 1)


@dataclass
class WordResult:
    pages: int = 0
    photos: int = 0
    left_out: list[str] = field(default_factory=list)  # plain sentences, one per thing


def _page_number_field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it shows the document."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, shown, end):
        run._r.append(element)


def _footer(document) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 1  # centre
    paragraph.add_run("Page ")
    _page_number_field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _page_number_field(paragraph, "NUMPAGES")


def _write_rich(document, frame: FrameContent, style: str | None = None) -> None:
    """The frame's words, paragraph by paragraph, with its bold and italic."""
    rich = frame.rich
    text = rich.text
    start = 0
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            paragraph = document.add_paragraph(style=style)
            for run in rich.runs(start, end):
                parts = run.text.split("\n")
                for n, part in enumerate(parts):
                    if n:
                        paragraph.add_run().add_break(WD_BREAK.LINE)
                    if part:
                        r = paragraph.add_run(part)
                        r.bold = run.bold or None
                        r.italic = run.italic or None
        start = end + 2


def _photo(document, frame: FrameContent, width_cm: float) -> bool:
    media = frame.media
    if media is None:
        return False
    try:
        with open_image(media.path) as im:
            picture = decode_reduced(im, PHOTO_EDGE_PX)
    except (ImageRejected, OSError):
        return False
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=88, optimize=True)  # pixels only: no EXIF, no GPS
    picture.close()
    data.seek(0)
    document.add_picture(data, width=Cm(width_cm))
    return True


def _clean_properties(document, book: BookContent, modified: datetime | None) -> None:
    props = document.core_properties
    when = (modified or FIXED_TIME).replace(microsecond=0, tzinfo=None)
    props.author = book.author
    props.last_modified_by = book.author
    props.title = book.title
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


def _draft_header(document) -> None:
    paragraph = document.sections[0].header.paragraphs[0]
    paragraph.alignment = 1
    run = paragraph.add_run("DRAFT: not yet approved")
    run.bold = True
    run.font.color.rgb = RGBColor(0xB0, 0x3A, 0x2E)


def write_docx(book: BookContent, out: BinaryIO, *, draft: bool = True,
               modified: datetime | None = None) -> WordResult:
    """Write ``book`` as a .docx to ``out``; returns what was written and what was left out.

    A draft carries "DRAFT: not yet approved" at the top of every page, as the
    PDF carries its watermark.
    """
    document = Document()
    sheet = load_styles()
    family = sheet.family(book.kind)
    normal = document.styles["Normal"]
    normal.font.name = family
    normal.font.size = Pt(12)
    for level in (1, 2):
        document.styles[f"Heading {level}"].font.name = family
    _footer(document)
    if draft:
        _draft_header(document)
    _clean_properties(document, book, modified)
    result = WordResult()
    for n, page in enumerate(book.pages):
        if n:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _write_page(document, page, result)
        result.pages += 1
    if not book.pages:
        document.add_paragraph(book.title)
    document.save(out)
    return result


def _write_page(document, page: PageContent, result: WordResult) -> None:
    try:
        template = page_template(page.template)
    except TemplateError:
        result.left_out.append(f"Page {page.number} uses a page design Lifebook cannot find.")
        return
    for spec in template.frames:
        frame = page.frames.get(spec.key)
        if spec.kind == FrameKind.AUTO:
            source = spec.options.get("source", "")
            what = {"chronology": "timeline", "family": "family tree"}.get(source, "picture")
            result.left_out.append(f"Page {page.number}: the {what} is drawn from the child's "
                                   "record and is in the PDF only.")
            continue
        if frame is None:
            continue
        if spec.kind == FrameKind.PHOTO or frame.media is not None:
            if _photo(document, frame, PHOTO_WIDTH_CM):
                result.photos += 1
            elif frame.media is not None:
                result.left_out.append(f"Page {page.number}: a photo could not be read.")
        elif spec.kind == FrameKind.TITLE and frame.text.strip():
            document.add_heading(frame.text.strip(), level=1)
        elif spec.kind == FrameKind.CAPTION and frame.text.strip():
            _write_rich(document, frame, style="Caption")
        elif frame.text.strip():
            _write_rich(document, frame)
