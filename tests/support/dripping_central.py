"""A central that answers one byte at a time: a raw socket server for deadline and starvation
tests (and the benchmarks).

Each connection reads one request and then sends a complete, valid HTTP answer, but slowly:
``interval`` seconds between bytes, so a per-read socket timeout never trips. ``where`` chooses
whether the headers already drip ("headers") or arrive at once and only the body drips ("body").
Once :attr:`DrippingCentral.healthy` is set, new requests are answered at once, as by a central
that recovered. The server counts connections that are still being served, so a test can see that
the client gave up (the client closing the socket ends the drip at the next byte).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from types import TracebackType

CARD = "2990000000019"
CARD_BODY = {
    "number": CARD,
    "kind": "own",
    "status": "issued",
    "card_prices": True,
    "account": None,
    "promotions_today": [],
}


def card_answer(body: object = CARD_BODY) -> bytes:
    payload = json.dumps(body).encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(payload)}\r\n\r\n".encode()
        + payload
    )


class DrippingCentral:
    """A loopback HTTP server that drips its answers; use as a context manager."""

    def __init__(
        self,
        *,
        interval: float = 0.05,
        where: str = "headers",
        answer: Callable[[bytes], bytes] = lambda request: card_answer(),
        wait_for_request: bool = True,
        at_once: Callable[[bytes], bool] = lambda request: False,
    ) -> None:
        if where not in ("headers", "body"):
            raise ValueError("where is 'headers' or 'body'")
        self.interval = interval
        self.where = where
        self.answer = answer
        # False: drip at once, before the client says anything (a TLS server's handshake).
        self.wait_for_request = wait_for_request
        # Requests answered at once even while the others drip (e.g. the program fetch).
        self.at_once = at_once
        self.healthy = threading.Event()
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._dripping = 0
        self._finished_drips = 0
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    @property
    def dripping(self) -> int:
        """Connections the server is still dripping an answer into."""
        with self._lock:
            return self._dripping

    @property
    def abandoned(self) -> int:
        """Drips that ended because the client went away (or the server stopped)."""
        with self._lock:
            return self._finished_drips

    def __enter__(self) -> DrippingCentral:
        thread = threading.Thread(target=self._accept, name="dripping-central", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(
                target=self._serve, args=(conn,), name="dripping-conn", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            while not self._stop.is_set():
                request = self._read_request(conn) if self.wait_for_request else b""
                if request is None:
                    return
                self.requests.append(request)
                answer = self.answer(request)
                if self.healthy.is_set() or self.at_once(request):
                    conn.sendall(answer)
                    continue
                self._drip(conn, answer)
                return

    def _read_request(self, conn: socket.socket) -> bytes | None:
        data = b""
        while b"\r\n\r\n" not in data:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                if self._stop.is_set():
                    return None
                continue
            except OSError:
                return None
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                missing = int(value) - len(rest)
                while missing > 0:
                    chunk = conn.recv(missing)
                    if not chunk:
                        return None
                    missing -= len(chunk)
        return data

    def _drip(self, conn: socket.socket, answer: bytes) -> None:
        at_once = 0
        if self.where == "body":
            at_once = answer.index(b"\r\n\r\n") + 4
        with self._lock:
            self._dripping += 1
        try:
            if at_once:
                conn.sendall(answer[:at_once])
            for index in range(at_once, len(answer)):
                if self._stop.wait(self.interval):
                    return
                conn.sendall(answer[index : index + 1])
                if _peer_closed(conn):
                    return
        except OSError:
            return  # the client went away
        finally:
            with self._lock:
                self._dripping -= 1
                self._finished_drips += 1


def _peer_closed(conn: socket.socket) -> bool:
    """True when the client closed or shut down its end (a read would return EOF)."""
    conn.setblocking(False)
    try:
        return conn.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        conn.setblocking(True)
        conn.settimeout(2)
