"""``lifebook edit-child``, ``deadlines`` and ``report`` as real subprocesses."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from caseload_sample import build_sample
from cli_helpers import RunCli, assert_one_clear_line

from lifebook.store.db import Library


@pytest.fixture
def sample_library(tmp_path: Path) -> dict[str, int]:
    lib = Library.open(tmp_path / "lib.sqlite3")
    try:
        return build_sample(lib)
    finally:
        lib.close()


def test_edit_child_sets_the_plan_nation_dates_and_worker(run_cli: RunCli, sample_library) -> None:
    fay = sample_library["fay"]
    proc = run_cli("edit-child", "--child", fay, "--plan", "permanence-order", "--nation", "scotland",
                   "--order", "2027-01-08", "--came-into-care", "2015-03-02", "--worker",
                   "Aisha Khan", "--json")
    assert proc.returncode == 0, proc.stderr
    child = json.loads(proc.stdout)
    assert (child["plan"], child["nation"], child["allocated_worker"]) == (
        "permanence-order", "scotland", "Aisha Khan")
    assert child["key_dates"]["order"] == "2027-01-08"  # a hearing may be booked ahead
    assert child["key_dates"]["came_into_care"] == "2015-03-02"
    # 'none' clears a date; the text form names what was saved
    proc = run_cli("edit-child", "--child", fay, "--order", "none")
    assert proc.returncode == 0, proc.stderr
    assert "Saved Fay Fox's details" in proc.stdout
    assert "Special guardianship or child arrangements order: not known" in proc.stdout
    assert "Nation: Scotland" in proc.stdout


def test_edit_child_refuses_bad_input_with_one_clear_line(run_cli: RunCli, sample_library) -> None:
    fay = sample_library["fay"]
    assert_one_clear_line(run_cli("edit-child", "--child", fay, "--nation", "wales"),
                          "'wales' is not one of", "england-wales")
    assert_one_clear_line(run_cli("edit-child", "--child", fay, "--placement", "31/02/2020"),
                          "placement date", "YYYY-MM-DD")
    assert_one_clear_line(run_cli("edit-child", "--child", fay, "--match", "2026-02-30"),
                          "not a real date")
    assert_one_clear_line(run_cli("edit-child", "--child", 999, "--plan", "plo"), "no child with id 999")


def test_deadlines_are_ordered_by_urgency(run_cli: RunCli, sample_library) -> None:
    proc = run_cli("deadlines", "--as-of", "2026-11-27", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["as_of"] == "2026-11-27"
    rows = [(d["child_name"], d["state"], d["days_left"]) for d in doc["deliverables"]]
    assert rows[:3] == [("Eve Evans", "overdue", -29), ("Ben Brown", "overdue", -17),
                        ("Cara Clark", "due-soon", 0)]
    assert rows[3] == ("Fay Fox", "date-unknown", None)
    assert {r[1] for r in rows[4:]} == {"done"}
    text = run_cli("deadlines", "--as-of", "2026-11-27")
    assert text.returncode == 0
    first = text.stdout.splitlines()[1]
    assert first.startswith("Overdue") and "29 October 2026" in first and "29 days overdue" in first


@pytest.mark.parametrize(
    ("as_of", "ben", "cara"),
    [
        # Ben's book is due Tue 10 November, Cara's Fri 27 November
        ("2026-11-10", ("due-soon", 0), ("on-track", 17)),
        ("2026-11-11", ("overdue", -1), ("on-track", 16)),
        ("2026-11-13", ("overdue", -3), ("due-soon", 14)),
        ("2026-11-12", ("overdue", -2), ("on-track", 15)),
    ],
)
def test_overdue_and_due_soon_boundaries_with_as_of(run_cli: RunCli, sample_library, as_of: str,
                                                    ben: tuple, cara: tuple) -> None:
    proc = run_cli("deadlines", "--as-of", as_of, "--json")
    found = {d["child_name"]: (d["state"], d["days_left"]) for d in json.loads(proc.stdout)["deliverables"]}
    assert found["Ben Brown"] == ben
    assert found["Cara Clark"] == cara


def test_report_as_csv_xlsx_and_pdf(run_cli: RunCli, sample_library, tmp_path: Path) -> None:
    period = ("--from", "2026-10-01", "--to", "2026-11-30", "--as-of", "2026-11-27")
    proc = run_cli("report", *period, "--out", tmp_path / "kpi.csv")
    assert proc.returncode == 0, proc.stderr
    assert "6 due, 2 on time, 1 late, 2 overdue" in proc.stdout
    with open(tmp_path / "kpi.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    overall = rows[0]
    assert overall["Plan"] == "All plans" and overall["Due in the period"] == "6"
    assert overall["Median days late"] == "17.0" and overall["Median days in QA"] == "4.0"
    assert overall["Approved at first QA (%)"] == "75.0"
    assert [r["Plan"] for r in rows][1:3] == ["Adoption", "Long-term foster care"]

    assert run_cli("report", *period, "--out", tmp_path / "kpi.xlsx").returncode == 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "kpi.xlsx").active
    assert sheet["D2"].value == "All plans" and sheet["E2"].value == 6

    assert run_cli("report", *period, "--out", tmp_path / "kpi.pdf").returncode == 0
    import pikepdf

    with pikepdf.open(tmp_path / "kpi.pdf") as pdf:
        assert 1 <= len(pdf.pages) <= 2
        assert str(pdf.docinfo["/Title"]) == "Life story work: performance report"
    assert b"/Helvetica" not in (tmp_path / "kpi.pdf").read_bytes()  # only embedded fonts


def test_report_refuses_a_bad_file_or_period(run_cli: RunCli, sample_library, tmp_path: Path) -> None:
    assert_one_clear_line(run_cli("report", "--from", "2026-10-01", "--to", "2026-11-30", "--out",
                                  tmp_path / "kpi.docx"), ".csv, .xlsx or .pdf")
    assert_one_clear_line(run_cli("report", "--from", "2026-11-30", "--to", "2026-10-01", "--out",
                                  tmp_path / "kpi.csv"), "ends", "before it starts")
    assert not (tmp_path / "kpi.csv").exists()
