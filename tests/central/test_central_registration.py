"""Registration with SMS confirmation on the reference central, and the SMS code rules.

Time moves only through the injected ManualClock: expiry, cooldown and limits are tested without
sleeping.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.contract import RegistrationConfirmed, RegistrationStatus
from tests.support.central_api import (
    ANNA_CARD,
    ANNA_PHONE,
    BLOCKED_CARD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NEW_PHONE,
    NOT_ISSUED_CARDS,
    UNKNOWN_CARD,
    Api,
    field_errors,
    problem,
    years_ago,
)


def start(api: Api, **changes: object) -> str:
    response = api.start_registration(**changes)
    assert response.status_code == 201, response.text
    registration_id: str = response.json()["registration_id"]
    return registration_id


def confirm(api: Api, registration_id: str, code: str) -> requests.Response:
    return api.post(f"/registrations/{registration_id}/confirm", {"code": code})


def resend(api: Api, registration_id: str) -> requests.Response:
    return api.post(f"/registrations/{registration_id}/resend")


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


# --- the happy path ------------------------------------------------------------------------


def test_registration_sends_an_sms_and_the_code_activates_the_card(
    central_api: Api, manual_clock: ManualClock
) -> None:
    response = central_api.start_registration()

    assert response.status_code == 201
    status = RegistrationStatus.model_validate(response.json())
    assert status.phone_masked == "+375 •• •••-43-21"
    assert (status.expires_in, status.resend_after) == (600, 60)
    assert (status.sends_left, status.attempts_left) == (4, 5)
    sms = central_api.get("/demo/sms").json()[0]
    assert sms["phone"] == NEW_PHONE
    assert sms["phone_masked"] == "+375 •• •••-43-21"
    assert len(sms["code"]) == 6 and sms["code"].isdigit()
    assert sms["code"] in sms["text"]
    assert sms["sent_at"] == manual_clock.now().isoformat().replace("+00:00", "Z")

    manual_clock.advance(120)
    confirmed = confirm(central_api, status.registration_id, sms["code"])

    assert confirmed.status_code == 200, confirmed.text
    result = RegistrationConfirmed.model_validate(confirmed.json())
    assert (result.card.number, result.card.status, result.card.card_prices) == (
        ISSUED_CARDS[0],
        "active",
        True,
    )
    assert result.card.account is not None
    assert result.card.account.first_name == "Алеся"
    assert result.card.account.points == 0
    assert result.session.first_name == "Алеся"
    assert result.session.expires_in == 900
    assert result.session.card_limit == 5
    assert [c.masked for c in result.session.cards] == ["•••• 0088"]

    # The new member is signed in, the card shows the account, and the password works.
    account = central_api.get("/account", headers={"X-Session-Token": result.session.token})
    assert account.json()["first_name"] == "Алеся"
    assert central_api.get(f"/cards/{ISSUED_CARDS[0]}").json()["status"] == "active"
    assert central_api.login(NEW_PHONE, "Zorka2024")


def test_optional_fields_may_be_left_out(central_api: Api) -> None:
    result = central_api.register(
        ISSUED_CARDS[1], patronymic=..., home_address=None, email="", phone="+79161234567"
    )

    assert result["card"]["account"]["first_name"] == "Алеся"


def test_partner_card_can_be_registered(central_api: Api) -> None:
    result = central_api.register(ISSUED_PARTNER_CARD)

    assert (result["card"]["kind"], result["card"]["status"]) == ("partner", "active")


def test_codes_and_passwords_are_stored_hashed(central: EmbeddedCentral, central_api: Api) -> None:
    registration_id = start(central_api)
    code = central_api.latest_code(NEW_PHONE)
    confirm(central_api, registration_id, code)

    # Read the database file itself, as someone holding a copy of it would.
    database = sqlite3.connect(central.store.path)
    try:
        dump = "\n".join(database.iterdump())
    finally:
        database.close()
    assert "Zorka2024" not in dump
    assert code not in dump
    assert "scrypt$" in dump


# --- field checks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"last_name": "Smith2"}, "last_name", "name-letters"),
        ({"first_name": "<script>"}, "first_name", "name-letters"),
        ({"first_name": "А" * 51}, "first_name", "name-letters"),
        ({"first_name": "  "}, "first_name", "required"),
        ({"last_name": ...}, "last_name", "required"),
        ({"patronymic": "---"}, "patronymic", "name-letters"),
        ({"gender": None}, "gender", "required"),
        ({"gender": "other"}, "gender", "invalid-choice"),
        ({"birth_date": None}, "birth_date", "required"),
        ({"birth_date": "2999-01-01"}, "birth_date", "birth-date-future"),
        ({"birth_date": "1850-01-01"}, "birth_date", "birth-date-implausible"),
        ({"birth_date": "17.05.1990"}, "birth_date", "invalid"),
        ({"email": "not-an-email"}, "email", "email-invalid"),
        ({"phone": "+375171234567"}, "phone", "phone-invalid"),  # Minsk landline
        ({"phone": "375291234567"}, "phone", "phone-invalid"),
        ({"phone": "+380501234567"}, "phone", "phone-invalid"),  # Ukraine
        ({"password": "short1"}, "password", "password-too-short"),
        ({"password": "onlyletters"}, "password", "password-needs-digit"),
        ({"password": "1234567890"}, "password", "password-needs-letter"),
        ({"password": "a1" * 65}, "password", "password-too-long"),
        ({"consent_rules_version": "2019-01"}, "consent_rules_version", "rules-version"),
        ({"consent_rules_version": ""}, "consent_rules_version", "required"),
        ({"card_number": "2990000000010"}, "card_number", "invalid-card-number"),
        ({"card_number": "x" * 65}, "card_number", "too-long"),
        ({"nickname": "Лесик"}, "nickname", "unknown-field"),
    ],
)
def test_field_checks(central_api: Api, changes: dict[str, object], field: str, code: str) -> None:
    body = problem(central_api.start_registration(**changes), 422, "validation")

    assert field_errors(body) == {field: code}
    assert body["errors"][0]["message"]
    assert central_api.get("/demo/sms").json() == []


def test_names_accept_belarusian_russian_and_latin_letters(central_api: Api) -> None:
    result = central_api.register(
        ISSUED_CARDS[2],
        last_name="Вішнеўская-O'Brien",
        first_name="Мар’я Ёлка",
        patronymic="Андрэеўна",
    )

    assert result["card"]["account"]["first_name"] == "Мар’я Ёлка"


def test_minimum_age_is_sixteen(central_api: Api, manual_clock: ManualClock) -> None:
    today = manual_clock.today()
    too_young = years_ago(today, 16, days=1)

    body = problem(central_api.start_registration(birth_date=too_young), 422, "validation")
    assert field_errors(body) == {"birth_date": "too-young"}
    assert "16" in body["errors"][0]["message"]

    response = central_api.start_registration(birth_date=years_ago(today, 16))
    assert response.status_code == 201, response.text


def test_all_field_errors_come_at_once(central_api: Api) -> None:
    body = problem(
        central_api.start_registration(first_name="1", email="@", password="x"), 422, "validation"
    )

    assert field_errors(body) == {
        "first_name": "name-letters",
        "email": "email-invalid",
        "password": "password-too-short",
    }


# --- card and phone refusals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "status", "code"),
    [
        (NOT_ISSUED_CARDS[0], 409, "card-not-sold"),
        (ANNA_CARD, 409, "card-registered"),
        (BLOCKED_CARD, 409, "card-blocked"),
        (UNKNOWN_CARD, 404, "card-not-found"),
    ],
)
def test_card_must_be_sold_and_unregistered(
    central_api: Api, card: str, status: int, code: str
) -> None:
    problem(central_api.start_registration(card_number=card), status, code)

    assert central_api.get("/demo/sms").json() == []


def test_phone_of_an_existing_account_is_refused(central_api: Api) -> None:
    problem(central_api.start_registration(phone=ANNA_PHONE), 409, "phone-registered")


def test_card_registered_meanwhile_cannot_be_confirmed(central_api: Api) -> None:
    first = start(central_api)
    first_code = central_api.latest_code(NEW_PHONE)
    central_api.register(ISSUED_CARDS[0], phone="+375447650000")

    problem(confirm(central_api, first, first_code), 409, "card-registered")


# --- SMS code rules ------------------------------------------------------------------------


def test_code_expires_after_ten_minutes(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)
    code = central_api.latest_code(NEW_PHONE)

    manual_clock.advance(599)
    problem(confirm(central_api, registration_id, wrong(code)), 422, "wrong-code")
    manual_clock.advance(1)
    body = problem(confirm(central_api, registration_id, code), 410, "code-expired")
    assert body["sends_left"] == 4

    # A new code after expiry works.
    assert resend(central_api, registration_id).status_code == 200
    new_code = central_api.latest_code(NEW_PHONE)
    assert confirm(central_api, registration_id, new_code).status_code == 200


def test_resend_cooldown_is_sixty_seconds(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)

    manual_clock.advance(45)
    response = resend(central_api, registration_id)
    body = problem(response, 429, "resend-cooldown")
    assert body["retry_after"] == 15
    assert response.headers["Retry-After"] == "15"

    manual_clock.advance(15)
    response = resend(central_api, registration_id)
    assert response.status_code == 200, response.text
    status = response.json()
    assert (status["resend_after"], status["expires_in"], status["sends_left"]) == (60, 600, 3)
    assert len(central_api.sms_codes(NEW_PHONE)) == 2


def test_at_most_five_sends(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)
    for sends_left in (3, 2, 1, 0):
        manual_clock.advance(60)
        assert resend(central_api, registration_id).json()["sends_left"] == sends_left

    manual_clock.advance(60)
    body = problem(resend(central_api, registration_id), 429, "too-many-sends")
    assert body["sends_left"] == 0
    assert len(central_api.sms_codes(NEW_PHONE)) == 5
    # The last code still confirms.
    code = central_api.latest_code(NEW_PHONE)
    assert confirm(central_api, registration_id, code).status_code == 200


def test_five_wrong_codes_end_the_registration(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)
    code = central_api.latest_code(NEW_PHONE)

    for attempts_left in (4, 3, 2, 1):
        body = problem(confirm(central_api, registration_id, wrong(code)), 422, "wrong-code")
        assert body["attempts_left"] == attempts_left
        assert str(attempts_left) in body["detail"]
    problem(confirm(central_api, registration_id, wrong(code)), 429, "too-many-attempts")

    # Dead for good: neither the right code nor a new one helps.
    problem(confirm(central_api, registration_id, code), 429, "too-many-attempts")
    manual_clock.advance(60)
    problem(resend(central_api, registration_id), 429, "too-many-attempts")
    assert central_api.get(f"/cards/{ISSUED_CARDS[0]}").json()["status"] == "issued"


def test_wrong_tries_count_across_resends(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)
    first_code = central_api.latest_code(NEW_PHONE)
    for _ in range(3):
        problem(confirm(central_api, registration_id, wrong(first_code)), 422, "wrong-code")
    manual_clock.advance(60)
    resend(central_api, registration_id)
    code = central_api.latest_code(NEW_PHONE)

    body = problem(confirm(central_api, registration_id, wrong(code)), 422, "wrong-code")
    assert body["attempts_left"] == 1


def test_code_is_single_use(central_api: Api) -> None:
    registration_id = start(central_api)
    code = central_api.latest_code(NEW_PHONE)
    assert confirm(central_api, registration_id, code).status_code == 200

    problem(confirm(central_api, registration_id, code), 409, "code-used")
    problem(resend(central_api, registration_id), 409, "code-used")


def test_resend_invalidates_the_old_code(central_api: Api, manual_clock: ManualClock) -> None:
    registration_id = start(central_api)
    old_code = central_api.latest_code(NEW_PHONE)
    manual_clock.advance(60)
    resend(central_api, registration_id)
    new_code = central_api.latest_code(NEW_PHONE)

    if old_code != new_code:  # one chance in a million that the new code repeats the old one
        body = problem(confirm(central_api, registration_id, old_code), 422, "wrong-code")
        assert body["attempts_left"] == 4
    assert confirm(central_api, registration_id, new_code).status_code == 200


def test_code_must_be_six_digits_without_costing_a_try(central_api: Api) -> None:
    registration_id = start(central_api)

    for malformed in ("12345", "1234567", "12345a", ""):
        body = problem(confirm(central_api, registration_id, malformed), 422, "validation")
        assert field_errors(body) == {"code": "code-format"}
    code = central_api.latest_code(NEW_PHONE)
    body = problem(confirm(central_api, registration_id, wrong(code)), 422, "wrong-code")
    assert body["attempts_left"] == 4


def test_unknown_registration(central_api: Api) -> None:
    problem(confirm(central_api, "no-such-registration", "123456"), 404, "not-found")
    problem(resend(central_api, "f" * 32), 404, "not-found")


def test_sms_codes_are_random(central_api: Api, manual_clock: ManualClock) -> None:
    codes = set()
    for index in range(4):
        phone = f"+37544765432{index}"
        start(central_api, phone=phone, card_number=ISSUED_CARDS[index])
        codes.add(central_api.latest_code(phone))

    assert len(codes) > 1


def test_stale_registration_is_dropped_after_a_day(
    central_api: Api, manual_clock: ManualClock
) -> None:
    registration_id = start(central_api)
    manual_clock.advance(dt.timedelta(days=1, seconds=1))
    start(central_api, phone="+375447650000", card_number=ISSUED_CARDS[1])

    problem(resend(central_api, registration_id), 404, "not-found")


def test_resend_takes_no_body_and_still_accepts_an_empty_object(
    central_api: Api, manual_clock: ManualClock
) -> None:
    registration_id = start(central_api)
    manual_clock.advance(61)
    # No body and no Content-Type, as the document declares.
    bare = central_api.http.post(
        central_api.url(f"/registrations/{registration_id}/resend"), timeout=10
    )
    assert bare.status_code == 200, bare.text
    assert "Content-Type" not in bare.request.headers
    manual_clock.advance(61)
    # Older kiosks send {}: still fine.
    legacy = central_api.post(f"/registrations/{registration_id}/resend", {})
    assert legacy.status_code == 200, legacy.text
    assert legacy.json()["sends_left"] == 2
