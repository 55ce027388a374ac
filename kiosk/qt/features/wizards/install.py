"""Plugging the registration and add-a-card wizards into the kiosk.

The composition root calls :func:`install_wizards` once; the kiosk controller then enters the
wizards from the flow (``REGISTRATION``: "register a card" on the start and not-registered
screens; ``ADD_CARD``: "add a card" on the card screen), forwards scans to them, and resets
when they finish, are cancelled, or their "are you still here?" countdown runs out.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.flow import State
from kiosk.qt.controller import KioskController
from kiosk.qt.features.wizards.add_card import AddCardWizard
from kiosk.qt.features.wizards.registration import RegistrationWizard
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from kiosk.qt.shell.still_here import COUNTDOWN_SECONDS
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import LazyClient, Runner

if TYPE_CHECKING:  # pydantic stays out of the start-up path
    from kiosk.contract import ProgramInfo


@dataclass(frozen=True)
class Wizards:
    registration_screen: RegistrationScreen
    registration: RegistrationWizard
    add_card_screen: AddCardScreen
    add_card: AddCardWizard


def install_wizards(
    controller: KioskController,
    *,
    runner: Runner,
    client: LazyClient,
    today: Callable[[], dt.date] = dt.date.today,
    clock: Callable[[], float] = time.monotonic,
    timers: TimerFactory = qt_timer,
    still_here_seconds: int = COUNTDOWN_SECONDS,
) -> Wizards:
    """Build both wizards and hand them to ``controller``. The client is only ever asked for
    on worker threads (``client.get`` builds it on first use); ``timers`` makes every timer
    of the wizards, the "are you still here?" countdown's included, which counts down from
    ``still_here_seconds``."""
    flow = controller.flow

    def program() -> ProgramInfo | None:
        # Prefetched at start-up and refreshed by the controller; the wizards fetch it
        # themselves when the central could not be asked yet.
        return flow.program

    registration_screen = RegistrationScreen(timers=timers, still_here_seconds=still_here_seconds)
    registration = RegistrationWizard(
        registration_screen,
        client.get,
        runner,
        program=program,
        clock=clock,
        today=today,
        timers=timers,
        parent=registration_screen,
    )
    add_card_screen = AddCardScreen(timers=timers, still_here_seconds=still_here_seconds)
    add_card = AddCardWizard(
        add_card_screen,
        client.get,
        runner,
        program=program,
        clock=clock,
        timers=timers,
        parent=add_card_screen,
    )
    for state, screen in (
        (State.REGISTRATION, registration_screen),
        (State.ADD_CARD, add_card_screen),
    ):
        controller.add_wizard(state, screen)
        # Built after the start screen may be up: take the kiosk's current language.
        screen.set_language(flow.language)
        # The countdown ran out: the kiosk resets as on any idle timeout (the screen now
        # declines to handle idle, so the flow wipes everything and resets the language).
        screen.idle_expired.connect(controller.idle_timeout)
    return Wizards(registration_screen, registration, add_card_screen, add_card)
