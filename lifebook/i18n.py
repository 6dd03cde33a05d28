"""Translation of the sentences made below the window: findings, service messages, errors.

Every sentence a check, a service or the store makes for a person goes through
``translate(context, text)``, with the context named after its module
("checks.privacy", "services.people"). The source language is UK English, so
by default ``translate`` returns the text unchanged: the command line, the
exporter and the tests need no Qt and print the English sentences.

The window installs Qt's translator at start-up (``set_translator`` with
``QCoreApplication.translate``, in lifebook/ui/i18n.py), so the same sentences
are then looked up in the compiled catalogue, like the window's own strings.

Rules, so translators get whole sentences and ``pyside6-lupdate`` finds them:

- Both arguments are string literals: ``translate("checks.privacy", "…")``.
  lupdate reads the Python source and skips calls whose context or text is a
  name or an expression.
- Values go in named placeholders, filled in after translation:
  ``translate("checks.text", "Page {page} is empty.").format(page=n)``.
  Never join translated fragments into a sentence.
- Plurals: one whole sentence per form, chosen in code
  (``translate(c, "1 photo") if n == 1 else translate(c, "{n} photos").format(n=n)``).
- A sentence kept in a module-level constant is marked with
  ``QT_TRANSLATE_NOOP(context, text)`` (so lupdate lists it) and translated
  where it is used, with ``translate(context, CONSTANT)``.
- Data typed by users (names, captions, notes) is never translated.

tests/test_i18n_sources.py reads checks/, services/, tracking/ and layout/ and
fails when a finding's message or an error's message is a bare literal.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _source(context: str, text: str) -> str:
    return text


_translator: Translator = _source


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (``context`` says which module it is from)."""
    try:
        return _translator(context, text) or text
    except Exception:  # a broken catalogue must never stop a check or a save
        return text


def set_translator(fn: Translator | None) -> None:
    """Use ``fn(context, text)`` from now on (None puts back the UK English source)."""
    global _translator
    _translator = fn if fn is not None else _source


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue without translating it now (module-level constants)."""
    return text
