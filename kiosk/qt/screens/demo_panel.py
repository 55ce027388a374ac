"""The demo panel: simulated scans of the demo cards and the last demo SMS."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QWidget

from kiosk.qt.forms.ui_demo_panel import Ui_DemoPanel
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import arg, plain

if TYPE_CHECKING:
    from kiosk.contract import DemoSms


@dataclass(frozen=True, slots=True)
class DemoCard:
    """A card of the demo data set: its number, status and who it belongs to (if anyone)."""

    number: str
    status: str  # not_issued | issued | active | blocked | unknown
    holder: str = ""
    note: str = ""  # large_balance | partner | birthday | card_limit


class DemoPanel(QFrame):
    card_tapped = Signal(str)
    sms_requested = Signal()
    close_requested = Signal()
    #: The trainer wants the kiosk cut off from its central (True) or connected again (False).
    network_cut_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DemoPanel()
        self.ui.setupUi(self)
        plain(self.ui.smsLabel)
        enable_touch_scrolling(self.ui.cardsScroll)
        self.ui.closeButton.clicked.connect(self.close_requested)
        self.ui.smsButton.clicked.connect(self.sms_requested)
        self._cards: list[DemoCard] = []
        self._buttons: list[QPushButton] = []
        # The SMS of earlier sessions stay hidden: the central's list holds every demo SMS, the
        # last shopper's code too. What the newest of them was is learnt after each end of a
        # session (set_old_sms); until then the first list read counts as all old.
        self._received: list[DemoSms] = []
        self._old_newest: DemoSms | None = None
        self._old_known = True  # no session ended yet
        self._sms: DemoSms | None = None
        self._sms_state = "none"  # none | loading | failed | shown
        #: None: the demo has no cuttable link (the button is hidden); else whether it is cut.
        self._network_cut: bool | None = None
        self._network_busy = False
        self.ui.networkButton.clicked.connect(
            lambda: self.network_cut_requested.emit(not self._network_cut)
        )
        self._render()

    def set_cards(self, cards: list[DemoCard]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self._cards = list(cards)
        for card in self._cards:
            button = QPushButton(self.ui.cardsContent)
            button.setProperty("role", "demoCard")
            button.setObjectName(f"demoCard{card.number}")
            # As wide as the panel, never wider: the descriptions are long.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, n=card.number: self.card_tapped.emit(n))
            self.ui.cardsLayout.addWidget(button)
            self._buttons.append(button)
        self.ui.cardsLayout.addStretch(1)
        self._render()

    def set_network(self, cut: bool | None, *, busy: bool = False) -> None:
        """Whether the kiosk is cut off from its central (None: no link to cut)."""
        self._network_cut, self._network_busy = cut, busy
        self._render()

    def card_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_sms_loading(self) -> None:
        self._sms_state = "loading"
        self._render()

    def set_sms(self, messages: list[DemoSms]) -> None:
        """The central's demo SMS, newest first: the newest of this session shows."""
        if not self._old_known:
            self.set_old_sms(messages)
        self._received = list(messages)
        self._sms = self._newest_of_this_session()
        self._sms_state = "shown"
        self._render()

    def set_sms_failed(self) -> None:
        self._sms = None
        self._sms_state = "failed"
        self._render()

    def clear(self) -> None:
        """A session ended: its SMS go, and no SMS the central sent so far will show again
        (which those are, :meth:`set_old_sms` says; until it does, the next list read)."""
        self._received = []
        self._old_newest = None
        self._old_known = False
        self._sms = None
        self._sms_state = "none"
        self._render()

    def set_old_sms(self, messages: list[DemoSms]) -> None:
        """The central's demo SMS as a session ended (newest first): none of them shows again."""
        self._old_newest = messages[0] if messages else None
        self._old_known = True
        if self._sms_state == "shown":
            self._sms = self._newest_of_this_session()
            self._render()

    def _newest_of_this_session(self) -> DemoSms | None:
        newest = self._received[0] if self._received else None
        if newest is None or newest == self._old_newest:
            return None
        return newest

    def _status_text(self, card: DemoCard) -> str:
        texts = {
            "active": self.tr("registered"),
            "issued": self.tr("sold, not registered"),
            "not_issued": self.tr("never sold"),
            "blocked": self.tr("blocked"),
            "unknown": self.tr("unknown to the chain"),
        }
        return texts.get(card.status, card.status)

    def _note_text(self, note: str) -> str:
        texts = {
            "large_balance": self.tr("large balance"),
            "partner": self.tr("Motsnaya Kartka partner card"),
            "birthday": self.tr("birthday offer"),
            "card_limit": self.tr("5 cards, the limit"),
        }
        return texts.get(note, note)

    def _render(self) -> None:
        has_link = self._network_cut is not None
        self.ui.networkButton.setVisible(has_link)
        self.ui.networkLabel.setVisible(has_link)
        self.ui.networkButton.setEnabled(not self._network_busy)
        if self._network_cut:
            self.ui.networkLabel.setText(
                self.tr("The kiosk is cut off from its central (as when the network is down).")
            )
            self.ui.networkButton.setText(self.tr("Reconnect the kiosk to its central"))
        else:
            self.ui.networkLabel.setText(self.tr("The kiosk is connected to its central."))
            self.ui.networkButton.setText(self.tr("Cut the kiosk off from its central"))
        for card, button in zip(self._cards, self._buttons, strict=True):
            # A registered card is best known by its holder; the others by their status.
            parts = [card.holder] if card.status == "active" and card.holder else []
            if not parts:
                parts.append(self._status_text(card))
            if card.note:
                parts.append(self._note_text(card.note))
            button.setText(card.number + "\n" + "  ·  ".join(parts))
        if self._sms_state == "loading":
            self.ui.smsLabel.setText(self.tr("Loading…"))
        elif self._sms_state == "failed":
            self.ui.smsLabel.setText(self.tr("Could not read the demo SMS."))
        elif self._sms_state == "shown" and self._sms is None:
            self.ui.smsLabel.setText(self.tr("No SMS has been sent yet."))
        elif self._sms is not None:
            sms = self._sms
            self.ui.smsLabel.setText(
                arg(
                    self.tr("To %1 at %2\nCode: %3\n%4"),
                    sms.phone_masked,
                    sms.sent_at.astimezone().strftime("%H:%M:%S"),
                    sms.code,
                    sms.text,
                )
            )
        else:
            self.ui.smsLabel.clear()

    def view_needs(self) -> ViewNeeds:
        """Closing the panel and reading the SMS always; what the panel is on arrival; the demo
        cards scroll."""
        ui = self.ui
        return ViewNeeds(
            always=(ui.closeButton, ui.smsButton, ui.smsLabel),
            on_arrival=(ui.titleLabel, ui.hintLabel),
            scroll=ui.cardsScroll,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)
