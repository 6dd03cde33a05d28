"""Regenerate the window's translation catalogue, and compile it.

    python tools/i18n_update.py             # translations/lifebook_en_GB.ts from lifebook/ui, app.py
                                            #    and every module using lifebook.i18n
    python tools/i18n_update.py --release   # ...and compile every translations/*.ts to
                                            #    lifebook/translations/*.qm (build products)
    python tools/i18n_update.py --locale cy # start (or refresh) translations/lifebook_cy.ts

Uses pyside6-lupdate and pyside6-lrelease, which come with PySide6. The
catalogue keeps no line numbers (``-locations none``), so it changes only when
the strings do; strings that left the code are dropped (``-no-obsolete``).
Run tools/i18n_wrap.py (the window) and tools/i18n_wrap_core.py (checks, services,
layout, store) first so new strings are wrapped.

lupdate's Python parser finds ``translate("context", "text")`` and
``QT_TRANSLATE_NOOP("context", "text")`` calls by name, whatever module they
come from, so the sentences made below the window (``lifebook.i18n.translate``)
land in the same catalogue as the window's; it skips calls whose context or
text is not a string literal (tests/test_i18n_sources.py keeps them literal).

To add a language: run with ``--locale xx``, translate translations/lifebook_xx.ts
in Qt Linguist (pyside6-linguist), then ``--release``. The window picks the
catalogue for the system's language at start-up (lifebook/ui/i18n.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
COMPILED = ROOT / "lifebook" / "translations"
SOURCE_LOCALE = "en_GB"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 into this Python")
    return found


def python_sources() -> list[Path]:
    """The window's modules, and every other module whose sentences go through lifebook.i18n."""
    window = sorted((ROOT / "lifebook" / "ui").rglob("*.py")) + [ROOT / "lifebook" / "app.py"]
    below = sorted(p for p in (ROOT / "lifebook").rglob("*.py")
                   if p not in window and uses_core_translation(p))
    return window + below


def uses_core_translation(path: Path) -> bool:
    return "from lifebook.i18n import" in path.read_text(encoding="utf-8")


def update(locale: str) -> Path:
    SOURCES.mkdir(exist_ok=True)
    ts = SOURCES / f"lifebook_{locale}.ts"
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    "-source-language", SOURCE_LOCALE, "-target-language", locale,
                    *map(str, python_sources()), "-ts", str(ts)], cwd=ROOT, check=True)
    return ts


def release() -> list[Path]:
    COMPILED.mkdir(exist_ok=True)
    built = []
    for ts in sorted(SOURCES.glob("lifebook_*.ts")):
        qm = COMPILED / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default=SOURCE_LOCALE, help="the catalogue to update (default en_GB)")
    parser.add_argument("--release", action="store_true", help="also compile every catalogue to .qm")
    parser.add_argument("--release-only", action="store_true", help="only compile (the packaging build)")
    args = parser.parse_args(argv)
    if not args.release_only:
        print(f"updated {update(args.locale).relative_to(ROOT)}")
    if args.release or args.release_only:
        for qm in release():
            print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
