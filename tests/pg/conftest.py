"""One real PostgreSQL server for the whole test session (see tests/pg_server.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg_server import OWNER, OWNER_PASSWORD, PgServer, Team, start_server, why_no_server


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    reason = why_no_server()
    if reason:
        pytest.skip(f"no PostgreSQL for the team-server tests: {reason}")
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty database of the test's own, as its (non-superuser) owner's URL."""
    return pg_server.new_database()


@pytest.fixture
def team(pg_server: PgServer, pg_url: str, tmp_path: Path) -> Team:
    """``lifebook server init`` and three logins, through the command line as IT would."""
    from lifebook.cli import main

    assert main(["server", "init", "--url", pg_url]) == 0
    urls = {}
    for name, role in (("jo", "worker"), ("sam", "worker"), ("mo", "manager")):
        secret = tmp_path / f"{name}.pw"
        secret.write_text(f"{name}-secret\n", encoding="utf-8")
        assert main(["server", "add-user", "--url", pg_url, "--name", name, "--role", role,
                     "--password-file", str(secret)]) == 0
        urls[name] = pg_url.replace(f"{OWNER}:{OWNER_PASSWORD}", f"{name}:{name}-secret")
    return Team(pg_server, pg_url, urls["jo"], urls["sam"], urls["mo"])
