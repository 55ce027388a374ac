"""The tap guard: taps are ignored for a moment after a screen changed by itself, never after a
tap's own change, however long that tap's handling takes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.qt.shell.tap_guard import TapGuard
from tests.support.fake_timers import FakeTimers


class Clock:
    """Monotonic seconds that move only when the test moves them."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _mouse(kind: QEvent.Type) -> QMouseEvent:
    return QMouseEvent(
        kind,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _guard(qtbot: QtBot) -> tuple[TapGuard, Clock, QWidget]:
    target = QWidget()
    qtbot.addWidget(target)
    clock = Clock()
    guard = TapGuard(target, guard_ms=500, timers=FakeTimers(), clock=clock)
    return guard, clock, target


def test_a_change_by_itself_arms_the_guard_and_a_press_is_then_swallowed(qtbot: QtBot) -> None:
    guard, clock, target = _guard(qtbot)
    clock.advance(10)
    guard.screen_changed()
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonPress)) is True
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonRelease)) is True


def test_a_taps_own_change_arms_nothing_however_long_the_tap_takes(qtbot: QtBot) -> None:
    guard, clock, target = _guard(qtbot)
    clock.advance(10)
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonPress)) is False
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonRelease)) is False
    clock.advance(0.8)  # the tap builds the next screen on a slow terminal
    guard.screen_changed()
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonPress)) is False
    guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonRelease))

    # Once the tap is handled, a later change is the screen's own again.
    QCoreApplication.sendPostedEvents(guard)
    clock.advance(1)
    guard.screen_changed()
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonPress)) is True
