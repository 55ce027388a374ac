"""What every wizard driver shares: it feeds the screen's intents to the wizard's Qt-free state
machine (:mod:`kiosk.core.wizards.flow`) and carries out the commands it returns: calls to the
central on the task runner, pages and problems on the screen, timers.

The driver decides nothing: which call, which page, which refusal, what a late answer means
are the state machine's. What is left here is how: the words of a refusal (through
:mod:`kiosk.qt.screens.wizards.texts`), which widget shows what, and the timers' intervals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance

from kiosk.core.wizards.flow import (
    Ask,
    ClearCode,
    ClearIssues,
    CloseSession,
    Leave,
    SetBusy,
    SetCardNumber,
    ShowCodeMessage,
    ShowCodePage,
    ShowIssues,
    ShowResend,
    StartTimer,
    StopTimer,
    Wipe,
    WizardFlow,
    WizardTimer,
)
from kiosk.core.wizards.verification import Refusal
from kiosk.qt.screens.wizards import texts as wizard_texts
from kiosk.qt.shell.timers import Timer, TimerFactory
from kiosk.qt.tasks import Runner
from kiosk.qt.widgets.code_entry import CodeEntry

if TYPE_CHECKING:
    from kiosk.core.wizards.registration.form import FieldIssue

#: How often the resend countdown is redrawn.
TICK_MS = 500

log = logging.getLogger("kiosk.wizards")


class DrivenScreen(Protocol):
    """What the shared driver part uses of a wizard's passive view: the signals it connects to
    (the intents both wizards have) and emits (the end of the wizard, to the kiosk), the code
    entry, and what it shows. It reads them all and assigns none."""

    @property
    def code_entry(self) -> CodeEntry: ...
    @property
    def cancelled(self) -> SignalInstance: ...
    @property
    def finished(self) -> SignalInstance: ...
    @property
    def input_changed(self) -> SignalInstance: ...
    @property
    def scan_received(self) -> SignalInstance: ...
    @property
    def back_requested(self) -> SignalInstance: ...
    @property
    def cancel_requested(self) -> SignalInstance: ...
    @property
    def done_requested(self) -> SignalInstance: ...
    @property
    def wiped(self) -> SignalInstance: ...

    def set_busy(self, busy: bool) -> None: ...

    def wipe(self) -> None: ...

    def set_card_number(self, number: str) -> None: ...

    def show_issues(self, issues: dict[str, FieldIssue], general: str) -> None: ...

    def clear_issues(self, names: Sequence[str], *, general: bool) -> None: ...


FlowT = TypeVar("FlowT", bound=WizardFlow)


class WizardDriver(QObject, Generic[FlowT]):
    """Runs ``flow``'s commands on ``screen``. ``central`` returns the central client (called
    on worker threads only); ``timers`` makes the wizard's timers and ``tick_ms`` paces the
    resend countdown.

    Subclasses connect the screen's intents of their own to the flow's events and run the
    commands of their own (:meth:`_run_own`); each narrows :attr:`screen` to its own screen,
    and mypy checks there that the screen is a :class:`DrivenScreen`. Not generic in the
    screen: mypy checks a type argument against its bound before it knows what a Qt signal
    reads as on an instance, and finds no screen one
    (https://github.com/python/mypy/issues/20317).
    """

    screen: DrivenScreen

    def __init__(
        self,
        screen: DrivenScreen,
        flow: FlowT,
        central: Callable[[], Any],
        runner: Runner,
        *,
        timers: TimerFactory,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screen = screen
        self.flow = flow
        self._central = central
        self._runner = runner
        self._timer_factory = timers
        self._timers: dict[WizardTimer, Timer] = {}
        self._add_timer(WizardTimer.RESEND_TICK, tick_ms, single_shot=False)
        # The intents both wizards have; each subclass connects its own (next, begin, ...).
        run = self.dispatch
        code = screen.code_entry
        screen.scan_received.connect(lambda number: run(flow.card_scanned(number)))
        screen.back_requested.connect(lambda: run(flow.back()))
        screen.cancel_requested.connect(lambda: run(flow.cancel()))
        screen.done_requested.connect(lambda: run(flow.done()))
        screen.wiped.connect(lambda: run(flow.wiped()))
        code.code_entered.connect(lambda typed: run(flow.confirm(typed)))
        code.resend_requested.connect(lambda: run(flow.resend()))
        # What the shopper changes settles the problems shown about it right away.
        screen.input_changed.connect(lambda name: run(flow.input_changed(name)))
        code.code.textEdited.connect(lambda _text: run(flow.code_edited()))

    def dispatch(self, commands: list[Any]) -> None:
        """Carry out what the flow decided, in order."""
        for command in commands:
            self._run(command)

    def _add_timer(self, which: WizardTimer, interval_ms: int, *, single_shot: bool) -> None:
        timer = self._timer_factory(
            which.value, self, interval_ms=interval_ms, single_shot=single_shot
        )
        timer.timeout.connect(lambda: self.dispatch(self.flow.timer_fired(which)))
        self._timers[which] = timer

    # -- commands -----------------------------------------------------------------------------

    def _run(self, command: Any) -> None:
        screen = self.screen
        code_entry = screen.code_entry
        match command:
            case Ask():
                self._ask(command)
            case CloseSession(token=token):
                self._runner.run(lambda: self._central().logout(token), _ignore, _not_closed)
            case SetBusy(busy=busy):
                screen.set_busy(busy)
            case ShowIssues(issues=issues, general=general, refusal=refusal):
                text = self._refusal_text(refusal) if refusal is not None else general
                screen.show_issues(issues, text)
            case ClearIssues(fields=names, general=general):
                screen.clear_issues(names, general=general)
            case ShowCodePage(phone_masked=phone):
                code_entry.set_phone(phone)
                code_entry.set_message("")
                code_entry.clear_code()
            case ShowCodeMessage():
                code_entry.set_message(self._code_message(command))
            case ClearCode():
                code_entry.clear_code()
            case ShowResend(button=button):
                code_entry.set_resend(wizard_texts.resend_text(button), button.enabled)
            case StartTimer(timer=which):
                self._timers[which].start()
            case StopTimer(timer=which):
                self._timers[which].stop()
            case SetCardNumber(number=number):
                screen.set_card_number(number)
            case Wipe():
                screen.wipe()
            case Leave(completed=True):
                screen.finished.emit(None)
            case Leave(completed=False):
                screen.cancelled.emit()
            case _:
                self._run_own(command)

    def _run_own(self, command: Any) -> None:
        raise NotImplementedError(f"no way to run {command!r}")

    def _ask(self, ask: Ask) -> None:
        central, call, flow = self._central, ask.call, self.flow
        self._runner.run(
            lambda: call.run(central()),
            lambda result: self.dispatch(flow.answered(ask, result)),
            lambda error: self.dispatch(flow.failed(ask, error)),
        )

    # -- words --------------------------------------------------------------------------------

    def _refusal_text(self, refusal: Refusal) -> str:
        support = wizard_texts.support_phone(refusal, self.flow.program)
        return wizard_texts.refusal_text(refusal, support_phone=support)

    def _code_message(self, message: ShowCodeMessage) -> str:
        if message.resent:
            return wizard_texts.code_resent_text()
        if message.refusal is None:
            return ""
        if message.refusal is Refusal.WRONG_CODE and message.attempts_left is not None:
            return wizard_texts.wrong_code_text(message.attempts_left)
        return self._refusal_text(message.refusal)


def _ignore(_value: object) -> None:
    """What a best-effort call answers."""


def _not_closed(_error: BaseException) -> None:
    log.info("shopper session could not be closed; it expires by itself")
