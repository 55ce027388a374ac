"""Driving the registration and add-a-card wizards the way a shopper does: taps only.

Used by tests/qt/features/wizards/test_registration_wizard.py and
tests/qt/features/wizards/test_add_card_wizard.py. Fields are focused by tapping them, text is typed
by tapping keys of the docked on-screen keyboard or keypad, and buttons are tapped; the central is
the real reference service on loopback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.client import CentralClient
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.support.fake_clocks import (
    KioskClock as KioskClock,  # its old home; new code imports fake_clocks
)
from tests.support.kiosk_harness import texts_of

#: Long enough for a loopback call to the reference central (scrypt hashing included).
ANSWER_TIMEOUT_MS = 10_000


class Shopper:
    """Taps on a wizard screen."""

    def __init__(self, qtbot: QtBot, screen: WizardFrame, client: CentralClient) -> None:
        self.qtbot = qtbot
        self.screen = screen
        self.client = client

    def show(self) -> None:
        self.qtbot.addWidget(self.screen)
        self.screen.resize(1280, 1024)
        self.screen.show()
        self.screen.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.screen)

    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.objectName()} is not on screen"
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def focus(self, field: QLineEdit) -> None:
        self.tap(field)
        self.qtbot.waitUntil(field.hasFocus)

    def type(self, field: QLineEdit, text: str) -> None:
        """Tap the field, then the keys of the on-screen keyboard."""
        self.focus(field)
        keyboard = self.screen.dock.keyboard
        assert self.screen.dock.showing_keyboard()
        for key_id in keyboard.keys_for_text(text):
            self.tap(keyboard.key(key_id))

    def digits(self, field: QLineEdit, digits: str) -> None:
        """Tap the field, then the keys of the numeric keypad."""
        self.focus(field)
        keypad = self.screen.dock.keypad
        assert self.screen.dock.showing_keypad()
        for digit in digits:
            self.tap(keypad.digit_button(digit))

    def wait_answer(self) -> None:
        self.qtbot.waitUntil(lambda: not self.screen.is_busy(), timeout=ANSWER_TIMEOUT_MS)

    def next(self) -> None:
        self.tap(self.screen.next_button)
        self.wait_answer()

    def sms_code(self, phone: str) -> str:
        """The newest code the demo SMS gateway sent to ``phone``."""
        for sms in self.client.demo_sms():
            if sms.phone == phone:
                return sms.code
        raise AssertionError("no SMS was sent to this phone")

    def sms_count(self, phone: str) -> int:
        return sum(1 for sms in self.client.demo_sms() if sms.phone == phone)


def fill_registration_form(
    shopper: Shopper,
    screen: RegistrationScreen,
    *,
    last: str,
    first: str,
    birth: dt.date,
    password: str = "Secret123",
) -> None:
    """From the names page through the rules: the values set directly, a woman, no address or
    email; "next" and the choices tapped. The code is asked for afterwards (or linking offered)."""
    screen.last_name.setText(last)
    screen.first_name.setText(first)
    shopper.next()
    shopper.tap(screen.female)
    screen.birth_date.set_date(birth)
    shopper.next()
    shopper.next()
    screen.password.setText(password)
    screen.password_repeat.setText(password)
    shopper.next()
    shopper.tap(screen.consent)
    shopper.next()


def assert_forgotten(root: QWidget, secrets: Iterable[str]) -> None:
    """No widget under ``root`` holds any of ``secrets`` (also not in part)."""
    texts = list(texts_of(root))
    for secret in secrets:
        holders = [text for text in texts if secret and secret in text]
        assert not holders, f"{secret!r} is still shown: {holders!r}"
    for field in root.findChildren(QLineEdit):
        assert field.text() == "", f"{field.objectName()} still holds text"
        assert not field.isUndoAvailable(), f"{field.objectName()} can undo to typed text"
