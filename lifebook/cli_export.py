"""The ``export`` and ``check`` commands: print-ready PDF and preflight."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

# Exit codes of every lifebook command (see cli.py).
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def add_export_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("export", "export a book as a print-ready PDF")
    p.add_argument("--book", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--crop-marks", action="store_true", help="add crop marks outside the bleed")
    p.add_argument("--bleed", type=float, default=3.0, metavar="MM", help="bleed in mm (default 3)")
    p.add_argument("--ppi", type=int, default=300, metavar="N",
                   help="image resolution in pixels per inch (default 300)")
    p.add_argument("--final", action="store_true",
                   help="no DRAFT watermark; only for books approved in quality assurance (QA)")

    p = command("check", "list every problem to fix before printing a book")
    p.add_argument("--book", type=int, required=True, metavar="ID")


def _print_findings(findings: list) -> None:  # type: ignore[type-arg]
    from lifebook.checks.preflight import finding_line

    for finding in findings:
        print(finding_line(finding), file=sys.stderr)


def cmd_check(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.checks.preflight import finding_dict, has_errors, preflight, summary
    from lifebook.services.content import load_book_content

    findings = preflight(load_book_content(library, args.book))
    if args.json:
        json.dump({"book_id": args.book, "findings": [finding_dict(f) for f in findings],
                   "summary": summary(findings)}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from lifebook.checks.preflight import finding_line

        for finding in findings:
            print(finding_line(finding))
        print(summary(findings))
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_export(library, args) -> int:  # type: ignore[no-untyped-def]
    from lifebook.checks.preflight import finding_dict, has_errors, summary
    from lifebook.services.content import load_book_content
    from lifebook.services.export import ExportOptions, export_book

    if args.bleed < 0 or args.bleed > 20:
        print("lifebook: --bleed must be between 0 and 20 mm", file=sys.stderr)
        return EXIT_ERROR
    book = load_book_content(library, args.book)
    options = ExportOptions(bleed_mm=args.bleed, ppi=args.ppi, crop_marks=args.crop_marks,
                            final=args.final)
    result = export_book(book, Path(args.out).expanduser().resolve(), options,
                         cache_dir=library.cache_dir / "print")
    if args.json:
        json.dump({
            "book_id": book.book_id,
            "out": str(result.out_path),
            "pages": result.pages,
            "images": result.images,
            "final": result.final,
            "cache_hits": result.cache_hits,
            "cache_misses": result.cache_misses,
            "seconds": round(result.elapsed, 2),
            "findings": [finding_dict(f) for f in result.findings],
            "summary": summary(result.findings),
        }, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_findings(result.findings)
        kind = "final" if result.final else "draft"
        print(f"Wrote {result.out_path} ({result.pages} pages, {kind}). {summary(result.findings)}")
    return EXIT_FINDINGS if has_errors(result.findings) else EXIT_OK
