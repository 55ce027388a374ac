"""Driving the registration wizard: the screen's intents go to the Qt-free
:class:`~kiosk.core.wizards.registration.flow.RegistrationFlow`, its commands are carried out here.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.core.runtime.masking import mask_card
from kiosk.core.wizards.flow import WizardTimer
from kiosk.core.wizards.registration.flow import (
    Configure,
    RegistrationFlow,
    ShowStep,
    ShowStopped,
    ShowSuccess,
)
from kiosk.core.wizards.registration.form import Step
from kiosk.qt.features.wizards.driver import TICK_MS, WizardDriver
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import Runner
from kiosk.qt.widgets.text_field import wipe_inputs

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo
    from kiosk.core.wizards.registration.form import RegistrationSteps

#: How long the success screen stays before the kiosk returns to its start screen by itself.
SUCCESS_RETURN_MS = 20_000

log = logging.getLogger("kiosk.registration")


class RegistrationWizard(WizardDriver[RegistrationFlow]):
    """Drives :class:`RegistrationScreen` from the start to an active card (or a linked one).

    The screen's ``finished`` and ``cancelled`` tell the kiosk flow the wizard is over;
    everything is wiped before either is emitted. ``central`` returns the central client
    (called on worker threads only); ``program`` the program info the kiosk already has.
    ``clock`` is monotonic seconds and ``today`` the kiosk's date; ``timers`` makes the resend
    countdown (every ``tick_ms``) and the return from the success page (after ``success_ms``).
    """

    screen: RegistrationScreen

    def __init__(
        self,
        screen: RegistrationScreen,
        central: Callable[[], Any],
        runner: Runner,
        *,
        program: Callable[[], ProgramInfo | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        timers: TimerFactory = qt_timer,
        tick_ms: int = TICK_MS,
        success_ms: int = SUCCESS_RETURN_MS,
        parent: QObject | None = None,
    ) -> None:
        flow = RegistrationFlow(clock=clock, today=today)
        super().__init__(
            screen,
            flow,
            central,
            runner,
            timers=timers,
            tick_ms=tick_ms,
            parent=parent,
        )
        self._add_timer(WizardTimer.SUCCESS_RETURN, success_ms, single_shot=True)
        run = self.dispatch
        code = screen.code_entry
        screen.begin_requested.connect(lambda number: run(flow.begin(program(), number)))
        screen.next_requested.connect(
            lambda: run(flow.next(screen.typed(), code.code.text(), shown=screen.shown_step))
        )
        screen.link_requested.connect(lambda: run(flow.start_link()))
        screen.other_phone_requested.connect(lambda: run(flow.go_to(Step.PHONE)))
        code.change_phone_requested.connect(lambda: run(flow.go_to(Step.PHONE)))

    @property
    def steps(self) -> RegistrationSteps | None:
        """The form and the step the wizard is on (None: not started, or forgotten)."""
        return self.flow.steps

    def _run_own(self, command: Any) -> None:
        screen = self.screen
        match command:
            case Configure(program=program, asked=asked, latest_birth_date=latest):
                screen.configure(program, asked, latest)
            case ShowStep(step=step, number=number, total=total, card=card):
                screen.show_step(step, number, total, card=card)
            case ShowSuccess(card_number=number, phone_masked=phone, linked=linked):
                wipe_inputs(screen.pages)  # nothing typed stays behind the success screen
                screen.show_success(number, phone, linked=linked)
                log.info("card %s %s", mask_card(number), "linked" if linked else "registered")
            case ShowStopped(refusal=refusal):
                wipe_inputs(screen.pages)
                screen.show_stopped(self._refusal_text(refusal))
            case _:
                super()._run_own(command)
