"""The keyboard-wedge event filter: scans recognised application-wide, typing untouched.

Key events are real spontaneous key events (QTest), sent to the focused widget or through the
window as the window system does; their timing comes from an injected clock, and the flush timer
is a fake one that a test fires (:func:`fall_silent`), so no test sleeps.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.runtime.config import ScannerSettings
from kiosk.qt.input.wedge import ScannerInput
from tests.support.fake_timers import FakeTimers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CARD = "2990000000019"
ENTER = "\r"
TAB = "\t"
BACKSPACE = "\b"
_SPECIAL = {
    ENTER: (Qt.Key.Key_Return, "\r"),
    TAB: (Qt.Key.Key_Tab, "\t"),
    BACKSPACE: (Qt.Key.Key_Backspace, "\b"),
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000_000

    def __call__(self) -> int:
        return self.now


class KeySpy(QObject):
    """Records the key events that reach one widget (installed on the widget itself)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.events: list[tuple[str, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.events.append(("press", event.text()))  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.KeyRelease:
            self.events.append(("release", event.text()))  # type: ignore[attr-defined]
        return False


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("OK")
        for widget in (self.field, self.other, self.button):
            layout.addWidget(widget)


class Keyboard:
    """Types into a widget (or a window, as the window system does) on the fake clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def type(
        self, target: QWidget | QWindow, text: str, gaps: list[int] | int, *, first_gap: int = 0
    ) -> None:
        gap_list = [gaps] * len(text) if isinstance(gaps, int) else [first_gap, *gaps]
        assert len(gap_list) == len(text)
        for char, gap in zip(text, gap_list, strict=True):
            self.clock.now += gap
            key, key_text = _SPECIAL.get(char, (Qt.Key(ord(char.upper())), char))
            shifted = char != char.lower()
            modifier = (
                Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
            )
            QTest.sendKeyEvent(QTest.KeyAction.Press, target, key, key_text, modifier)
            QTest.sendKeyEvent(QTest.KeyAction.Release, target, key, key_text, modifier)


def scanner_gaps(count: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(5, 15) for _ in range(count)]


def human_gaps(count: int, seed: int, low: int = 120, high: int = 300) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(count)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keyboard(clock: FakeClock) -> Keyboard:
    return Keyboard(clock)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.field.setFocus()
    return form


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


def fall_silent(timers: FakeTimers, clock: FakeClock) -> None:
    """No key after the last one: the flush timer runs out (if it was started)."""
    flush = timers.named("scanner-flush")
    if flush.isActive():
        clock.now += flush.interval()
        flush.fire()


def _installed(
    settings: ScannerSettings, clock: FakeClock, timers: FakeTimers
) -> Iterator[ScannerInput]:
    scanner = ScannerInput(settings, clock_ms=clock, timers=timers)
    scanner.install(QApplication.instance())
    yield scanner
    scanner.uninstall()


@pytest.fixture
def scanner(clock: FakeClock, timers: FakeTimers) -> Iterator[ScannerInput]:
    yield from _installed(ScannerSettings(), clock, timers)


@pytest.fixture
def badge_scanner(clock: FakeClock, timers: FakeTimers) -> Iterator[ScannerInput]:
    yield from _installed(ScannerSettings(min_length=5), clock, timers)


def _scans(scanner: ScannerInput) -> list[str]:
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    return scans


# --- scans --------------------------------------------------------------------------------------


def test_burst_ended_by_enter_is_scanned_once_and_never_reaches_the_field(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    spy = KeySpy(form.field)
    returns: list[str] = []
    form.field.returnPressed.connect(lambda: returns.append(form.field.text()))
    keyboard.type(form.field, CARD + ENTER, scanner_gaps(len(CARD), seed=1))
    assert scans == [CARD]
    assert form.field.text() == "" and returns == []
    assert spy.events == [], "the field never saw a key of the scan, not even a release"
    assert not scanner.holding


def test_burst_ended_by_tab_keeps_focus(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    keyboard.type(form.field, CARD + TAB, scanner_gaps(len(CARD), seed=2))
    assert scans == [CARD]
    assert form.field.text() == "" and form.field.hasFocus()


def test_burst_ended_by_the_flush_timer(
    form: Form, scanner: ScannerInput, keyboard: Keyboard, timers: FakeTimers, clock: FakeClock
) -> None:
    scans = _scans(scanner)
    keyboard.type(form.field, CARD, scanner_gaps(len(CARD) - 1, seed=3))
    assert scans == [] and scanner.holding
    flush = timers.named("scanner-flush")
    assert flush.isActive() and flush.interval() == 100, "100 ms of silence after the last key"
    assert flush.timer_type is Qt.TimerType.PreciseTimer
    fall_silent(timers, clock)
    assert scans == [CARD] and form.field.text() == ""


def test_a_busy_event_loop_does_not_split_a_burst(
    qtbot: QtBot, form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    keyboard.type(form.field, CARD[:6], scanner_gaps(5, seed=5))
    # The GUI thread is busy (building a screen) past the flush time; the rest of the burst
    # waits in the queue meanwhile.
    time.sleep(0.2)
    QApplication.processEvents()  # the late flush timer fires first
    assert scans == [] and scanner.holding
    keyboard.type(form.field, CARD[6:] + ENTER, scanner_gaps(len(CARD) - 6, seed=6), first_gap=8)
    assert scans == [CARD] and form.field.text() == ""


def test_scan_recognised_whichever_widget_has_focus(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    form.other.setFocus()
    keyboard.type(form.other, CARD + ENTER, scanner_gaps(len(CARD), seed=4))
    form.button.setFocus()
    clicks: list[bool] = []
    form.button.clicked.connect(clicks.append)
    keyboard.type(form.button, "2990000000026" + ENTER, 8, first_gap=500)
    assert scans == [CARD, "2990000000026"]
    assert form.field.text() == form.other.text() == "" and clicks == []


def test_burst_under_russian_layout_decodes(
    form: Form, badge_scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(badge_scanner)
    spy = KeySpy(form.field)
    keyboard.type(form.field, "И0001" + ENTER, [6, 7, 6, 8, 6])
    assert scans == ["B0001"]
    assert form.field.text() == ""
    assert ("press", "И") not in spy.events and ("release", "И") not in spy.events


def test_burst_with_shifted_latin_letters(
    form: Form, badge_scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(badge_scanner)
    keyboard.type(form.field, "B0002" + ENTER, 7)
    assert scans == ["B0002"] and form.field.text() == ""


# --- typing -------------------------------------------------------------------------------------


def test_slow_typing_reaches_the_field_and_is_no_scan(
    form: Form, scanner: ScannerInput, keyboard: Keyboard, timers: FakeTimers, clock: FakeClock
) -> None:
    scans = _scans(scanner)
    text = "Anna 2990000000019"
    keyboard.type(form.field, text, human_gaps(len(text) - 1, seed=5))
    assert form.field.text() == text[:-1] and scanner.holding, "the last key waits for silence"
    fall_silent(timers, clock)
    assert form.field.text() == text
    assert scans == [] and not scanner.holding


def test_fast_typing_with_enter_loses_nothing_and_keeps_order(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    returns: list[str] = []
    form.field.returnPressed.connect(lambda: returns.append(form.field.text()))
    keyboard.type(form.field, CARD + ENTER, human_gaps(len(CARD), seed=6, low=40, high=95))
    assert scans == []
    assert returns == [CARD], "Enter arrives after every held digit"


def test_backspace_applies_after_the_held_keys(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    keyboard.type(form.field, "123" + BACKSPACE, [50, 50, 50])
    assert form.field.text() == "12" and not scanner.holding


def test_space_on_a_focused_button_still_clicks_it(
    form: Form, scanner: ScannerInput, keyboard: Keyboard, timers: FakeTimers, clock: FakeClock
) -> None:
    form.button.setFocus()
    clicks: list[str] = []
    form.button.clicked.connect(lambda: clicks.append("click"))
    keyboard.type(form.button, " ", 0)  # press and release held, then replayed in order
    fall_silent(timers, clock)
    assert clicks == ["click"]


def test_person_types_then_scans(
    form: Form, scanner: ScannerInput, keyboard: Keyboard, timers: FakeTimers, clock: FakeClock
) -> None:
    scans = _scans(scanner)
    keyboard.type(form.field, "42", [200])
    keyboard.type(form.field, CARD + ENTER, scanner_gaps(len(CARD), seed=7), first_gap=400)
    keyboard.type(form.field, "7", 300)
    fall_silent(timers, clock)
    assert form.field.text() == "427"
    assert scans == [CARD]


def test_window_system_timestamps_are_the_default_clock(
    qtbot: QtBot, form: Form, timers: FakeTimers
) -> None:
    # No injected clock: the filter times keys by the events' own timestamps (real time here,
    # which is why this test waits between keys).
    scanner = ScannerInput(ScannerSettings(), timers=timers)
    scanner.install(QApplication.instance())
    try:
        scans = _scans(scanner)
        window = form.windowHandle()
        assert window is not None
        real_time = Keyboard(FakeClock())  # its clock is not the filter's: no effect
        real_time.type(window, CARD + ENTER, 0)
        assert scans == [CARD] and form.field.text() == ""
        for char in "ok":
            qtbot.wait(130)
            real_time.type(window, char, 0)
        assert form.field.text() == "o", "a gap of more than flush_ms let the first key through"
        timers.fire("scanner-flush")
        assert form.field.text() == "ok"
        assert scans == [CARD]
    finally:
        scanner.uninstall()


# --- the same event seen twice ------------------------------------------------------------------


def test_typing_through_the_window_counts_each_key_once(
    form: Form, scanner: ScannerInput, keyboard: Keyboard, timers: FakeTimers, clock: FakeClock
) -> None:
    scans = _scans(scanner)
    window = form.windowHandle()
    assert window is not None
    text = "2990000000019"
    keyboard.type(window, text, human_gaps(len(text) - 1, seed=8, low=40, high=95))
    fall_silent(timers, clock)
    assert form.field.text() == text
    assert scans == []


def test_key_let_through_at_the_window_is_not_counted_again_at_the_widget(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    # From the window system a key event reaches the filter at the QWindow and again at the
    # focus widget. Eight keys 30 ms apart could still be a scan; a ninth 99 ms later puts the
    # average over the limit, so all nine are typing and the ninth goes on at once. Counted again
    # at the widget, it would be held there as the start of a new burst.
    scans = _scans(scanner)
    window = form.windowHandle()
    assert window is not None
    keyboard.type(window, "12345678", [30] * 7)
    assert form.field.text() == "" and scanner.holding
    keyboard.type(window, "9", 99)
    assert form.field.text() == "123456789"
    assert not scanner.holding and scans == []


def test_scan_through_the_window_is_seen_once(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    spy = KeySpy(form.field)
    window = form.windowHandle()
    assert window is not None
    keyboard.type(window, CARD + ENTER, scanner_gaps(len(CARD), seed=9))
    keyboard.type(window, CARD + ENTER, scanner_gaps(len(CARD), seed=10), first_gap=800)
    assert scans == [CARD, CARD]
    assert form.field.text() == "" and spy.events == []


def test_key_events_sent_by_the_program_are_not_inspected(
    form: Form, scanner: ScannerInput
) -> None:
    # An on-screen keyboard may send a whole word as key events in one go: not a scan.
    scans = _scans(scanner)
    for char in CARD:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, Qt.Key(ord(char)), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(form.field, event)
    assert form.field.text() == CARD and scans == []


# --- switching off ------------------------------------------------------------------------------


def test_disabled_filter_lets_everything_through(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    scanner.enabled = False
    keyboard.type(form.field, CARD, 8)
    assert form.field.text() == CARD and scans == []
    scanner.enabled = True
    form.field.clear()
    keyboard.type(form.field, CARD + ENTER, 8, first_gap=500)
    assert scans == [CARD] and form.field.text() == ""


def test_switching_off_mid_typing_hands_held_keys_on(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    keyboard.type(form.field, "12", [40])
    assert form.field.text() == "" and scanner.holding
    scanner.enabled = False
    assert form.field.text() == "12" and not scanner.holding


def test_uninstalled_filter_sees_nothing(
    form: Form, scanner: ScannerInput, keyboard: Keyboard
) -> None:
    scans = _scans(scanner)
    scanner.uninstall()
    keyboard.type(form.field, CARD + ENTER, 8)
    assert form.field.text() == CARD and scans == []
