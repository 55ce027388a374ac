"""The first taps after the screen changed are ignored for 0.4 s, whatever changed it.

A finger that taps twice in quick succession, or that is already on its way to a button, would
press whatever the new screen has in that place: a double tap on the card screen's "Done"
would open the registration wizard (the start screen's "Register a card" sits under it), a
double tap on a wizard step's "Next" would skip the following step. The change may come from
the tap itself, from the answer to a scan, from the idle time resetting the kiosk: for
:data:`TAP_GUARD_MS` after any of them, presses are swallowed (with their releases).

A screen is not the only thing that changes under a finger. Whatever puts other buttons where
the shopper taps without changing the kiosk's screen calls :func:`view_changed` (it reaches the
guard as an event, so a widget needs no wiring to it): a wizard's or cashier mode's page
(:class:`kiosk.qt.widgets.page_stack.CurrentPageStack`), the keyboard docked under a form
giving way to the keypad or the other way round, "Are you still here?" coming up or going, the
service screen's confirmation to leave kiosk mode. The keyboard's own pages (capitals, symbols,
another language) do not count: they change because the key just tapped says so, and a typist
taps the next key sooner than the guard would let them.

Behind the guard, a wizard takes each step's Next once by itself
(:meth:`kiosk.core.wizards.flow.WizardFlow._takes_next`): a Next for a step it left, or while
the step's check is on its way, is ignored however it arrives.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

#: How long taps are ignored after the screen changed. A deliberate second tap on a new screen
#: comes later than that: the shopper first reads what the screen says.
TAP_GUARD_MS = 400

#: A finger (or mouse) coming down: what counts as a tap.
PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
#: Sent by :func:`view_changed`; the guard, an application event filter, sees it.
VIEW_CHANGED = QEvent.Type(QEvent.registerEventType())


def view_changed(widget: QWidget) -> None:
    """``widget`` now shows other buttons where the shopper taps (another page, a panel over
    it): the next taps are ignored as after a change of screen. Nothing happens while
    ``widget`` is not on screen (a page set on a hidden screen) or no guard is installed."""
    if widget.isVisible():
        QCoreApplication.sendEvent(widget, QEvent(VIEW_CHANGED))


class TapGuard(QObject):
    """An application event filter; call :meth:`screen_changed` on every change of screen.
    ``clock`` is monotonic seconds; ``guard_ms`` 0 ignores no tap."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        guard_ms: int = TAP_GUARD_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._guard_s = guard_ms / 1000
        self._changed_at: float | None = None
        self._swallowed_press = False
        #: Taps ignored so far (a swallowed press reaches no other receiver: counted once).
        self.ignored_taps = 0

    def screen_changed(self) -> None:
        self._changed_at = self._clock()

    def guarding(self) -> bool:
        """Whether a press now would be ignored."""
        changed_at = self._changed_at
        return changed_at is not None and self._clock() - changed_at < self._guard_s

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in PRESSES:
            self._swallowed_press = self.guarding()
            # A quick second tap comes as a press, then a double-click: one tap.
            if self._swallowed_press and kind == QEvent.Type.MouseButtonPress:
                self.ignored_taps += 1
            return self._swallowed_press
        if kind == QEvent.Type.MouseButtonRelease:
            # The release of a press that was ignored (seen once per receiver).
            return self._swallowed_press
        if kind == VIEW_CHANGED:
            self.screen_changed()
            return True
        return False
