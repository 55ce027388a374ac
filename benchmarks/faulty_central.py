"""A misbehaving central in a process of its own, for the benchmarks and the soak test.

    python -m benchmarks.faulty_central hang|drip PORT_FILE
    python -m benchmarks.faulty_central mix PORT_FILE UPSTREAM_URL

``hang`` accepts connections, reads the request and never answers; ``drip`` answers one byte
every 50 ms (tests/support/dripping_central.py); ``mix`` passes requests on to the central at
UPSTREAM_URL, except that of every 50 requests one hangs, one drips, one is reset, one gets a
503 and one a 429 with Retry-After (the soak test's faults). The port it listens on is written
to PORT_FILE; it runs until killed. A process of its own, so that its threads do not compete
with the kiosk's GUI thread for this interpreter's lock: the kiosk's own stalls are measured.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _serve_hanging(port_file: Path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port_file.write_text(str(listener.getsockname()[1]))
    held: list[socket.socket] = []

    def read_and_hold(conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while conn.recv(65536):  # until the client gives up
                pass
        conn.close()

    while True:
        conn, _ = listener.accept()
        held.append(conn)
        threading.Thread(target=read_and_hold, args=(conn,), daemon=True).start()


def _serve_dripping(port_file: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.support.dripping_central import DrippingCentral

    with DrippingCentral(interval=0.05) as central:
        port_file.write_text(str(central.port))
        while True:
            time.sleep(3600)


#: Of every MIX_PERIOD requests in ``mix`` mode, the one at each of these positions misbehaves.
MIX_PERIOD = 50
MIX_FAULTS = {17: "hang", 29: "drip", 37: "reset", 43: "503", 47: "429"}

_PROBLEM_429 = b'{"type":"about:blank","title":"Too many requests","status":429}'
_CANNED = {
    "503": b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n",
    "429": b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\n"
    + b"Content-Type: application/problem+json\r\n"
    + f"Content-Length: {len(_PROBLEM_429)}\r\n\r\n".encode()
    + _PROBLEM_429,
}


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head + b"\r\n\r\n" + rest


def _forward(request: bytes, upstream: tuple[str, int]) -> bytes:
    """Send the request to the upstream central on a fresh connection; its whole answer."""
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"connection:", b"keep-alive:"))
    ]
    lines.append(b"Connection: close")
    with socket.create_connection(upstream, timeout=30) as up:
        up.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        chunks = []
        while chunk := up.recv(65536):
            chunks.append(chunk)
    answer = b"".join(chunks)
    # The upstream closes after each answer; tell the kiosk so too, it reconnects.
    return answer.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)


def _serve_mix(port_file: Path, upstream_url: str) -> None:
    host, _, port = upstream_url.removeprefix("http://").rstrip("/").partition(":")
    upstream = (host, int(port))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port_file.write_text(str(listener.getsockname()[1]))
    counter = iter(range(1, 1 << 62))
    lock = threading.Lock()

    def serve(conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            request = _read_request(conn)
            if request is None:
                return
            with lock:
                fault = MIX_FAULTS.get(next(counter) % MIX_PERIOD)
            if fault == "hang":
                while conn.recv(65536):
                    pass
            elif fault == "drip":
                for byte in _forward(request, upstream):
                    time.sleep(0.05)
                    conn.sendall(bytes([byte]))
            elif fault == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
            elif fault in _CANNED:
                conn.sendall(_CANNED[fault])
            else:
                conn.sendall(_forward(request, upstream))

    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


@contextlib.contextmanager
def faulty_central(mode: str, upstream: str = "") -> Iterator[str]:
    """Run a ``hang``, ``drip`` or ``mix`` central in a child process; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="kiosk-faulty-") as folder:
        port_file = Path(folder) / "port"
        extra = [upstream] if upstream else []
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.faulty_central", mode, str(port_file), *extra],
            cwd=ROOT,
        )
        try:
            deadline = time.monotonic() + 30
            while not (port_file.exists() and port_file.read_text().strip()):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the {mode} central did not start")
                time.sleep(0.05)
            yield f"http://127.0.0.1:{port_file.read_text().strip()}"
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=10)


def main(argv: list[str]) -> int:
    mode, port_file = argv[0], Path(argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if mode == "hang":
        _serve_hanging(port_file)
    elif mode == "drip":
        _serve_dripping(port_file)
    elif mode == "mix" and len(argv) == 3:
        _serve_mix(port_file, argv[2])
    else:
        print(
            "usage: python -m benchmarks.faulty_central hang|drip PORT_FILE | mix PORT_FILE URL",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
