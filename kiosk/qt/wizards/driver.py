"""What every wizard driver shares: calls to the central on a worker whose answers are dropped
once the shopper moved on, refusals in words, and the SMS code page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer, SignalInstance

from kiosk.core.verification import CodeChallenge, Refusal
from kiosk.qt.screens import wizard_texts
from kiosk.qt.tasks import Runner
from kiosk.qt.widgets.fields import (
    CodeEntry,
)

#: How often the resend countdown is redrawn.
TICK_MS = 500

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo, RegistrationStatus, SmsChallenge

#: A "please wait" only when something really takes time.


class SmsCodeScreen(Protocol):
    """What the shared driver part needs of a wizard screen with an SMS code page."""

    code_entry: CodeEntry
    cancelled: SignalInstance
    finished: SignalInstance

    def set_busy(self, busy: bool) -> None: ...

    def clear(self) -> None: ...


class SmsCodeSteps(Protocol):
    """What the shared driver part needs of a wizard's Qt-free model."""

    challenge: CodeChallenge | None


ScreenT = TypeVar("ScreenT", bound=SmsCodeScreen)
StepsT = TypeVar("StepsT", bound=SmsCodeSteps)


class WizardDriver(QObject, Generic[ScreenT, StepsT]):
    """The part every wizard driver shares. ``central`` returns the central client (called on
    worker threads only), ``program`` the program info the kiosk already has, ``clock`` is
    monotonic seconds and ``tick_ms`` paces the resend countdown.

    Subclasses say which steps show the SMS code page (:meth:`_on_code_step`). Texts shown
    from here come from :mod:`kiosk.qt.screens.wizard_texts`: ``self.tr`` in a shared method would
    look them up under the subclass's translation context.
    """

    def __init__(
        self,
        screen: ScreenT,
        central: Callable[[], Any],
        runner: Runner,
        *,
        program: Callable[[], ProgramInfo | None],
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screen = screen
        self._central = central
        self._runner = runner
        self._program_source = program
        self._clock = clock
        self._generation = 0
        self.steps: StepsT | None = None
        self.program: ProgramInfo | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._refresh_code_state)

    def _on_code_step(self, steps: StepsT) -> bool:
        """Whether ``steps`` is at a step that shows the SMS code page."""
        raise NotImplementedError

    def _cancel(self) -> None:
        self.screen.clear()
        self.screen.cancelled.emit()

    def _done(self) -> None:
        self.screen.clear()
        self.screen.finished.emit(None)

    # -- the SMS code page ------------------------------------------------------------------

    def _show_code_page(self) -> None:
        """On the code page: the phone the code went to, no code typed yet, the resend button
        counting down; elsewhere the countdown stops."""
        steps = self.steps
        if steps is not None and self._on_code_step(steps) and steps.challenge is not None:
            self.screen.code_entry.set_phone(steps.challenge.phone_masked)
            self.screen.code_entry.set_message("")
            self.screen.code_entry.clear_code()
            self._tick.start()
            self._refresh_code_state()
        else:
            self._tick.stop()

    def _show_code_refusal(self, challenge: CodeChallenge, error: BaseException) -> None:
        """A code was refused: the typed code goes, the tries left or the reason show."""
        refusal = challenge.code_refused(error, self._clock())
        self.screen.code_entry.clear_code()
        if refusal is Refusal.WRONG_CODE and not challenge.exhausted:
            text = wizard_texts.wrong_code_text(challenge.attempts_left)
        else:
            text = self._refusal_text(refusal)
        self.screen.code_entry.set_message(text)
        self._refresh_code_state()

    def _resent(self, answer: RegistrationStatus | SmsChallenge) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        self.screen.set_busy(False)
        steps.challenge.resent(answer, self._clock())
        self.screen.code_entry.clear_code()
        self.screen.code_entry.set_message(wizard_texts.code_resent_text())
        self._refresh_code_state()

    def _resend_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        self.screen.set_busy(False)
        refusal = steps.challenge.resend_refused(error, self._clock())
        self.screen.code_entry.set_message(self._refusal_text(refusal))
        self._refresh_code_state()

    def _refresh_code_state(self) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None or not self._on_code_step(steps):
            self._tick.stop()
            return
        text, enabled = wizard_texts.resend_button(steps.challenge, self._clock())
        self.screen.code_entry.set_resend(text, enabled)

    # -- plumbing ---------------------------------------------------------------------------

    def _refusal_text(self, refusal: Refusal) -> str:
        support = ""
        if refusal in (Refusal.OFFLINE, Refusal.TIMEOUT, Refusal.FAILED) and self.program:
            support = self.program.support_phone
        return wizard_texts.refusal_text(refusal, support_phone=support)

    def _log_out(self, token: str) -> None:
        """End a shopper session; best effort: the session expires by itself anyway."""
        self._runner.run(lambda: self._central().logout(token), _ignore, _ignore)

    def _call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        on_stale: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``fn`` on a worker; its answer is dropped if the shopper moved on meanwhile
        (``on_stale`` still sees a late success, e.g. to close a session)."""
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                on_done(result)
            elif on_stale is not None:
                on_stale(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                on_error(error)

        self._runner.run(fn, done, failed)


def _ignore(_value: object) -> None:
    """Whatever a best-effort call answers."""
