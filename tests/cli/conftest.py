"""Fixtures for the CLI tests: run ``python -m lifebook`` as a real subprocess."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from cli_helpers import RunCli, run


@pytest.fixture()
def run_cli(tmp_path: Path) -> RunCli:
    """run_cli("children", "--json", library=path|False, env={...}) -> CompletedProcess."""
    return partial(run, tmp_path)
