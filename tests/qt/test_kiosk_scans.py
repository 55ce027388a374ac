"""What each kind of scanned code does in the real kiosk, through the keyboard-wedge filter with
the default scanner settings, against the reference central on loopback."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.central.demo_data import in_store_barcode, product_barcode
from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import State
from kiosk.core.runtime.config import ScannerSettings, demo_config
from kiosk.qt.screens.price import PriceScreen
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUPON = "9900000000004"
REFUND = "9800000000014"
ANNA = "2990000000019"


@pytest.fixture
def kiosk(qtbot: QtBot, manual_clock: ManualClock, central: EmbeddedCentral) -> Iterator[Driver]:
    config = demo_config(central.url, central.token)
    assert config.scanner == ScannerSettings()  # the defaults: min_length 8
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker(config, wizards=False)
    maker.close()


def test_a_wedge_scanned_staff_badge_reaches_cashier_mode(
    kiosk: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.qt.controller")
    kiosk.scan("B0001")
    kiosk.qtbot.waitUntil(lambda: "staff badge scanned" in caplog.messages)
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


# --- price checker ---------------------------------------------------------------------------

MILK = product_barcode(0)  # EAN-13: 2.39 / 1.99, 2.15 / 1.79 on the demo discount day
LAVASH = product_barcode(10)  # EAN-8, no card price
COFFEE = product_barcode(20)  # UPC-A
CAKE = in_store_barcode(0)  # an in-store code the central knows
WEIGHED = "2100123012343"  # a weighed item's code it does not know
UNKNOWN_PRODUCT = "4810000009998"


def price_kiosk(
    qtbot: QtBot, manual_clock: ManualClock, central: EmbeddedCentral, **options: Any
) -> Iterator[Driver]:
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker(demo_config(central.url, central.token), wizards=False, **options)
    maker.close()


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def shop(
    qtbot: QtBot, manual_clock: ManualClock, central: EmbeddedCentral, timers: FakeTimers
) -> Iterator[Driver]:
    yield from price_kiosk(qtbot, manual_clock, central, timers=timers)


def price_screen(kiosk: Driver, code: str, *, seed: int = 7) -> PriceScreen:
    kiosk.scan(code, seed=seed)
    kiosk.qtbot.waitUntil(
        lambda: (
            kiosk.window.current_state() is State.PRICE
            and kiosk.kiosk.flow.state is State.PRICE
            and kiosk.kiosk.flow.price is not None
            and kiosk.kiosk.flow.price.code == code
        )
    )
    return kiosk.kiosk.controller.screens.price


def price_of(label: QLabel) -> str:
    """A big price as the shopper reads it (the label is rich text: the currency is smaller)."""
    return html.unescape(re.sub(r"<[^>]+>", "", label.text()))


def shown(screen: PriceScreen) -> list[str]:
    return [text for text in texts_of(screen, visible_only=True) if text]


def test_a_found_product_shows_both_prices_the_saving_and_todays_discount(shop: Driver) -> None:
    screen = price_screen(shop, MILK)
    ui = screen.ui
    assert ui.nameLabel.text() == "Молоко 3,2% 1 л"
    assert price_of(ui.regularPriceLabel) == "2,15\u00a0BYN"
    assert ui.regularShelfLabel.text() == "На ценнике: 2,39\u00a0BYN"
    assert ui.cardCaption.text() == "Цена по карте"
    assert price_of(ui.cardPriceLabel) == "1,79\u00a0BYN"
    assert ui.savingLabel.text() == "С картой экономия 0,36\u00a0BYN (17%)"
    assert ui.discountLabel.text() == (
        "День скидок сегодня: −10% на весь ассортимент, уже в этих ценах."
    )
    assert "Отсканируйте карту, чтобы увидеть свою цену" in ui.inviteLabel.text()
    assert "«Халва»" in ui.installmentLabel.text()
    assert f"Код {MILK}" in shown(screen)
    assert not ui.messageLabel.isVisible()


def test_a_day_without_a_store_wide_discount(shop: Driver, central: EmbeddedCentral) -> None:
    central.clock.advance(dt.timedelta(days=1))
    ui = price_screen(shop, MILK).ui
    assert (price_of(ui.regularPriceLabel), price_of(ui.cardPriceLabel)) == (
        "2,39\u00a0BYN",
        "1,99\u00a0BYN",
    )
    assert ui.savingLabel.text() == "С картой экономия 0,40\u00a0BYN (17%)"
    assert not ui.discountLabel.isVisible() and not ui.regularShelfLabel.isVisible()


def test_the_product_name_in_the_chosen_language(shop: Driver) -> None:
    shop.click(shop.kiosk.controller.screens.attract.ui.langEnButton)
    ui = price_screen(shop, MILK).ui
    assert ui.nameLabel.text() == "Milk 3.2% 1 l"
    assert ui.cardCaption.text() == "Card price"
    assert ui.installmentLabel.text() == (
        "No discount when paying with an installment card such as «Халва»."
    )


def test_every_symbology(shop: Driver) -> None:
    lavash = price_screen(shop, LAVASH, seed=1).ui
    assert lavash.nameLabel.text() == "Лаваш армянский 250 г"
    assert not lavash.cardPanel.isVisible()  # one price for everyone
    assert price_of(lavash.regularPriceLabel) == "1,43\u00a0BYN"  # 1.59 less 10 %
    assert "одна цена для всех" in lavash.inviteLabel.text()
    coffee = price_screen(shop, COFFEE, seed=2).ui
    assert coffee.nameLabel.text() == "Кофе молотый 250 г"
    assert coffee.cardPanel.isVisible()
    first = price_of(coffee.cardPriceLabel)
    same = price_screen(shop, "0" + COFFEE, seed=3).ui  # the UPC-A read as EAN-13
    assert (same.nameLabel.text(), price_of(same.cardPriceLabel)) == ("Кофе молотый 250 г", first)


def test_restricted_circulation_codes(shop: Driver) -> None:
    weighed = price_screen(shop, WEIGHED).ui
    assert weighed.nameLabel.text() == "Цену этого товара уточните у прилавка"
    assert weighed.messageLabel.isVisible() and not weighed.regularPanel.isVisible()
    cake = price_screen(shop, CAKE, seed=2).ui
    assert cake.nameLabel.text() == "Торт «Наполеон» собственного производства 500 г"
    assert cake.regularPanel.isVisible() and not cake.messageLabel.isVisible()


def test_an_unknown_product(shop: Driver) -> None:
    ui = price_screen(shop, UNKNOWN_PRODUCT).ui
    assert ui.nameLabel.text() == "Для этого товара нет цены"
    assert ui.messageLabel.text() == "Пожалуйста, обратитесь к кассиру: он уточнит цену."
    assert not ui.regularPanel.isVisible() and not ui.cardPanel.isVisible()


def test_offline_never_shows_a_price_from_memory(
    qtbot: QtBot, manual_clock: ManualClock, tmp_path: Path
) -> None:
    # A central of its own: the test stops it (the shared one serves every other test).
    own = EmbeddedCentral(tmp_path / "central.sqlite3", demo=True, token="t", clock=manual_clock)
    with own:  # stopped on the way out whatever happens; stop() is idempotent

        def build() -> CentralClient:
            # retries=0: the refused connection is reported at once.
            return CentralClient(own.url, own.token, terminal_id="DEMO-01", retries=0)

        for kiosk in price_kiosk(qtbot, manual_clock, own, client=build):
            assert price_of(price_screen(kiosk, MILK).ui.cardPriceLabel) == "1,79\u00a0BYN"
            own.stop()
            screen = price_screen(kiosk, MILK, seed=5)
            assert screen.ui.nameLabel.text() == "Сейчас цены проверить нельзя"
            assert not any("BYN" in text for text in shown(screen))


def test_a_card_right_after_a_product_then_your_price(shop: Driver) -> None:
    assert price_screen(shop, MILK).ui.cardCaption.text() == "Цена по карте"
    shop.scan(ANNA, seed=4)
    shop.wait_for_screen(State.CARD)
    card = shop.kiosk.controller.screens.card.ui
    assert card.greetingLabel.text() == "Здравствуйте, Анна!"
    ui = price_screen(shop, COFFEE, seed=6).ui
    assert ui.cardCaption.text() == "Ваша цена по карте"
    assert ui.savingLabel.text().startswith("Ваша экономия ")
    assert ui.inviteLabel.text() == "Покажите карту на кассе — и цена по карте ваша."


def test_back_to_the_start_after_the_price_time_or_at_the_next_scan(
    shop: Driver, timers: FakeTimers
) -> None:
    price_screen(shop, MILK)
    timer = timers.named("price")
    assert timer.active and timer.interval() == 10_000 and timer.single_shot
    price_screen(shop, COFFEE, seed=2)  # the next scan replaces the price at once
    assert timer.active
    shop.scan(ANNA, seed=4)
    shop.wait_for_screen(State.CARD)
    assert not timer.active
    price_screen(shop, LAVASH, seed=3)
    timer.fire()
    shop.wait_for_screen(State.ATTRACT)
    assert shop.kiosk.flow.card is None and shop.kiosk.flow.price is None
    assert not shown(shop.kiosk.controller.screens.price)


def test_coupons_and_refund_receipts_are_not_products(shop: Driver) -> None:
    shop.scan(REFUND, seed=2)
    shop.qtbot.waitUntil(shop.window.notice.isVisible)
    assert shop.window.current_state() is State.ATTRACT
