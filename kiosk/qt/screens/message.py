"""Screens that say one thing in plain words: a card that is not registered, unknown or
blocked, and the central being unreachable. One form, four kinds."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.core.flow import Failure
from kiosk.core.runtime.masking import mask_card
from kiosk.qt.forms.ui_message import Ui_MessageScreen
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.shell.theme import set_style_property
from kiosk.qt.shell.timers import TimerFactory, qt_timer

#: The countdown of a Retry-After moves once a second.
COUNTDOWN_TICK_MS = 1000


class MessageKind(Enum):
    NOT_REGISTERED = "not_registered"
    UNKNOWN_CARD = "unknown_card"
    BLOCKED = "blocked"
    ERROR = "error"


_ICONS = {
    MessageKind.NOT_REGISTERED: ("i", "info"),
    MessageKind.UNKNOWN_CARD: ("?", "warning"),
    MessageKind.BLOCKED: ("!", "danger"),
    MessageKind.ERROR: ("!", "warning"),
}


class MessageScreen(Screen):
    done_requested = Signal()
    #: The primary button: "Register the card" (not registered) or "Try again" (error).
    action_requested = Signal()

    def __init__(
        self,
        kind: MessageKind,
        parent: QWidget | None = None,
        *,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.ui = self.build_form(Ui_MessageScreen())
        # With large text the middle scrolls, the buttons under it stay in view.
        enable_touch_scrolling(self.ui.contentScroll)
        self.setObjectName(f"{kind.value}Screen")
        for label in (self.ui.titleLabel, self.ui.bodyLabel, self.ui.detailLabel):
            plain(label)
        glyph, tone = _ICONS[kind]
        self.ui.iconLabel.setText(glyph)
        set_style_property(self.ui.iconLabel, "tone", tone)
        self.ui.doneButton.clicked.connect(self.done_requested)
        self.ui.actionButton.clicked.connect(self.action_requested)
        self.stack_when_narrow(self.ui.actionsLayout, in_portrait=False)
        self._card_number: str | None = None
        self._failure = Failure.OFFLINE
        self._support_phone = ""
        self._support_note = ""
        self._action_available = kind is MessageKind.ERROR
        #: Seconds until "try again" may be pressed (the central's Retry-After); 0: now.
        self.wait_left = 0
        self.countdown_timer = timers("retry-countdown", self, interval_ms=COUNTDOWN_TICK_MS)
        self.countdown_timer.timeout.connect(self._tick)
        self.retranslate()

    # -- data in ----------------------------------------------------------------------------

    def set_card_number(self, number: str | None) -> None:
        """The card the message is about; only its last four digits are shown."""
        self._card_number = number
        self.retranslate()

    def set_failure(self, failure: Failure, *, wait_s: int = 0) -> None:
        """What failed; ``wait_s``: seconds before trying again makes sense (Retry-After), shown
        as a countdown with the "try again" button enabled when it ends."""
        self._failure = failure
        self.wait_left = max(0, wait_s)
        if self.wait_left:
            self.countdown_timer.start()
        else:
            self.countdown_timer.stop()
        self.retranslate()

    def _tick(self) -> None:
        self.wait_left = max(0, self.wait_left - 1)
        if not self.wait_left:
            self.countdown_timer.stop()
        self.retranslate()

    def set_support(self, phone: str, note: str = "") -> None:
        self._support_phone = phone
        self._support_note = note
        self.retranslate()

    def set_action_available(self, available: bool) -> None:
        self._action_available = available
        self.retranslate()

    def clear(self) -> None:
        self._card_number = None
        self.wait_left = 0
        self.countdown_timer.stop()
        self.retranslate()

    def view_needs(self) -> ViewNeeds:
        """The way on and the way back always; what happened and what to do on arrival."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.actionButton, ui.doneButton),
            on_arrival=(ui.titleLabel, ui.bodyLabel),
            scroll=ui.contentScroll,
            may_go=(ui.iconLabel,),
        )

    # -- rendering --------------------------------------------------------------------------

    def retranslate(self) -> None:
        title, body, action = self._texts()
        self.ui.titleLabel.setText(title)
        self.ui.bodyLabel.setText(body)
        self.ui.detailLabel.setText(self._detail())
        self.ui.actionButton.setText(action)
        has_action = bool(action) and self._action_available
        self.ui.actionButton.setVisible(has_action)
        self.ui.actionButton.setEnabled(not self.wait_left)
        # The one way on is the prominent button.
        set_style_property(self.ui.doneButton, "role", "secondary" if has_action else "primary")
        self.ui.doneButton.setText(
            self.tr("Back to start") if self.kind is MessageKind.ERROR else self.tr("Done")
        )

    def _texts(self) -> tuple[str, str, str]:
        if self.kind is MessageKind.NOT_REGISTERED:
            return (
                self.tr("This card is not registered yet"),
                self.tr(
                    "Card-holder prices already work with it. Register the card to collect "
                    "bonus points and get personal offers."
                ),
                self.tr("Register the card"),
            )
        if self.kind is MessageKind.UNKNOWN_CARD:
            return (
                self.tr("We could not find this card"),
                self.tr(
                    "It is not a card of our loyalty program, or it has not been activated yet. "
                    "If you have just bought it, please ask the cashier to activate it."
                ),
                "",
            )
        if self.kind is MessageKind.BLOCKED:
            return (
                self.tr("This card is blocked"),
                self.tr(
                    "It cannot be used for points or card-holder prices. Please ask the cashier "
                    "or call support."
                ),
                "",
            )
        if self._failure is Failure.TIMEOUT:
            title = self.tr("The loyalty service is taking too long to answer")
        elif self._failure is Failure.OFFLINE:
            title = self.tr("No connection to the loyalty service")
        elif self._failure is Failure.BUSY:
            title = self.tr("The loyalty service is busy right now")
        else:
            title = self.tr("The loyalty service could not answer")
        if self.wait_left:
            body = arg(
                self.tr(
                    "Your card and your points are safe, and card-holder prices still work at "
                    "the checkout. Please try again in %1 s."
                ),
                str(self.wait_left),
            )
        else:
            body = self.tr(
                "Your card and your points are safe, and card-holder prices still work at the "
                "checkout. Please try again in a few minutes or ask the cashier."
            )
        return title, body, self.tr("Try again")

    def _detail(self) -> str:
        lines: list[str] = []
        if self._card_number and self.kind is not MessageKind.ERROR:
            lines.append(arg(self.tr("Card %1"), mask_card(self._card_number)))
        if self.kind in (MessageKind.BLOCKED, MessageKind.ERROR) and self._support_phone:
            note = self._support_note or self.tr("free calls")
            note = note[:1].lower() + note[1:]
            lines.append(arg(self.tr("Support: %1 (%2)"), self._support_phone, note))
        return "\n".join(lines)
