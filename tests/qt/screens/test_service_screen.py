"""The service screen: how the terminal is doing (central, scanner with its live test, the
activation outbox and its refused rows, the self-check, the log folder, the language), and the
corner taps that open it, counted one by one even when quick taps arrive as double-clicks."""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import DEMO_SERVICE_PIN, demo_config
from kiosk.qt.screens.service import DeadLetterRow, ServiceScreen
from kiosk.selfcheck.report import SelfCheckReport, verbatim
from tests.qt.input.test_serial_scanner import Pty
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BLOCKED = "2990000000132"
SOLD = "2990000020000"


class SelfCheck:
    """A self-check that waits until the test lets it finish (it must run off the GUI thread)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[str] = []

    def __call__(self) -> SelfCheckReport:
        self.threads.append(threading.current_thread().name)
        assert self.release.wait(10)
        report = SelfCheckReport("1.0", "demo")
        report.add("config", "OK", verbatim("demo configuration"))
        return report


@pytest.fixture
def self_check() -> Iterator[SelfCheck]:
    check = SelfCheck()
    yield check
    check.release.set()


@pytest.fixture
def kiosk(qtbot: QtBot, central: EmbeddedCentral, self_check: SelfCheck) -> Iterator[Driver]:
    maker = KioskMaker(qtbot)
    yield maker(demo_config(central.url, central.token), timers=FakeTimers(), self_check=self_check)
    maker.close()


def service(kiosk: Driver) -> ServiceScreen:
    return kiosk.kiosk.controller.screens.service


def open_service(kiosk: Driver) -> None:
    for _ in range(5):
        kiosk.tap_window(20, 20)
        kiosk.clock.ms += 300
    kiosk.wait_for_screen(State.SERVICE_PIN)
    keypad = kiosk.kiosk.controller.screens.service_pin.ui.keypad
    for digit in DEMO_SERVICE_PIN:
        kiosk.click(keypad.digit_button(digit))
    kiosk.click(keypad.ok_button)
    kiosk.wait_for_screen(State.SERVICE)


def test_five_quick_touch_taps_open_the_service_pin(kiosk: Driver) -> None:
    # Quick taps on a touch screen: every second one arrives as a double-click.
    device = QTest.createTouchDevice()
    for _ in range(5):
        QTest.touchEvent(kiosk.handle, device).press(0, QPoint(20, 20)).commit()
        QTest.touchEvent(kiosk.handle, device).release(0, QPoint(20, 20)).commit()
    kiosk.wait_for_screen(State.SERVICE_PIN)


def test_the_screen_says_how_the_terminal_is_doing(kiosk: Driver, central: EmbeddedCentral) -> None:
    open_service(kiosk)
    ui = service(kiosk).ui
    assert ui.terminalValue.text() == "DEMO-01"
    kiosk.qtbot.waitUntil(lambda: ui.centralStateValue.text().startswith("Да ("))
    assert "последний успешный ответ" in ui.centralStateValue.text()
    assert ui.scannerValue.text() == "Сканер-клавиатура (USB)"
    assert ui.serialScannerValue.isHidden()  # no serial scanner, no line for it
    assert ui.lastScanValue.text() == "С запуска сканирований не было"
    assert ui.logFolderValue.text()
    kiosk.qtbot.waitUntil(lambda: ui.outboxNoteValue.text() == "В порядке")
    assert ui.outboxDepthValue.text() == "0"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_screen_says_whether_the_serial_scanner_is_connected(
    qtbot: QtBot, central: EmbeddedCentral, self_check: SelfCheck, tmp_path: Path
) -> None:
    pty = Pty(tmp_path / "ttyScanner")
    base = demo_config(central.url, central.token)
    config = dataclasses.replace(
        base, scanner=dataclasses.replace(base.scanner, serial_port=str(pty.link))
    )
    maker = KioskMaker(qtbot)
    try:
        kiosk = maker(config, timers=FakeTimers(), self_check=self_check)
        open_service(kiosk)
        ui = service(kiosk).ui
        kiosk.qtbot.waitUntil(lambda: ui.serialScannerValue.text() == "Подключён")
        assert ui.serialScannerValue.isVisible()
        pty.unplug()
        kiosk.qtbot.waitUntil(lambda: ui.serialScannerValue.text() == "Не подключён")
    finally:
        maker.close()
        pty.close()


def test_the_live_scanner_test_shows_the_class_of_the_code(kiosk: Driver) -> None:
    open_service(kiosk)
    ui = service(kiosk).ui

    kiosk.scan("B0001")
    kiosk.qtbot.waitUntil(lambda: ui.scannerTestValue.text() == "Бейдж сотрудника")
    kiosk.scan("4810000000018")
    kiosk.qtbot.waitUntil(lambda: ui.scannerTestValue.text() == "Товар")
    assert ui.lastScanValue.text() != "С запуска сканирований не было"
    assert kiosk.window.current_state() is State.SERVICE  # scans change nothing else here
    assert "4810000000018" not in ui.scannerTestValue.text()


def test_refused_activations_can_be_sent_again_or_discarded(
    kiosk: Driver, central: EmbeddedCentral
) -> None:
    cashier = kiosk.kiosk.cashier
    assert cashier is not None
    activations = cashier.activations
    done: list[int] = []
    for card in (BLOCKED, SOLD):
        activations.record(card, "S-0001", done.append, lambda error: None)
    kiosk.qtbot.waitUntil(lambda: len(done) == 2)
    kiosk.qtbot.waitUntil(lambda: len(central.store.activations()) == 1, timeout=10_000)
    open_service(kiosk)
    ui = service(kiosk).ui
    # The list and the count come with separate answers: wait for both.
    kiosk.qtbot.waitUntil(lambda: ui.deadLettersList.count() == 1)
    kiosk.qtbot.waitUntil(lambda: ui.deadLettersValue.text() == "1")
    assert "•••• 0132" in ui.deadLettersList.item(0).text()
    assert "карта заблокирована" in ui.deadLettersList.item(0).text()  # the reason in words
    assert not ui.retryButton.isEnabled()

    first_id = ui.deadLettersList.item(0).data(Qt.ItemDataRole.UserRole)
    ui.deadLettersList.setCurrentRow(0)
    kiosk.click(ui.retryButton)  # refused again by the central: back in the dead letters
    kiosk.qtbot.waitUntil(
        lambda: (
            ui.deadLettersList.count() == 1
            and ui.deadLettersList.item(0).data(Qt.ItemDataRole.UserRole) != first_id
        ),
        timeout=10_000,
    )
    ui.deadLettersList.setCurrentRow(0)
    kiosk.click(ui.discardButton)
    kiosk.qtbot.waitUntil(lambda: ui.deadLettersList.count() == 0)
    kiosk.qtbot.waitUntil(lambda: ui.deadLettersValue.text() == "0")


def test_the_self_check_runs_off_the_gui_thread(kiosk: Driver, self_check: SelfCheck) -> None:
    open_service(kiosk)
    ui = service(kiosk).ui

    kiosk.click(ui.selfCheckButton)

    kiosk.qtbot.waitUntil(lambda: ui.selfCheckValue.text() == "Проверка…")
    assert not ui.selfCheckButton.isEnabled()
    kiosk.tap_window(600, 400)  # the screen takes taps meanwhile
    self_check.release.set()
    kiosk.qtbot.waitUntil(lambda: ui.selfCheckValue.text().startswith("Самопроверка пройдена."))
    assert self_check.threads and self_check.threads[0] != threading.main_thread().name


def test_the_language_of_the_kiosk_is_chosen_here(kiosk: Driver) -> None:
    open_service(kiosk)
    ui = service(kiosk).ui

    kiosk.click(ui.enButton)

    assert kiosk.kiosk.flow.default_language == "en"
    kiosk.qtbot.waitUntil(lambda: ui.backButton.text() == "Back to the kiosk")
    kiosk.click(ui.backButton)
    kiosk.wait_for_screen(State.ATTRACT)
    kiosk.idle_timer.fire()
    assert kiosk.kiosk.flow.language == "en"


def test_wrong_service_pins_and_the_lockout_are_logged_without_the_pin(
    kiosk: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for _ in range(5):
        kiosk.tap_window(20, 20)
        kiosk.clock.ms += 300
    kiosk.wait_for_screen(State.SERVICE_PIN)
    keypad = kiosk.kiosk.controller.screens.service_pin.ui.keypad
    for attempt in range(5):
        for digit in "9876":
            kiosk.click(keypad.digit_button(digit))
        kiosk.click(keypad.ok_button)
        expected = attempt + 1 if attempt < 4 else 4
        kiosk.qtbot.waitUntil(
            lambda n=expected: caplog.text.count("wrong service PIN") >= n, timeout=10_000
        )
    kiosk.qtbot.waitUntil(lambda: "service mode locked" in caplog.text, timeout=10_000)
    assert "9876" not in caplog.text


def test_a_refusal_without_words_of_its_own_is_shown_by_its_code(qtbot: QtBot) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.set_dead_letters([DeadLetterRow(7, "•••• 0132", "forbidden", 0.0)])
    assert "(forbidden)" in screen.ui.deadLettersList.item(0).text()
