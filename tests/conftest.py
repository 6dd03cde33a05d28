"""Shared test set-up. Qt runs offscreen here, not only in CI.

Settings (QSettings) and the default library live in a throw-away home for
the whole run, so tests never touch a real user's Lifebook.
"""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LIFEBOOK_USER"] = "test-worker"  # audit entries name this actor
_home = tempfile.mkdtemp(prefix="lifebook-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends(login='jo'): run each test whose ``library`` is a laptop file "
        "on a team server too (PostgreSQL, as that login; skipped with the reason where it is "
        "absent)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_backends") and "library" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Where ``library`` lives: a SQLite file, unless the test is marked ``both_backends``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def library(backend: str, tmp_path, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """An empty library of the test's own, closed afterwards (the one shared fixture).

    In a module marked ``both_backends`` it is also, in a second run of each test, a
    team server library opened as the worker Jo (row-level security in play), or as
    the manager Mo with ``both_backends(login="mo")`` (approving a book needs a manager).
    """
    from lifebook.store.db import Library

    if backend == "sqlite":
        lib = Library.open(tmp_path / "library.sqlite3")
    else:
        marker = request.node.get_closest_marker("both_backends")
        login = marker.kwargs.get("login", "jo") if marker else "jo"
        lib = Library.open_server(getattr(request.getfixturevalue("team"), login))
    yield lib
    lib.close()


# --- a real PostgreSQL server, started once for the run (see tests/pg_server.py) ---------------


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from tests.pg_server import start_server, why_no_server

    reason = why_no_server()
    if reason:
        pytest.skip(f"no PostgreSQL for the team-server tests: {reason}")
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty database of the test's own, as its (non-superuser) owner's URL."""
    return str(pg_server.new_database())


TEAM_LOGINS = (("jo", "worker"), ("sam", "worker"), ("mo", "manager"))


@pytest.fixture(scope="session")
def _team_template(pg_server, tmp_path_factory: pytest.TempPathFactory) -> str:  # type: ignore[no-untyped-def]
    """``lifebook server init`` and three logins, through the command line as IT would: once."""
    from lifebook.cli import main

    url = pg_server.new_database()
    assert main(["server", "init", "--url", url]) == 0
    folder = tmp_path_factory.mktemp("team-logins")
    for name, role in TEAM_LOGINS:  # logins belong to the whole server: every copy has them
        secret = folder / f"{name}.pw"
        secret.write_text(f"{name}-secret\n", encoding="utf-8")
        assert main(["server", "add-user", "--url", url, "--name", name, "--role", role,
                     "--password-file", str(secret)]) == 0
    return str(url)


@pytest.fixture
def team(pg_server, _team_template: str):  # type: ignore[no-untyped-def]
    """A set-up team library of the test's own (a copy of one set up through the CLI)."""
    from tests.pg_server import OWNER, OWNER_PASSWORD, Team

    url = pg_server.copy_database(_team_template)
    urls = {name: url.replace(f"{OWNER}:{OWNER_PASSWORD}", f"{name}:{name}-secret")
            for name, _role in TEAM_LOGINS}
    return Team(pg_server, url, urls["jo"], urls["sam"], urls["mo"])
