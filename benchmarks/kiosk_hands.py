"""Hands on a real kiosk for the soak's sessions (benchmarks/sessions.py): taps, scans through
the window, fake timers fired, and the kiosk and central a soak runs against."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import kiosk_loops
from benchmarks.census import ANSWER_S
from benchmarks.faulty_central import faulty_central

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.core.flow import State
    from kiosk.core.runtime.config import KioskConfig
    from kiosk.qt.app import Kiosk
    from tests.support.fake_clocks import FakeClock
    from tests.support.fake_timers import FakeTimers


# --- hands on the kiosk ---------------------------------------------------------------------------


class Hands:
    """Drives a real kiosk as a visitor does: scans through the window, taps, and the timers a
    visitor who walks away lets run out."""

    def __init__(self, kiosk: Kiosk, timers: FakeTimers, clock: FakeClock) -> None:
        self.kiosk = kiosk
        self.timers = timers
        self.clock = clock
        self.waits_run_out: Counter[str] = Counter()

    @property
    def state(self) -> State | None:
        return self.kiosk.window.current_state()

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner's burst: a key press and release 8 ms apart per character,
        then Enter, then the scanner falls silent and the filter hands the code on."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.kiosk.window.windowHandle()
        assert window is not None
        action, plain = QTest.KeyAction, Qt.KeyboardModifier.NoModifier
        for char in (*code, "\r"):
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
            self.clock.ms += 8
            QTest.sendKeyEvent(action.Press, window, key, char, plain)
            QTest.sendKeyEvent(action.Release, window, key, char, plain)
        flush = self.timers.named("scanner-flush")
        if flush.isActive():
            self.clock.ms += flush.interval()
            flush.fire()

    def tap(self, widget: QWidget) -> bool:
        """Tap ``widget`` if it is there to tap: False when it is hidden or disabled (an answer
        that did not come as the journey expected)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not (widget.isVisible() and widget.isEnabled()):
            return False
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.clock.ms += 700  # a person's pace; the corner taps count on this clock
        return True

    def tap_corner(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        window = self.kiosk.window.windowHandle()
        assert window is not None
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        self.clock.ms += 300

    def wait(self, condition: Callable[[], bool], timeout_s: float = ANSWER_S) -> bool:
        """Run the event loop until ``condition()``; False after ``timeout_s``, counted in
        :attr:`waits_run_out` by the journey's line that waited (a kiosk that got stuck)."""
        if kiosk_loops.wait_until(condition, timeout_s):
            return True
        if timeout_s > 0:
            caller = sys._getframe(1)
            if caller.f_code.co_name.startswith("wait"):
                caller = caller.f_back or caller
            self.waits_run_out[f"{caller.f_code.co_name}:{caller.f_lineno}"] += 1
        return False

    def wait_for(self, *states: State) -> bool:
        return self.wait(lambda: self.state in states)

    def fire_if_running(self, name: str) -> bool:
        running = [t for t in self.timers.all_named(name) if t.isActive()]
        for timer in running:
            timer.fire()
        return bool(running)

    def walk_away(self) -> None:
        """Nobody touches the kiosk: the idle timer runs out (a signed-in cashier's own idle
        timer too), and where a screen asks "are you still here?" first, its countdown runs out
        too."""
        self.kiosk.idle.restart()
        self.timers.named("idle").fire()
        self.fire_if_running("staff-idle")
        for _ in range(300):
            if not self.fire_if_running("still-here"):
                break

    def settle(self) -> None:
        """Every background task done and its answer delivered; objects let go deleted."""
        from PySide6.QtCore import QCoreApplication

        self.kiosk.runner.wait_for_done(int(ANSWER_S * 1000))
        QCoreApplication.processEvents()
        kiosk_loops.wait_until(lambda: True, 0)  # it runs deleteLater()'s deletions


@contextlib.contextmanager
def session_kiosk(
    config: KioskConfig, *, today: Callable[[], dt.date] = dt.date.today
) -> Iterator[Hands]:
    """A real kiosk for ``config`` with fake timers and clock, started as the kiosk starts
    (its deferred start-up done, the program fetched), shown offscreen; shut down and deleted
    at the end."""
    from PySide6.QtWidgets import QApplication

    from kiosk.qt.app import build_kiosk, show_kiosk
    from tests.support.fake_clocks import FakeClock
    from tests.support.fake_timers import FakeTimers

    app = QApplication.instance() or QApplication(["kiosk-soak"])
    assert isinstance(app, QApplication)
    data_dir = tempfile.mkdtemp(prefix="kiosk-soak-data-")
    clock, timers = FakeClock(), FakeTimers()
    kiosk = build_kiosk(
        replace(config, data_dir=data_dir),
        app=app,
        scanner_clock_ms=clock,
        timers=timers,
        clock=clock.seconds,
        today=today,
        tap_guard_ms=0,  # taps come as soon as a screen is up; the guard has tests of its own
    )
    try:
        show_kiosk(kiosk, fullscreen=False)
        kiosk.start_background_work()
        kiosk.finish_startup()
        kiosk.window.activateWindow()
        kiosk_loops.wait_until(lambda: QApplication.activeWindow() is kiosk.window, 10)
        hands = Hands(kiosk, timers, clock)
        hands.settle()
        yield hands
    finally:
        kiosk.shutdown()
        kiosk.window.deleteLater()
        kiosk_loops.wait_until(lambda: False, 0.05)
        shutil.rmtree(data_dir, ignore_errors=True)


@contextlib.contextmanager
def soak_central(folder: Path) -> Iterator[str]:
    """The reference central (``kiosk-central --demo-data``) in a child process, behind the
    faulty proxy's ``mix`` (one request in ten hangs, drips, is reset, gets a 503 or a 429) in
    another: yields the proxy's URL. Its SMS limit per terminal is lifted: registrations come
    far more often here than in a store's hour."""
    with (
        kiosk_loops.reference_central(folder, "--sms-per-terminal", "1000000") as upstream,
        faulty_central("mix", upstream) as url,
    ):
        yield url
