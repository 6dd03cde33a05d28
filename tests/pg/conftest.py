"""One real PostgreSQL server for the whole test session (see tests/pg_server.py)."""

from __future__ import annotations

import pytest

from tests.pg_server import PgServer, start_server, why_no_server


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
