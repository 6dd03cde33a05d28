"""Shared test set-up. Qt runs offscreen here, not only in CI.

Settings (QSettings) and the default library live in a throw-away home for
the whole run, so tests never touch a real user's Lifebook.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LIFEBOOK_USER", "test-worker")
_home = tempfile.mkdtemp(prefix="lifebook-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
