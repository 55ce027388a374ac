"""The stop signals reach the event loop as one Qt signal, and go back to their old handlers."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.qt.shell.stop_signals import StopSignals


@pytest.fixture
def stop_signals() -> Iterator[StopSignals]:
    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    catcher = StopSignals()
    assert catcher.install()
    yield catcher
    catcher.uninstall()
    assert {s: signal.getsignal(s) for s in before} == before
    assert signal.set_wakeup_fd(-1) == -1, "the wakeup socket was left in place"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_is_emitted_on_the_event_loop_once(
    qtbot: QtBot, stop_signals: StopSignals, signum: signal.Signals
) -> None:
    names: list[str] = []
    stop_signals.received.connect(names.append)
    with qtbot.waitSignal(stop_signals.received, timeout=5000):
        os.kill(os.getpid(), signum)
    os.kill(os.getpid(), signal.SIGTERM)  # a second one while the kiosk stops
    qtbot.wait(50)
    assert names == [signum.name]


def test_nothing_is_installed_off_the_main_thread() -> None:
    installed: list[bool] = []
    worker = threading.Thread(target=lambda: installed.append(StopSignals().install()))
    worker.start()
    worker.join()
    assert installed == [False]
