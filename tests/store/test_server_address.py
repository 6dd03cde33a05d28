"""Telling a team server's address from a library file, without slowing the file down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lifebook.cli import main
from lifebook.store.db import LibraryError
from lifebook.store.paths import is_server_url
from lifebook.store.server import display, local_folder, parse_url


def test_postgresql_addresses_are_servers_and_paths_are_files() -> None:
    assert is_server_url("postgresql://jo@db.council.local:5432/lifebook")
    assert is_server_url("postgres://jo@db/lifebook")
    assert not is_server_url("/home/jo/library.sqlite3")
    assert not is_server_url("C:\\Users\\jo\\library.sqlite3")
    assert not is_server_url(None)


def test_the_address_shown_never_holds_the_password() -> None:
    url = parse_url("postgresql://jo:s3cret-pass@db.council.local:5433/lifebook")
    assert url.drivername == "postgresql+psycopg"
    assert display(url) == "postgresql://jo@db.council.local:5433/lifebook"
    assert "s3cret" not in str(local_folder(url))
    assert local_folder(url).name == "db.council.local-5433-lifebook-jo"


def test_an_address_without_a_database_is_refused_in_words() -> None:
    with pytest.raises(LibraryError, match="names no database"):
        parse_url("postgresql://jo@db.council.local:5432")


def test_an_unreachable_server_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("psycopg")
    # port 9 on this machine: nothing listens there, so the refusal is immediate
    assert main(["--library", "postgresql://jo:pw@127.0.0.1:9/lifebook", "children"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach the team server" in err and "pw@" not in err


def test_a_library_file_never_loads_the_server_driver(tmp_path: Path) -> None:
    code = ("import sys; from lifebook.cli import main; "
            f"rc = main(['--library', {str(tmp_path / 'l.sqlite3')!r}, 'children']); "
            "print(rc, 'psycopg' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr
