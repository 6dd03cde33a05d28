"""The ``export`` and ``check`` commands (print-ready PDF and preflight)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_export_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Placeholder until the export service lands: registers nothing."""
