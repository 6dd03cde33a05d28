"""``lifebook backup`` and ``lifebook restore`` as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import RunCli


def _children(run_cli: RunCli) -> list[str]:
    done = run_cli("children", "--json")
    assert done.returncode == 0, done.stderr
    return [c["name"] for c in json.loads(done.stdout)["children"]]


def test_backup_and_restore_round_trip(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli("add-child", "--name", "Before Backup").returncode == 0
    saved = tmp_path / "saved.lifebook-backup"
    done = run_cli("backup", "--out", saved, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == str(saved)
    assert run_cli("add-child", "--name", "After Backup").returncode == 0

    refused = run_cli("restore", saved)  # not a terminal, no --yes: asks to be sure
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert _children(run_cli) == ["After Backup", "Before Backup"]

    done = run_cli("restore", saved, "--yes", "--json")
    assert done.returncode == 0, done.stderr
    kept = Path(json.loads(done.stdout)["kept_current_as"])
    assert kept.is_file()
    assert _children(run_cli) == ["Before Backup"]
    listed = json.loads(run_cli("backup", "--list", "--json").stdout)["backups"]
    assert str(kept) in [b["path"] for b in listed]


def test_restoring_something_that_is_not_a_backup_changes_nothing(run_cli: RunCli,
                                                                 tmp_path: Path) -> None:
    assert run_cli("add-child", "--name", "Still Here").returncode == 0
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    done = run_cli("restore", junk, "--yes")
    assert done.returncode == 2
    assert "holiday.jpg" in done.stderr and "not a Lifebook backup" in done.stderr
    assert _children(run_cli) == ["Still Here"]
