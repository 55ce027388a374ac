"""Every timer of the kiosk comes from one factory, so tests can swap in fake timers and fire
them instead of waiting on the wall clock (as qutebrowser does with ``usertypes.Timer``).

The composition root hands a :data:`TimerFactory` to whatever needs a timer; production code gets
:func:`qt_timer`, tests get ``tests/support/fake_timers.py``'s ``FakeTimers``. A timer has a name
(``"spinner"``, ``"still-here"``, ...) so a test can pick the one it means to fire."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, overload

from PySide6.QtCore import QObject, Qt, QTimer


class Timer(Protocol):
    """What the kiosk uses of a timer: a ``QTimer`` or a test's fake one."""

    @property
    def timeout(self) -> Any: ...

    def setSingleShot(self, single_shot: bool) -> None: ...

    def setInterval(self, msec: int) -> None: ...

    def setTimerType(self, kind: Qt.TimerType) -> None: ...

    def interval(self) -> int: ...

    # Overloaded as in PySide6's stubs (a QTimer starts with or without a new interval), so a
    # QTimer is a Timer.
    @overload
    def start(self) -> None: ...
    @overload
    def start(self, msec: int, /) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...

    def deleteLater(self) -> None: ...


#: ``factory(name, parent, interval_ms=..., single_shot=...)`` makes a stopped timer.
TimerFactory = Callable[..., Timer]


def qt_timer(
    name: str,
    parent: QObject | None = None,
    *,
    interval_ms: int = 0,
    single_shot: bool = False,
) -> QTimer:
    """A real ``QTimer`` named ``name`` (the object name helps when debugging)."""
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setInterval(interval_ms)
    timer.setSingleShot(single_shot)
    return timer
