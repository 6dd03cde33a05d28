"""The house rules of ARCHITECTURE.md, checked by reading every module's imports.

Each layer imports only the layers below it; only the window's code imports
Qt; the window reaches the data through the services. A rule broken by a new
import fails here, naming the file, the line and the rule.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lifebook"
QT_ALLOWED = ("ui/", "app.py", "render/qt.py")


@dataclass(frozen=True)
class Import:
    module: str  # the importing file, relative to lifebook/
    line: int
    target: str  # dotted name imported
    names: tuple[str, ...]


def _imports(source: Path) -> list[Import]:
    rel = source.relative_to(PACKAGE).as_posix()
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(rel, node.lineno, a.name, ()) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative: resolve against the file's package
                parts = rel.split("/")[:-1]
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(["lifebook", *parts, node.module])
            found.append(Import(rel, node.lineno, base, tuple(a.name for a in node.names)))
    return found


def all_imports(root: Path = PACKAGE) -> list[Import]:
    return [imp for path in sorted(root.rglob("*.py")) for imp in _imports(path)]


def _layer(target: str) -> str:
    parts = target.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "lifebook" else ""


# (importing files, forbidden layer, why)
RULES = [
    ("model/", {"store", "layout", "render", "checks", "services", "cli", "ui", "tracking"},
     "model/ holds plain domain types and imports no other layer"),
    ("store/", {"layout", "render", "checks", "services", "cli", "ui"},
     "store/ must not import layout, render, checks or the ui"),
    ("layout/", {"store", "render", "services", "cli", "ui", "checks"},
     "layout/ turns templates and content into display lists: no store, painters or ui"),
    ("render/", {"store", "services", "cli", "ui", "checks"}, "painters paint display lists"),
    ("checks/", {"store", "services", "cli", "ui"}, "checks return findings from content"),
    ("services/", {"cli", "ui"}, "services are below the window and the command line"),
    ("cli/", {"ui"}, "the command line runs without the window"),
]


def violations(imports: list[Import]) -> list[str]:
    out: list[str] = []
    for imp in imports:
        where = f"lifebook/{imp.module}:{imp.line} imports {imp.target}"
        if imp.target.split(".")[0] == "PySide6" and not imp.module.startswith(QT_ALLOWED):
            out.append(f"{where}: only ui/, app.py and render/qt.py may import Qt")
        layer = _layer(imp.target)
        for prefix, forbidden, why in RULES:
            if imp.module.startswith(prefix) and layer in forbidden:
                out.append(f"{where}: {why}")
        if imp.module.startswith("ui/") and layer == "store":
            allowed = imp.target == "lifebook.store.db" and set(imp.names) <= {"Library", "LibraryError"}
            if not allowed:
                out.append(f"{where}: the window reaches data through the services, "
                           "not the store (only the Library handle type may be imported)")
    return out


def test_the_package_keeps_the_layering_rules() -> None:
    assert violations(all_imports()) == []


@pytest.mark.parametrize(
    ("file", "code", "rule"),
    [
        ("layout/bad.py", "from PySide6.QtGui import QColor\n", "only ui/"),
        ("store/bad.py", "from lifebook.layout.engine import layout_page\n", "store/ must not"),
        ("ui/bad.py", "from lifebook.store.models import Child\n", "through the services"),
        ("services/bad.py", "from ..ui.style import ACCENT\n", "services are below"),
    ],
)
def test_a_forbidden_import_is_caught(tmp_path: Path, file: str, code: str, rule: str) -> None:
    """The check itself fails when a rule is broken (so a green run means something)."""
    fake = tmp_path / "lifebook"
    (fake / file).parent.mkdir(parents=True)
    (fake / file).write_text(code)
    found = [Import(i.module, i.line, i.target, i.names) for i in _imports_in(fake, fake / file)]
    problems = violations(found)
    assert problems and rule in problems[0]


def _imports_in(root: Path, path: Path) -> list[Import]:
    global PACKAGE
    saved, PACKAGE = PACKAGE, root
    try:
        return _imports(path)
    finally:
        PACKAGE = saved
