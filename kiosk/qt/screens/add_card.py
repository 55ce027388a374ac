"""Adding a card to an existing account: the screen and what drives it.

The shopper signs in with phone and password, or with an SMS code to the account's phone,
then scans (or types) the card to add. It is linked, or the screen says why not: the card
limit (with the account's cards, masked), another account's card, a blocked or unknown card.
Partner "Моцная картка" cards are added the same way.

No "remember me": the shopper session ends (logout) with done, cancel or idle, and every
typed value is wiped from the widgets and the model.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk.core.add_card import AddCardStep, AddCardSteps
from kiosk.core.cards import InvalidCardNumber, parse_card_number
from kiosk.core.masking import mask_card
from kiosk.core.registration import FieldIssue, Issue
from kiosk.core.verification import Refusal, refusal_for
from kiosk.qt.screens.base import arg
from kiosk.qt.screens.wizard import TICK_MS, TaskRunnerLike, WizardDriver, WizardScreen
from kiosk.qt.wizard_widgets import (
    CodeEntry,
    PhoneInput,
    text_field,
    touch_button,
    wrapped_label,
)

if TYPE_CHECKING:
    from kiosk.contract import (
        AccountSummary,
        LinkedCard,
        ProgramInfo,
        ShopperSession,
        SmsChallenge,
    )

log = logging.getLogger("kiosk.add_card")


class AddCardScreen(WizardScreen):
    """Pages: sign in, SMS code, scan the card, the outcome. Passive."""

    sms_requested = Signal()
    add_another_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCardScreen")
        self._step = AddCardStep.SIGN_IN
        self._outcome_title = ""

        self.phone = PhoneInput()
        self.password = text_field(max_length=128, password=True)
        self.password.setObjectName("signInPassword")
        self.sms_button = touch_button(role="secondary")
        self.sms_button.setObjectName("smsSignInButton")
        self.sms_button.clicked.connect(self.sms_requested)
        # A "wrong phone or password" goes away as soon as the shopper corrects something.
        self.password.textEdited.connect(lambda _text: self.show_issues({}, ""))
        self.phone.number.textEdited.connect(lambda _text: self.show_issues({}, ""))
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
        self.card_number = text_field(digits=True, max_length=13)
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
        self.greeting.setText(arg(self.tr("Hello, %1!"), first_name) if first_name else "")
        self.cards_label.setText(
            arg(self.tr("Cards on your account (%1 of %2):"), len(cards), limit)
            + "\n"
            + self._card_lines(cards)
        )

    def show_outcome(self, title: str, text: str, cards: tuple[LinkedCard, ...], *, more: bool):
        self._outcome_title = title
        self.outcome_text.setText(text)
        self.outcome_cards.setText(self._card_lines(cards))
        self.another_button.setVisible(more)
        self.show_step(AddCardStep.RESULT)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.sms_button.setEnabled(not busy)
        self.code_entry.code.setReadOnly(busy)

    def clear(self) -> None:
        super().clear()
        self.phone.clear()
        self.code_entry.wipe()
        for label in (self.greeting, self.cards_label, self.outcome_text, self.outcome_cards):
            label.setText("")
        self._outcome_title = ""
        self.pages.setCurrentWidget(self.sign_in_page)
        self.wiped.emit()

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


class AddCardWizard(WizardDriver[AddCardScreen, AddCardSteps]):
    """Drives :class:`AddCardScreen`; the screen's ``finished``/``cancelled`` end it, after
    the shopper session was closed. ``central`` returns the central client (called on worker
    threads only)."""

    def __init__(
        self,
        screen: AddCardScreen,
        central: Callable[[], Any],
        runner: TaskRunnerLike,
        *,
        program: Callable[[], ProgramInfo | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            screen, central, runner, program=program, clock=clock, tick_ms=tick_ms, parent=parent
        )
        screen.next_requested.connect(self._next)
        screen.back_requested.connect(self._back)
        screen.cancel_requested.connect(self._cancel)
        screen.done_requested.connect(self._done)
        screen.sms_requested.connect(self._start_sms)
        screen.add_another_requested.connect(self._add_another)
        screen.code_entry.code_entered.connect(self._confirm_code)
        screen.code_entry.resend_requested.connect(self._resend)
        screen.code_entry.change_phone_requested.connect(self._back)
        screen.wiped.connect(self._forget)
        screen.begin_requested.connect(lambda _number: self.begin(self._program_source()))
        screen.scan_received.connect(self.card_scanned)

    def begin(self, program: ProgramInfo | None) -> None:
        self.screen.clear()
        self._generation += 1
        self.program = program
        self.screen.program = program
        self.steps = AddCardSteps()
        self._show()

    def card_scanned(self, number: str) -> None:
        """A card scanned while the wizard is on screen (routed by the flow)."""
        steps = self.steps
        if steps is None or steps.step is not AddCardStep.SCAN or self.screen.is_busy():
            return
        self.screen.card_number.setText(number)
        self._link(number)

    # -- steps ------------------------------------------------------------------------------

    def _show(self) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        if steps.step is AddCardStep.SCAN:
            self.screen.card_number.setText("")
            self.screen.show_account(steps.first_name, steps.cards, steps.card_limit)
        self.screen.show_step(steps.step)
        self._show_code_page()

    def _on_code_step(self, steps: AddCardSteps) -> bool:
        return steps.step is AddCardStep.CODE

    def _next(self) -> None:
        steps = self.steps
        if steps is None:
            return
        if steps.step is AddCardStep.SIGN_IN:
            self._sign_in()
        elif steps.step is AddCardStep.CODE:
            code = self.screen.code_entry.code.text()
            if code:
                self._confirm_code(code)
        elif steps.step is AddCardStep.SCAN:
            self._link(self.screen.card_number.text())

    def _back(self) -> None:
        steps = self.steps
        if steps is None or not steps.back():
            self._cancel()
            return
        self._generation += 1
        self._show()

    def _add_another(self) -> None:
        if self.steps is not None:
            self.steps.scan_another()
            self._show()

    def _forget(self) -> None:
        """Wiped (done, cancel, idle): sign out, forget the model, drop late answers."""
        self._generation += 1
        self._tick.stop()
        steps = self.steps
        if steps is not None and steps.session_token is not None:
            self._log_out(steps.session_token)
        if steps is not None:
            steps.wipe()
        self.steps = None

    # -- signing in -------------------------------------------------------------------------

    def _read_sign_in(self, steps: AddCardSteps) -> None:
        steps.phone_region = self.screen.phone.region()
        steps.phone = self.screen.phone.text()
        steps.password = self.screen.password.text()

    def _sign_in(self) -> None:
        steps = self.steps
        if steps is None:
            return
        self._read_sign_in(steps)
        if not steps.check_sign_in(with_password=True):
            self.screen.show_issues(steps.issues, "")
            return
        phone, password = steps.phone_e164(), steps.password
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().login_password(phone, password),
            self._signed_in,
            self._sign_in_failed,
            on_stale=self._close_session,
        )

    def _start_sms(self) -> None:
        steps = self.steps
        if steps is None:
            return
        self._read_sign_in(steps)
        if not steps.check_sign_in(with_password=False):
            self.screen.show_issues(steps.issues, "")
            return
        phone = steps.phone_e164()
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().start_sms_login(phone), self._code_sent, self._sign_in_failed
        )

    def _code_sent(self, challenge: SmsChallenge) -> None:
        if self.steps is None:
            return
        self.screen.password.setText("")
        self.steps.code_sent(challenge, self._clock())
        self._show()

    def _signed_in(self, session: ShopperSession) -> None:
        if self.steps is None:
            self._close_session(session)
            return
        self.screen.password.setText("")
        self.steps.signed_in(session)
        self._show()

    def _close_session(self, session: ShopperSession) -> None:
        """A sign-in answered after the shopper left: end the session nobody will use."""
        self._log_out(session.token)

    def _sign_in_failed(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.password.setText("")
        self.screen.show_issues({}, self._refusal_text(refusal_for(error)))

    def _confirm_code(self, code: str) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None or self.screen.is_busy():
            return
        challenge_id = steps.challenge.challenge_id
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().confirm_sms_login(challenge_id, code),
            self._signed_in,
            self._code_refused,
            on_stale=self._close_session,
        )

    def _code_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        self.screen.set_busy(False)
        self._show_code_refusal(steps.challenge, error)

    def _resend(self) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        if steps.challenge.exhausted:
            self._start_sms_again()
            return
        challenge_id = steps.challenge.challenge_id
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().resend_sms_login(challenge_id),
            self._resent,
            self._resend_refused,
        )

    def _start_sms_again(self) -> None:
        steps = self.steps
        if steps is None:
            return
        steps.back()
        self._show()
        self._start_sms()

    # -- linking ----------------------------------------------------------------------------

    def _link(self, raw: str) -> None:
        steps = self.steps
        if steps is None or steps.session_token is None:
            return
        try:
            number = parse_card_number(raw)
        except InvalidCardNumber:
            issue = Issue.REQUIRED if not raw.strip() else Issue.CARD_NUMBER_INVALID
            self.screen.show_issues({"card_number": FieldIssue(issue)}, "")
            return
        token = steps.session_token
        before = len(steps.cards)
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().link_card(token, number),
            lambda account: self._linked(number, account, before),
            lambda error: self._link_refused(number, error),
        )

    def _linked(self, number: str, account: AccountSummary, cards_before: int) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        steps.card_linked(number, account)
        log.info("card %s linked to an account", mask_card(number))
        if len(account.cards) == cards_before:
            text = arg(self.tr("The card %1 is already on your account."), mask_card(number))
        else:
            text = arg(
                self.tr("The card %1 now collects bonus points on your account."),
                mask_card(number),
            )
        more = len(account.cards) < steps.card_limit
        self.screen.show_outcome(self.tr("The card is added"), text, steps.cards, more=more)

    def _link_refused(self, number: str, error: BaseException) -> None:
        steps = self.steps
        if steps is None:
            return
        refusal = steps.link_refused(number, error)
        if refusal is Refusal.SESSION_EXPIRED:
            self._show()
            self.screen.show_issues({}, self._refusal_text(refusal))
            return
        if refusal in (Refusal.OFFLINE, Refusal.TIMEOUT, Refusal.FAILED, Refusal.RATE_LIMITED):
            # Not the card's fault: stay on the scan page, the number kept to try again.
            steps.scan_another()
            self.screen.set_busy(False)
            self.screen.show_issues({}, self._refusal_text(refusal))
            return
        outcome = steps.outcome
        cards = outcome.cards if outcome is not None else ()
        if refusal is Refusal.CARD_LIMIT:
            text = arg(self.tr("Your account already has %1 cards, the most allowed:"), len(cards))
        else:
            text = self._refusal_text(refusal)
            cards = ()
        self.screen.set_busy(False)
        self.screen.show_outcome(
            arg(self.tr("The card %1 could not be added"), mask_card(number)),
            text,
            cards,
            more=refusal is not Refusal.CARD_LIMIT,
        )
