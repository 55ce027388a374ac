"""Driving the add-a-card wizard: sign-in, link and sign-out calls off the GUI thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.core.add_card import AddCardStep, AddCardSteps
from kiosk.core.cards import InvalidCardNumber, parse_card_number
from kiosk.core.masking import mask_card
from kiosk.core.registration import FieldIssue, Issue
from kiosk.core.verification import Refusal, refusal_for
from kiosk.qt.screens.add_card import AddCardScreen
from kiosk.qt.screens.base import arg
from kiosk.qt.tasks import Runner
from kiosk.qt.wizards.driver import TICK_MS, WizardDriver

if TYPE_CHECKING:
    from kiosk.contract import (
        AccountSummary,
        ProgramInfo,
        ShopperSession,
        SmsChallenge,
    )


log = logging.getLogger("kiosk.add_card")


class AddCardWizard(WizardDriver[AddCardScreen, AddCardSteps]):
    """Drives :class:`AddCardScreen`; the screen's ``finished``/``cancelled`` end it, after
    the shopper session was closed. ``central`` returns the central client (called on worker
    threads only)."""

    def __init__(
        self,
        screen: AddCardScreen,
        central: Callable[[], Any],
        runner: Runner,
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
