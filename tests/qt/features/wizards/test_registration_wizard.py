"""Registration journeys on the wizard screen, against the reference central on loopback.

Everything a shopper does is a tap: fields are focused by tapping, text comes from the docked
on-screen keyboard or keypad. SMS codes are read from the demo gateway (``client.demo_sms()``).
The central's clock is the ``manual_clock`` fixture; the kiosk's countdown clock is a
:class:`KioskClock` moved by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.domain.clock import ManualClock
from kiosk.core.client import CentralClient
from kiosk.core.wizards.registration.form import Step
from kiosk.qt.features.wizards.registration import RegistrationWizard
from kiosk.qt.input.keyboard import Shift
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from kiosk.qt.tasks import TaskRunner
from tests.support.fake_timers import FakeTimers
from tests.support.wizard_driving import (
    KioskClock,
    Shopper,
    assert_forgotten,
    fill_registration_form,
)

# The offscreen platform warns about a window-manager hint it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CARD = "2990000000088"
SECOND_CARD = "2990000000095"
NEW_PHONE = "+375291239876"
ANNA_PHONE = "+375291234567"


@dataclass
class Harness:
    shopper: Shopper
    screen: RegistrationScreen
    wizard: RegistrationWizard
    clock: KioskClock
    client: CentralClient
    central_clock: ManualClock
    timers: FakeTimers


@pytest.fixture
def harness(qtbot: QtBot, client: CentralClient, manual_clock: ManualClock) -> Iterator[Harness]:
    yield from make_harness(qtbot, client, manual_clock)


def make_harness(
    qtbot: QtBot, client: CentralClient, manual_clock: ManualClock
) -> Iterator[Harness]:
    """The registration screen and its driver against ``client``, shown; the runner is closed
    when the generator ends (a fixture's body, shared with other test modules)."""
    timers = FakeTimers()
    screen = RegistrationScreen(timers=timers)
    runner = TaskRunner(parent=screen)
    clock = KioskClock()
    wizard = RegistrationWizard(
        screen,
        lambda: client,
        runner,
        clock=clock,
        today=manual_clock.today,
        timers=timers,
        parent=screen,
    )
    shopper = Shopper(qtbot, screen, client)
    shopper.show()
    yield Harness(shopper, screen, wizard, clock, client, manual_clock, timers)
    runner.wait_for_done(10_000)
    runner.close()


def start_with_scan(h: Harness, card: str = CARD) -> None:
    """'Register a card' on the start screen, then the card scanned."""
    h.screen.begin(None)
    h.shopper.wait_answer()
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.CARD
    h.screen.scanned(card)
    h.shopper.wait_answer()


def pick_birth_date(h: Harness, *, day: int, month: int, decades_back: int) -> dt.date:
    """Tap the date picker's keys; returns what it shows."""
    picker = h.screen.birth_date
    for _ in range(day):
        h.shopper.tap(picker.day_column.buttons[1])
    for _ in range(month):
        h.shopper.tap(picker.month_column.buttons[1])
    h.shopper.tap(picker.year_column.buttons[1])  # first tap: a sensible starting year
    for _ in range(decades_back):
        h.shopper.tap(picker.year_column.buttons[-10])
    value = picker.date()
    assert value is not None
    return value


def register_by_typing(
    h: Harness,
    *,
    phone_digits: str,
    last: str,
    first: str,
    patronymic: str,
    address: str,
    email: str,
    password: str,
) -> None:
    s, screen = h.shopper, h.screen
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.PHONE
    s.digits(screen.phone.number, phone_digits)
    s.next()
    assert h.wizard.steps.step is Step.NAMES, screen.rows["phone"].error.text()
    s.type(screen.last_name, last)
    s.type(screen.first_name, first)
    s.type(screen.patronymic, patronymic)
    s.next()
    assert h.wizard.steps.step is Step.PERSONAL
    s.tap(screen.female if first.endswith(("а", "я")) else screen.male)
    pick_birth_date(h, day=2, month=4, decades_back=1)
    s.next()
    assert h.wizard.steps.step is Step.CONTACT, screen.rows["birth_date"].error.text()
    s.type(screen.home_address, address)
    s.type(screen.email, email)
    s.next()
    assert h.wizard.steps.step is Step.PASSWORD
    s.type(screen.password, password)
    assert screen.dock.keyboard.is_quiet(), "password keys must not light up"
    s.type(screen.password_repeat, password)
    s.next()
    assert h.wizard.steps.step is Step.CONSENT
    assert "1." in screen.rules.text() or len(screen.rules.text()) > 200
    s.tap(screen.consent)
    s.next()
    assert h.wizard.steps.step is Step.CODE, screen.general_error.text()


def enter_code(h: Harness, code: str) -> None:
    h.shopper.digits(h.screen.code_entry.code, code)
    h.shopper.wait_answer()


def fill_quickly(h: Harness, phone_digits: str) -> None:
    """Reach the SMS step with the fields set directly (journeys that test the code)."""
    h.screen.phone.number.setText(phone_digits)
    h.shopper.next()
    fill_registration_form(
        h.shopper, h.screen, last="Петрова", first="Алена", birth=dt.date(1992, 3, 8)
    )
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.CODE


def test_registration_typed_in_russian(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    register_by_typing(
        h,
        phone_digits="291239876",
        last="Иванова",
        first="Мария",
        patronymic="Петровна",
        address="г. Минск, ул. Ленина, 5",
        email="maria.ivanova@mail.by",
        password="Secret123",
    )
    code_entry = h.screen.code_entry
    assert "98-76" in code_entry.sent_to.text()
    assert "9123" not in code_entry.sent_to.text(), "the phone is shown masked"
    assert h.screen.dock.showing_keypad()
    assert h.screen.dock.keypad.is_masked(), "code keys must not light up"
    enter_code(h, h.shopper.sms_code(NEW_PHONE))

    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS
    assert h.screen.success_text.text() == (
        "Your card is active, bonus points are collected from now on."
    )
    assert h.screen.success_card.text() == "•••• 0088"
    assert h.screen.success_phone.text().endswith("98-76")
    card = h.client.lookup_card(CARD)
    assert card.status == "active"
    assert card.account is not None and card.account.first_name == "Мария"
    session = h.client.login_password(NEW_PHONE, "Secret123")
    assert session.first_name == "Мария"
    assert_forgotten(h.screen.pages, ["Иванова", "Петровна", "maria.ivanova", "Secret123"])

    with h.shopper.qtbot.waitSignal(h.screen.finished) as finished:
        h.shopper.tap(h.screen.success_done)
    assert finished.args == [None]
    assert_forgotten(h.screen, ["Мария", "Иванова", "98-76", "0088"])


def test_registration_typed_in_belarusian(harness: Harness) -> None:
    h = harness
    h.screen.set_language("be")
    h.screen.begin(CARD)  # from the not-registered card screen: the card is known
    h.shopper.wait_answer()
    assert h.screen.dock.keyboard.language() == "be"
    register_by_typing(
        h,
        phone_digits="445556677",
        last="Вераб'ёў",
        first="Ўладзіслаў",
        patronymic="Іванавіч",
        address="вул. Ясеньская, 3",
        email="uladzislau@mail.by",
        password="Pasword77",
    )
    enter_code(h, h.shopper.sms_code("+375445556677"))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS
    session = h.client.login_password("+375445556677", "Pasword77")
    assert session.first_name == "Ўладзіслаў"
    assert h.client.lookup_card(CARD).status == "active"


def test_names_start_capitalised_and_the_capital_does_not_follow_into_the_email(
    harness: Harness,
) -> None:
    h = harness
    h.screen.begin(CARD)
    h.shopper.wait_answer()
    h.screen.phone.number.setText("291239876")
    h.shopper.next()
    h.shopper.focus(h.screen.last_name)
    keyboard = h.screen.dock.keyboard
    assert keyboard.shift() is Shift.ONCE
    for key in ("п", "е", "т", "р", "о", "в"):
        h.shopper.tap(keyboard.key(key))
    assert h.screen.last_name.text() == "Петров"
    h.screen.first_name.setText("Пётр")
    h.shopper.next()
    h.shopper.tap(h.screen.male)
    h.screen.birth_date.set_date(dt.date(1990, 4, 2))
    h.shopper.next()
    h.shopper.focus(h.screen.home_address)
    assert keyboard.shift() is Shift.ONCE, "an address starts with a capital too"
    h.shopper.focus(h.screen.email)
    assert keyboard.shift() is Shift.OFF
    assert keyboard.language() == "en", "an email is typed in Latin letters"
    h.shopper.focus(h.screen.home_address)
    assert keyboard.language() == "ru", "and the kiosk's layout comes back after it"


def test_problems_are_said_at_their_field_and_nothing_is_lost(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    h.shopper.digits(h.screen.phone.number, "171234567")  # a Minsk landline
    h.shopper.next()
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.PHONE
    assert "mobile" in h.screen.rows["phone"].error.text()
    assert h.screen.phone.text() == "171234567"
    h.shopper.tap(h.screen.dock.keypad.backspace_button)
    h.shopper.next()
    assert "not complete" in h.screen.rows["phone"].error.text()


def test_too_young_is_refused_at_the_birth_date(harness: Harness) -> None:
    h = harness
    h.screen.begin(CARD)
    h.shopper.wait_answer()
    h.screen.phone.number.setText("291239876")
    h.shopper.next()
    h.screen.last_name.setText("Петров")
    h.screen.first_name.setText("Пётр")
    h.shopper.next()
    h.shopper.tap(h.screen.male)
    h.screen.birth_date.set_date(h.central_clock.today().replace(year=2012))
    h.shopper.next()
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.PERSONAL
    assert "16" in h.screen.rows["birth_date"].error.text()


def test_a_wrong_code_then_the_right_one(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    fill_quickly(h, "291239876")
    right = h.shopper.sms_code(NEW_PHONE)
    wrong = "000000" if right != "000000" else "111111"
    enter_code(h, wrong)
    assert h.screen.code_entry.message.text() == "Wrong code. Tries left: 4."
    assert h.screen.code_entry.code.text() == "", "a wrong code is cleared for the next try"
    enter_code(h, right)
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS


def test_the_success_page_returns_to_the_start_by_itself(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    fill_quickly(h, "291239876")
    enter_code(h, h.shopper.sms_code(NEW_PHONE))
    success_return = h.timers.named("success-return")
    assert success_return.active and success_return.interval_ms == 20_000
    assert h.screen.success_card.text() == "•••• 0088"
    with h.shopper.qtbot.waitSignal(h.screen.finished, timeout=0) as finished:
        success_return.fire()  # the 20 s are up
    assert finished.args == [None]
    assert h.wizard.steps is None
    assert h.screen.success_card.text() == "", "the card is wiped with everything else"


def test_an_expired_code_then_a_new_one(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    fill_quickly(h, "291239876")
    old = h.shopper.sms_code(NEW_PHONE)
    h.central_clock.advance(601)
    enter_code(h, old)
    assert "expired" in h.screen.code_entry.message.text()
    resend = h.screen.code_entry.resend
    h.timers.fire("resend-tick")
    assert resend.isEnabled(), "an expired code may be replaced at once"
    h.shopper.tap(resend)
    h.shopper.wait_answer()
    assert h.shopper.sms_count(NEW_PHONE) == 2
    assert h.screen.code_entry.message.text() == "A new code has been sent."
    enter_code(h, h.shopper.sms_code(NEW_PHONE))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS


def test_the_resend_cooldown_counts_down_then_allows_a_new_code(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    fill_quickly(h, "291239876")
    resend = h.screen.code_entry.resend
    assert not resend.isEnabled()
    assert resend.text() == "New code in 1:00"
    tick = h.timers.named("resend-tick")
    assert tick.active and tick.interval_ms == 500
    h.clock.advance(15)
    tick.fire()
    assert resend.text() == "New code in 0:45"
    assert not resend.isEnabled()
    h.clock.advance(46)
    h.central_clock.advance(61)
    tick.fire()
    assert resend.isEnabled()
    assert resend.text() == "Send a new code"
    h.shopper.tap(resend)
    h.shopper.wait_answer()
    assert h.shopper.sms_count(NEW_PHONE) == 2
    assert not resend.isEnabled(), "the countdown starts again"
    assert resend.text() == "New code in 1:00"
    enter_code(h, h.shopper.sms_code(NEW_PHONE))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS


def test_too_many_wrong_codes_then_a_fresh_start(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    fill_quickly(h, "291239876")
    right = h.shopper.sms_code(NEW_PHONE)
    wrong = "000000" if right != "000000" else "111111"
    for left in (4, 3, 2, 1):
        enter_code(h, wrong)
        assert h.screen.code_entry.message.text() == f"Wrong code. Tries left: {left}."
    enter_code(h, wrong)
    assert h.screen.code_entry.message.text() == "Too many wrong codes. Please start again."
    enter_code(h, right)
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.CODE, "that code is dead"
    resend = h.screen.code_entry.resend
    assert resend.isEnabled() and resend.text() == "Start again with a new code"
    h.shopper.tap(resend)
    h.shopper.wait_answer()
    assert h.shopper.sms_count(NEW_PHONE) == 2
    enter_code(h, h.shopper.sms_code(NEW_PHONE))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS


def test_registered_phone_is_offered_linking_after_an_sms_code(harness: Harness) -> None:
    h = harness
    start_with_scan(h, SECOND_CARD)
    screen, s = h.screen, h.shopper
    screen.phone.number.setText("291234567")  # Анна's phone
    s.next()
    fill_registration_form(
        s, screen, last="Иванова", first="Анна", birth=dt.date(1990, 1, 1), password="Another99"
    )
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.LINK_OFFER
    assert screen.title.text() == "This phone number already has an account"
    assert not screen.next_button.isVisible()
    s.tap(screen.link_button)
    s.wait_answer()
    assert h.wizard.steps.step is Step.LINK_CODE
    assert screen.code_entry.sent_to.text().endswith("45-67")
    enter_code(h, s.sms_code(ANNA_PHONE))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.LINKED
    assert screen.title.text() == "The card is added to your account"
    assert screen.success_card.text() == "•••• 0095"
    session = h.client.login_password(ANNA_PHONE, "Demo1234")
    assert [c.masked[-4:] for c in session.cards] == ["0019", "0153", "0095"]
    assert h.client.lookup_card(SECOND_CARD).status == "active"


def test_back_walks_the_steps_and_cancel_wipes(harness: Harness) -> None:
    h = harness
    start_with_scan(h)
    s, screen = h.shopper, h.screen
    s.digits(screen.phone.number, "291239876")
    s.next()
    s.type(screen.last_name, "Иванова")
    s.tap(screen.back_button)
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.PHONE
    assert screen.phone.text() == "291239876", "going back loses nothing"
    with s.qtbot.waitSignal(screen.cancelled):
        s.tap(screen.cancel_button)
    assert h.wizard.steps is None
    assert_forgotten(screen, ["Иванова", "291239876", "0088"])


def test_an_already_registered_card_is_refused_at_the_scan(harness: Harness) -> None:
    h = harness
    start_with_scan(h, "2990000000019")
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.CARD
    assert "already registered" in h.screen.rows["card_number"].error.text()
    h.screen.scanned("2990000000132")
    h.shopper.wait_answer()
    assert "blocked" in h.screen.rows["card_number"].error.text()
    h.screen.scanned("2990000000118")
    h.shopper.wait_answer()
    assert "not been sold" in h.screen.rows["card_number"].error.text()


def test_idle_asks_first_then_wipes_everything_mid_wizard(harness: Harness) -> None:
    h = harness
    timers = h.timers
    start_with_scan(h)
    s, screen = h.shopper, h.screen
    s.digits(screen.phone.number, "291239876")
    s.next()
    s.type(screen.last_name, "Иванова")
    s.type(screen.first_name, "Мария")
    s.next()
    s.tap(screen.female)
    screen.birth_date.set_date(dt.date(1990, 4, 2))
    s.next()
    s.type(screen.email, "maria@mail.by")
    s.next()
    s.type(screen.password, "Secret123")
    assert screen.handle_idle(), "a form asks before it is wiped"
    overlay = screen.still_here
    assert overlay.isVisible() and overlay.question.text() == "Are you still here?"
    assert "20 seconds" in overlay.countdown.text()
    s.tap(overlay.stay_button)
    assert not overlay.isVisible()
    assert screen.password.text() == "Secret123", "a tap keeps everything"

    assert screen.handle_idle()
    expired: list[bool] = []
    screen.idle_expired.connect(lambda: expired.append(True))
    for _ in range(19):
        timers.fire("still-here")
    assert overlay.isVisible() and expired == []
    timers.fire("still-here")
    assert expired == [True] and not overlay.isVisible()
    assert not screen.handle_idle(), "after the countdown the kiosk resets"
    screen.clear()  # what the kiosk does on its reset
    assert h.wizard.steps is None
    assert screen.birth_date.date() is None
    assert not screen.female.isChecked() and not screen.consent.isChecked()
    assert_forgotten(
        screen, ["Иванова", "Мария", "291239876", "98-76", "maria@mail.by", "Secret123", "0088"]
    )
