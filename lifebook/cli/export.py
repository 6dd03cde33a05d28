"""Export and preflight: ``export``, ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import bounded_number, record_id
from lifebook.cli.output import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, warn

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.model.content import BookContent
    from lifebook.store.db import Library

BLEED_MM = (0.0, 10.0)
PPI = (72, 1200)


def register(add: AddCommand) -> None:
    p = add("export", "export a book as a print-ready PDF", cmd_export)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx",
                   help="where to write it: a print-ready .pdf, or an editable Word .docx")
    p.add_argument("--crop-marks", action="store_true", help="add crop marks outside the bleed")
    p.add_argument("--bleed", type=bounded_number(*BLEED_MM, "mm"), default=3.0, metavar="MM",
                   help=f"bleed in mm, {BLEED_MM[0]:g} to {BLEED_MM[1]:g} (default 3)")
    p.add_argument("--ppi", type=bounded_number(*PPI, "pixels per inch", whole=True), default=300,
                   metavar="N", help=f"image resolution, {PPI[0]} to {PPI[1]} pixels per inch "
                   "(default 300)")
    p.add_argument("--part", choices=("all", "now", "later"), default="all",
                   help="a letter written in parts: the part to share now, the part kept for "
                   "later, or all of it (the default)")
    p.add_argument("--handout", action="store_true",
                   help="words and pictures books: one page per sheet, each page big on its own "
                   "landscape A4 sheet, to read with a young child (no bleed or crop marks)")
    p.add_argument("--final", action="store_true",
                   help="the approved revision, exactly as approved, with no DRAFT watermark and "
                   "an approval line on the last page; only for books approved in quality "
                   "assurance (QA)")
    p.add_argument("--revision", type=record_id, metavar="N",
                   help="with --final: an earlier approved revision (default: the newest)")
    p.add_argument("--author", metavar="NAME",
                   help="the author the PDF names (default: the name set with "
                   "'lifebook preferences --author'; none if not set)")

    p = add("check", "list every problem to fix before printing a book", cmd_check)
    p.add_argument("--book", type=record_id, required=True, metavar="ID")


def cmd_check(library: Library, args: argparse.Namespace) -> int:
    from lifebook.checks.preflight import finding_dict, finding_line, has_errors, preflight, summary
    from lifebook.services.content import load_book_content
    from lifebook.services.privacy import privacy_context

    findings = preflight(load_book_content(library, args.book), privacy_context(library, args.book))
    lines = [finding_line(f) for f in findings] + [summary(findings)]
    emit(args, {"book_id": args.book, "findings": [finding_dict(f) for f in findings],
                "summary": summary(findings)}, "\n".join(lines))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    from lifebook.checks.preflight import finding_dict, finding_line, has_errors, summary
    from lifebook.services.audit import record_export
    from lifebook.services.content import load_book_content
    from lifebook.services.export import ExportOptions, export_book
    from lifebook.services.letters import select_part
    from lifebook.services.preferences import clean_author, load_preferences
    from lifebook.services.privacy import privacy_context

    if args.revision is not None and not args.final:
        warn("lifebook: --revision goes with --final (a draft is always the book as it is now)")
        return EXIT_ERROR
    if args.final:
        from lifebook.services.workflow import approved_content

        book = approved_content(library, args.book, args.revision)
    else:
        book = load_book_content(library, args.book)
    book = select_part(book, args.part)
    author = clean_author(args.author) if args.author is not None else load_preferences().author
    if Path(args.out).suffix.lower() == ".docx":
        if args.handout:
            warn("lifebook: --handout makes a PDF; give --out a name ending in .pdf")
            return EXIT_ERROR
        return _export_word(library, book, args, author)
    if args.handout and args.crop_marks:
        warn("lifebook: a handout is printed at home or school, so it has no crop marks or bleed")
    options = ExportOptions(bleed_mm=args.bleed, ppi=int(args.ppi), crop_marks=args.crop_marks,
                            final=args.final, author=author, handout=args.handout)
    result = export_book(book, Path(args.out).expanduser().resolve(), options,
                         cache_dir=library.cache_dir / "print",
                         privacy=privacy_context(library, args.book))
    record_export(library, book.book_id, result.out_path, pages=result.pages, final=result.final,
                  kind="PDF, one page per sheet" if args.handout else "PDF")
    if not args.json:
        for finding in result.findings:
            warn(finding_line(finding))
    kind = f"final copy of revision {book.revision}" if result.final else "draft"
    kind += ", one page per sheet" if args.handout else ""
    emit(args, {
        "book_id": book.book_id,
        "out": str(result.out_path),
        "pages": result.pages,
        "images": result.images,
        "final": result.final,
        "handout": bool(args.handout),
        "revision": book.revision if result.final else None,
        "approval": book.approval if result.final else None,
        "cache_hits": result.cache_hits,
        "cache_misses": result.cache_misses,
        "seconds": round(result.elapsed, 2),
        "findings": [finding_dict(f) for f in result.findings],
        "summary": summary(result.findings),
    }, f"Wrote {result.out_path} ({result.pages} pages, {kind}). {summary(result.findings)}")
    return EXIT_FINDINGS if has_errors(result.findings) else EXIT_OK


def _export_word(library: Library, book: BookContent, args: argparse.Namespace,
                 author: str) -> int:
    from lifebook.services.audit import record_export
    from lifebook.services.export_word import export_word

    result = export_word(book, Path(args.out).expanduser().resolve(), final=args.final,
                         author=author)
    record_export(library, book.book_id, result.out_path, pages=result.pages, final=result.final,
                  kind="Word")
    for note in result.left_out:
        warn(note)
    kind = "final" if result.final else "draft"
    emit(args, {"book_id": book.book_id, **result.as_dict()},
         f"Wrote {result.out_path} ({result.pages} pages, {result.photos} photos, {kind}, "
         "Word document).")
    return EXIT_OK
