"""Where the bundled data folders (assets/, templates/) live.

In a source checkout or an editable install they sit beside the package, at
the top of the repository. In a wheel they are copied into
``lifebook/_data/`` (see pyproject.toml), and the frozen app
(packaging/lifebook.spec) puts them in the same place. The package is found
through ``importlib.resources``, never through the working directory. Nothing
here imports Qt.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

# a real folder in every way Lifebook is installed (source, wheel, frozen app)
_PACKAGE = Path(str(files("lifebook"))).resolve()


@cache
def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Lifebook's '{name}' folder is missing from this installation")


def assets_dir() -> Path:
    return data_dir("assets")


def templates_dir() -> Path:
    return data_dir("templates")


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def translations_dir() -> Path:
    """The compiled window translations (.qm), inside the package in every installation.

    They are built from translations/*.ts by tools/i18n_update.py --release (and by
    packaging/build.py); the folder may hold none, and the window then shows its
    UK English source strings.
    """
    return _PACKAGE / "translations"
