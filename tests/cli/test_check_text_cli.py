"""``lifebook check-text`` run as a real subprocess on .txt and .docx drafts."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.cli_helpers import assert_one_clear_line, cli_env


def _run(tmp_path: Path, *args: object):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "lifebook", *map(str, args)],
                          env=cli_env(tmp_path), capture_output=True, text=True, timeout=120)


def test_a_word_draft_is_checked_section_by_section(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Who I am", level=1)
    document.add_paragraph("My name is Sam. I was your social worker when you were little, "
                           "and I will keep in contact with your family.")
    document.add_heading("The worries", level=1)
    document.add_paragraph("Contact with your birth mum was reduced after the PLO meeting. "
                           "This happened because you were naughty.")
    path = tmp_path / "letter.docx"
    document.save(path)
    done = _run(tmp_path, "check-text", path, "--json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert [s["title"] for s in report["sections"]] == ["Who I am", "The worries"]
    first, worries = report["sections"]
    assert first["issues"] == []  # "keep in contact" is everyday English
    assert [(i["kind"], i["quote"]) for i in worries["issues"]] == [
        ("jargon", "Contact"), ("jargon", "PLO"), ("tone", "because you were naughty")]
    human = _run(tmp_path, "check-text", path)
    assert "The worries" in human.stdout and "PLO" in human.stdout
    assert "3 thing(s) to look at" in human.stdout
    # no library was created for a command that needs none
    assert not (tmp_path / "xdg-data").exists()


def test_a_windows_1252_text_file_and_a_clean_letter(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes("Your foster carers, Zoë and Raúl, loved you. None of this was your "
                     "fault.".encode("cp1252"))
    done = _run(tmp_path, "check-text", path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Nothing to change" in done.stdout


def test_a_file_that_is_not_a_draft_gets_one_clear_line(tmp_path: Path) -> None:
    fake = tmp_path / "letter.docx"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not a word file")
    assert_one_clear_line(_run(tmp_path, "check-text", fake), "letter.docx", "Word document")
    assert_one_clear_line(_run(tmp_path, "check-text", tmp_path / "missing.txt"),
                          "missing.txt")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert_one_clear_line(_run(tmp_path, "check-text", old), "old.doc", ".docx")
