"""Plugging the registration and add-a-card wizards into the kiosk.

The composition root calls :func:`install_wizards` once; the kiosk controller then enters the
wizards from the flow (``REGISTRATION``: "register a card" on the start and not-registered
screens; ``ADD_CARD``: "add a card" on the card screen), forwards scans to them, and resets
when they finish, are cancelled, or their "are you still here?" countdown runs out. Each wizard
is built the first time the flow enters it, and its modules are imported then: their forms and
keyboards are the kiosk's largest screens (about 11 MiB and a third of a second for both, and
2 MiB of modules), and most shoppers only scan.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.core.flow import State
from kiosk.qt.controller import KioskController
from kiosk.qt.shell.still_here import COUNTDOWN_SECONDS
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import LazyClient, Runner

if TYPE_CHECKING:  # pydantic stays out of the start-up path; the wizards' modules load on use
    from kiosk.contract import ProgramInfo
    from kiosk.qt.screens.wizards.add_card import AddCardScreen
    from kiosk.qt.screens.wizards.registration import RegistrationScreen


def install_wizards(
    controller: KioskController,
    *,
    runner: Runner,
    client: LazyClient,
    today: Callable[[], dt.date] = dt.date.today,
    clock: Callable[[], float] = time.monotonic,
    timers: TimerFactory = qt_timer,
    still_here_seconds: int = COUNTDOWN_SECONDS,
) -> None:
    """Offer both wizards through ``controller``, each built when it is first entered. The
    client is only ever asked for on worker threads (``client.get`` builds it on first use);
    ``timers`` makes every timer of the wizards, the "are you still here?" countdown's
    included, which counts down from ``still_here_seconds``."""
    flow = controller.flow

    def program() -> ProgramInfo | None:
        # Prefetched at start-up and refreshed by the controller; the wizards fetch it
        # themselves when the central could not be asked yet.
        return flow.program

    def plug_in(state: State, screen: RegistrationScreen | AddCardScreen) -> None:
        controller.add_wizard(state, screen)
        # Built after the start screen is up: take the kiosk's current language.
        screen.set_language(flow.language)
        # The countdown ran out: the kiosk resets as on any idle timeout (the screen now
        # declines to handle idle, so the flow wipes everything and resets the language).
        screen.idle_expired.connect(controller.idle_timeout)

    def build_registration() -> None:
        from kiosk.qt.features.wizards.registration import RegistrationWizard
        from kiosk.qt.screens.wizards.registration import RegistrationScreen

        screen = RegistrationScreen(timers=timers, still_here_seconds=still_here_seconds)
        RegistrationWizard(
            screen,
            client.get,
            runner,
            program=program,
            clock=clock,
            today=today,
            timers=timers,
            parent=screen,
        )
        plug_in(State.REGISTRATION, screen)

    def build_add_card() -> None:
        from kiosk.qt.features.wizards.add_card import AddCardWizard
        from kiosk.qt.screens.wizards.add_card import AddCardScreen

        screen = AddCardScreen(timers=timers, still_here_seconds=still_here_seconds)
        AddCardWizard(
            screen,
            client.get,
            runner,
            program=program,
            clock=clock,
            timers=timers,
            parent=screen,
        )
        plug_in(State.ADD_CARD, screen)

    controller.plug_wizard(State.REGISTRATION, build_registration)
    controller.plug_wizard(State.ADD_CARD, build_add_card)
