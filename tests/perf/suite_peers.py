"""What a user could do instead, on the same photos and page sizes, and the floor.

    python tests/perf/suite_peers.py floor-export PLAN.json OUT_DIR [--workers 2]
    python tests/perf/suite_peers.py floor-import OUT_DIR FILE... [--workers 2]
    python tests/perf/suite_peers.py reportlab PLAN.json OUT.pdf
    python tests/perf/suite_peers.py docx PLAN.json OUT.docx --jpeg-dir DIR

PLAN.json is suite_helper.py's ``plan``: every page's size and every photo's
original, placed rectangle and print pixel size, as Lifebook laid them out.

- **floor-export**: the least work a print export needs. Each photo decoded
  only as large as needed (``Image.draft``), turned upright, cropped,
  resampled once to the size Lifebook embeds, encoded as JPEG; over two
  processes. No PDF, no database.
- **floor-import**: the least work an import needs. Each file hashed
  (SHA-256), copied beside the others (temporary file, fsync, rename) and a
  512-pixel thumbnail made from a draft decode; over two processes.
- **reportlab**: the naive script: ``drawImage`` of each original at its
  place (ReportLab's defaults; EXIF orientation ignored, as such scripts do).
- **docx**: today's Word workflow: the originals inserted at their placed
  sizes into a DOCX (python-docx), one page per book page. HEICs, which
  python-docx (like older Word) cannot take, are first saved as JPEGs (not
  timed: the worker's own conversion). run.py then times
  ``soffice --headless --convert-to pdf`` on it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

try:  # HEIC support, as Lifebook has it (pillow-heif is one of its dependencies)
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover
    pass

THUMB_EDGE = 512
_TRANSPOSE = {  # EXIF orientation -> what turns the stored pixels upright
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


# --- the floor: export ---------------------------------------------------------------


def _print_image(job: tuple[dict, str]) -> tuple[int, int]:
    image, out = job
    target_w, target_h = image["px"]
    left, top, right, bottom = image["crop"]
    turned = image["orientation"] in (5, 6, 7, 8)
    with Image.open(image["path"]) as im:
        stored_w, stored_h = im.size
        upright_w, upright_h = (stored_h, stored_w) if turned else (stored_w, stored_h)
        region_w, region_h = (right - left) * upright_w, (bottom - top) * upright_h
        scale = min(1.0, max(target_w / region_w, target_h / region_h))
        if im.format == "JPEG":
            im.draft("RGB", (math.ceil(stored_w * scale), math.ceil(stored_h * scale)))
        for step in _TRANSPOSE.get(image["orientation"], ()):
            im = im.transpose(step)
        w, h = im.size
        box = (round(left * w), round(top * h), round(right * w), round(bottom * h))
        size = (min(target_w, box[2] - box[0]), min(target_h, box[3] - box[1]))
        out_im = im.convert("RGB").resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
    out_im.save(out, "JPEG", quality=90)
    return size


def floor_export(plan_path: Path, out_dir: Path, workers: int) -> dict:
    plan = json.loads(plan_path.read_text())
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(image, str(out_dir / f"{n:04d}.jpg"))
            for n, image in enumerate(i for page in plan["pages"] for i in page["images"])]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        sizes = list(pool.map(_print_image, jobs, chunksize=1))
    return {"images": len(sizes), "bytes": sum(os.path.getsize(out) for _, out in jobs)}


# --- the floor: import ---------------------------------------------------------------


def _import_one(job: tuple[str, str]) -> str:
    source, out_dir = job
    digest = hashlib.sha256()
    with open(source, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = Path(out_dir) / f"{sha}{Path(source).suffix.lower()}"
    part = target.with_name(target.name + ".part")
    with open(source, "rb") as src, open(part, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    part.rename(target)
    with Image.open(source) as im:
        im.draft("RGB", (THUMB_EDGE, THUMB_EDGE))
        im.thumbnail((THUMB_EDGE, THUMB_EDGE))
        im.convert("RGB").save(Path(out_dir) / f"{sha}-thumb.jpg", "JPEG", quality=85)
    return sha


def floor_import(files: list[Path], out_dir: Path, workers: int) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        shas = list(pool.map(_import_one, [(str(f), str(out_dir)) for f in files], chunksize=1))
    return {"imported": len(set(shas))}


# --- naive ReportLab -------------------------------------------------------------------


def naive_reportlab(plan_path: Path, out: Path) -> dict:
    from reportlab.pdfgen.canvas import Canvas

    plan = json.loads(plan_path.read_text())
    first = plan["pages"][0]
    canvas = Canvas(str(out), pagesize=(first["width"], first["height"]))
    for page in plan["pages"]:
        canvas.setPageSize((page["width"], page["height"]))
        for image in page["images"]:
            canvas.drawImage(image["path"], image["x"], image["y"], image["w"], image["h"])
        canvas.showPage()
    canvas.save()
    return {"pages": len(plan["pages"]), "bytes": out.stat().st_size}


# --- the Word document LibreOffice converts ------------------------------------------


def _word_ready(path: Path, jpeg_dir: Path) -> Path:
    """The photo as Word takes it: HEIC saved as a full-size JPEG (kept for the next run)."""
    if path.suffix.lower() not in (".heic", ".heif"):
        return path
    jpeg_dir.mkdir(parents=True, exist_ok=True)
    target = jpeg_dir / f"{path.stem}.jpg"
    if not target.exists():
        with Image.open(path) as im:
            im.convert("RGB").save(target.with_suffix(".part"), "JPEG", quality=90)
        target.with_suffix(".part").rename(target)
    return target


def build_docx(plan_path: Path, out: Path, jpeg_dir: Path) -> dict:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    plan = json.loads(plan_path.read_text())
    doc = Document()
    section = doc.sections[0]
    first = plan["pages"][0]
    section.page_width, section.page_height = Pt(first["width"]), Pt(first["height"])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(0))
    section.header_distance = section.footer_distance = Pt(0)
    for number, page in enumerate(plan["pages"]):
        paragraph = doc.add_paragraph() if number == 0 else doc.paragraphs[-1]
        run = paragraph.add_run()
        for image in page["images"]:
            run.add_picture(str(_word_ready(Path(image["path"]), jpeg_dir)),
                            width=Pt(image["w"]), height=Pt(image["h"]))
        if number < len(plan["pages"]) - 1:
            run.add_break(WD_BREAK.PAGE)
            doc.add_paragraph()
    doc.save(str(out))
    return {"pages": len(plan["pages"]), "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    fe = sub.add_parser("floor-export")
    fe.add_argument("plan", type=Path)
    fe.add_argument("out_dir", type=Path)
    fe.add_argument("--workers", type=int, default=2)
    fi = sub.add_parser("floor-import")
    fi.add_argument("out_dir", type=Path)
    fi.add_argument("files", nargs="+", type=Path)
    fi.add_argument("--workers", type=int, default=2)
    rl = sub.add_parser("reportlab")
    rl.add_argument("plan", type=Path)
    rl.add_argument("out", type=Path)
    dx = sub.add_parser("docx")
    dx.add_argument("plan", type=Path)
    dx.add_argument("out", type=Path)
    dx.add_argument("--jpeg-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "floor-export":
        result = floor_export(args.plan, args.out_dir, args.workers)
    elif args.command == "floor-import":
        result = floor_import(args.files, args.out_dir, args.workers)
    elif args.command == "reportlab":
        result = naive_reportlab(args.plan, args.out)
    else:
        result = build_docx(args.plan, args.out, args.jpeg_dir)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
