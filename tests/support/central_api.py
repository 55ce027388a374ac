"""Plain-HTTP helpers for the reference central service tests (no kiosk client involved).

``Api(central)`` sends real HTTP requests with ``requests`` to the embedded service on loopback,
with the terminal token (``central.token``, or another terminal's ``token``) and an
Accept-Language; ``problem(response)`` checks that an answer is a well-formed problem document and
returns it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import requests

from kiosk.central.server import EmbeddedCentral
from kiosk.contract import PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_PREFIX, Problem

# Re-exported: many tests import the demo numbers from here (their home is demo_numbers).
from tests.support.demo_numbers import (  # noqa: F401
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    ANNA_PHONE,
    BLOCKED_CARD,
    DEMO_PASSWORD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NEW_PHONE,
    NOT_ISSUED_CARDS,
    OLGA_CARDS,
    OLGA_PHONE,
    SERGEY_CARD,
    SERGEY_PHONE,
    UNKNOWN_CARD,
)

RULES_VERSION = "2025-03"


class Api:
    def __init__(
        self, central: EmbeddedCentral, language: str | None = None, *, token: str | None = None
    ) -> None:
        self.central = central
        self.base = central.url
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token or central.token}"
        if language:
            self.http.headers["Accept-Language"] = language

    def close(self) -> None:
        self.http.close()

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.get(self.url(path), timeout=10, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> requests.Response:
        return self.http.post(self.url(path), json=json, timeout=10, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.delete(self.url(path), timeout=10, **kwargs)

    def url(self, path: str) -> str:
        return self.base + (
            path
            if path.startswith("/healthz")
            or path.startswith("/demo")
            or path.startswith("/openapi")
            else "/api/v1" + path
        )

    # --- flows ------------------------------------------------------------------------

    def sms_codes(self, phone: str) -> list[str]:
        """Codes the demo gateway sent to ``phone``, newest first."""
        response = self.get("/demo/sms")
        assert response.status_code == 200, response.text
        return [sms["code"] for sms in response.json() if sms["phone"] == phone]

    def latest_code(self, phone: str) -> str:
        codes = self.sms_codes(phone)
        assert codes, "no SMS was sent to this phone"
        return codes[0]

    def start_registration(self, **changes: Any) -> requests.Response:
        return self.post("/registrations", registration_form(**changes))

    def register(self, card: str, phone: str = NEW_PHONE, **changes: Any) -> dict[str, Any]:
        """Register ``card`` to a new account end to end; returns RegistrationConfirmed."""
        started = self.start_registration(card_number=card, phone=phone, **changes)
        assert started.status_code == 201, started.text
        registration_id = started.json()["registration_id"]
        confirmed = self.post(
            f"/registrations/{registration_id}/confirm", {"code": self.latest_code(phone)}
        )
        assert confirmed.status_code == 200, confirmed.text
        result: dict[str, Any] = confirmed.json()
        return result

    def login(self, phone: str = ANNA_PHONE, password: str = DEMO_PASSWORD) -> str:
        response = self.post("/sessions/shopper", {"phone": phone, "password": password})
        assert response.status_code == 201, response.text
        token: str = response.json()["token"]
        return token

    def staff_login(self, badge: str = "B0001", pin: str = "4321") -> str:
        response = self.post("/sessions/staff", {"badge": badge, "pin": pin})
        assert response.status_code == 201, response.text
        token: str = response.json()["token"]
        return token


def registration_form(**changes: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "card_number": ISSUED_CARDS[0],
        "last_name": "Ковальчук",
        "first_name": "Алеся",
        "patronymic": "Іванаўна",
        "gender": "female",
        "birth_date": "1990-05-17",
        "home_address": "Минск, ул. Немига, 5",
        "email": "alesia@example.by",
        "phone": NEW_PHONE,
        "password": "Zorka2024",
        "consent_rules_version": RULES_VERSION,
    }
    form.update(changes)
    return {name: value for name, value in form.items() if value is not ...}


def problem(response: requests.Response, status: int, code: str) -> dict[str, Any]:
    """Assert ``response`` is the problem ``code`` with ``status``; return its body."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["Content-Type"].startswith(PROBLEM_CONTENT_TYPE), response.headers
    body: dict[str, Any] = response.json()
    Problem.model_validate(body)
    assert body["code"] == code, body
    assert body["type"] == PROBLEM_TYPE_PREFIX + code
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


def field_errors(body: dict[str, Any]) -> dict[str, str]:
    return {error["field"]: error["code"] for error in body.get("errors") or []}


def years_ago(today: dt.date, years: int, days: int = 0) -> str:
    try:
        day = today.replace(year=today.year - years)
    except ValueError:
        day = dt.date(today.year - years, 2, 28)
    return (day + dt.timedelta(days=days)).isoformat()
