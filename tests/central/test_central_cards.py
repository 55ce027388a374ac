"""Reference central over HTTP: program info, card lookup, heartbeat, auth, languages (products:
test_central_catalogue.py)."""

from __future__ import annotations

import datetime as dt

import requests

from kiosk.central.demo_data import product_barcode
from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.contract import CardInfo, HeartbeatAck, ProgramInfo
from tests.support.central_api import (
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    BLOCKED_CARD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NOT_ISSUED_CARDS,
    OLGA_CARDS,
    SERGEY_CARD,
    UNKNOWN_CARD,
    Api,
    problem,
)

# --- program info --------------------------------------------------------------------------


def test_program_info_lists_terms_limits_and_required_fields(central_api: Api) -> None:
    response = central_api.get("/program")

    assert response.status_code == 200
    info = ProgramInfo.model_validate(response.json())
    assert info.card_limit == 5
    assert info.min_age == 16
    assert info.support_phone == "8 800-555-36-09"
    assert info.support_phone_note.en == "Free calls"
    assert info.sms_policy.model_dump() == {
        "code_length": 6,
        "ttl_seconds": 600,
        "resend_cooldown_seconds": 60,
        "max_sends": 5,
        "max_attempts": 5,
    }
    assert info.password_policy.min_length == 8
    for text in (info.rules, info.requirements, info.general_info, info.installment_card_rule):
        assert text.ru and text.be and text.en
        assert len({text.ru, text.be, text.en}) == 3
    # The rules are a long text in several sections.
    assert info.rules.ru.count("\n\n") >= 5
    assert info.rules_version in info.rules.en
    required = {f.name: f.required for f in info.registration_fields}
    assert required == {
        "card_number": True,
        "last_name": True,
        "first_name": True,
        "patronymic": False,
        "gender": True,
        "birth_date": True,
        "home_address": False,
        "email": False,
        "phone": True,
        "password": True,
        "consent_rules_version": True,
    }


def test_promotions_are_today_and_in_a_week(central_api: Api, manual_clock: ManualClock) -> None:
    today = manual_clock.today()

    promotions = central_api.get("/program").json()["promotions"]

    assert [(p["date"], p["discount_percent"]) for p in promotions] == [
        (today.isoformat(), 10),
        ((today + dt.timedelta(days=7)).isoformat(), 15),
    ]
    assert promotions[0]["title"]["ru"] == "День скидок"


def test_past_discount_day_leaves_the_program(central_api: Api, manual_clock: ManualClock) -> None:
    manual_clock.advance(dt.timedelta(days=1))

    promotions = central_api.get("/program").json()["promotions"]

    assert [p["discount_percent"] for p in promotions] == [15]
    card = central_api.get(f"/cards/{ANNA_CARD}").json()
    assert card["promotions_today"] == []


# --- card lookup ---------------------------------------------------------------------------


def test_active_card_with_large_balance_partner_card_and_targeted_offers(central_api: Api) -> None:
    response = central_api.get(f"/cards/{ANNA_CARD}")

    assert response.status_code == 200
    card = CardInfo.model_validate(response.json())
    assert (card.number, card.kind, card.status, card.card_prices) == (
        ANNA_CARD,
        "own",
        "active",
        True,
    )
    assert card.account is not None
    assert card.account.first_name == "Анна"
    assert card.account.points == 123456
    assert card.account.points_value.model_dump() == {"amount": "1234.56", "currency": "BYN"}
    assert [(c.masked, c.kind, c.status) for c in card.account.cards] == [
        ("•••• 0019", "own", "active"),
        ("•••• 0153", "partner", "active"),
    ]
    assert [o.kind for o in card.account.offers] == ["targeted", "targeted"]
    assert [p.discount_percent for p in card.promotions_today] == [10]


def test_card_answer_never_shows_personal_data_beyond_first_name(central_api: Api) -> None:
    text = central_api.get(f"/cards/{ANNA_CARD}").text

    for secret in ("Ковалёва", "Сергеевна", "+375291234567", "anna@example.by", "Независимости"):
        assert secret not in text
    # Linked card numbers are masked to the last four digits.
    assert ANNA_PARTNER_CARD not in text


def test_partner_card_lookup(central_api: Api) -> None:
    card = central_api.get(f"/cards/{ANNA_PARTNER_CARD}").json()
    assert (card["kind"], card["status"]) == ("partner", "active")
    assert card["account"]["first_name"] == "Анна"

    card = central_api.get(f"/cards/{ISSUED_PARTNER_CARD}").json()
    assert (card["kind"], card["status"], card["card_prices"], card["account"]) == (
        "partner",
        "issued",
        True,
        None,
    )


def test_birthday_offer_is_active_on_the_birthday(
    central_api: Api, manual_clock: ManualClock
) -> None:
    today = manual_clock.today()

    account = central_api.get(f"/cards/{SERGEY_CARD}").json()["account"]

    assert account["first_name"] == "Сергей"
    assert account["points"] == 2500
    assert account["points_value"]["amount"] == "25.00"
    (offer,) = account["offers"]
    assert offer["kind"] == "birthday"
    assert offer["valid_from"] == (today - dt.timedelta(days=3)).isoformat()
    assert offer["valid_to"] == (today + dt.timedelta(days=3)).isoformat()
    assert offer["title"]["be"] == "Падарунак да дня нараджэння"


def test_birthday_window_is_three_days_each_side(
    central_api: Api, manual_clock: ManualClock
) -> None:
    manual_clock.advance(dt.timedelta(days=3))
    offers = central_api.get(f"/cards/{SERGEY_CARD}").json()["account"]["offers"]
    assert [o["kind"] for o in offers] == ["birthday"]

    manual_clock.advance(dt.timedelta(days=1))
    offers = central_api.get(f"/cards/{SERGEY_CARD}").json()["account"]["offers"]
    assert offers == []


def test_account_at_the_card_limit(central_api: Api) -> None:
    account = central_api.get(f"/cards/{OLGA_CARDS[2]}").json()["account"]

    assert account["first_name"] == "Ольга"
    assert account["points"] == 8800
    assert len(account["cards"]) == 5


def test_issued_not_issued_and_blocked_cards(central_api: Api) -> None:
    expectations = {
        ISSUED_CARDS[0]: ("issued", True),
        NOT_ISSUED_CARDS[0]: ("not_issued", False),
        BLOCKED_CARD: ("blocked", False),
    }
    for number, (status, card_prices) in expectations.items():
        card = central_api.get(f"/cards/{number}").json()
        assert (card["status"], card["card_prices"], card["account"]) == (
            status,
            card_prices,
            None,
        )


def test_unknown_card_is_not_found(central_api: Api) -> None:
    problem(central_api.get(f"/cards/{UNKNOWN_CARD}"), 404, "card-not-found")
    # A valid EAN-13 outside the card ranges, e.g. a product barcode scanned by mistake.
    problem(central_api.get(f"/cards/{product_barcode(0)}"), 404, "card-not-found")


def test_malformed_card_numbers_are_invalid(central_api: Api) -> None:
    for number in ("2990000000010", "299000000001", "29900000000190", "29900000000a9", "%20"):
        problem(central_api.get(f"/cards/{number}"), 422, "invalid-card-number")


# --- heartbeat, health ---------------------------------------------------------------------


def test_heartbeat_is_stored_and_answered_with_server_time(
    central: EmbeddedCentral, central_api: Api, manual_clock: ManualClock
) -> None:
    beat = {
        "version": "0.1.0",
        "uptime_seconds": 3600,
        "outbox_depth": 2,
        "last_scan_at": "2025-06-16T08:59:00Z",
    }
    response = central_api.post("/terminals/DEMO-01/heartbeat", beat)

    assert response.status_code == 200
    assert HeartbeatAck.model_validate(response.json()).server_time == manual_clock.now()
    stored = central.store.heartbeat("DEMO-01")
    assert stored is not None
    assert (stored["version"], stored["uptime_seconds"], stored["outbox_depth"]) == (
        "0.1.0",
        3600,
        2,
    )


def test_heartbeat_checks_terminal_id_and_counters(central_api: Api) -> None:
    beat = {"version": "1", "uptime_seconds": 1, "outbox_depth": 0, "last_scan_at": None}
    body = problem(central_api.post("/terminals/bad id!/heartbeat", beat), 422, "validation")
    assert [e["field"] for e in body["errors"]] == ["terminal_id"]

    body = problem(
        central_api.post("/terminals/DEMO-01/heartbeat", {**beat, "outbox_depth": -1}),
        422,
        "validation",
    )
    assert body["errors"][0]["field"] == "outbox_depth"


def test_health_needs_no_token(central: EmbeddedCentral) -> None:
    response = requests.get(central.url + "/healthz", timeout=5)

    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["version"]


# --- terminal authentication and languages -------------------------------------------------


def test_every_api_call_needs_the_terminal_token(central: EmbeddedCentral) -> None:
    url = central.url + f"/api/v1/cards/{ANNA_CARD}"
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic ZGVtbw=="}):
        response = requests.get(url, headers=headers, timeout=5)
        body = problem(response, 401, "unauthorized")
        assert "Анна" not in response.text
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert body["detail"].startswith("Терминал")
    # Even a malformed request without a token is refused for the token first.
    response = requests.post(central.url + "/api/v1/registrations", data="{", timeout=5)
    problem(response, 401, "unauthorized")
    problem(requests.get(central.url + "/demo/sms", timeout=5), 401, "unauthorized")


def test_problem_language_follows_accept_language(central: EmbeddedCentral) -> None:
    details = {}
    for header, language in (
        (None, "ru"),
        ("en-US,en;q=0.9", "en"),
        ("be", "be"),
        ("de-DE, be;q=0.5, en;q=0.3", "be"),
        ("fr", "ru"),
    ):
        api = Api(central, language=header)
        try:
            body = problem(api.get(f"/cards/{UNKNOWN_CARD}"), 404, "card-not-found")
        finally:
            api.close()
        details[language] = (body["title"], body["detail"])
    assert details["ru"][0] == "Карта не найдена"
    assert details["en"][0] == "Card not found"
    assert details["be"][0] == "Картка не знойдзена"


def test_field_messages_are_localized(central: EmbeddedCentral) -> None:
    messages = {}
    for language in ("ru", "be", "en"):
        api = Api(central, language=language)
        try:
            body = problem(api.start_registration(phone="+4915112345678"), 422, "validation")
        finally:
            api.close()
        (error,) = body["errors"]
        assert (error["field"], error["code"]) == ("phone", "phone-invalid")
        messages[language] = error["message"]
    assert messages["en"] == "Enter a mobile number of Belarus (+375) or Russia (+7)."
    assert messages["ru"].startswith("Укажите")
    assert messages["be"].startswith("Укажыце")
