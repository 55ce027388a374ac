"""Adding a card to an account on the add-a-card screen, against the reference central.

Signing in by phone and password (typed on the keypad and the on-screen keyboard) or by an SMS
code, then scanning the card: linked, or the reason why not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.client import CentralClient
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.qt.features.wizards.add_card import AddCardWizard
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.tasks import TaskRunner
from tests.support.accounts import signed_out
from tests.support.fake_timers import FakeTimers
from tests.support.wizard_driving import KioskClock, Shopper, assert_forgotten

# The offscreen platform warns about a window-manager hint it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANNA_PHONE = "+375291234567"
OLGA_PHONE = "+375293334455"


@dataclass
class Harness:
    shopper: Shopper
    screen: AddCardScreen
    wizard: AddCardWizard
    clock: KioskClock
    client: CentralClient


@pytest.fixture
def harness(qtbot: QtBot, client: CentralClient) -> Iterator[Harness]:
    yield from make_harness(qtbot, client)


def make_harness(qtbot: QtBot, client: CentralClient) -> Iterator[Harness]:
    """The add-a-card screen and its driver against ``client``, shown and begun; the runner
    is closed when the generator ends (a fixture's body, shared with other test modules)."""
    timers = FakeTimers()
    screen = AddCardScreen(timers=timers)
    runner = TaskRunner(parent=screen)
    clock = KioskClock()
    program = client.program_info()
    wizard = AddCardWizard(
        screen, lambda: client, runner, program=lambda: program, clock=clock, timers=timers
    )
    shopper = Shopper(qtbot, screen, client)
    shopper.show()
    screen.begin("2990000000019")
    yield Harness(shopper, screen, wizard, clock, client)
    runner.wait_for_done(10_000)
    runner.close()


def sign_in(h: Harness, phone_digits: str, password: str = "Demo1234") -> None:
    s, screen = h.shopper, h.screen
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.SIGN_IN
    s.digits(screen.phone.number, phone_digits)
    s.type(screen.password, password)
    assert screen.dock.keyboard.is_quiet()
    s.next()


def scan(h: Harness, number: str) -> None:
    h.screen.scanned(number)
    h.shopper.wait_answer()


def test_linking_a_second_card(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.SCAN
    assert h.screen.greeting.text() == "Hello, Анна!"
    assert "(2 of 5)" in h.screen.cards_label.text()
    assert "•••• 0019" in h.screen.cards_label.text()
    assert "2990000000019" not in h.screen.cards_label.text()
    scan(h, "2990000000095")
    assert h.wizard.steps.step is AddCardStep.RESULT
    assert h.screen.title.text() == "The card is added"
    assert "•••• 0095" in h.screen.outcome_text.text()
    assert "•••• 0095" in h.screen.outcome_cards.text()
    session = h.client.login_password(ANNA_PHONE, "Demo1234")
    assert [c.masked[-4:] for c in session.cards] == ["0019", "0153", "0095"]
    assert h.client.lookup_card("2990000000095").status == "active"


def test_a_card_typed_on_the_keypad(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    h.shopper.digits(h.screen.card_number, "2990000000101")
    h.shopper.next()
    assert h.screen.title.text() == "The card is added"
    h.shopper.tap(h.screen.another_button)
    h.shopper.digits(h.screen.card_number, "2990000000102")  # wrong check digit
    h.shopper.next()
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.SCAN
    assert "not a card number" in h.screen.rows["card_number"].error.text()


def test_the_five_card_limit_shows_the_cards(harness: Harness) -> None:
    h = harness
    sign_in(h, "293334455")
    assert "(5 of 5)" in h.screen.cards_label.text()
    scan(h, "2990000000088")
    assert h.screen.title.text() == "The card •••• 0088 could not be added"
    assert h.screen.outcome_text.text() == "Your account already has 5 cards, the most allowed:"
    assert [line[-4:] for line in h.screen.outcome_cards.text().splitlines()] == [
        "0033",
        "0040",
        "0057",
        "0064",
        "0071",
    ]
    assert not h.screen.another_button.isVisible()
    assert h.client.lookup_card("2990000000088").status == "issued", "nothing changed"


def test_a_partner_card_is_added_like_an_own_card(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    scan(h, "2991000000146")
    assert h.screen.title.text() == "The card is added"
    partner_lines = [
        line for line in h.screen.outcome_cards.text().splitlines() if "Моцная картка" in line
    ]
    assert [line[:9] for line in partner_lines] == ["•••• 0153", "•••• 0146"]
    assert h.client.lookup_card("2991000000146").status == "active"


def test_a_card_of_another_account_is_refused(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    scan(h, "2990000000026")  # Сергей's card
    assert h.screen.title.text() == "The card •••• 0026 could not be added"
    assert "another account" in h.screen.outcome_text.text()
    card = h.client.lookup_card("2990000000026")
    assert card.account is not None and card.account.first_name == "Сергей"


def test_blocked_and_unknown_cards_are_refused_with_their_reason(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    scan(h, "2990000000132")
    assert "blocked" in h.screen.outcome_text.text()
    h.shopper.tap(h.screen.another_button)
    scan(h, "2990000009999")
    assert "do not know this card" in h.screen.outcome_text.text()


def test_a_wrong_password_is_said_and_cleared(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567", password="Wrong1234")
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.SIGN_IN
    assert h.screen.general_error.text() == "Wrong phone number or password."
    assert h.screen.password.text() == ""
    assert h.screen.phone.text() == "291234567", "the phone stays for another try"


def test_signing_in_with_an_sms_code(harness: Harness) -> None:
    h = harness
    h.shopper.digits(h.screen.phone.number, "293334455")
    h.shopper.tap(h.screen.sms_button)
    h.shopper.wait_answer()
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.CODE
    assert h.screen.code_entry.sent_to.text().endswith("44-55")
    assert not h.screen.code_entry.resend.isEnabled()
    h.shopper.digits(h.screen.code_entry.code, h.shopper.sms_code(OLGA_PHONE))
    h.shopper.wait_answer()
    assert h.wizard.steps.step is AddCardStep.SCAN
    assert h.screen.greeting.text() == "Hello, Ольга!"


def test_done_ends_the_session_and_forgets_everything(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    scan(h, "2990000000170")
    assert h.wizard.steps is not None
    token = h.wizard.steps.session_token
    assert token is not None
    with h.shopper.qtbot.waitSignal(h.screen.finished):
        h.shopper.tap(h.screen.done_button)
    h.shopper.qtbot.waitUntil(lambda: signed_out(h.client, token), timeout=5000)
    assert_forgotten(h.screen, ["Анна", "0019", "0170", "291234567", "Demo1234"])


def test_cancel_ends_the_session_too(harness: Harness) -> None:
    h = harness
    sign_in(h, "291234567")
    assert h.wizard.steps is not None
    token = h.wizard.steps.session_token
    assert token is not None
    with h.shopper.qtbot.waitSignal(h.screen.cancelled):
        h.shopper.tap(h.screen.cancel_button)
    h.shopper.qtbot.waitUntil(lambda: signed_out(h.client, token), timeout=5000)
    assert h.wizard.steps is None
