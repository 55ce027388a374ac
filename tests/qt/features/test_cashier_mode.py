"""Cashier mode through the real kiosk against the reference central on loopback: a staff badge
scanned by the wedge scanner, the PIN typed on the keypad, cards activated one after another
through the outbox, the central cut off and back, the hand-over to the shopper, the sign-out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.domain.clock import ManualClock
from kiosk.central.link import DemoLink
from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier.session import RowResult
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.features.cashier import CashierServices
from kiosk.qt.features.wizards.registration import RegistrationWizard
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SOLD = ("2990000020000", "2990000020017", "2990000020024")
ISSUED = "2990000000088"
BLOCKED = "2990000000132"
UNKNOWN = "2990000009999"
PRODUCT = "4810000000018"
ANNA = "2990000000019"


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def kiosk(
    qtbot: QtBot, central: EmbeddedCentral, manual_clock: ManualClock, timers: FakeTimers
) -> Iterator[Driver]:
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker(demo_config(central.url, central.token), timers=timers)
    maker.close()


def services(kiosk: Driver) -> CashierServices:
    assert kiosk.kiosk.cashier is not None
    return kiosk.kiosk.cashier


def screen(kiosk: Driver) -> CashierScreen:
    return services(kiosk).screen


def enter_pin(kiosk: Driver, pin: str) -> None:
    keypad = screen(kiosk).ui.keypad
    kiosk.qtbot.waitUntil(keypad.isEnabled)  # the previous PIN's answer is in
    for digit in pin:
        kiosk.click(keypad.digit_button(digit))
    kiosk.click(keypad.ok_button)


def sign_in(kiosk: Driver, badge: str = "B0001", pin: str = "4321") -> None:
    kiosk.scan(badge)
    kiosk.wait_for_screen(State.CASHIER)
    assert screen(kiosk).ui.pages.currentWidget() is screen(kiosk).ui.pinPage
    enter_pin(kiosk, pin)
    kiosk.qtbot.waitUntil(
        lambda: screen(kiosk).ui.pages.currentWidget() is screen(kiosk).ui.listPage
    )


def results(kiosk: Driver) -> list[str]:
    return [row.result.value for row in services(kiosk).driver.session.rows]


def wait_results(kiosk: Driver, expected: list[RowResult]) -> None:
    kiosk.qtbot.waitUntil(lambda: results(kiosk) == [r.value for r in expected], timeout=10_000)


def test_badge_pin_and_a_mixed_batch_of_activations(
    kiosk: Driver, central: EmbeddedCentral
) -> None:
    sign_in(kiosk)
    view = screen(kiosk)
    assert "Кассир Ирина" in view.ui.staffLabel.text()
    assert not view.ui.serviceButton.isVisible()

    for code in (SOLD[0], SOLD[0], ISSUED, UNKNOWN, BLOCKED, PRODUCT):
        kiosk.scan(code)
    batch = [
        RowResult.ACTIVATED,
        RowResult.ALREADY_ACTIVATED,
        RowResult.UNKNOWN_CARD,
        RowResult.BLOCKED,
        RowResult.NOT_OURS,
    ]
    wait_results(kiosk, batch)
    assert view.row_texts(0) == ("•••• 0000", "Активирована")
    assert view.row_texts(3)[1] == "Карта заблокирована"
    assert "1" in view.ui.counterLabel.text()
    kiosk.scan("B0002")  # a badge while signed in changes nothing
    kiosk.scan("NOT-A-CARD")
    kiosk.qtbot.waitUntil(lambda: view.ui.noticeLabel.text() != "")
    assert len(results(kiosk)) == 5
    # Anna's card is registered: the row says so and offers no registration.
    kiosk.scan(ANNA)
    wait_results(kiosk, [*batch, RowResult.ALREADY_REGISTERED])
    assert view.row_texts(5) == ("•••• 0019", "Уже активирована и зарегистрирована")
    assert view.hand_over_button(5) is None
    assert view.hand_over_button(1) is not None, "an issued card can still be registered"
    audit = central.store.activations()
    assert [(a.card_number, a.staff_id, a.terminal_id) for a in audit] == [
        (SOLD[0], "S-0001", "DEMO-01")
    ]


def test_wrong_pin_then_lockout_are_explained_and_change_nothing(kiosk: Driver) -> None:
    kiosk.scan("B0001")
    kiosk.wait_for_screen(State.CASHIER)
    view = screen(kiosk)
    enter_pin(kiosk, "0000")
    kiosk.qtbot.waitUntil(lambda: "4" in view.ui.pinErrorLabel.text())
    for _ in range(4):
        enter_pin(kiosk, "0000")
    kiosk.qtbot.waitUntil(lambda: "5" in view.ui.pinErrorLabel.text(), timeout=10_000)
    assert "заблокирован" in view.ui.pinErrorLabel.text()
    # Locked: even the right PIN opens nothing.
    enter_pin(kiosk, "4321")
    kiosk.qtbot.waitUntil(lambda: view.ui.keypad.isEnabled())
    kiosk.settle()
    assert view.ui.pages.currentWidget() is view.ui.pinPage
    assert not services(kiosk).driver.session.signed_in
    kiosk.click(view.ui.pinCancelButton)
    kiosk.wait_for_screen(State.ATTRACT)


def test_central_cut_off_queues_then_delivers_each_once(
    kiosk: Driver, central: EmbeddedCentral
) -> None:
    sign_in(kiosk)
    # The way to the central breaks: the client now talks to a closed port.
    client = kiosk.kiosk.client.get()
    real_url = client.base_url
    client.base_url = "http://127.0.0.1:9"
    try:
        for card in SOLD:
            kiosk.scan(card)
        wait_results(kiosk, [RowResult.QUEUED] * 3)
        assert "3" in screen(kiosk).ui.waitingLabel.text()
        assert central.store.activations() == []
    finally:
        client.base_url = real_url
    services(kiosk).activations.wake()
    wait_results(kiosk, [RowResult.ACTIVATED] * 3)
    assert sorted(a.card_number for a in central.store.activations()) == sorted(SOLD)
    assert screen(kiosk).ui.waitingLabel.text() == ""


def test_hand_over_opens_registration_on_the_card_and_a_shopper_scan_ends_the_session(
    kiosk: Driver, central: EmbeddedCentral
) -> None:
    sign_in(kiosk)
    kiosk.scan(SOLD[0])
    wait_results(kiosk, [RowResult.ACTIVATED])
    button = screen(kiosk).hand_over_button(0)
    assert button is not None

    kiosk.click(button)

    kiosk.wait_for_screen(State.REGISTRATION)
    assert kiosk.kiosk.flow.staff_parked
    wizard = kiosk.window.screen_for(State.REGISTRATION).findChild(RegistrationWizard)
    kiosk.qtbot.waitUntil(lambda: wizard.steps is not None)
    assert wizard.steps.form.card_number == SOLD[0]
    assert not wizard.steps.asks_card
    kiosk.kiosk.controller.dispatch(kiosk.kiosk.flow.wizard_cancelled())
    kiosk.wait_for_screen(State.ATTRACT)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert not services(kiosk).driver.session.signed_in
    assert not kiosk.kiosk.flow.staff_parked


def test_the_hand_over_says_which_card_is_being_registered(kiosk: Driver) -> None:
    sign_in(kiosk)
    kiosk.scan(SOLD[0])
    wait_results(kiosk, [RowResult.ACTIVATED])
    button = screen(kiosk).hand_over_button(0)
    assert button is not None

    kiosk.click(button)

    kiosk.wait_for_screen(State.REGISTRATION)
    wizard = kiosk.window.screen_for(State.REGISTRATION)
    assert isinstance(wizard, RegistrationScreen)
    kiosk.qtbot.waitUntil(wizard.registering_card.isVisible)
    # Masked as everywhere on screen: the shopper has the card in hand to compare.
    assert wizard.registering_card.text() == "Вы регистрируете карту •••• 0000."
    assert SOLD[0] not in kiosk.visible_texts()


def test_sign_out_and_staff_idle_end_the_session(kiosk: Driver, timers: FakeTimers) -> None:
    sign_in(kiosk)
    kiosk.scan(SOLD[0])
    wait_results(kiosk, [RowResult.ACTIVATED])
    kiosk.click(screen(kiosk).ui.signOutButton)
    kiosk.wait_for_screen(State.ATTRACT)
    assert not services(kiosk).driver.session.signed_in
    assert screen(kiosk).row_count() == 0

    sign_in(kiosk)
    # The shopper idle time does not end a cashier's session; the staff idle time asks first.
    kiosk.idle_timer.fire()
    assert kiosk.window.current_state() is State.CASHIER
    timers.named("staff-idle").fire()
    overlay = screen(kiosk).overlay
    assert overlay.isVisible()
    overlay.stay()
    assert timers.named("staff-idle").isActive()
    timers.named("staff-idle").fire()
    overlay.expired.emit()
    kiosk.wait_for_screen(State.ATTRACT)
    assert not services(kiosk).driver.session.signed_in


def test_the_service_role_reaches_the_service_screen(kiosk: Driver) -> None:
    sign_in(kiosk, "B0003", "2580")
    view = screen(kiosk)
    assert view.ui.serviceButton.isVisible()

    kiosk.click(view.ui.serviceButton)

    kiosk.wait_for_screen(State.SERVICE)
    assert not services(kiosk).driver.session.signed_in


def test_queued_activations_survive_a_restart(
    qtbot: QtBot,
    central: EmbeddedCentral,
    manual_clock: ManualClock,
    tmp_path: Path,
) -> None:
    config = demo_config(central.url, central.token)
    config = config.__class__(**{**config.__dict__, "data_dir": str(tmp_path)})
    maker = KioskMaker(qtbot, today=manual_clock.today)
    try:
        first = maker(config, timers=FakeTimers())
        sign_in(first)
        first.kiosk.client.get().base_url = "http://127.0.0.1:9"
        first.scan(SOLD[1])
        wait_results(first, [RowResult.QUEUED])
        maker.close()  # switched off with the row waiting
        assert central.store.activations() == []

        maker(config, timers=FakeTimers())
        qtbot.waitUntil(lambda: len(central.store.activations()) == 1, timeout=10_000)
        assert central.store.activations()[0].card_number == SOLD[1]
    finally:
        maker.close()


def test_the_demo_panel_cuts_the_kiosk_off_and_reconnects_it(
    qtbot: QtBot, central: EmbeddedCentral, manual_clock: ManualClock
) -> None:
    host, port = central.url.removeprefix("http://").rsplit(":", 1)
    link = DemoLink((host, int(port))).start()
    maker = KioskMaker(qtbot, today=manual_clock.today)
    try:
        kiosk = maker(
            demo_config(link.url, central.token),
            demo=True,
            timers=FakeTimers(),
            demo_network=link,
        )
        panel = kiosk.kiosk.controller.demo_panel
        assert panel is not None
        sign_in(kiosk)
        kiosk.window.set_demo_panel_open(True)
        assert panel.ui.networkButton.text() == "Отключить киоск от сервиса"

        kiosk.click(panel.ui.networkButton)
        qtbot.waitUntil(lambda: link.is_cut and panel.ui.networkButton.isEnabled())
        kiosk.window.set_demo_panel_open(False)
        for card in SOLD:
            kiosk.scan(card)
        wait_results(kiosk, [RowResult.QUEUED] * 3)
        assert central.store.activations() == []

        kiosk.window.set_demo_panel_open(True)
        kiosk.click(panel.ui.networkButton)
        qtbot.waitUntil(lambda: not link.is_cut)
        wait_results(kiosk, [RowResult.ACTIVATED] * 3)
        assert sorted(a.card_number for a in central.store.activations()) == sorted(SOLD)
    finally:
        maker.close()
        link.stop()
