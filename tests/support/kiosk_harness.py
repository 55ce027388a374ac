"""Helpers for the kiosk journey tests: a real kiosk (window, flow, scanner filter, task runner,
HTTP client) against a central on loopback, driven by key events and taps, with a fake clock for the
scanner and fake timers (tests/support/fake_timers.py) so that nothing sleeps: a test fires the
timer
whose time would be up."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.core.flow import State
from kiosk.core.runtime.config import KioskConfig
from kiosk.main import demo_cards
from kiosk.qt.app import DemoNetwork, Kiosk, build_kiosk, show_kiosk
from kiosk.qt.controller import Screens
from kiosk.qt.shell.window import KioskWindow
from tests.support.fake_clocks import FakeClock
from tests.support.fake_timers import FakeTimer, FakeTimers

if TYPE_CHECKING:
    from kiosk.core.client import CentralClient
    from kiosk.selfcheck.report import SelfCheckReport


@dataclass
class Driver:
    kiosk: Kiosk
    qtbot: QtBot
    clock: FakeClock
    timers: FakeTimers

    @property
    def idle_timer(self) -> FakeTimer:
        return self.timers.named("idle")

    def run_out_still_here(self) -> int:
        """Let the running "are you still here?" countdown run out, a second per tick; the
        number of ticks it took."""
        (countdown,) = [t for t in self.timers.all_named("still-here") if t.isActive()]
        ticks = 0
        while countdown.isActive():
            countdown.fire()
            ticks += 1
            assert ticks <= 300, "the countdown never ends"
        return ticks

    @property
    def window(self) -> KioskWindow:
        return self.kiosk.window

    @property
    def handle(self) -> QWindow:
        handle = self.window.windowHandle()
        assert handle is not None
        return handle

    # -- input ------------------------------------------------------------------------------

    def type_keys(self, text: str, gaps_ms: list[int], *, enter: bool = True) -> None:
        """Key presses through the window, as the window system (or a wedge scanner) delivers
        them, with the given gaps on the scanner's clock."""
        keys = [(Qt.Key(ord(ch.upper())), ch) for ch in text]
        if enter:
            keys.append((Qt.Key.Key_Return, "\r"))
            gaps_ms = [*gaps_ms, gaps_ms[-1] if gaps_ms else 8]
        assert len(gaps_ms) == len(keys)
        for (key, key_text), gap in zip(keys, gaps_ms, strict=True):
            self.clock.ms += gap
            QTest.sendKeyEvent(
                QTest.KeyAction.Press, self.handle, key, key_text, Qt.KeyboardModifier.NoModifier
            )
            QTest.sendKeyEvent(
                QTest.KeyAction.Release, self.handle, key, key_text, Qt.KeyboardModifier.NoModifier
            )
        self.fall_silent()

    def fall_silent(self) -> None:
        """No key for a while after the last one: the scanner filter's flush timer runs out and
        hands on the keys it still holds."""
        flush = self.timers.all_named("scanner-flush")
        if flush and flush[-1].isActive():
            self.clock.ms += flush[-1].interval()
            flush[-1].fire()

    def scan(self, code: str, *, seed: int = 1) -> None:
        """A keyboard-wedge scanner burst: 5-15 ms between keys, ended by Enter."""
        rng = random.Random(seed)
        self.type_keys(code, [rng.randint(5, 15) for _ in code])

    def type_like_a_person(self, text: str, *, seed: int = 2) -> None:
        rng = random.Random(seed)
        self.type_keys(text, [rng.randint(140, 320) for _ in text])

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.objectName()} is not visible"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def tap_window(self, x: int, y: int) -> None:
        """A tap on the screen at window coordinates, through the window like a real one."""
        QTest.mouseClick(self.handle, Qt.MouseButton.LeftButton, pos=QPoint(x, y))

    # -- waiting and looking ----------------------------------------------------------------

    def wait_for_screen(self, state: State, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: self.window.current_state() is state, timeout=timeout)

    def settle(self) -> None:
        """Let every background task finish and deliver (or drop) its result."""
        assert self.kiosk.runner.wait_for_done(10_000)
        QApplication.processEvents()

    def visible_texts(self) -> str:
        return "\n".join(texts_of(self.window, visible_only=True))


def texts_of(root: QWidget, *, visible_only: bool = False) -> Iterator[str]:
    """Every text a widget tree holds (labels, fields, buttons), visible or not."""
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            yield widget.text()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.toPlainText()


class KioskMaker:
    """Builds, shows and (at :meth:`close`) shuts down real kiosks for a test."""

    def __init__(self, qtbot: QtBot, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.qtbot = qtbot
        self.today = today
        self.built: list[Kiosk] = []
        self._data_dirs: list[str] = []

    def __call__(
        self,
        config: KioskConfig,
        *,
        language: str | None = None,
        demo: bool = False,
        client: Callable[[], CentralClient] | None = None,
        settle: bool = True,
        wizards: bool = True,
        startup: bool = True,
        tap_guard_ms: int = 0,
        timers: FakeTimers | None = None,
        self_check: Callable[[], SelfCheckReport] | None = None,
        demo_network: DemoNetwork | None = None,
    ) -> Driver:
        """``wizards=False`` leaves out the registration and add-a-card wizards (the slowest
        part of a kiosk to build) and cashier mode for tests that never reach them.
        ``startup=False`` leaves the kiosk as it is the moment it is ready for a scan: only the
        start screen is built (the others are built when first needed), no program fetch yet,
        the rest of start-up left in ``kiosk.deferred``. Taps right after a screen change are
        not ignored here (``tap_guard_ms=0``): tests tap as soon as a screen is up, and the
        guard's clock (the fake clock) stands still unless a test moves it; the guard has tests
        of its own (tests/qt/test_kiosk_double_taps.py). The activation outbox goes to a fresh
        folder unless the config names one."""
        if config.data_dir is None:
            self._data_dirs.append(tempfile.mkdtemp(prefix="kiosk-test-data-"))
            config = replace(config, data_dir=self._data_dirs[-1])
        clock = FakeClock()
        timers = timers if timers is not None else FakeTimers()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        kiosk = build_kiosk(
            config,
            app=app,
            language=language,
            demo_cards=demo_cards() if demo else None,
            client=client,
            scanner_clock_ms=clock,
            timers=timers,
            clock=clock.seconds,
            today=self.today,
            tap_guard_ms=tap_guard_ms,
            self_check=self_check,
            demo_network=demo_network,
        )
        self.built.append(kiosk)
        show_kiosk(kiosk, fullscreen=False)
        # run_kiosk does these once the kiosk is ready for a scan, the start-up work one piece
        # per turn of the event loop.
        if startup:
            kiosk.start_background_work()
            if wizards:
                kiosk.finish_startup()
            else:
                kiosk.deferred.clear()
                for state in Screens.BUILD_ORDER:
                    kiosk.controller.screens.get(state)
        self.qtbot.waitExposed(kiosk.window)
        kiosk.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window)
        driver = Driver(kiosk, self.qtbot, clock, timers)
        if settle:
            driver.settle()  # the start screen's background program fetch
        return driver

    def close(self) -> None:
        for kiosk in self.built:
            kiosk.shutdown()
            # Gone for good, not just hidden: every stylesheet change re-polishes each widget
            # still alive, so windows left behind make each later kiosk slower to build.
            kiosk.window.deleteLater()
        self.built.clear()
        for folder in self._data_dirs:
            shutil.rmtree(folder, ignore_errors=True)
        self._data_dirs.clear()
