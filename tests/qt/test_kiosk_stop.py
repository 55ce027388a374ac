"""Stopping the kiosk from outside, and what a stop leaves behind. A real ``kiosk --demo`` in a
child process (offscreen), stopped once it is ready and its activation outbox is open.

SIGTERM (systemd stopping the unit) and SIGINT (Ctrl+C in a terminal) end it the way leaving
kiosk mode does, with systemd told, the outbox's sender joined and its database closed, and exit
status 0. The demo keeps its session (database, outbox) in one per-user demo folder: wiped when
the demo ends, kept after a crash so that the next start delivers what was queued, and nothing
in the temp folder either way."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.core.cashier.outbox import ActivationOutbox
from kiosk.core.runtime.config import DEMO_TERMINAL_ID

#: Seconds the demo kiosk may take to start, or to stop.
PATIENCE_S = 30
OUTBOX = "activation-outbox.sqlite3"
SOLD_CARD = "2990000020017"  # sold at the till, not activated yet (README)


def _wait_for(condition: Callable[[], bool], what: str, deadline: float) -> None:
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


class DemoKiosk:
    """``kiosk --demo`` in a child process, its platform folders and temp folder in ``root``, and
    a datagram socket standing in for systemd's notify socket."""

    def __init__(self, root: Path, *extra_args: str) -> None:
        self.root = root
        self.temp = root / "tmp"
        self.temp.mkdir(exist_ok=True)
        self.systemd = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify_path = root / f"notify-{time.monotonic_ns()}.sock"
        self.systemd.bind(str(notify_path))
        self.messages: list[str] = []
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "NOTIFY_SOCKET": str(notify_path),
            "XDG_STATE_HOME": str(root / "state"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_DATA_HOME": str(root / "data"),
            "TMPDIR": str(self.temp),
        }
        env.pop("KIOSK_EXIT_WHEN_READY", None)
        command = [sys.executable, "-m", "kiosk.main", "--demo", "--windowed", *extra_args]
        self.child = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.stderr = ""

    @property
    def log(self) -> str:
        path = self.root / "state" / "loyalty-kiosk" / "log" / "kiosk.log"
        return path.read_text("utf-8") if path.exists() else ""

    def receive(self, want: str, deadline: float) -> None:
        """Notifications until ``want`` arrives (failing if it does not by ``deadline``)."""
        while want not in self.messages:
            self.systemd.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                self.messages.append(self.systemd.recv(100).decode())
            except TimeoutError:
                raise AssertionError(f"no {want} from the kiosk, only {self.messages}") from None

    def wait_until_the_outbox_is_open(self, outbox: Path) -> None:
        deadline = time.monotonic() + PATIENCE_S
        self.receive("READY=1", deadline)
        # The outbox opens a few turns of the event loop after ready (cashier mode is installed
        # after the other screens); its write-ahead log is there while it is open.
        wal = outbox.with_name(outbox.name + "-wal")
        _wait_for(wal.exists, "the activation outbox to open", deadline)

    def stop(self, signum: int) -> int:
        self.child.send_signal(signum)
        _out, self.stderr = self.child.communicate(timeout=PATIENCE_S)
        if signum != signal.SIGKILL:
            self.receive("STOPPING=1", time.monotonic() + 1)
        return self.child.returncode

    def close(self) -> None:
        if self.child.poll() is None:
            self.child.kill()
            self.child.communicate()
        self.systemd.close()


@pytest.fixture
def demo_kiosks(tmp_path: Path) -> Iterator[Callable[..., DemoKiosk]]:
    started: list[DemoKiosk] = []

    def start(*extra_args: str) -> DemoKiosk:
        started.append(DemoKiosk(tmp_path, *extra_args))
        return started[-1]

    yield start
    for kiosk in started:
        kiosk.close()


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_kiosk_cleanly(
    tmp_path: Path, demo_kiosks: Callable[..., DemoKiosk], signum: signal.Signals
) -> None:
    outbox = tmp_path / OUTBOX  # next to the --db file
    kiosk = demo_kiosks("--db", str(tmp_path / "demo.sqlite3"))
    kiosk.wait_until_the_outbox_is_open(outbox)

    assert kiosk.stop(signum) == 0, kiosk.stderr
    assert "Traceback" not in kiosk.stderr
    assert kiosk.messages[-1] == "STOPPING=1"
    # Closed cleanly: SQLite folds the write-ahead log into the database and removes it when
    # the last connection closes; a killed kiosk leaves it behind.
    assert outbox.exists()
    assert not outbox.with_name(OUTBOX + "-wal").exists(), "the activation outbox was not closed"
    assert f"kiosk stopping on {signum.name}" in kiosk.log
    assert kiosk.log.splitlines()[-1].endswith("kiosk stopped")


@pytest.mark.slow
def test_the_demo_folder_outlives_a_crash_and_goes_when_the_demo_ends(
    tmp_path: Path, demo_kiosks: Callable[..., DemoKiosk]
) -> None:
    folder = tmp_path / "state" / "loyalty-kiosk" / "demo"
    outbox = folder / OUTBOX
    crashed = demo_kiosks()
    crashed.wait_until_the_outbox_is_open(outbox)
    assert crashed.stop(signal.SIGKILL) == -signal.SIGKILL
    # What the shopper's card was scanned into stays in the demo folder, nowhere else.
    assert list(crashed.temp.iterdir()) == []
    assert outbox.exists()
    # An activation the crashed kiosk had queued while cut off from its central.
    with ActivationOutbox(outbox) as queue:
        queue.add(SOLD_CARD, "S-0001", DEMO_TERMINAL_ID)

    resumed = demo_kiosks()
    resumed.wait_until_the_outbox_is_open(outbox)
    delivered = f"activation of •••• {SOLD_CARD[-4:]} (row 1): activated"
    _wait_for(lambda: delivered in resumed.log, "the queued activation", time.monotonic() + 20)
    assert resumed.stop(signal.SIGTERM) == 0, resumed.stderr

    assert "demo session resumed" in resumed.stderr
    left = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert left == [], "the demo's data outlived it"
    assert list(resumed.temp.iterdir()) == []
