"""Every command builds the whole argument parser first: that must not import the database layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_building_the_parser_imports_no_database_pdf_or_image_code() -> None:
    code = ("import sys, lifebook.cli\nlifebook.cli.build_parser()\n"
            "print(','.join(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'PIL') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == ""
