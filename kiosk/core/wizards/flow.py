"""What the registration and add-a-card wizards share, Qt-free: the calls they make to the
central, the commands they give their screens, stale answers, and the SMS code page.

Like :class:`kiosk.core.flow.Flow`, a wizard's state machine (:class:`WizardFlow`'s
subclasses) takes events (a tap, a scan, an answer of the central, a timer) and returns the
commands the Qt driver carries out, in order: ask the central something off the GUI thread
(:class:`Ask`), show a page, start a timer. It never waits, never touches a widget or a
thread, and plain tests reach every decision.

Stale answers: every :class:`Ask` carries the wizard's ``generation``; going back, leaving or
starting afresh moves the generation on, and an answer of an older one is not shown. It is
still looked at: a late answer that opened a shopper session (the shopper cancelled while a
sign-in was on its way) gets that session closed (:class:`CloseSession`), since nobody will
ever use it and a shared kiosk must not leave one open.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from kiosk.core.wizards.registration.form import FieldIssue
from kiosk.core.wizards.verification import CodeChallenge, Refusal, ResendButton

if TYPE_CHECKING:
    from kiosk.contract import (
        AccountSummary,
        CardInfo,
        ProgramInfo,
        RegistrationConfirmed,
        RegistrationRequest,
        RegistrationStatus,
        ShopperSession,
        SmsChallenge,
    )
    from kiosk.core.client import CentralClient


# --- calls to the central ----------------------------------------------------------------
# Each says what to ask; ``run`` asks it (on a worker thread: the driver's task runner).
# Codes, passwords, phones and tokens stay out of their repr (log lines, test failures).


@dataclass(frozen=True, slots=True)
class FetchProgram:
    def run(self, central: CentralClient) -> ProgramInfo:
        return central.program_info()


@dataclass(frozen=True, slots=True)
class LookupCard:
    number: str = field(repr=False)

    def run(self, central: CentralClient) -> CardInfo:
        return central.lookup_card(self.number)


@dataclass(frozen=True, slots=True)
class StartRegistration:
    request: RegistrationRequest = field(repr=False)

    def run(self, central: CentralClient) -> RegistrationStatus:
        return central.start_registration(self.request)


@dataclass(frozen=True, slots=True)
class ConfirmRegistration:
    """Opens a shopper session on success (closed at once: no "remember me")."""

    registration_id: str
    code: str = field(repr=False)

    def run(self, central: CentralClient) -> RegistrationConfirmed:
        return central.confirm_registration(self.registration_id, self.code)


@dataclass(frozen=True, slots=True)
class ResendRegistrationCode:
    registration_id: str

    def run(self, central: CentralClient) -> RegistrationStatus:
        return central.resend_registration_code(self.registration_id)


@dataclass(frozen=True, slots=True)
class LoginPassword:
    """Opens a shopper session on success."""

    phone: str = field(repr=False)
    password: str = field(repr=False)

    def run(self, central: CentralClient) -> ShopperSession:
        return central.login_password(self.phone, self.password)


@dataclass(frozen=True, slots=True)
class StartSmsLogin:
    phone: str = field(repr=False)

    def run(self, central: CentralClient) -> SmsChallenge:
        return central.start_sms_login(self.phone)


@dataclass(frozen=True, slots=True)
class ConfirmSmsLogin:
    """Opens a shopper session on success."""

    challenge_id: str
    code: str = field(repr=False)

    def run(self, central: CentralClient) -> ShopperSession:
        return central.confirm_sms_login(self.challenge_id, self.code)


@dataclass(frozen=True, slots=True)
class ResendSmsLogin:
    challenge_id: str

    def run(self, central: CentralClient) -> SmsChallenge:
        return central.resend_sms_login(self.challenge_id)


@dataclass(frozen=True, slots=True)
class LinkCard:
    token: str = field(repr=False)
    number: str = field(repr=False)

    def run(self, central: CentralClient) -> AccountSummary:
        return central.link_card(self.token, self.number)


CentralCall = (
    FetchProgram
    | LookupCard
    | StartRegistration
    | ConfirmRegistration
    | ResendRegistrationCode
    | LoginPassword
    | StartSmsLogin
    | ConfirmSmsLogin
    | ResendSmsLogin
    | LinkCard
)


def opened_session(call: CentralCall, answer: Any) -> str | None:
    """The token of the shopper session ``answer`` opened, if ``call`` opens one."""
    if isinstance(call, LoginPassword | ConfirmSmsLogin):
        return str(answer.token)
    if isinstance(call, ConfirmRegistration):
        return str(answer.session.token)
    return None


# --- commands ------------------------------------------------------------------------------

#: What the line under the code may say that typing another code cannot answer: the code is
#: dead, only a new one will do. Every other line (a wrong code with tries left, a new code
#: sent, the central not reached, ...) goes as soon as the shopper types.
DEAD_CODE_REFUSALS = frozenset({Refusal.CODE_EXPIRED, Refusal.CODE_USED, Refusal.TOO_MANY_ATTEMPTS})


class WizardTimer(StrEnum):
    #: Redraws the resend countdown while the SMS code page is up.
    RESEND_TICK = "resend-tick"
    #: The success page returns to the start screen by itself.
    SUCCESS_RETURN = "success-return"


@dataclass(frozen=True, slots=True)
class Ask:
    """Run ``call`` off the GUI thread; report with ``answered(ask, result)`` or
    ``failed(ask, error)``, however late (the wizard decides what a late answer means)."""

    call: CentralCall
    generation: int


@dataclass(frozen=True, slots=True)
class CloseSession:
    """End a shopper session, best effort (it expires by itself anyway); nobody waits for it."""

    token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class SetBusy:
    """While the central is asked, nothing can be sent twice (cancel stays available)."""

    busy: bool


@dataclass(frozen=True, slots=True)
class ShowIssues:
    """Each field's problem under it; a problem of no single field on its own line: the
    central's ``general`` words, or a ``refusal`` to put in words."""

    issues: dict[str, FieldIssue]
    general: str = ""
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class ClearIssues:
    """The shopper changed what the problems were about: these fields' problems go, and the
    line of no single field when ``general``."""

    fields: tuple[str, ...]
    general: bool = False


@dataclass(frozen=True, slots=True)
class ShowCodePage:
    """The SMS code page as a code just went out: where to, no code typed, no message."""

    phone_masked: str


@dataclass(frozen=True, slots=True)
class ShowCodeMessage:
    """The line under the code: nothing, a new code went out, or why the code was refused
    (with the tries left when it was just wrong)."""

    refusal: Refusal | None = None
    attempts_left: int | None = None
    resent: bool = False


@dataclass(frozen=True, slots=True)
class ClearCode:
    """The typed code goes (refused, or a new one was sent)."""


@dataclass(frozen=True, slots=True)
class ShowResend:
    button: ResendButton


@dataclass(frozen=True, slots=True)
class StartTimer:
    timer: WizardTimer


@dataclass(frozen=True, slots=True)
class StopTimer:
    timer: WizardTimer


@dataclass(frozen=True, slots=True)
class SetCardNumber:
    """Put a scanned card number into the card field."""

    number: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Wipe:
    """Clear every widget of the wizard of anything typed or shown about the shopper."""


@dataclass(frozen=True, slots=True)
class Leave:
    """The wizard is over: ``completed`` (done, or the success page timed out) or cancelled."""

    completed: bool


EventT = TypeVar("EventT", bound=Callable[..., list[Any]])


def event(handler: EventT) -> EventT:
    """Marks an event: the screen's busy state follows the wizard's at the end of it."""

    @functools.wraps(handler)
    def wrapper(self: WizardFlow, *args: Any, **kwargs: Any) -> list[Any]:
        commands = handler(self, *args, **kwargs)
        if any(isinstance(command, Wipe) for command in commands):
            self._busy_shown = False  # a wiped screen is not busy
        if self.busy != self._busy_shown:
            commands.append(SetBusy(self.busy))
            self._busy_shown = self.busy
        return commands

    return cast(EventT, wrapper)


class WizardSteps(Protocol):
    """What the shared part needs of a wizard's model (RegistrationSteps, AddCardSteps)."""

    @property
    def step(self) -> StrEnum: ...

    @property
    def challenge(self) -> CodeChallenge | None: ...

    def back(self) -> bool: ...


class WizardFlow:
    """What both wizards' state machines share: asking the central, stale answers, leaving,
    the SMS code page. ``clock`` is monotonic seconds (the code's deadlines).

    Subclasses say what an answer means (:meth:`_on_answer`, :meth:`_on_failure`), what to do
    with a late one beyond closing a session (:meth:`_on_late`), which steps show the code page
    (:attr:`code_steps`), what forgetting involves (:meth:`_forget`), how a step is shown
    (:meth:`_show`) and how a code is confirmed (:meth:`_confirm`).
    """

    #: The steps that show the SMS code page.
    code_steps: tuple[StrEnum, ...] = ()

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.generation = 0
        #: A call the shopper waits for is on its way.
        self.busy = False
        self._busy_shown = False
        self.program: ProgramInfo | None = None
        self.steps: WizardSteps | None = None
        #: The line under the code as last shown (None: empty).
        self._code_message: ShowCodeMessage | None = None

    # -- leaving ----------------------------------------------------------------------------

    @event
    def cancel(self) -> list[Any]:
        return self._leave(completed=False)

    @event
    def done(self) -> list[Any]:
        return self._leave(completed=True)

    @event
    def wiped(self) -> list[Any]:
        """The kiosk wiped the screen (its reset): forget everything, drop late answers."""
        return self._forget()

    def _leave(self, *, completed: bool) -> list[Any]:
        return [Wipe(), *self._forget(), Leave(completed)]

    def _forget(self) -> list[Any]:
        """Drop the model (wiped first) and whatever is on its way; what else to do then."""
        raise NotImplementedError

    # -- the shopper's taps both wizards have ----------------------------------------------

    @event
    def back(self) -> list[Any]:
        steps = self.steps
        if steps is None or not steps.back():
            return self._leave(completed=False)
        self._drop_pending()
        return self._show()

    @event
    def confirm(self, code: str) -> list[Any]:
        """A whole code typed on the code page."""
        return self._confirm(code)

    def card_scanned(self, number: str) -> list[Any]:
        """A card scanned while the wizard is on screen."""
        raise NotImplementedError

    def resend(self) -> list[Any]:
        """'Send a new code' on the code page."""
        raise NotImplementedError

    def _show(self) -> list[Any]:
        """The step the model is on, on screen."""
        raise NotImplementedError

    def _confirm(self, code: str) -> list[Any]:
        """Send the typed code to the central."""
        raise NotImplementedError

    # -- the shopper changes what is typed ------------------------------------------------

    @event
    def input_changed(self, name: str) -> list[Any]:
        """The shopper changed field ``name`` (typed, tapped a choice): the problems that
        change settles go at once, not at the next 'Next'."""
        return self._issues_settled_by(name)

    @event
    def code_edited(self) -> list[Any]:
        """The shopper is typing a code: the line about the code before goes, unless it says
        that no code typed can help now (the code is dead; only a new one will do)."""
        message = self._code_message
        if message is None or self._code_is_dead(message):
            return []
        return [self._show_code_message(ShowCodeMessage())]

    # -- the central's answers ------------------------------------------------------------

    @event
    def answered(self, ask: Ask, result: Any) -> list[Any]:
        if ask.generation != self.generation:
            token = opened_session(ask.call, result)
            late = [CloseSession(token)] if token is not None else []
            return late + self._on_late(ask.call)
        self.busy = False
        return self._on_answer(ask.call, result)

    @event
    def failed(self, ask: Ask, error: BaseException) -> list[Any]:
        if ask.generation != self.generation:
            return self._on_late(ask.call)
        self.busy = False
        return self._on_failure(ask.call, error)

    @event
    def timer_fired(self, timer: WizardTimer) -> list[Any]:
        if timer is WizardTimer.RESEND_TICK:
            return self._resend_state()
        return self._on_timer(timer)

    # -- for subclasses -------------------------------------------------------------------

    def _on_answer(self, call: CentralCall, result: Any) -> list[Any]:
        raise NotImplementedError

    def _on_failure(self, call: CentralCall, error: BaseException) -> list[Any]:
        raise NotImplementedError

    def _on_late(self, call: CentralCall) -> list[Any]:
        """A call of a step the shopper left answered (or failed); a session it opened is
        closed already."""
        return []

    def _on_timer(self, timer: WizardTimer) -> list[Any]:
        return []

    def _issues_settled_by(self, name: str) -> list[Any]:
        """What a change of field ``name`` clears (see :meth:`input_changed`)."""
        return []

    def _on_code_step(self) -> bool:
        return self.steps is not None and self.steps.step in self.code_steps

    def _challenge(self) -> CodeChallenge | None:
        return self.steps.challenge if self.steps is not None else None

    def _takes_next(self, shown: StrEnum | None) -> bool:
        """Whether a 'Next' tapped on step ``shown`` (None: the step the wizard is on) is
        taken. Each step's Next is taken once: not while the check it started is on its way
        (the answer moves the wizard on, or says what to correct), not once the wizard left
        that step (the second tap of a double tap, a tap queued behind the step's change)."""
        steps = self.steps
        if steps is None or self.busy:
            return False
        return shown is None or shown is steps.step

    def _ask(self, call: CentralCall) -> list[Any]:
        """Ask the central something the shopper waits for."""
        self.busy = True
        return [Ask(call, self.generation)]

    def _drop_pending(self) -> None:
        """The shopper moved on: whatever is on its way belongs to a step left behind."""
        self.generation += 1
        self.busy = False

    # -- the SMS code page ----------------------------------------------------------------

    def _code_page(self) -> list[Any]:
        """Showing a step: on the code page the phone, no code, the countdown running; off
        it, no countdown."""
        challenge = self._challenge()
        if challenge is None or not self._on_code_step():
            return [StopTimer(WizardTimer.RESEND_TICK)]
        self._code_message = None
        return [
            ShowCodePage(challenge.phone_masked),
            StartTimer(WizardTimer.RESEND_TICK),
            ShowResend(challenge.resend_button(self._clock())),
        ]

    def _resend_state(self) -> list[Any]:
        challenge = self._challenge()
        if challenge is None or not self._on_code_step():
            return [StopTimer(WizardTimer.RESEND_TICK)]
        return [ShowResend(challenge.resend_button(self._clock()))]

    def _code_refused(self, error: BaseException) -> list[Any]:
        """A code was refused: the typed code goes; the tries left, or the reason, show."""
        challenge = self._challenge()
        if challenge is None:
            return []
        refusal = challenge.code_refused(error, self._clock())
        if refusal is Refusal.WRONG_CODE and not challenge.exhausted:
            message = ShowCodeMessage(refusal, attempts_left=challenge.attempts_left)
        else:
            message = ShowCodeMessage(refusal)
        return [ClearCode(), self._show_code_message(message), *self._resend_state()]

    def _resent(self, answer: RegistrationStatus | SmsChallenge) -> list[Any]:
        challenge = self._challenge()
        if challenge is None:
            return []
        challenge.resent(answer, self._clock())
        return [
            ClearCode(),
            self._show_code_message(ShowCodeMessage(resent=True)),
            *self._resend_state(),
        ]

    def _resend_refused(self, error: BaseException) -> list[Any]:
        challenge = self._challenge()
        if challenge is None:
            return []
        refusal = challenge.resend_refused(error, self._clock())
        return [self._show_code_message(ShowCodeMessage(refusal)), *self._resend_state()]

    def _show_code_message(self, message: ShowCodeMessage) -> ShowCodeMessage:
        """``message`` as the line under the code (remembered for :meth:`code_edited`)."""
        self._code_message = message if message != ShowCodeMessage() else None
        return message

    def _code_is_dead(self, message: ShowCodeMessage) -> bool:
        """Whether ``message`` says no code typed can help (a new code is needed)."""
        challenge = self._challenge()
        if message.refusal in DEAD_CODE_REFUSALS:
            return True
        return message.refusal is Refusal.WRONG_CODE and (challenge is None or challenge.exhausted)
