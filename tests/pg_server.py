"""A throw-away PostgreSQL server for the test session, on 127.0.0.1 only.

Debian's ``postgresql`` package provides the binaries (``/usr/lib/postgresql/N/bin``);
where they are missing (a Windows laptop) the server tests skip with the reason.
PostgreSQL refuses to run as root, and CI runs as root: then the data folder is
given to the ``postgres`` user (which Debian's package creates) and the server
is run as that user with ``runuser``.

The cluster's superuser is used only to make the database owner: ``lifebook_owner``,
a role that may create roles and databases but is *not* a superuser, exactly as
the README asks a council's IT team to set up. Everything else runs as that owner
or as the workers and managers it adds.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "pgadmin"
SUPERUSER_PASSWORD = "test-superuser-secret"
OWNER = "lifebook_owner"
OWNER_PASSWORD = "test-owner-secret"


def _is_root() -> bool:
    return getattr(os, "geteuid", lambda: 1)() == 0  # Windows has no uids


def find_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def why_no_server() -> str:
    """Why the server tests cannot run here ("" if they can)."""
    if find_bindir() is None:
        return "PostgreSQL is not installed (no pg_ctl; Debian: apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (pip install 'lifebook[server]')"
    if _is_root() and shutil.which("runuser") is None:
        return "running as root without runuser, so PostgreSQL cannot be started"
    if _is_root():
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run PostgreSQL as"
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    as_postgres: bool
    max_connections: int = 60

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if self.as_postgres else list(args)

    def run(self, *args: str) -> None:
        subprocess.run(self._cmd(*args), check=True, capture_output=True, text=True, timeout=120)

    def url(self, user: str, password: str, db: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD)
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
            shutil.chown(pwfile, "postgres")
        self.run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                 f"--pwfile={pwfile}", "--auth-local=scram-sha-256",
                 "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        opts = (f"-k {self.root} -h 127.0.0.1 -p {self.port} -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off -c max_connections={self.max_connections}")
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                 "-o", opts, "-w", "-t", "60", "start")
        with self.connect_super() as conn:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE CREATEDB "
                         f"PASSWORD '{OWNER_PASSWORD}'")

    def stop(self) -> None:
        try:
            self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def connect_super(self, db: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.url(SUPERUSER, SUPERUSER_PASSWORD, db), autocommit=True)

    def new_database(self) -> str:
        """A fresh empty database owned by the (non-superuser) owner; its owner URL."""
        name = f"lb_{uuid.uuid4().hex[:12]}"
        with self.connect_super() as conn:
            conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}")
            conn.execute(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
        return self.url(OWNER, OWNER_PASSWORD, name)

    def copy_database(self, template_url: str) -> str:
        """A fresh database made as a copy of another (set up once: ``server init`` and the
        logins); its owner URL. Database-wide grants are not copied, so they are made again."""
        template = template_url.rsplit("/", 1)[1]
        name = f"lb_{uuid.uuid4().hex[:12]}"
        with self.connect_super() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {OWNER}")
            conn.execute(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
            conn.execute(f"GRANT CONNECT ON DATABASE {name} TO lifebook_worker, lifebook_manager")
        return self.url(OWNER, OWNER_PASSWORD, name)

    def psql(self, url: str, sql: str) -> str:
        """Run ``sql`` through the real psql client as the URL's login; its tuples-only output."""
        psql = str(self.bindir / "psql") if (self.bindir / "psql").exists() else "psql"
        done = subprocess.run([psql, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql, url],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())
        return done.stdout.strip()


@dataclass(frozen=True)
class Team:
    """A set-up team library: the owner's URL and the URLs of two workers and a manager."""

    server: PgServer
    owner: str
    jo: str  # a worker
    sam: str  # another worker
    mo: str  # a manager

    def login(self, name: str, password: str) -> str:
        return self.owner.replace(f"{OWNER}:{OWNER_PASSWORD}", f"{name}:{password}")


def start_server(max_connections: int = 60) -> PgServer:
    bindir = find_bindir()
    assert bindir is not None
    as_postgres = _is_root()
    # not under pytest's tmp folder: /tmp/pytest-of-root is closed to the postgres user
    root = Path(tempfile.mkdtemp(prefix="lifebook-pg-"))
    server = PgServer(bindir, root, _free_port(), as_postgres, max_connections)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = server.root / "log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{detail}") from exc
    time.sleep(0)  # started and answering (pg_ctl -w waited)
    return server
