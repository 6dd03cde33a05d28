"""Exporting a book as a Word document (``lifebook export --out FILE.docx``).

The same approval rule as the PDF: a final Word document only for a book
approved in quality assurance; a draft says DRAFT at the top of each page.
The file is written atomically, so a failed export never leaves half a
document where the user expects one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lifebook.fileio import write_atomically
from lifebook.i18n import translate
from lifebook.model.content import BookContent
from lifebook.services.export import ExportFailed, ExportRefused


@dataclass(frozen=True)
class WordExportResult:
    out_path: Path
    pages: int
    photos: int
    final: bool
    left_out: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"out": str(self.out_path), "pages": self.pages, "photos": self.photos,
                "final": self.final, "left_out": list(self.left_out)}


def export_word(book: BookContent, out_path: Path, *, final: bool = False, author: str = "",
                modified: datetime | None = None) -> WordExportResult:
    """Write ``book`` as a .docx; raises ExportRefused (final, not approved), ExportFailed.

    ``author`` is the name the user set (Preferences), never the login name;
    the document's dates are ``modified``, by default the book's last change.
    """
    from lifebook.render.word import write_docx

    out_path = Path(out_path)
    if final and not book.approved:
        raise ExportRefused(
            translate("services.export_word", "This book has not been approved in quality assurance (QA) yet, so it can "
            "only be exported as a draft, marked DRAFT."))
    if not out_path.parent.is_dir():
        raise ExportFailed(translate("services.export_word", "The folder {parent} does not exist.").format(
            parent=out_path.parent))
    if not book.pages:
        raise ExportFailed(translate("services.export_word", "This book has no pages to export yet."))
    data = io.BytesIO()
    result = write_docx(book, data, draft=not final, author=author,
                        modified=modified or book.last_changed)
    try:
        write_atomically(out_path, data.getvalue())
    except OSError as exc:
        raise ExportFailed(translate("services.export_word", "Could not save {out_path}: {reason}").format(
            out_path=out_path, reason=exc.strerror or exc)) from None
    return WordExportResult(out_path, result.pages, result.photos, final, result.left_out)
