"""Keyboard-wedge barcode scanners, read through an application-wide event filter.

A wedge scanner types its code as key events, into whichever widget has focus. This filter sees
every key event before any widget does and asks :class:`kiosk.core.codes.bursts.BurstDetector`
whether the key could be part of a scan:

- while it could, the key is *held*: filtered out and kept (as a copy) for later;
- when the burst turns out to be a scan, the held keys are dropped and :attr:`ScannerInput.scanned`
  is emitted, so a code never leaks into a text field, whatever has focus;
- when the timing shows a person, the held keys are *replayed*, in order, to the object that
  would have received them, so typing is never taken for a scan and loses nothing.

Which events are inspected: only spontaneous key presses and releases, i.e. those that come
from the window system (a physical keyboard, a wedge scanner, ``xdotool``). Events the program
sends itself are left alone: the replays here (``QCoreApplication.sendEvent`` marks them as not
spontaneous), or an on-screen keyboard that sends a word as key events in one go.

The same key event is seen more than once by an application filter: first at the window
(``QWindow``), then at the focus widget, then at each parent it propagates to. A held event is
swallowed at its first sighting, so it travels no further; an event let through is remembered
(its address and contents) and its later sightings are let through without being counted again.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kiosk.core.codes.bursts import BurstDetector, Outcome
from kiosk.core.runtime.config import ScannerSettings
from kiosk.qt.shell.timers import TimerFactory, qt_timer

log = logging.getLogger(__name__)

_TERMINATOR_KEYS = frozenset(
    int(key) for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
)
# Some scanners (and ``xdotool type``) end a code with Linefeed rather than Return.
_TERMINATOR_TEXTS = frozenset({"\r", "\n", "\t"})
# Keys that change what the next key types; scanners press Shift around capital letters.
_MODIFIER_KEYS = frozenset(
    int(key)
    for key in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    )
)
# A character typed with one of these held is a shortcut, which only a person types.
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_KeyFingerprint = tuple[int, int, int, int, str, bool, int, int]


#: A flush timer this much behind its time fired late: the event loop was busy.
_LATE_FLUSH_MS = 30
#: The extra wait a late flush gives key events already queued.
_FLUSH_GRACE_MS = 20


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


def _fingerprint(event: QKeyEvent) -> _KeyFingerprint:
    return (
        shiboken6.getCppPointer(event)[0],
        event.type().value,
        event.key(),
        event.modifiers().value,
        event.text(),
        event.isAutoRepeat(),
        event.timestamp(),
        event.nativeScanCode(),
    )


def _copy(event: QKeyEvent) -> QKeyEvent:
    """A copy of ``event`` owned by Python (QEvent.clone() would leave it to no one)."""
    copy = QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
        event.device(),
    )
    copy.setTimestamp(event.timestamp())
    return copy


class ScannerInput(QObject):
    """Recognises wedge-scanner bursts application-wide and emits them as :attr:`scanned`.

    Key timing: by default each key event's own timestamp (set by the window system when the key
    was pressed), so a busy GUI thread that handles a burst late, all at once, does not change
    how it is judged. ``clock_ms`` (monotonic milliseconds) replaces it; tests inject a fake one
    to give key events realistic timing without sleeping. Install once on the application with
    :meth:`install`.
    """

    #: A recognised code, decoded to what a US layout would have typed ("И0001" -> "B0001").
    scanned = Signal(str)

    def __init__(
        self,
        settings: ScannerSettings,
        clock_ms: Callable[[], int] | None = None,
        parent: QObject | None = None,
        *,
        timers: TimerFactory = qt_timer,
        shortest_code: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._clock_ms = clock_ms
        self._detector = BurstDetector(settings, shortest_code=shortest_code)
        self._app: QCoreApplication | None = None
        self._enabled = True
        # Held key events (presses, their releases, Shift and the like), oldest first, each with
        # the object that was about to receive it.
        self._held: list[tuple[QObject, QKeyEvent]] = []
        # Releases still to come for key presses that ended up in a scan; they are swallowed too.
        self._expected_releases: Counter[int] = Counter()
        self._last_press_ms: int | None = None
        self._last_passed: _KeyFingerprint | None = None
        self._scans: list[str] = []
        self._flush_timer = timers("scanner-flush", self, single_shot=True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self._flush_timer_fired)
        #: When (monotonic ms) the flush timer should fire, to tell a late one from a punctual one.
        self._flush_expected_ms: int | None = None
        self._flush_grace_given = False

    # -- public API -----------------------------------------------------------------------------

    def set_shortest_code(self, length: int) -> None:
        """The barcode nomenclature changed: its shortest code is the fewest keys of a scan
        (never more than the configured ``min_length``)."""
        self._detector.set_shortest_code(length)

    def install(self, app: QCoreApplication) -> None:
        """Start watching every key event of ``app``."""
        if self._app is not None:
            self.uninstall()
        app.installEventFilter(self)
        self._app = app

    def uninstall(self) -> None:
        """Stop watching; a burst in progress is finished first (see :meth:`flush`)."""
        if self._app is None:
            return
        self._app.removeEventFilter(self)
        self._app = None
        self.flush()

    @property
    def enabled(self) -> bool:
        """Off: every key goes straight to its widget. Switching off finishes a burst in
        progress first (see :meth:`flush`)."""
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        if value == self._enabled:
            return
        if not value:
            self.flush()
        self._enabled = value

    @property
    def holding(self) -> bool:
        """Keys are held right now (a burst is in progress)."""
        return bool(self._held)

    @Slot()
    def flush(self) -> None:
        """End the held burst now: it is a scan, or typing to hand on. The flush timer calls
        this; so may a test that drives the clock."""
        self._carry_out(self._detector.flush())
        self._flush_timer.stop()
        self._emit_scans()

    # -- the filter -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        event_type = event.type()
        if event_type not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not self._enabled or not event.spontaneous():
            return False
        assert isinstance(event, QKeyEvent)
        fingerprint = _fingerprint(event)
        if fingerprint == self._last_passed:
            return False  # the same event, travelling on from the window to the widget
        self._last_passed = None
        if event_type == QEvent.Type.KeyPress:
            swallow = self._on_press(watched, event)
        else:
            swallow = self._on_release(watched, event)
        if not swallow:
            self._last_passed = fingerprint
        self._schedule_flush(self._key_time(event))
        self._emit_scans()
        return swallow

    def _key_time(self, event: QKeyEvent) -> int:
        if self._clock_ms is not None:
            return self._clock_ms()
        return int(event.timestamp()) or _monotonic_ms()

    def _on_press(self, receiver: QObject, event: QKeyEvent) -> bool:
        now = self._key_time(event)
        if self._last_press_ms is None or now - self._last_press_ms >= self.settings.flush_ms:
            self._expected_releases.clear()  # a scanner's releases come right after its presses
        self._last_press_ms = now
        key = event.key()
        if event.isAutoRepeat() or event.modifiers() & _SHORTCUT_MODIFIERS:
            self._carry_out(self._detector.interrupt())
            return False
        if key in _TERMINATOR_KEYS or event.text() in _TERMINATOR_TEXTS:
            outcome = self._detector.terminator(now)
            self._carry_out(outcome)
            if outcome.swallow:
                self._expected_releases[key] += 1
            return outcome.swallow
        if key in _MODIFIER_KEYS:
            return self._hold_if_holding(receiver, event)
        text = event.text()
        if len(text) == 1 and text.isprintable():
            outcome = self._detector.key(text, now)
            self._carry_out(outcome)
            if outcome.swallow:
                self._held.append((receiver, _copy(event)))
            return outcome.swallow
        # Backspace, arrows, Escape, function keys: a person is at the keyboard.
        self._carry_out(self._detector.interrupt())
        return False

    def _on_release(self, receiver: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._expected_releases[key] > 0:
            self._expected_releases[key] -= 1
            return True
        if event.isAutoRepeat():
            self._carry_out(self._detector.interrupt())
            return False
        return self._hold_if_holding(receiver, event)

    def _hold_if_holding(self, receiver: QObject, event: QKeyEvent) -> bool:
        if not self._held:
            return False
        self._held.append((receiver, _copy(event)))
        return True

    # -- carrying out the detector's answers ------------------------------------------------------

    def _carry_out(self, outcome: Outcome) -> None:
        if outcome.scan is not None:
            self._drop_held()
            self._scans.append(outcome.scan)
        elif outcome.release:
            self._release_held()

    def _drop_held(self) -> None:
        """The held presses were a scan: forget them, and expect their releases."""
        for _, event in self._held:
            if event.type() == QEvent.Type.KeyPress:
                self._expected_releases[event.key()] += 1
            elif self._expected_releases[event.key()] > 0:
                self._expected_releases[event.key()] -= 1
        self._held.clear()

    def _release_held(self) -> None:
        """Hand the held key events on, in order, to the objects they were meant for."""
        held, self._held = self._held, []
        if held:
            log.debug("keyboard: %d held key events were typing, handed on", len(held))
        for receiver, event in held:
            # sendEvent marks the copy as not spontaneous, so this filter lets it through.
            target: QObject | None = receiver
            if not shiboken6.isValid(receiver):  # the widget was deleted meanwhile
                target = QGuiApplication.focusObject()
            if target is not None:
                QCoreApplication.sendEvent(target, event)

    def _schedule_flush(self, now: int) -> None:
        """Run the flush timer until the detector's flush is due (``now``: the key clock's time
        of the event just handled)."""
        due = self._detector.flush_due_ms
        self._flush_grace_given = False
        if due is None:
            self._flush_timer.stop()
            self._flush_expected_ms = None
        else:
            interval = max(0, due - now)
            self._flush_timer.start(interval)
            self._flush_expected_ms = _monotonic_ms() + interval

    @Slot()
    def _flush_timer_fired(self) -> None:
        expected = self._flush_expected_ms
        late = expected is not None and _monotonic_ms() - expected > _LATE_FLUSH_MS
        if late and not self._flush_grace_given:
            # The event loop was busy past the flush time (building a screen, say): the rest of
            # the burst may be waiting in the queue. It gets one short turn before the end.
            self._flush_grace_given = True
            self._flush_expected_ms = None
            self._flush_timer.start(_FLUSH_GRACE_MS)
            return
        self.flush()

    def _emit_scans(self) -> None:
        # Emitted last, once the filter's state is consistent: a slot may change screens,
        # focus, or switch the scanner off.
        scans, self._scans = self._scans, []
        for code in scans:
            log.info("keyboard-wedge scan of %d characters", len(code))
            self.scanned.emit(code)
