"""Shopper sessions on the reference central: password and SMS login, account, linking cards."""

from __future__ import annotations

import concurrent.futures
import datetime as dt

import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.contract import AccountSummary, ShopperSession, SmsChallenge
from tests.support.central_api import (
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    ANNA_PHONE,
    BLOCKED_CARD,
    DEMO_PASSWORD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NOT_ISSUED_CARDS,
    OLGA_PHONE,
    SERGEY_CARD,
    UNKNOWN_CARD,
    Api,
    field_errors,
    problem,
)


def session(token: str) -> dict[str, str]:
    return {"X-Session-Token": token}


def link(api: Api, token: str, card: str) -> requests.Response:
    return api.post("/account/cards", {"card_number": card}, headers=session(token))


# --- password login ------------------------------------------------------------------------


def test_password_login(central_api: Api) -> None:
    response = central_api.post("/sessions/shopper", {"phone": ANNA_PHONE, "password": "Demo1234"})

    assert response.status_code == 201
    shopper = ShopperSession.model_validate(response.json())
    assert shopper.first_name == "Анна"
    assert shopper.expires_in == 900
    assert shopper.card_limit == 5
    assert [c.masked for c in shopper.cards] == ["•••• 0019", "•••• 0153"]
    assert len(shopper.token) >= 32


def test_wrong_phone_or_password_gives_no_hint(central_api: Api) -> None:
    answers = [
        central_api.post("/sessions/shopper", {"phone": phone, "password": password})
        for phone, password in (
            (ANNA_PHONE, "Demo12345"),
            ("+375447777777", DEMO_PASSWORD),
            ("garbage", DEMO_PASSWORD),
        )
    ]

    bodies = [problem(answer, 401, "unauthorized") for answer in answers]
    assert len({body["detail"] for body in bodies}) == 1
    assert bodies[0]["detail"] == "Неверный номер телефона или пароль."


def test_password_guessing_is_throttled(central_api: Api, manual_clock: ManualClock) -> None:
    for _ in range(10):
        manual_clock.advance(10)
        wrong = {"phone": OLGA_PHONE, "password": "Guess1234"}
        problem(central_api.post("/sessions/shopper", wrong), 401, "unauthorized")

    right = {"phone": OLGA_PHONE, "password": DEMO_PASSWORD}
    body = problem(central_api.post("/sessions/shopper", right), 429, "rate-limited")
    # The first failure was 90 s ago; it leaves the 15-minute window in 810 s.
    assert body["retry_after"] == 810
    # Other phones are not affected.
    assert central_api.login(ANNA_PHONE)

    manual_clock.advance(809)
    problem(central_api.post("/sessions/shopper", right), 429, "rate-limited")
    manual_clock.advance(1)
    assert central_api.login(OLGA_PHONE)


def test_password_sign_ins_are_capped_per_terminal(
    central_api: Api, second_terminal: Api, manual_clock: ManualClock
) -> None:
    # A terminal trying one password over many phones: no phone reaches its own cap.
    refused = []
    for n in range(60):
        guess = {"phone": f"+3752955{n:05d}", "password": "Guess1234"}
        refused.append(central_api.post("/sessions/shopper", guess).status_code)

    assert refused[:30] == [401] * 30
    assert set(refused[30:]) == {429}
    right = {"phone": ANNA_PHONE, "password": DEMO_PASSWORD}
    body = problem(central_api.post("/sessions/shopper", right), 429, "rate-limited")
    assert body["retry_after"] == 900
    # Another terminal signs its shoppers in as before.
    assert second_terminal.post("/sessions/shopper", right).status_code == 201

    manual_clock.advance(900)
    assert central_api.login(ANNA_PHONE)


# --- SMS login -----------------------------------------------------------------------------


def test_sms_login(central_api: Api) -> None:
    response = central_api.post("/sessions/shopper/sms", {"phone": ANNA_PHONE})

    assert response.status_code == 201
    challenge = SmsChallenge.model_validate(response.json())
    assert challenge.phone_masked == "+375 •• •••-45-67"
    assert (challenge.expires_in, challenge.resend_after) == (600, 60)
    assert (challenge.sends_left, challenge.attempts_left) == (4, 5)
    code = central_api.latest_code(ANNA_PHONE)

    response = central_api.post(
        f"/sessions/shopper/sms/{challenge.challenge_id}/confirm", {"code": code}
    )

    assert response.status_code == 201, response.text
    shopper = ShopperSession.model_validate(response.json())
    assert shopper.first_name == "Анна"
    assert central_api.get("/account", headers=session(shopper.token)).status_code == 200
    # Single use.
    problem(
        central_api.post(f"/sessions/shopper/sms/{challenge.challenge_id}/confirm", {"code": code}),
        409,
        "code-used",
    )


def test_sms_login_follows_the_sms_rules(central_api: Api, manual_clock: ManualClock) -> None:
    challenge_id = central_api.post("/sessions/shopper/sms", {"phone": ANNA_PHONE}).json()[
        "challenge_id"
    ]
    base = f"/sessions/shopper/sms/{challenge_id}"

    body = problem(central_api.post(base + "/resend"), 429, "resend-cooldown")
    assert body["retry_after"] == 60
    manual_clock.advance(60)
    response = central_api.post(base + "/resend")
    assert response.status_code == 200
    assert SmsChallenge.model_validate(response.json()).sends_left == 3
    code = central_api.latest_code(ANNA_PHONE)

    manual_clock.advance(600)
    problem(central_api.post(base + "/confirm", {"code": code}), 410, "code-expired")


def test_sms_login_for_an_unknown_phone_looks_the_same_but_sends_nothing(
    central_api: Api, manual_clock: ManualClock
) -> None:
    unknown = "+375447777777"
    known = central_api.post("/sessions/shopper/sms", {"phone": ANNA_PHONE}).json()
    response = central_api.post("/sessions/shopper/sms", {"phone": unknown})

    assert response.status_code == 201
    challenge = response.json()
    assert set(challenge) == set(known)
    assert challenge["sends_left"] == known["sends_left"]
    assert central_api.sms_codes(unknown) == []
    manual_clock.advance(60)
    assert central_api.post(f"/sessions/shopper/sms/{challenge['challenge_id']}/resend").ok
    assert central_api.sms_codes(unknown) == []
    # No code can ever open it; wrong tries count as usual.
    body = problem(
        central_api.post(
            f"/sessions/shopper/sms/{challenge['challenge_id']}/confirm", {"code": "123456"}
        ),
        422,
        "wrong-code",
    )
    assert body["attempts_left"] == 4


def test_sms_login_needs_a_mobile_number(central_api: Api) -> None:
    body = problem(
        central_api.post("/sessions/shopper/sms", {"phone": "+375171234567"}), 422, "validation"
    )
    assert field_errors(body) == {"phone": "phone-invalid"}


# --- account and logout --------------------------------------------------------------------


def test_account_needs_a_live_shopper_session(central_api: Api, manual_clock: ManualClock) -> None:
    problem(central_api.get("/account"), 401, "unauthorized")
    problem(central_api.get("/account", headers=session("made-up")), 401, "session-expired")
    token = central_api.login()

    response = central_api.get("/account", headers=session(token))
    assert response.status_code == 200
    summary = AccountSummary.model_validate(response.json())
    assert (summary.first_name, summary.points) == ("Анна", 123456)

    manual_clock.advance(899)
    assert central_api.get("/account", headers=session(token)).status_code == 200
    manual_clock.advance(1)
    problem(central_api.get("/account", headers=session(token)), 401, "session-expired")


def test_logout_ends_the_session(central_api: Api) -> None:
    token = central_api.login()

    response = central_api.delete("/sessions/current", headers=session(token))

    assert response.status_code == 204
    assert response.content == b""
    problem(central_api.get("/account", headers=session(token)), 401, "session-expired")
    # Logging out twice is fine; logging out without a session is not.
    assert central_api.delete("/sessions/current", headers=session(token)).status_code == 204
    problem(central_api.delete("/sessions/current"), 401, "unauthorized")


def test_staff_session_cannot_see_an_account(central_api: Api) -> None:
    staff_token = central_api.staff_login()

    problem(central_api.get("/account", headers=session(staff_token)), 403, "forbidden")
    problem(link(central_api, staff_token, ISSUED_CARDS[0]), 403, "forbidden")


# --- linking cards -------------------------------------------------------------------------


def test_link_own_and_partner_cards(central_api: Api) -> None:
    token = central_api.login()

    response = link(central_api, token, ISSUED_CARDS[1])
    assert response.status_code == 201
    summary = AccountSummary.model_validate(response.json())
    assert [c.masked for c in summary.cards] == ["•••• 0019", "•••• 0153", "•••• 0095"]

    response = link(central_api, token, ISSUED_PARTNER_CARD)
    assert response.status_code == 201
    assert response.json()["cards"][-1] == {
        "masked": "•••• 0146",
        "kind": "partner",
        "status": "active",
    }
    # The linked card is now active and shows the account.
    card = central_api.get(f"/cards/{ISSUED_CARDS[1]}").json()
    assert (card["status"], card["account"]["first_name"]) == ("active", "Анна")


def test_card_already_on_the_account_is_fine(central_api: Api) -> None:
    token = central_api.login()

    for card in (ANNA_CARD, ANNA_PARTNER_CARD):
        response = link(central_api, token, card)
        assert response.status_code == 200
        assert len(response.json()["cards"]) == 2


def test_card_limit(central_api: Api) -> None:
    token = central_api.login(OLGA_PHONE)

    body = problem(link(central_api, token, ISSUED_CARDS[0]), 409, "card-limit")

    assert [c["masked"] for c in body["cards"]] == [
        "•••• 0033",
        "•••• 0040",
        "•••• 0057",
        "•••• 0064",
        "•••• 0071",
    ]
    assert "5" in body["detail"]
    assert central_api.get(f"/cards/{ISSUED_CARDS[0]}").json()["status"] == "issued"


def test_fifth_card_fits_the_sixth_does_not(central_api: Api) -> None:
    token = central_api.login()
    for card in ISSUED_CARDS[:3]:
        assert link(central_api, token, card).status_code == 201

    body = problem(link(central_api, token, ISSUED_CARDS[3]), 409, "card-limit")
    assert len(body["cards"]) == 5


def test_link_refusals(central_api: Api) -> None:
    token = central_api.login()

    problem(link(central_api, token, SERGEY_CARD), 409, "card-other-account")
    problem(link(central_api, token, BLOCKED_CARD), 409, "card-blocked")
    problem(link(central_api, token, NOT_ISSUED_CARDS[0]), 409, "card-not-sold")
    problem(link(central_api, token, UNKNOWN_CARD), 404, "card-not-found")
    problem(link(central_api, token, "2990000000010"), 422, "invalid-card-number")
    assert len(central_api.get("/account", headers=session(token)).json()["cards"]) == 2


def test_link_accepts_the_number_as_printed(central_api: Api) -> None:
    token = central_api.login()

    assert link(central_api, token, "2990 0000 0008 8").status_code == 201


def test_one_card_linked_by_two_accounts_at_once_goes_to_one(
    central: EmbeddedCentral, central_api: Api
) -> None:
    tokens = [central_api.login(ANNA_PHONE), central_api.login("+375291112233")]

    def attempt(token: str) -> int:
        api = Api(central)
        try:
            return link(api, token, ISSUED_CARDS[4]).status_code
        finally:
            api.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(attempt, tokens * 3))

    assert statuses.count(201) == 1
    assert statuses.count(200) == 2  # the winner's repeats
    assert statuses.count(409) == 3


def test_session_expiry_is_not_extended_by_use(central_api: Api, manual_clock: ManualClock) -> None:
    token = central_api.login()
    manual_clock.advance(dt.timedelta(minutes=10))
    assert link(central_api, token, ISSUED_CARDS[0]).status_code == 201

    manual_clock.advance(dt.timedelta(minutes=5))
    problem(link(central_api, token, ISSUED_CARDS[1]), 401, "session-expired")
