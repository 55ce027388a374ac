"""Driving the add-a-card wizard: the screen's intents go to the Qt-free
:class:`~kiosk.core.wizards.add_card.flow.AddCardFlow`, its commands are carried out here."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.core.runtime.masking import mask_card
from kiosk.core.wizards.add_card.flow import (
    AddCardFlow,
    ClearPassword,
    ShowAccount,
    ShowOutcome,
    ShowStep,
)
from kiosk.core.wizards.verification import Refusal
from kiosk.qt.features.wizards.driver import TICK_MS, WizardDriver
from kiosk.qt.screens.base import arg
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import Runner

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo
    from kiosk.core.wizards.add_card.steps import AddCardSteps


log = logging.getLogger("kiosk.add_card")


class AddCardWizard(WizardDriver[AddCardFlow]):
    """Drives :class:`AddCardScreen`; the screen's ``finished``/``cancelled`` end it, after
    the shopper session was closed. ``central`` returns the central client (called on worker
    threads only)."""

    screen: AddCardScreen

    def __init__(
        self,
        screen: AddCardScreen,
        central: Callable[[], Any],
        runner: Runner,
        *,
        program: Callable[[], ProgramInfo | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        timers: TimerFactory = qt_timer,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        flow = AddCardFlow(clock=clock)
        super().__init__(
            screen,
            flow,
            central,
            runner,
            timers=timers,
            tick_ms=tick_ms,
            parent=parent,
        )
        run = self.dispatch
        code = screen.code_entry
        screen.begin_requested.connect(lambda _number: run(flow.begin(program())))
        screen.next_requested.connect(
            lambda: run(flow.next(screen.typed(), shown=screen.shown_step))
        )
        screen.sms_requested.connect(lambda: run(flow.sms_requested(screen.typed())))
        screen.add_another_requested.connect(lambda: run(flow.add_another()))
        code.change_phone_requested.connect(lambda: run(flow.back()))

    @property
    def steps(self) -> AddCardSteps | None:
        """What was typed, the session and the step (None: not started, or forgotten)."""
        return self.flow.steps

    def _run_own(self, command: Any) -> None:
        screen = self.screen
        match command:
            case ShowStep(step=step):
                screen.program = self.flow.program
                screen.show_step(step)
            case ShowAccount(first_name=first_name, cards=cards, card_limit=limit):
                screen.show_account(first_name, cards, limit)
            case ClearPassword():
                screen.clear_password()
            case ShowOutcome():
                self._show_outcome(command)
            case _:
                super()._run_own(command)

    def _show_outcome(self, outcome: ShowOutcome) -> None:
        number = mask_card(outcome.card_number)
        refusal = outcome.refusal
        if refusal is None:
            log.info("card %s linked to an account", number)
            title = self.tr("The card is added")
            if outcome.already_there:
                text = arg(self.tr("The card %1 is already on your account."), number)
            else:
                text = arg(
                    self.tr("The card %1 now collects bonus points on your account."), number
                )
        else:
            title = arg(self.tr("The card %1 could not be added"), number)
            if refusal is Refusal.CARD_LIMIT:
                text = arg(
                    self.tr("Your account already has %1 cards, the most allowed:"),
                    len(outcome.cards),
                )
            else:
                text = self._refusal_text(refusal)
        self.screen.show_outcome(title, text, outcome.cards, more=outcome.more)
