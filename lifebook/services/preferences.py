"""The user's preferences, shared by the window and the command line.

Kept per computer user in ``preferences.json`` in the user config folder
(platformdirs), not in a library: the same worker opens several libraries,
and a library handed to a colleague must not carry someone else's name.
Today it holds one thing: the name exported PDFs give as their author. With
no name set, a PDF has an empty author, never the computer's login name.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from lifebook.fileio import write_atomically
from lifebook.i18n import translate
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.paths import APP_NAME

MAX_AUTHOR = 100


@dataclass(frozen=True)
class Preferences:
    author: str = ""  # the name exported PDFs give as their author ("" for none)

    def as_dict(self) -> dict:
        return asdict(self)


def preferences_path() -> Path:
    """Where this computer user's preferences are kept (the user config folder)."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; the defaults when there are none or the file cannot be read."""
    try:
        raw = json.loads((path or preferences_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    author = raw.get("author", "") if isinstance(raw, dict) else ""
    return Preferences(author=author if isinstance(author, str) else "")


def clean_author(name: str) -> str:
    """The author's name as it will be stored; raises InvalidInput with the reason."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if len(cleaned) > MAX_AUTHOR:
        raise InvalidInput(translate("services.preferences", "the author's name is {length} "
                                                             "characters long; please keep it to "
                                                             "{MAX_AUTHOR}").format(
                                                                 length=len(cleaned), MAX_AUTHOR=MAX_AUTHOR))
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise InvalidInput(translate("services.preferences", "the author's name has a control character in it; please type it again"))
    return cleaned


def save_preferences(preferences: Preferences, path: Path | None = None) -> Preferences:
    """Store the preferences (whole or not at all); raises InvalidInput for a bad name."""
    saved = Preferences(author=clean_author(preferences.author))
    target = path or preferences_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(saved.as_dict(), ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, data.encode("utf-8"), durable=True)
    return saved


def act_as_preferred_name(library: Library) -> str:
    """Record this user's edits in the audit log under the name set in Preferences.

    ``LIFEBOOK_USER`` still wins (a shared machine's login script may set it); with
    neither, the login name stays. Returns the name now used.
    """
    if not os.environ.get("LIFEBOOK_USER"):
        name = load_preferences().author
        if name:
            library.actor = name
    return library.actor
