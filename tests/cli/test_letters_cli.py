"""``copy-letter``, ``letter-parts`` and ``export --part`` as real subprocesses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pikepdf
from cli_helpers import RunCli


def _ok(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_a_letter_for_a_sibling_and_a_part_for_later(run_cli: RunCli, tmp_path: Path) -> None:
    lexi = _ok(run_cli("add-child", "--name", "Lexi Test", "--json"))["id"]
    sam = _ok(run_cli("add-child", "--name", "Sam Test", "--json"))["id"]
    letter = _ok(run_cli("new-book", "--child", lexi, "--kind", "later-life-letter",
                         "--json"))["id"]
    copy = _ok(run_cli("copy-letter", "--book", letter, "--child", sam, "--json"))
    assert copy["child_id"] == sam and copy["title"] == "A letter for Sam Test"
    check = run_cli("check", "--book", copy["id"], "--json")
    assert check.returncode == 1  # the notice to personalise is an error until edited
    codes = {f["code"] for f in json.loads(check.stdout)["findings"]}
    assert {"not-personalised", "other-childs-name"} <= codes

    parts = _ok(run_cli("letter-parts", "--book", letter, "--section", "The worries",
                        "--later", "--json"))["sections"]
    assert [p["section"] for p in parts if p["for_later"]] == ["The worries"]
    later = tmp_path / "later.pdf"
    done = run_cli("export", "--book", letter, "--part", "later", "--out", later)
    assert done.returncode in (0, 1), done.stderr
    with pikepdf.open(later) as pdf:
        assert len(pdf.pages) == 1
    missing = run_cli("letter-parts", "--book", letter, "--section", "No such part", "--later")
    assert missing.returncode == 2 and "No such part" in missing.stderr
