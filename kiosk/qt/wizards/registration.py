"""Driving the registration wizard: runs what the Qt-free steps decide and calls the central off
the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.core.cards import InvalidCardNumber, parse_card_number
from kiosk.core.masking import mask_card
from kiosk.core.registration import (
    FieldIssue,
    Issue,
    RegistrationSteps,
    Step,
)
from kiosk.core.verification import Refusal, refusal_for
from kiosk.qt.screens import wizard_texts
from kiosk.qt.screens.registration import _CODE_STEPS, RegistrationScreen
from kiosk.qt.tasks import Runner
from kiosk.qt.widgets.fields import (
    wipe_inputs,
)
from kiosk.qt.wizards.driver import TICK_MS, WizardDriver

if TYPE_CHECKING:
    # The screens are built before the first screen is up; pydantic loads later, with the
    # client, on a worker thread.
    from kiosk.contract import (
        AccountSummary,
        CardInfo,
        ProgramInfo,
        RegistrationConfirmed,
        RegistrationStatus,
    )
    from kiosk.core.errors import CentralError


#: Seconds the success screen stays before the kiosk returns to its start screen by itself.
SUCCESS_RETURN_MS = 20_000

log = logging.getLogger("kiosk.registration")


class RegistrationWizard(WizardDriver[RegistrationScreen, RegistrationSteps]):
    """Drives :class:`RegistrationScreen` from the start to an active card (or a linked one).

    The screen's ``finished`` and ``cancelled`` tell the kiosk flow the wizard is over;
    everything is wiped before either is emitted. ``central`` returns the central client
    (called on worker threads only); ``program`` the program info the kiosk already has.
    ``clock`` is monotonic seconds and ``today`` the kiosk's date, both injectable;
    ``tick_ms`` paces the resend countdown and ``success_ms`` the return to the start screen.
    """

    def __init__(
        self,
        screen: RegistrationScreen,
        central: Callable[[], Any],
        runner: Runner,
        *,
        program: Callable[[], ProgramInfo | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        tick_ms: int = TICK_MS,
        success_ms: int = SUCCESS_RETURN_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            screen, central, runner, program=program, clock=clock, tick_ms=tick_ms, parent=parent
        )
        self._today = today
        self._success_timer = QTimer(self)
        self._success_timer.setSingleShot(True)
        self._success_timer.setInterval(success_ms)
        self._success_timer.timeout.connect(self._done)
        screen.next_requested.connect(self._next)
        screen.back_requested.connect(self._back)
        screen.cancel_requested.connect(self._cancel)
        screen.done_requested.connect(self._done)
        screen.link_requested.connect(self._start_link)
        screen.other_phone_requested.connect(lambda: self._go_to(Step.PHONE))
        screen.code_entry.code_entered.connect(self._confirm)
        screen.code_entry.resend_requested.connect(self._resend)
        screen.code_entry.change_phone_requested.connect(lambda: self._go_to(Step.PHONE))
        screen.wiped.connect(self._forget)
        screen.begin_requested.connect(lambda number: self.begin(self._program_source(), number))
        screen.scan_received.connect(self.card_scanned)

    # -- entry points -------------------------------------------------------------------------

    def begin(self, program: ProgramInfo | None, card_number: str | None) -> None:
        """Start afresh; ``card_number`` when the card is known (the not-registered screen)."""
        self.screen.clear()
        self._generation += 1
        if program is None:
            self._fetch_program(card_number)
            return
        self._start(program, card_number)

    def card_scanned(self, number: str) -> None:
        """A card scanned while the wizard is on screen (routed by the flow)."""
        steps = self.steps
        if steps is None or steps.step is not Step.CARD or self.screen.is_stopped():
            return
        self.screen.set_card_number(number)
        self._check_card(number)

    # -- steps ------------------------------------------------------------------------------

    def _start(self, program: ProgramInfo, card_number: str | None) -> None:
        self.program = program
        self.steps = RegistrationSteps(program, card_number=card_number, today=self._today)
        self.screen.configure(program, self.steps.asked, self.steps.latest_birth_date())
        self._show()

    def _fetch_program(self, card_number: str | None) -> None:
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().program_info(),
            lambda program: self._start(program, card_number),
            self._stop_for_error,
        )

    def _show(self) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        step = steps.step
        sequence = [*steps.form_steps, Step.CODE]
        number = sequence.index(step) + 1 if step in sequence else 0
        if step is Step.LINK_CODE:
            number = len(sequence)
        self.screen.show_step(step, number, len(sequence))
        self.screen.show_issues(steps.issues, steps.general_message)
        self._show_code_page()

    def _on_code_step(self, steps: RegistrationSteps) -> bool:
        return steps.step in _CODE_STEPS

    def _next(self) -> None:
        steps = self.steps
        if steps is None:
            return
        step = steps.step
        if step is Step.CARD:
            self._check_card(self.screen.card_number.text())
        elif step in steps.form_steps:
            self.screen.read_into(steps.form)
            last = steps.is_last_form_step()
            if not steps.advance():
                self.screen.show_issues(steps.issues, steps.general_message)
            elif last:
                self._submit()
            else:
                self._show()
        elif step in _CODE_STEPS:
            code = self.screen.code_entry.code.text()
            if code:
                self._confirm(code)

    def _back(self) -> None:
        steps = self.steps
        if steps is None or not steps.back():
            self._cancel()
            return
        self._generation += 1  # whatever was on its way belongs to the step we left
        self._show()

    def _go_to(self, step: Step) -> None:
        if self.steps is None:
            return
        self._generation += 1
        self.steps.go_to(step)
        self._show()

    def _forget(self) -> None:
        """The screen was wiped (cancel, idle, done): drop the model and late answers."""
        self._generation += 1
        self._tick.stop()
        self._success_timer.stop()
        if self.steps is not None:
            self.steps.wipe()
        self.steps = None

    # -- the card ---------------------------------------------------------------------------

    def _check_card(self, raw: str) -> None:
        steps = self.steps
        if steps is None:
            return
        try:
            number = parse_card_number(raw)
        except InvalidCardNumber:
            issue = Issue.REQUIRED if not raw.strip() else Issue.CARD_NUMBER_INVALID
            self.screen.show_issues({"card_number": FieldIssue(issue)}, "")
            return
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().lookup_card(number),
            lambda card: self._card_checked(number, card),
            self._card_check_failed,
        )

    def _card_checked(self, number: str, card: CardInfo) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        refusal = {
            "active": Refusal.CARD_REGISTERED,
            "blocked": Refusal.CARD_BLOCKED,
            "not_issued": Refusal.CARD_NOT_SOLD,
        }.get(card.status)
        if refusal is not None:
            self.screen.show_issues(
                {"card_number": FieldIssue(Issue.CENTRAL, wizard_texts.refusal_text(refusal))}, ""
            )
            return
        steps.card_accepted(number)
        self._show()

    def _card_check_failed(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_issues(
            {"card_number": FieldIssue(Issue.CENTRAL, self._refusal_text(refusal_for(error)))}, ""
        )

    # -- registering ------------------------------------------------------------------------

    def _submit(self) -> None:
        steps = self.steps
        if steps is None:
            return
        try:
            request = steps.request()
        except ValueError:
            # A step lost its value on the way (it cannot be sent): back to that step.
            broken = steps.first_step_with_issues() or steps.form_steps[0]
            steps.go_to(broken)
            steps.issues = steps.check(broken)
            self._show()
            return
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().start_registration(request),
            self._code_sent,
            self._registration_refused,
        )

    def _code_sent(self, status: RegistrationStatus) -> None:
        if self.steps is None:
            return
        self.steps.code_sent(status, self._clock())
        self._show()

    def _registration_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        from kiosk.core.errors import CentralError

        refusal = refusal_for(error)
        if refusal is Refusal.VALIDATION and isinstance(error, CentralError):
            detail = error.problem.detail if error.problem and not error.field_errors else ""
            steps.central_refused(error.field_errors, detail)
            self._show()
        elif refusal is Refusal.PHONE_REGISTERED:
            steps.phone_registered()
            self._show()
        elif refusal in (
            Refusal.CARD_REGISTERED,
            Refusal.CARD_BLOCKED,
            Refusal.CARD_NOT_SOLD,
            Refusal.CARD_NOT_FOUND,
            Refusal.INVALID_CARD_NUMBER,
        ):
            self._stop(refusal)
        else:
            # The central could not be asked: stay here with everything typed, try again.
            self.screen.show_issues(steps.issues, self._refusal_text(refusal))

    def _confirm(self, code: str) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None or self.screen.is_busy():
            return
        challenge_id = steps.challenge.challenge_id
        self.screen.set_busy(True)
        if steps.step is Step.LINK_CODE:
            number = steps.form.card_number
            self._call(
                lambda: self._confirm_and_link(challenge_id, code, number),
                lambda _account: self._linked(number),
                self._code_refused,
            )
        else:
            self._call(
                lambda: self._central().confirm_registration(challenge_id, code),
                self._registered,
                self._code_refused,
                on_stale=self._close_session,
            )

    def _close_session(self, confirmed: RegistrationConfirmed) -> None:
        # No "remember me" on a shared kiosk: the session the central opened ends right away.
        self._log_out(confirmed.session.token)

    def _registered(self, confirmed: RegistrationConfirmed) -> None:
        self._close_session(confirmed)
        steps = self.steps
        if steps is None:
            return
        steps.registered(confirmed.card.number)
        self._finish(linked=False)

    def _linked(self, number: str) -> None:
        steps = self.steps
        if steps is None:
            return
        steps.linked(number)
        self._finish(linked=True)

    def _finish(self, *, linked: bool) -> None:
        steps = self.steps
        assert steps is not None
        self._tick.stop()
        self.screen.set_busy(False)
        wipe_inputs(self.screen.pages)  # nothing typed stays behind the success screen
        self.screen.show_success(steps.done_card_number, steps.done_phone_masked, linked=linked)
        log.info(
            "card %s %s", mask_card(steps.done_card_number), "linked" if linked else "registered"
        )
        self._success_timer.start()

    def _code_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        if isinstance(error, _LinkFailed):
            self._stop(refusal_for(error.error))
            return
        if steps.challenge is not None:
            self._show_code_refusal(steps.challenge, error)

    def _resend(self) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        if steps.challenge.exhausted:
            # Too many wrong codes: this code is dead; a fresh start sends a new one.
            self.screen.code_entry.set_message("")
            if steps.step is Step.LINK_CODE:
                self._start_link()
            else:
                self._submit()
            return
        challenge_id = steps.challenge.challenge_id
        by_sms_login = steps.step is Step.LINK_CODE

        def resend() -> Any:
            central = self._central()
            if by_sms_login:
                return central.resend_sms_login(challenge_id)
            return central.resend_registration_code(challenge_id)

        self.screen.set_busy(True)
        self._call(resend, self._resent, self._resend_refused)

    # -- the phone already has an account -----------------------------------------------------

    def _start_link(self) -> None:
        steps = self.steps
        if steps is None:
            return
        phone = steps.phone_e164()
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().start_sms_login(phone),
            self._link_code_sent,
            self._link_start_failed,
        )

    def _link_code_sent(self, challenge: Any) -> None:
        if self.steps is None:
            return
        self.steps.link_code_sent(challenge, self._clock())
        self._show()

    def _link_start_failed(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_issues({}, self._refusal_text(refusal_for(error)))

    def _confirm_and_link(self, challenge_id: str, code: str, number: str) -> AccountSummary:
        """Runs on a worker: sign in with the code, link the card, sign out again."""
        from kiosk.core.errors import CentralError

        session = self._central().confirm_sms_login(challenge_id, code)
        try:
            account: AccountSummary = self._central().link_card(session.token, number)
            return account
        except CentralError as error:
            raise _LinkFailed(error) from error
        finally:
            try:
                self._central().logout(session.token)
            except CentralError:
                log.info("shopper session could not be closed; it expires by itself")

    # -- plumbing ---------------------------------------------------------------------------

    def _stop(self, refusal: Refusal) -> None:
        self._tick.stop()
        self.screen.set_busy(False)
        wipe_inputs(self.screen.pages)
        if self.steps is not None:
            self.steps.form.wipe()
        self.screen.show_stopped(self._refusal_text(refusal))

    def _stop_for_error(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_stopped(self._refusal_text(refusal_for(error)))


class _LinkFailed(Exception):
    """The code was right but the card could not be linked (limit, other account, ...)."""

    def __init__(self, error: CentralError) -> None:
        super().__init__(str(error))
        self.error = error
