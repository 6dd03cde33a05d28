"""The sentences made below the window go through lifebook.i18n.translate (read from the source).

A finding's message, and the message of an error a person is shown (``raise
InvalidInput(...)``, ``NotFound``, ``LibraryError``...), must be a translate call
(or a name or expression holding one): never a bare string or f-string, which
would reach the window untranslated. And every ``translate`` call names its
context and text as string literals, which is what pyside6-lupdate needs to put
it in the catalogue. tools/i18n_wrap_core.py fixes most failures by itself.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lifebook"
FOLDERS = ("checks", "services", "tracking", "layout", "model")
STORE = ("store/opening.py", "store/db.py", "store/server.py")
RENDER = ("render/images.py", "render/derivatives.py")  # why a photo is refused

# errors whose message is shown to a person as it is (services/errors.py and its kinds,
# the store's LibraryError); a program's errors (a broken template) are not listed
USER_ERRORS = frozenset({
    "ServiceError", "NotFound", "InvalidInput", "NotAllowed", "PageChanged", "BackupError",
    "ExportRefused", "ExportFailed", "ExportCancelled", "BundleError", "MoveRefused", "PhotoInUse",
    "LibraryError", "DamagedLibrary", "ServerUnreachable", "ImageRejected",
})
# errors made where no translator is (the import's and export's worker processes): they keep
# their sentence, marked QT_TRANSLATE_NOOP(context, text) with named {placeholders} filled from
# keyword values, and translate it when put into words (render/images.py ImageRejected)
KEPT_SENTENCE = {"ImageRejected": "render.images"}  # error: the context it uses when none is given
FINDINGS = frozenset({"Finding", "find"})  # Finding(severity, code, message, ...), page.find(...)
NOOP = "QT_TRANSLATE_NOOP"


def sources() -> list[Path]:
    found = [p for folder in FOLDERS for p in sorted((PACKAGE / folder).rglob("*.py"))]
    return found + [PACKAGE / rel for rel in STORE + RENDER]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _bare_text(node: ast.expr | None) -> ast.expr | None:
    """The literal in ``node`` that would reach a person untranslated, or None."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node if any(ch.isalpha() for ch in node.value) else None
    if isinstance(node, ast.JoinedStr):  # f"{where}: {exc}" has no words of ours
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return node if any(ch.isalpha() for ch in words) else None
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, ast.BinOp):  # "words " + more, "%s words" % x
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.BoolOp):  # reason or "words"
        return next((t for v in node.values if (t := _bare_text(v)) is not None), None)
    return None


def _messages(tree: ast.AST) -> list[tuple[str, ast.expr]]:
    """(what, message expression) for every finding made and user error raised."""
    out: list[tuple[str, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in FINDINGS:
            out += [(f"{_name(node)}(...) message", a) for a in node.args[2:3]]
            out += [(f"{_name(node)}(...) message", k.value) for k in node.keywords
                    if k.arg == "message"]
        made = node.exc if isinstance(node, ast.Raise) else (
            node.value if isinstance(node, ast.Return) else None)  # raise X(...), return X(...)
        if isinstance(made, ast.Call) and _name(made) in USER_ERRORS:
            out += [(f"{_name(made)}(...)", a) for a in made.args[:1]]
    return out


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _kept_sentence_problem(call: ast.Call) -> str | None:
    """What is wrong with an error that keeps its sentence (``ImageRejected(...)``), or None."""
    what = _name(call)
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Name | ast.Attribute) or _bare_text(first) is not None:
        return None  # a constant marked with QT_TRANSLATE_NOOP; a bare string is named below
    if not (isinstance(first, ast.Call) and _name(first) == NOOP and len(first.args) == 2):
        return (f"the {what}(...) sentence must be QT_TRANSLATE_NOOP(\"context\", \"...\") with "
                "named {placeholders} and keyword values (it is translated where it is shown, "
                "not where it is made)")
    marked, text = _literal(first.args[0]), _literal(first.args[1])
    if marked is None or text is None:
        return None  # the NOOP check below names it
    given = call.args[1] if len(call.args) > 1 else next(
        (k.value for k in call.keywords if k.arg == "context"), None)
    context = _literal(given) if given is not None else KEPT_SENTENCE[what]
    if context != marked:
        return (f"the {what}(...) sentence is marked in context {marked!r} but translated in "
                f"{context!r}; pass context={marked!r}")
    wanted = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    values = {k.arg for k in call.keywords if k.arg not in (None, "context")}
    if wanted != values and not any(k.arg is None for k in call.keywords):
        return (f"the {what}(...) sentence's placeholders {sorted(wanted)} are not the values "
                f"given {sorted(values)}")
    return None


def problems_in(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(root.parent).as_posix()
    found = []
    for what, message in _messages(tree):
        bare = _bare_text(message)
        if bare is not None and what.removesuffix("(...)") in KEPT_SENTENCE:
            found.append(f"{rel}:{bare.lineno}: the {what} is a bare string; mark it "
                         "QT_TRANSLATE_NOOP(\"context\", \"...\") with named {placeholders} "
                         "and keyword values (it is translated where it is shown)")
        elif bare is not None:
            found.append(f"{rel}:{bare.lineno}: the {what} is a bare string; wrap it in "
                         "translate(\"context\", \"...\") (tools/i18n_wrap_core.py does it)")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in KEPT_SENTENCE \
                and (problem := _kept_sentence_problem(node)) is not None:
            found.append(f"{rel}:{node.lineno}: {problem}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in ("translate", NOOP) \
                and isinstance(node.func, ast.Name):
            args = node.args
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
            if len(args) != 2 or not literal[0]:
                found.append(f"{rel}:{node.lineno}: {_name(node)} needs a literal context and "
                             "text, or lupdate cannot find it")
            elif _name(node) == NOOP and not literal[1]:
                found.append(f"{rel}:{node.lineno}: {NOOP} needs a literal text")
            elif isinstance(args[1], ast.JoinedStr):
                found.append(f"{rel}:{node.lineno}: translate an str.format template, not an "
                             "f-string (translators see the template)")
    return found


def test_the_sentences_below_the_window_go_through_translation() -> None:
    problems = [line for path in sources() for line in problems_in(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ('raise InvalidInput("a child needs a name")\n', "bare string"),
        ('raise NotFound(f"there is no book with id {n}")\n', "bare string"),
        ('found.append(Finding(ERROR, CODE, f"Page {n} is empty", n))\n', "bare string"),
        ('page.find(INFO, CODE, "Page " + str(n) + " is empty", key)\n', "bare string"),
        ('raise LibraryError(reason or "the library cannot be read")\n', "bare string"),
        ('x = translate(CONTEXT, "Some words")\n', "literal context"),
        ('x = translate("checks.x", f"Page {n}")\n', "not an f-string"),
        ('raise ImageRejected(f"could not be read ({why})")\n', "bare string"),
        ('raise ImageRejected("is empty (0 bytes)")\n', "bare string"),
        ('raise ImageRejected(translate("render.images", "is empty (0 bytes)"))\n',
         "must be QT_TRANSLATE_NOOP"),
        ('return ImageRejected(_damage_reason(exc))\n', "must be QT_TRANSLATE_NOOP"),
        ('raise ImageRejected(QT_TRANSLATE_NOOP("services.photos", "is empty (0 bytes)"))\n',
         "pass context='services.photos'"),
        ('raise ImageRejected(QT_TRANSLATE_NOOP("render.images", "is {size} pixels"), why=w)\n',
         "placeholders ['size']"),
    ],
)
def test_an_unwrapped_sentence_is_caught(tmp_path: Path, code: str, problem: str) -> None:
    """The check fails on what it is for (so a green run means something)."""
    fake = tmp_path / "lifebook" / "services" / "bad.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(code, encoding="utf-8")
    found = problems_in(fake, tmp_path / "lifebook")
    assert found and problem in found[0]


def test_wrapped_sentences_pass(tmp_path: Path) -> None:
    fake = tmp_path / "lifebook" / "services" / "good.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        'raise InvalidInput(translate("services.good", "a child needs a name"))\n'
        'raise NotFound(translate("services.good", "there is no book with id {n}").format(n=n))\n'
        'page.find(INFO, CODE, translate("services.good", "Page {n} is empty").format(n=n), key)\n'
        'WHAT = QT_TRANSLATE_NOOP("services.good", "the carer\'s name")\n'
        'raise InvalidInput(translate("services.good", WHAT))\n'
        'raise ImageRejected(QT_TRANSLATE_NOOP("render.images", "could not be read ({why})"), '
        'why=exc.strerror)\n'
        'raise ImageRejected(QT_TRANSLATE_NOOP("services.good", "is empty"), "services.good")\n'
        'raise ImageRejected(QT_TRANSLATE_NOOP("services.good", "is {n}"), context="services.good", '
        'n=3)\n'
        'raise ImageRejected(NOT_COPIED, "services.good", why=exc.strerror)\n', encoding="utf-8")
    assert problems_in(fake, tmp_path / "lifebook") == []


def test_the_default_is_the_uk_english_source_and_a_translator_can_be_set() -> None:
    from lifebook import i18n

    assert i18n.translate("checks.x", "Page {n} is empty") == "Page {n} is empty"
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert i18n.translate("checks.x", "Hello") == "[checks.x] Hello"
    finally:
        i18n.set_translator(None)
    assert i18n.translate("checks.x", "Hello") == "Hello"


def test_a_broken_translator_never_stops_a_check() -> None:
    from lifebook import i18n

    def broken(context: str, text: str) -> str:
        raise RuntimeError("catalogue unreadable")

    i18n.set_translator(broken)
    try:
        assert i18n.translate("checks.x", "Hello") == "Hello"
    finally:
        i18n.set_translator(None)
