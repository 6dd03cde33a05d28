"""A team library on a PostgreSQL server: recognising its URL, connecting, and its errors in words.

``--library`` and ``LIFEBOOK_LIBRARY`` take ``postgresql://USER@HOST:PORT/DB`` as
well as a file. The password comes from the URL, ``PGPASSWORD`` or ``~/.pgpass``:
the driver (psycopg 3, the ``lifebook[server]`` extra) hands the connection to
libpq, which reads them as every PostgreSQL tool does. Nothing here imports the
driver until a server URL is actually opened, so a laptop library starts as fast
as before.

Opening a server library never changes its schema: the IT team does that with
``lifebook server init`` (see ``store.team``). A library that is behind, ahead or
not set up is refused with a message saying who can fix it.

On the server, access is enforced by PostgreSQL (row-level security by login),
photos included: they live in the database (``store.server_media``). The laptop
keeps only disposable things (originals fetched, derivatives, the typing journal)
in a folder of its own under the user cache folder, named after the server,
database and login.
"""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from lifebook.i18n import translate
from lifebook.store.opening import LibraryError, ServerUnreachable
from lifebook.store.paths import is_server_url  # noqa: F401  (re-exported)


def parse_url(location: str) -> URL:
    """The URL for SQLAlchemy with the psycopg 3 driver; refuses what is not a server URL."""
    try:
        url = make_url(location.strip())
    except ArgumentError as exc:
        raise LibraryError(translate("store.server", "'{location}' is not a team server "
                                                     "address; write it as "
                                                     "postgresql://USER@HOST:PORT/DATABASE").format(
                                                         location=location)) from exc
    if not url.database:
        raise LibraryError(translate("store.server", "the team server address {display_url} "
                                                     "names no database; write it as "
                                                     "postgresql://USER@HOST:PORT/DATABASE").format(
                                                         display_url=display(url)))
    return url.set(drivername="postgresql+psycopg")


def server_address(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The address Library.open_server takes, escaping what a password may hold (@, /, :)."""
    return URL.create("postgresql", username=user, password=password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)


def display(url: URL) -> str:
    """The URL as shown to people and in messages: never with the password."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"postgresql://{user}{host}{port}/{url.database or ''}"


def local_folder(url: URL) -> Path:
    """This laptop's folder for a server library's disposable files (caches, typing journal)."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-",
                  f"{url.host or 'localhost'}-{url.port or 5432}-{url.database}-{url.username or ''}")
    return Path(platformdirs.user_cache_dir("Lifebook")) / "servers" / slug


CONNECT_TIMEOUT_S = 3  # libpq's own minimum is 2: a server that is not there is known in 3 s
# a connection whose network went: TCP keepalives notice in about 5 + 2 x 2 s, and data the
# other end never acknowledges gives up after 3 s (instead of the system's quarter of an hour)
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
             "keepalives_count": 2, "tcp_user_timeout": 3000}
FULL = ("too many clients", "connection slots are reserved", "too many connections")
NOT_NETWORK = ("password", "authentication", "does not exist", "pg_hba", "role ")


def make_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise LibraryError(translate("store.server", "Lifebook cannot reach a team server on this computer: "
                                     "the PostgreSQL driver is not installed (pip install 'lifebook[server]')")) from None
    # pre_ping: a connection the server dropped (overnight, a restart, pg_terminate_backend)
    # is replaced on its next use, not reported as an error
    engine = create_engine(url, pool_pre_ping=True, connect_args={
        "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Lifebook", **KEEPALIVE})
    event.listen(engine, "handle_error", _unreachable_in_words)
    return engine


def _unreachable_in_words(context: ExceptionContext) -> None:
    """A lost server becomes ServerUnreachable, on reads and writes alike (see its docstring).

    A failed pre-ping is left alone: the pool then quietly makes a new connection.
    """
    if context.is_pre_ping:
        return
    orig = context.original_exception
    where = display(context.engine.url) if context.engine is not None else ""
    message = translate("store.server", "the team server {where} cannot be reached just now (the network, "
                                        "or the server itself, is down); nothing was changed").format(
        where=where)
    message = message.replace("server  cannot", "server cannot")
    if context.connection is None:  # could not connect at all
        text = str(orig).lower()
        if any(words in text for words in FULL):  # busy, not gone: still worth trying again soon
            raise ServerUnreachable(translate(
                "store.server", "the team server {where} has no room for another connection just "
                "now (every one it allows is in use); nothing was changed. If this keeps happening, "
                "ask your IT team to let it take more connections").format(where=where),
                on_connect=True, orig=orig) from orig
        if isinstance(orig, Exception) and type(orig).__name__ in ("OperationalError",
                                                                   "ConnectionTimeout") \
                and not any(word in text for word in NOT_NETWORK):
            raise ServerUnreachable(message, on_connect=True, orig=orig) from orig
        return
    state = getattr(orig, "sqlstate", None) or ""
    if context.is_disconnect or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        context.is_disconnect = True  # the pool forgets this connection
        raise ServerUnreachable(message, orig=orig) from orig


def unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the team server could not be reached (whatever raised it)."""
    if isinstance(exc, ServerUnreachable):
        return True
    if isinstance(exc, DBAPIError):
        state = getattr(exc.orig, "sqlstate", None) or ""
        return exc.connection_invalidated or state.startswith("08")
    return False


def problem(where: str, exc: DBAPIError) -> Exception:
    """A server's refusal in words (permission, approval, connection); anything else as it was."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(orig or exc)).strip()
    if state == "42501":  # insufficient_privilege, row-level security included
        return LibraryError(translate("store.server", "the team server refused this change: it is not yours to make (the "
                            "child is not allocated to you, or it needs a team manager). "
                            "Nothing was changed"))
    if state == "P0001":  # raised by our own triggers, already in words
        return LibraryError(translate("store.server", "the team server refused this change: "
                                                      "{primary}. Nothing was changed").format(
                                                          primary=primary))
    if state.startswith("08") or exc.connection_invalidated:
        return ServerUnreachable(translate("store.server", "cannot reach the team server {where} "
                                                           "({primary}); check the network and try "
                                                           "again").format(where=where, primary=primary), orig=orig)
    if state == "28P01" or state == "28000":
        return LibraryError(translate("store.server", "the team server {where} did not accept "
                                                      "the login: {primary}").format(
                                                          where=where, primary=primary))
    if state == "3D000":
        return LibraryError(translate("store.server", "there is no library database on the team "
                                                      "server at {where}").format(where=where))
    return exc


def connect_problem(url: URL, exc: Exception) -> LibraryError:
    """Why a server library could not be opened, in one line."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    where = display(url)
    if isinstance(exc, ServerUnreachable):
        return LibraryError(translate("store.server", "cannot reach the team server {where}: is the "
                                                      "address right, and is this computer on the "
                                                      "council's network?").format(where=where))
    if isinstance(exc, DBAPIError):
        worded = problem(where, exc)
        if isinstance(worded, LibraryError):
            return worded
    full = str(orig).lower()
    if "password authentication failed" in full or "no password supplied" in full:
        return LibraryError(translate("store.server", "the team server {where} did not accept "
                                                      "the login {login}: the password is "
                                                      "wrong or missing (it comes from the "
                                                      "address, PGPASSWORD or ~/.pgpass)").format(
                                                          where=where, login=url.username or ''))
    if "does not exist" in full and "database" in full:
        return LibraryError(translate("store.server", "there is no database {database} on the "
                                                      "team server {where}").format(
                                                          database=url.database, where=where))
    if "connection refused" in full or "timeout" in full or "could not translate" in full:
        return LibraryError(translate("store.server", "cannot reach the team server {where}: is "
                                                      "the address right, and is this computer "
                                                      "on the council's network?").format(where=where))
    return LibraryError(translate("store.server", "cannot open the team library {where}: "
                                                  "{text}").format(where=where, text=text))
