"""The PIN pages keep their keys in place when a PIN is refused: the next tap lands where the
cashier or engineer aims, not on the key that moved under the finger."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.cashier.session import SignInProblem
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.screens.service_pin import ServicePinScreen
from tests.support.screen_gallery import settle


def _buttons(screen: QWidget) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    QApplication.processEvents()
    return [
        (button.text(), button.mapTo(screen, QPoint(0, 0)).toTuple(), button.size().toTuple())
        for button in screen.findChildren(QPushButton)
        if button.isVisible()
    ]


def _shown(qtbot: QtBot, screen: QWidget) -> None:
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    # Laid out as the person sees it: the problem line takes the height of its longest text
    # once it knows its width, a round of events after the page is first shown.
    settle()


def test_a_refused_staff_pin_moves_no_key(qtbot: QtBot, language: str) -> None:
    screen = CashierScreen()
    _shown(qtbot, screen)
    screen.show_pin_page()
    before = _buttons(screen)
    assert len(before) >= 12, "the keypad, OK and cancel are on screen"

    screen.show_pin_problem(SignInProblem.WRONG_PIN, attempts_left=4, minutes=None)
    assert screen.ui.pinErrorLabel.text()
    assert _buttons(screen) == before
    screen.show_pin_problem(SignInProblem.LOCKED, attempts_left=None, minutes=5)
    assert _buttons(screen) == before


def test_a_refused_service_pin_moves_no_key(qtbot: QtBot, language: str) -> None:
    screen = ServicePinScreen()
    _shown(qtbot, screen)
    before = _buttons(screen)

    screen.show_wrong_pin()
    assert screen.ui.errorLabel.text()
    assert _buttons(screen) == before
