"""The kiosk state machine, without Qt: every way a session ends gives the next person a kiosk as
it started (its default language and reading aids, every screen as built), and the ways back
that keep the same person do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.core.flow import (
    Command,
    Flow,
    ReadingAids,
    ResetScreens,
    SetLanguage,
    SetReadingAids,
    Show,
    State,
    WipePersonalData,
)
from tests.core.flow.test_flow import ANNA, lookup, make_card
from tests.core.flow.test_flow_scans import MILK, make_product, product_lookup
from tests.support.fake_clocks import KioskClock

AIDS = ReadingAids(large_text=True, high_contrast=True)
PLUGGED_IN = (State.REGISTRATION, State.ADD_CARD, State.CASHIER)


@pytest.fixture
def flow(clock: KioskClock) -> Flow:
    return Flow(clock=clock, plugged_in=PLUGGED_IN)


def in_english_with_aids(flow: Flow) -> None:
    assert flow.set_language("en") == [SetLanguage("en")]
    assert flow.set_reading_aids(AIDS) == [SetReadingAids(AIDS)]


def on_the_card_screen(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    assert flow.state is State.CARD


def done(flow: Flow) -> list[Command]:
    on_the_card_screen(flow)
    return flow.done()


def idle(flow: Flow) -> list[Command]:
    on_the_card_screen(flow)
    return flow.idle_timeout()


def price_timeout(flow: Flow) -> list[Command]:
    request = product_lookup(flow, MILK)
    flow.product_found(request.generation, make_product())
    assert flow.state is State.PRICE
    return flow.price_timeout()


def wizard_cancel(flow: Flow) -> list[Command]:
    flow.start_registration()
    return flow.wizard_cancelled()


def wizard_end(flow: Flow) -> list[Command]:
    on_the_card_screen(flow)
    flow.start_add_card()
    assert flow.state is State.ADD_CARD
    return flow.wizard_finished(None)


def cashier_sign_out(flow: Flow) -> list[Command]:
    flow.scan("B0001")
    assert flow.state is State.CASHIER
    # The cashier's driver leaves cashier mode through the flow.
    return flow.wizard_cancelled()


def open_service_pin(flow: Flow) -> None:
    for _tap in range(5):
        flow.corner_tap()
    assert flow.state is State.SERVICE_PIN


def leave_service_pin(flow: Flow) -> list[Command]:
    open_service_pin(flow)
    return flow.back()


def open_service(flow: Flow) -> None:
    open_service_pin(flow)
    flow.service_pin_entered("2468")
    flow.service_pin_checked(flow.generation, matches=True)
    assert flow.state is State.SERVICE


def leave_service(flow: Flow) -> list[Command]:
    open_service(flow)
    return flow.back()


def service_pin_locked(flow: Flow) -> list[Command]:
    open_service_pin(flow)
    commands: list[Command] = []
    while flow.state is State.SERVICE_PIN:
        flow.service_pin_entered("0000")
        commands = flow.service_pin_checked(flow.generation, matches=False)
    return commands


ENDS: dict[str, Callable[[Flow], list[Command]]] = {
    "done": done,
    "idle": idle,
    "price_timeout": price_timeout,
    "wizard_cancel": wizard_cancel,
    "wizard_end": wizard_end,
    "cashier_sign_out": cashier_sign_out,
    "leave_service_pin": leave_service_pin,
    "leave_service": leave_service,
    "service_pin_locked": service_pin_locked,
}


@pytest.mark.parametrize("end", ENDS.values(), ids=ENDS.keys())
def test_every_end_of_a_session_resets_everything(
    flow: Flow, end: Callable[[Flow], list[Command]]
) -> None:
    in_english_with_aids(flow)
    commands = end(flow)
    assert commands[0] == WipePersonalData()
    position = commands.index(ResetScreens())
    # The screens are set back after the language and the aids are (both change their sizes),
    # and before the start screen comes up.
    assert commands[position - 2 : position + 2] == [
        SetLanguage("ru"),
        SetReadingAids(ReadingAids()),
        ResetScreens(),
        Show(State.ATTRACT),
    ]
    assert flow.is_pristine
    assert flow.language == "ru" and flow.aids == ReadingAids()


@pytest.mark.parametrize("end", ENDS.values(), ids=ENDS.keys())
def test_a_session_in_the_defaults_still_sets_every_screen_back(
    flow: Flow, end: Callable[[Flow], list[Command]]
) -> None:
    commands = end(flow)
    assert SetLanguage("ru") not in commands
    assert SetReadingAids(ReadingAids()) not in commands
    position = commands.index(ResetScreens())
    assert commands[position + 1] == Show(State.ATTRACT)


def test_the_configured_reading_aids_are_the_ones_a_session_ends_with(clock: KioskClock) -> None:
    large = ReadingAids(large_text=True)
    flow = Flow(clock=clock, default_aids=large)
    flow.set_reading_aids(AIDS)
    assert SetReadingAids(large) in done(flow)
    assert flow.aids == large and flow.is_pristine


def test_the_service_screens_language_is_the_one_a_session_ends_with(flow: Flow) -> None:
    open_service(flow)
    assert flow.set_default_language("be") == [SetLanguage("be")]
    assert SetLanguage("be") not in flow.back()
    assert flow.language == "be" and flow.is_pristine


BACK_TO_THE_START = {
    "program": lambda flow: flow.show_program(),
    "manual_entry": lambda flow: flow.manual_entry(),
}


@pytest.mark.parametrize("way_in", BACK_TO_THE_START.values(), ids=BACK_TO_THE_START.keys())
def test_back_to_the_start_keeps_the_same_persons_language_and_aids(
    flow: Flow, way_in: Callable[[Flow], list[Command]]
) -> None:
    in_english_with_aids(flow)
    way_in(flow)
    commands = flow.back()
    assert commands == [WipePersonalData(), Show(State.ATTRACT)]
    assert flow.language == "en" and flow.aids == AIDS


def test_corner_taps_wipe_the_shopper_but_the_session_ends_when_the_service_screens_are_left(
    flow: Flow,
) -> None:
    in_english_with_aids(flow)
    on_the_card_screen(flow)
    for _tap in range(5):
        commands = flow.corner_tap()
    assert commands == [WipePersonalData(), Show(State.SERVICE_PIN)]
    assert flow.card is None and flow.language == "en"
    assert ResetScreens() in flow.back()
    assert flow.is_pristine
