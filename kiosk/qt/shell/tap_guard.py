"""The first taps after a screen changed by itself are ignored for half a second.

A screen can change without a tap: the answer to a scan arrives, the idle time resets the kiosk,
a page returns to the start on its own. A finger already on its way to a button of the old
screen would then press whatever the new screen has in that place (the registration success
page's "Done" sits where the start screen's "Register a card" is). So for
:data:`TAP_GUARD_MS` after such a change, presses are swallowed (with their releases).

A change counts as "by itself" when no tap is being handled and none was released just before
it: a tap's own screen change happens while that tap is handled (building a screen on the tap
may take a while on a slow terminal), or at once after.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from kiosk.qt.shell.timers import TimerFactory, qt_timer

#: How long taps are ignored after a screen changed by itself.
TAP_GUARD_MS = 500
#: A screen change this soon after a tap's release was caused by that tap.
TAP_CAUSE_S = 0.1

#: A finger (or mouse) coming down: what counts as a tap.
PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
#: Posted at a tap's release: it arrives once everything the tap set off has been handled.
_TAP_HANDLED = QEvent.Type(QEvent.registerEventType())


class TapGuard(QObject):
    """An application event filter; call :meth:`screen_changed` on every change of screen."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        guard_ms: int = TAP_GUARD_MS,
        timers: TimerFactory = qt_timer,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._guard = timers("tap-guard", self, interval_ms=guard_ms, single_shot=True)
        self._enabled = guard_ms > 0
        self._last_release = -1e9
        self._handling_tap = False
        self._swallowed_press = False

    def screen_changed(self) -> None:
        if self._handling_tap or self._clock() - self._last_release <= TAP_CAUSE_S:
            return  # the tap's own change
        if self._enabled:
            self._guard.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == _TAP_HANDLED:
            self._handling_tap = False
            self._last_release = self._clock()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in PRESSES:
            self._swallowed_press = self._guard.isActive()
            return self._swallowed_press
        if kind == QEvent.Type.MouseButtonRelease:
            if self._swallowed_press:
                return True  # the release of a press that was ignored (seen once per receiver)
            self._last_release = self._clock()
            if not self._handling_tap:
                self._handling_tap = True
                QCoreApplication.postEvent(self, QEvent(_TAP_HANDLED))
        return False
