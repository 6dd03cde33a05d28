"""Photo details, agreement and deleting from the command line (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_helpers import RunCli
from PIL import Image


def _ok(proc: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert proc.returncode == 0, proc.stderr
    return proc


def test_details_agreement_and_delete(run_cli: RunCli, tmp_path: Path) -> None:
    child = json.loads(_ok(run_cli("add-child", "--name", "Mia Smith", "--json")).stdout)
    files = []
    for n, colour in enumerate(("red", "blue")):
        files.append(tmp_path / f"p{n}.jpg")
        Image.new("RGB", (120, 90), colour).save(files[-1], "JPEG")
    _ok(run_cli("import-photos", "--child", child["id"], *files))
    photos = json.loads(_ok(run_cli("photos", "--child", child["id"], "--json")).stdout)["photos"]
    first, second = (p["id"] for p in photos)

    edited = _ok(run_cli("edit-photo", first, "--caption", "Mia on her bike", "--taken", "23/03/2019",
                         "--source", "Foster carer's phone"))
    assert "Mia on her bike  (23 March 2019; NOT YET AGREED)" in edited.stdout

    bad = run_cli("edit-photo", first, "--taken", "31/02/2019")
    assert bad.returncode == 2
    assert "There is no 31 February 2019" in bad.stderr

    _ok(run_cli("agree-photos", first, second, "--by", "Sam Manager"))
    listing = _ok(run_cli("photos", "--child", child["id"])).stdout
    assert listing.count("agreed by Sam Manager") == 2

    _ok(run_cli("withdraw-agreement", second))
    assert _ok(run_cli("photos", "--child", child["id"])).stdout.count("NOT YET AGREED") == 1

    gone = _ok(run_cli("delete-photo", second))
    assert "the stored original is kept" in gone.stdout
    left = json.loads(_ok(run_cli("photos", "--child", child["id"], "--json")).stdout)["photos"]
    assert [p["id"] for p in left] == [first]
