"""A double tap takes one step: every button that changes what the screen shows is tapped twice,
80 ms and 150 ms apart, and the kiosk must then show what one tap shows, the second tap ignored
(also where it would have found nothing to press, or a key to type). A tap 0.45 s after a change
is taken (the tap guard's 0.4 s are over).

The whole kiosk runs against the reference central on loopback, with the tap guard on. Taps are
real mouse events at the button's centre, sent to the window the way the window system sends
them, so the application's event filters see them and the second tap lands on whatever the new
screen has in that place. The tap guard's clock is the kiosk's fake clock: the test moves it.

Each journey is a table of :class:`Row`\\ s, gone through in order on one kiosk: on view ``on``
(see :func:`view`), ``button`` is tapped twice and the kiosk must then show ``then``; ``first``
gets the kiosk from the previous row's view to ``on`` (single taps, a scan, fields filled).
To add a button, add a row to the journey that reaches its screen (or a journey of its own):
where the kiosk is, the button, and what one tap of it shows. A button that changes the view
in place (not the kiosk's screen) must tell the tap guard (``kiosk.qt.shell.tap_guard``'s
``view_changed``), or its row fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.central.server import EmbeddedCentral
from kiosk.core.runtime.config import DEMO_SERVICE_PIN, demo_config
from kiosk.qt.controller import Screens
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.screens.service import ServiceScreen
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from kiosk.qt.shell.tap_guard import TAP_GUARD_MS
from tests.qt.features.wizards.test_wizard_kiosk import add_card_screen, registration_screen
from tests.support.demo_numbers import (
    ANNA_CARD,
    BLOCKED_CARD,
    DEMO_PASSWORD,
    ISSUED_CARDS,
    UNKNOWN_CARD,
)
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Between the two taps of a double tap: a quick one and a slow one.
GAPS_MS = (80, 150)
#: What a shopper takes to read a new screen before tapping: the guard is long over.
READING_MS = 1000
PRODUCT = "4810000000018"
STAFF_BADGE, STAFF_PIN = "B0001", "4321"
NEW_PHONE_DIGITS = "447654321"


# --- the kiosk and what it shows -----------------------------------------------------------


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral, timers: FakeTimers) -> Driver:
    return make_kiosk(
        demo_config(central.url, central.token), tap_guard_ms=TAP_GUARD_MS, timers=timers
    )


def view(kiosk: Driver) -> str:
    """What the kiosk shows, as a person tells screens apart: the screen, the wizard's step,
    cashier mode's page, a question over the screen."""
    state = kiosk.window.current_state()
    assert state is not None
    screen = kiosk.window.current_screen()
    name = state.value
    if isinstance(screen, RegistrationScreen | AddCardScreen):
        name += "/" + screen.shown_step.value
    if isinstance(screen, CashierScreen):
        page = screen.ui.pages.currentWidget()
        name += "/" + (page.objectName() if page is not None else "")
    if isinstance(screen, ServiceScreen) and screen.ui.confirmPanel.isVisible():
        name += "/leave?"
    overlay = screen.findChild(QWidget, "stillHereOverlay") if screen is not None else None
    if overlay is not None and overlay.isVisible():
        name += "/still-here?"
    return name


def centre(kiosk: Driver, widget: QWidget) -> QPoint:
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    return widget.mapTo(kiosk.window, widget.rect().center())


def tap_at(kiosk: Driver, point: QPoint) -> None:
    """A finger on the screen at ``point`` (window coordinates), through the window."""
    QTest.mouseClick(kiosk.handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def tap(kiosk: Driver, widget: QWidget) -> None:
    """A shopper's tap on ``widget`` after reading the screen; what it set off is done."""
    kiosk.clock.ms += READING_MS
    tap_at(kiosk, centre(kiosk, widget))
    kiosk.settle()


def double_tap(kiosk: Driver, widget: QWidget, gap_ms: int) -> None:
    """Two taps on ``widget``'s place, ``gap_ms`` apart; whatever the first one asked of the
    central is answered in between (the harder case: the new view is up for the second)."""
    kiosk.clock.ms += READING_MS
    point = centre(kiosk, widget)
    tap_at(kiosk, point)
    kiosk.settle()
    kiosk.clock.ms += gap_ms
    tap_at(kiosk, point)
    kiosk.settle()


# --- journeys --------------------------------------------------------------------------------


Step = Callable[[Driver], object]


@dataclass(frozen=True)
class Row:
    on: str
    button: Callable[[Driver], QWidget]
    then: str
    first: Step | None = None


def go(rows: Sequence[Row], kiosk: Driver, gap_ms: int) -> None:
    for row in rows:
        if row.first is not None:
            row.first(kiosk)
        assert view(kiosk) == row.on, "the journey did not reach the row's view"
        button = row.button(kiosk)
        name = button.objectName()
        guard = kiosk.kiosk.tap_guard
        assert guard is not None
        ignored = guard.ignored_taps
        double_tap(kiosk, button, gap_ms)
        assert view(kiosk) == row.then, f"a double tap on {name} on {row.on}"
        # Also where the second tap would have found nothing to press (or a key to type).
        assert guard.ignored_taps == ignored + 1, f"the second tap on {name} on {row.on}"


def screens(kiosk: Driver) -> Screens:
    return kiosk.kiosk.controller.screens


def scan(code: str) -> Step:
    def scan_it(kiosk: Driver) -> None:
        kiosk.clock.ms += READING_MS
        kiosk.scan(code)
        kiosk.settle()

    return scan_it


def wizard(kiosk: Driver) -> WizardFrame:
    screen = kiosk.window.current_screen()
    assert isinstance(screen, WizardFrame)
    return screen


def next_button(kiosk: Driver) -> QWidget:
    return wizard(kiosk).next_button


def back_button(kiosk: Driver) -> QWidget:
    return wizard(kiosk).back_button


def cancel_button(kiosk: Driver) -> QWidget:
    return wizard(kiosk).cancel_button


def done_button(kiosk: Driver) -> QWidget:
    return wizard(kiosk).done_button


def type_manual_number(number: str) -> Step:
    def type_it(kiosk: Driver) -> None:
        tap(kiosk, screens(kiosk).attract.ui.manualEntryButton)
        keypad = screens(kiosk).manual_entry.ui.keypad
        for digit in number:
            tap(kiosk, keypad.digit_button(digit))

    return type_it


SHOPPER_SCREENS = [
    Row("attract", lambda k: screens(k).attract.ui.programButton, "program"),
    Row("program", lambda k: screens(k).program.ui.backButton, "attract"),
    Row("attract", lambda k: screens(k).attract.ui.manualEntryButton, "manual_entry"),
    Row("manual_entry", lambda k: screens(k).manual_entry.ui.backButton, "attract"),
    Row(
        "manual_entry",
        lambda k: screens(k).manual_entry.ui.keypad.ok_button,
        "card",
        first=type_manual_number(ANNA_CARD),
    ),
    # The card screen's Done sits where the start screen has "Register a card".
    Row("card", lambda k: screens(k).card.ui.doneButton, "attract"),
    Row("price", lambda k: screens(k).price.ui.doneButton, "attract", first=scan(PRODUCT)),
    Row(
        "unknown_card",
        lambda k: screens(k).unknown_card.ui.doneButton,
        "attract",
        first=scan(UNKNOWN_CARD),
    ),
    Row("blocked", lambda k: screens(k).blocked.ui.doneButton, "attract", first=scan(BLOCKED_CARD)),
    Row(
        "not_registered",
        lambda k: screens(k).not_registered.ui.doneButton,
        "attract",
        first=scan(ISSUED_CARDS[0]),
    ),
    Row(
        "not_registered",
        lambda k: screens(k).not_registered.ui.actionButton,
        "registration/phone",
        first=scan(ISSUED_CARDS[0]),
    ),
    Row("registration/phone", cancel_button, "attract"),
]


@pytest.mark.parametrize("gap_ms", GAPS_MS)
def test_double_taps_on_the_shoppers_screens_take_one_step(kiosk: Driver, gap_ms: int) -> None:
    go(SHOPPER_SCREENS, kiosk, gap_ms)


def fill(kiosk: Driver) -> None:
    """Every field of the wizard on screen as the shopper types it, the pages still to come
    too: a second 'Next' that reached the next page would then take it on (as it would on the
    steps a shopper may leave empty). The SMS code once sent."""
    screen = wizard(kiosk)
    if isinstance(screen, RegistrationScreen):
        if screen.shown_step.value == "code":
            screen.code_entry.code.setText(sms_code(kiosk, "+375" + NEW_PHONE_DIGITS))
            return
        screen.card_number.setText(ISSUED_CARDS[1])
        screen.phone.number.setText(NEW_PHONE_DIGITS)
        screen.last_name.setText("Иванова")
        screen.first_name.setText("Мария")
        screen.female.setChecked(True)
        screen.birth_date.set_date(dt.date(1990, 4, 2))
        screen.password.setText("Secret123")
        screen.password_repeat.setText("Secret123")
        screen.consent.setChecked(True)
    elif isinstance(screen, AddCardScreen):
        screen.phone.number.setText("291234567")
        screen.password.setText(DEMO_PASSWORD)
        screen.card_number.setText(ISSUED_CARDS[2])


def sms_code(kiosk: Driver, phone: str) -> str:
    codes = [sms.code for sms in kiosk.kiosk.client.get().demo_sms() if sms.phone == phone]
    assert codes, "no SMS was sent to this phone"
    return codes[0]


def tapped(button: Callable[[Driver], QWidget]) -> Step:
    return lambda kiosk: tap(kiosk, button(kiosk))


def then_fill(*steps: Step) -> Step:
    def run(kiosk: Driver) -> None:
        for step in steps:
            step(kiosk)
        fill(kiosk)

    return run


REGISTER = "registration/"
REGISTRATION = [
    Row("attract", lambda k: screens(k).attract.ui.registerButton, REGISTER + "card"),
    Row(REGISTER + "card", cancel_button, "attract"),
    Row(
        REGISTER + "card",
        next_button,
        REGISTER + "phone",
        first=then_fill(tapped(lambda k: screens(k).attract.ui.registerButton)),
    ),
    Row(REGISTER + "phone", next_button, REGISTER + "names"),
    Row(REGISTER + "names", next_button, REGISTER + "personal"),
    Row(REGISTER + "personal", back_button, REGISTER + "names"),
    # Address and e-mail are not required: the step a double tap on the step before skipped.
    Row(REGISTER + "personal", next_button, REGISTER + "contact", first=tapped(next_button)),
    Row(REGISTER + "contact", next_button, REGISTER + "password"),
    Row(REGISTER + "password", next_button, REGISTER + "consent"),
    Row(REGISTER + "consent", next_button, REGISTER + "code"),
    Row(REGISTER + "code", next_button, REGISTER + "success", first=fill),
    Row(REGISTER + "success", lambda k: registration_screen(k).success_done, "attract"),
]


@pytest.mark.parametrize("gap_ms", GAPS_MS)
def test_double_taps_through_the_registration_take_one_step(kiosk: Driver, gap_ms: int) -> None:
    go(REGISTRATION, kiosk, gap_ms)


ADD = "add_card/"
ADD_CARD = [
    Row("card", lambda k: screens(k).card.ui.addCardButton, ADD + "sign_in", first=scan(ANNA_CARD)),
    Row(ADD + "sign_in", cancel_button, "attract"),
    Row(
        ADD + "sign_in",
        lambda k: add_card_screen(k).sms_button,
        ADD + "code",
        first=then_fill(scan(ANNA_CARD), tapped(lambda k: screens(k).card.ui.addCardButton)),
    ),
    Row(ADD + "code", back_button, ADD + "sign_in"),
    Row(ADD + "sign_in", next_button, ADD + "scan", first=fill),
    Row(ADD + "scan", next_button, ADD + "result", first=fill),
    Row(ADD + "result", lambda k: add_card_screen(k).another_button, ADD + "scan"),
    Row(ADD + "scan", cancel_button, "attract"),
]


@pytest.mark.parametrize("gap_ms", GAPS_MS)
def test_double_taps_through_adding_a_card_take_one_step(kiosk: Driver, gap_ms: int) -> None:
    go(ADD_CARD, kiosk, gap_ms)


def cashier(kiosk: Driver) -> CashierScreen:
    assert kiosk.kiosk.cashier is not None
    return kiosk.kiosk.cashier.screen


def staff_pin(kiosk: Driver) -> None:
    scan(STAFF_BADGE)(kiosk)
    for digit in STAFF_PIN:
        tap(kiosk, cashier(kiosk).ui.keypad.digit_button(digit))


def corner_taps_and(pin: str) -> Step:
    def open_it(kiosk: Driver) -> None:
        kiosk.clock.ms += READING_MS
        for _ in range(5):
            kiosk.clock.ms += 300
            kiosk.tap_window(20, 20)
        kiosk.settle()
        for digit in pin:
            tap(kiosk, screens(kiosk).service_pin.ui.keypad.digit_button(digit))

    return open_it


STAFF_AND_SERVICE = [
    Row(
        "cashier/pinPage",
        lambda k: cashier(k).ui.pinCancelButton,
        "attract",
        first=scan(STAFF_BADGE),
    ),
    Row(
        "cashier/pinPage",
        lambda k: cashier(k).ui.keypad.ok_button,
        "cashier/listPage",
        first=staff_pin,
    ),
    Row("cashier/listPage", lambda k: cashier(k).ui.signOutButton, "attract"),
    Row(
        "service_pin",
        lambda k: screens(k).service_pin.ui.cancelButton,
        "attract",
        first=corner_taps_and(""),
    ),
    Row(
        "service_pin",
        lambda k: screens(k).service_pin.ui.keypad.ok_button,
        "service",
        first=corner_taps_and(DEMO_SERVICE_PIN),
    ),
    Row("service", lambda k: screens(k).service.ui.leaveButton, "service/leave?"),
    Row("service/leave?", lambda k: screens(k).service.ui.cancelLeaveButton, "service"),
    Row("service", lambda k: screens(k).service.ui.backButton, "attract"),
]


@pytest.mark.parametrize("gap_ms", GAPS_MS)
def test_double_taps_in_cashier_mode_and_on_the_service_screens_take_one_step(
    kiosk: Driver, gap_ms: int
) -> None:
    go(STAFF_AND_SERVICE, kiosk, gap_ms)


# --- the guard ends ----------------------------------------------------------------------------


def test_a_tap_0_45_s_after_a_change_is_taken_whatever_changed_the_screen(kiosk: Driver) -> None:
    # A change by itself: the answer to a scan.
    scan(ANNA_CARD)(kiosk)
    done = screens(kiosk).card.ui.doneButton
    tap_at(kiosk, centre(kiosk, done))
    assert view(kiosk) == "card", "a tap just as the card came up was meant for the start screen"
    kiosk.clock.ms += 450
    tap_at(kiosk, centre(kiosk, done))
    assert view(kiosk) == "attract"
    # A tap's own change, then a page of a wizard.
    kiosk.clock.ms += 450
    tap_at(kiosk, centre(kiosk, screens(kiosk).attract.ui.registerButton))
    kiosk.settle()
    assert view(kiosk) == REGISTER + "card"
    kiosk.clock.ms += 450
    screen = registration_screen(kiosk)
    screen.card_number.setText(ISSUED_CARDS[1])
    tap_at(kiosk, centre(kiosk, screen.next_button))
    kiosk.settle()
    assert view(kiosk) == REGISTER + "phone"
    kiosk.clock.ms += 450
    tap_at(kiosk, centre(kiosk, screen.back_button))
    assert view(kiosk) == REGISTER + "card"


def test_i_need_more_time_takes_one_tap_and_the_form_the_next(
    kiosk: Driver, timers: FakeTimers
) -> None:
    tap(kiosk, screens(kiosk).attract.ui.registerButton)
    screen = registration_screen(kiosk)
    timers.named("idle").fire()
    assert view(kiosk) == REGISTER + "card/still-here?"
    stay = screen.still_here.stay_button
    double_tap(kiosk, stay, GAPS_MS[0])
    assert view(kiosk) == REGISTER + "card"
    assert kiosk.kiosk.tap_guard is not None and kiosk.kiosk.tap_guard.guarding()
