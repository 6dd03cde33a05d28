"""Wrap the sentences made below the window in ``lifebook.i18n.translate``.

    python tools/i18n_wrap_core.py               # checks/, services/, tracking/, layout/, model/,
                                                 # and the store's opening, db and server
    python tools/i18n_wrap_core.py --check       # change nothing; exit 1 if anything would change
    python tools/i18n_wrap_core.py FILE...       # only these files
    python tools/i18n_wrap_core.py --sentences FILE...   # also every sentence in a function body

The partner of tools/i18n_wrap.py (which does lifebook/ui/ with Qt's
``QCoreApplication.translate``). Below the window there is no Qt, so a sentence
becomes ``translate("services.people", "text")`` with ``from lifebook.i18n import
translate`` (lifebook/i18n.py), the context being the module's path below
lifebook/. f-strings become a ``str.format`` template with named placeholders,
exactly as tools/i18n_wrap.py does, so translators see whole sentences.

What it rewrites by default: the message of a ``Finding(...)`` (its third
argument, or ``message=``) and of a raised user-facing error (``raise
InvalidInput("...")``, ``NotFound``, ``LibraryError``... listed in ERRORS).
Both branches of ``"a" if x else "b"`` are wrapped.

``--sentences`` also wraps every string literal with at least two words inside a
function body, except docstrings, dictionary keys, comparisons, subscripts,
log and SQL calls, and lines ending with ``# i18n: skip``. It is a first pass:
read its diff, and put back (or mark ``# i18n: skip``) keys, file formats,
JSON fields and anything else that is not a sentence for a person.

Idempotent: a wrapped string is no longer a bare literal. Left for a person (listed
at the end): ``%``/``+`` concatenations, joined lists, and sentences in
module-level or class-level constants (made at import time, before a translator
is installed: mark them with ``QT_TRANSLATE_NOOP`` and translate where used).
Then regenerate the catalogue: ``python tools/i18n_update.py``.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_wrap import (  # noqa: E402  (a sibling script, not a package)
    ROOT,
    Result,
    Wrapper,
    _text_of,
    quote,
    translatable,
)

PACKAGE = ROOT / "lifebook"
FOLDERS = ("checks", "services", "tracking", "layout", "model")
# the store's messages the window shows; store/team.py speaks to IT on the command line
STORE = ("store/opening.py", "store/db.py", "store/server.py")
IMPORT_LINE = "from lifebook.i18n import translate\n"

# errors whose message is shown to the user as it is (str(exc) in a message box or the CLI)
ERRORS = frozenset({
    "ServiceError", "NotFound", "InvalidInput", "NotAllowed", "PageChanged", "BackupError",
    "ExportRefused", "ExportFailed", "ExportCancelled", "BundleError", "MoveRefused", "PhotoInUse",
    "LibraryError", "DamagedLibrary",
})
FINDINGS = frozenset({"Finding", "find"})  # Finding(severity, code, message, ...), page.find(...)
# calls whose string arguments are never for a person
NOT_FOR_PEOPLE = frozenset({
    "debug", "info", "warning", "error", "exception", "critical", "log",  # logging
    "text", "execute", "exec_driver_sql", "compile", "match", "search", "sub", "fullmatch",
    "getattr", "setattr", "hasattr", "get", "pop", "setdefault", "startswith", "endswith",
    "audit", "record", "strftime", "strptime", "translate", "QT_TRANSLATE_NOOP", "format_map",
})


class CoreWrapper(Wrapper):
    """Wraps with ``translate("module.context", ...)`` (no Qt)."""

    def __init__(self, source: str, context: str, path: Path, sentences: bool) -> None:
        super().__init__(source, context, path)
        self.sentences = sentences
        self.depth = 0  # inside a function body
        self.protected: set[int] = set()  # literals that are keys, docstrings, compared...
        self.done: set[int] = set()

    @property
    def context(self) -> str:
        return self.module_context  # one context per module, classes or not

    # --- what is never a sentence ------------------------------------------------------

    def protect(self, tree: ast.AST) -> None:
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) \
                    and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                self.protected.add(id(body[0].value))
            if isinstance(node, ast.Dict):
                self.protected.update(id(k) for k in node.keys if k is not None)
            elif isinstance(node, ast.Compare):
                for part in (node.left, *node.comparators):
                    self._protect_all(part)
            elif isinstance(node, ast.Subscript):
                self._protect_all(node.slice)
            elif isinstance(node, ast.Call) and self._name(node) in NOT_FOR_PEOPLE:
                for arg in (*node.args, *(k.value for k in node.keywords)):
                    self._protect_all(arg)
            elif isinstance(node, ast.keyword) and node.arg in ("key", "code", "kind", "action",
                                                                  "frame_key", "name", "subject",
                                                                  "source", "number_format"):
                self._protect_all(node.value)
            elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                    and self._name(node.exc) not in ERRORS:
                self._protect_all(node.exc)  # a program's error (a broken data file), not a person's
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                self.protected.add(id(node.value))  # a bare string statement

    def _protect_all(self, node: ast.AST) -> None:
        self.protected.update(id(n) for n in ast.walk(node))

    # --- visiting ------------------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for default in (*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)):
            self._protect_all(default)  # made once, at import time
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, ast.Call) and self._name(exc) in ERRORS:
            for arg in exc.args[:1]:
                self._wrap(arg)
            for kw in exc.keywords:
                if kw.arg == "message":
                    self._wrap(kw.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if self._name(node) in FINDINGS:
            for arg in node.args[2:3]:
                self._wrap(arg)
            for kw in node.keywords:
                if kw.arg == "message":
                    self._wrap(kw.value)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if self.sentences and self.depth and id(node) not in self.protected \
                and isinstance(node.value, str) and self._sentence(node.value):
            self._wrap(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if self.sentences and self.depth and id(node) not in self.protected \
                and self._sentence(_text_of(node)):
            self._wrap(node)
        # the parts of an f-string are not literals of their own

    def _sentence(self, text: str) -> bool:
        words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
        return len(words) >= 2 and translatable(text, template=True)

    CALL = "translate"
    INTO_LISTS = False

    def _taken(self, node: ast.expr) -> bool:
        if id(node) in self.done:
            return True
        if isinstance(node, ast.Constant | ast.JoinedStr):
            self.done.add(id(node))  # looked at once, wrapped or not
        return False

    def _literal(self, text: str, node: ast.expr) -> str:
        """A literal for text, split over lines of about 90 characters like the source's."""
        indent = " " * (node.col_offset + len(f'translate("{self.context}", '))
        chunks, line = [], ""
        for word in text.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and len(candidate) > max(90 - len(indent), 40):
                chunks.append(line + " ")
                line = word
            else:
                line = candidate
        chunks.append(line)
        return ("\n" + indent).join(quote(c) for c in chunks)


def constant_leftovers(tree: ast.Module, wrapper: CoreWrapper) -> None:
    """Sentences in module or class constants: made before any translator is installed."""
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for stmt in body:
            if not isinstance(stmt, ast.Assign | ast.AnnAssign) or stmt.value is None:
                continue
            marked = {id(arg) for call in ast.walk(stmt.value) if isinstance(call, ast.Call)
                      and getattr(call.func, "id", "") in ("QT_TRANSLATE_NOOP", "translate")
                      for arg in call.args}
            for node in ast.walk(stmt.value):
                if id(node) in marked:
                    continue
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and wrapper._sentence(node.value) and node.value[:1].isupper():
                    wrapper._leftover(node, "constant made at import time (QT_TRANSLATE_NOOP, "
                                            "then translate where it is shown)")


def add_import(source: str, tree: ast.Module) -> str:
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "lifebook.i18n" \
                and any(a.name == "translate" and a.asname is None for a in stmt.names):
            return source
    lines = source.splitlines(keepends=True)
    imports = [s for s in tree.body if isinstance(s, ast.Import | ast.ImportFrom)]
    after = max((s.end_lineno or s.lineno) for s in imports) if imports else 0
    lines.insert(after, IMPORT_LINE)
    return "".join(lines)


def context_of(path: Path) -> str:
    resolved = path.resolve()
    rel = resolved.relative_to(PACKAGE) if resolved.is_relative_to(PACKAGE) else Path(path.name)
    return ".".join(rel.with_suffix("").parts)


def rewrite(path: Path, sentences: bool = False) -> Result:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    wrapper = CoreWrapper(source, context_of(path), path, sentences)
    wrapper.protect(tree)
    wrapper.visit(tree)
    constant_leftovers(tree, wrapper)
    result = Result(path, len(wrapper.edits), source, wrapper.leftovers)
    if not wrapper.edits:
        return result
    data = source.encode("utf-8")
    for start, end, text in sorted(set(wrapper.edits), reverse=True):
        data = data[:start] + text.encode("utf-8") + data[end:]
    new = data.decode("utf-8")
    result.text = add_import(new, ast.parse(new))
    return result


def default_files() -> list[Path]:
    return sorted([p for folder in FOLDERS for p in (PACKAGE / folder).rglob("*.py")]
                  + [PACKAGE / rel for rel in STORE])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    parser.add_argument("--sentences", action="store_true",
                        help="also wrap every sentence in a function body (review the diff)")
    parser.add_argument("--quiet", action="store_true", help="do not list what was left alone")
    args = parser.parse_args(argv)
    files = args.files or default_files()
    changed: list[Path] = []
    leftovers: list[str] = []
    total = 0
    for path in files:
        result = rewrite(path, args.sentences)
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
