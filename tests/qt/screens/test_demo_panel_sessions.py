"""The demo panel forgets the SMS of a session that ended: done, cancel or idle, the last
shopper's phone and code never show again, while a code sent afterwards does."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.contract import DemoSms, RegistrationRequest
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import CentralOffline
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.screens.demo_panel import DemoPanel
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.support.demo_numbers import ISSUED_CARDS
from tests.support.demo_numbers import SERGEY_CARD as SERGEY
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NO_SMS = "No SMS has been sent yet."


def send_code(central: EmbeddedCentral, card: str, phone: str) -> str:
    """A registration on another terminal sends a demo SMS; its code."""
    with CentralClient(central.url, central.token, terminal_id="DEMO-02") as other:
        other.start_registration(
            RegistrationRequest(
                card_number=card,
                last_name="Иванова",
                first_name="Мария",
                gender="female",
                birth_date=central.clock.today().replace(year=1990),
                phone=phone,
                password="Secret123",
                consent_rules_version=other.program_info().rules_version,
            )
        )
    return central.demo_sms.messages()[0].code


def panel_text(kiosk: Driver) -> str:
    panel = kiosk.window.demo_panel
    assert panel is not None
    return panel.ui.smsLabel.text()


def open_panel(kiosk: Driver) -> None:
    button = kiosk.window.demo_button
    assert button is not None
    if button.isChecked():
        kiosk.click(button)  # closed first: opening reads the SMS again
    kiosk.click(button)
    kiosk.settle()


def end_session(kiosk: Driver, how: str) -> None:
    if how == "done":
        kiosk.click(kiosk.kiosk.controller.screens.card.ui.doneButton)
    elif how == "cancel":
        screen = kiosk.window.screen_for(State.REGISTRATION)
        assert isinstance(screen, RegistrationScreen)
        kiosk.click(screen.cancel_button)
    else:
        kiosk.idle_timer.fire()
    kiosk.wait_for_screen(State.ATTRACT)
    kiosk.settle()


@pytest.mark.parametrize("how", ["done", "cancel", "idle"])
def test_the_last_shoppers_sms_goes_with_the_session(
    make_kiosk: KioskMaker, central: EmbeddedCentral, how: str
) -> None:
    kiosk = make_kiosk(demo_config(central.url, central.token), demo=True, language="en")
    if how == "cancel":
        kiosk.click(kiosk.kiosk.controller.screens.attract.ui.registerButton)
        kiosk.wait_for_screen(State.REGISTRATION)
    else:
        kiosk.scan(SERGEY)
        kiosk.wait_for_screen(State.CARD)
    kiosk.settle()
    code = send_code(central, ISSUED_CARDS[0], "+375297654321")
    open_panel(kiosk)
    assert f"Code: {code}" in panel_text(kiosk)

    end_session(kiosk, how)
    open_panel(kiosk)
    assert panel_text(kiosk) == NO_SMS, "the last shopper's phone and code are gone"

    new_code = send_code(central, ISSUED_CARDS[1], "+375297654322")
    open_panel(kiosk)
    assert f"Code: {new_code}" in panel_text(kiosk), "a code sent afterwards shows"
    assert "43-22" in panel_text(kiosk)


def sms(code: str, minute: int) -> DemoSms:
    return DemoSms(
        phone_masked="+375 •• •••-43-21",
        phone="+375297654321",
        code=code,
        text=f"Code {code}",
        sent_at=dt.datetime(2025, 6, 16, 9, minute, tzinfo=dt.UTC),
    )


def test_until_the_panel_knows_which_sms_are_old_it_shows_none_of_before(qtbot: QtBot) -> None:
    panel = DemoPanel()
    qtbot.addWidget(panel)
    old, new = sms("111111", 0), sms("222222", 5)
    panel.set_sms([old])
    assert "111111" in panel.ui.smsLabel.text()
    panel.clear()  # a session ended; which SMS were sent so far is asked of the central
    assert panel.ui.smsLabel.text() == ""
    panel.set_sms([new, old])  # read before the answer came: all of it counts as old
    assert panel.ui.smsLabel.text() == NO_SMS
    panel.set_old_sms([old])  # the answer: only `old` was there when the session ended
    assert "222222" in panel.ui.smsLabel.text()
    panel.clear()
    panel.set_old_sms([new, old])
    panel.set_sms([new, old])
    assert panel.ui.smsLabel.text() == NO_SMS


class DemoSmsOnceCut(CentralClient):
    """The kiosk's client, whose next read of the demo SMS fails (the demo's link cut)."""

    def __init__(self, central: EmbeddedCentral) -> None:
        super().__init__(central.url, central.token, terminal_id="DEMO-01")
        self.cut_next = False

    def demo_sms(self) -> list[DemoSms]:
        if self.cut_next:
            self.cut_next = False
            raise CentralOffline("the demo's link is cut")
        return super().demo_sms()


def test_the_old_sms_are_asked_again_when_the_central_could_not_say(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    client = DemoSmsOnceCut(central)
    try:
        kiosk = make_kiosk(
            demo_config(central.url, central.token), demo=True, language="en", client=lambda: client
        )
        kiosk.scan(SERGEY)
        kiosk.wait_for_screen(State.CARD)
        code = send_code(central, ISSUED_CARDS[0], "+375297654321")
        client.cut_next = True
        end_session(kiosk, "done")
        retry = kiosk.timers.named("demo-sms-forget")
        assert retry.active, "asked again soon"
        retry.fire()
        kiosk.settle()
        assert not retry.active
        new_code = send_code(central, ISSUED_CARDS[1], "+375297654322")
        open_panel(kiosk)
        assert f"Code: {new_code}" in panel_text(kiosk)
        assert code not in panel_text(kiosk)
    finally:
        client.close()
