"""``lifebook bundle export`` and ``bundle import`` as a practitioner would run them."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import RunCli, assert_one_clear_line

from lifebook.store.db import Library
from tests.bundle_helpers import fill_child, row_counts


def _filled_library(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "from" / "library.sqlite3"
    lib = Library.open(db)
    try:
        return db, fill_child(lib, tmp_path / "camera").child_id
    finally:
        lib.close()


def test_export_then_import_with_a_passphrase_file(run_cli: RunCli, tmp_path: Path) -> None:
    source, child_id = _filled_library(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("blue kettle sings\n", encoding="utf-8")
    out = tmp_path / "poppy.lifebook"
    made = run_cli("bundle", "export", "--child", child_id, "--out", out,
                   "--passphrase-file", secret, "--json", library=source)
    assert made.returncode == 0, made.stderr
    info = json.loads(made.stdout)
    assert info["encrypted"] is True and info["photos"] == 2
    target = tmp_path / "to" / "library.sqlite3"
    target.parent.mkdir()
    got = run_cli("bundle", "import", out, "--passphrase-file", secret, "--json",
                  library=target)
    assert got.returncode == 0, got.stderr
    result = json.loads(got.stdout)
    assert result["merged"] is False and result["added"]["books"] == 1
    listed = run_cli("children", "--json", library=target)
    assert "Poppy" in listed.stdout


def test_without_a_passphrase_it_warns_and_a_wrong_one_changes_nothing(run_cli: RunCli,
                                                                       tmp_path: Path) -> None:
    source, child_id = _filled_library(tmp_path)
    out = tmp_path / "open.lifebook"
    made = run_cli("bundle", "export", "--child", child_id, "--out", out, library=source)
    assert made.returncode == 0
    assert "anyone with the file can read it" in made.stderr
    locked = tmp_path / "locked.lifebook"
    (tmp_path / "right.txt").write_text("blue kettle sings", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("green kettle sings", encoding="utf-8")
    run_cli("bundle", "export", "--child", child_id, "--out", locked,
            "--passphrase-file", tmp_path / "right.txt", library=source)
    target = tmp_path / "to" / "library.sqlite3"
    target.parent.mkdir()
    assert run_cli("children", library=target).returncode == 0  # the library exists
    before = row_counts(target)
    refused = run_cli("bundle", "import", locked, "--passphrase-file", tmp_path / "wrong.txt",
                      library=target)
    assert_one_clear_line(refused, "passphrase is not")
    not_bundle = tmp_path / "notes.lifebook"
    not_bundle.write_text("just some notes", encoding="utf-8")
    assert_one_clear_line(run_cli("bundle", "import", not_bundle, library=target),
                          "not a Lifebook case bundle")
    assert row_counts(target) == before
