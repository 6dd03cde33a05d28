"""Who sees what on a team server, enforced by PostgreSQL itself (row-level security).

Each test gets its own database on the session's server, set up through the
command line exactly as the README tells an IT team (``server init``,
``server add-user``). Workers and the manager then work through the same
command line, or go around Lifebook with ``psql``: the policies must hold both ways.
"""

from __future__ import annotations

import json

import pytest

from lifebook.cli import main
from lifebook.services.team import list_allocations
from lifebook.store.db import Library
from lifebook.store.models import Base
from lifebook.store.team_policies import CHILD_DATA, OWN_RULES
from tests.pg_server import Team

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def _lifebook(url: str, *args: str) -> int:
    return main(["--library", url, *args])


def _add_child(url: str, name: str, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert _lifebook(url, "add-child", "--name", name, "--json") == 0
    return int(json.loads(capsys.readouterr().out)["id"])


def _book(url: str, child: int, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert _lifebook(url, "new-book", "--child", str(child), "--kind", "life-story",
                     "--json") == 0
    return int(json.loads(capsys.readouterr().out)["id"])


def _count(team: Team, url: str, table: str) -> int:
    return int(team.server.psql(url, f"SELECT count(*) FROM {table}"))


def test_every_table_has_a_rule_on_the_server() -> None:
    """A new table must be classified here, or a worker could read it on the server."""
    assert set(Base.metadata.tables) == set(CHILD_DATA) | set(OWN_RULES)


def test_a_worker_in_psql_counts_only_their_own_children_and_their_books(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    poppy = _add_child(team.jo, "Poppy Jones", capsys)  # a worker's new child is theirs
    _book(team.jo, poppy, capsys)
    leo = _add_child(team.sam, "Leo Sands", capsys)
    _book(team.sam, leo, capsys)
    _add_child(team.mo, "Ava Moss", capsys)  # the manager's, allocated to nobody yet

    assert _count(team, team.jo, "children") == 1
    assert team.server.psql(team.jo, "SELECT full_name FROM children") == "Poppy Jones"
    assert _count(team, team.jo, "books") == 1
    assert _count(team, team.jo, "pages") == int(team.server.psql(
        team.owner, f"SELECT count(*) FROM pages JOIN books b ON b.id = book_id "
        f"WHERE b.child_id = {poppy}"))
    assert _count(team, team.jo, "frame_contents") > 0
    assert _count(team, team.sam, "children") == 1
    # the manager sees all, in psql and in Lifebook
    assert _count(team, team.mo, "children") == 3
    assert _count(team, team.mo, "books") == 2
    capsys.readouterr()
    assert _lifebook(team.mo, "children") == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in ("Poppy Jones", "Leo Sands", "Ava Moss"))
    # and a worker cannot widen it by writing SQL of their own
    assert team.server.psql(team.jo, f"UPDATE children SET notes = 'x' WHERE id = {leo}") \
        == "UPDATE 0"
    with pytest.raises(RuntimeError, match="permission denied|row-level security"):
        team.server.psql(team.jo, f"INSERT INTO allocations (child_id, worker, allocated_at) "
                         f"VALUES ({leo}, 'jo', now())")
    assert _count(team, team.jo, "children") == 1


def test_a_worker_is_refused_on_another_workers_child_through_the_cli(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    leo = _add_child(team.sam, "Leo Sands", capsys)
    capsys.readouterr()

    assert _lifebook(team.jo, "books", "--child", str(leo)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("lifebook: ")
    assert f"no child with id {leo} that you can see" in err
    assert "not allocated to you" in err

    assert _lifebook(team.jo, "new-book", "--child", str(leo), "--kind", "life-story") == 2
    assert "not allocated to you" in capsys.readouterr().err
    assert _count(team, team.owner, "books") == 0  # nothing was made


def test_a_manager_allocates_and_only_a_manager_may(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    leo = _add_child(team.sam, "Leo Sands", capsys)
    capsys.readouterr()

    assert _lifebook(team.jo, "allocate", "--child", str(leo), "--worker", "jo") == 2
    assert "only a team manager" in capsys.readouterr().err
    assert _count(team, team.jo, "children") == 0

    assert _lifebook(team.mo, "allocate", "--child", str(leo), "--worker", "jo") == 0
    assert "Leo Sands (child" in capsys.readouterr().out
    assert _count(team, team.jo, "children") == 1  # a child can have more than one worker
    assert _count(team, team.sam, "children") == 1
    for url, seen in ((team.mo, ["jo", "sam"]), (team.jo, ["jo"])):  # a worker: their own
        lib = Library.open_server(url)
        try:
            assert [a.worker for a in list_allocations(lib)] == seen
        finally:
            lib.close()

    assert _lifebook(team.mo, "allocate", "--child", str(leo), "--worker", "nobody") == 2
    assert "no worker or manager with the login 'nobody'" in capsys.readouterr().err

    assert _lifebook(team.mo, "allocate", "--child", str(leo), "--worker", "jo", "--remove") == 0
    assert _count(team, team.jo, "children") == 0


def test_only_a_manager_can_approve_a_book(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    poppy = _add_child(team.jo, "Poppy Jones", capsys)
    book = _book(team.jo, poppy, capsys)
    with pytest.raises(RuntimeError, match="only a team manager can approve a book"):
        team.server.psql(team.jo, f"UPDATE books SET status = 'approved' WHERE id = {book}")
    team.server.psql(team.mo, f"UPDATE books SET status = 'approved' WHERE id = {book}")
    assert team.server.psql(team.owner, f"SELECT status FROM books WHERE id = {book}") \
        == "approved"


def test_the_audit_log_records_the_database_login_and_a_worker_reads_only_their_own(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    _add_child(team.jo, "Poppy Jones", capsys)
    _add_child(team.sam, "Leo Sands", capsys)
    team.server.psql(team.jo, "INSERT INTO audit_entries (at, actor, action, object_type, detail, "
                     "login) VALUES (now(), 'mo', 'pretend', '', '', 'mo')")

    rows = team.server.psql(team.mo, "SELECT login, action FROM audit_entries ORDER BY id")
    assert rows.splitlines() == ["jo|add child", "sam|add child", "jo|pretend"]  # not forged
    assert team.server.psql(team.jo, "SELECT DISTINCT login FROM audit_entries") == "jo"


def test_server_init_runs_again_safely_and_opening_needs_it(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    _add_child(team.jo, "Poppy Jones", capsys)
    policies = team.server.psql(team.owner, "SELECT count(*) FROM pg_policies")
    capsys.readouterr()

    assert main(["server", "init", "--url", team.owner]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert team.server.psql(team.owner, "SELECT count(*) FROM pg_policies") == policies
    assert _count(team, team.jo, "children") == 1

    # a database nobody has set up: refused in one line saying who can set it up
    assert _lifebook(team.server.new_database(), "children") == 2
    err = capsys.readouterr().err
    assert "is not a Lifebook team library yet" in err and "lifebook server init" in err
    assert "owner-secret" not in err  # the password never shows


def test_bad_server_input_gets_one_clear_line(team: Team, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "pw"
    secret.write_text("x\n", encoding="utf-8")
    assert main(["server", "add-user", "--url", team.owner, "--name", "Robert'); DROP",
                 "--role", "worker", "--password-file", str(secret)]) == 2
    assert "cannot be a login name" in capsys.readouterr().err
    assert main(["server", "add-user", "--url", team.owner, "--name", "kim", "--role", "worker",
                 "--password-file", str(tmp_path / "missing")]) == 2
    assert "cannot read the password file" in capsys.readouterr().err
    # a worker may not set up a server
    assert main(["server", "init", "--url", team.jo]) == 2
    assert "may not create roles" in capsys.readouterr().err
    wrong = team.jo.replace("jo-secret", "Tr0ub4dor-bad")
    assert _lifebook(wrong, "children") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "did not accept the login jo" in err and "Tr0ub4dor" not in err


def test_a_connection_the_server_dropped_is_replaced_before_the_next_edit(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    from lifebook.services import children

    lib = Library.open_server(team.jo)
    try:
        children.add_child(lib, "Poppy Jones")  # the pool now holds a connection
        with team.server.connect_super() as su:  # the server restarts, or a firewall cuts it
            killed = su.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE usename = 'jo'").fetchone()
        assert killed is not None and killed[0] >= 1
        children.add_child(lib, "Leo Sands")  # no error: a fresh connection is made
        assert [c.name for c in children.list_children(lib)] == ["Leo Sands", "Poppy Jones"]
    finally:
        lib.close()
