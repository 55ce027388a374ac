"""A misbehaving central in a process of its own, for the benchmarks and the soak test.

    python -m benchmarks.faulty_central hang|drip PORT_FILE

``hang`` accepts connections, reads the request and never answers; ``drip`` answers one byte
every 50 ms (tests/dripping_central.py). The port it listens on is written to PORT_FILE; it runs
until killed. A process of its own, so that its threads do not compete with the kiosk's GUI
thread for this interpreter's lock: the kiosk's own stalls are what is measured.
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
    sys.path.insert(0, str(ROOT / "tests"))
    from dripping_central import DrippingCentral

    with DrippingCentral(interval=0.05) as central:
        port_file.write_text(str(central.port))
        while True:
            time.sleep(3600)


@contextlib.contextmanager
def faulty_central(mode: str) -> Iterator[str]:
    """Run a ``hang`` or ``drip`` central in a child process; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="kiosk-faulty-") as folder:
        port_file = Path(folder) / "port"
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.faulty_central", mode, str(port_file)],
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
    else:
        print("usage: python -m benchmarks.faulty_central hang|drip PORT_FILE", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
