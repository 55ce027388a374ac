"""The central service embedded in another process: uvicorn in a background thread.

    with EmbeddedCentral(demo=True) as central:
        requests.get(central.url + "/healthz")

The server listens on 127.0.0.1 and an ephemeral port (chosen by the OS) unless told
otherwise. ``stop()`` asks uvicorn to finish, joins the thread and closes the database, so no
thread or socket outlives it. ``reset()`` swaps in a fresh app over another database while the
server keeps running. The kiosk's offline demo mode and the test suite both use this.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from kiosk.central.demo_data import TERMINAL_ID, TERMINAL_TOKEN, seed
from kiosk.central.domain.clock import Clock, SystemClock
from kiosk.central.domain.sms import DemoSmsGateway, SendLimits
from kiosk.central.domain.terminals import register_terminal, terminal_of
from kiosk.central.http.app import create_app
from kiosk.central.http.deadlines import Deadlines, protocol_with
from kiosk.central.storage.store import Store

log = logging.getLogger(__name__)

_START_TIMEOUT_SECONDS = 10.0
_STOP_TIMEOUT_SECONDS = 10.0


class EmbeddedCentral:
    """A running reference central service on loopback.

    ``db_path`` None keeps the database in memory (nothing written to disk); with ``demo`` the
    demo data is loaded into an empty database and the demo SMS route is on. ``token`` is the
    token of terminal ``terminal_id``, registered in every database it serves (other terminals
    are the database's own). ``deadlines`` bound the time a request has to arrive (by default
    ``Deadlines()``, as ``kiosk-central``'s).
    """

    def __init__(
        self,
        db_path: str | Path | None = None,
        *,
        demo: bool = True,
        token: str = TERMINAL_TOKEN,
        terminal_id: str = TERMINAL_ID,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        send_limits: SendLimits | None = None,
        deadlines: Deadlines | None = None,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.token = token
        self.terminal_id = terminal_id
        self.demo = demo
        self._db_path = str(db_path) if db_path is not None else ":memory:"
        self._host = host
        self._port = port
        self._send_limits = send_limits
        self._deadlines = deadlines or Deadlines()
        self._store: Store | None = None
        self._app: FastAPI | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. 'http://127.0.0.1:43817' (API under url + '/api/v1')."""
        if self._url is None:
            raise RuntimeError("the central service is not running")
        return self._url

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the central service is not running")
        return self._store

    @property
    def app(self) -> FastAPI:
        if self._app is None:
            raise RuntimeError("the central service is not running")
        return self._app

    @property
    def demo_sms(self) -> DemoSmsGateway:
        """The demo SMS outbox (demo mode only)."""
        gateway = self.app.state.sms_gateway
        if not isinstance(gateway, DemoSmsGateway):
            raise RuntimeError("no demo SMS gateway: the service runs without demo data")
        return gateway

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> EmbeddedCentral:
        if self._thread is not None:
            raise RuntimeError("already started")
        store, app = self._open(self._db_path, self.clock)
        try:
            # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so, and
            # without it keep-alive requests stall ~40 ms on Nagle plus delayed ACKs.
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self._host, self._port))
        except BaseException:
            store.close()
            raise
        config = uvicorn.Config(
            self._dispatch,
            interface="asgi3",
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
            http=protocol_with(self._deadlines),
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="central-service", daemon=True
        )
        self._store, self._app, self._server = store, app, server
        self._socket, self._thread = sock, thread
        port = sock.getsockname()[1]
        self._url = f"http://{self._host}:{port}"
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the central service did not start")
            time.sleep(0.005)
        log.info("central service listening on %s", self._url)
        return self

    def reset(self, db_path: str | Path | None = None, *, clock: Clock | None = None) -> None:
        """Serve from now on a fresh app (new SMS outbox, new in-memory state) over ``db_path``
        with ``clock`` (the current one if None), on the same socket and thread; the previous
        database is closed.

        An empty database gets the demo data in demo mode, as at start. The test suite gives
        each test its own database and clock this way: far cheaper than a server per test.
        """
        if self._store is None:
            raise RuntimeError("the central service is not running")
        new_clock = clock or self.clock
        new_path = str(db_path) if db_path is not None else ":memory:"
        store, app = self._open(new_path, new_clock)
        old_store = self._store
        self._store, self._app, self.clock, self._db_path = store, app, new_clock, new_path
        old_store.close()

    def _open(self, db_path: str, clock: Clock) -> tuple[Store, FastAPI]:
        store = Store(db_path)
        try:
            if self.demo and store.is_empty():
                seed(store, clock)
            if terminal_of(store, self.token) != self.terminal_id:
                register_terminal(store, self.terminal_id, clock.now(), self.token)
            return store, create_app(
                store,
                demo=self.demo,
                clock=clock,
                send_limits=self._send_limits,
            )
        except BaseException:
            store.close()
            raise

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The app is looked up per request, so reset() can swap it under the running server.
        await self.app(scope, receive, send)

    def stop(self) -> None:
        """Stop serving, join the thread, close the socket and the database. Idempotent."""
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_STOP_TIMEOUT_SECONDS)
            if thread.is_alive():
                # Open keep-alive connections can hold a graceful exit; close them for good.
                if server is not None:
                    server.force_exit = True
                thread.join(_STOP_TIMEOUT_SECONDS)
            if thread.is_alive():
                raise RuntimeError("the central service thread did not stop")
        if self._socket is not None:
            self._socket.close()
        if self._store is not None:
            self._store.close()
        self._server = self._thread = self._socket = None
        self._store = None
        self._app = None
        self._url = None

    def __enter__(self) -> EmbeddedCentral:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
