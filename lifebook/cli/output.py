"""Exit codes and the one way every command prints (text, or one JSON document)."""

from __future__ import annotations

import argparse
import json
import sys

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def emit(args: argparse.Namespace, document: object, text: str) -> None:
    """Print ``document`` as JSON with ``--json``, else the human ``text``."""
    if getattr(args, "json", False):
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def warn(line: str) -> None:
    """One line for the user on stderr (rejections, findings)."""
    print(line, file=sys.stderr)
