"""Hourly caps on SMS codes per phone number and per terminal, across registrations and sign-in
challenges: starting new ones does not pump SMS (issue: a script could start registration after
registration to one number)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.domain.sms import SendLimits
from kiosk.central.server import EmbeddedCentral
from tests.support.central_api import ANNA_PHONE, ISSUED_CARDS, NEW_PHONE, Api, problem

PER_PHONE = 3
PER_TERMINAL = 5


@pytest.fixture
def capped(manual_clock: ManualClock) -> Iterator[Api]:
    """The reference central with small caps: 3 codes per phone, 5 per terminal, per hour."""
    limits = SendLimits(per_phone=PER_PHONE, per_terminal=PER_TERMINAL)
    with EmbeddedCentral(
        demo=True, token="demo-token", clock=manual_clock, send_limits=limits
    ) as central:
        api = Api(central, language="en")
        yield api
        api.close()


def sms_login(api: Api, phone: str) -> requests.Response:
    return api.post("/sessions/shopper/sms", {"phone": phone})


def sent(api: Api) -> int:
    return len(api.get("/demo/sms").json())


def test_registrations_resends_and_sign_ins_share_the_cap_per_phone(
    capped: Api, manual_clock: ManualClock
) -> None:
    first = capped.start_registration(card_number=ISSUED_CARDS[0], phone=NEW_PHONE)
    assert first.status_code == 201, first.text
    manual_clock.advance(61)
    resent = capped.post(f"/registrations/{first.json()['registration_id']}/resend")
    assert resent.status_code == 200, resent.text
    # A sign-in challenge for a phone without an account is counted like any other.
    assert sms_login(capped, NEW_PHONE).status_code == 201
    before = sent(capped)

    again = capped.start_registration(card_number=ISSUED_CARDS[1], phone=NEW_PHONE)

    body = problem(again, 429, "too-many-sends")
    # The first send leaves the hour 3600 s after it was made, 61 s ago.
    assert body["retry_after"] == 3600 - 61
    assert again.headers["Retry-After"] == str(3600 - 61)
    assert body["detail"] == "Too many codes were sent to this number. Try again in 59 min."
    assert sent(capped) == before, "a refused registration sends nothing"

    manual_clock.advance(3600 - 61)
    assert capped.start_registration(card_number=ISSUED_CARDS[1], phone=NEW_PHONE).ok


def test_a_resend_past_the_cap_is_refused_and_the_registration_stays_usable(
    capped: Api, manual_clock: ManualClock
) -> None:
    started = capped.start_registration(phone=NEW_PHONE)
    registration_id = started.json()["registration_id"]
    assert sms_login(capped, NEW_PHONE).status_code == 201
    assert sms_login(capped, NEW_PHONE).status_code == 201
    manual_clock.advance(61)

    refused = capped.post(f"/registrations/{registration_id}/resend")

    assert problem(refused, 429, "too-many-sends")["retry_after"] == 3600 - 61
    manual_clock.advance(3600 - 61)
    status = capped.post(f"/registrations/{registration_id}/resend")
    assert status.status_code == 200, status.text
    # The refused resend did not count against the registration's own five sends.
    assert status.json()["sends_left"] == 3
    confirmed = capped.post(
        f"/registrations/{registration_id}/confirm", {"code": capped.latest_code(NEW_PHONE)}
    )
    assert confirmed.status_code == 200, confirmed.text


def test_the_cap_does_not_tell_whether_a_phone_has_an_account(
    capped: Api, manual_clock: ManualClock
) -> None:
    answers = []
    for phone in (ANNA_PHONE, NEW_PHONE):
        for _ in range(PER_PHONE):
            assert sms_login(capped, phone).status_code == 201
        answers.append(problem(sms_login(capped, phone), 429, "too-many-sends"))
        manual_clock.advance(3600)  # a fresh hour, also for the terminal
    assert answers[0] == answers[1]


def test_sends_from_one_terminal_are_capped_whatever_the_phones(
    capped: Api, manual_clock: ManualClock
) -> None:
    phones = [f"+37529{n:07d}" for n in range(1234560, 1234560 + PER_TERMINAL + 1)]
    for phone in phones[:PER_TERMINAL]:
        assert sms_login(capped, phone).status_code == 201
        manual_clock.advance(60)

    refused = sms_login(capped, phones[-1])

    body = problem(refused, 429, "too-many-sends")
    assert body["retry_after"] == 3600 - 5 * 60
    assert "terminal" in body["detail"]
    manual_clock.advance(body["retry_after"])
    assert sms_login(capped, phones[-1]).status_code == 201


def test_the_default_caps_are_ten_per_phone_and_sixty_per_terminal(
    central_api: Api, manual_clock: ManualClock
) -> None:
    limits = SendLimits()
    assert (limits.per_phone, limits.per_terminal, limits.window_seconds) == (10, 60, 3600)
    for _ in range(10):
        assert sms_login(central_api, ANNA_PHONE).status_code == 201
    problem(sms_login(central_api, ANNA_PHONE), 429, "too-many-sends")
    manual_clock.advance(3600)
    assert sms_login(central_api, ANNA_PHONE).status_code == 201


def test_limits_below_one_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        SendLimits(per_phone=0)


def test_the_caps_are_set_on_the_command_line() -> None:
    from kiosk.central.cli import parse_args

    args = parse_args(["--sms-per-phone", "4", "--sms-per-terminal", "100"])
    assert (args.sms_per_phone, args.sms_per_terminal) == (4, 100)
    assert (parse_args([]).sms_per_phone, parse_args([]).sms_per_terminal) == (10, 60)
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--sms-per-phone", "0"])
    assert exit_info.value.code == 2
