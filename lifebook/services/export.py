"""Export a book as a print-ready PDF: layout, print derivatives, painting, atomic write.

``export_book`` is the one use case; the CLI and the UI both call it (the UI
from a background job, passing ``progress`` and ``cancel``). A cancelled or
failed export never leaves a half-written file at ``out_path``: the PDF is
written to a temporary file beside it, synced, then renamed over it.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lifebook.checks import privacy as privacy_check
from lifebook.checks.glyphs import final_blockers, name_findings
from lifebook.checks.privacy import PrivacyContext
from lifebook.fileio import atomic_writer, remove_stale_temporaries
from lifebook.i18n import translate
from lifebook.layout.display import Finding, FindingCode, ImageItem, PageLayout
from lifebook.layout.handout import handout_book, handout_offered
from lifebook.layout.stamp import stamp_last_page
from lifebook.layout.watermark import DRAFT
from lifebook.layout.wording import frame_names
from lifebook.model.content import BookContent
from lifebook.model.enums import Severity
from lifebook.render.derivatives import (
    DerivativesCancelled,
    DerivativeSet,
    make_derivatives,
    spec_for,
)
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.services.errors import ServiceError

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
LayoutFunction = Callable[..., list[PageLayout]]



class ExportRefused(ServiceError):
    """The export was not allowed (e.g. a final export of an unapproved book)."""


class ExportFailed(ServiceError):
    """The export could not be made; the message says why in plain English."""


class ExportCancelled(ServiceError):
    """The user cancelled the export; no file was written."""

    def __init__(self, message: str = "The export was cancelled; no file was written.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class ExportOptions:
    """How to export: bleed, image resolution, crop marks, draft or final."""

    bleed_mm: float = 3.0
    ppi: int = 300
    crop_marks: bool = False
    final: bool = False  # False: a draft with a DRAFT watermark on every page
    author: str = ""  # the PDF's Author: the name the user set, never the login name
    # words and pictures only: each page on its own landscape A4 sheet, big, with no bleed
    # or crop marks, to read with a young child (lifebook.layout.handout)
    handout: bool = False


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: where, how many pages and images, the findings, the time it took."""

    out_path: Path
    pages: int
    findings: list[Finding]
    images: int  # image placements painted
    cache_hits: int  # distinct print derivatives found in the cache
    cache_misses: int  # distinct print derivatives made for this export
    elapsed: float  # seconds
    final: bool = False


def export_book(
    book: BookContent,
    out_path: Path,
    options: ExportOptions,
    *,
    cache_dir: Path,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    executor: Executor | None = None,
    layout: LayoutFunction | None = None,
    privacy: PrivacyContext | None = None,
) -> ExportResult:
    """Lay out ``book`` and write it as a print-ready PDF at ``out_path``.

    Raises ExportRefused for a final export of a book not yet approved in QA
    or one that would print without some of its characters (above all, of the
    child's name: lifebook.checks.glyphs),
    ExportCancelled when ``cancel()`` returns True, and ExportFailed when the
    file cannot be written or a final export has photos that cannot be read.
    ``layout`` replaces the layout engine (tests); ``executor`` the process
    pool that makes print derivatives. ``privacy`` is what the privacy check
    knows of the child (lifebook.services.privacy.privacy_context); its findings
    are returned with the rest, and its errors refuse a final copy.
    """
    started = time.perf_counter()
    out_path = Path(out_path)
    if options.final and not book.approved:
        raise ExportRefused(
            translate("services.export", "This book has not been approved in quality assurance (QA) yet, so it can "
            "only be exported as a draft with a DRAFT watermark.")
        )
    if options.handout:
        if not handout_offered(book):
            raise ExportRefused(translate("services.export", "One page per sheet is for words and pictures books only."))
        book = handout_book(book)
        options = dataclasses.replace(options, bleed_mm=0.0, crop_marks=False)
    if options.ppi < 72:
        raise ExportRefused(translate("services.export", "A print resolution of {ppi} ppi is too "
                                                         "low; use 300.").format(ppi=options.ppi))
    if not out_path.parent.is_dir():
        raise ExportFailed(translate("services.export", "The folder {parent} does not exist.").format(
            parent=out_path.parent))

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled()

    def report(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)

    report(0, 1, translate("services.export", "Laying out the pages"))
    from lifebook.layout.engine import layout_book

    # an export lays out no editor-only placeholders (they never print)
    lay_out: LayoutFunction = layout if layout is not None else functools.partial(layout_book, editor=False)
    pages = lay_out(book, bleed_mm=options.bleed_mm, target_ppi=options.ppi)
    if not pages:
        raise ExportFailed(translate("services.export", "This book has no pages to export yet."))
    watermark = None if options.final else DRAFT
    pages = [dataclasses.replace(page, watermark=watermark) for page in pages]
    if options.final:
        pages = stamp_last_page(pages, book.approval)  # "Approved by …, 3 March 2027"
    name_problems = name_findings(book) + privacy_check.privacy_findings(book, privacy)
    if options.final:
        private = privacy_check.final_blockers(name_problems)
        if private:
            raise ExportRefused(_refusal(private, translate(
                "services.export", "This book cannot be finalised yet, to keep people safe: "
                "{findings}"), translate(
                "services.export", "This book cannot be finalised yet, to keep people safe: "
                "{findings} (and {more} more)")))
        blockers = final_blockers(name_problems + [f for p in pages for f in p.findings])
        if blockers:
            raise ExportRefused(_refusal(blockers, translate(
                "services.export", "This book cannot be finalised, because some characters would "
                "be left out of the printed pages: {findings}"), translate(
                "services.export", "This book cannot be finalised, because some characters would "
                "be left out of the printed pages: {findings} (and {more} more)")))
    check_cancel()

    placements = [item for page in pages for item in page.items if isinstance(item, ImageItem)]
    # Progress runs over the photos (distinct derivatives) and then the pages.
    photo_steps = len({spec_for(item, options.ppi).file_name for item in placements})
    total = photo_steps + len(pages)
    try:
        derivatives = make_derivatives(
            placements,
            cache_dir,
            ppi=options.ppi,
            progress=lambda done, _n, msg: report(min(done, photo_steps), total, msg),
            cancel=cancel,
            executor=executor,
        )
    except DerivativesCancelled:
        raise ExportCancelled() from None
    except OSError as exc:  # the cache's disk is full or cannot be written
        free = shutil.disk_usage(cache_dir if cache_dir.exists() else cache_dir.parent).free
        raise ExportFailed(
            translate("services.export", "Could not make the print images in {cache_dir}: "
                                         "{reason} ({free:.1f} MB free there). Free some "
                                         "space and export again; nothing in the library "
                                         "was changed.").format(
                                             cache_dir=cache_dir, reason=exc.strerror or exc, free=free / 1e6)
        ) from exc
    findings = name_problems + [finding for page in pages for finding in page.findings]
    findings += _unreadable_photo_findings(pages, derivatives)
    if options.final and derivatives.failures:
        raise ExportFailed(translate(
            "services.export", "Some photos could not be read, so the final book cannot be "
            "printed: {findings}").format(findings="; ".join(
                f.message for f in findings if f.code == FindingCode.PHOTO_UNREADABLE)))
    check_cancel()

    def on_page(done: int, count: int) -> None:
        report(photo_steps + done, total, translate("services.export", "Painting page {done} of "
                                                    "{count}").format(done=done, count=count))
        check_cancel()

    info = PdfInfo(
        title=book.title,
        author=options.author,
        subject=_subject(book) + (", one page per sheet" if options.handout else ""),  # i18n: skip (the PDF's own words)
        changed=book.last_changed,
    )
    _write_atomically(
        out_path,
        lambda f: paint_pdf(
            pages, f, info, images=derivatives.paths, crop_marks=options.crop_marks, on_page=on_page
        ),
    )
    report(total, total, translate("services.export", "Export finished"))
    return ExportResult(
        out_path=out_path,
        pages=len(pages),
        findings=findings,
        images=sum(1 for item in placements if item in derivatives.paths),
        cache_hits=derivatives.hits,
        cache_misses=derivatives.misses,
        elapsed=time.perf_counter() - started,
        final=options.final,
    )


def _subject(book: BookContent) -> str:
    """E.g. "Life story book for Ruby", "Later life letter for Sam"."""
    label = book.kind.label
    return f"{label} for {book.child_name}" if book.child_name else label


def _refusal(findings: list[Finding], few: str, many: str) -> str:
    """The refusal with the first five findings' messages (and how many more)."""
    shown = " ".join(f.message for f in findings[:5])
    if len(findings) > 5:
        return many.format(findings=shown, more=len(findings) - 5)
    return few.format(findings=shown)


def _unreadable_photo_findings(pages: list[PageLayout], found: DerivativeSet) -> list[Finding]:
    findings = []
    for page in pages:
        names = frame_names(page.frames)  # frame keys are internal: never shown
        for item in page.items:
            if isinstance(item, ImageItem) and item in found.failures:
                findings.append(
                    Finding(
                        severity=Severity.ERROR,
                        code=FindingCode.PHOTO_UNREADABLE,
                        message=(
                                            translate("services.export", "Page {number}: {frame} {problem}, so it was "
                                      "left out.").format(
                                number=page.number, problem=found.failures[item],
                                frame=names.get(item.frame_key) or translate("services.export",
                                                                             "a photo"))
                        ),
                        page_number=page.number,
                        page_id=page.page_id,
                        frame_key=item.frame_key or None,
                    )
                )
    return findings


def _write_atomically(out_path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Run ``write(file)`` on a temporary file beside ``out_path``, then rename it into place.

    Leftovers of earlier exports to this name that were killed mid-write go first.
    """
    remove_stale_temporaries(out_path.parent, f".{out_path.name}.*.part")
    try:
        with atomic_writer(out_path, durable=True) as fh:
            write(fh)
    except OSError as exc:
        free = shutil.disk_usage(out_path.parent).free if out_path.parent.is_dir() else 0
        raise ExportFailed(translate("services.export", "Could not write {out_path}: {reason} "
                                                        "({free:.1f} MB free there)").format(
                                                            out_path=out_path, reason=exc.strerror or exc, free=free / 1e6)) from exc
