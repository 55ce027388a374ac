"""A production start of the real ``kiosk`` command: logging, systemd readiness and the
start-up measurement hook, end to end in a subprocess (offscreen, central unreachable)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.core.runtime.startup_timing import seconds_since_process_start


def _config(tmp_path: Path) -> Path:
    with socket.socket() as probe:  # a port nobody listens on: the central is unreachable
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[central]\nurl = "http://127.0.0.1:{port}"\nterminal_id = "STORE7-K2"\n'
        f'token = "t0ken"\n\n[logging]\ndir = "{tmp_path / "logs"}"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_kiosk_starts_logs_notifies_systemd_and_reports_when_ready(tmp_path: Path) -> None:
    notify_path = str(tmp_path / "notify.sock")
    systemd = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    systemd.bind(notify_path)
    systemd.settimeout(0)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_EXIT_WHEN_READY": "1",
        "NOTIFY_SOCKET": notify_path,
    }
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk.main", "--config", str(_config(tmp_path))],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        messages = []
        while True:
            try:
                messages.append(systemd.recv(100).decode())
            except BlockingIOError:
                break
    finally:
        systemd.close()

    assert result.returncode == 0, result.stderr
    assert "kiosk ready for a scan" in result.stdout
    assert "s after the process started" in result.stdout
    assert messages[0] == "READY=1"
    assert messages[-1] == "STOPPING=1"
    log_lines = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8").splitlines()
    assert log_lines[0].endswith(f"kiosk {__version__} starting (terminal STORE7-K2)")


def test_seconds_since_process_start_from_proc(tmp_path: Path) -> None:
    (tmp_path / "self").mkdir()
    ticks = os.sysconf("SC_CLK_TCK")
    fields = ["S"] + ["0"] * 18 + [str(5000 * ticks)] + ["0"] * 30
    (tmp_path / "self" / "stat").write_text(f"4242 (kiosk (main) x) {' '.join(fields)}\n")
    (tmp_path / "uptime").write_text("5001.25 9000.00\n")

    if not sys.platform.startswith("linux"):
        assert seconds_since_process_start(tmp_path) is None
        return
    assert seconds_since_process_start(tmp_path) == pytest.approx(1.25)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_seconds_since_this_process_started() -> None:
    elapsed = seconds_since_process_start()

    assert elapsed is not None
    assert 0 < elapsed < 24 * 3600
    assert seconds_since_process_start(Path("/nonexistent")) is None
