"""What a screen (or a wizard page, in its current state) needs a person to see, in order.

1. Always in view, never covered by the keys: the field being typed into with its caption and
   its problem line (:class:`FieldNeed`), the keys themselves, the primary action and
   Back/Cancel, the step indicator.
2. In view on arrival, at the scroll position the screen is shown with: the title and the main
   instruction.
3. May scroll, in the screen's one scroll area at most: explanations, lists, offers.
4. May go when there is no room: pictures, decorations.

Each screen says which of its widgets are which (:class:`DeclaresNeeds`), from the widgets it
already has; the layout is fitted from these declarations and the layout test
(tests/qt/screens/test_person_view.py) checks them. A widget that is hidden in the screen's
current state (no problem to say, a button the state does not offer) may be declared all the
same: what is not shown needs no room.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    from kiosk.qt.shell.still_here import StillHereOverlay


@dataclass(frozen=True)
class FieldNeed:
    """The field being typed into (a line edit, or a composite such as the phone's country
    buttons with the number), the words saying what goes in it, and the line saying what is
    wrong with it."""

    field: QWidget
    caption: QWidget | None = None
    problem: QWidget | None = None

    def parts(self) -> tuple[QWidget, ...]:
        return tuple(part for part in (self.caption, self.field, self.problem) if part is not None)


@dataclass(frozen=True)
class ViewNeeds:
    """What a person needs to see of a screen now; see the module's docstring for the order."""

    #: Always in view and never covered: the primary action, Back/Cancel, the step indicator.
    always: tuple[QWidget, ...] = ()
    #: The keyboard or keypad, when the screen shows one: always in view, and nothing else
    #: that must stay in view may be under it.
    keys: QWidget | None = None
    #: The field being typed into, when there is one.
    field: FieldNeed | None = None
    #: In view when the screen comes up: the title and the main instruction.
    on_arrival: tuple[QWidget, ...] = ()
    #: The one scroll area the rest (explanations, lists, offers) may scroll in.
    scroll: QAbstractScrollArea | None = None
    #: May be left out when there is no room: pictures, decorations.
    may_go: tuple[QWidget, ...] = ()

    def in_view(self) -> tuple[QWidget, ...]:
        """Everything that must always be in view (the field's parts, the keys, the actions)."""
        field = self.field.parts() if self.field is not None else ()
        keys = (self.keys,) if self.keys is not None else ()
        return (*field, *keys, *self.always)


@runtime_checkable
class DeclaresNeeds(Protocol):
    """A screen, a wizard page or an overlay that says what a person needs of it now."""

    def view_needs(self) -> ViewNeeds: ...


def still_here_needs(overlay: StillHereOverlay) -> ViewNeeds:
    """The "are you still here?" question over a form: its button, and the question with the
    countdown on arrival (the form under it needs nothing while it is up)."""
    return ViewNeeds(
        always=(overlay.stay_button,), on_arrival=(overlay.question, overlay.countdown)
    )
