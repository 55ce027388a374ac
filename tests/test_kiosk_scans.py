"""What each kind of scanned code does in the real kiosk, through the keyboard-wedge filter with
the default scanner settings, against the reference central on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kiosk_harness import Driver, KioskMaker
from pytestqt.qtbot import QtBot

from kiosk.central.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.config import ScannerSettings, demo_config
from kiosk.core.flow import State

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUPON = "9900000000004"


@pytest.fixture
def kiosk(qtbot: QtBot, manual_clock: ManualClock, central: EmbeddedCentral) -> Iterator[Driver]:
    config = demo_config(central.url, central.token)
    assert config.scanner == ScannerSettings()  # the defaults: min_length 8
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker(config, wizards=False)
    maker.close()


def test_a_wedge_scanned_staff_badge_reaches_cashier_mode(kiosk: Driver) -> None:
    badges: list[str] = []
    kiosk.kiosk.controller.staff_badge_scanned.connect(badges.append)
    kiosk.scan("B0001")
    kiosk.qtbot.waitUntil(lambda: badges == ["B0001"])
    assert kiosk.window.current_state() is State.ATTRACT
    assert not kiosk.window.notice.isVisible()


def test_the_central_nomenclature_is_fetched_after_ready(kiosk: Driver) -> None:
    kiosk.kiosk.start_background_work()
    kiosk.settle()
    assert kiosk.kiosk.flow.nomenclature.version == "demo-2026.1"


def test_a_coupon_is_not_a_product(kiosk: Driver) -> None:
    kiosk.scan(COUPON)
    kiosk.qtbot.waitUntil(kiosk.window.notice.isVisible)
    assert kiosk.window.notice.text() == "Купоны и чеки принимают на кассе, а не здесь."
    assert kiosk.window.current_state() is State.ATTRACT
