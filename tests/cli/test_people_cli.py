"""``lifebook people``, ``add-person``, ``edit-person`` and ``tag-photo`` as real subprocesses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_helpers import RunCli, assert_one_clear_line
from photo_files import write_jpeg


def _json(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_add_edit_list_and_tag(run_cli: RunCli, tmp_path: Path) -> None:
    cid = str(_json(run_cli("add-child", "--name", "Kai Test", "--json"))["id"])
    added = _json(run_cli("add-person", "--child", cid, "--name", "Jo Smith", "--relationship",
                          "grandparent", "--consent", "yes", "--known-as", "Nanna Jo", "--json"))
    assert (added["relationship"], added["consent"], added["consent_identified"],
            added["known_as"]) == ("grandparent", "yes", "not-asked", "Nanna Jo")
    pid = str(added["id"])

    edited = _json(run_cli(
        "edit-person", "--person", pid, "--consent-identified", "no", "--died", "2022-01-09",
        "--description", "Your nanna. She made jam.", "--relationship-words", "Mum's mum",
        "--consent-identified-note", "No photos of her house", "--private-note", "Ask first",
        "--json"))
    assert (edited["consent_identified"], edited["date_of_death"], edited["description"],
            edited["relationship_to_child"], edited["consent_identified_note"],
            edited["private_note"], edited["consent"]) == (
        "no", "2022-01-09", "Your nanna. She made jam.", "Mum's mum", "No photos of her house",
        "Ask first", "yes")
    cleared = _json(run_cli("edit-person", "--person", pid, "--died", "none", "--json"))
    assert cleared["date_of_death"] is None

    text = run_cli("people", "--child", cid)
    assert text.returncode == 0
    assert "Nanna Jo (Jo Smith) · Grandparent (Mum's mum) · named: yes · identified: no" \
        in text.stdout
    listed = _json(run_cli("people", "--child", cid, "--json"))["people"]
    assert [p["id"] for p in listed] == [int(pid)]

    photo = write_jpeg(tmp_path / "nanna.jpg", colour=(200, 90, 40))
    imported = _json(run_cli("import-photos", "--child", cid, str(photo), "--json"))
    mid = str(imported["imported"][0]["id"])
    tagged = _json(run_cli("tag-photo", "--photo", mid, "--person", pid, "--json"))
    assert (tagged["changed"], tagged["tagged"]) == (True, [int(pid)])
    again = run_cli("tag-photo", "--photo", mid, "--person", pid)
    assert again.returncode == 0 and "already tagged" in again.stdout
    removed = _json(run_cli("tag-photo", "--photo", mid, "--person", pid, "--remove", "--json"))
    assert (removed["changed"], removed["tagged"]) == (True, [])


def test_bad_input_is_one_clear_line(run_cli: RunCli) -> None:
    cid = str(_json(run_cli("add-child", "--name", "Kai Test", "--json"))["id"])
    assert_one_clear_line(run_cli("add-person", "--child", cid, "--name", "X", "--relationship",
                                  "cousin"), "'cousin' is not one of", "grandparent")
    assert_one_clear_line(run_cli("add-person", "--child", cid, "--name", "X", "--relationship",
                                  "grandparent", "--consent", "maybe"), "'maybe'")
    assert_one_clear_line(run_cli("add-person", "--child", "99", "--name", "X", "--relationship",
                                  "other"), "no child with id 99")
    pid = str(_json(run_cli("add-person", "--child", cid, "--name", "Gran", "--relationship",
                            "grandparent", "--json"))["id"])
    assert_one_clear_line(run_cli("edit-person", "--person", pid, "--died", "2999-01-01"),
                          "date of death", "future")
    assert_one_clear_line(run_cli("edit-person", "--person", pid), "say what to change")
    assert_one_clear_line(run_cli("edit-person", "--person", pid, "--born", "2001-01-01",
                                  "--died", "2000-01-01"), "before the date of birth")
    assert_one_clear_line(run_cli("tag-photo", "--photo", "5", "--person", pid),
                          "no photo with id 5")
    assert_one_clear_line(run_cli("edit-person", "--person", "77", "--known-as", "Nan"),
                          "no person with id 77")
    unchanged = _json(run_cli("people", "--child", cid, "--json"))["people"][0]
    assert (unchanged["date_of_death"], unchanged["date_of_birth"]) == (None, None)
