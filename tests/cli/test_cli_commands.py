"""The ``lifebook`` command line, run as a real subprocess.

Each subprocess costs most of a second (SQLAlchemy and Alembic start-up), so
the photo and book commands share one library per module, and results are
checked in the database file directly where a second command is not the point.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from cli_helpers import REPO, RunCli, cli_env, run
from photo_files import BLUE, GREEN, RED, docx_renamed, write_jpeg

import lifebook


def _json(proc: subprocess.CompletedProcess) -> dict:
    assert proc.stdout.strip(), proc.stderr
    return json.loads(proc.stdout)  # the whole of stdout is one JSON document


def _ok(proc: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert proc.returncode == 0, (proc.returncode, proc.stdout, proc.stderr)
    return proc


def _children_in(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, full_name, plan FROM children ORDER BY id").fetchall()
    finally:
        conn.close()


def test_version(run_cli: RunCli) -> None:
    proc = run_cli("--version", library=False)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"Lifebook {lifebook.__version__}"


def test_demo_then_children(run_cli: RunCli) -> None:
    made = _json(_ok(run_cli("demo", "--json")))
    listed = _json(_ok(run_cli("children", "--json")))
    assert len(listed["children"]) == 1
    child = listed["children"][0]
    assert child["is_sample"] is True
    assert isinstance(child["id"], int) and child["id"] == made["child"]["id"]
    assert child["photos"] == len(made["media"]) >= 15
    assert child["books"] == 1


def test_add_child(run_cli: RunCli, tmp_path: Path) -> None:
    child = _json(
        _ok(
            run_cli(
                "add-child", "--name", "Mia Smith", "--dob", "2019-03-23",
                "--plan", "long-term-foster-care", "--json",
            )
        )
    )  # fmt: skip
    assert isinstance(child["id"], int)
    assert child["plan"] == "long-term-foster-care"
    assert child["date_of_birth"] == "2019-03-23"
    assert _children_in(tmp_path / "lib.sqlite3") == [
        (child["id"], "Mia Smith", "long-term-foster-care")
    ]


def test_add_child_says_what_the_books_will_call_the_child(run_cli: RunCli) -> None:
    plain = _ok(run_cli("add-child", "--name", "Nguyễn Văn An"))
    assert "Books will call the child \u201cNguyễn Văn An\u201d" in plain.stdout
    assert "--preferred" in plain.stdout
    chosen = _ok(run_cli("add-child", "--name", "Nguyễn Văn An", "--preferred", "An"))
    assert "Books will call" not in chosen.stdout
    listed = _json(_ok(run_cli("children", "--json")))["children"]
    assert sorted(c["display_name"] for c in listed) == ["An", "Nguyễn Văn An"]


def test_add_child_rejects_a_bad_plan_and_a_bad_date(run_cli: RunCli, tmp_path: Path) -> None:
    bad_plan = run_cli("add-child", "--name", "Mia Smith", "--plan", "forever-home")
    assert bad_plan.returncode == 2
    assert "'forever-home' is not one of" in bad_plan.stderr
    assert "long-term-foster-care" in bad_plan.stderr  # the choices are listed
    assert "Traceback" not in bad_plan.stderr

    bad_dob = run_cli("add-child", "--name", "Mia Smith", "--dob", "spring 2019")
    assert bad_dob.returncode == 2
    assert "'spring 2019'" in bad_dob.stderr and "YYYY-MM-DD" in bad_dob.stderr
    assert "Traceback" not in bad_dob.stderr

    db = tmp_path / "lib.sqlite3"
    assert not db.exists() or _children_in(db) == []


# --- photos and books: one library for the module ------------------------------------


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two children; A gets good.jpg + bad.jpg (exit 1), B gets two good photos (exit 0)."""
    work = tmp_path_factory.mktemp("cli-shared")
    cli = partial(run, work)
    a = _json(_ok(cli("add-child", "--name", "Ava", "--json")))
    b = _json(_ok(cli("add-child", "--name", "Ben", "--json")))
    good = write_jpeg(work / "good.jpg", colour=RED)
    bad = docx_renamed(work / "bad.jpg")
    mixed = cli("import-photos", "--child", a["id"], good, bad, "--json")
    files = [write_jpeg(work / "b1.jpg", colour=GREEN), write_jpeg(work / "b2.jpg", colour=BLUE)]
    all_good = cli("import-photos", "--child", b["id"], *files, "--json")
    return {
        "cli": cli,
        "a": a,
        "b": b,
        "good": good,
        "bad": bad,
        "mixed": mixed,
        "all_good": all_good,
    }


def test_import_photos_with_a_bad_file_exits_1(shared: dict) -> None:
    proc = shared["mixed"]
    assert proc.returncode == 1, proc.stderr
    report = _json(proc)
    assert [m["original_name"] for m in report["imported"]] == ["good.jpg"]
    assert isinstance(report["imported"][0]["id"], int)
    assert report["imported"][0]["child_id"] == shared["a"]["id"]
    assert report["rejected"] == [
        {"file": str(shared["bad"]), "reason": report["rejected"][0]["reason"]}
    ]
    assert "not a picture" in report["rejected"][0]["reason"]
    assert f"Rejected {shared['bad']}:" in proc.stderr


def test_import_photos_all_good_exits_0(shared: dict) -> None:
    proc = _ok(shared["all_good"])
    report = _json(proc)
    assert [m["original_name"] for m in report["imported"]] == ["b1.jpg", "b2.jpg"]
    assert report["rejected"] == [] and report["cancelled"] is False


def test_import_photos_for_an_unknown_child_exits_2(shared: dict) -> None:
    proc = shared["cli"]("import-photos", "--child", "4242", shared["good"])
    assert proc.returncode == 2
    assert "4242" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_books_new_book_and_pages(shared: dict) -> None:
    cli, child = shared["cli"], shared["b"]["id"]
    book = _json(
        _ok(
            cli(
                "new-book", "--child", child, "--kind", "life-story",
                "--trim", "a5-portrait", "--autoflow", "--json",
            )
        )
    )  # fmt: skip
    assert isinstance(book["id"], int)
    assert book["trim"] == "a5-portrait"
    assert book["child_id"] == child
    assert book["autoflowed_photos"] == 2
    assert book["pages"] >= 9

    listed = _json(_ok(cli("books", "--child", child, "--json")))["books"]
    assert [(b["id"], b["pages"], b["trim"]) for b in listed] == [
        (book["id"], book["pages"], "a5-portrait")
    ]
    pages = _json(_ok(cli("pages", "--book", book["id"], "--json")))["pages"]
    assert len(pages) == book["pages"]
    assert [p["number"] for p in pages] == list(range(1, len(pages) + 1))
    assert all(isinstance(p["id"], int) and p["book_id"] == book["id"] for p in pages)
    assert pages[0]["template"] == "cover"
    assert [p["section"] for p in pages].count("Photo memories") == 1


def test_unknown_book_and_unknown_kind_exit_2(shared: dict) -> None:
    proc = shared["cli"]("pages", "--book", "555", "--json")
    assert proc.returncode == 2
    assert "555" in json.loads(proc.stdout)["error"]
    proc = shared["cli"]("new-book", "--child", shared["a"]["id"], "--kind", "scrapbook")
    assert proc.returncode == 2
    assert "'scrapbook' is not one of" in proc.stderr


# --- which library ------------------------------------------------------------------


def test_environment_variable_selects_the_library(run_cli: RunCli, tmp_path: Path) -> None:
    env_lib = tmp_path / "from-env.sqlite3"
    env = {"LIFEBOOK_LIBRARY": str(env_lib)}
    child = _json(
        _ok(run_cli("add-child", "--name", "Env Child", "--json", library=False, env=env))
    )
    assert _children_in(env_lib) == [(child["id"], "Env Child", "adoption")]
    assert not (tmp_path / "lib.sqlite3").exists()
    assert not (tmp_path / "xdg-data").exists()  # the default was not used

    # --library wins over the environment; a folder means library.sqlite3 inside it
    folder = tmp_path / "team"
    folder.mkdir()
    listed = _json(_ok(run_cli("children", "--json", library=folder, env=env)))
    assert listed == {"children": []}
    assert (folder / "library.sqlite3").is_file()


def test_a_file_that_is_not_a_library_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    proc = run_cli("children", library=notes)
    assert proc.returncode == 2
    assert str(notes) in proc.stderr
    assert notes.read_text() == "shopping list\n"


NO_QT_SCRIPT = """
import contextlib, io, json, sys
from lifebook.cli import main
lib, photo = sys.argv[1], sys.argv[2]
codes = []
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["--version"])
    except SystemExit as exc:
        codes.append(exc.code)
    codes.append(main(["--library", lib, "demo", "--json"]))
    codes.append(main(["--library", lib, "children", "--json"]))
    codes.append(main(["--library", lib, "add-child", "--name", "Q", "--json"]))
    codes.append(main(["--library", lib, "import-photos", "--child", "2", photo, "--json"]))
    codes.append(main(["--library", lib, "books", "--child", "1", "--json"]))
    codes.append(main(["--library", lib, "new-book", "--child", "2", "--kind", "life-story",
                       "--autoflow", "--json"]))
    codes.append(main(["--library", lib, "pages", "--book", "1", "--json"]))
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"codes": codes, "qt": qt}))
"""


def test_the_cli_never_imports_qt(tmp_path: Path) -> None:
    photo = write_jpeg(tmp_path / "q.jpg", colour=RED)
    proc = subprocess.run(
        [sys.executable, "-c", NO_QT_SCRIPT, str(tmp_path / "lib.sqlite3"), str(photo)],
        cwd=REPO,
        env=cli_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["codes"] == [0] * 8
    assert result["qt"] == []
