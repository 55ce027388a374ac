"""Leaving kiosk mode: only five taps in the top-left corner, the service PIN, and the service
screen's "leave kiosk mode". Closing the window any other way does nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import DEMO_SERVICE_PIN, demo_config
from tests.support.demo_numbers import ANNA_CARD as ANNA
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    return make_kiosk(demo_config(central.url, central.token), wizards=False)


def tap_corner(kiosk: Driver, times: int = 5, *, seconds_between: float = 0.3) -> None:
    for _ in range(times):
        kiosk.tap_window(20, 20)
        kiosk.clock.ms += int(seconds_between * 1000)


def enter_pin(kiosk: Driver, pin: str) -> None:
    keypad = kiosk.kiosk.controller.screens.service_pin.ui.keypad
    for digit in pin:
        kiosk.click(keypad.digit_button(digit))
    kiosk.click(keypad.ok_button)


def test_five_corner_taps_then_the_pin_open_the_service_screen(
    kiosk: Driver, central: EmbeddedCentral
) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    pin_screen = kiosk.kiosk.controller.screens.service_pin
    assert pin_screen.ui.keypad.is_masked()
    enter_pin(kiosk, DEMO_SERVICE_PIN)
    kiosk.wait_for_screen(State.SERVICE)
    ui = kiosk.kiosk.controller.screens.service.ui
    assert ui.terminalValue.text() == "DEMO-01"
    assert ui.centralValue.text() == central.url
    assert ui.versionValue.text()
    assert ui.leaveButton.isVisible()
    # The PIN is nowhere on screen.
    assert DEMO_SERVICE_PIN not in "\n".join(texts_of(kiosk.window))


def test_leave_kiosk_mode_is_the_only_way_to_close(kiosk: Driver, qtbot: QtBot) -> None:
    window = kiosk.window
    window.close()
    assert window.isVisible(), "a close request outside the service screen is ignored"
    tap_corner(kiosk)
    enter_pin(kiosk, DEMO_SERVICE_PIN)
    kiosk.wait_for_screen(State.SERVICE)
    ui = kiosk.kiosk.controller.screens.service.ui
    kiosk.click(ui.leaveButton)  # asks first
    kiosk.click(ui.cancelLeaveButton)
    assert window.isVisible() and not ui.confirmPanel.isVisible()
    kiosk.click(ui.leaveButton)
    with qtbot.waitSignal(kiosk.kiosk.controller.quit_requested, timeout=2000):
        kiosk.click(ui.confirmLeaveButton)
    window.close()
    assert not window.isVisible()


def test_wrong_pin_says_so_and_stays(kiosk: Driver) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    enter_pin(kiosk, "1234")
    ui = kiosk.kiosk.controller.screens.service_pin.ui
    assert ui.pinEdit.text() == ""
    kiosk.qtbot.waitUntil(lambda: ui.errorLabel.text() == "Неверный PIN-код. Попробуйте ещё раз.")
    assert kiosk.window.current_state() is State.SERVICE_PIN


class GatedCheck:
    """The kiosk's real PIN check, held until :meth:`release` and noting its thread."""

    def __init__(self, check: Callable[[str], bool]) -> None:
        self.check = check
        self.threads: list[threading.Thread] = []
        self._gate = threading.Event()

    def __call__(self, pin: str) -> bool:
        self.threads.append(threading.current_thread())
        self._gate.wait(10)
        return self.check(pin)

    def release(self) -> None:
        self._gate.set()


@pytest.fixture
def gated_check(kiosk: Driver) -> Iterator[GatedCheck]:
    controller = kiosk.kiosk.controller
    gated = GatedCheck(controller.verify_service_pin)
    controller.verify_service_pin = gated
    yield gated
    gated.release()
    kiosk.settle()


def test_the_pin_is_checked_off_the_gui_thread(kiosk: Driver, gated_check: GatedCheck) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    enter_pin(kiosk, DEMO_SERVICE_PIN)
    kiosk.qtbot.waitUntil(lambda: len(gated_check.threads) == 1)
    assert gated_check.threads[0] is not threading.main_thread()
    # While the (slow) check runs, the screen stays as it is and takes taps.
    assert kiosk.window.current_state() is State.SERVICE_PIN
    keypad = kiosk.kiosk.controller.screens.service_pin.ui.keypad
    kiosk.click(keypad.digit_button("7"))
    assert kiosk.kiosk.controller.screens.service_pin.ui.pinEdit.text() == "7"
    gated_check.release()
    kiosk.wait_for_screen(State.SERVICE)


def test_cancelling_while_the_pin_is_checked_lets_nobody_in(
    kiosk: Driver, gated_check: GatedCheck
) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    enter_pin(kiosk, DEMO_SERVICE_PIN)
    kiosk.qtbot.waitUntil(lambda: len(gated_check.threads) == 1)
    kiosk.click(kiosk.kiosk.controller.screens.service_pin.ui.cancelButton)
    kiosk.wait_for_screen(State.ATTRACT)
    gated_check.release()
    kiosk.settle()
    assert kiosk.window.current_state() is State.ATTRACT
    assert kiosk.kiosk.flow.state is State.ATTRACT


def test_slow_corner_taps_do_not_open_anything(kiosk: Driver) -> None:
    tap_corner(kiosk, 8, seconds_between=1.0)
    assert kiosk.window.current_state() is State.ATTRACT


def test_taps_elsewhere_do_not_count(kiosk: Driver) -> None:
    for _ in range(5):
        kiosk.tap_window(400, 20)
    assert kiosk.window.current_state() is State.ATTRACT


def test_corner_taps_on_a_card_screen_wipe_it_first(kiosk: Driver) -> None:
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    assert "Анна" not in "\n".join(texts_of(kiosk.window))


def test_scans_do_nothing_on_the_service_screens(kiosk: Driver) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    kiosk.scan(ANNA)
    kiosk.settle()
    assert kiosk.window.current_state() is State.SERVICE_PIN
    assert kiosk.kiosk.controller.screens.service_pin.ui.pinEdit.text() == ""


def test_cancel_returns_to_start(kiosk: Driver) -> None:
    tap_corner(kiosk)
    kiosk.wait_for_screen(State.SERVICE_PIN)
    kiosk.click(kiosk.kiosk.controller.screens.service_pin.ui.cancelButton)
    kiosk.wait_for_screen(State.ATTRACT)
