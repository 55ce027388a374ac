"""Watching the shopper's input application-wide: idle time and the service corner.

One application event filter sees every key, mouse and touch event before any widget does, so it
works whichever screen or field is showing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.qt.shell.tap_guard import PRESSES
from kiosk.qt.shell.timers import TimerFactory, qt_timer

#: Side of the square in the window's top-left corner whose taps open the service PIN.
CORNER_SIZE = 120

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


#: Every press of a button or a finger: a double-click is the second press of a quick pair.


class ActivityWatcher(QObject):
    """Reports any input (``activity``) and presses in the window's top-left corner
    (``corner_tapped``). Install with ``app.installEventFilter(watcher)``."""

    activity = Signal()
    corner_tapped = Signal()

    def __init__(self, window: QWidget, corner_size: int = CORNER_SIZE) -> None:
        super().__init__(window)
        self._window = window
        self._corner_size = corner_size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.activity.emit()
        # A press is offered to the window handle, then to the widget under it (both
        # spontaneous), then propagated to parents (not spontaneous): counting the spontaneous
        # delivery to a widget counts every tap exactly once. Touch screens reach widgets as
        # synthesized mouse presses, so taps are counted here too. A quick second tap arrives as
        # a double-click instead of a press (touch screens do that): it is a press as well.
        if (
            kind in PRESSES
            and event.spontaneous()
            and isinstance(watched, QWidget)
            and isinstance(event, QMouseEvent)
            and watched.window() is self._window
        ):
            point = event.globalPosition().toPoint()
            corner = QRect(
                self._window.mapToGlobal(QPoint(0, 0)), QSize(self._corner_size, self._corner_size)
            )
            if corner.contains(point):
                self.corner_tapped.emit()
        return False


class IdleMonitor(QObject):
    """Emits ``expired`` once the kiosk has seen no input for ``idle_seconds``."""

    expired = Signal()

    def __init__(
        self,
        idle_seconds: float,
        parent: QObject | None = None,
        *,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = int(idle_seconds * 1000)
        self._timer = timers("idle", self, interval_ms=self.interval_ms, single_shot=True)
        self._timer.timeout.connect(self.expired)

    def restart(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()
