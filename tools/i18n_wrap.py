"""Wrap the user-visible string literals in lifebook/ui/ in Qt's translation call.

    python tools/i18n_wrap.py            # rewrite lifebook/ui/ in place, list what it left
    python tools/i18n_wrap.py --check    # change nothing; exit 1 if anything would change
    python tools/i18n_wrap.py FILE...    # only these files

Idempotent: a string already inside ``QCoreApplication.translate(...)`` is no
longer a bare literal, so a second run changes nothing. Re-run it after merging
branches that add new windows, then regenerate the catalogue
(``python tools/i18n_update.py``).

What it rewrites: string literals passed to the Qt calls and our own widget
helpers named in CALLS (setText, setToolTip, QLabel(...), QMessageBox.warning,
addTab, the window's ``action(...)`` helpers...). Each becomes

    QCoreApplication.translate("Context", "text")

where Context is the enclosing class (or, outside a class, the module path below
lifebook/ui, e.g. ``editor.editor``). We use ``QCoreApplication.translate``
rather than ``self.tr``: PySide6 looks ``tr``'s context up from the object's
runtime class, which differs from the class lupdate sees for mixins
(``LibraryActions`` in ``MainWindow``) and subclasses, so such strings would
never be found in the catalogue.

f-strings become ``translate(...)`` of a ``str.format`` template, e.g.
``f"Page {n} deleted."`` -> ``translate("X", "Page {n} deleted.").format(n=n)``,
so the translator sees the whole sentence and can move the placeholder.
Conditional expressions (``"a" if x else "b"``) have both branches wrapped.

Left alone (listed at the end of a run, for a person to look at): ``%`` and
``+`` concatenations, ``", ".join(...)``, strings in module-level constants
(they are made before a translator is installed), and anything on a line that
ends with ``# i18n: skip``. Strings that look like keys or object names
(``"primary"``, ``"sectionTitle"``), key sequences (``"Ctrl+D"``) or that hold
no letters are never wrapped.

After rewriting, the script adds ``from PySide6.QtCore import QCoreApplication``
where needed and runs ``ruff check --fix --select I`` on the changed files so the
imports stay sorted. It uses only the standard library (``ast`` with node
positions); nothing here is needed at run time.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "lifebook" / "ui"

ALL = "*"
# call name -> (positional indexes, keyword names) whose string literals are user-visible;
# ALL = every string argument (our own helpers: keys and shortcuts are filtered out below)
CALLS: dict[str, tuple[tuple[int, ...] | str, tuple[str, ...]]] = {
    # Qt setters
    **{name: ((0,), ()) for name in (
        "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
        "setPlaceholderText", "setTitle", "setAccessibleName", "setAccessibleDescription",
        "setInformativeText", "setDetailedText", "setLabelText", "setSuffix", "setPrefix",
        "setSpecialValueText", "showMessage", "setCancelButtonText", "setOkButtonText",
        "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel",
        "addMenu", "addButton", "addItem", "addRow", "addSection",
    )},
    **{name: ((0,), ("text", "title")) for name in (
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
        "QAction", "QMenu", "QToolBar", "QListWidgetItem", "QCommandLinkButton", "QDockWidget",
    )},
    "addAction": ((0, 1), ()),
    "addTab": ((1, 2), ()),
    "insertTab": ((2, 3), ()),
    "setTabText": ((1,), ()),
    "setTabToolTip": ((1,), ()),
    "setItemText": ((1,), ()),
    "createUndoAction": ((1,), ()),
    "createRedoAction": ((1,), ()),
    # QMessageBox / QInputDialog / QFileDialog: title and text, caption and filter
    **{name: ((1, 2), ()) for name in (
        "information", "warning", "critical", "question", "about",
        "getText", "getItem", "getInt", "getDouble", "getMultiLineText",
    )},
    "QMessageBox": ((1, 2), ()),
    **{name: ((1, 3), ("caption", "filter")) for name in (
        "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    )},
    "QProgressDialog": ((0, 1), ()),
    # our widget helpers: every string argument is text for the user
    **{name: (ALL, ()) for name in (
        "label", "_label", "_button", "action", "_action", "_add", "_heading", "_section",
        "_hint", "_say", "say", "show_notice", "_start_job", "_try", "_format_button",
        "_short_label", "_keep", "_failed", "failed", "_set_busy",
    )},
    # errors whose message is shown to the user as it is
    "DateError": ((0,), ()),
    "PreviewError": ((0,), ()),
}
# signals whose string argument the window shows in its status bar
EMIT_RECEIVERS = ("status_message", "page_deleted", "message")

KEYLIKE = re.compile(r"^[a-z_][A-Za-z0-9_.:/-]*$")  # "primary", "sectionTitle", "lifebook/x"
# key sequences: "Ctrl+D", "F1"; a bare key name ("Delete", "Home") only where a helper's
# argument may be its shortcut (not its first argument, which is always its text)
KEY_NAMES = (r"([A-Za-z0-9]|F\d{1,2}|Return|Enter|Del|Delete|Space|Tab|Backspace|Esc|Escape|"
             r"Home|End|PgUp|PgDown|Left|Right|Up|Down|Ins|Insert|[-+=,.\[\]/;'`])")
SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+" + KEY_NAMES + r"$|^(F\d{1,2}|[A-Za-z0-9])$")
BARE_KEY = re.compile(r"^" + KEY_NAMES + r"$")
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
SKIP_MARK = "# i18n: skip"
IMPORT_LINE = "from PySide6.QtCore import QCoreApplication\n"


@dataclass
class Result:
    path: Path
    changed: int = 0
    text: str = ""
    leftovers: list[str] = field(default_factory=list)


def translatable(value: str, template: bool = False, maybe_key: bool = False) -> bool:
    """Words for a person, not a key, a shortcut, or only placeholders and punctuation."""
    stripped = (PLACEHOLDER.sub("", value) if template else value).strip()
    if not any(ch.isalpha() for ch in stripped):
        return False
    if maybe_key and BARE_KEY.match(stripped):
        return False
    return not (KEYLIKE.match(stripped) or SHORTCUT.match(stripped))


def quote(value: str) -> str:
    """A double-quoted Python literal for value (keeps non-ASCII letters as they are)."""
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _placeholder_name(expr: ast.expr, index: int) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and len(expr.args) == 1
            and not expr.keywords):
        inner = expr.args[0]
        if isinstance(inner, ast.Name | ast.Attribute):
            return f"{expr.func.id}_{_placeholder_name(inner, index)}".lstrip("_")
    return f"value{index}"


def format_template(node: ast.JoinedStr) -> tuple[str, list[tuple[str, str]]] | None:
    """f"a {b} c" -> ("a {b} c", [("b", "b")]); None when it cannot be expressed."""
    parts: list[str] = []
    names: dict[str, str] = {}  # placeholder -> expression source
    for index, value in enumerate(node.values):
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(value.value.replace("{", "{{").replace("}", "}}"))
            continue
        if not isinstance(value, ast.FormattedValue):
            return None
        source = ast.unparse(value.value)
        name = _placeholder_name(value.value, index)
        while name in names and names[name] != source:
            name += "_"
        names[name] = source
        conversion = "" if value.conversion == -1 else "!" + chr(value.conversion)
        spec = ""
        if value.format_spec is not None:
            if not all(isinstance(v, ast.Constant) for v in value.format_spec.values):  # type: ignore[attr-defined]
                return None
            spec = ":" + "".join(v.value for v in value.format_spec.values)  # type: ignore[attr-defined]
        parts.append("{" + name + conversion + spec + "}")
    return "".join(parts), list(names.items())


class Wrapper(ast.NodeVisitor):
    def __init__(self, source: str, module_context: str, path: Path) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.line_starts = [0]
        for line in self.lines:
            self.line_starts.append(self.line_starts[-1] + len(line.encode("utf-8")))
        self.module_context = module_context
        self.classes: list[str] = []
        self.path = path
        self.edits: list[tuple[int, int, str]] = []  # byte start, byte end, new text
        self.leftovers: list[str] = []

    # --- positions -------------------------------------------------------------------

    def _offset(self, line: int, col: int) -> int:
        return self.line_starts[line - 1] + col

    def _span(self, node: ast.AST) -> tuple[int, int]:
        return (self._offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
                self._offset(node.end_lineno, node.end_col_offset))  # type: ignore[attr-defined]

    def _segment(self, node: ast.AST) -> str:
        start, end = self._span(node)
        return self.source.encode("utf-8")[start:end].decode("utf-8")

    def _skipped(self, node: ast.AST) -> bool:
        return any(SKIP_MARK in self.lines[n - 1]
                   for n in range(node.lineno, node.end_lineno + 1))  # type: ignore[attr-defined]

    # --- visiting --------------------------------------------------------------------

    @property
    def context(self) -> str:
        return self.classes[-1] if self.classes else self.module_context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        targets = self._targets(node)
        helper = self._name(node) in CALLS and CALLS[self._name(node)][0] == ALL
        for arg in targets:
            # a helper's later arguments may be its shortcut ("Delete"): never its first
            self._wrap(arg, maybe_key=helper and not (node.args and arg is node.args[0]))
        self.generic_visit(node)

    @staticmethod
    def _name(node: ast.Call) -> str:
        func = node.func
        return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")

    def _targets(self, node: ast.Call) -> list[ast.expr]:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "emit" and isinstance(func, ast.Attribute):
            receiver = func.value
            receiver_name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
            return node.args[:1] if receiver_name.endswith(EMIT_RECEIVERS) else []
        if name not in CALLS:
            return []
        positions, keywords = CALLS[name]
        if positions == ALL:
            return [*node.args, *(k.value for k in node.keywords if k.arg)]
        picked = [a for i, a in enumerate(node.args) if i in positions]
        picked += [k.value for k in node.keywords if k.arg in keywords]
        return picked

    # what a wrapped string becomes; tools/i18n_wrap_core.py wraps without Qt
    CALL = "QCoreApplication.translate"
    INTO_LISTS = True  # each string of a list or tuple argument is wrapped too

    def _literal(self, text: str, node: ast.expr) -> str:
        """The source literal for ``text`` in a new call."""
        return quote(text)

    def _taken(self, node: ast.expr) -> bool:
        """Whether ``node`` was already wrapped (or left) once: never twice."""
        return False

    def _wrap(self, arg: ast.expr, maybe_key: bool = False) -> None:
        if self._taken(arg):
            return
        if isinstance(arg, ast.IfExp):
            self._wrap(arg.body, maybe_key)
            self._wrap(arg.orelse, maybe_key)
            return
        if isinstance(arg, ast.List | ast.Tuple) and self.INTO_LISTS:
            for element in arg.elts:
                self._wrap(element, maybe_key)
            return
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            if not translatable(arg.value, maybe_key=maybe_key) or self._skipped(arg):
                return
            text = self._segment(arg)
            if text[:1] in "rRbBuUfF" or text.startswith(('"""', "'''")):
                text = self._literal(arg.value, arg)
            self._edit(arg, f'{self.CALL}("{self.context}", {text})')
            return
        if isinstance(arg, ast.JoinedStr):
            if self._skipped(arg):
                return
            template = format_template(arg)
            if template is None:
                self._leftover(arg, "f-string with a nested format specification")
                return
            text, names = template
            if not translatable(text, template=True):
                return
            call = f'{self.CALL}("{self.context}", {self._literal(text, arg)})'
            if names:
                call += ".format(" + ", ".join(f"{k}={v}" for k, v in names) + ")"
            self._edit(arg, call)
            return
        if isinstance(arg, ast.BinOp) and any(
                isinstance(n, ast.Constant | ast.JoinedStr) and translatable(_text_of(n))
                for n in ast.walk(arg)):
            self._leftover(arg, "string built with % or +")
        elif (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
              and arg.func.attr == "join" and isinstance(arg.func.value, ast.Constant)):
            self._leftover(arg, "joined list of strings")

    def _edit(self, node: ast.AST, text: str) -> None:
        start, end = self._span(node)
        self.edits.append((start, end, text))

    def _leftover(self, node: ast.AST, why: str) -> None:
        if not self._skipped(node):
            rel = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
            self.leftovers.append(f"{rel}:{node.lineno}: {why}: {self._segment(node)[:70]}")


def _text_of(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def module_constant_leftovers(tree: ast.Module, wrapper: Wrapper) -> None:
    """Top-level NAME = "Some words" constants: made before any translator is installed."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            marked = {id(arg) for call in ast.walk(stmt.value) if isinstance(call, ast.Call)
                      and getattr(call.func, "id", "") in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
                      for arg in call.args}  # already in the catalogue, translated where shown
            for node in ast.walk(stmt.value):
                if id(node) in marked:
                    continue
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value \
                        and translatable(node.value) and node.value[:1].isupper():
                    wrapper._leftover(node, "module-level constant (translate where it is shown)")


def add_import(source: str, tree: ast.Module) -> str:
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "PySide6.QtCore" \
                and any(a.name == "QCoreApplication" and a.asname is None for a in stmt.names):
            return source
    lines = source.splitlines(keepends=True)
    imports = [s for s in tree.body if isinstance(s, ast.Import | ast.ImportFrom)]
    after = max((s.end_lineno or s.lineno) for s in imports) if imports else 0
    lines.insert(after, IMPORT_LINE)
    return "".join(lines)


def rewrite(path: Path) -> Result:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    rel = path.resolve().relative_to(UI) if path.resolve().is_relative_to(UI) else Path(path.name)
    module_context = ".".join(rel.with_suffix("").parts)
    wrapper = Wrapper(source, module_context, path)
    wrapper.visit(tree)
    module_constant_leftovers(tree, wrapper)
    result = Result(path, len(wrapper.edits), source, wrapper.leftovers)
    if not wrapper.edits:
        return result
    data = source.encode("utf-8")
    for start, end, text in sorted(wrapper.edits, reverse=True):
        data = data[:start] + text.encode("utf-8") + data[end:]
    new = data.decode("utf-8")
    new = add_import(new, ast.parse(new))
    result.text = new
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    parser.add_argument("--quiet", action="store_true", help="do not list what was left alone")
    args = parser.parse_args(argv)
    files = args.files or sorted(UI.rglob("*.py"))
    changed: list[Path] = []
    leftovers: list[str] = []
    total = 0
    for path in files:
        result = rewrite(path)
        leftovers += result.leftovers
        if result.changed:
            total += result.changed
            changed.append(path)
            if not args.check:
                path.write_text(result.text, encoding="utf-8")
    if changed and not args.check:
        ruff = [sys.executable, "-m", "ruff", "check", "--fix", "--select", "I", "--quiet",
                *map(str, changed)]
        subprocess.run(ruff, cwd=ROOT, check=False)
    verb = "would wrap" if args.check else "wrapped"
    print(f"{verb} {total} string(s) in {len(changed)} file(s)")
    if leftovers and not args.quiet:
        print(f"\nleft for a person ({len(leftovers)}):")
        print("\n".join(f"  {line}" for line in leftovers))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
