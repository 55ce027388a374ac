"""A staff badge scanned inside a wizard: the notice says it is a staff badge and what to do,
not "code not recognised"; the wizard stays open and cashier mode does not open."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from tests.support.demo_numbers import ANNA_CARD
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CASHIER_BADGE = "B0001"


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    # English: the assertions read the source texts.
    return make_kiosk(demo_config(central.url, central.token), language="en")


def open_registration(kiosk: Driver) -> None:
    kiosk.click(kiosk.kiosk.controller.screens.attract.ui.registerButton)


def open_add_card(kiosk: Driver) -> None:
    kiosk.scan(ANNA_CARD)
    kiosk.wait_for_screen(State.CARD)
    kiosk.click(kiosk.kiosk.controller.screens.card.ui.addCardButton)


@pytest.mark.parametrize(
    ("open_wizard", "wizard", "what"),
    [
        (open_registration, State.REGISTRATION, "the registration"),
        (open_add_card, State.ADD_CARD, "adding the card"),
    ],
)
def test_a_badge_in_a_wizard_is_said_to_be_one(
    kiosk: Driver, open_wizard: Callable[[Driver], None], wizard: State, what: str
) -> None:
    open_wizard(kiosk)
    kiosk.wait_for_screen(wizard)
    kiosk.scan(CASHIER_BADGE)
    kiosk.qtbot.waitUntil(kiosk.window.notice.isVisible)
    assert kiosk.window.notice.text() == (
        f"This is a staff badge. Finish or cancel {what} first, then scan the badge "
        "on the start screen."
    )
    kiosk.settle()
    assert kiosk.window.current_state() is wizard
