"""The registration wizard's state machine, Qt-free: from "register a card" to an active card,
or to the card added to the account the phone already has.

Events in, commands out (see :mod:`kiosk.core.wizards.flow`); the form, its checks and the step
order are :class:`~kiosk.core.wizards.registration.form.RegistrationSteps`. Decided here:

- which card statuses refuse a card at the first step (:data:`CARD_STATUS_REFUSALS`),
- which refusals of the registration end the wizard (:data:`ENDING_REFUSALS`) and which send
  the shopper back to a step (field errors, the phone of an existing account),
- the phone of an existing account: an SMS code to it signs in, the card is linked, and the
  session is closed at once (sign-in, link, sign-out),
- the session registration opens is closed at once too (no "remember me" on a shared kiosk),
  also when its answer comes after the shopper left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from kiosk.core.wizards.flow import (
    CentralCall,
    ClearIssues,
    CloseSession,
    ConfirmRegistration,
    ConfirmSmsLogin,
    FetchProgram,
    LinkCard,
    LookupCard,
    ResendRegistrationCode,
    ResendSmsLogin,
    SetCardNumber,
    ShowCodeMessage,
    ShowIssues,
    StartRegistration,
    StartSmsLogin,
    StartTimer,
    StopTimer,
    Wipe,
    WizardFlow,
    WizardTimer,
    event,
)
from kiosk.core.wizards.registration.form import (
    FieldInvalid,
    FieldIssue,
    Issue,
    RegistrationForm,
    RegistrationSteps,
    Step,
    normalize_card_number,
)
from kiosk.core.wizards.verification import Refusal, refusal_for

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo

#: A card the central knows but that cannot be registered, by its status.
CARD_STATUS_REFUSALS: dict[str, Refusal] = {
    "active": Refusal.CARD_REGISTERED,
    "blocked": Refusal.CARD_BLOCKED,
    "not_issued": Refusal.CARD_NOT_SOLD,
}
#: Refusals of the registration that no change of the form can help: the wizard stops.
ENDING_REFUSALS = frozenset(
    {
        Refusal.CARD_REGISTERED,
        Refusal.CARD_BLOCKED,
        Refusal.CARD_NOT_SOLD,
        Refusal.CARD_NOT_FOUND,
        Refusal.INVALID_CARD_NUMBER,
    }
)
#: The steps that show the SMS code page, and the steps the wizard ends on.
CODE_STEPS = (Step.CODE, Step.LINK_CODE)
END_STEPS = (Step.SUCCESS, Step.LINKED)


# --- commands of its own -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Configure:
    """Fit the pages to the program: which fields are asked, which are required."""

    program: ProgramInfo
    asked: dict[str, bool]
    latest_birth_date: dt.date


@dataclass(frozen=True, slots=True)
class ShowStep:
    """Show ``step``, as step ``number`` of ``total`` (0: not counted); ``card``: the card being
    registered, once it is known (given at the start, as on a cashier's hand-over, or scanned
    and accepted), so that the shopper sees which card it is."""

    step: Step
    number: int = 0
    total: int = 0
    #: Beside the step, not part of which step it is (compared as the step alone).
    card: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ShowSuccess:
    """Registered (or linked): nothing typed stays, the card and the phone (masked) show."""

    card_number: str = field(repr=False)
    phone_masked: str
    linked: bool


@dataclass(frozen=True, slots=True)
class ShowStopped:
    """The wizard cannot go on (a card or service problem): nothing typed stays, the reason
    shows, and Done."""

    refusal: Refusal


class RegistrationFlow(WizardFlow):
    """``clock`` is monotonic seconds, ``today`` the kiosk's date (the minimum age)."""

    code_steps = CODE_STEPS

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(clock)
        self._today = today
        self.steps: RegistrationSteps | None = None
        #: The wizard stopped on a refusal (only Done is left).
        self.stopped = False
        #: The card the wizard is about, while the program is being fetched.
        self._card_number: str | None = None

    # -- entry points -----------------------------------------------------------------------

    @event
    def begin(self, program: ProgramInfo | None, card_number: str | None) -> list[Any]:
        """Start afresh; ``card_number`` when the card is known (the not-registered screen)."""
        commands = [Wipe(), *self._forget()]
        if program is None:
            self._card_number = card_number
            return commands + self._ask(FetchProgram())
        return commands + self._start(program, card_number)

    @event
    def card_scanned(self, number: str) -> list[Any]:
        """A card scanned while the wizard is on screen: the card to register, on its step."""
        steps = self.steps
        if steps is None or steps.step is not Step.CARD or self.stopped or self.busy:
            return []
        return [SetCardNumber(number), *self._check_card(number)]

    # -- the shopper's taps ---------------------------------------------------------------

    @event
    def next(
        self, typed: RegistrationForm, code: str = "", *, shown: Step | None = None
    ) -> list[Any]:
        """'Next' (or 'confirm') tapped on step ``shown``: ``typed`` is what the form's fields
        hold, the card field included; ``code`` what the code field holds. Taken once per step
        (see :meth:`_takes_next`)."""
        steps = self.steps
        if steps is None or not self._takes_next(shown):
            return []
        step = steps.step
        if step is Step.CARD:
            return self._check_card(typed.card_number)
        if step in steps.form_steps:
            _take_typed(steps.form, typed)
            last = steps.is_last_form_step()
            if not steps.advance():
                return [ShowIssues(steps.issues, steps.general_message)]
            return self._submit() if last else self._show()
        if step in CODE_STEPS and code:
            return self._confirm(code)
        return []

    @event
    def go_to(self, step: Step) -> list[Any]:
        """'Use another phone number', 'change the number': back to a form step."""
        if self.steps is None:
            return []
        self._drop_pending()
        self.steps.go_to(step)
        return self._show()

    @event
    def start_link(self) -> list[Any]:
        """'Send the code' on the offer to add the card to the phone's account."""
        steps = self.steps
        if steps is None:
            return []
        return self._ask(StartSmsLogin(steps.phone_e164()))

    @event
    def resend(self) -> list[Any]:
        steps = self.steps
        challenge = self._challenge()
        if steps is None or challenge is None:
            return []
        if challenge.exhausted:
            # Too many wrong codes: this code is dead; a fresh start sends a new one.
            if steps.step is Step.LINK_CODE:
                cleared = self._show_code_message(ShowCodeMessage())
                return [cleared, *self._ask(StartSmsLogin(steps.phone_e164()))]
            return [self._show_code_message(ShowCodeMessage()), *self._submit()]
        if steps.step is Step.LINK_CODE:
            return self._ask(ResendSmsLogin(challenge.challenge_id))
        return self._ask(ResendRegistrationCode(challenge.challenge_id))

    # -- the central's answers --------------------------------------------------------------

    def _on_answer(self, call: CentralCall, result: Any) -> list[Any]:
        if isinstance(call, FetchProgram):
            return self._start(result, self._card_number)
        steps = self.steps
        if steps is None:
            return []
        match call:
            case LookupCard(number=number):
                refusal = CARD_STATUS_REFUSALS.get(result.status)
                if refusal is not None:
                    return self._card_issue(FieldIssue(Issue.REFUSED, refusal=refusal))
                steps.card_accepted(number)
                return self._show()
            case StartRegistration():
                steps.code_sent(result, self._clock())
                return self._show()
            case ConfirmRegistration():
                steps.registered(result.card.number)
                # No "remember me" on a shared kiosk: the session it opened ends right away.
                return [CloseSession(result.session.token), *self._finish(linked=False)]
            case StartSmsLogin():
                steps.link_code_sent(result, self._clock())
                return self._show()
            case ConfirmSmsLogin():
                # Signed in to the phone's account: link the card, then sign out again.
                return self._ask(LinkCard(result.token, steps.form.card_number))
            case LinkCard(token=token, number=number):
                steps.linked(number)
                return [CloseSession(token), *self._finish(linked=True)]
            case ResendRegistrationCode() | ResendSmsLogin():
                return self._resent(result)
        return []

    def _on_failure(self, call: CentralCall, error: BaseException) -> list[Any]:
        refusal = refusal_for(error)
        match call:
            case FetchProgram():
                return self._stop(refusal)
            case LookupCard():
                return self._card_issue(FieldIssue(Issue.REFUSED, refusal=refusal))
            case StartRegistration():
                return self._registration_refused(error)
            case ConfirmRegistration() | ConfirmSmsLogin():
                return self._code_refused(error)
            case LinkCard(token=token):
                # The code was right but the card could not be linked (limit, other account).
                return [CloseSession(token), *self._stop(refusal)]
            case StartSmsLogin():
                return [ShowIssues({}, refusal=refusal)]
            case ResendRegistrationCode() | ResendSmsLogin():
                return self._resend_refused(error)
        return []

    def _on_late(self, call: CentralCall) -> list[Any]:
        # The shopper left between signing in and linking: the session is closed all the same.
        if isinstance(call, LinkCard):
            return [CloseSession(call.token)]
        return []

    def _issues_settled_by(self, name: str) -> list[Any]:
        if self.steps is None or self.stopped:
            return []
        settled = self.steps.input_changed(name)
        return [ClearIssues(settled)] if settled else []

    def _on_timer(self, timer: WizardTimer) -> list[Any]:
        if timer is WizardTimer.SUCCESS_RETURN and self.steps is not None:
            return self._leave(completed=True)
        return []

    # -- steps ------------------------------------------------------------------------------

    def _start(self, program: ProgramInfo, card_number: str | None) -> list[Any]:
        self.program = program
        self.steps = RegistrationSteps(program, card_number=card_number, today=self._today)
        configure = Configure(program, dict(self.steps.asked), self.steps.latest_birth_date())
        return [configure, *self._show()]

    def _show(self) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        sequence = [*steps.form_steps, Step.CODE]
        step = steps.step
        number = sequence.index(step) + 1 if step in sequence else 0
        if step is Step.LINK_CODE:
            number = len(sequence)
        return [
            ShowStep(step, number, len(sequence), card=steps.form.card_number),
            ShowIssues(steps.issues, steps.general_message),
            *self._code_page(),
        ]

    def _check_card(self, raw: str) -> list[Any]:
        try:
            number = normalize_card_number(raw)
        except FieldInvalid as problem:
            return self._card_issue(FieldIssue(problem.issue))
        return self._ask(LookupCard(number))

    def _card_issue(self, issue: FieldIssue) -> list[Any]:
        """What is wrong with the card to register, at its field (and in the model, so that
        changing the number settles it)."""
        if self.steps is not None:
            self.steps.issues = {"card_number": issue}
        return [ShowIssues({"card_number": issue})]

    def _submit(self) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        try:
            request = steps.request()
        except ValueError:
            # A step lost its value on the way (it cannot be sent): back to that step.
            broken = steps.first_step_with_issues() or steps.form_steps[0]
            steps.go_to(broken)
            steps.issues = steps.check(broken)
            return self._show()
        return self._ask(StartRegistration(request))

    def _registration_refused(self, error: BaseException) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        from kiosk.core.client.errors import CentralError

        refusal = refusal_for(error)
        if refusal is Refusal.VALIDATION and isinstance(error, CentralError):
            # Back to the first step with a field the central refused, its words under it.
            detail = error.problem.detail if error.problem and not error.field_errors else ""
            steps.central_refused(error.field_errors, detail)
            return self._show()
        if refusal is Refusal.PHONE_REGISTERED:
            steps.phone_registered()  # offer to add the card to that account
            return self._show()
        if refusal in ENDING_REFUSALS:
            return self._stop(refusal)
        # The central could not be asked: stay here with everything typed, try again.
        return [ShowIssues(steps.issues, refusal=refusal)]

    def _confirm(self, code: str) -> list[Any]:
        steps = self.steps
        challenge = self._challenge()
        if steps is None or challenge is None or self.busy:
            return []
        if steps.step is Step.LINK_CODE:
            return self._ask(ConfirmSmsLogin(challenge.challenge_id, code))
        return self._ask(ConfirmRegistration(challenge.challenge_id, code))

    def _finish(self, *, linked: bool) -> list[Any]:
        steps = self.steps
        assert steps is not None
        return [
            StopTimer(WizardTimer.RESEND_TICK),
            ShowSuccess(steps.done_card_number, steps.done_phone_masked, linked=linked),
            StartTimer(WizardTimer.SUCCESS_RETURN),
        ]

    def _stop(self, refusal: Refusal) -> list[Any]:
        self.stopped = True
        if self.steps is not None:
            self.steps.form.wipe()
        return [StopTimer(WizardTimer.RESEND_TICK), ShowStopped(refusal)]

    def _forget(self) -> list[Any]:
        self._drop_pending()
        self.stopped = False
        self._card_number = None
        if self.steps is not None:
            self.steps.wipe()
        self.steps = None
        return [StopTimer(WizardTimer.RESEND_TICK), StopTimer(WizardTimer.SUCCESS_RETURN)]


def _take_typed(form: RegistrationForm, typed: RegistrationForm) -> None:
    """What the fields hold, into the model; the card number only comes in once accepted."""
    for name in (f.name for f in fields(RegistrationForm)):
        if name != "card_number":
            setattr(form, name, getattr(typed, name))
