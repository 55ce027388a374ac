"""A loopback link between the demo kiosk and its embedded central that a trainer can cut.

The kiosk talks to the link's address; the link relays each connection to the central. ``cut``
closes every open connection and refuses new ones (the kiosk sees "connection refused", as when
a store's network is down); ``reconnect`` lets them through again. Demo mode only: nothing of a
real installation goes through it.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024


class DemoLink:
    """``url`` is what the kiosk talks to; ``target`` is the central's (host, port)."""

    def __init__(self, target: tuple[str, int], host: str = "127.0.0.1") -> None:
        self.target = target
        self._host = host
        self._lock = threading.Lock()
        self._cut = False
        self._open: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._stopping = False
        self._pumps: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def is_cut(self) -> bool:
        return self._cut

    def start(self) -> DemoLink:
        self._listen()
        return self

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self._host, self._port))
        listener.listen(32)
        self._port = listener.getsockname()[1]
        self._listener = listener
        self._thread = threading.Thread(
            target=self._accept, args=(listener,), name="demo-link", daemon=True
        )
        self._thread.start()

    def cut(self) -> None:
        """Cut the kiosk off: open connections drop, new ones are refused."""
        with self._lock:
            if self._cut:
                return
            self._cut = True
        self._close_listener()
        self._drop_connections()
        log.info("demo: the kiosk is cut off from its central")

    def reconnect(self) -> None:
        with self._lock:
            if not self._cut:
                return
            self._cut = False
        self._listen()  # on the same port: the kiosk's address does not change
        log.info("demo: the kiosk is connected to its central again")

    def stop(self) -> None:
        """Close everything and join every thread of the link."""
        self._stopping = True
        self._close_listener()
        self._drop_connections()
        with self._lock:
            pumps, self._pumps = self._pumps, []
        for pump in pumps:
            pump.join(5)

    def _close_listener(self) -> None:
        listener, thread = self._listener, self._thread
        self._listener = self._thread = None
        if listener is not None:
            # shutdown wakes the accept() of the link's thread on Linux.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        if thread is not None:
            thread.join(5)

    def _drop_connections(self) -> None:
        with self._lock:
            sockets = list(self._open)
            self._open.clear()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed: cut or stopped
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._cut or self._stopping:
                    client.close()
                    upstream.close()
                    continue
                self._open.update((client, upstream))
                self._pumps = [pump for pump in self._pumps if pump.is_alive()]
                for source, sink in ((client, upstream), (upstream, client)):
                    pump = threading.Thread(
                        target=self._pump, args=(source, sink), name="demo-link-pump", daemon=True
                    )
                    self._pumps.append(pump)
                    pump.start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(_CHUNK):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self._lock:
                self._open.discard(source)
                self._open.discard(sink)
            source.close()
