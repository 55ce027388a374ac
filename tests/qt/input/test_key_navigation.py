"""The kiosk driven from a keyboard or a tactile keypad: Tab and the arrows move a visible
highlight, Enter taps it, Escape goes back; keys of a wedge scan never tap a button."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.input.navigation import KEY_FOCUS_PROPERTY
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANNA = "2990000000019"


@pytest.fixture
def kiosk(qtbot: QtBot, manual_clock: ManualClock, central: EmbeddedCentral) -> Iterator[Driver]:
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker(demo_config(central.url, central.token), wizards=False)
    maker.close()


def press(kiosk: Driver, key: Qt.Key, text: str = "", gap_ms: int = 400) -> None:
    """A key from the window system, as a person presses it (slowly, for the scanner filter)."""
    kiosk.clock.ms += gap_ms
    for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
        QTest.sendKeyEvent(action, kiosk.handle, key, text, Qt.KeyboardModifier.NoModifier)


def highlighted(kiosk: Driver) -> str:
    navigator = kiosk.kiosk.navigator
    assert navigator is not None
    button = navigator.highlighted()
    if button is None:
        return ""
    assert button.property(KEY_FOCUS_PROPERTY) is True, "the highlight is drawn"
    return button.objectName()


def test_tab_enter_and_escape_drive_the_start_screen(kiosk: Driver) -> None:
    press(kiosk, Qt.Key.Key_Tab, "\t")
    first = highlighted(kiosk)
    assert first, "Tab highlights a button"
    seen = [first]
    for _ in range(12):
        press(kiosk, Qt.Key.Key_Down)
        seen.append(highlighted(kiosk))
        if seen[-1] == "programButton":
            break
    assert "programButton" in seen, seen
    assert {"largeTextButton", "contrastButton", "langEnButton"} <= set(seen)
    press(kiosk, Qt.Key.Key_Return, "\r")
    kiosk.wait_for_screen(State.PROGRAM)
    assert highlighted(kiosk) == "", "a new screen starts without a highlight"
    press(kiosk, Qt.Key.Key_Escape, "\x1b")
    kiosk.wait_for_screen(State.ATTRACT)


def test_up_goes_back_and_a_tap_drops_the_highlight(kiosk: Driver) -> None:
    press(kiosk, Qt.Key.Key_Tab, "\t")
    press(kiosk, Qt.Key.Key_Tab, "\t")
    second = highlighted(kiosk)
    press(kiosk, Qt.Key.Key_Up)
    press(kiosk, Qt.Key.Key_Down)
    assert highlighted(kiosk) == second
    kiosk.tap_window(5, kiosk.window.height() // 2)
    assert highlighted(kiosk) == ""


def test_a_scan_never_taps_the_highlighted_button(kiosk: Driver) -> None:
    press(kiosk, Qt.Key.Key_Tab, "\t")
    assert highlighted(kiosk)
    kiosk.scan(ANNA)  # its closing Enter belongs to the scan
    kiosk.wait_for_screen(State.CARD)
    kiosk.settle()
    assert kiosk.window.current_state() is State.CARD
    press(kiosk, Qt.Key.Key_Escape, "\x1b")
    kiosk.wait_for_screen(State.ATTRACT)


def test_enter_with_nothing_highlighted_goes_to_the_field(kiosk: Driver) -> None:
    kiosk.click(kiosk.kiosk.controller.screens.attract.ui.manualEntryButton)
    kiosk.wait_for_screen(State.MANUAL_ENTRY)
    kiosk.type_like_a_person(ANNA)  # ends with Enter: "find"
    kiosk.wait_for_screen(State.CARD)
