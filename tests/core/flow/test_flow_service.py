"""The kiosk state machine, without Qt: the way to the service screen (five corner taps, then
the service PIN, its lock after wrong PINs) and what the service screens let through."""

from __future__ import annotations

from kiosk.core.flow import (
    CheckServicePin,
    Command,
    Flow,
    LeaveKiosk,
    Notice,
    Show,
    ShowNotice,
    State,
    WipePersonalData,
)
from tests.core.flow.test_flow import ANNA, lookup, make_card
from tests.support.fake_clocks import KioskClock


def test_five_corner_taps_within_three_seconds_open_the_service_pin(
    flow: Flow, clock: KioskClock
) -> None:
    for _ in range(4):
        assert flow.corner_tap() == []
        clock.now += 0.5
    commands = flow.corner_tap()
    assert commands[-1] == Show(State.SERVICE_PIN)
    assert WipePersonalData() in commands
    assert flow.state is State.SERVICE_PIN


def test_slow_corner_taps_do_not_count(flow: Flow, clock: KioskClock) -> None:
    for _ in range(10):
        assert flow.corner_tap() == []
        clock.now += 0.8
    assert flow.state is State.ATTRACT


def test_corner_taps_wipe_a_shopper_screen_first(flow: Flow) -> None:
    request = lookup(flow, ANNA)
    flow.lookup_succeeded(request.generation, make_card(ANNA, "active"))
    for _ in range(5):
        commands = flow.corner_tap()
    assert WipePersonalData() in commands
    assert flow.card is None
    assert flow.state is State.SERVICE_PIN


def open_service_pin(flow: Flow) -> None:
    for _ in range(5):
        flow.corner_tap()
    assert flow.state is State.SERVICE_PIN


SERVICE_PIN = "2468"


def enter_pin(flow: Flow, pin: str) -> list[Command]:
    """Type ``pin`` and answer the check as the kiosk's background task would."""
    commands = flow.service_pin_entered(pin)
    assert commands == [CheckServicePin(pin, flow.generation)]
    check = commands[0]
    assert isinstance(check, CheckServicePin)
    return flow.service_pin_checked(check.generation, check.pin == SERVICE_PIN)


def test_right_pin_opens_the_service_screen_and_leaving_quits(flow: Flow) -> None:
    open_service_pin(flow)
    assert enter_pin(flow, SERVICE_PIN) == [Show(State.SERVICE)]
    assert flow.leave_kiosk() == [LeaveKiosk()]


def test_leave_kiosk_needs_the_service_screen(flow: Flow) -> None:
    assert flow.leave_kiosk() == []
    open_service_pin(flow)
    assert flow.leave_kiosk() == []


def test_wrong_pin_says_so_and_stays(flow: Flow) -> None:
    open_service_pin(flow)
    assert enter_pin(flow, "0000") == [ShowNotice(Notice.WRONG_PIN)]
    assert flow.state is State.SERVICE_PIN


def test_five_wrong_pins_lock_the_service_screen(flow: Flow, clock: KioskClock) -> None:
    open_service_pin(flow)
    for _ in range(4):
        enter_pin(flow, "0000")
    commands = enter_pin(flow, "0000")
    assert commands[-1] == ShowNotice(Notice.SERVICE_LOCKED)
    assert flow.state is State.ATTRACT
    clock.now += 10
    for _ in range(4):
        flow.corner_tap()
    assert flow.corner_tap() == [ShowNotice(Notice.SERVICE_LOCKED)]
    assert flow.state is State.ATTRACT
    clock.now += 300
    open_service_pin(flow)
    assert enter_pin(flow, SERVICE_PIN) == [Show(State.SERVICE)]


def test_the_pin_is_checked_once_at_a_time_and_never_shown(flow: Flow) -> None:
    open_service_pin(flow)
    commands = flow.service_pin_entered("0000")
    assert flow.service_pin_entered(SERVICE_PIN) == [], "a second PIN waits for the first"
    assert "0000" not in repr(commands)
    check = commands[0]
    assert isinstance(check, CheckServicePin)
    assert flow.service_pin_checked(check.generation, False) == [ShowNotice(Notice.WRONG_PIN)]
    assert enter_pin(flow, SERVICE_PIN) == [Show(State.SERVICE)]


def test_a_pin_check_answered_after_the_kiosk_moved_on_is_dropped(flow: Flow) -> None:
    open_service_pin(flow)
    check = flow.service_pin_entered(SERVICE_PIN)[0]
    assert isinstance(check, CheckServicePin)
    flow.idle_timeout()
    assert flow.service_pin_checked(check.generation, True) == []
    assert flow.state is State.ATTRACT
    open_service_pin(flow)
    assert flow.service_pin_checked(check.generation, True) == [], "an old answer opens nothing"
    assert flow.state is State.SERVICE_PIN
    assert enter_pin(flow, SERVICE_PIN) == [Show(State.SERVICE)]


def test_scans_never_change_the_service_screens(flow: Flow) -> None:
    open_service_pin(flow)
    assert flow.scan(ANNA) == []
    assert flow.scan("junk") == []
    enter_pin(flow, SERVICE_PIN)
    assert flow.scan(ANNA) == []
    assert flow.state is State.SERVICE


def test_corner_taps_on_the_service_screens_do_nothing(flow: Flow) -> None:
    open_service_pin(flow)
    for _ in range(5):
        assert flow.corner_tap() == []


def test_language_cannot_change_on_the_service_screens(flow: Flow) -> None:
    open_service_pin(flow)
    assert flow.set_language("en") == []


def test_idle_leaves_the_service_screen(flow: Flow) -> None:
    open_service_pin(flow)
    enter_pin(flow, SERVICE_PIN)
    assert flow.idle_timeout()[-1] == Show(State.ATTRACT)


def test_done_leaves_the_service_pin(flow: Flow) -> None:
    open_service_pin(flow)
    assert flow.done()[-1] == Show(State.ATTRACT)
