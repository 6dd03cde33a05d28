"""lifebook status / export --final / qa-record as real subprocesses."""

from __future__ import annotations

import json
import subprocess

from cli_helpers import assert_one_clear_line


def _book(run_cli) -> None:  # noqa: ANN001
    assert run_cli("add-child", "--name", "Lexi Test").returncode == 0
    assert run_cli("new-book", "--child", "1", "--kind", "words-and-pictures").returncode == 0


def test_status_moves_with_clear_refusals_and_a_final_export(run_cli, tmp_path) -> None:  # noqa: ANN001
    _book(run_cli)
    shown = json.loads(run_cli("status", "--book", "1", "--json").stdout)
    assert shown["status"] == "draft" and shown["next"] == ["in-review"]
    assert_one_clear_line(run_cli("status", "--book", "1", "--set", "approved"),
                          "must be sent for quality assurance (QA) first")
    assert_one_clear_line(run_cli("export", "--book", "1", "--final", "--out",
                                  tmp_path / "f.pdf"), "has not been approved")
    moved = run_cli("status", "--book", "1", "--set", "ready for QA", "--comment", "Ready")
    assert moved.returncode == 0 and "Ready for quality assurance (QA)" in moved.stdout
    approved = run_cli("status", "--book", "1", "--set", "approved", "--by", "Sam Patel", "--json")
    info = json.loads(approved.stdout)
    assert info["status"] == "approved" and info["approved"]["approved_by"] == "Sam Patel"
    assert [h["by"] for h in info["history"]] == ["cli-tester", "Sam Patel"]
    out = tmp_path / "final.pdf"
    done = run_cli("export", "--book", "1", "--final", "--out", out)
    assert done.returncode == 0 and "final copy of revision 1" in done.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "DRAFT" not in text and "Approved by Sam Patel" in text
    assert_one_clear_line(run_cli("status", "--book", "1", "--set", "delivered"), "--to")
    delivered = run_cli("status", "--book", "1", "--set", "delivered", "--to", "adopters",
                        "--on", "2026-03-03")
    assert delivered.returncode == 0 and "Delivered to adopters, 3 March 2026" in delivered.stdout
    record = run_cli("qa-record", "--book", "1", "--out", tmp_path / "qa.pdf")
    assert record.returncode == 0 and (tmp_path / "qa.pdf").stat().st_size > 1000
