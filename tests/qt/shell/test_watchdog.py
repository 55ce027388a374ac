"""systemd notifications: readiness, watchdog pings from the GUI loop, silence when it freezes.

systemd is played by a real AF_UNIX datagram socket in a temporary folder; a receiver thread
stamps each message with its arrival time, so the test can see when pings did and did not come.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.core.runtime.sdnotify import SdNotifier
from kiosk.qt.shell.watchdog import WatchdogPinger
from tests.support.fake_timers import FakeTimers


@dataclass
class FakeSystemd:
    """The receiving end of $NOTIFY_SOCKET: every message with its monotonic arrival time."""

    path: str
    sock: socket.socket
    messages: list[tuple[float, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)

    def receive_forever(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            with self._lock:
                self.messages.append((time.monotonic(), data.decode()))

    def stop(self) -> None:
        self._stop.set()

    def received(self, state: str | None = None) -> list[tuple[float, str]]:
        with self._lock:
            return [m for m in self.messages if state is None or m[1] == state]


@pytest.fixture
def fake_systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSystemd]:
    path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.02)
    fake = FakeSystemd(path, sock)
    receiver = threading.Thread(target=fake.receive_forever, name="fake-systemd")
    receiver.start()
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    try:
        yield fake
    finally:
        fake.stop()
        receiver.join(timeout=2)
        sock.close()


def test_ready_is_sent_once_the_event_loop_runs(fake_systemd: FakeSystemd, qtbot: QtBot) -> None:
    pinger = WatchdogPinger(SdNotifier())
    with qtbot.waitSignal(pinger.ready, timeout=1000):
        pinger.start()
        assert fake_systemd.received("READY=1") == []  # not before the loop turns
    qtbot.waitUntil(lambda: len(fake_systemd.received("READY=1")) == 1, timeout=1000)
    pinger.stop()


def test_a_second_start_does_not_announce_readiness_again(fake_systemd: FakeSystemd) -> None:
    timers = FakeTimers()
    pinger = WatchdogPinger(SdNotifier(), timers=timers)
    announced: list[bool] = []
    pinger.ready.connect(lambda: announced.append(True))
    pinger.start()
    timers.fire("watchdog-ready")  # the event loop's first turn
    pinger.start()
    assert not timers.named("watchdog-ready").isActive()
    assert announced == [True] and pinger.is_ready
    pinger.stop()


def test_pings_go_out_every_half_interval(
    fake_systemd: FakeSystemd, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "100000")  # 0.1 s
    timers = FakeTimers()
    pinger = WatchdogPinger(SdNotifier(), timers=timers)
    assert pinger.ping_interval_ms == 50
    pinger.start()
    pings = timers.named("watchdog")
    assert pings.isActive() and pings.interval() == 50
    for _ in range(3):
        pings.fire()
    qtbot.waitUntil(lambda: len(fake_systemd.received("WATCHDOG=1")) == 3, timeout=1000)
    pinger.stop()
    assert not pings.isActive()
    qtbot.waitUntil(lambda: len(fake_systemd.received("STOPPING=1")) == 1, timeout=1000)


def test_a_blocked_event_loop_stops_the_pings(
    fake_systemd: FakeSystemd, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Real timers on purpose: what is under test is that a frozen event loop stops the pings
    # (which a fake timer, fired by the test, cannot show).
    monkeypatch.setenv("WATCHDOG_USEC", "100000")  # 0.1 s
    pinger = WatchdogPinger(SdNotifier())
    block: dict[str, float] = {}

    def freeze_the_gui_thread() -> None:
        block["start"] = time.monotonic()
        time.sleep(0.5)  # a slot that hangs for five watchdog intervals
        block["end"] = time.monotonic()

    pinger.start()
    qtbot.waitUntil(lambda: len(fake_systemd.received("WATCHDOG=1")) >= 2, timeout=2000)
    QTimer.singleShot(0, freeze_the_gui_thread)
    qtbot.waitUntil(lambda: "end" in block, timeout=2000)
    qtbot.waitUntil(
        lambda: any(t > block["end"] for t, _ in fake_systemd.received("WATCHDOG=1")),
        timeout=2000,
    )
    pinger.stop()

    stamps = [t for t, _ in fake_systemd.received("WATCHDOG=1")]
    # Nothing arrives while the loop is frozen (a ping already in flight may land just after
    # the freeze began), so systemd sees a gap longer than WatchdogSec and restarts the kiosk.
    during = [t for t in stamps if block["start"] + 0.02 < t < block["end"]]
    assert during == []
    last_before = max(t for t in stamps if t <= block["start"] + 0.02)
    first_after = min(t for t in stamps if t >= block["end"])
    assert first_after - last_before > 0.1


def test_without_systemd_nothing_is_sent_and_ready_still_fires(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", "100000")
    notifier = SdNotifier()
    pinger = WatchdogPinger(notifier)

    assert not notifier.enabled
    assert notifier.notify("READY=1") is False
    assert pinger.ping_interval_ms is None
    with qtbot.waitSignal(pinger.ready, timeout=1000):
        pinger.start()
    assert pinger.is_ready
    pinger.stop()


def test_abstract_namespace_socket(qtbot: QtBot) -> None:
    name = f"kiosk-test-{os.getpid()}-{time.monotonic_ns()}"
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(b"\0" + name.encode())
    receiver.settimeout(1)
    try:
        notifier = SdNotifier(f"@{name}")
        assert notifier.notify("READY=1")
        assert receiver.recv(100) == b"READY=1"
    finally:
        receiver.close()


def test_notify_to_a_vanished_socket_is_harmless(tmp_path: Path) -> None:
    notifier = SdNotifier(str(tmp_path / "gone.sock"))

    assert notifier.enabled
    assert notifier.notify("WATCHDOG=1") is False
    assert notifier.notify("WATCHDOG=1") is False


@pytest.mark.parametrize(
    ("usec", "pid", "expected"),
    [
        ("30000000", None, 30.0),
        ("30000000", "self", 30.0),
        ("30000000", "1", None),  # the watchdog belongs to another process
        ("0", None, None),
        ("", None, None),
        ("junk", None, None),
    ],
)
def test_watchdog_interval_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, usec: str, pid: str | None, expected: float | None
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", usec)
    if pid is None:
        monkeypatch.delenv("WATCHDOG_PID", raising=False)
    else:
        monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()) if pid == "self" else pid)

    assert SdNotifier("").watchdog_interval_s() == expected
