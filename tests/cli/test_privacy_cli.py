"""`lifebook check` prints the privacy findings; `lifebook preferences` and `export --author`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from lifebook.services.books import list_pages
from lifebook.services.pages import set_frame_text
from lifebook.store.db import Library


def run(library: Path, config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIFEBOOK_USER="cli-login-name",
               XDG_CONFIG_HOME=str(config))
    return subprocess.run([sys.executable, "-m", "lifebook", "--library", str(library), *args],
                          capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library_path = tmp_path_factory.mktemp("privacy-cli") / "library.sqlite3"
    assert run(library_path, library_path.parent / "cfg", "demo").returncode == 0
    library = Library.open(library_path)
    try:
        page = next(p for p in list_pages(library, 1) if p.template == "text-only")
        set_frame_text(library, page.id, "text",
                       "Daniel is Poppy's birth father. He lived near TN23 1AB.")
    finally:
        library.close()
    return library_path


def test_check_lists_the_privacy_findings_in_words(demo: Path, tmp_path: Path) -> None:
    result = run(demo, tmp_path, "check", "--book", "1")
    assert result.returncode == 0, result.stderr  # warnings only
    assert "WARNING Page" in result.stdout
    assert "names Daniel (birth father), but nobody has asked yet" in result.stdout
    assert "has a postcode, \u201cTN23 1AB\u201d" in result.stdout
    assert "a school's name, \u201cOak Tree School\u201d" in result.stdout
    as_json = json.loads(run(demo, tmp_path, "check", "--book", "1", "--json").stdout)
    codes = {f["code"] for f in as_json["findings"]}
    assert {"privacy-name", "privacy-postcode", "privacy-school"} <= codes


def test_the_pdf_author_is_the_one_set_never_the_login_name(demo: Path, tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    unset = tmp_path / "unset.pdf"
    assert run(demo, config, "export", "--book", "1", "--out", str(unset)).returncode == 0
    with pikepdf.open(unset) as pdf:
        assert str(pdf.docinfo["/Author"]) == ""
    set_ = run(demo, config, "preferences", "--author", "Priya  Shah")
    assert set_.returncode == 0 and "\u201cPriya Shah\u201d" in set_.stdout
    assert json.loads(run(demo, config, "preferences", "--json").stdout) == {"author": "Priya Shah"}
    chosen = tmp_path / "chosen.pdf"
    exported = run(demo, config, "export", "--book", "1", "--out", str(chosen))
    assert exported.returncode == 0, exported.stderr
    assert "Oak Tree School" in exported.stderr  # export prints the findings too
    override = tmp_path / "override.pdf"
    assert run(demo, config, "export", "--book", "1", "--out", str(override),
               "--author", "Team Manager").returncode == 0
    with pikepdf.open(chosen) as a, pikepdf.open(override) as b:
        assert str(a.docinfo["/Author"]) == "Priya Shah"
        assert str(b.docinfo["/Author"]) == "Team Manager"
    for pdf in (unset, chosen, override):
        assert b"cli-login-name" not in pdf.read_bytes()
