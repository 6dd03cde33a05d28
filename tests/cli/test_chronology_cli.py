"""``lifebook chronology import|list|export``, run as real subprocesses on one library."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

from cli_helpers import RunCli
from openpyxl import load_workbook


def _json(proc: subprocess.CompletedProcess) -> dict:
    assert proc.stdout.strip(), proc.stderr
    return json.loads(proc.stdout)


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_import_list_and_export(run_cli: RunCli, tmp_path: Path) -> None:
    child = _json(run_cli("add-child", "--name", "Lexi Test", "--dob", "2017-06-01", "--json"))
    cid = str(child["id"])
    source = _write(tmp_path / "case.csv", [
        ["Chronology printed 1 May 2024"],
        [],
        ["When", "Event", "Details", "Type"],
        ["01/06/2017", "Lexi was born", "", "Birth"],
        ["spring 2018", "Moved to Nan's", "", "Placement"],
        ["03/23/2019", "Date written the American way", "", ""],
        ["about 2020", "Met Zoë", "", ""],
    ])

    first = run_cli("chronology", "import", "--child", cid, str(source), "--map", "When=date",
                    "--json")
    assert first.returncode == 1, first.stderr  # a date could not be read: a finding
    report = json.loads(first.stdout)
    assert [e["title"] for e in report["imported"]] == [
        "Lexi was born", "Moved to Nan's", "Date written the American way", "Met Zoë"]
    assert "Row 6: the date '03/23/2019' could not be read" in first.stderr

    again = run_cli("chronology", "import", "--child", cid, str(source), "--map", "When=date")
    assert again.returncode == 0, again.stderr  # already there is not a problem
    assert "Imported 0 event(s)" in again.stdout and "4 already there" in again.stdout

    listed = _json(run_cli("chronology", "list", "--child", cid, "--json"))["events"]
    assert [(e["date"], e["precision"], e["age"]) for e in listed] == [
        ("1 June 2017", "day", "at birth"),
        ("spring 2018", "season", "aged under 1"),
        ("about 2020", "approximate", "aged about 3"),
        ("03/23/2019", "unknown", ""),
    ]
    text = run_cli("chronology", "list", "--child", cid)
    assert text.returncode == 0
    assert "spring 2018 (season, aged under 1)  Moved to Nan's" in text.stdout
    assert "03/23/2019 (not known, not read)  Date written the American way" in text.stdout

    out = tmp_path / "out.xlsx"
    saved = run_cli("chronology", "export", "--child", cid, "--out", str(out))
    assert saved.returncode == 0, saved.stderr
    assert "Saved 4 event(s)" in saved.stdout
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:4] == ("1 June 2017", "Exact day", "at birth", "Lexi was born")
    assert len(rows) == 5


def test_bad_input_is_one_line_and_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    child = _json(run_cli("add-child", "--name", "Sam", "--json"))
    cid = str(child["id"])
    source = _write(tmp_path / "c.csv", [["Date", "Event"], ["2019", "Holiday"]])
    for args in (
        ("chronology",),
        ("chronology", "list"),
        ("chronology", "list", "--child", "999"),
        ("chronology", "import", "--child", cid, str(tmp_path / "missing.csv")),
        ("chronology", "import", "--child", cid, str(source), "--map", "nothing"),
        ("chronology", "import", "--child", cid, str(source), "--map", "Date=colour"),
        ("chronology", "export", "--child", cid, "--out", str(tmp_path / "c.pdf")),
        ("chronology", "frobnicate"),
    ):
        proc = run_cli(*args)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
