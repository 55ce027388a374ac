"""Scan to pixels: from a wedge scanner's first key reaching the kiosk's window to the card
screen's first frame painted.

The kiosk is the one ``kiosk`` runs (window, flow, controller, task runner, HTTP client in its
worker thread), offscreen, in this process, against the reference central on loopback. Each scan
is typed as a keyboard-wedge scanner types it: a key press and release per character, then
Enter, delivered to the window as the window system delivers them (``QTest.sendKeyEvent`` on the
QWindow, spontaneous, timestamped when sent), one character every ``key_gap_ms`` on a precise
timer of the event loop. The keys go through the scanner's event filter, which recognises the
burst at its Enter; the scan then takes the road any scan takes (controller, flow, the central
call in a worker thread, the card screen filled and shown). The clock stops at the first
QEvent.Paint the card screen gets after the first key: Qt paints a widget's frame when it has
been shown and laid out, on the event loop's next update request.

So the figure is what a shopper waits for, minus the scanner's own reading of the barcode: the
time the scanner takes to type the code (``key_gap_ms`` x 14 keys) is part of it, and is also
given apart ("from Enter").
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest

from benchmarks import kiosk_loops

#: A USB keyboard-wedge scanner types a character every few milliseconds.
KEY_GAP_MS = 4


class FirstPaint(QObject):
    """Notes when the watched widget is next painted, once armed."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self._armed = False

    def arm(self) -> None:
        self.painted_at = None
        self._armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
            self._armed = False
        return False


def _keys(code: str) -> Iterator[tuple[Qt.Key, str]]:
    for char in code:
        yield Qt.Key(ord(char.upper())), char
    yield Qt.Key.Key_Return, "\r"


class _Scanner:
    """Types a code into ``window`` at a scanner's pace, from the event loop's precise timer."""

    def __init__(self, window: QWindow, key_gap_ms: int) -> None:
        self._window = window
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(key_gap_ms)
        self._timer.timeout.connect(self._next_key)
        self._pending: Iterator[tuple[Qt.Key, str]] = iter(())
        self.first_key_at = 0.0
        self.enter_at = 0.0

    def type(self, code: str) -> None:
        """Start typing ``code`` and Enter: the first key now, the others on the timer."""
        self._pending = _keys(code)
        self.first_key_at = time.perf_counter()
        self._next_key()
        self._timer.start()

    @property
    def typing(self) -> bool:
        return self._timer.isActive()

    def _next_key(self) -> None:
        key = next(self._pending, None)
        if key is None:
            self._timer.stop()
            return
        if key[0] == Qt.Key.Key_Return:
            self.enter_at = time.perf_counter()
        press, release = QTest.KeyAction.Press, QTest.KeyAction.Release
        for action in (press, release):
            QTest.sendKeyEvent(action, self._window, key[0], key[1], Qt.KeyboardModifier.NoModifier)


@dataclass
class PixelFigures:
    #: First key to the card screen's paint, each scan.
    from_first_key_s: list[float]
    #: Enter (the scanner's last key) to the same paint.
    from_enter_s: list[float]
    key_gap_ms: int


def measure_scan_to_pixels(url: str, scans: int, *, key_gap_ms: int = KEY_GAP_MS) -> PixelFigures:
    """``scans`` wedge scans of demo cards, each from its first key to the card screen painted,
    after one scan not counted (it builds the central client)."""
    from kiosk.core.flow import State

    first_key, from_enter = [], []
    with kiosk_loops.running_kiosk(kiosk_loops.kiosk_config(url)) as kiosk:
        window = kiosk.window.windowHandle()
        card_screen = kiosk.controller.screens.get(State.CARD)
        paint = FirstPaint()
        card_screen.installEventFilter(paint)
        scanner = _Scanner(window, key_gap_ms)
        try:
            for n in range(scans + 1):
                card = kiosk_loops.DEMO_CARDS[n % len(kiosk_loops.DEMO_CARDS)]
                kiosk.idle.restart()
                paint.arm()
                scanner.type(card)
                if not kiosk_loops.wait_until(lambda: paint.painted_at is not None, 30):
                    raise RuntimeError(
                        f"scan {n}: the card screen was not painted within 30 s; the window "
                        f"shows {kiosk.window.current_state()}"
                    )
                assert paint.painted_at is not None
                if n:
                    first_key.append(paint.painted_at - scanner.first_key_at)
                    from_enter.append(paint.painted_at - scanner.enter_at)
                kiosk_loops.wait_until(lambda: not scanner.typing, 5)
                kiosk.controller.done()
                kiosk_loops.wait_until(lambda: kiosk.window.current_state() is State.ATTRACT, 30)
        finally:
            card_screen.removeEventFilter(paint)
    return PixelFigures(first_key, from_enter, key_gap_ms)
