"""The tap guard: taps are ignored for 0.4 s after any change of screen (a tap's own too), and
after a widget said its view changed in place; a tap after that is taken."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.qt.shell.tap_guard import TAP_GUARD_MS, TapGuard, view_changed
from tests.support.fake_clocks import KioskClock


def _mouse(kind: QEvent.Type) -> QMouseEvent:
    return QMouseEvent(
        kind,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _tap(guard: TapGuard, target: QWidget) -> tuple[bool, bool]:
    """Whether the guard swallowed the press and the release of a tap on ``target``."""
    pressed = guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonPress))
    released = guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonRelease))
    return pressed, released


def _guard(qtbot: QtBot, guard_ms: int = TAP_GUARD_MS) -> tuple[TapGuard, KioskClock, QWidget]:
    target = QWidget()
    qtbot.addWidget(target)
    clock = KioskClock()
    guard = TapGuard(target, guard_ms=guard_ms, clock=clock)
    return guard, clock, target


def test_taps_are_taken_until_the_screen_changes(qtbot: QtBot) -> None:
    guard, clock, target = _guard(qtbot)
    assert _tap(guard, target) == (False, False)
    clock.advance(0.05)
    assert _tap(guard, target) == (False, False)


def test_after_a_change_taps_are_ignored_for_0_4_s_with_their_releases(qtbot: QtBot) -> None:
    guard, clock, target = _guard(qtbot)
    assert _tap(guard, target) == (False, False)
    guard.screen_changed()  # the tap's own change counts as any other
    clock.advance(0.08)
    assert _tap(guard, target) == (True, True)
    clock.advance(0.31)  # 0.39 s after the change
    assert _tap(guard, target) == (True, True)
    clock.advance(0.02)
    assert _tap(guard, target) == (False, False)


def test_a_second_press_of_a_quick_pair_is_a_press_too(qtbot: QtBot) -> None:
    guard, _clock, target = _guard(qtbot)
    guard.screen_changed()
    assert guard.eventFilter(target, _mouse(QEvent.Type.MouseButtonDblClick)) is True


def test_a_widget_changing_in_place_arms_the_guard_through_the_application(
    qtbot: QtBot, qapp: QApplication
) -> None:
    guard, clock, target = _guard(qtbot)
    qapp.installEventFilter(guard)
    try:
        view_changed(target)  # not on screen: nothing
        assert not guard.guarding()
        target.show()
        view_changed(target)
        assert guard.guarding()
        clock.advance(0.41)
        assert not guard.guarding()
    finally:
        qapp.removeEventFilter(guard)


def test_a_guard_of_0_ms_ignores_nothing(qtbot: QtBot) -> None:
    guard, _clock, target = _guard(qtbot, guard_ms=0)
    guard.screen_changed()
    assert _tap(guard, target) == (False, False)
