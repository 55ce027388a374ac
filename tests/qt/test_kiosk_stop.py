"""Stopping the kiosk from outside: SIGTERM (systemd stopping the unit) and SIGINT (Ctrl+C in a
terminal) end it the way leaving kiosk mode does, with systemd told, the activation outbox's
sender joined and its database closed, and exit status 0. A real ``kiosk --demo`` in a child
process (offscreen) is stopped once it is ready and its outbox is open."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

#: Seconds the demo kiosk may take to start, or to stop.
PATIENCE_S = 30


def _receive(systemd: socket.socket, want: str, deadline: float) -> list[str]:
    """Notifications until ``want`` arrives (raising if it does not by ``deadline``)."""
    got: list[str] = []
    while want not in got:
        systemd.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            got.append(systemd.recv(100).decode())
        except TimeoutError:
            raise AssertionError(f"no {want} from the kiosk, only {got}") from None
    return got


def _wait_for(condition: Callable[[], bool], what: str, deadline: float) -> None:
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_kiosk_cleanly(tmp_path: Path, signum: signal.Signals) -> None:
    notify_path = str(tmp_path / "notify.sock")
    systemd = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    systemd.bind(notify_path)
    outbox = tmp_path / "activation-outbox.sqlite3"  # next to the --db file
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": notify_path,
        # The platform's folders (logs, demo data) inside the test's own.
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("KIOSK_EXIT_WHEN_READY", None)
    command = [sys.executable, "-m", "kiosk.main", "--demo", "--windowed"]
    command += ["--db", str(tmp_path / "demo.sqlite3")]
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + PATIENCE_S
        messages = _receive(systemd, "READY=1", deadline)
        # The outbox opens a few turns of the event loop after ready (cashier mode is installed
        # after the other screens); its write-ahead log is there while it is open.
        wal = outbox.with_name(outbox.name + "-wal")
        _wait_for(wal.exists, "the activation outbox to open", deadline)
        child.send_signal(signum)
        _out, err = child.communicate(timeout=PATIENCE_S)
        messages += _receive(systemd, "STOPPING=1", time.monotonic() + 1)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
        systemd.close()

    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert messages[-1] == "STOPPING=1"
    # Closed cleanly: SQLite folds the write-ahead log into the database and removes it when
    # the last connection closes; a killed kiosk leaves it behind.
    assert outbox.exists()
    assert not wal.exists(), "the activation outbox was not closed"
    log = (tmp_path / "state" / "loyalty-kiosk" / "log" / "kiosk.log").read_text("utf-8")
    assert f"kiosk stopping on {signum.name}" in log
    assert log.splitlines()[-1].endswith("kiosk stopped")
