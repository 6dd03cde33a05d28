"""Translation: load the compiled catalogue for the user's language at start-up.

Every visible string in lifebook/ui/ goes through ``QCoreApplication.translate``
(tools/i18n_wrap.py wraps new ones). The catalogue's source is
translations/lifebook_<locale>.ts at the top of the repository; tools/i18n_update.py
regenerates it with pyside6-lupdate and compiles it with pyside6-lrelease into
lifebook/translations/lifebook_<locale>.qm, which is a build product (not in git):
the packaging build and ``tools/i18n_update.py --release`` make it.

A missing catalogue is not an error: the source strings are UK English, so the
window simply shows them. Qt's own strings (the Cancel and Yes buttons of
message boxes, the file dialog) come from Qt's bundled qtbase catalogue.

The sentences made below the window (findings, service messages and errors)
go through ``lifebook.i18n.translate``, which has no Qt; ``install_translators``
points it at ``QCoreApplication.translate`` so they use the same catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lifebook import i18n as core_i18n
from lifebook.resources import translations_dir

CATALOGUE = "lifebook"  # lifebook_en_GB.qm, lifebook_cy.qm, ...


def load_catalogue(locale: QLocale, name: str = CATALOGUE, directory: str | None = None) -> QTranslator | None:
    """The best catalogue for locale (en_GB, then en, ...), or None when there is none."""
    translator = QTranslator()
    folder = directory if directory is not None else str(translations_dir())
    return translator if translator.load(locale, name, "_", folder) else None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Lifebook's and Qt's catalogues for locale (the system's by default).

    Returns the translators installed; they are also kept on the application so
    they live as long as it does.
    """
    locale = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    qt_own = load_catalogue(locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt_own, load_catalogue(locale)):
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    _KEEP.extend(installed)
    use_qt_for_services()
    return installed


def use_qt_for_services() -> None:
    """Translate the services' and checks' sentences with Qt's installed catalogues."""
    core_i18n.set_translator(QCoreApplication.translate)


_KEEP: list[QTranslator] = []  # a QTranslator must outlive its installation
