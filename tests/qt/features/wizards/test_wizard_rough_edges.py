"""Rough edges a shopper meets on the wizards' pages, tapped through against the reference
central: problems that go as soon as the field is fixed, pages that never jump when a problem
is shown, no way to show a password."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

import tests.qt.features.wizards.test_add_card_wizard as add_card
import tests.qt.features.wizards.test_registration_wizard as registration
from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.core.wizards.registration.form import Step
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.qt.features.wizards.test_registration_wizard import (
    CARD,
    NEW_PHONE,
    enter_code,
    fill_quickly,
    start_with_scan,
)
from tests.support.demo_numbers import ISSUED_CARDS
from tests.support.kiosk_harness import KioskMaker, texts_of
from tests.support.wizard_driving import Shopper, fill_registration_form

# The offscreen platform warns about a window-manager hint it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def reg(
    qtbot: QtBot, client: CentralClient, manual_clock: ManualClock
) -> Iterator[registration.Harness]:
    yield from registration.make_harness(qtbot, client, manual_clock)


@pytest.fixture
def add(qtbot: QtBot, client: CentralClient) -> Iterator[add_card.Harness]:
    yield from add_card.make_harness(qtbot, client)


def to_step(h: registration.Harness, step: Step) -> None:
    """From the phone step to ``step``, the fields before it set directly."""
    s, screen = h.shopper, h.screen
    screen.begin(CARD)
    s.wait_answer()
    screen.phone.number.setText("291239876")
    filled = {
        Step.PHONE: lambda: None,
        Step.NAMES: lambda: (
            screen.last_name.setText("Петрова"),
            screen.first_name.setText("Алена"),
        ),
        Step.PERSONAL: lambda: (
            s.tap(screen.female) if not screen.female.isChecked() else None,
            screen.birth_date.set_date(h.central_clock.today().replace(year=1990)),
        ),
        Step.CONTACT: lambda: None,
        Step.PASSWORD: lambda: (
            screen.password.setText("Secret123"),
            screen.password_repeat.setText("Secret123"),
        ),
    }
    assert h.wizard.steps is not None
    while h.wizard.steps.step is not step:
        filled[h.wizard.steps.step]()
        s.next()


def error_of(h: registration.Harness, name: str) -> str:
    return h.screen.rows[name].error.text()


# --- problems go as soon as the field is fixed ------------------------------------------------


def test_gender_and_birth_date_problems_go_when_chosen(reg: registration.Harness) -> None:
    h = reg
    to_step(h, Step.PERSONAL)
    h.shopper.next()
    assert error_of(h, "gender") and error_of(h, "birth_date")
    h.shopper.tap(h.screen.female)
    assert error_of(h, "gender") == ""
    assert error_of(h, "birth_date"), "only the field changed is settled"
    h.shopper.tap(h.screen.birth_date.day_column.buttons[1])
    assert error_of(h, "birth_date") == ""


def test_a_password_mismatch_goes_when_the_passwords_are_made_to_match(
    reg: registration.Harness,
) -> None:
    h = reg
    to_step(h, Step.PASSWORD)
    h.screen.password.setText("Secret123")
    h.screen.password_repeat.setText("Secret12")
    h.shopper.next()
    assert "differ" in error_of(h, "password_repeat")
    h.shopper.type(h.screen.password_repeat, "3")
    assert error_of(h, "password_repeat") == ""
    h.shopper.next()
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.CONSENT


def test_the_rules_problem_goes_when_the_box_is_ticked(reg: registration.Harness) -> None:
    h = reg
    to_step(h, Step.CONSENT)
    h.shopper.next()
    assert error_of(h, "consent_rules_version")
    h.shopper.tap(h.screen.consent)
    assert error_of(h, "consent_rules_version") == ""


def test_a_wrong_code_line_goes_as_a_new_code_is_typed(reg: registration.Harness) -> None:
    h = reg
    start_with_scan(h)
    fill_quickly(h, "291239876")
    right = h.shopper.sms_code(NEW_PHONE)
    enter_code(h, "000000" if right != "000000" else "111111")
    message = h.screen.code_entry.message
    assert message.text().startswith("Wrong code")
    keypad = h.screen.dock.keypad
    h.shopper.tap(keypad.digit_button(right[0]))
    assert message.text() == ""
    for digit in right[1:]:
        h.shopper.tap(keypad.digit_button(digit))
    h.shopper.wait_answer()
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS


def test_a_wrong_password_line_goes_when_the_password_is_retyped(add: add_card.Harness) -> None:
    h = add
    add_card.sign_in(h, "291234567", password="Wrong1234")
    assert h.screen.general_error.text() == "Wrong phone number or password."
    h.shopper.type(h.screen.password, "D")
    assert h.screen.general_error.text() == ""
    assert h.wizard.steps is not None and h.wizard.steps.step is AddCardStep.SIGN_IN


# --- a problem shown never moves a key or a button ----------------------------------------------


def settle() -> None:
    """Let the layouts do what a shown problem asked of them."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def tap_targets(screen: QWidget) -> dict[str, QRect]:
    """Where every visible button, key and field of ``screen`` is, in its coordinates."""
    settle()
    targets: dict[str, QRect] = {}
    widgets = [*screen.findChildren(QAbstractButton), *screen.findChildren(QLineEdit)]
    for index, widget in enumerate(widgets):
        if widget.isVisible():
            name = f"{widget.objectName() or type(widget).__name__}#{index}"
            targets[name] = QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
    assert targets
    return targets


@pytest.mark.parametrize(
    ("step", "wrong"),
    [
        (Step.NAMES, {"last_name": "", "first_name": "", "patronymic": "Петр0вич"}),
        (Step.PERSONAL, {}),
        (Step.PASSWORD, {"password": "Secret123", "password_repeat": "Secret12"}),
        (Step.CONSENT, {}),
    ],
)
def test_a_problem_shown_moves_no_key_or_button(
    reg: registration.Harness, step: Step, wrong: dict[str, str]
) -> None:
    h = reg
    to_step(h, step)
    for name, text in wrong.items():
        getattr(h.screen, name).setText(text)
    fields = h.screen._fields_of(step)
    if fields:
        h.shopper.focus(fields[-1])  # the keyboard is up, under the fields
    before = tap_targets(h.screen)
    h.shopper.next()
    shown = [name for name, row in h.screen.rows.items() if row.error.text()]
    assert shown, "a problem is shown"
    assert tap_targets(h.screen) == before


def test_the_card_number_problem_moves_no_key(reg: registration.Harness) -> None:
    h = reg
    h.screen.begin(None)
    h.shopper.wait_answer()
    h.shopper.focus(h.screen.card_number)
    h.shopper.tap(h.screen.dock.keypad.digit_button("1"))
    before = tap_targets(h.screen)
    h.shopper.next()
    assert error_of(h, "card_number")
    assert tap_targets(h.screen) == before


def test_a_wrong_code_moves_no_key_or_button(reg: registration.Harness) -> None:
    h = reg
    start_with_scan(h)
    fill_quickly(h, "291239876")
    right = h.shopper.sms_code(NEW_PHONE)
    before = tap_targets(h.screen)
    enter_code(h, "000000" if right != "000000" else "111111")
    assert h.screen.code_entry.message.text()
    assert tap_targets(h.screen) == before


def test_a_refused_sign_in_moves_no_key_or_button(add: add_card.Harness) -> None:
    h = add
    h.shopper.digits(h.screen.phone.number, "291234567")
    h.shopper.type(h.screen.password, "Wrong1234")
    before = tap_targets(h.screen)
    h.shopper.next()
    assert h.screen.general_error.text() == "Wrong phone number or password."
    h.shopper.focus(h.screen.password)
    assert tap_targets(h.screen) == before


# --- the success page shows the card masked ---------------------------------------------------


def test_the_success_page_shows_the_card_masked(reg: registration.Harness) -> None:
    h = reg
    start_with_scan(h)
    fill_quickly(h, "291239876")
    enter_code(h, h.shopper.sms_code(NEW_PHONE))
    assert h.wizard.steps is not None and h.wizard.steps.step is Step.SUCCESS
    card = h.screen.success_card
    assert card.isVisible() and card.text() == "•••• " + CARD[-4:]
    assert CARD not in "\n".join(texts_of(h.screen))
    assert card.alignment() & Qt.AlignmentFlag.AlignHCenter
    settle()
    centre = card.mapTo(h.screen, card.rect().center()).x()
    assert abs(centre - h.screen.width() // 2) <= 1, "the card number sits in the middle"


# --- passwords are never shown ------------------------------------------------------------------


def assert_no_way_to_show(screen: QWidget, passwords: list[QLineEdit]) -> None:
    for field in passwords:
        assert field.isVisible()
        assert field.echoMode() is QLineEdit.EchoMode.Password, field.objectName()
        assert field.actions() == [], "no eye icon or other action inside the field"
        row = field.parentWidget()
        assert row is not None and row.findChildren(QAbstractButton) == [], "no toggle beside it"
    for button in screen.findChildren(QAbstractButton):
        words = f"{button.text()} {button.toolTip()} {button.accessibleName()}".lower()
        assert not any(word in words for word in ("show", "hide", "reveal", "👁")), words


def test_no_show_password_toggle_on_registration(reg: registration.Harness) -> None:
    h = reg
    to_step(h, Step.PASSWORD)
    h.shopper.focus(h.screen.password)
    assert_no_way_to_show(h.screen, [h.screen.password, h.screen.password_repeat])
    h.shopper.type(h.screen.password, "Secret1")
    assert h.screen.password.echoMode() is QLineEdit.EchoMode.Password


def test_no_show_password_toggle_on_sign_in(add: add_card.Harness) -> None:
    h = add
    h.shopper.focus(h.screen.password)
    assert_no_way_to_show(h.screen, [h.screen.password])


# --- the automatic return from the success page -------------------------------------------------


def test_a_tap_on_done_as_the_success_page_returns_by_itself_starts_nothing(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    """The success page goes back to the start screen by itself after 20 s. A shopper tapping
    Done at that moment taps the start screen instead: no button of it may be where Done was
    (its "Register a card" would start the next registration).

    This checks the placement, which holds by itself. A window-level guard (the first tap
    after a screen change the shopper did not ask for is ignored for 0.5 s) is not in the
    kiosk yet; once it is, this test should also tap where a start-screen button is, just
    after the return, and see that tap ignored."""
    kiosk = make_kiosk(demo_config(central.url, central.token), language="en")
    kiosk.click(kiosk.kiosk.controller.screens.attract.ui.registerButton)
    kiosk.wait_for_screen(State.REGISTRATION)
    screen = kiosk.window.screen_for(State.REGISTRATION)
    assert isinstance(screen, RegistrationScreen)
    s = Shopper(kiosk.qtbot, screen, kiosk.kiosk.client.get())
    s.wait_answer()
    kiosk.scan(ISSUED_CARDS[2])
    s.wait_answer()
    screen.phone.number.setText("291239877")
    s.next()
    fill_registration_form(s, screen, last="Иванова", first="Мария", birth=dt.date(1990, 4, 2))
    s.digits(screen.code_entry.code, s.sms_code("+375291239877"))
    s.wait_answer()
    assert screen.title.text() == "Registration complete"
    done = screen.success_done
    assert done.isVisible() and not screen.done_button.isVisible()
    settle()
    done_area = QRect(done.mapTo(kiosk.window, QPoint(0, 0)), done.size())

    kiosk.timers.named("success-return").fire()  # the 20 s are up
    kiosk.wait_for_screen(State.ATTRACT)
    settle()
    attract = kiosk.window.screen_for(State.ATTRACT)
    assert attract is not None
    for button in attract.findChildren(QAbstractButton):
        if button.isVisible():
            area = QRect(button.mapTo(kiosk.window, QPoint(0, 0)), button.size())
            assert not area.intersects(done_area), f"{button.objectName()} is where Done was"
    kiosk.tap_window(done_area.center().x(), done_area.center().y())
    kiosk.settle()
    assert kiosk.window.current_state() is State.ATTRACT, "the tap started nothing"
