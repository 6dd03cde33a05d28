"""The suite's untimed set-up steps, run in a process of their own through Lifebook's services.

    python tests/perf/suite_helper.py books --library L --child 1 --books e=120:40 p=196:60 ...
    python tests/perf/suite_helper.py crowd --library L --children 50 --per-child 100
    python tests/perf/suite_helper.py caption --library L --book B --text "..."
    python tests/perf/suite_helper.py plan --library L --book B --out plan.json

Each prints one JSON document. The orchestrator (run.py) never imports
Lifebook itself, so its own memory and start-up stay out of the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT))


def make_books(library_path: Path, child_id: int, wanted: dict[str, tuple[int, int]]) -> dict:
    """One autoflowed life story book per name, cut down to ``wanted[name]`` (photos, pages).

    Autoflow lays every photo of the child onto pages of four; the photo
    pages past the wanted count are deleted (as a worker would), so the books
    share the child's photos. Then, while the book has more pages than
    wanted (0: any), empty pages of the book template are deleted, the last
    ones before the book's final page (never the cover or the final page). Returns {name: {book_id, pages, photos}}.
    """
    from lifebook.model.enums import BookKind
    from lifebook.services.books import AUTOFLOW_SECTION, list_pages, new_book
    from lifebook.services.content import load_book_content
    from lifebook.services.pages import delete_page
    from lifebook.store.db import Library

    library = Library.open(library_path)
    made = {}
    for name, (photos, page_count) in wanted.items():
        book = new_book(library, child_id, BookKind.LIFE_STORY, title=f"Benchmark book {name}",
                        autoflow=True)
        photo_pages = [p for p in list_pages(library, book.id) if p.section == AUTOFLOW_SECTION]
        keep = -(-photos // 4)  # pages of four
        for page in photo_pages[keep:]:
            delete_page(library, page.id)
        # the book template's pages between the cover and the last page (which ends the book)
        template_pages = [p for p in list_pages(library, book.id)[1:-1] if p.section != AUTOFLOW_SECTION]
        extra = len(list_pages(library, book.id)) - page_count if page_count else 0
        for page in template_pages[len(template_pages) - extra:] if extra > 0 else []:
            delete_page(library, page.id)
        content = load_book_content(library, book.id)
        placed = sum(1 for page in content.pages for f in page.frames.values() if f.media)
        made[name] = {"book_id": book.id, "pages": len(content.pages), "photos": placed}
    library.close()
    return made


def make_crowd(library_path: Path, files: list[Path], children: int, per_child: int) -> dict:
    """A caseload library: ``children`` children with ``per_child`` photos each.

    The first child's photos are imported for real (files copied, thumbnails
    made); every other child gets copies of those rows (same photo files,
    same thumbnails, its own rows), written in one transaction. The database
    then holds exactly what ``children * per_child`` imports would have
    written, without hours of decoding the same pictures again.
    """
    from sqlalchemy import select

    from lifebook.services.children import add_child
    from lifebook.services.photos import import_photos
    from lifebook.store.db import Library
    from lifebook.store.models import MediaItem

    library = Library.open(library_path)
    ids = [add_child(library, f"Child {n:02d} Benchmark").id for n in range(1, children + 1)]
    report = import_photos(library, ids[0], files[:per_child])
    copied = 0
    with library.transaction() as s:
        originals = list(s.scalars(select(MediaItem).where(MediaItem.child_id == ids[0])))
        columns = [c.key for c in MediaItem.__table__.columns if c.key not in ("id", "child_id")]
        for child_id in ids[1:]:
            for row in originals:
                s.add(MediaItem(child_id=child_id, **{c: getattr(row, c) for c in columns}))
                copied += 1
    library.close()
    return {"children": len(ids), "imported": len(report.imported), "copied_rows": copied,
            "photos": len(report.imported) + copied}


def change_caption(library_path: Path, book_id: int, text: str) -> dict:
    """Change the first photo caption of the book (a one-word edit before a warm export)."""
    from lifebook.services.content import load_book_content
    from lifebook.services.pages import set_frame_text
    from lifebook.store.db import Library

    library = Library.open(library_path)
    content = load_book_content(library, book_id)
    for page in content.pages:
        for key in sorted(page.frames):
            if key.startswith("caption"):
                set_frame_text(library, page.page_id, key, text)
                library.close()
                return {"page_id": page.page_id, "frame": key}
    library.close()
    raise SystemExit("the book has no caption to change")


def plan(library_path: Path, book_id: int, ppi: int = 300) -> dict:
    """Where every photo of the book is placed: pages (PDF points, bleed included) and images.

    Peers draw the same originals at the same places; the floor makes the
    same pixel sizes (Lifebook's own derivative spec at ``ppi``).
    """
    from lifebook.layout.display import ImageItem
    from lifebook.layout.engine import layout_book
    from lifebook.render.derivatives import spec_for
    from lifebook.services.content import load_book_content
    from lifebook.store.db import Library

    library = Library.open(library_path)
    layouts = layout_book(load_book_content(library, book_id), target_ppi=ppi)
    library.close()
    pages = []
    for page in layouts:
        width, height = page.width + 2 * page.bleed, page.height + 2 * page.bleed
        images = []
        for item in page.items:
            if not isinstance(item, ImageItem):
                continue
            spec = spec_for(item, ppi)
            r = item.rect
            images.append({
                "path": str(item.source_path),
                "x": page.bleed + r.x, "y": page.bleed + page.height - r.y - r.h,  # PDF, y up
                "w": r.w, "h": r.h,
                "crop": list(spec.crop), "orientation": spec.orientation, "rotation": spec.rotation,
                "px": [spec.width, spec.height],
            })
        pages.append({"width": width, "height": height, "images": images})
    return {"ppi": ppi, "pages": pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    books = sub.add_parser("books")
    books.add_argument("--library", type=Path, required=True)
    books.add_argument("--child", type=int, required=True)
    books.add_argument("--books", nargs="+", required=True, help="name=photos[:pages]")
    crowd = sub.add_parser("crowd")
    crowd.add_argument("--library", type=Path, required=True)
    crowd.add_argument("--children", type=int, required=True)
    crowd.add_argument("--per-child", type=int, required=True)
    crowd.add_argument("files", nargs="+", type=Path)
    caption = sub.add_parser("caption")
    caption.add_argument("--library", type=Path, required=True)
    caption.add_argument("--book", type=int, required=True)
    caption.add_argument("--text", required=True)
    placing = sub.add_parser("plan")
    placing.add_argument("--library", type=Path, required=True)
    placing.add_argument("--book", type=int, required=True)
    placing.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    if args.command == "books":
        wanted = {}
        for pair in args.books:  # name=photos or name=photos:pages
            name, _, size = pair.partition("=")
            photos, _, pages = size.partition(":")
            wanted[name] = (int(photos), int(pages or 0))
        result = make_books(args.library, args.child, wanted)
    elif args.command == "crowd":
        result = make_crowd(args.library, args.files, args.children, args.per_child)
    elif args.command == "caption":
        result = change_caption(args.library, args.book, args.text)
    else:
        result = plan(args.library, args.book)
        args.out.write_text(json.dumps(result))
        result = {"pages": len(result["pages"]), "out": str(args.out)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
