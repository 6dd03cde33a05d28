"""Command-line tools some tests read PDFs with (poppler-utils, qpdf)."""

from __future__ import annotations

import shutil

import pytest


def need(tool: str) -> None:
    """Skip the rest of the test, saying why, when ``tool`` is not installed.

    CI installs them (see .ci/run); a test never quietly checks less.
    """
    if shutil.which(tool) is None:
        pytest.skip(f"needs {tool} (Debian: poppler-utils or qpdf)")
