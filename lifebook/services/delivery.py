"""Delivering an approved book: to whom and when, with the final PDF kept in the library.

``deliver`` makes the final copy of the newest approved revision (from its
frozen snapshot, so exactly as approved), keeps it in the library's media
store (content-addressed, write-once), records the delivery and moves the
book to delivered, in one transaction once the PDF is safely stored. A
delivered book can be delivered again (another copy: the child's record, a
second adopter) without a new status move.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Executor
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lifebook.i18n import translate
from lifebook.model.dates import format_uk_date
from lifebook.model.enums import BookStatus
from lifebook.model.workflow import DeliveryInfo
from lifebook.services.books import get_book
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.services.export import ExportOptions, _write_atomically, export_book
from lifebook.services.workflow import (
    NAME_LIMIT,
    MoveRefused,
    _clean,
    approved_content,
    record_move,
    refusal,
)
from lifebook.store.db import Library
from lifebook.store.models import BookDelivery, BookRevision

# who a book usually goes to: offered in the window, any wording accepted
USUAL_RECIPIENTS = ("adopters", "foster carers", "special guardians", "the child",
                    "the child's record", "birth family")


def delivery_line(to: str, on: date) -> str:
    """“Delivered to adopters, 3 March 2027”."""
    return translate("services.delivery", "Delivered to {to}, {date}").format(to=to, date=format_uk_date(on))


def delivery_info(session: Session, row: BookDelivery) -> DeliveryInfo:
    """A delivery row as a record (inside a session)."""
    revision = session.get(BookRevision, row.revision_id)
    return DeliveryInfo(id=row.id, book_id=row.book_id,
                        revision=revision.number if revision else 0,
                        delivered_to=row.delivered_to, delivered_on=row.delivered_on,
                        recorded_by=row.recorded_by, note=row.note, pdf_sha256=row.pdf_sha256,
                        pdf_bytes=row.pdf_bytes, line=delivery_line(row.delivered_to, row.delivered_on))


def deliver(
    library: Library,
    book_id: int,
    *,
    to: str,
    on: date | None = None,
    by: str | None = None,
    note: str = "",
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    executor: Executor | None = None,
    today: date | None = None,
) -> DeliveryInfo:
    """Record that the approved book went to ``to`` on ``on`` (today), keeping its final PDF.

    Raises NotFound, InvalidInput (no recipient, a date in the future),
    MoveRefused (not approved) and the export's errors (ExportRefused,
    ExportFailed, ExportCancelled); nothing is recorded unless the PDF is kept.
    """
    today = today or date.today()
    on = on or today
    to = _clean(to, "name", 200, required=False)
    if not to:
        raise InvalidInput(translate("services.delivery", "say to whom the book was delivered (for example “adopters”)"))
    if on > today:
        raise InvalidInput(translate("services.delivery", "{date} is in the future; "
                                                          "record a delivery once it has happened").format(
                                                              date=format_uk_date(on)))
    who = _clean(by if by is not None else library.actor, "name", NAME_LIMIT, required=True)
    note = note.strip()
    with library.session() as s:
        status = BookStatus(get_book(s, book_id).status)
    if status is not BookStatus.HANDED_OVER:
        reason = refusal(status, BookStatus.HANDED_OVER)
        if reason:
            raise MoveRefused(reason)
    content = approved_content(library, book_id)
    library.cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=library.cache_dir, prefix="delivery-") as folder:
        pdf = Path(folder) / "final.pdf"
        export_book(content, pdf, ExportOptions(final=True), cache_dir=library.cache_dir / "print",
                    progress=progress, cancel=cancel, executor=executor)
        size = pdf.stat().st_size
        sha, _path = library.media.add(pdf, "pdf")
    line = delivery_line(to, on)
    with library.transaction() as s:
        book = get_book(s, book_id)
        revision = s.scalar(select(BookRevision).where(BookRevision.book_id == book_id,
                                                       BookRevision.number == content.revision))
        if revision is None or BookStatus(book.status) not in (BookStatus.APPROVED,
                                                              BookStatus.HANDED_OVER):
            raise MoveRefused(translate("services.delivery", "The book changed while its final copy was being made; "
                              "nothing was recorded. Try again."))
        row = BookDelivery(book_id=book.id, revision_id=revision.id, delivered_to=to,
                           delivered_on=on, recorded_by=who, note=note, pdf_sha256=sha,
                           pdf_bytes=size)
        s.add(row)
        if book.status == BookStatus.APPROVED.value:
            record_move(library, s, book, BookStatus.HANDED_OVER, who,
                        line + (f". {note}" if note else ""))
        s.flush()
        library.audit(s, "deliver book", "book", book.id, to=to, on=on.isoformat(),
                      revision=revision.number, pdf_sha256=sha)
        return delivery_info(s, row)


def kept_pdf(library: Library, delivery: DeliveryInfo) -> Path:
    """Where the final PDF kept with a delivery is stored (read-only)."""
    return library.media.path_for(delivery.pdf_sha256, "pdf")


def save_delivered_copy(library: Library, book_id: int, out_path: Path,
                        delivery_id: int | None = None) -> DeliveryInfo:
    """Copy the kept final PDF of a delivery (the newest unless ``delivery_id``) to ``out_path``.

    Raises NotFound (no such book or delivery, or the kept copy has gone) or ExportFailed.
    """
    with library.session() as s:
        get_book(s, book_id)
        query = select(BookDelivery).where(BookDelivery.book_id == book_id)
        if delivery_id is not None:
            query = query.where(BookDelivery.id == delivery_id)
        row = s.scalar(query.order_by(BookDelivery.id.desc()).limit(1))
        if row is None:
            raise NotFound(translate("services.delivery", "this book has not been delivered yet"))
        info = delivery_info(s, row)
    source = kept_pdf(library, info)
    if not source.is_file():
        raise NotFound(translate("services.delivery", "the kept copy of this delivery is "
                                                      "missing from {parent}").format(parent=source.parent))
    def copy(fh) -> None:  # noqa: ANN001 - a binary file
        with source.open("rb") as kept:
            shutil.copyfileobj(kept, fh)

    _write_atomically(Path(out_path), copy)
    return info
