"""A TCP forwarder between the app and the test session's PostgreSQL that a test can cut.

The server itself keeps running for the other tests: only the road to it goes.
``cut()`` drops every open connection at once (a reset, as when a VPN drops or the
server restarts) and, until ``restore()``, either holds new connections without an
answer (``hang=True``, the default: a network that has gone, so only a timeout ends
the wait) or closes them at once (``hang=False``: a server that is down).
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
from urllib.parse import urlsplit, urlunsplit


def _reset(sock: socket.socket) -> None:
    """Close with a reset (RST), not a polite goodbye: the other side learns at once."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class PgProxy:
    def __init__(self, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.upstream = (host, upstream_port)
        self._listener = socket.create_server((host, 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._held: list[socket.socket] = []
        self._cut = False
        self._hang = True
        self._stopping = False
        self.connections = 0  # connections forwarded so far
        threading.Thread(target=self._accept, name="pg-proxy", daemon=True).start()

    def url(self, url: str) -> str:
        """``url`` (a postgresql:// address of the real server) through this proxy."""
        parts = urlsplit(url)
        netloc = parts.netloc.rsplit("@", 1)
        where = f"{self.upstream[0]}:{self.port}"
        return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{where}" if len(netloc) == 2 else where))

    # --- what a test does ----------------------------------------------------------

    def cut(self, *, hang: bool = True) -> None:
        with self._lock:
            self._cut, self._hang = True, hang
            pairs, self._pairs = self._pairs, []
        for client, server in pairs:
            _reset(client)
            _reset(server)

    def restore(self) -> None:
        with self._lock:
            self._cut = False
            held, self._held = self._held, []
        for sock in held:
            _reset(sock)  # they gave up long ago; a fresh connection will come

    def stop(self) -> None:
        self._stopping = True
        self.cut()
        self.restore()
        with contextlib.suppress(OSError):
            self._listener.close()

    # --- forwarding --------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                if self._cut:
                    if self._hang:
                        self._held.append(client)
                    else:
                        _reset(client)
                    continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                _reset(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, server), name="pg-proxy-pump",
                             daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        ends = {client: server, server: client}
        try:
            while True:
                ready, _, _ = select.select(list(ends), [], [], 0.5)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        raise OSError("closed")
                    ends[sock].sendall(data)
        except (OSError, ValueError):
            pass
        finally:
            with self._lock:
                if (client, server) in self._pairs:
                    self._pairs.remove((client, server))
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.close()
