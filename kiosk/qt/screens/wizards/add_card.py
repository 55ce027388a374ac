"""Adding a card to an existing account: the wizard's screen (passive; its driver is
:class:`~kiosk.qt.features.wizards.add_card.AddCardWizard`).

The shopper signs in with phone and password, or with an SMS code to the account's phone,
then scans (or types) the card to add. It is linked, or the screen says why not: the card
limit (with the account's cards, masked), another account's card, a blocked or unknown card.
Partner "Моцная картка" cards are added the same way.

No "remember me": the shopper session ends (logout) with done, cancel or idle, and every
typed value is wiped from the widgets and the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk.core.wizards.add_card.flow import AddCardTyped
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import arg
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.shell.still_here import COUNTDOWN_SECONDS
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.widgets.code_entry import CodeEntry
from kiosk.qt.widgets.phone_input import PhoneInput
from kiosk.qt.widgets.styled import touch_button, wrapped_label
from kiosk.qt.widgets.text_field import text_field
from kiosk.qt.widgets.wrapping import wrapping_button

if TYPE_CHECKING:
    from kiosk.contract import (
        LinkedCard,
    )


class AddCardScreen(WizardFrame):
    """Pages: sign in, SMS code, scan the card, the outcome. Passive."""

    sms_requested = Signal()
    add_another_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timers: TimerFactory = qt_timer,
        still_here_seconds: int = COUNTDOWN_SECONDS,
    ) -> None:
        super().__init__(parent, timers=timers, still_here_seconds=still_here_seconds)
        self.setObjectName("addCardScreen")
        self._step = AddCardStep.SIGN_IN
        self._outcome_title = ""

        self.phone = PhoneInput()
        self.password = text_field(max_length=128, password=True)
        self.password.setObjectName("signInPassword")
        self.sms_button = wrapping_button(role="secondary")
        self.sms_button.setObjectName("smsSignInButton")
        self.sms_button.clicked.connect(self.sms_requested)
        self.sign_in_page = self.add_page(
            "signIn",
            self.add_row("phone", self.phone),
            self.add_row("password", self.password),
            self.sms_button,
        )

        self.code_entry = CodeEntry()
        self.code_page = self.add_page("addCardCode", self.code_entry)

        self.greeting = wrapped_label(role="subtitle")
        self.greeting.setObjectName("greeting")
        self.cards_label = wrapped_label(role="body")
        self.cards_label.setObjectName("accountCards")
        self.card_number = text_field(digits=True, max_length=13, fits="0" * 13)
        self.card_number.setObjectName("addCardNumber")
        self.scan_page = self.add_page(
            "scan",
            self.greeting,
            self.cards_label,
            self.add_row("card_number", self.card_number),
        )

        self.outcome_text = wrapped_label(role="subtitle")
        self.outcome_text.setObjectName("outcomeText")
        self.outcome_cards = wrapped_label(role="body")
        self.outcome_cards.setObjectName("outcomeCards")
        self.another_button = touch_button(role="secondary")
        self.another_button.setObjectName("addAnotherButton")
        self.another_button.clicked.connect(self.add_another_requested)
        another_row = QWidget()
        another_layout = QHBoxLayout(another_row)
        another_layout.setContentsMargins(0, 12, 0, 0)
        another_layout.addWidget(self.another_button)
        another_layout.addStretch(1)
        self.result_page = self.add_page(
            "result", self.outcome_text, self.outcome_cards, another_row
        )
        self._pages = {
            AddCardStep.SIGN_IN: self.sign_in_page,
            AddCardStep.CODE: self.code_page,
            AddCardStep.SCAN: self.scan_page,
            AddCardStep.RESULT: self.result_page,
        }
        self.retranslate()

    # -- what the driver tells the view -----------------------------------------------------

    @property
    def shown_step(self) -> AddCardStep:
        """The step on screen: what a tap on Next is meant for."""
        return self._step

    def show_step(self, step: AddCardStep) -> None:
        self._step = step
        self.show_issues({}, "")
        self.retranslate()
        fields: tuple[QLineEdit, ...] = {
            AddCardStep.SIGN_IN: (self.phone.number, self.password),
            AddCardStep.CODE: (self.code_entry.code,),
            AddCardStep.SCAN: (self.card_number,),
        }.get(step, ())
        self.show_page(self._pages[step], fields)

    def show_account(self, first_name: str, cards: tuple[LinkedCard, ...], limit: int) -> None:
        """The account on the scan page; the card field empty for the card to add."""
        self.card_number.setText("")
        self.greeting.setText(arg(self.tr("Hello, %1!"), first_name) if first_name else "")
        self.cards_label.setText(
            arg(self.tr("Cards on your account (%1 of %2):"), len(cards), limit)
            + "\n"
            + self._card_lines(cards)
        )

    def show_outcome(
        self, title: str, text: str, cards: tuple[LinkedCard, ...], *, more: bool
    ) -> None:
        self._outcome_title = title
        self.outcome_text.setText(text)
        self.outcome_cards.setText(self._card_lines(cards))
        self.another_button.setVisible(more)
        self.show_step(AddCardStep.RESULT)

    def typed(self) -> AddCardTyped:
        """What the fields hold."""
        return AddCardTyped(
            phone_region=self.phone.region(),
            phone=self.phone.text(),
            password=self.password.text(),
            card_number=self.card_number.text(),
            code=self.code_entry.code.text(),
        )

    def set_card_number(self, number: str) -> None:
        self.card_number.setText(number)

    def clear_password(self) -> None:
        self.password.setText("")

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.sms_button.setEnabled(not busy)
        self.code_entry.code.setReadOnly(busy)

    def wipe(self) -> None:
        super().wipe()
        self.phone.clear()
        self.code_entry.wipe()
        for label in (self.greeting, self.cards_label, self.outcome_text, self.outcome_cards):
            label.setText("")
        self._outcome_title = ""
        self.pages.setCurrentWidget(self.sign_in_page)

    def page_needs(self) -> ViewNeeds:
        """The outcome of adding the card on arrival (the frame's parts do the rest)."""
        return ViewNeeds(on_arrival=(self.outcome_text,))

    # -- texts ------------------------------------------------------------------------------

    def _card_lines(self, cards: tuple[LinkedCard, ...]) -> str:
        lines = []
        for card in cards:
            line = card.masked
            if card.kind == "partner":
                line += " — " + self.tr("Моцная картка partner card")
            lines.append(line)
        return "\n".join(lines)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows["phone"].set_caption(
            self.tr("Phone number of your account"), optional=False, optional_mark=""
        )
        self.rows["password"].set_caption(self.tr("Password"), optional=False, optional_mark="")
        self.rows["card_number"].set_caption(
            self.tr("Number of the card to add (13 digits)"), optional=False, optional_mark=""
        )
        self.sms_button.setText(self.tr("Forgot the password? Get an SMS code instead"))
        self.another_button.setText(self.tr("Add another card"))
        step = self._step
        titles = {
            AddCardStep.SIGN_IN: self.tr("Add a card to your account"),
            AddCardStep.CODE: self.tr("Enter the code from the SMS"),
            AddCardStep.SCAN: self.tr("Scan the card to add"),
            AddCardStep.RESULT: self._outcome_title,
        }
        hints = {
            AddCardStep.SIGN_IN: self.tr("Sign in with your phone number and password."),
            AddCardStep.CODE: self.tr("The code confirms that the account is yours."),
            AddCardStep.SCAN: self.tr(
                "Hold its barcode under the scanner, or type the 13 digits printed under it. "
                "Моцная картка partner cards can be added too."
            ),
            AddCardStep.RESULT: "",
        }
        self.title.setText(titles[step])
        self.hint.setText(hints[step])
        self.hint.setVisible(bool(hints[step]))
        self.step_label.setText("")
        self.set_actions(
            ended=step is AddCardStep.RESULT,
            next_visible=True,
            next_text={
                AddCardStep.SIGN_IN: self.tr("Sign in"),
                AddCardStep.CODE: self.tr("Confirm"),
                AddCardStep.SCAN: self.tr("Add the card"),
            }.get(step, self.tr("Next")),
        )
