"""A card of an account at the card limit (Ольга's five): the card screen says so where "add a
card" would be, before anyone signs in, and offers no wizard; a card with room still offers it."""

from __future__ import annotations

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.screens.card import CardScreen
from tests.support.demo_numbers import ANNA_CARD, OLGA_CARDS
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    # English: the assertions read the source texts.
    return make_kiosk(demo_config(central.url, central.token), language="en")


def card_screen_of(kiosk: Driver, number: str) -> CardScreen:
    kiosk.scan(number)
    kiosk.wait_for_screen(State.CARD)
    return kiosk.kiosk.controller.screens.card


def test_a_full_account_is_told_before_signing_in(kiosk: Driver) -> None:
    screen = card_screen_of(kiosk, OLGA_CARDS[0])
    assert not screen.ui.addCardButton.isVisible()
    assert screen.card_limit_label.isVisible()
    assert screen.card_limit_label.text() == (
        "Your account already has 5 cards, the most allowed: no more can be added."
    )
    kiosk.kiosk.controller.dispatch(kiosk.kiosk.controller.flow.start_add_card())
    kiosk.settle()
    assert kiosk.window.current_state() is State.CARD


def test_an_account_with_room_is_offered_the_wizard(kiosk: Driver) -> None:
    screen = card_screen_of(kiosk, OLGA_CARDS[0])
    kiosk.click(screen.ui.doneButton)
    kiosk.wait_for_screen(State.ATTRACT)
    screen = card_screen_of(kiosk, ANNA_CARD)
    assert screen.ui.addCardButton.isVisible()
    assert not screen.card_limit_label.isVisible()
    kiosk.click(screen.ui.addCardButton)
    kiosk.wait_for_screen(State.ADD_CARD)
