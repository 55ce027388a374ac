"""The add-a-card wizard's state machine, Qt-free: sign in, scan the card, linked or why not.

Events in, commands out (see :mod:`kiosk.core.wizards.flow`); what the shopper typed and the
session are :class:`~kiosk.core.wizards.add_card.steps.AddCardSteps`. Decided here:

- 'next' means sign in, confirm the code or add the card, by the step,
- which refusals of a card keep the shopper on the scan page with the number
  (:data:`RETRY_REFUSALS`: not the card's fault) and which show an outcome page,
- an expired session sends the shopper back to sign in,
- the session is closed when the wizard ends (done, cancel, the kiosk's reset), and a
  sign-in that answers after the shopper left gets its session closed at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.core.wizards.add_card.steps import AddCardStep, AddCardSteps
from kiosk.core.wizards.flow import (
    CentralCall,
    ClearIssues,
    CloseSession,
    ConfirmSmsLogin,
    LinkCard,
    LoginPassword,
    ResendSmsLogin,
    SetCardNumber,
    ShowIssues,
    StartSmsLogin,
    StopTimer,
    Wipe,
    WizardFlow,
    WizardTimer,
    event,
)
from kiosk.core.wizards.registration.form import (
    FieldInvalid,
    FieldIssue,
    PhoneRegion,
    normalize_card_number,
)
from kiosk.core.wizards.verification import Refusal, refusal_for

if TYPE_CHECKING:
    from kiosk.contract import LinkedCard, ProgramInfo

#: Fields whose change answers the sign-in's refusal ("wrong phone or password"): it goes as
#: soon as the shopper corrects either.
SIGN_IN_FIELDS = frozenset({"phone", "password"})
#: A card refused for a reason that is not the card's: the shopper may simply try again.
RETRY_REFUSALS = frozenset({Refusal.OFFLINE, Refusal.TIMEOUT, Refusal.FAILED, Refusal.RATE_LIMITED})


@dataclass(frozen=True, slots=True, repr=False)
class AddCardTyped:
    """What the add-a-card screen's fields hold."""

    phone_region: PhoneRegion = "BY"
    phone: str = ""
    password: str = ""
    card_number: str = ""
    code: str = ""

    def __repr__(self) -> str:
        return "AddCardTyped(<personal data>)"


# --- commands of its own -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShowStep:
    step: AddCardStep


@dataclass(frozen=True, slots=True)
class ShowAccount:
    """The signed-in account on the scan page: greeting and cards (masked); the card field
    empty."""

    first_name: str = field(repr=False)
    cards: tuple[LinkedCard, ...]
    card_limit: int


@dataclass(frozen=True, slots=True)
class ClearPassword:
    """The password typed goes (sent, refused, or no longer needed)."""


@dataclass(frozen=True, slots=True)
class ShowOutcome:
    """The card was linked (``refusal`` None; ``already_there`` when the account had it), or
    why not; ``cards`` are the account's cards to list (those that fill it on card-limit),
    ``more`` whether another card may be added."""

    card_number: str = field(repr=False)
    refusal: Refusal | None
    cards: tuple[LinkedCard, ...]
    more: bool
    already_there: bool = False


class AddCardFlow(WizardFlow):
    """``clock`` is monotonic seconds (the SMS code's deadlines)."""

    code_steps = (AddCardStep.CODE,)

    def __init__(self, *, clock: Callable[[], float]) -> None:
        super().__init__(clock)
        self.steps: AddCardSteps | None = None
        #: Cards on the account when the card being linked was sent.
        self._cards_before = 0

    # -- entry points -----------------------------------------------------------------------

    @event
    def begin(self, program: ProgramInfo | None) -> list[Any]:
        commands = [Wipe(), *self._forget()]
        self.program = program
        self.steps = AddCardSteps()
        return commands + self._show()

    @event
    def card_scanned(self, number: str) -> list[Any]:
        """A card scanned while the wizard is on screen: the card to add, on the scan page."""
        steps = self.steps
        if steps is None or steps.step is not AddCardStep.SCAN or self.busy:
            return []
        return [SetCardNumber(number), *self._link(number)]

    # -- the shopper's taps ---------------------------------------------------------------

    @event
    def next(self, typed: AddCardTyped, *, shown: AddCardStep | None = None) -> list[Any]:
        """'Next' tapped on step ``shown``; taken once per step (see :meth:`_takes_next`)."""
        steps = self.steps
        if steps is None or not self._takes_next(shown):
            return []
        if steps.step is AddCardStep.SIGN_IN:
            return self._sign_in(typed, with_password=True)
        if steps.step is AddCardStep.CODE and typed.code:
            return self._confirm(typed.code)
        if steps.step is AddCardStep.SCAN:
            return self._link(typed.card_number)
        return []

    @event
    def sms_requested(self, typed: AddCardTyped) -> list[Any]:
        """'Forgot the password? Get an SMS code instead'."""
        if self.steps is None or self.busy:
            return []
        return self._sign_in(typed, with_password=False)

    @event
    def resend(self) -> list[Any]:
        steps = self.steps
        challenge = self._challenge()
        if steps is None or challenge is None:
            return []
        if challenge.exhausted:
            # Too many wrong codes: back to signing in, and a new code to the same phone.
            steps.back()
            return [*self._show(), *self._ask(StartSmsLogin(steps.phone_e164()))]
        return self._ask(ResendSmsLogin(challenge.challenge_id))

    @event
    def add_another(self) -> list[Any]:
        if self.steps is None:
            return []
        self.steps.scan_another()
        return self._show()

    # -- the central's answers --------------------------------------------------------------

    def _on_answer(self, call: CentralCall, result: Any) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        match call:
            case LoginPassword() | ConfirmSmsLogin():
                steps.signed_in(result)
                return [ClearPassword(), *self._show()]
            case StartSmsLogin():
                steps.code_sent(result, self._clock())
                return [ClearPassword(), *self._show()]
            case ResendSmsLogin():
                return self._resent(result)
            case LinkCard(number=number):
                steps.card_linked(number, result)
                return [
                    ShowOutcome(
                        number,
                        None,
                        steps.cards,
                        more=len(steps.cards) < steps.card_limit,
                        already_there=len(steps.cards) == self._cards_before,
                    )
                ]
        return []

    def _on_failure(self, call: CentralCall, error: BaseException) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        match call:
            case LoginPassword() | StartSmsLogin():
                return [ClearPassword(), ShowIssues({}, refusal=refusal_for(error))]
            case ConfirmSmsLogin():
                return self._code_refused(error)
            case ResendSmsLogin():
                return self._resend_refused(error)
            case LinkCard(number=number):
                return self._link_refused(steps, number, error)
        return []

    def _issues_settled_by(self, name: str) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        settled = steps.input_changed(name)
        general = steps.step is AddCardStep.SIGN_IN and name in SIGN_IN_FIELDS
        return [ClearIssues(settled, general=general)] if settled or general else []

    # -- steps ------------------------------------------------------------------------------

    def _show(self) -> list[Any]:
        steps = self.steps
        if steps is None:
            return []
        commands: list[Any] = []
        if steps.step is AddCardStep.SCAN:
            commands.append(ShowAccount(steps.first_name, steps.cards, steps.card_limit))
        return [*commands, ShowStep(steps.step), *self._code_page()]

    def _sign_in(self, typed: AddCardTyped, *, with_password: bool) -> list[Any]:
        steps = self.steps
        assert steps is not None
        steps.phone_region = typed.phone_region
        steps.phone = typed.phone
        steps.password = typed.password
        if not steps.check_sign_in(with_password=with_password):
            return [ShowIssues(steps.issues)]
        if with_password:
            return self._ask(LoginPassword(steps.phone_e164(), steps.password))
        return self._ask(StartSmsLogin(steps.phone_e164()))

    def _confirm(self, code: str) -> list[Any]:
        challenge = self._challenge()
        if challenge is None or self.busy:
            return []
        return self._ask(ConfirmSmsLogin(challenge.challenge_id, code))

    def _link(self, raw: str) -> list[Any]:
        steps = self.steps
        if steps is None or steps.session_token is None:
            return []
        try:
            number = normalize_card_number(raw)
        except FieldInvalid as problem:
            # In the model too: changing the number settles it.
            steps.issues = {"card_number": FieldIssue(problem.issue)}
            return [ShowIssues(dict(steps.issues))]
        self._cards_before = len(steps.cards)
        return self._ask(LinkCard(steps.session_token, number))

    def _link_refused(self, steps: AddCardSteps, number: str, error: BaseException) -> list[Any]:
        refusal = steps.link_refused(number, error)
        if refusal is Refusal.SESSION_EXPIRED:
            return [*self._show(), ShowIssues({}, refusal=refusal)]  # sign in again
        if refusal in RETRY_REFUSALS:
            # Not the card's fault: stay on the scan page, the number kept to try again.
            steps.scan_another()
            return [ShowIssues({}, refusal=refusal)]
        limit = refusal is Refusal.CARD_LIMIT
        outcome = steps.outcome
        cards = outcome.cards if limit and outcome is not None else ()
        return [ShowOutcome(number, refusal, cards, more=not limit)]

    def _forget(self) -> list[Any]:
        self._drop_pending()
        commands: list[Any] = [StopTimer(WizardTimer.RESEND_TICK)]
        steps = self.steps
        self.steps = None
        if steps is not None and steps.session_token is not None:
            commands.append(CloseSession(steps.session_token))
        if steps is not None:
            steps.wipe()
        return commands
