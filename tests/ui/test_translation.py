"""Every string the window shows goes through Qt's translation mechanism.

A pseudo-translator lengthens each string by 40% and brackets it; the main
window, opened on the sample child and book, must then show no unbracketed
chrome. The window is also saved at 1366 x 768 under pseudo-translation
(LIFEBOOK_SHOTS=folder keeps the picture) so clipping can be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from lifebook.ui.i18n import install_translators, load_catalogue
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from tests.ui.chrome_walk import chrome_texts, has_words, open_sample

ROOT = Path(__file__).resolve().parents[2]


def pseudo(text: str) -> bool:
    """Bracketed; a rich-text label is judged by its first line (notes typed by users follow)."""
    first = re.sub(r"<[^>]+>", "", text.split("<br")[0]) if "<br" in text else text
    return first.startswith("[") and first.rstrip().endswith("]")


def untranslated(window: MainWindow) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in chrome_texts(window)
                   if has_words(text) and not pseudo(text)})


def test_the_translator_is_what_brackets_the_words(qtbot, demo_copy) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)  # no pseudo-translator installed
    assert untranslated(window), "without a translator, nothing is bracketed: the check can fail"


def test_every_visible_string_goes_through_translation(qtbot, demo_copy, pseudo_translated) -> None:  # type: ignore[no-untyped-def]
    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    tabs = window.child_page.tabs
    for index in range(tabs.count()):  # books and photos, chronology, people
        tabs.setCurrentIndex(index)
        problems += [f"on the child's page, tab {index}: {line}" for line in untranslated(window)]
    tabs.setCurrentIndex(0)
    shots = os.environ.get("LIFEBOOK_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / "pseudo-translated-child.png"))
    window.refresh(("book", demo.book.id))
    qtbot.wait(50)
    problems += [f"in the book editor: {line}" for line in untranslated(window)]
    for index in range(window.left_tabs.count()):
        window.left_tabs.setCurrentIndex(index)
        problems += [f"in the left tab {index}: {line}" for line in untranslated(window)]
    assert window.minimumSizeHint().width() <= 1366, "the window no longer fits a 1366 x 768 screen"
    if shots:
        window.grab().save(str(Path(shots) / "pseudo-translated-editor.png"))
    assert not problems, "strings that bypass translation:\n" + "\n".join(sorted(set(problems)))


def test_a_compiled_catalogue_is_loaded_for_the_locale(qapp: QApplication, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lrelease")
    if not lupdate.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "lifebook_cy.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy">'
        "<context><name>MainWindow</name><message><source>&amp;File</source>"
        "<translation>&amp;Ffeil</translation></message></context></TS>", encoding="utf-8")
    tool = str(lupdate) if lupdate.exists() else "pyside6-lrelease"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp_path / "lifebook_cy.qm")], check=True)
    translator = load_catalogue(QLocale("cy_GB"), directory=str(tmp_path))
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
    finally:
        qapp.removeTranslator(translator)
    assert load_catalogue(QLocale("fr_FR"), directory=str(tmp_path)) is None


def test_start_up_installs_no_catalogue_when_none_is_built(qapp: QApplication, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing .qm is not an error: the UK English source strings are shown."""
    import lifebook.ui.i18n as i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    installed = install_translators(qapp, QLocale("en_GB"))
    try:
        assert all(t.language() != "en_GB" or t.filePath().startswith(str(tmp_path)) is False
                   for t in installed)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_the_main_dialogs_are_translated_too(qtbot, demo_copy, pseudo_translated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lifebook.services import children as child_service
    from lifebook.ui.child_dialog import ChildDialog
    from lifebook.ui.editor.export_dialog import ExportDialog
    from lifebook.ui.new_book_dialog import NewBookDialog
    from lifebook.ui.preferences_dialog import PreferencesDialog

    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    child = child_service.child_info_by_id(library, demo.child.id)
    window.refresh(("book", demo.book.id))
    assert window.editor is not None
    problems = []
    for dialog in (NewBookDialog(child, window), ChildDialog(window, child), ChildDialog(window),
                   PreferencesDialog(window, path=tmp_path / "prefs.toml"),
                   ExportDialog(window.editor.doc, window, runner=InlineJobRunner())):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {where}: {text!r}" for where, text in chrome_texts(dialog)
                     if has_words(text) and not pseudo(text)]
        dialog.close()
    assert not problems, "strings that bypass translation:\n" + "\n".join(sorted(set(problems)))


def test_every_label_made_below_the_window_is_in_the_catalogue() -> None:
    """Plans, kinds of book, statuses, key dates...: ui/labels.py lists each for lupdate."""
    import lifebook.model.enums as enums
    from lifebook.model.trim import TrimSize
    from lifebook.services.children import KEY_DATES
    from lifebook.ui.labels import LABELS

    internal = {enums.FrameKind, enums.Severity}  # never shown as words
    wanted = {m.label for cls in vars(enums).values()
              if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum
              and cls not in internal for m in cls}
    wanted |= {t.label for t in TrimSize} | set(KEY_DATES.values())
    missing = sorted(wanted - set(LABELS))
    assert not missing, f"add to lifebook/ui/labels.py: {missing}"


@pytest.mark.parametrize("kind", ["LATER_LIFE_LETTER", "WORDS_AND_PICTURES"])
def test_letters_and_words_and_pictures_are_translated_too(qtbot, demo_copy, pseudo_translated,
                                                           kind: str) -> None:  # type: ignore[no-untyped-def]
    """The letter's guidance panel and insert-date tools, the storyboard's picture tools."""
    from lifebook.model.enums import BookKind
    from lifebook.services import books

    library, demo = demo_copy
    book = books.new_book(library, demo.child.id, BookKind[kind])
    window = open_sample(qtbot, library, demo)
    window.refresh(("book", book.id))
    qtbot.wait(50)
    problems = untranslated(window)
    shots = os.environ.get("LIFEBOOK_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / f"pseudo-translated-{kind.lower()}.png"))
    assert not problems, "strings that bypass translation:\n" + "\n".join(problems)


# Sentences still made outside Qt's translation (services, templates' checklists, dates read
# back to the user): the i18n work on services and templates takes these on. Each is exempt
# only in the window named; anything else untranslated in any window the menus open fails.
NOT_YET_TRANSLATED = {
    "Caseload and deadlines": ("<span",),  # the legend: translated piece by piece, so not one bracket pair
    "Review and sign off": ("",),  # the QA checklist comes from templates/, in English
    "Photo details": ("It is on page",),  # where the photo is used: services.photos words it
}


def test_every_window_the_menus_open_is_translated(qtbot, demo_copy, pseudo_translated) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_dialog_access import each_window

    library, demo = demo_copy
    window = open_sample(qtbot, library, demo)
    problems = []
    for text, opened in each_window(window, demo):
        exempt = NOT_YET_TRANSLATED.get(text, ())
        for w in opened.windows:
            problems += [f"{text}: {where}: {words!r}" for where, words in chrome_texts(w)
                         if has_words(words) and not pseudo(words)
                         and not any(words.startswith(start) for start in exempt)]
    assert not problems, "strings that bypass translation:\n" + "\n".join(sorted(set(problems)))
