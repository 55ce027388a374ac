"""Shopper journeys through the real kiosk against the reference central on loopback.

Scans arrive as key events through the window, with scanner timing on a fake clock, and pass
the real keyboard-wedge filter; taps are mouse clicks; answers come over real HTTP through the
real client and task runner.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tty

import pytest
from PySide6.QtWidgets import QApplication, QScroller

from kiosk.central.server import EmbeddedCentral
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from tests.support.demo_numbers import ANNA_CARD as ANNA
from tests.support.demo_numbers import ANNA_PARTNER_CARD as ANNA_PARTNER
from tests.support.demo_numbers import BLOCKED_CARD as BLOCKED
from tests.support.demo_numbers import ISSUED_CARDS, NOT_ISSUED_CARDS
from tests.support.demo_numbers import SERGEY_CARD as SERGEY
from tests.support.demo_numbers import UNKNOWN_CARD as UNKNOWN
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ISSUED = ISSUED_CARDS[0]
NOT_ISSUED = NOT_ISSUED_CARDS[0]
BAD_CHECK_DIGIT = "2990000000010"


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    # The wizards have journeys of their own (test_wizard_kiosk.py); the idle wipe below
    # builds them too, so that their widgets are walked as well.
    return make_kiosk(demo_config(central.url, central.token), wizards=False)


# --- card statuses ---------------------------------------------------------------------------


def test_active_card_shows_name_balance_offers_and_linked_cards_masked(kiosk: Driver) -> None:
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    card = kiosk.kiosk.controller.screens.card
    ui = card.ui
    assert ui.greetingLabel.text() == "Здравствуйте, Анна!"
    assert ui.pointsLabel.text() == "123\u00a0456"
    assert "1\u00a0234,56\u00a0BYN" in ui.valueLabel.text()
    assert ui.statusLabel.text() == "Карта активна"
    assert "цены по карте" in ui.cardPricesLabel.text()
    assert len(card.offer_items()) == 2
    assert not any(item.is_birthday for item in card.offer_items())
    linked = ui.linkedCardsLabel.text()
    assert "•••• 0019" in linked and "•••• 0153" in linked and "Моцная картка" in linked
    assert "Сегодня скидка 10% на всё" in ui.promotionsLabel.text()
    # The full numbers are nowhere on the screen.
    shown = kiosk.visible_texts()
    assert ANNA not in shown and ANNA_PARTNER not in shown
    assert ui.cardNumberLabel.text() == "•••• 0019"


def test_birthday_offer_is_highlighted_and_first(kiosk: Driver) -> None:
    kiosk.scan(SERGEY)
    kiosk.wait_for_screen(State.CARD)
    items = kiosk.kiosk.controller.screens.card.offer_items()
    assert items[0].is_birthday
    assert items[0].property("highlight") is True
    assert items[0].ui.badgeLabel.isVisible()
    assert items[0].ui.badgeLabel.text() == "С днём рождения!"
    assert all(not item.ui.badgeLabel.isVisible() for item in items[1:])


def test_issued_card_says_card_prices_work_and_register_to_collect(kiosk: Driver) -> None:
    kiosk.scan(ISSUED)
    kiosk.wait_for_screen(State.NOT_REGISTERED)
    screen = kiosk.kiosk.controller.screens.not_registered
    assert screen.ui.titleLabel.text() == "Эта карта ещё не зарегистрирована"
    assert "Цены по карте для вас уже действуют" in screen.ui.bodyLabel.text()
    assert "копить бонусные баллы" in screen.ui.bodyLabel.text()
    assert screen.ui.detailLabel.text() == "Карта •••• 0088"


@pytest.mark.parametrize("number", [NOT_ISSUED, UNKNOWN])
def test_never_sold_or_unknown_card_shows_the_unknown_screen(kiosk: Driver, number: str) -> None:
    kiosk.scan(number)
    kiosk.wait_for_screen(State.UNKNOWN_CARD)
    screen = kiosk.kiosk.controller.screens.unknown_card
    assert screen.ui.titleLabel.text() == "Мы не нашли эту карту"
    assert "попросите кассира активировать" in screen.ui.bodyLabel.text()


def test_blocked_card_says_so_with_the_support_phone(kiosk: Driver) -> None:
    kiosk.scan(BLOCKED)
    kiosk.wait_for_screen(State.BLOCKED)
    screen = kiosk.kiosk.controller.screens.blocked
    assert screen.ui.titleLabel.text() == "Эта карта заблокирована"
    assert "8 800-555-36-09" in screen.ui.detailLabel.text()


def test_done_returns_to_the_start_screen_and_wipes_the_card(kiosk: Driver) -> None:
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    kiosk.click(kiosk.kiosk.controller.screens.card.ui.doneButton)
    kiosk.wait_for_screen(State.ATTRACT)
    assert "Анна" not in "\n".join(texts_of(kiosk.window))


# --- scanner input ---------------------------------------------------------------------------


def test_a_person_typing_digits_is_not_a_scan(kiosk: Driver) -> None:
    scans: list[str] = []
    assert kiosk.kiosk.scanner is not None
    kiosk.kiosk.scanner.scanned.connect(scans.append)
    kiosk.type_like_a_person(ANNA)
    kiosk.settle()
    assert scans == []
    assert kiosk.window.current_state() is State.ATTRACT
    assert kiosk.kiosk.flow.card_number is None


def test_a_scan_counts_once(kiosk: Driver) -> None:
    scans: list[str] = []
    assert kiosk.kiosk.scanner is not None
    kiosk.kiosk.scanner.scanned.connect(scans.append)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert scans == [ANNA]


def test_misread_says_scan_again_and_changes_nothing(kiosk: Driver) -> None:
    kiosk.scan(BAD_CHECK_DIGIT)
    notice = kiosk.window.notice
    kiosk.qtbot.waitUntil(notice.isVisible)
    assert notice.text() == "Код не распознан. Отсканируйте карту или товар ещё раз."
    assert kiosk.window.current_state() is State.ATTRACT
    assert kiosk.kiosk.flow.generation == 0
    assert kiosk.timers.named("notice").interval() == 4000
    kiosk.timers.fire("notice")
    assert not notice.isVisible() and notice.text() == ""


def test_misread_on_the_card_screen_keeps_the_card(kiosk: Driver) -> None:
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    kiosk.scan("29900000000", seed=3)  # too short, flushed by Enter
    kiosk.qtbot.waitUntil(kiosk.window.notice.isVisible)
    assert kiosk.window.current_state() is State.CARD
    assert kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Анна!"


def test_a_new_scan_replaces_the_card_on_screen(kiosk: Driver) -> None:
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    kiosk.scan(SERGEY, seed=4)
    kiosk.qtbot.waitUntil(
        lambda: (
            kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Сергей!"
        )
    )
    assert "Анна" not in "\n".join(texts_of(kiosk.window))


# --- manual entry ----------------------------------------------------------------------------


def test_manual_entry_with_the_keypad(kiosk: Driver) -> None:
    controller = kiosk.kiosk.controller
    kiosk.click(controller.screens.attract.ui.manualEntryButton)
    kiosk.wait_for_screen(State.MANUAL_ENTRY)
    keypad = controller.screens.manual_entry.ui.keypad
    for digit in ANNA:
        kiosk.click(keypad.digit_button(digit))
    assert controller.screens.manual_entry.ui.numberEdit.text() == ANNA
    kiosk.click(keypad.ok_button)
    kiosk.wait_for_screen(State.CARD)
    assert controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Анна!"


def test_manual_entry_of_a_wrong_number_says_check_it(kiosk: Driver) -> None:
    controller = kiosk.kiosk.controller
    kiosk.click(controller.screens.attract.ui.manualEntryButton)
    kiosk.wait_for_screen(State.MANUAL_ENTRY)
    screen = controller.screens.manual_entry
    keypad = screen.ui.keypad
    for digit in ANNA[:12]:
        kiosk.click(keypad.digit_button(digit))
    kiosk.click(keypad.ok_button)
    assert screen.ui.errorLabel.text() == "В номере карты 13 цифр. Проверьте и допишите номер."
    kiosk.click(keypad.digit_button("0"))  # wrong check digit
    assert screen.ui.errorLabel.text() == ""
    kiosk.click(keypad.ok_button)
    assert screen.ui.errorLabel.text() == "Похоже, в номере ошибка. Проверьте цифры."
    # The digits stay for correcting; nothing was looked up.
    assert screen.ui.numberEdit.text() == BAD_CHECK_DIGIT
    assert kiosk.window.current_state() is State.MANUAL_ENTRY
    kiosk.click(keypad.backspace_button)
    kiosk.click(keypad.digit_button("9"))
    kiosk.click(keypad.ok_button)
    kiosk.wait_for_screen(State.CARD)


def test_manual_entry_back_returns_to_start(kiosk: Driver) -> None:
    controller = kiosk.kiosk.controller
    kiosk.click(controller.screens.attract.ui.manualEntryButton)
    kiosk.wait_for_screen(State.MANUAL_ENTRY)
    kiosk.click(controller.screens.manual_entry.ui.backButton)
    kiosk.wait_for_screen(State.ATTRACT)


# --- program information ---------------------------------------------------------------------


def test_the_program_is_fetched_again_every_half_hour(kiosk: Driver) -> None:
    refresh = kiosk.timers.named("program-refresh")
    assert refresh.isActive() and refresh.interval() == 30 * 60 * 1000
    assert kiosk.kiosk.runner.pending == 0
    refresh.fire()
    assert kiosk.kiosk.runner.pending == 2, "new fetches of the program and the barcode table"
    kiosk.settle()
    assert kiosk.kiosk.flow.program is not None
    assert refresh.isActive(), "and again in half an hour"


def test_program_screen_shows_rules_support_and_todays_discount(kiosk: Driver) -> None:
    controller = kiosk.kiosk.controller
    kiosk.click(controller.screens.attract.ui.programButton)
    kiosk.wait_for_screen(State.PROGRAM)
    ui = controller.screens.program.ui
    assert "Сегодня скидка 10% на всё" in ui.discountLabel.text()
    assert "скидка 15% на всё" in ui.discountLabel.text()
    assert "8 800-555-36-09" in ui.contactsLabel.text()
    assert ui.rulesLabel.text().strip()
    assert ui.requirementsLabel.text().strip()
    assert ui.installmentLabel.text().strip()
    assert "УНП" in ui.organizerLabel.text()
    # Long rules scroll by finger, and every text is shown whole, not cut to one line.
    assert QScroller.hasScroller(ui.scrollArea.viewport())
    # Once the layout requests posted by showing the screen are handled (under load they may
    # still be queued when the screen is current).
    labels = (ui.generalLabel, ui.rulesLabel, ui.requirementsLabel, ui.contactsLabel)
    kiosk.qtbot.waitUntil(
        lambda: all(label.height() >= label.heightForWidth(label.width()) for label in labels)
    )
    assert ui.contentWidget.height() > ui.scrollArea.viewport().height()
    kiosk.click(ui.backButton)
    kiosk.wait_for_screen(State.ATTRACT)


def test_start_screen_shows_todays_discount(kiosk: Driver) -> None:
    label = kiosk.kiosk.controller.screens.attract.ui.promotionLabel
    assert label.isVisible()
    assert "Сегодня скидка 10% на всё" in label.text()


# --- languages -------------------------------------------------------------------------------


def test_language_switch_retranslates_every_screen(kiosk: Driver) -> None:
    screens = kiosk.kiosk.controller.screens
    kiosk.click(screens.attract.ui.langBeButton)
    kiosk.qtbot.waitUntil(lambda: screens.attract.ui.titleLabel.text() == "Адскануйце картку")
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert screens.card.ui.greetingLabel.text() == "Добры дзень, Анна!"
    assert screens.card.ui.statusLabel.text() == "Картка актыўная"
    # The language can change with the card on screen: server texts follow too.
    kiosk.kiosk.controller.dispatch(kiosk.kiosk.flow.set_language("en"))
    kiosk.qtbot.waitUntil(lambda: screens.card.ui.greetingLabel.text() == "Hello, Анна!")
    assert screens.card.ui.doneButton.text() == "Done"
    assert "10% off everything" in screens.card.ui.promotionsLabel.text()


def test_started_in_english_from_the_command_line(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    kiosk = make_kiosk(demo_config(central.url, central.token), language="en")
    assert kiosk.kiosk.controller.screens.attract.ui.titleLabel.text() == "Scan your card"
    assert kiosk.kiosk.controller.screens.attract.ui.langEnButton.isChecked()


# --- idle ------------------------------------------------------------------------------------


def test_input_restarts_the_idle_timer(kiosk: Driver) -> None:
    starts = kiosk.idle_timer.starts
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert kiosk.idle_timer.starts > starts
    assert kiosk.idle_timer.interval_ms == 30_000
    starts = kiosk.idle_timer.starts
    kiosk.tap_window(600, 500)
    assert kiosk.idle_timer.starts > starts


def test_idle_wipes_every_widget_and_resets_the_language(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    kiosk = make_kiosk(demo_config(central.url, central.token))
    controller = kiosk.kiosk.controller
    kiosk.click(controller.screens.attract.ui.langEnButton)
    kiosk.qtbot.waitUntil(
        lambda: controller.screens.attract.ui.titleLabel.text() == "Scan your card"
    )
    # Something typed on the manual entry screen first, then a card on screen.
    kiosk.click(controller.screens.attract.ui.manualEntryButton)
    keypad = controller.screens.manual_entry.ui.keypad
    for digit in ANNA[:6]:
        kiosk.click(keypad.digit_button(digit))
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    offer_titles = [item.offer.title.en for item in controller.screens.card.offer_items()]
    assert offer_titles

    kiosk.idle_timer.fire()
    kiosk.wait_for_screen(State.ATTRACT)
    kiosk.qtbot.waitUntil(
        lambda: controller.screens.attract.ui.titleLabel.text() == "Отсканируйте карту"
    )
    QApplication.processEvents()  # deferred deletion of the offer widgets

    everything = "\n".join(texts_of(kiosk.window))
    personal_texts = ("Анна", "123\u00a0456", "123456", "1\u00a0234,56", "1234", "0019", "0153")
    for personal in (*personal_texts, ANNA, ANNA[:6]):
        assert personal not in everything, personal
    for title in offer_titles:
        assert title not in everything
    assert controller.screens.card.offer_items() == []
    assert kiosk.kiosk.flow.is_pristine
    assert controller.screens.attract.ui.langRuButton.isChecked()


def test_idle_on_the_start_screen_changes_nothing(kiosk: Driver) -> None:
    generation = kiosk.kiosk.flow.generation
    kiosk.idle_timer.fire()
    assert kiosk.kiosk.flow.generation == generation
    assert kiosk.window.current_state() is State.ATTRACT


# --- demo mode -------------------------------------------------------------------------------


def test_demo_panel_scans_a_demo_card_and_shows_the_last_sms(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    kiosk = make_kiosk(demo_config(central.url, central.token), demo=True)
    window = kiosk.window
    assert window.demo_bar is not None and window.demo_bar.isVisible()
    assert window.demo_button is not None and window.demo_panel is not None
    kiosk.click(window.demo_button)
    assert window.demo_panel.isVisible()
    kiosk.qtbot.waitUntil(
        lambda: window.demo_panel.ui.smsLabel.text() == "SMS ещё не отправлялись."
    )
    buttons = window.demo_panel.card_buttons()
    labels = [button.text() for button in buttons]
    assert any("заблокирована" in label for label in labels)
    assert any("продана, не зарегистрирована" in label for label in labels)
    sergey = next(b for b in buttons if b.text().startswith(SERGEY))
    kiosk.click(sergey)
    kiosk.wait_for_screen(State.CARD)
    assert not window.demo_panel.isVisible()
    assert kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Сергей!"

    # A registration elsewhere sends a demo SMS; the panel shows its code.
    from tests.qt.screens.test_demo_panel_sessions import send_code

    code = send_code(central, ISSUED, "+375297654321")
    kiosk.click(window.demo_button)
    kiosk.qtbot.waitUntil(lambda: f"Код: {code}" in window.demo_panel.ui.smsLabel.text())
    assert "•••" in window.demo_panel.ui.smsLabel.text()


# --- serial scanner ----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_serial_scanner_scan_shows_the_card(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    controller_fd, device_fd = os.openpty()
    tty.setraw(device_fd)
    try:
        base = demo_config(central.url, central.token)
        config = dataclasses.replace(
            base,
            scanner=dataclasses.replace(base.scanner, serial_port=os.ttyname(device_fd)),
        )
        kiosk = make_kiosk(config, wizards=False)
        serial = kiosk.kiosk.serial
        assert serial is not None
        kiosk.qtbot.waitUntil(lambda: serial.connected, timeout=5000)
        os.write(controller_fd, f"{SERGEY}\r\n".encode())
        kiosk.wait_for_screen(State.CARD)
        assert (
            kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Сергей!"
        )
    finally:
        os.close(controller_fd)
        os.close(device_fd)
