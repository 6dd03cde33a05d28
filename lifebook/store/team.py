"""Setting up a team library on a PostgreSQL server: schema, roles, policies, logins.

``init_server`` is run by the database's owner, a role that may create roles but
is not a superuser. It brings the schema to this Lifebook's head with the same
Alembic migrations as a laptop library, makes the group roles
``lifebook_worker`` and ``lifebook_manager`` if they are missing, and (re)installs
the grants and row-level security policies of ``store.team_policies``, all in
one transaction each. Running it again upgrades, and changes nothing else.

``add_user`` makes a login role in one of the two groups (or moves an existing
login to the other group and sets its new password).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lifebook.store import migrate, server
from lifebook.store.opening import LibraryError
from lifebook.store.team_policies import GROUPS, MANAGER, WORKER, policy_statements, role_statements

ROLES = {"worker": WORKER, "manager": MANAGER}
LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


@dataclass(frozen=True)
class ServerSetup:
    where: str  # the server address, without a password
    schema_before: str | None
    schema_now: str

    def as_dict(self) -> dict:
        return {"url": self.where, "schema_before": self.schema_before,
                "schema": self.schema_now}


@dataclass(frozen=True)
class TeamLogin:
    login: str
    role: str  # "worker" or "manager"
    created: bool  # False: an existing login was moved or given a new password

    def as_dict(self) -> dict:
        return {"login": self.login, "role": self.role, "created": self.created}


def _refusal(where: str, exc: DBAPIError, doing: str) -> LibraryError:
    worded = server.problem(where, exc)
    if isinstance(worded, LibraryError):
        return worded
    first = str(exc.orig or exc).strip().splitlines()[0]
    return LibraryError(f"could not {doing} on the team server {where}: {first}")


def init_server(location: str) -> ServerSetup:
    """Create or upgrade the team library at ``location`` (see the module docstring)."""
    url = server.parse_url(location)
    where = server.display(url)
    engine = server.make_engine(url)
    try:
        before = migrate.current_revision(engine)
        if before is not None and migrate.is_newer(before):
            raise LibraryError(f"the team library {where} was set up by a newer Lifebook "
                               f"(schema {before}); use that version to upgrade it")
        with engine.begin() as conn:
            if not _may_create_roles(conn):
                raise LibraryError(
                    f"the login {url.username or 'used'} may not create roles, so it cannot set up "
                    f"{where}; run this as the database's owner, a role made WITH CREATEROLE")
            for statement in role_statements():
                conn.exec_driver_sql(statement)
        migrate.upgrade(engine, None, None)
        with engine.begin() as conn:
            for statement in policy_statements(str(url.database)):
                conn.exec_driver_sql(statement)
        return ServerSetup(where, before, migrate.head_revision())
    except DBAPIError as exc:
        raise _refusal(where, exc, "set up the library") from exc
    finally:
        engine.dispose()


def _may_create_roles(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def add_user(location: str, login: str, role: str, password: str) -> TeamLogin:
    """Make ``login`` a worker or manager with ``password`` (run by the database's owner)."""
    url = server.parse_url(location)
    where = server.display(url)
    if role not in ROLES:
        raise LibraryError(f"'{role}' is not a team role: use worker or manager")
    if not LOGIN.match(login):
        raise LibraryError(f"'{login}' cannot be a login name: use lower-case letters, digits, "
                           "dots, dashes and underscores, starting with a letter (at most 63)")
    if login in GROUPS or login.startswith("pg_"):
        raise LibraryError(f"'{login}' is a name PostgreSQL or Lifebook keeps for itself")
    if not password or "\n" in password.strip("\n"):
        raise LibraryError("the password file is empty or has more than one line")
    engine = server.make_engine(url)
    try:
        from psycopg import sql

        with engine.begin() as conn:
            exists = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"),
                                  {"n": login}).first()
            if exists is not None and exists[0]:
                raise LibraryError(f"'{login}' is a superuser on this server and cannot be a "
                                   "Lifebook login")
            raw = conn.connection.driver_connection
            name, secret = sql.Identifier(login), sql.Literal(password.strip("\n"))
            made = "ALTER ROLE {} LOGIN PASSWORD {}" if exists is not None else \
                "CREATE ROLE {} LOGIN NOCREATEDB NOCREATEROLE PASSWORD {}"
            statements = [sql.SQL(made).format(name, secret)]
            other = MANAGER if ROLES[role] == WORKER else WORKER
            if exists is not None:
                statements.append(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), name))
            statements.append(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), name))
            for statement in statements:
                conn.exec_driver_sql(statement.as_string(raw))
        return TeamLogin(login, role, exists is None)
    except DBAPIError as exc:
        raise _refusal(where, exc, f"add the login {login}") from exc
    finally:
        engine.dispose()


def is_manager(session: Session) -> bool:
    """Whether the logged-in user is a team manager (always False in a laptop library)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(session.execute(text(
        f"SELECT pg_has_role(current_user, '{MANAGER}', 'MEMBER')")).scalar())


def team_role_of(session: Session, login: str) -> str | None:
    """"worker" or "manager" for a login on this server, None if it is neither (or unknown)."""
    row = session.execute(text(
        f"SELECT pg_has_role(r.oid, '{MANAGER}', 'MEMBER'), pg_has_role(r.oid, '{WORKER}', 'MEMBER') "
        "FROM pg_roles r WHERE r.rolname = :login AND r.rolcanlogin"), {"login": login}).first()
    if row is None:
        return None
    return "manager" if row[0] else "worker" if row[1] else None
