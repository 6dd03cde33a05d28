"""Fixtures for the CLI tests: run ``python -m lifebook`` as a real subprocess."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import pytest

for folder in (Path(__file__).resolve().parents[1], Path(__file__).resolve().parent):
    if str(folder) not in sys.path:  # for helpers_images and cli_helpers
        sys.path.insert(0, str(folder))

from cli_helpers import RunCli, run  # noqa: E402


@pytest.fixture()
def run_cli(tmp_path: Path) -> RunCli:
    """run_cli("children", "--json", library=path|False, env={...}) -> CompletedProcess."""
    return partial(run, tmp_path)
