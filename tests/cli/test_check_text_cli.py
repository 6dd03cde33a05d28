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


def _child_with_people(library) -> int:  # type: ignore[no-untyped-def]
    from lifebook.model.enums import Consent, Relationship
    from lifebook.services import children, people

    child = children.add_child(library, "Lexi Test", preferred_name="Lexi").id
    mum = people.add_person(library, child, "Kelly Smith", Relationship.BIRTH_MOTHER).id
    people.update_person(library, mum, consent=Consent.NO, consent_identified=Consent.NO)
    people.add_person(library, child, "Dean Smith", Relationship.BIRTH_FATHER)  # not asked
    nan = people.add_person(library, child, "Jean Brown", Relationship.GRANDPARENT).id
    people.update_person(library, nan, consent=Consent.YES, consent_identified=Consent.YES)
    return child


def test_with_child_names_of_people_not_agreed_are_found_with_their_words(
        tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.cli_helpers import run

    child = _child_with_people(library)
    path = tmp_path / "draft.txt"
    text = ("Your birth mum, Kelly Smith, loved you. Dean came to see you too. "
            "Nanna Jean Brown knitted you a blanket. We met at 12 Acacia Road, TN23 1AB.")
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "library.sqlite3"
    done = run(tmp_path, "check-text", path, "--child", child, "--json", library=db)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["child"] == child
    found = [(i["kind"], i["quote"], i["start"], i["end"]) for i in report["sections"][0]["issues"]]
    assert [(k, q) for k, q, _s, _e in found] == [
        ("consent", "Kelly Smith"), ("consent", "Dean"),  # Jean Brown agreed: not flagged
        ("identifying", "12 Acacia Road"), ("identifying", "TN23 1AB")]
    for _kind, quote, start, end in found:
        assert text[start:end] == quote  # the exact words, where they are
    messages = [i["message"] for i in report["sections"][0]["issues"]]
    assert "has asked not to be identified" in messages[0]
    assert "nobody has asked yet" in messages[1]
    human = run(tmp_path, "check-text", path, "--child", child, library=db)
    assert "Consent: The text names Kelly Smith (birth mother)" in human.stdout
    # without --child no library is opened and no names are checked
    plain = json.loads(run(tmp_path, "check-text", path, "--json", library=False).stdout)
    assert [i["kind"] for i in plain["sections"][0]["issues"]] == ["identifying", "identifying"]
    assert plain["child"] is None


def test_with_an_unknown_child_one_clear_line(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.cli_helpers import run

    path = tmp_path / "draft.txt"
    path.write_text("Hello.", encoding="utf-8")
    assert_one_clear_line(run(tmp_path, "check-text", path, "--child", 999,
                              library=tmp_path / "library.sqlite3"), "999")
