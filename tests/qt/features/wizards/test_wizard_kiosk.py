"""The wizards inside the real kiosk: entered from the start, not-registered and card screens,
scans through the keyboard-wedge filter, the idle countdown, and the wipe afterwards.

Runs the whole kiosk (window, flow, controller, scanner filter, task runner, HTTP client)
against the reference central on loopback, like tests/qt/test_kiosk_journeys.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest

from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.core.wizards.add_card.steps import AddCardStep
from kiosk.qt.features.wizards.add_card import AddCardWizard
from kiosk.qt.features.wizards.registration import RegistrationWizard
from kiosk.qt.screens.wizards.add_card import AddCardScreen
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.support.accounts import signed_out
from tests.support.demo_numbers import ANNA_CARD as ANNA
from tests.support.demo_numbers import ISSUED_CARDS
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of
from tests.support.wizard_driving import Shopper, fill_registration_form

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ISSUED, SECOND_ISSUED = ISSUED_CARDS[:2]


@pytest.fixture
def kiosk(make_kiosk: KioskMaker, central: EmbeddedCentral) -> Driver:
    # English: the assertions read the source texts.
    return make_kiosk(demo_config(central.url, central.token), language="en")


def registration_screen(kiosk: Driver) -> RegistrationScreen:
    screen = kiosk.window.screen_for(State.REGISTRATION)
    assert isinstance(screen, RegistrationScreen)
    return screen


def add_card_screen(kiosk: Driver) -> AddCardScreen:
    screen = kiosk.window.screen_for(State.ADD_CARD)
    assert isinstance(screen, AddCardScreen)
    return screen


def shopper_on(kiosk: Driver, screen: RegistrationScreen | AddCardScreen) -> Shopper:
    return Shopper(kiosk.qtbot, screen, kiosk.kiosk.client.get())


def test_register_from_the_start_screen_scanning_the_card(kiosk: Driver) -> None:
    attract = kiosk.kiosk.controller.screens.attract
    kiosk.click(attract.ui.registerButton)
    kiosk.wait_for_screen(State.REGISTRATION)
    screen = registration_screen(kiosk)
    s = shopper_on(kiosk, screen)
    s.wait_answer()
    assert screen.title.text() == "Scan the card you want to register"
    s.focus(screen.card_number)
    kiosk.scan(ISSUED)  # a wedge scanner burst, with the card field focused
    s.wait_answer()
    assert screen.title.text() == "Your mobile phone number"
    assert screen.card_number.text() in ("", ISSUED), "the burst was not typed as keys"

    s.digits(screen.phone.number, "291239876")
    kiosk.scan(SECOND_ISSUED)  # scanned in the middle of the form: never typed into it
    kiosk.settle()
    assert screen.phone.text() == "291239876"
    assert kiosk.window.current_state() is State.REGISTRATION
    s.next()
    fill_registration_form(s, screen, last="Иванова", first="Мария", birth=dt.date(1990, 4, 2))
    s.digits(screen.code_entry.code, s.sms_code("+375291239876"))
    s.wait_answer()
    assert screen.title.text() == "Registration complete"
    assert screen.success_card.text() == "•••• " + ISSUED[-4:]
    s.tap(screen.success_done)
    kiosk.wait_for_screen(State.ATTRACT)
    kiosk.settle()
    assert ISSUED not in "\n".join(texts_of(kiosk.window))

    kiosk.scan(ISSUED)  # the card now shows its (empty) balance
    kiosk.wait_for_screen(State.CARD)
    assert "Мария" in kiosk.visible_texts()


def test_register_from_the_not_registered_card_screen(kiosk: Driver) -> None:
    kiosk.scan(ISSUED)
    kiosk.wait_for_screen(State.NOT_REGISTERED)
    kiosk.click(kiosk.kiosk.controller.screens.not_registered.ui.actionButton)
    kiosk.wait_for_screen(State.REGISTRATION)
    screen = registration_screen(kiosk)
    shopper_on(kiosk, screen).wait_answer()
    assert screen.title.text() == "Your mobile phone number", "the card is known already"
    assert screen.dock.showing_keypad()
    kiosk.click(screen.cancel_button)
    kiosk.wait_for_screen(State.ATTRACT)


def type_annas_sign_in(kiosk: Driver) -> tuple[AddCardScreen, Shopper]:
    """Анна's card scanned, "add a card" tapped on the card screen, her phone and password
    typed on the keypad and keyboard (not sent yet)."""
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    kiosk.click(kiosk.kiosk.controller.screens.card.ui.addCardButton)
    kiosk.wait_for_screen(State.ADD_CARD)
    screen = add_card_screen(kiosk)
    s = shopper_on(kiosk, screen)
    s.digits(screen.phone.number, "291234567")
    s.type(screen.password, "Demo1234")
    return screen, s


def add_a_card_signed_in_as_anna(kiosk: Driver) -> tuple[AddCardScreen, Shopper]:
    """Signed in as Анна on add-a-card: the scan page."""
    screen, s = type_annas_sign_in(kiosk)
    s.next()
    assert screen.greeting.text() == "Hello, Анна!"
    return screen, s


def test_add_a_card_from_the_card_screen(kiosk: Driver) -> None:
    screen, s = add_a_card_signed_in_as_anna(kiosk)
    kiosk.scan(SECOND_ISSUED)  # scanned through the keyboard-wedge filter
    s.wait_answer()
    assert screen.title.text() == "The card is added"
    client = kiosk.kiosk.client.get()
    session = client.login_password("+375291234567", "Demo1234")
    assert [c.masked[-4:] for c in session.cards] == ["0019", "0153", "0095"]
    client.logout(session.token)
    s.tap(screen.done_button)
    kiosk.wait_for_screen(State.ATTRACT)


def test_idle_in_the_wizard_asks_then_wipes_every_widget(kiosk: Driver) -> None:
    attract = kiosk.kiosk.controller.screens.attract
    kiosk.click(attract.ui.langBeButton)
    kiosk.scan(ISSUED)
    kiosk.wait_for_screen(State.NOT_REGISTERED)
    kiosk.click(kiosk.kiosk.controller.screens.not_registered.ui.actionButton)
    kiosk.wait_for_screen(State.REGISTRATION)
    screen = registration_screen(kiosk)
    s = shopper_on(kiosk, screen)
    s.wait_answer()
    s.digits(screen.phone.number, "291239876")
    s.next()
    s.type(screen.last_name, "Вераб'ёў")
    s.type(screen.first_name, "Ўладзь")
    s.next()
    s.tap(screen.male)
    screen.birth_date.set_date(dt.date(1990, 4, 2))
    s.next()
    s.type(screen.email, "uladz@mail.by")
    s.next()
    s.type(screen.password, "Secret123")

    kiosk.idle_timer.fire()
    assert screen.still_here.isVisible(), "a form asks first"
    assert kiosk.window.current_state() is State.REGISTRATION
    s.tap(screen.still_here.stay_button)
    assert screen.password.text() == "Secret123"

    kiosk.idle_timer.fire()
    assert kiosk.run_out_still_here() == 20, "the config's still_here_seconds (default 20)"
    assert kiosk.window.current_state() is State.ATTRACT
    kiosk.settle()
    flow = kiosk.kiosk.flow
    assert flow.language == flow.default_language == "en", "idle returns to the default language"
    everything = "\n".join(texts_of(kiosk.window))
    for secret in ("Вераб'ёў", "Ўладзь", "291239876", "98-76", "uladz@mail.by", "Secret123"):
        assert secret not in everything
    assert ISSUED not in everything and "0088" not in everything
    wizard = screen.findChild(RegistrationWizard)
    assert wizard is not None and wizard.steps is None, "the model forgot too"


def test_the_countdown_lasts_the_configured_still_here_seconds(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    config = dataclasses.replace(demo_config(central.url, central.token), still_here_seconds=3)
    kiosk = make_kiosk(config, language="en")
    kiosk.click(kiosk.kiosk.controller.screens.attract.ui.registerButton)
    kiosk.wait_for_screen(State.REGISTRATION)
    screen = registration_screen(kiosk)
    shopper_on(kiosk, screen).wait_answer()
    kiosk.idle_timer.fire()
    assert screen.still_here.isVisible()
    assert "3 seconds" in screen.still_here.countdown.text()
    assert kiosk.run_out_still_here() == 3
    assert kiosk.window.current_state() is State.ATTRACT


def test_idle_after_adding_a_card_signs_out(kiosk: Driver) -> None:
    screen, _shopper = add_a_card_signed_in_as_anna(kiosk)
    steps_token = _session_token(screen)
    kiosk.idle_timer.fire()  # on the scan page: asks first
    kiosk.run_out_still_here()
    assert kiosk.window.current_state() is State.ATTRACT
    client = kiosk.kiosk.client.get()
    kiosk.qtbot.waitUntil(lambda: signed_out(client, steps_token), timeout=5000)
    assert "Анна" not in "\n".join(texts_of(kiosk.window))


def _session_token(screen: AddCardScreen) -> str:
    wizard = screen.findChild(AddCardWizard)
    assert wizard is not None and wizard.steps is not None
    assert wizard.steps.step is AddCardStep.SCAN
    token = wizard.steps.session_token
    assert token is not None
    return token


class SignInHeldBack(CentralClient):
    """The kiosk's client, whose password sign-in waits until the test lets it go on (an
    answer still on its way while the shopper taps Cancel)."""

    def __init__(self, central: EmbeddedCentral) -> None:
        super().__init__(central.url, central.token, terminal_id="DEMO-01")
        self.sign_in_started = threading.Event()
        self.release = threading.Event()
        self.signed_in = threading.Event()

    def login_password(self, phone: str, password: str):  # type: ignore[no-untyped-def]
        self.sign_in_started.set()
        assert self.release.wait(10), "the test never let the sign-in answer"
        session = super().login_password(phone, password)
        self.signed_in.set()
        return session


def open_shopper_sessions(central: EmbeddedCentral) -> int:
    """Shopper sessions the central still honours (read from its database)."""
    rows = central.store._all("SELECT COUNT(*) FROM sessions WHERE kind = 'shopper'")
    return int(rows[0][0])


def test_cancel_while_signing_in_leaves_no_session_open(
    make_kiosk: KioskMaker, central: EmbeddedCentral
) -> None:
    """Cancel on add-a-card while the sign-in answer is on its way: the kiosk resets at once,
    and the session the answer brings is closed when it comes (nothing drops that answer)."""
    held = SignInHeldBack(central)
    kiosk = make_kiosk(demo_config(central.url, central.token), language="en", client=lambda: held)
    try:
        screen, s = type_annas_sign_in(kiosk)
        s.tap(screen.next_button)
        assert held.sign_in_started.wait(5)
        assert screen.is_busy()
        s.tap(screen.cancel_button)  # Cancel stays available while the central is asked
        kiosk.wait_for_screen(State.ATTRACT)
        assert open_shopper_sessions(central) == 0
    finally:
        held.release.set()
    assert held.signed_in.wait(5)
    kiosk.settle()  # the sign-in answer arrives after the reset ...
    kiosk.settle()  # ... and the sign-out it calls for runs
    assert open_shopper_sessions(central) == 0
    assert "Анна" not in "\n".join(texts_of(kiosk.window))
