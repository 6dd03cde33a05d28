"""``lifebook server init|add-user`` (the IT team) and ``lifebook allocate`` (a team manager).

``server`` commands take the server's address with ``--url`` and open no library:
they are run by the database's owner to set the team library up, upgrade it and
add logins. ``allocate`` works on the library that ``--library`` or
``LIFEBOOK_LIBRARY`` names, as the manager logged in there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lifebook.cli.args import CliParser, record_id
from lifebook.cli.output import EXIT_OK, emit

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.store.db import Library


def register(add: AddCommand) -> None:
    p = add("server", "set up or upgrade a team library on a PostgreSQL server, and add logins "
            "(for the IT team)", cmd_server)
    p.set_defaults(library_when=lambda _args: False)
    sub = p.add_subparsers(dest="server_command", metavar="COMMAND", parser_class=CliParser,
                           required=True)
    init = sub.add_parser(
        "init", help="create the team library's tables, roles and access rules, or upgrade them",
        description="Create the team library (tables, the lifebook_worker and lifebook_manager "
        "roles, and the rules on who sees which child), or upgrade it. Safe to run again. Run "
        "it as the database's owner: a role that may create roles, not a superuser.")
    user = sub.add_parser("add-user", help="add a worker's or manager's login",
                          description="Add a login for a worker or a manager (or change an "
                          "existing login's role and password).")
    for q in (init, user):
        q.add_argument("--url", required=True, metavar="URL",
                       help="the server: postgresql://OWNER@HOST:PORT/DATABASE (the password comes "
                       "from the URL, PGPASSWORD or ~/.pgpass)")
        q.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print one JSON document")
    user.add_argument("--name", required=True, metavar="LOGIN", help="the new login name")
    user.add_argument("--role", required=True, choices=("worker", "manager"),
                      help="worker: sees the children allocated to them; manager: sees all, "
                      "allocates children and approves books")
    user.add_argument("--password-file", required=True, type=Path, metavar="FILE",
                      help="a file holding the login's password on one line ('-' reads it "
                      "from the input), so it never shows in the list of running programs")

    a = add("allocate", "allocate a child to a worker on a team server (a manager), or take "
            "them back with --remove", cmd_allocate)
    a.add_argument("--child", type=record_id, required=True, metavar="ID", help="the child")
    a.add_argument("--worker", required=True, metavar="LOGIN", help="the worker's login")
    a.add_argument("--remove", action="store_true",
                   help="take the child back from this worker instead")


def _password(path: Path) -> str:
    from lifebook.store.opening import LibraryError

    if str(path) == "-":
        return sys.stdin.readline().rstrip("\r\n")
    try:
        return path.expanduser().read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "it is not a text file"
        raise LibraryError(f"cannot read the password file {path}: {reason}") from None


def cmd_server(_library: Library | None, args: argparse.Namespace) -> int:
    from lifebook.store import team

    if args.server_command == "init":
        done = team.init_server(args.url)
        before = "a new library" if done.schema_before is None else \
            "already up to date" if done.schema_before == done.schema_now else \
            f"upgraded from schema {done.schema_before}"
        emit(args, done.as_dict(), f"The team library {done.where} is ready (schema "
             f"{done.schema_now}; {before}). Add logins with: lifebook server add-user")
        return EXIT_OK
    login = team.add_user(args.url, args.name, args.role, _password(args.password_file))
    verb = "Added" if login.created else "Updated"
    emit(args, login.as_dict(), f"{verb} the login {login.login} as a team {login.role}.")
    return EXIT_OK


def cmd_allocate(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.team import allocate, unallocate

    if args.remove:
        removed = unallocate(library, args.child, args.worker)
        emit(args, {"child_id": args.child, "worker": args.worker, "removed": removed},
             f"Took child {args.child} back from {args.worker}." if removed else
             f"Child {args.child} was not allocated to {args.worker}; nothing changed.")
        return EXIT_OK
    info = allocate(library, args.child, args.worker)
    emit(args, info.as_dict(), f"{info.child_name} (child {info.child_id}) is allocated to "
         f"{info.worker}.")
    return EXIT_OK
