"""Build the one-folder Lifebook app with PyInstaller, and check that it runs.

    python packaging/build.py            # build into dist/Lifebook (or dist/Lifebook.app)
    python packaging/build.py --check    # build, then run the frozen app headless:
                                         # --version, demo, export of the demo book

Needs `pip install -e '.[packaging]'` (PyInstaller). Output and work folders
are dist/ and build/ at the top of the checkout (both ignored by git). The
Windows installer (packaging/windows/lifebook.iss) and the Linux desktop files
(packaging/linux/) take the folder this makes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "lifebook.spec"


def frozen_cli(dist: Path) -> Path:
    """The frozen command-line executable inside ``dist``."""
    if sys.platform == "win32":
        return dist / "Lifebook" / "lifebook-cli.exe"
    if sys.platform == "darwin":
        return dist / "Lifebook.app" / "Contents" / "MacOS" / "lifebook-cli"
    return dist / "Lifebook" / "lifebook"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the frozen CLI's path. Raises CalledProcessError."""
    # the compiled window translations (lifebook/translations/*.qm) are build products
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--release-only"],
                   check=True, cwd=ROOT)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return frozen_cli(dist)


def check(cli: Path) -> None:
    """Run the frozen app as a user's first headless session would; raises on any failure."""
    with tempfile.TemporaryDirectory(prefix="lifebook-frozen-") as tmp:
        library = Path(tmp) / "library.sqlite3"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp}

        def run(*args: str) -> str:
            done = subprocess.run([str(cli), "--library", str(library), *args], env=env,
                                  capture_output=True, text=True, timeout=600, cwd=tmp)
            if done.returncode != 0:
                raise SystemExit(f"frozen `lifebook {' '.join(args)}` failed "
                                 f"({done.returncode}):\n{done.stdout}\n{done.stderr}")
            return done.stdout

        print(run("--version").strip())
        demo = json.loads(run("demo", "--json"))
        child = str(demo["child"]["id"])
        # the native parts: an iPhone photo (pillow-heif) and, with the decode budget
        # turned right down, libvips for "very large" photos
        photos = _sample_photos(Path(tmp))
        env["LIFEBOOK_DECODE_BUDGET_PIXELS"] = "1000"
        imported = json.loads(run("import-photos", "--child", child, *map(str, photos), "--json"))
        if len(imported["imported"]) != len(photos):
            raise SystemExit(f"the frozen app did not import every photo: {imported}")
        books = json.loads(run("books", "--child", child, "--json"))
        pdf = Path(tmp) / "demo.pdf"
        book = str(books["books"][0]["id"])
        run("export", "--book", book, "--out", str(pdf))
        # data files the libraries load by name: Word templates, bank holidays, language lists
        run("export", "--book", book, "--out", str(Path(tmp) / "demo.docx"))
        run("deadlines", "--as-of", "2026-11-27")
        draft = Path(tmp) / "draft.txt"
        draft.write_text("We will keep in contact with you. None of this was your fault.")
        run("check-text", str(draft))
        print(f"frozen app exported the demo book: {pdf.stat().st_size} bytes")


def _sample_photos(folder: Path) -> list[Path]:
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    heic, png = folder / "phone.heic", folder / "scan.png"
    Image.new("RGB", (120, 90), (200, 120, 80)).save(heic, format="HEIF")
    Image.new("RGB", (160, 120), (80, 120, 200)).save(png)
    return [heic, png]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the frozen app after building")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    cli = build(args.dist, args.work)
    print(f"built {cli}")
    if args.check:
        check(cli)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
