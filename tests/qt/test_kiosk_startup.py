"""A kiosk is ready for a scan with only its start screen built; the screens a scan leads to
follow on the event loop's first turns, and a shopper who is quicker than that still gets every
screen, in the language they chose. The wizards are offered then too, and built when a shopper
first opens one; a screen reached by a tap is built on that tap."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.app import finish_startup_on_event_loop
from kiosk.qt.controller import Screens
from tests.support.demo_numbers import ANNA_CARD as ANNA
from tests.support.demo_numbers import ISSUED_CARDS
from tests.support.demo_numbers import UNKNOWN_CARD as UNKNOWN
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ISSUED = ISSUED_CARDS[0]
#: Built when a shopper first opens them, not at start-up.
WIZARDS = {State.REGISTRATION, State.ADD_CARD}
#: Built on the tap (or the staff badge) that leads to them.
ON_A_TAP = {State.MANUAL_ENTRY, State.PROGRAM, State.SERVICE_PIN, State.SERVICE, State.CASHIER}


@pytest.fixture
def fresh_kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    """The kiosk the moment it is ready for a scan."""
    return make_kiosk(demo_config(central.url, central.token), startup=False)


def built_states(kiosk: Driver) -> set[State]:
    screens = kiosk.kiosk.controller.screens
    return {state for state in State if screens.built(state) is not None}


def test_ready_with_the_start_screen_alone(fresh_kiosk: Driver) -> None:
    assert built_states(fresh_kiosk) == {State.ATTRACT}
    assert fresh_kiosk.window.current_state() is State.ATTRACT
    assert fresh_kiosk.kiosk.runner.pending == 0, "the program is fetched after ready"


def test_a_scan_before_the_other_screens_are_built_shows_the_card(fresh_kiosk: Driver) -> None:
    fresh_kiosk.scan(ANNA)
    fresh_kiosk.wait_for_screen(State.CARD)
    card = fresh_kiosk.kiosk.controller.screens.card
    assert card.ui.greetingLabel.text() == "Здравствуйте, Анна!"
    assert card.ui.doneButton.isVisible()


def test_screens_built_late_speak_the_language_the_shopper_chose(fresh_kiosk: Driver) -> None:
    controller = fresh_kiosk.kiosk.controller
    fresh_kiosk.click(controller.screens.attract.ui.langEnButton)
    fresh_kiosk.scan(UNKNOWN)
    fresh_kiosk.wait_for_screen(State.UNKNOWN_CARD)
    texts = fresh_kiosk.visible_texts()
    assert "Done" in texts
    assert "Готово" not in texts
    assert controller.screens.unknown_card.language == "en"


def test_each_start_up_piece_leaves_a_working_kiosk(fresh_kiosk: Driver) -> None:
    kiosk = fresh_kiosk.kiosk
    fresh_kiosk.scan(ISSUED)
    fresh_kiosk.wait_for_screen(State.NOT_REGISTERED)  # built on the spot, ahead of its turn
    assert not kiosk.controller.screens.not_registered.ui.actionButton.isVisible()
    while kiosk.continue_startup():  # its turn comes: nothing is built twice
        assert fresh_kiosk.window.current_state() is State.NOT_REGISTERED
    assert built_states(fresh_kiosk) == set(State) - WIZARDS - ON_A_TAP
    assert "•••• 0088" in fresh_kiosk.visible_texts()
    # The wizards came last: "register the card" is offered on the screen already up.
    assert kiosk.controller.screens.not_registered.ui.actionButton.isVisible()


def test_start_up_on_the_event_loop_builds_everything_and_takes_a_scan_meanwhile(
    fresh_kiosk: Driver, qtbot: QtBot
) -> None:
    driver = fresh_kiosk
    kiosk = driver.kiosk
    finish_startup_on_event_loop(kiosk)
    # The central client first, alone on a worker (its imports on one thread); then the program
    # and nomenclature fetches and, on the event loop's next turns, the pieces.
    assert kiosk.runner.pending == 1, "the central client is built first, alone"
    assert built_states(driver) == {State.ATTRACT}, "the pieces wait for the client"
    # The screens, the wizards, cashier mode.
    assert len(kiosk.deferred) == len(Screens.BUILD_ORDER) + 2
    driver.scan(ANNA)
    driver.wait_for_screen(State.CARD)
    qtbot.waitUntil(lambda: not kiosk.deferred, timeout=10_000)
    qtbot.waitUntil(lambda: kiosk.flow.program is not None, timeout=10_000)
    assert built_states(driver) == set(State) - WIZARDS - ON_A_TAP
    assert driver.window.current_state() is State.CARD
    assert kiosk.controller.screens.card.ui.addCardButton.isVisible()
    driver.click(kiosk.controller.screens.card.ui.doneButton)
    driver.wait_for_screen(State.ATTRACT)
    assert kiosk.controller.screens.attract.ui.registerButton.isVisible()
    driver.settle()


def test_a_wizard_is_built_when_a_shopper_first_opens_it(fresh_kiosk: Driver) -> None:
    kiosk = fresh_kiosk.kiosk
    kiosk.finish_startup()
    assert built_states(fresh_kiosk) == set(State) - WIZARDS - ON_A_TAP
    attract = kiosk.controller.screens.attract
    assert attract.ui.registerButton.isVisible(), "offered before it is built"
    fresh_kiosk.click(attract.ui.registerButton)
    fresh_kiosk.wait_for_screen(State.REGISTRATION)
    assert built_states(fresh_kiosk) == set(State) - ON_A_TAP - {State.ADD_CARD}
    assert kiosk.window.screen_for(State.REGISTRATION).language == kiosk.flow.language


def test_a_screen_reached_by_a_tap_is_built_on_that_tap(fresh_kiosk: Driver) -> None:
    kiosk = fresh_kiosk.kiosk
    kiosk.finish_startup()
    attract = kiosk.controller.screens.attract
    fresh_kiosk.click(attract.ui.langEnButton)
    fresh_kiosk.click(attract.ui.manualEntryButton)
    fresh_kiosk.wait_for_screen(State.MANUAL_ENTRY)
    assert kiosk.controller.screens.built(State.MANUAL_ENTRY) is not None
    assert kiosk.controller.screens.manual_entry.language == "en"
    assert kiosk.controller.screens.built(State.PROGRAM) is None
