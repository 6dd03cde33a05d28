"""Where the library lives.

Default: ``platformdirs.user_data_dir("Lifebook")/library.sqlite3``. The
global ``--library PATH`` option or the ``LIFEBOOK_LIBRARY`` environment
variable chooses another, or a team server's ``postgresql://`` URL (see
``store.server``). Photos sit beside the database in
``<name>.media/``; disposable derivatives in ``<name>.cache/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Lifebook"
DEFAULT_FILENAME = "library.sqlite3"
ENV_VAR = "LIFEBOOK_LIBRARY"


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: object) -> bool:
    """Whether ``--library``/``LIFEBOOK_LIBRARY`` names a team server rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


def default_library_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / DEFAULT_FILENAME


def resolve_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library database path: explicit option, then environment, then default."""
    chosen = explicit or os.environ.get(ENV_VAR) or default_library_path()
    path = Path(chosen).expanduser()
    if path.is_dir():
        path = path / DEFAULT_FILENAME
    return path.resolve()


def media_dir_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".media")


def cache_dir_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".cache")


def backups_dir_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".backups")


def typing_journal_for(db_path: Path) -> Path:
    """Words typed but not yet written to the library (crash recovery)."""
    return db_path.with_name(db_path.stem + ".typing.json")
